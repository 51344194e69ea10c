"""Asks of one person named and nothing else in the story: a copy desk's check of their name or title ("how's Doe
spelled", "is it Doe or Dee", "Doe's exact title", "full name for Doe?"), answered by their entry whatever other
item holds the name; and a request for their words as a quote ("exact wording of the Doe quote", "Doe verbatim
pls"), asked as what they said."""

from __future__ import annotations

from typing import NamedTuple

from rapidfuzz.distance import OSA

from bot.answer.forms import LEAD_IN_END
from bot.answer.index import Index
from bot.answer.words import FILLER, HOW_WORDS, STOPWORDS, frequency, normalise, stem, stems_of, typed_words
from bot.briefs.model import Person

# Words that make an ask a check of a name or a title.
_CHECKING = frozenset(
    """
    spell spelled spelt spelling spellings sp cq initial initials title titles official descriptor affiliation
    affiliated current former formerly interim acting permanent accent accents hyphen hyphenated capitalised
    capitalized reference ref agency company employer organisation organization
    """.split()
)
# A name asked for in full ("full name", "first name"): a check of it.
_NAME_PARTS = frozenset("full first last middle legal".split())
# Words that make an ask a request for someone's words as a quote ("what did Doe say" is read as it is).
_QUOTE_NOUNS = frozenset("quote quotes quotable quotation quotations line lines wording words verbatim".split())
_QUOTING = _QUOTE_NOUNS | frozenset("quoted said say says put".split())
# Words that go with either without asking something else: requests, haste, where the words will go, how exact.
_AROUND = (
    STOPWORDS
    | FILLER
    | frozenset(
        """
        name names named full first last middle legal job role position right correct correctly wrong one word two
        verify verified check checking checked confirm confirmed double caption cite draft use uses used go goes by
        still works work sorry pls please copy desk vs versus or paste send post posting gimme need graf top lede
        kicker filing thread brief appears exact exactly complete partial usable best killer money pull
        record version actually said says words
        """.split()
    )
)
# A word English uses less often than this (Zipf frequency) and a letter or two from a name is a slip of it.
_SLIP_ZIPF = 2.5
# Questions neither answers, whatever else the ask holds: when, where, why, how long or how many.
_ELSEWHERE = frozenset("when where why".split())


class _Asked(NamedTuple):
    """An ask of one person: their entry's number, the entry, the ask's words, and whether it checks a slip of their
    name against the name."""

    entry: int
    person: Person
    words: list[str]
    slip_checked: bool  # "is it Doe or Dee": the name and a slip of it to check it against


def _of_one_person(text: str, index: Index, also: frozenset[str]) -> _Asked | None:
    """The ask as one of a person the brief names, when its other words are their own name and role words, `also`,
    words around an ask, or slips of their name; None for any other ask."""
    words = normalise(text).split()
    if not _ELSEWHERE.isdisjoint(words) or any(
        a == "how" and b in HOW_WORDS for a, b in zip(words, words[1:], strict=False)
    ):
        return None
    naming = {stem(word) for word in words if word not in _AROUND and word not in also}  # not "Unnamed (name …)"
    if index.people_words.isdisjoint(naming):  # no one named: most asks, without going through everyone
        return None
    named = [n for n, names in index.people_names.items() if not names.isdisjoint(naming)]
    if len(named) != 1:
        return None
    person = index.items[named[0]][1]
    if not isinstance(person, Person) or person.kind != "person":
        return None
    own = index.people_names[named[0]] | set(stems_of(person.role))
    names = [w for w in normalise(person.name).split() if len(w) > 3]
    slipped: set[str] = set()  # the names a word of the ask is a slip of
    for word in words:
        if stem(word) in own or word in _AROUND or word in also:
            continue
        near = [name for name in names if OSA.distance(word, name) <= 1 + (len(name) > 6)]
        if not near or frequency(word) >= _SLIP_ZIPF:
            return None
        slipped.update(near)
    return _Asked(named[0], person, words, not slipped.isdisjoint(words))


def entry_checked(text: str, index: Index) -> int | None:
    """The person's entry an ask only checks the name or title of; None for any other ask."""
    asked = _of_one_person(text, index, _CHECKING)
    if asked is None:
        return None
    words = asked.words
    full_name = any(a in _NAME_PARTS and b in ("name", "names") for a, b in zip(words, words[1:], strict=False))
    return asked.entry if asked.slip_checked or full_name or not _CHECKING.isdisjoint(words) else None


def quote_asked(text: str, index: Index) -> str | None:
    """For an ask only for someone's words as a quote, the ask of what they said; None for any other ask."""
    asked = _of_one_person(text, index, _QUOTING)
    if asked is None or typed_words(text) in index.asked_as:
        return None  # nor an ask an editor wrote on items, which they answer
    if _QUOTE_NOUNS.isdisjoint(normalise(LEAD_IN_END.split(text)[-1]).split()):
        return None  # "re the pull quote: who is Doe": a request in a lead-in is not the ask's
    return f"what did {asked.person.name} say"

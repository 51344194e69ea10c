"""A copy desk's check of someone's name or title ("how's Doe spelled", "is it Doe or Dee", "Doe's exact title", "is
Doe a D or R", "full name for Doe?"): the person's entry answers it, whatever other item holds the name."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from bot.answer.index import Index
from bot.answer.words import FILLER, HOW_WORDS, STOPWORDS, frequency, normalise, stem, stems_of
from bot.briefs.model import Person

# Words that make an ask a check of a name or a title.
_CHECKING = frozenset(
    """
    spell spelled spelt spelling spellings sp cq initial initials title titles official descriptor affiliation
    affiliated current former formerly interim acting permanent accent accents hyphen hyphenated capitalised
    capitalized reference ref agency company employer organisation organization
    """.split()
)
# Words that go with such a check without asking something else.
_AROUND = (
    STOPWORDS
    | FILLER
    | _CHECKING
    | frozenset(
        """
        name names named full first last middle legal job role position right correct correctly wrong one word words
        two verify verified check checking checked confirm confirmed double caption cite draft says said use uses go
        goes by still works work sorry pls please copy desk vs
        versus or
        """.split()
    )
)
# A word English uses less often than this (Zipf frequency) and a letter or two from a name is a slip of it.
_SLIP_ZIPF = 2.5
# A name asked for in full ("full name", "first name"): a check of it.
_NAME_PARTS = frozenset("full first last middle legal".split())
# Questions a person's entry does not answer, whatever else the ask holds: when, where, why, how long or how many.
_ELSEWHERE = frozenset("when where why".split())


def entry_checked(text: str, index: Index) -> int | None:
    """The person's entry an ask only checks the name or title of; None for any other ask."""
    words = normalise(text).split()
    pairs = list(zip(words, words[1:], strict=False))
    if not _ELSEWHERE.isdisjoint(words) or any(a == "how" and b in HOW_WORDS for a, b in pairs):
        return None
    naming = {stem(word) for word in words if word not in _AROUND}  # not "name" of "Unnamed official (name withheld)"
    named = [n for n, names in index.people_names.items() if not names.isdisjoint(naming)]
    if len(named) != 1:
        return None
    entry = named[0]
    person = index.items[entry][1]
    if not isinstance(person, Person) or person.kind != "person":
        return None
    own = index.people_names[entry] | set(stems_of(person.role))
    names = [w for w in normalise(person.name).split() if len(w) > 3]
    checking = not _CHECKING.isdisjoint(words) or any(a in _NAME_PARTS and b in ("name", "names") for a, b in pairs)
    slipped: set[str] = set()  # the names a word of the ask is a slip of
    for word in words:
        if stem(word) in own or word in _AROUND:
            continue
        near = [name for name in names if OSA.distance(word, name) <= 1 + (len(name) > 6)]
        if near and frequency(word) < _SLIP_ZIPF:
            slipped.update(near)
            continue
        return None
    # "is it Doe or Dee": a name and a slip of it to check it against
    return entry if checking or not slipped.isdisjoint(words) else None

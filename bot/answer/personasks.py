"""Asks of one person named and nothing else in the story: a copy desk's check of their name or title ("how's Doe
spelled", "is it Doe or Dee", "Doe's exact title", "full name for Doe?"), answered by their entry whatever other
item holds the name; and a request for their words as a quote ("exact wording of the Doe quote", "Doe verbatim
pls"), asked as what they said; and an ask of where they stand ("is Doe for or against it?") or whether they (or an
organisation) said anything at all ("did Doe comment?", "any word from the NRA"), asked the same way."""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from rapidfuzz.distance import OSA

from bot.answer.forms import LEAD_IN_END
from bot.answer.index import Index
from bot.answer.itemtext import primary_text
from bot.answer.words import (
    FILLER,
    HOW_WORDS,
    SLIP_ZIPF,
    STOPWORDS,
    frequency,
    normalise,
    slip_of,
    stem,
    stems_of,
    typed_words,
    words_of,
)
from bot.briefs.model import Person, Quote

# Words that make an ask a check of a name or a title.
_CHECKING = frozenset(
    """
    spell spelled spelt spelling spellings sp cq initial initials title titles official descriptor affiliation
    affiliated current former formerly interim acting permanent accent accents hyphen hyphenated capitalised
    capitalized reference ref agency company employer organisation organization
    """.split()
)
# Titles a name is written with ("is it Rep. Doe or Sen. Doe"), whichever other items use them.
_TITLES = frozenset("rep sen gov dr mr ms mrs prof senator representative congressman congresswoman governor".split())
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
        record version actually said says words someone somebody anyone anybody saw see seen asking incl including
        mind second
        """.split()
    )
)
# Those a slip can be told from ("somone"), not question words ("whee" may be "where" or "when").
_AROUND_LONG = frozenset(word for word in _AROUND - STOPWORDS if len(word) >= 5)
# The words naming what a story is about only generically ("the plan", "the move", "the ruling").
MATTER = frozenset(
    "it this that plan move proposal proposals decision idea ideas matter issue thing bill ruling deal law report "
    "measure".split()
)
# Words that make an ask one of where someone stands on what the story is about ("is Doe for or against it?", "Doe pro
# or anti?", "has Doe weighed in?"), and those naming it.
STANDING = MATTER | frozenset(
    """
    support supports supported supporting supporter supporters oppose opposes opposed opposing opponent opponents
    opposition against for favour favor favours favors favoured favored backing back backs backed backer backers taken
    took
    behind critic critics critical stance stand stands standing position positions view views take think thinks
    thought feel feels feeling feelings opinion opinions side sides camp yes no pro anti board onside weigh weighed
    weighs weighing flip flop flopped flipped switch switched shift shifted shifting change changed mind come round
    around happy unhappy fine cool ok okay lukewarm sceptical skeptical hate hates like likes dislike want wants vote
    votes always still whether agree agrees disagree disagrees endorse endorses endorsed approve approves disapprove
    object objects objection objections reaction react reacted sympathetic hostile fan fans keen tone
    """.split()
)
# Of those, the words that ask where someone stands: an ask of someone named with only the others ("is Doe still
# around", "is Doe ok") asks something else, unless it is how they are with the matter ("is Doe ok with it"), where
# they are on it ("where is Doe on this") or, not asking what, whether they want it ("does Doe want it").
_STANDING_ON = (
    STANDING
    - MATTER
    - frozenset("still always around come round mind ok okay fine cool happy want wants like likes".split())
)
_WITH_IT = frozenset("ok okay fine cool happy comfortable".split())
# Questions neither answers, whatever else the ask holds: when, where, why, how long or how many.
_ELSEWHERE = frozenset("when where why".split())


# Words that make an ask one of whether someone said anything at all on the story ("did Doe comment?", "any word from
# the NRA", "Doe reax?"), and words that go with them ("did Doe get back to us", "let me see the Doe quotes").
_RESPONSE = frozenset(
    """
    comment comments commented commenting respond responds responded responding response responses react reacts
    reacted reacting reaction reactions reax reply replies replied replying statement statements say says said saying
    speak speaks spoke spoken speaking talk talks talked talking quote quotes quoted quotable quotation quotations
    word words return returns returned weigh weighed weighs weighing pushback push pushed deny denies denied dispute
    disputes disputed decline declines declined anything back record hear heard reach reached
    """.split()
)
_RESPONDING = (
    _RESPONSE
    | MATTER
    | frozenset(
        """
        something someone in out call calls paste see show let nah put puts issue issued release released request
        requests allegation allegations accusation accusations charge charges claim claims criticism
        """.split()
    )
)
# Questions a response ask does not ask: when, where, why, or who (to whom they responded); nor one with someone else
# as "he" or "she" ("what did he say about Doe").
_NOT_RESPONSE = _ELSEWHERE | {"who", "whom", "he", "she", "him", "her", "his", "hers"}
# Words before a name that make it what a response is on, not whose it is ("any comment on Doe", "reaction to Doe").
_ON = frozenset("about on re regarding concerning to against at with over toward towards".split())
_ARTICLES = frozenset({"a", "an", "the"})
# Words that make an either-or ask one of where, when or what about, not of what someone is ("is Doe in Ohio or Iowa").
_BESIDE = _ON | frozenset("in into from for by of at after before during than it this that".split())


class _Asked(NamedTuple):
    """An ask of one person: their entry's number, the entry, the ask's words, and whether it checks a slip of their
    name against the name."""

    entry: int
    person: Person
    words: list[str]
    slip_checked: bool  # "is it Doe or Dee": the name and a slip of it to check it against


def _of_one_person(
    text: str,
    index: Index,
    also: frozenset[str],
    elsewhere: frozenset[str] = _ELSEWHERE,
    kinds: frozenset[str] = frozenset({"person"}),
) -> _Asked | None:
    """The ask as one of a person (or another of `kinds` of entry) the brief names, when its other words are their own
    name and role words, `also`, words around an ask, or slips of their name, and none asks `elsewhere` (when, where,
    why); None for any other ask."""
    words = normalise(text).split()
    if not elsewhere.isdisjoint(words) or any(
        a == "how" and b in HOW_WORDS for a, b in zip(words, words[1:], strict=False)
    ):
        return None
    naming = {stem(word) for word in words if word not in _AROUND and word not in also}  # not "Unnamed (name …)"
    if index.people_words.isdisjoint(naming):  # no one named: most asks, without going through everyone
        return None
    named = [n for n, names in index.people_names.items() if not names.isdisjoint(naming)]
    if len(named) > 1:  # "NARAL Pro-Choice America" beside "Concerned Women for America": the one named in full
        named = [n for n in named if naming.issuperset(stems_of(getattr(index.items[n][1], "name", "")))]
    if len(named) != 1:
        return None
    person = index.items[named[0]][1]
    if not isinstance(person, Person) or person.kind not in kinds:
        return None
    own = index.people_names[named[0]] | set(stems_of(person.role))
    names = [w for w in normalise(person.name).split() if len(w) > 3]
    slipped: set[str] = set()  # the names a word of the ask is a slip of
    for n, word in enumerate(words):
        if stem(word) in own or word in _AROUND or word in also:
            continue
        meant = slip_of(word, also) or slip_of(word, _AROUND_LONG)
        if meant is not None:  # "does Doe suport this", "can somone check Doe"
            words[n] = meant
            continue
        near = [name for name in names if OSA.distance(word, name) <= 1 + (len(name) > 6)]
        if not near or frequency(word) >= SLIP_ZIPF:
            return None
        slipped.update(near)
    return _Asked(named[0], person, words, not slipped.isdisjoint(words))


def entry_checked(text: str, index: Index) -> int | None:
    """The person's entry an ask only checks the name or title of; None for any other ask."""
    asked = _of_one_person(text, index, _CHECKING)
    if asked is None:
        return _either_or_checked(text, index)
    words = asked.words
    full_name = any(a in _NAME_PARTS and b in ("name", "names") for a, b in zip(words, words[1:], strict=False)) or (
        len(_NAME_PARTS.intersection(words)) > 1  # "first and last for Doe"
    )
    one_word = "word" in words and ("one" in words or "two" in words)  # "is Doe one word or two"
    return asked.entry if asked.slip_checked or full_name or one_word or not _CHECKING.isdisjoint(words) else None


def _either_or_checked(text: str, index: Index) -> int | None:
    """The entry of the person an either-or ask checks the title, party or name of ("is Doe a D or R", "is it Rep. Doe
    or Sen. Doe", "is Doe an attorney or a paralegal", "Brian? or is it Brien"): its other words are titles, words
    around an ask, or words no item but people's entries uses, and none asks where they stand or for their quote."""
    words = normalise(text).split()
    if len(words) < 4 or "or" not in words:
        return None
    at = words.index("or")
    if words[0] not in ("is", "was") and words[at + 1 : at + 2] not in (["is"], ["was"]):
        return None  # "is Doe a D or R", "O'Brian? or is it O'Brien"
    if not (STANDING - MATTER).isdisjoint(words) or not _QUOTE_NOUNS.isdisjoint(words):  # where they stand, a quote
        return None
    asked = _of_one_person(text, index, frozenset(w for w in words if stem(w) not in index.people_words))
    if asked is None:
        return None
    if _what_they_are(words, index.people_names[asked.entry]):  # "is Doe the director or executive director"
        return asked.entry
    for word in words:
        if word in STOPWORDS or word in _AROUND or word in _TITLES or word in _CHECKING:
            continue
        used = index.postings.get(stem(word), {})
        if stem(word) not in index.people_words and any(not isinstance(index.items[n][1], Person) for n in used):
            return None
    return asked.entry


def _what_they_are(words: list[str], names: frozenset[str] | set[str]) -> bool:
    """Whether an either-or ask is which of two things someone is: "is Doe the director or executive director", "was
    Doe a professor or an associate professor" (their name or title, then "a", "an" or "the" and a few words each
    side of "or", none a preposition or "it", "this", "that": not "is Doe in Ohio or Iowa")."""
    cut = next((n for n, word in enumerate(words) if word in _ARTICLES), None)
    if cut is None or cut < 2 or "or" not in words[cut:]:
        return False
    who, either = words[1:cut], [w for w in words[cut:] if w not in _ARTICLES]
    at = either.index("or")
    return (
        all(stem(w) in names or w in _TITLES for w in who)
        and 0 < at <= 3
        and 0 < len(either) - at - 1 <= 3
        and _BESIDE.isdisjoint(either)
    )


def quote_asked(text: str, index: Index) -> str | None:
    """For an ask only for someone's words as a quote, the ask of what they said; None for any other ask."""
    asked = _of_one_person(text, index, _QUOTING)
    if asked is None or typed_words(text) in index.asked_as:
        return None  # nor an ask an editor wrote on items, which they answer
    words = normalise(LEAD_IN_END.split(text)[-1]).split()
    put_it = any(a == "put" and b == "it" for a, b in zip(words, words[1:], strict=False))  # "how did Doe put it"
    if _QUOTE_NOUNS.isdisjoint(words) and not put_it:
        return None  # "re the pull quote: who is Doe": a request in a lead-in is not the ask's
    return f"what did {asked.person.name} say"


class Stance(NamedTuple):
    """An ask of where someone stands, or of whether they said anything: their entry's number, the ask of what they
    said, and whether only a quote of theirs answers that (not a fact naming them)."""

    entry: int
    ask: str
    quoted: bool = False


def stance_asked(text: str, index: Index) -> Stance | None:
    """For an ask only of where someone stands on the story's matter ("is Doe for or against it?", "where does Doe
    stand", "has Doe weighed in?"), their entry and the ask of what they said; None for any other ask."""
    asked = _of_one_person(text, index, STANDING | _WITH_IT, elsewhere=frozenset(("when", "why", "who", "whom")))
    if asked is None or typed_words(text) in index.asked_as:
        return None
    words = asked.words
    pairs = set(zip(words, words[1:], strict=False))
    standing = (
        not _STANDING_ON.isdisjoint(words)
        or any(a in _WITH_IT and b == "with" for a, b in pairs)
        or ("where" in words and "on" in words)
        or ("what" not in words and not {"want", "wants"}.isdisjoint(words))
    )
    return Stance(asked.entry, f"what did {asked.person.name} say") if standing else None


_RESPONSE_SPAN = 4  # "A DEA spokesperson declined to comment": the one responding, this many words before the word
_RESPONSE_STEMS = frozenset(stem(word) for word in _RESPONSE)


def tells_response(text: str, entry: int, index: Index) -> bool:
    """Whether a text tells whether the person or body of entry `entry` responded: their name within _RESPONSE_SPAN
    words before a word of responding ("Will Doe respond", "an Acme spokesman declined to comment")."""
    stems = [stem(word) for word in words_of(text)]
    names = index.people_names[entry]
    return any(
        s in names and not _RESPONSE_STEMS.isdisjoint(stems[k + 1 : k + 1 + _RESPONSE_SPAN])
        for k, s in enumerate(stems)
    )


def response_asked(text: str, index: Index) -> Stance | None:
    """For an ask only of whether someone said anything on the story ("did Doe comment?", "any word from the NRA",
    "Doe reax?"), their entry and the ask of what they said; None for any other ask."""
    asked = _of_one_person(text, index, _RESPONDING, _NOT_RESPONSE, frozenset({"person", "organisation"}))
    if asked is None or typed_words(text) in index.asked_as or _RESPONSE.isdisjoint(asked.words):
        return None
    names = index.people_names[asked.entry]
    if any(before in _ON and stem(word) in names for before, word in itertools.pairwise(asked.words)):
        return None
    return Stance(asked.entry, f"what did {asked.person.name} say", quoted=True)


# Verbs telling where someone stands: what they back or fight, call for, argue or vote (as written: "a Doe supporter"
# says nothing of Doe's own stand); and what of theirs does, after their name and "'s" ("Doe's plan").
_TAKING_SIDES = frozenset(
    """
    support supports supported backs backed favour favours favoured favor favors favored oppose opposes opposed
    endorse endorses endorsed reject rejects rejected urge urges urged want wants wanted propose proposes proposed
    argue argues argued criticise criticises criticised criticize criticizes criticized defend defends defended vote
    votes voted object objects objected push pushes pushed demand demands demanded pledge pledges pledged promise
    promises promised vow vows vowed insist insists insisted warn warns warned accuse accuses accused blame blames
    blamed condemn condemns condemned praise praises praised welcome welcomes welcomed applaud applauds applauded deny
    denies denied dispute disputes disputed
    """.split()
)
_OWN_SIDE = frozenset("position positions stance view views plan plans proposal proposals argument arguments".split())
# Words that may stand between someone's name and the verb ("Doe has long opposed").
_BEFORE_SIDES = frozenset(
    "has have had will would is was are were also still now long strongly publicly openly repeatedly already "
    "not never".split()
)
_ASIDE = re.compile(r"\([^)]*\)")  # "Sen. Heidi Heitkamp (D-N.D.) opposes": the party is an aside
_SENTENCES = re.compile(r"[;:.!?]+\s")
_POSSESSIVE = re.compile(r"['\u2019]s\b")  # kept as a word of its own: "Doe's plan" → "doe s plan"


def positions_of(entry: int, index: Index) -> list[int]:
    """The facts, timeline entries and open questions telling where the person of entry `entry` stands: their name
    right before a verb of taking sides ("Doe opposes the measure", "Doe has long backed it", "Doe, a Democrat,
    backed it") or before "'s" and their position or plan ("Doe's plan"), in that order of sections and the brief's
    order within each."""
    names = index.people_names[entry]
    order = {"facts": 0, "timeline": 1, "questions": 2}
    found = [
        n
        for n, (section, item) in enumerate(index.items)
        if section in order
        and any(n in index.postings.get(name, ()) for name in names)
        and any(_takes_sides(sentence, names) for sentence in _SENTENCES.split(primary_text(item)))
    ]
    return sorted(found, key=lambda n: (order[index.items[n][0]], n))


def _takes_sides(sentence: str, names: set[str] | frozenset[str]) -> bool:
    """Whether a sentence has one of `names` as whoever takes a side: just before the verb, or before an aside
    between commas just before it."""
    chunks = [normalise(chunk).split() for chunk in _POSSESSIVE.sub(" s", _ASIDE.sub(" ", sentence)).split(",")]
    for at, words in enumerate(chunks):
        for k, word in enumerate(words):
            owned = word in _OWN_SIDE and k > 0 and words[k - 1] == "s"  # "doe s plan"
            if word not in _TAKING_SIDES and not owned:
                continue
            before = k - 2 if owned else k - 1
            while before >= 0 and words[before] in _BEFORE_SIDES and not owned:
                before -= 1
            if before >= 0:
                subject = words[before]
            elif at >= 2 and chunks[at - 2]:  # "Doe, a Democrat, backed it"
                subject = chunks[at - 2][-1]
            else:
                continue
            if stem(subject) in names:
                return True
    return False


def names_person(n: int, entry: int, index: Index) -> bool:
    """Whether item `n` is of the person of entry `entry` (not being that entry): a quote of theirs, or another item
    holding a word of their name or alias."""
    if n == entry:
        return False
    names = index.people_names[entry]  # the stems of their name and aliases
    quote = index.items[n][1]
    if isinstance(quote, Quote):
        return not names.isdisjoint(stems_of(quote.speaker))
    return any(n in index.postings.get(word, ()) for word in names)

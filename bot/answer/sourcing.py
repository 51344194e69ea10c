"""Asks of where what the thread was told comes from ("source?", "who says?"), of where one claim of the story comes
from ("who says 29 people were hurt?"), and of when, where, to whom or why what someone was just shown saying was said
("when was that")."""

from __future__ import annotations

import re

from bot.answer.forms import PERSON_PRONOUNS, SAY_WORDS, THING_PRONOUNS, WH_WORDS
from bot.answer.words import COMMON_TYPOS, is_content, normalise, stem

# Asking where what was just told comes from: "source?", "sourcing on that?", "who says?", "according to whom",
# "is that on the record", "where's this from", "how do we know that". Besides these, only words of how news is
# sourced may stand in such an ask ("is that from a document or an interview"), and no person's pronoun ("where is
# she from" asks something else).
_SOURCE_WORDS = frozenset(
    "source sources sourced sourcing src sauce attribution attribute attributed citation cite cited according basis "
    "authority confirm confirmed confirmation record".split()
)
# What news is sourced from ("is that from a document or an interview", "wire copy or ours?", "in writing?").
_SOURCE_KINDS = frozenset(
    "document documents doc docs filing filings interview interviews wire reporting writing spokesperson spokesman "
    "spokeswoman statement release".split()
)
_SOURCED_WITH = _SOURCE_KINDS | frozenset(
    "copy reported story anonymous official officials inside someone somebody independently solid direct true stand "
    "behind know knew get got gave come came told tell tells say says said whom whose ours ourselves staff where from "
    "anywhere".split()
)


def asks_for_source(text: str) -> bool:
    """Whether an ask asks where what was just told comes from, naming nothing else ("source?", "who says?")."""
    words = [COMMON_TYPOS.get(w, w) for w in normalise(text).split()]
    if not PERSON_PRONOUNS.isdisjoint(words):
        return False
    own = [w for w in words if is_content(w) or w in _SOURCE_WORDS or w in _SOURCED_WITH]
    cued = not _SOURCE_WORDS.isdisjoint(map(_source_stem, own)) or _asks_who_said(words) or _asks_whence(words)
    # "is that from a document or an interview", "whose reporting is this"; not "what is in the document" or "who is
    # the spokesperson"
    asking = WH_WORDS.isdisjoint(words) or not {"who", "whom", "whose"}.isdisjoint(words)
    cued = cued or (not _SOURCE_KINDS.isdisjoint(own) and not THING_PRONOUNS.isdisjoint(words) and asking)
    return cued and all(_source_stem(w) in _SOURCE_WORDS or w in _SOURCED_WITH for w in own)


# Words that only put an ask of where a claim comes from ("who says …", "source for the line that …"), not the claim.
_CLAIM_FRAME = _SOURCE_WORDS | frozenset(
    """
    who whom whose says say said saying told tell us we our claim claims line graf statement according basing based
    sourced attributed independently second anyone someone solid confident know knew get getting got
    """.split()
)
# Words asking where a claim comes from ("source for …", "is it confirmed that …"; not "the 55 people cited").
_CLAIM_CUES = frozenset(
    "source sources sourced sourcing src attribution attribute attributed citation cite according basis confirm "
    "confirmed confirmation".split()
)
# Words naming a source, not whether something holds ("what's confirmed so far" asks for the facts).
_NAMING_SOURCE = _CLAIM_CUES - {"confirm", "confirmed", "confirmation"}
_HOW_KNOWN = re.compile(r"\bhow (?:do|does|did|can|could|would) (?:we|you|i|they|us) (?:\w+ )?know\b")  # not "how long"
_WHO_SAYS = re.compile(r"\bwho (?:is |was |do we have |do i )?(?:says?|said|saying|told|tells?)\b|\bsays who\b")


def names_the_source(text: str) -> bool:
    """Whether an ask of where something comes from (`asks_for_source`) says "source" in so many words ("source?",
    "attribution?", "where's this from?"), not only who said something ("who said that", or a line pasted after "who
    said")."""
    words = [COMMON_TYPOS.get(w, w) for w in normalise(text).split()]
    return not _NAMING_SOURCE.isdisjoint(words) or _asks_whence(words)


def claim_sourced(text: str) -> str | None:
    """For an ask of where one claim comes from ("who says 29 people were hurt?", "source for the 8:30 time?", "is it
    confirmed that a second device was found"), the claim alone; None for any other ask."""
    words = [COMMON_TYPOS.get(w, w) for w in normalise(text).split()]
    said = _WHO_SAYS.search(" ".join(words)) is not None  # not "what did a felon whose rights were restored say"
    cued = not _CLAIM_CUES.isdisjoint(words) or said or _asks_whence(words)
    if not cued or not PERSON_PRONOUNS.isdisjoint(words):
        return None
    claim = [w for w in words if _source_stem(w) not in _CLAIM_FRAME and w not in _CLAIM_FRAME]
    return " ".join(claim) if any(is_content(w) for w in claim) else None


# Asking, right after what someone said, when, where, to whom, on what occasion or why they said it ("when was that",
# "who was that said to", "is that from a statement", "what prompted that"): besides a word pointing back at it, only
# words for a statement and its circumstances may stand in such an ask, and the name of whoever it was asked about.
_SPOKEN_WORDS = frozenset(
    """
    say said saying says quote quoted quotes quotation comment comments commented remark remarks remarked statement
    statements talk talked talking speak spoke speaking spoken addressing told
    """.split()
)
_CIRCUMSTANCE_WORDS = frozenset(
    """
    line lines words make made another other something tho though
    date dated day days time timing recent recently old earlier later today yesterday week month year last
    where location located place setting whom reporters reporter press journalists audience us paper outlet
    context occasion format prompted prompt reacting responding reason purpose motive
    """.split()
)
# Where and how something is said, which a story may be about too ("which court was this"): only in an ask whether
# it was said so ("was that in a court filing") or one naming the statement ("was the statement on camera").
_OCCASION_WORDS = frozenset(
    """
    interview interviews tweet tweeted twitter release conference briefing speech hearing record background camera tv
    television radio written writing email emailed aloud loud out appearance event rally video court filing filings
    testimony testified venue crowd
    """.split()
)
_BACK_AT_STATEMENT = frozenset("that this it those these".split())
_WHETHER_SAID_SO = re.compile(r"^(?:was|is|were|did)\s+(?:that|this|it|those|these)\b")


def asks_of_what_was_said(text: str, previous: str) -> bool:
    """Whether an ask asks when, where, to whom, on what occasion or why what was just told was said ("when was that",
    "where did Doe say it", "who was Doe talking to" after "what did Doe say"): it points back at it ("that", not "about
    that") or names a statement, and names nothing the previous ask did not."""
    words = [COMMON_TYPOS.get(w, w) for w in normalise(text).split()]
    pointing = [n for n, w in enumerate(words) if w in _BACK_AT_STATEMENT]
    if any(n and words[n - 1] == "about" for n in pointing):
        return False
    before = set(normalise(previous).split())
    own = [w for w in words if is_content(w) and w not in before]
    spoken = not _SPOKEN_WORDS.isdisjoint(own)
    allowed = _SPOKEN_WORDS | _CIRCUMSTANCE_WORDS
    if spoken or (pointing and _WHETHER_SAID_SO.match(" ".join(words))):
        allowed |= _OCCASION_WORDS
    return (bool(pointing) or spoken) and all(w in allowed for w in own)


def _source_stem(word: str) -> str:
    return word if word in _SOURCE_WORDS else stem(word)


def _asks_who_said(words: list[str]) -> bool:
    """ "who says?", "says who", "who told us that", "who gave us that", "according to whom", "who's it from" """
    verbs = SAY_WORDS | {"according", "told", "gave", "from"}
    return not {"who", "whom", "whose"}.isdisjoint(words) and not verbs.isdisjoint(words)


def _asks_whence(words: list[str]) -> bool:
    """ "where's that from", "where did we get this", "how do we know that" """
    pointing = not THING_PRONOUNS.isdisjoint(words) or "we" in words
    return pointing and (
        ("where" in words and ("from" in words or "get" in words or "come" in words))
        or _HOW_KNOWN.search(" ".join(words)) is not None
    )

"""Asks of what one party's politicians said or how they reacted ("how did Democrats react?", "GOP reax?", "are
Senate Republicans on board?"): read by their words alone, and asked as what that party said."""

from __future__ import annotations

from bot.answer.personasks import MATTER, STANDING
from bot.answer.words import FILLER, HOW_WORDS, STOPWORDS, fix_typos

# A party as a reporter names its politicians, by the plural the brief's roles are read against.
PARTIES = {
    "democrats": "Democrats",
    "democrat": "Democrats",
    "democratic": "Democrats",
    "dems": "Democrats",
    "dem": "Democrats",
    "republicans": "Republicans",
    "republican": "Republicans",
    "gop": "Republicans",
}
# What narrows a party to some of its politicians: a chamber ("Senate Democrats"), or who they are ("Republican
# senators").
_CHAMBERS = frozenset(("senate", "house"))
_MEMBERS = frozenset(("senators", "lawmakers", "governors", "candidates", "representatives"))
# Words that ask how a party reacted or where it stands...
_REACTING = (
    STANDING
    | frozenset(
        """
    reax react reacts reacting reacted reaction reactions response responses respond responds responded responding
    push pushing pushed pushback break broke breaking ranks fight fighting fought criticize criticise criticized
    criticised criticizing criticising blast blasted blasting praise praised praising slam slammed welcome welcomed
    side sides angle messaging message line word words arguing argue argued argument statement statements quote quotes
    say said saying news instead reply replied comment comments commented
    """.split()
    )
    - MATTER
)
# ...and the words that go with them without naming anything else: which of its politicians, requests, haste.
_AROUND = (
    (STOPWORDS - frozenset(("who", "whom", "which", "doing")))
    | FILLER
    | STANDING
    | _REACTING
    | frozenset(
        """
        senate house top leading congressional congress lawmakers leaders leadership members senators governors
        candidates representatives party parties
        gimme give pull need can you me u r hw pls please real quick got
        """.split()
    )
)


def party_asked(norm: str) -> str | None:
    """For a normalised ask only of what one party's politicians said or how they reacted, those politicians as the
    brief's roles name them ("Democrats", "Senate Republicans", "Republican senators"); None for any other ask."""
    words = fix_typos(norm.split())
    parties = {PARTIES[word] for word in words if word in PARTIES}
    if len(parties) != 1 or _REACTING.isdisjoint(words):
        return None
    if any(a == "how" and b in HOW_WORDS for a, b in zip(words, words[1:], strict=False)):
        return None  # "how many Democrats back it": a count
    if any(word not in _AROUND and word not in PARTIES for word in words):
        return None
    party = parties.pop()
    chamber = next((word for word in words if word in _CHAMBERS), None)
    members = next((word for word in words if word in _MEMBERS), None)
    return " ".join(word for word in (chamber, party if members is None else party[:-1], members) if word)

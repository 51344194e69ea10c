"""Asks of who is against or for what the story is about, naming nothing: "pushback?", "the other side?", "who's
backing this?". Whatever the thread was told before, each is asked as the word for its side (`SIDE_ASKS`): "critics",
"supporters"."""

from __future__ import annotations

import re

from bot.answer.words import normalise

SIDE_ASKS = {"against": "critics", "for": "supporters"}
# Phrases of taking a side, read before single words: "push back", "the other side", "the case for it", "in favour".
_PHRASES = (
    ("against", re.compile(r"\b(?:push(?:es|ed|ing)? back|(?:the )?other side|case against|come out against)\b")),
    (
        "for",
        re.compile(
            r"\b(?:in favou?r|(?:case|argument|arguments) for|(?:who s|who is|whos|anyone|anybody) for|"
            r"(?:spoke|spoken|speak|speaking|stand|standing|stood) (?:up for|behind)|on board|come out for)\b"
        ),
    ),
)
_SIDE_WORDS = {
    "against": frozenset(
        """against oppose opposes opposed opposing opposition opponent opponents critic critics criticism criticisms
        criticise criticises criticised criticising criticize criticizes criticized criticizing object objects objected
        objecting objection objections pushback backlash dissent disagree disagrees disagreed disagreeing detractors
        naysayers condemn condemns condemned condemning slam slams slammed slamming attack attacks attacked attacking
        complain complains complained complaint complaints unhappy angry upset mad hate hates counterargument
        beef""".split()
    ),
    "for": frozenset(
        """support supports supported supporting supporter supporters backing backer backers defend defends defended
        defending defender defenders defence defense praise praises praised praising welcome welcomes welcomed
        welcoming endorse endorses endorsed endorsing endorsement proponents allies advocates happy cheer cheers
        cheered cheering champion champions championed championing applaud applauds applauded applauding""".split()
    ),
}
# Every other word such an ask may hold: whom and what it asks, by pronoun, and how it is put.
_ASKING = frozenset(
    """who whos what whats why how s is are was were be been has have had do does did d any anyone anybody everyone
    it this that these those they them their there the a and or but on grounds main biggest loudest voice voices
    quoted yet so far at all say says saying said argue argues arguing argued think thinks people person from about
    come came out up spoken spoke speak reaction reactions positive negative move lol to with in for of case argument
    arguments""".split()
)


def side_asked(text: str) -> str | None:
    """Which side an ask asks of, naming nothing but the taking of sides ("any pushback?": "against"); None for
    an ask with words of its own ("who opposes the levy") or none of taking sides."""
    words = normalise(text).split()
    kinds = set()
    norm = " ".join(words)
    for kind, phrase in _PHRASES:
        if phrase.search(norm):
            kinds.add(kind)
            norm = phrase.sub(" ", norm)
    rest = norm.split()
    kinds |= {kind for kind, side in _SIDE_WORDS.items() if not side.isdisjoint(rest)}
    if len(kinds) != 1 or not all(any(w in side for side in _SIDE_WORDS.values()) or w in _ASKING for w in rest):
        return None
    return kinds.pop()

"""Asks to go on after an answer ("more?", "anything else?", "the rest pls", "is that all?"): read by their words
alone, so that the previous ask's answer goes on instead of a new one being looked for; and asks for more of something
named ("what else did Doe say"), read without their word of more."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from bot.answer.words import FILLER, WORD_ZIPF, fix_typos, frequency

# Phrases that ask to go on in more than one word, each read as one going-on word ("keep going", "is that all").
_PHRASES = re.compile(
    r"\b(?:keep (?:going|em coming|them coming|it coming)|go on|carry on|left out|(?:full|whole) (?:list|thing)|"
    r"all of (?:it|them|those)|show (?:me )?all|(?:is )?that (?:is )?(?:all|it)|be all|all you have|"
    r"did i miss|i missed|leave out|(?:can|could) not be all)\b"
)
# The words that ask for more of what was just answered; "next" not in "what's next" (what happens next).
_GOING_ON = frozenset(
    """
    more moar anymore else rest other others remaining left next further additional continue everything goingon
    """.split()
)
# Words that go with them without naming anything in a story: requests, politeness, haste, what to go on with.
_AROUND = FILLER | frozenset(
    """
    a an the and any anything some what is are was were there be been can could would will you u me us i we my our
    mind let lets see show give gimme lemme list dump share send hit with get have has had of on for from to in
    that this those these them it its one ones few couple batch lot items item points point bits list same
    as too also then just ok okay k kk cool great perfect brilliant lovely ta nice awesome sure yes yeah alright
    sorry seriously surely come right fine good do does did like wat about beyond besides listing showing
    """.split()
)
# Words asking for more people, after a list of them ("who else?", "anyone else?").
_PEOPLE = frozenset("who whom anyone anybody someone somebody people players names".split())
# Verbs a subject follows in a question ("did others know").
_AUXILIARIES = frozenset("did do does have has had are were will would can could should".split())
# Phrases read as one going-on word before the ask's words are looked at.
_GOING_ON_WORD = "goingon"
# The words a slip is read as, when one edit away ("mroe", "anythign"): long enough that one edit leaves them clear.
_SLIPPED = sorted(word for word in _GOING_ON | _AROUND if len(word) >= 4)


def asks_for_more(norm: str, of_people: bool = False) -> bool:
    """Whether a normalised ask only asks to go on with the previous answer ("more pls", "anything else?", "the rest",
    "keep going", "is that all?"), slips of its going-on words forgiven ("mroe", "anythign else"); `of_people`, after
    a list of the story's people, also "who else?", "anyone else?"."""
    words = fix_typos(_PHRASES.sub(_GOING_ON_WORD, norm).split())
    if words == ["and"]:  # "and?"
        return True
    read = [_as_going_on(word) for word in words]
    going_on = [word for word in read if word in _GOING_ON]
    around = _AROUND | _PEOPLE if of_people else _AROUND
    if not going_on or any(word not in _GOING_ON and word not in around and not word.isdigit() for word in read):
        return False
    if any(a in _AUXILIARIES and b == "others" for a, b in zip(read, read[1:], strict=False)):
        return False  # "did others know": other people, the subject of a question of its own
    # "what's next" asks what happens next, "what's next on the list" for more
    return not (set(going_on) == {"next"} and "what" in words and "list" not in words)


def _as_going_on(word: str) -> str:
    """A typed word, or the word of going on it is a slip of ("mroe", "contniue"): one edit away, no word of its own."""
    if word in _GOING_ON or word in _AROUND or len(word) < 3 or frequency(word) >= WORD_ZIPF:
        return word
    return next((each for each in _SLIPPED if OSA.distance(word, each) <= 1), word)


# Words asking for more of something named ("what else did Doe say", "other Doe quotes?"), and words asking for other
# people, which an ask of its own answers ("who else was there", "did others know": someone the ask does not name).
_ELSE = frozenset(("else", "other"))
_SOMEONE = frozenset("who whom anyone anybody someone somebody others".split())


def without_else(norm: str) -> str | None:
    """A normalised ask for more of something it names ("what else did Doe say", "anything else from Doe?"), without
    its word of more ("what did Doe say"); None for an ask with none or one for other people. Read after
    `asks_for_more`: an ask only of going on ("anything else?") is that, not this."""
    words = norm.split()
    if _ELSE.isdisjoint(words) or not _SOMEONE.isdisjoint(words):
        return None
    plain = [word for word in words if word not in _ELSE]
    return " ".join(plain) if plain else None

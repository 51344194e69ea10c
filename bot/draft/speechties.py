"""Who a sentence ties to a verb of saying ("Doe said", "said Doe", "…, who said", "according to Doe"), not its
hearer ("told Doe"), and the subject among the mentions of a sentence a pronoun may point back to; a name that only
qualifies a noun ("the Doe campaign", "Acme's Oslo office") is neither."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.mentions import Entity, Mention, owns
from bot.draft.paragraphs import Paragraph

HEARER_VERBS = {"told", "tell", "tells", "telling", "urged", "urging", "warned", "warning", "thanked", "praised",
                "criticized", "criticised", "slammed", "blasted", "called", "calling", "asked", "asking"}  # fmt: skip
# A verb right after a name that follows "said": the name is the subject of what was said ("said Roe was")
CLAUSE_VERB = re.compile(
    r"\s+(?:[a-z]+ed|was|is|were|are|has|had|have|would|will|could|should|might|must|can|does|did|"
    r"wants|needs|thinks|believes|continues|remains)\b"
)
# "to" and a verb after a verb of saying: it is not speech here ("continued to hurt"; not "said to reporters")
TO_VERB = re.compile(
    rf"\s+to\s+(?!(?:the|a|an|{lx.POSSESSIVE}|my|our|your|him|them|me|us|it|reporters|supporters)\b)[a-z]+\b"
)
# A that-clause the speaker before it opens, up to a name inside it ("pointing out that the paper's Roe")
THAT_CLAUSE = re.compile(r"\bthat\s+[^,;:]{0,40}$")
IN_APPOSITION = re.compile(r"(?:\s*\([^()]{1,40}\))?,\s+(?:an?|the|who|whose|one)\b[^,;:]*$")
CLAUSE_ROLE = re.compile(r"(?:an?|the|who|whose)\s")
WHO_SPEAKS = re.compile(r"[^.;:!?\u201c\u201d\"]{0,120}?,\s+who\s+(?:has\s+|had\s+|also\s+|\w+ly\s+)?([a-z]+)")
SPEECH_AFTER = re.compile(r"[\s,]*(?:\w+ly\s+|also\s+|later\s+|then\s+|has\s+|had\s+|have\s+)*([a-z]+)")


def tied_to_speech(masked: str, mention: Mention) -> bool:
    """The mention is the speaker of a speech verb ("Doe said", "said Doe"), not its hearer ("told Doe")."""
    window = masked[max(0, mention.start - 40) : mention.start]
    before = re.search(r"(?<![\w-])([a-z]+)\s+$", window)
    inverted = before and before[1] in lx.SPEECH_VERBS and before[1] not in HEARER_VERBS
    if inverted and before is not None and re.search(r"\w\s+$", window[: before.start(1)]):
        inverted = False  # "Doe never mentioned Roe": a verb after its subject has its object after it
    if inverted and CLAUSE_VERB.match(masked, mention.end):
        inverted = False  # "Doe, for one, said Roe was wrong": the name opens what was said, and speaks none of it
    after = speech_verb_after(masked, mention.end)
    if after and before and after[1].endswith("ing") and "," in masked[mention.end : after.start(1)]:
        after = None  # "Doe hammered Roe, calling him …": the object of a verb does not speak the participle
    return bool(after or inverted)


def speech_verb_after(masked: str, pos: int) -> re.Match | None:
    """The speech verb right after pos, past adverbs and auxiliaries (", also said"), or None."""
    after = SPEECH_AFTER.match(masked, pos)
    if after is not None and TO_VERB.match(masked, after.end()):
        return None  # "Doe continued to hurt his cause": no speech
    return after if after is not None and after[1] in lx.SPEECH_VERBS else None


def subject_among(par: Paragraph, found: list[Mention], opening: re.Match | None) -> Entity | None:
    """The subject among a sentence's compatible mentions: one tied to a verb of saying, else the first not after a
    preposition or a possessive (past an opening clause when the main clause names one), else someone a "who said"
    or "according to" brings in, else someone an apposition after a preposition introduces; None if none is."""
    plain = [
        m
        for m in found
        if (not m.prep or _example(par.masked, m))
        and not m.possessive
        and not owns(par.masked, m)  # "with the governor's backing": no subject
        and not _after_possessive(par.masked, m)
    ]
    plain = [m for m in plain if not m.resolved.anon] or plain
    if opening and any(m.start >= opening.end() for m in plain):
        plain = [m for m in plain if m.start >= opening.end()]  # "Filling in for Doe, Roe said"
    tied = [m for m in plain if tied_to_speech(par.masked, m)]
    # "Rep. Jane Doe, a delegate supporting Roe, said he …": Roe is inside Doe's apposition.
    if tied and plain[0].start < tied[0].start:
        tied = [plain[0]] if IN_APPOSITION.fullmatch(par.masked, plain[0].end, tied[0].start) else tied
        # "Doe hit back, pointing out that Roe had reported …": Roe speaks inside what Doe says
        tied = [plain[0]] if THAT_CLAUSE.search(par.masked, plain[0].end, tied[0].start) else tied
    if not tied:  # "… was backed by Sen. Jane Doe of Ohio, who said …": the agent who speaks
        tied = [m for m in found if m.prep and (_who_speaks(par.masked, m) or _according_to(par.masked, m))]
    if not tied and not plain:  # "… courtesy of Jane Doe, a delegate who …": someone brought in to speak
        tied = [m for m in found if m.prep and CLAUSE_ROLE.match(m.role or "")]
    return (tied or plain)[0].entity if tied or plain else None


def _example(masked: str, mention: Mention) -> bool:
    """A name set off as an example of a group ("Some critics, like Jane Doe, say …"): the voice of that group."""
    return bool(re.search(r",\s+(?:like|such as|including)\s+$", masked[max(0, mention.start - 20) : mention.start]))


def _who_speaks(masked: str, mention: Mention) -> bool:
    """The name is followed, past an apposition at most, by a relative clause that speaks ("…, who said")."""
    who = WHO_SPEAKS.match(masked, mention.end)
    return who is not None and who[1] in lx.SPEECH_VERBS


def _according_to(masked: str, mention: Mention) -> bool:
    """The name is the one the sentence's words come from ("…, according to a post from Jane Doe", "To Jane
    Doe, the plan is …")."""
    before = masked[max(0, mention.start - 60) : mention.start]
    if (
        re.search(r"(?:^|[.!?]\s+)\s*To (?:[a-z][\w-]*\s+){0,3}$", before)
        and masked[mention.end : mention.end + 1] == ","
    ):
        return True
    return bool(re.search(r"\baccording to (?:[^,.;:]{0,40}\b(?:from|by) )?$", before))


def _after_possessive(masked: str, mention: Mention) -> bool:
    """The name qualifies a possessor's noun ("Acme’s Oslo office"), so it is not a subject; a
    place as possessor ("Ohio’s Jane Doe") still leaves the person."""
    owner = re.search(
        r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)[\u2019']s\s+$", masked[max(0, mention.start - 40) : mention.start]
    )
    return bool(owner and not lx.is_place(owner[1]) and re.match(r"\s+[a-z]", masked[mention.end :]))


def names_a_noun(masked: str, mention: Mention) -> bool:
    """The name, after "the", qualifies the noun after it ("The Doe outlets have …", "the Doe campaign")."""
    the = re.search(r"\b[Tt]he\s+$", masked[max(0, mention.start - 5) : mention.start])
    return the is not None and re.match(r"\s+[a-z]", masked[mention.end :]) is not None

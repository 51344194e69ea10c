"""Where a quotation's cue sits in its sentence, and the mention that speaks there.

The finders read a paragraph's text with its quotations masked (``masked``) and the mentions
:mod:`bot.draft.names` found in it: an opening clause of speaking (``Citing "…," Doe urged``), what someone
described calls a thing (``what critics call "…"``), or words a named person owns (``Doe's suggestion that "…"``);
the speaker after the closing mark is :mod:`bot.draft.cueafter`'s to find, the speaker before the
quotation (the subject of the nearest speech verb, ``according to X``) :mod:`bot.draft.subjects`'.
:mod:`bot.draft.quotes` decides which of them a quotation gets.
"""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.mentions import Entity, Mention, mention_at
from bot.draft.namewords import plain
from bot.draft.paragraphs import Paragraph
from bot.draft.speechverbs import ADVERBS, speech_verbs
from bot.draft.story import Story
from bot.draft.text import QuoteSpan

# 'Asked whether Doe "…," most voters said yes': words inside the question put to someone are the asker's
ASKED_WHETHER = re.compile(r"\s*(?:(?:But|And|When)\s+)?[Aa]sked\s+(?:whether|if)\s[^,;:\u201c\u201d\"]*[\u201c\"]$")
# 'Asked by Doe whether Roe "…," Poe said': the question, and the words quoted in it, are the asker's
ASKED_BY = re.compile(r"\s*(?:(?:But|And|When)\s+)?[Aa]sked\s+by\s+")
ASKED_BY_WHETHER = re.compile(r"\s+(?:whether|if)\s[^,;:\u201c\u201d\"]*$")
# 'what former employees have called a "…"' / 'what one Acme official dubbed "…"': someone described, not named,
# gives the thing its name
WHAT_DESCRIBED_CALLS = re.compile(
    r"\bwhat\s+(?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should)\b)"
    rf"(?P<who>(?:(?:one|two|three|several|many|some|the|{lx.POSSESSIVE})\s+)?(?:[\w-]+\s+){{0,3}}?[a-z][\w-]*)\s+"
    + ADVERBS
    + r"(?P<verb>[a-z]+)(?:\s+(?:her|him|them|it))?(?:\s+as)?\s+(?:(?:an?|the)\s+)?[\u201c\"]?$"
)
# Words someone owns: "Doe's remark", "the suggestion of Doe".
_WORDS = (
    r"(?:remark|comment|suggestion|claim|assertion|contention|insistence|answer|response|reply|promise|pledge|vow|"
    r"warning|words|description|characterization|catchphrase|catch phrase|slogan|quip|boast|accusation|charge|"
    r"declaration|argument|admission|complaint|prediction|joke|line|offer|rejection|call|criticism|demand|request|plea|"
    r"appeal|denial|praise|attack|insult|phrase|reference|invocation|pitch|mantra|refrain|conclusion|assessment|"
    r"observation|explanation|judgment|judgement|verdict|finding|assurance|announcement|recommendation|"
    r"broadside|tirade|jab|swipe|barb|retort|rebuke|rant|screed|outburst|dictum|motto|maxim|advice|credo|creed|"
    r"watchword|tagline|battle cry|rallying cry)s?"
)
_WHEN = "|".join(sorted(lx.MONTH_WORDS, key=len, reverse=True))
OWNED_WORDS = re.compile(r"\s+(?:(?:[a-z][\w-]*|(?i:" + _WHEN + r"))\s+){0,2}?" + _WORDS + r"\b")  # "Doe's May remark"
WORDS_AFTER = re.compile(r"\s+" + _WORDS + r"\b")  # '"…" promise' after a possessor: "Doe's "…" promise"
OWNED_BY = re.compile(  # "the contention of former governor Doe"
    r"\b(?:the|a)\s+(?:[a-z][\w-]*\s+){0,2}?" + _WORDS + r"\s+(?:of|by|from)\s+(?:[a-z][\w-]*\s+){0,4}$"
)
# An opening clause in which the sentence's subject speaks: "Citing …, Doe said", "In a speech on …, Doe".
SPEAKING_OPENER = re.compile(
    r"\s*(?:(?:Citing|Calling|Describing|Saying|Noting|Arguing|Warning|Insisting|Urging|Praising|Decrying|Quoting|"
    r"Acknowledging|Admitting|Conceding|Claiming|Stressing|Explaining|Asserting|Suggesting)\b|"
    rf"In\s+(?:an?|{lx.PEOPLE_POSSESSIVE})\s+(?:[\w-]+\s+){{0,2}}?" + lx.OWN_WORDS + r"\b)"
)
NOT_SUBJECT = frozenset({"he", "she", "it", "they", "we", "i", "you", "there", "this", "that", "who", "which",
                         "what", "in", "on", "at", "to", "for", "from", "with", "by", "of", "after", "before", "since",
                         "if"})  # fmt: skip


def what_described_calls(
    masked: str, s_start: int, q_open: int, mentions: list[Mention], story: Story
) -> Mention | None:
    """'what former employees have called a "…"': the people described call it so, unnamed, or as the mention
    found there ("what the company calls")."""
    cue = WHAT_DESCRIBED_CALLS.search(masked, s_start, q_open) if "what" in masked[s_start:q_open] else None
    if cue is None or cue["verb"] not in lx.SPEECH_VERBS or cue["verb"] in lx.WEAK_VERBS - {"call", "calls"}:
        return None
    words = cue["who"].split()
    described = len(words) > 1 or (words[0].endswith("s") and not words[0].endswith("ss"))  # "what critics call"
    if not described or words[-1] in NOT_SUBJECT or words[-1] in ("some", "many", "most", "others", "people"):
        return None  # "what some call", "what everyone calls": nobody in particular
    head_mention = next((m for m in mentions if m.start < cue.end("who") <= m.end), None)
    if head_mention is not None:  # "what the president calls": the person the description stands for
        return head_mention if head_mention.kind in ("anon", "anaphor") and not head_mention.possessive else None
    head = words[-1].lower()
    entity = story.cast.described(plain(cue["who"]), head)
    return Mention(cue.start("who"), cue.end("who"), "anon", cue["who"], entity=entity)


def words_owner(masked: str, s_start: int, q_open: int, mentions: list[Mention]) -> Mention | None:
    """'Doe's suggestion at the debate that she was "…"' / 'the contention of Doe that "…"' / 'in the words
    of an adviser, "…"': words someone is said to own, with no speech verb between them and the quotation."""
    for m in reversed([m for m in mentions if s_start <= m.start and m.end <= q_open]):
        if (m.possessive and m.kind == "name") or (m.kind == "pronoun" and m.text in lx.PERSON_POSSESSIVES):
            owned = OWNED_WORDS.match(masked, m.end)
            end = owned.end() if owned else None
        else:
            owned = OWNED_BY.search(masked, max(s_start, m.start - 60), m.start)
            end = m.end if owned and owned.end() == m.start else None
        if end is None:
            continue
        between = masked[end:q_open]
        if len(between) > 80 or re.search(r"[;:.]", between) or speech_verbs(masked, end, q_open):
            return None
        if re.fullmatch(r"\s+as\s+(?:(?:an?|the)\s+)?", between):
            return None  # "he played down Doe's comments as "…"": how the subject takes the words, not the words
        that = re.search(r"\bthat\b", between)
        clause = end + that.start() if that else q_open  # names after "that" are inside the words
        return None if any(end <= other.start < clause and not other.prep for other in mentions) else m
    return None


def owner_of_quoted_words(masked: str, q_open: int, q_end: int, mentions: list[Mention]) -> Mention | None:
    """'the pull of Doe's "…" promise': a possessor right before the quotation, and a noun of words right after it,
    so that the quotation is those words, the possessor's."""
    if not WORDS_AFTER.match(masked, q_end):
        return None
    owner = next((m for m in mentions if m.end <= q_open and masked[m.end : q_open].strip() == ""), None)
    if owner is None or not (owner.possessive and owner.kind == "name" or owner.text in lx.PERSON_POSSESSIVES):
        return None
    return owner


def opening_speaker(
    masked: str, s_start: int, span: QuoteSpan, comma_inside: bool, mentions: list[Mention]
) -> Mention | None:
    """'Citing the "…," Doe urged …' / 'In a speech that touched on the "…" of X, Doe promised …': a quotation in
    an opening clause of speaking is the words of the subject that follows the clause."""
    if not SPEAKING_OPENER.match(masked, s_start):
        return None
    aside = r"\s*(?:(?:though|however|too),\s*)?"  # 'Citing "…," though, Doe …'
    boundary = re.match(aside if comma_inside else r"[^,;:\u201c\u201d\"]{0,120},\s*", masked[span.end :])
    if boundary is None or re.search(r"[,;:\u201c\"]", masked[s_start : span.open]):
        return None  # the clause ended before the quotation, or another quotation opened it
    subject = mention_at(mentions, span.end + boundary.end())
    if subject is None or subject.prep or subject.possessive:
        return None
    if subject.kind == "pronoun" and subject.text not in ("he", "she"):
        return None
    return subject if subject.resolved.kind == "person" and not subject.resolved.plural else None


# After "her" or "Doe's": words of theirs ("her remarks", "his full statement", "Doe's own campaign account")
OWN_WORDS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:" + lx.OWN_WORDS + r"|words|comments|account)\b")


def named_words_owner(par: Paragraph, start: int, end: int) -> Entity | None:
    """The named person whose words a sentence ending in a colon names ("Here is an excerpt of her remarks:"):
    those words follow."""
    owners = [
        m.entity
        for m in par.mentions
        if start <= m.start < end
        and (m.text in lx.PERSON_POSSESSIVES or (m.kind == "name" and m.possessive))
        and OWN_WORDS_AFTER.match(par.masked, m.end)
        and m.entity is not None
        and m.entity.kind == "person"
        and not m.entity.anon
    ]
    return owners[0] if len(owners) == 1 else None


# "The first question came from", "The sharpest reply came from": whose the words that follow are
CAME_FROM = re.compile(
    r"\b(?:question|reply|response|answer|comment|retort|rebuttal|challenge)s?\s+(?:\w+ly\s+)?came\s+from\s+$"
)


def words_came_from(par: Paragraph, start: int, end: int) -> Entity | None:
    """The named person a sentence says the words came from ("The first question came from Jane Doe of the Ledger.")."""
    return next(
        (
            m.entity
            for m in par.mentions
            if start <= m.start < end
            and m.kind == "name"
            and m.entity is not None
            and m.entity.kind == "person"
            and CAME_FROM.search(par.masked, max(start, m.start - 60), m.start)
        ),
        None,
    )

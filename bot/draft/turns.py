"""Whose turn a quotation is when its own sentence gives the cue finders no one: a new voice with a verb of saying
of its own, the person who opens the sentence between two quotations, someone unnamed who opens the sentence, or
whoever a colon at the end of the paragraph before hands a passage to, or whose passage quoted over paragraphs the
paragraph is."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.mentions import Entity
from bot.draft.paragraphs import Paragraph
from bot.draft.speechties import HEARER_VERBS
from bot.draft.speechverbs import WORD
from bot.draft.story import Story

_FUNCTION = rf"(?:of|to|for|with|in|on|at|by|from|about|{lx.POSSESSIVE}|the|an?|this|that|who|which|and|or)\b"
# 'Another child answered, "…"', 'One tweet said: "…"': an unnamed speaker opening the sentence, a word or two
# qualifying its noun, and a verb of saying with a comma, or any clause ended by a colon, right before the quotation
UNNAMED_BEFORE = re.compile(
    r"\s*(?:[A-Z][^;:\u201c\u201d\"]{0,120}?,\s*)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    rf"(?P<mods>(?:(?!{_FUNCTION}\s)[a-z][\w-]*\s+){{0,2}}?)(?!{_FUNCTION}\s)(?P<head>[a-z][\w-]*)\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]+(?:ed|s)|said|wrote|read)\b(?:,\s*|[^,;:\u201c\u201d\"]{0,80}(?P<colon>:)\s*)(?:''|[\"\u201c])$"
)
IN_PASSAGE = "in the passage the paragraph before introduces"
IN_RUNNING = "inside a passage quoted over paragraphs"


def new_voice(par: Paragraph, start: int, q_open: int, before_start: int) -> bool:
    """The quotation's own sentence, after the one quoting someone, has a verb of saying whose speaker the cue
    finders could not name ('"…," said Doe. Another wrote, "…"', 'Others shouted, "…"'): a new voice, not Doe's."""
    if before_start - 1 >= start:
        return False
    return any(word in lx.SPEECH_VERBS - HEARER_VERBS for word in WORD.findall(par.masked[start:q_open]))


def opened_by_name(par: Paragraph, before_start: int, start: int) -> bool:
    """A sentence between a quotation and the one starting at ``start`` opens with a name, after an opening phrase
    if any ('"…," Doe said. Roe shook her head. "…"'), not with a thing named for someone ("the Roe sign")."""
    between = [(s, e) for s, e in par.sentences if before_start <= s and e <= start]
    if not between:
        return False
    s_start, s_end = between[-1]
    opening = lx.OPENING_CLAUSE.match(par.masked, s_start)
    first = opening.end() if opening else s_start
    subject = next((m for m in par.mentions if first <= m.start < s_end and not m.prep and not m.possessive), None)
    return (
        subject is not None
        and subject.kind == "name"
        and re.fullmatch(r"\s*(?:[^,;:]*,\s+)?", par.masked[first : subject.start]) is not None
    )


def unnamed_before(masked: str, s_start: int, q_open: int) -> tuple[str, str] | None:
    """The name and head noun of someone unnamed who opens the sentence and hands over to the quotation with a verb
    of saying and a comma, or with a colon ('Another child answered, "…"', 'a familiar voice hailed it on the radio:
    "…"')."""
    found = UNNAMED_BEFORE.match(masked, s_start, q_open + 1)
    if found is None or (found["colon"] is None and found["verb"] not in lx.SPEECH_VERBS):
        return None
    head = found["head"].lower()
    return f"{found['mods'] or ''}{head}", head


def names_nobody(par: Paragraph, start: int, q_open: int) -> bool:
    """The sentence before the quotation names no one and has no verb of saying of its own."""
    lead = par.masked[start:q_open]
    if any(start <= m.start < q_open and not m.prep for m in par.mentions):
        return False
    return not any(word in lx.SPEECH_VERBS for word in WORD.findall(lead))


def passage_by(story: Story, par: Paragraph, introduced: Entity | None) -> Entity | None:
    """Whom the paragraph before hands over to with a colon ("In a note to members, Doe wrote:") when this
    paragraph is the passage itself, set off without quotation marks: a quotation inside it that the cues give to
    no one is quoted in that person's words ('… What we should ask is "…"')."""
    if introduced is None or par.index == 0 or re.match(r"\s*(?:''|[\"\u201c])", par.text):
        return None
    return introduced if story.paragraphs[par.index - 1].text.rstrip().endswith(":") else None


def opening_mark_hidden(par: Paragraph) -> bool:
    """The paragraph opens with a quotation mark that opens none of its quotations: a passage quoted over several
    paragraphs (each opening with a mark, only the last closing) whose opening mark a quotation inside it took for its
    own ('"In 1960 the group met. Written "at a time of crisis," the statement …'). The paragraph is still the
    quoted passage, in the words of whoever quotes it."""
    opening = re.match(r"\s*(?:''|[\"\u201c])", par.text)
    return opening is not None and not any(span.open <= opening.end() - 1 <= span.open + 1 for span in par.quotes)

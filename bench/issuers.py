"""Who sent, released or issued a writing a source refers to ("the email", "the statement", "the poll"): the
subject of the sentence that brings it in, its sender, or the name the writing carries ("the Acme poll")."""

from __future__ import annotations

import re

from bench.antecedents import intro_end
from bench.name_words import place_names
from bench.referent_words import CALENDAR_WORDS, FUNCTION_WORDS, INSTITUTION_HEADS, TOKEN
from bench.referents import Story


def issuer(story: Story, at: int, head: str) -> tuple[int, str] | None:
    """Who sent, released or issued the writing "the email" or "the statement" means, as the subject of the
    nearest sentence in reach that brings it in ("His campaign sent out a fundraising email"), or who said
    something in one ('"…," Acme Corp. said in a statement'), and where."""
    verbs = r"(?:(?:is|are|was|were|has|have|had)\s+)?"
    verbs += r"(?:sent|released|releasing|issued|put|posted|published|circulated|filed|provided|unveiled)(?:\s+out)?"
    names = rf"{TOKEN}(?:\s+{TOKEN})*(?:\s+and\s+{TOKEN}(?:\s+{TOKEN})*)?"
    index = story.sentence_of(at)
    for k in range(index, max(-1, index - 5), -1):
        lo, hi = story.sentences[k]
        start = intro_end(story, k)
        found = re.match(
            rf"\s*(\S.*?)\s+{verbs}\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{head}\b", story.text[start : min(hi, at)]
        )
        subject = found.group(1) if found else ""
        at_subject = start + found.start(1) if found else start
        reported = re.search(r"\b(?:said|says|reported|reports)\s+(?:that\s+)?(\S.*)$", subject)
        if reported:  # "The Times said Ann Lee provided a statement": hers
            at_subject, subject = at_subject + reported.start(1), reported.group(1)
        named = re.match(rf"({names}),", subject)  # "Ann Lee and Bob Roe, the parents of …, have filed a lawsuit"
        if named and not re.search(r"[;:\"\u201c\u201d]", subject):
            return at_subject, named.group(1)
        if subject and not re.search(r"[,;:\"\u201c\u201d]", subject) and subject.lower() not in FUNCTION_WORDS:
            return at_subject, subject
        wrote = re.search(rf"({TOKEN}(?:\s+{TOKEN})*)\s+(?:wrote|writes)\s*[.,]?\s*$", story.text[lo : min(hi, at)])
        if k < index and wrote:  # '"…," Ann Lee wrote.' before the writing's words go on
            return lo + wrote.start(1), wrote.group(1)
        passive = re.search(  # "a statement issued by the Acme campaign", "an email was sent from Ann Lee"
            rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{head}\s+(?:(?:was|were|had\s+been)\s+)?{verbs}\s+(?:by|from)\s+"
            rf"((?:the\s+)?{TOKEN}(?:\s+{TOKEN})*(?:\s+(?:{'|'.join(INSTITUTION_HEADS)})\b)?)",
            story.text[lo : min(hi, at)],
        )
        if passive:
            return lo + passive.start(1), passive.group(1)
        letter = head in ("letter", "letters", "note", "email", "emails", "e-mail", "message", "memo")
        wrote = re.search(  # "the groups who wrote to her say", "Ann Lee wrote to the board": the letter is theirs
            rf"((?:[Tt]he\s+[a-z]+)|{TOKEN}(?:\s+{TOKEN})*)\s+(?:who\s+)?(?:wrote|writes|had\s+written)\s+to\b",
            story.text[lo : min(hi, at)],
        )
        if letter and wrote:
            return lo + wrote.start(1), wrote.group(1)
        sender = re.search(  # "a handwritten note from Ann Lee", "A letter this month to the board from the union"
            rf"\b(?:[Aa]n?|[Tt]he|\w+['\u2019]s)\s+(?:[\w-]+,?\s+){{0,3}}?{head}\s+(?:[\w-]+\s+){{0,6}}?from\s+"
            rf"((?:the\s+)?(?:{TOKEN}\s+)*(?:{TOKEN}|(?:[a-z]+\s+)?(?:{'|'.join(INSTITUTION_HEADS)})\b))(?![\w'\u2019])",
            story.text[lo : min(hi, at)],
        )
        if sender and sender.group(1).lower().split()[-1] not in FUNCTION_WORDS:
            return lo + sender.start(1), sender.group(1)
        tag = re.search(
            rf"({TOKEN}(?:\s+{TOKEN})*)\s+(?:said|says)\s+in\s+an?\s+(?:[\w-]+\s+){{0,2}}?{head}\b",
            story.text[lo : min(hi, at)],
        )
        if tag:  # '"…," Acme Corp. said in a statement'
            return lo + tag.start(1), tag.group(1)
        subject = rf"(?:[Tt]he\s+)?(?:{TOKEN}(?:\s+of)?\s+)*(?:{TOKEN}|[a-z]+)"
        announced = re.search(  # "the Acme Party announced she was not coming. '…,' the release said": the party's
            rf"(?:^\s*|[,;]\s+|\b(?:but|and)\s+)({subject})\s+(?:on\s+[A-Z][a-z]+\s+)?{ANNOUNCING}\b",
            story.text[lo : min(hi, at)],
        )
        body = announced.group(1) if announced else ""
        has_name = bool(re.search(r"\s[A-Z]|^(?![Tt]he\s)[A-Z]", body)) and body.lower() not in FUNCTION_WORDS
        if k < index and announced and has_name:  # a body the story names, not "The company confirmed"
            return lo + announced.start(1), body
        owner = re.search(  # "The Acme poll shows …", "a new Acme Institute report": who the writing's name says
            rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){{0,2}}({TOKEN}(?:\s+{TOKEN})*)\s+(?:[a-z][\w-]*\s+){{0,2}}?{head}\b",
            story.text[lo : min(hi, at)],
        )
        if owner and owner.group(1).lower() not in place_names() | CALENDAR_WORDS:
            return lo + owner.start(1), owner.group(1)
    return None


ANNOUNCING = r"(?:announced|confirmed|responded|declared|stated)"  # what a body does in a statement or a release

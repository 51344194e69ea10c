"""The subject of a verb of saying: the one its clause's construction gives it (`clausesubjects`), else the one read
before it (`subjectbefore`); a share of those asked answers in place of a person, and the clause's lead noun
speaks in place of a possessive that owns its first verb's object or of a mention after the verb that is its
object."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.clausesubjects import (
    adverbial_noun,
    caused_to,
    lead_noun,
    relative_noun,
    relative_subject,
    scene_subject,
    share_answering,
)
from bot.draft.cues import OWNED_WORDS
from bot.draft.mentions import Mention
from bot.draft.speechties import HEARER_VERBS
from bot.draft.story import Story
from bot.draft.subjectbefore import subject_before

# What makes the name right after a speech verb the start of what was said, not its speaker: a verb of its own
# ("say it would", "says the group is"), a possessive, or an -ing word ("described Doe sitting").
CLAUSE_AFTER = re.compile(
    r"[\u2019']s?\b|\s+(?:[a-z]+ly\s+)?(?:would|will|is|was|are|were|has|have|had|could|should|can|may|might|must|"
    r"did|does|do|[a-z]+ing|[a-z]{2,}(?:ed|es))\b"
)
# The first verb of a sentence, where its subject ends: "Engineers have …", "The board voted …"
FIRST_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|could|can|[a-z]{3,}ed)\b")
# What may stand before a possessive that is a clause's subject: determiners, titles and names ("The Acme
# Party's", "Sen. Jane Doe's"), never a verb ("discounted Doe's claims")
_POSSESSOR_LEAD = re.compile(
    r"[\s\u2014\u2013(-]*(?:(?:and|but)\s+)?(?:(?:[Tt]he|[Aa]n?|[Ff]ormer|[A-Z][\w.\u2019'-]*)\s+){0,4}"
)


def verb_subject(
    masked: str, s_start: int, verb: re.Match, earlier: list[re.Match], head_mentions: list[Mention], story: Story
) -> Mention | None:
    """The subject of the verb of saying: the one a verb of causing makes speak, the name "who" stands for, or the
    subject read before the verb, with a possessor or an object after the verb traded for the clause's lead noun."""
    subject = (
        caused_to(masked, s_start, verb, head_mentions, story)
        or relative_subject(masked, s_start, verb, head_mentions)
        or relative_noun(masked, s_start, verb, head_mentions, story)
        or adverbial_noun(masked, s_start, verb, head_mentions, story)
        or scene_subject(masked, s_start, verb, head_mentions, story)
        or subject_before(masked, s_start, verb, earlier, head_mentions)
    )
    if subject is None:
        return None
    share = share_answering(masked, s_start, verb, head_mentions, story)
    if share is not None and subject.resolved.kind == "person" and subject.end <= share.start:
        return share  # "asked how likely Doe was to win, to which 21 percent said "…"": the share answered, not Doe
    if subject.possessive and subject.start < verb.start():
        subject = _subject_before_object(masked, s_start, subject, verb, head_mentions, story) or subject
    if subject.start >= verb.end() and _object_after(masked, verb, subject):
        # "The board released a statement Friday saying Doe's plan …": the subject of the verb the -ing form goes with
        first = FIRST_VERB.search(masked, s_start, verb.start()) if verb.group().endswith("ing") else None
        subject = (
            lead_noun(masked, s_start, verb, head_mentions, story)
            or (lead_noun(masked, s_start, first, head_mentions, story) if first else None)
            or subject
        )
    return subject


def _object_after(masked: str, verb: re.Match, after: Mention) -> bool:
    """The mention right after a speech verb is what was said or whom it was said of, not an inverted
    speaker: 'critics say he had', 'the source says the group is', 'Doe told Roe later', 'described Roe sitting'."""
    if after.kind == "pronoun" or after.possessive or verb.group().lower() in HEARER_VERBS:
        return True
    return CLAUSE_AFTER.match(masked, after.end) is not None


def _subject_before_object(
    masked: str, s_start: int, owner: Mention, verb: re.Match, mentions: list[Mention], story: Story
) -> Mention | None:
    """The common noun that opens the main clause when the possessive taken for the subject owns the object of its
    first verb: in "Engineers have discounted Doe's claims, but have said …" the engineers speak, unnamed. A
    possessive that leads its clause ("Doe's aides said"), sits in an opening clause or owns the words ("Doe's pledge
    to be "…"") stays."""
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    start = opening.end() if opening else s_start
    if owner.start < start or _leads_clause(masked, s_start, owner):
        return None
    owned = OWNED_WORDS.match(masked, owner.end)
    if owned is not None and owned.end() >= verb.end():
        return None  # "go beyond Doe's pledge to be "…"": the word taken for a verb is the words Doe owns
    first = FIRST_VERB.search(masked, start, owner.start)
    return lead_noun(masked, start, first, mentions, story) if first else None


def _leads_clause(masked: str, s_start: int, mention: Mention) -> bool:
    """Nothing but determiners, titles and names stands between the mention and the start of its sentence, of an
    opening clause or of a part set off by a comma, a dash or a bracket ("(On Monday, Doe's aides")."""
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    starts = [opening.end() if opening else s_start]
    starts += [j.end() for j in re.finditer(r"[,;(\u2014]\s*", masked[: mention.start]) if j.end() > s_start]
    return bool(_POSSESSOR_LEAD.fullmatch(masked, max(starts), mention.start))

"""Who or what "according to" cites: a name, an outlet the story named before ("the news outlet"), or a
writing that names no one ("the report")."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.documents import unnamed_document
from bot.draft.mentions import Entity, Mention, mention_at, named_from
from bot.draft.story import Story

ACCORDING = re.compile(
    rf"\baccording to\s+(?:(?:an?|the)\s+(?:\w+\s+){{0,2}}?(?:{lx.COMMUNICATION}|cop(?:y|ies))\s+"
    r"(?:(?:filed|issued|released|sent|written|signed|published)\s+)?(?:from|by|of)\s+)?",  # "a document filed by Doe"
    re.I,
)
# "according to the news outlet": an outlet the story named before, described
OUTLET_DESCRIBED = re.compile(r"the\s+(?:news\s+)?(?:outlet|newspaper|paper|network|station|magazine|publication)\b")
CITED_WRITING = re.compile(rf"(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?{lx.COMMUNICATION}\b")  # "the congressional report"
# "according to some on Twitter,", "according to the exit polls in Salem,", "according to the Acme staff handbook,":
# people or a source described, not named, up to the end of the phrase; the words before a preposition end on its
# head, a common noun ("some", "polls", "handbook").
DESCRIBED_SOURCE = re.compile(
    r"(?P<det>(?:the|an?)\s+)?(?P<phrase>(?P<head>(?:[A-Za-z][\w-]*\s+){0,4}?[a-z][\w-]*)"
    r"(?:\s+(?:in|on|at|of|from|with)\s+(?:the\s+)?(?:[A-Za-z][\w.-]*\s+){0,3}?[A-Za-z][\w.-]*)?)(?=\s*[,.;:]|$)"
)
QUANTIFIERS = {"some", "many", "most", "several", "others"}  # a described source with no "the" or "a" before it


def cited(masked: str, pos: int, mentions: list[Mention], story: Story) -> Mention | None:
    """Who or what "according to" cites at ``pos``: the name there, else a writing that names no one ("according
    to the report"), itself, unnamed."""
    who = named_from(mentions, masked, pos)
    lower = re.match(r"[a-z][\w-]*\s+", masked[pos:]) if who is None else None
    titled = mention_at(mentions, pos + lower.end()) if lower else None
    if titled is not None and titled.kind == "name" and titled.role:
        who = titled  # "according to state attorney Jane Doe": a lower-case word of the title, then the name
    outlet = OUTLET_DESCRIBED.match(masked, pos) if who is None else None
    named_outlet = _outlet_before(story, masked, pos) if outlet else None
    if outlet is not None and named_outlet is not None:  # "according to the news outlet": the one named before
        return Mention(pos, outlet.end(), "org-anaphor", outlet[0], entity=named_outlet)
    cited = CITED_WRITING.match(masked, pos)
    if who is not None:
        return who
    if cited is not None and (entity := unnamed_document(story, cited[0])) is not None:
        return Mention(pos, cited.end(), "anon", cited[0], entity=entity)
    return described_source(masked, pos, story)


def described_source(masked: str, pos: int, story: Story) -> Mention | None:
    """A source "according to" describes and names no one ("according to some on Twitter,", "according to the exit
    polls in Salem,"): those it describes, unnamed."""
    described = DESCRIBED_SOURCE.match(masked, pos)
    if described is None or not (described["det"] or described["head"].split()[0] in QUANTIFIERS):
        return None
    head = described["head"].split()[-1]
    entity = story.cast.described(described["phrase"], head)
    return Mention(described.start("phrase"), described.end(), "anon", described["phrase"], entity=entity)


def _outlet_before(story: Story, masked: str, pos: int) -> Entity | None:
    """The last news outlet the story names before ``pos`` in this paragraph or the three before it ("Fox News",
    "The Daily Example")."""
    index = next((par.index for par in story.paragraphs if par.masked is masked), None)
    if index is None:
        return None
    for par in reversed(story.paragraphs[max(0, index - 3) : index + 1]):
        for m in reversed(par.mentions):
            if par.index == index and m.start >= pos:
                continue
            entity = m.entity
            if (
                entity is not None
                and entity.kind == "organisation"
                and entity.name.split()[-1].lower() in lx.OUTLET_WORDS
            ):
                return entity
    return None

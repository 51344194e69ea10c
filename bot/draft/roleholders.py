"""The named person a description such as "the governor" points back to: the nearest one before it whose title or
role has its word, or the titleless person who leads the sentence before it in its paragraph."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.mentions import Entity
from bot.draft.namewords import deputy_of
from bot.draft.paragraphs import Paragraph

# the sex the last word of a description gives ("the congresswoman")
GENDER_OF_WORD = {
    "man": "m",
    "woman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "businessman": "m",
    "businesswoman": "f",
}
REACH = 8  # paragraphs a description looks back for the named holder of its role
PARTY_WORDS = ("republican", "democrat", "democratic", "independent", "libertarian")


def role_holder(
    paragraphs: list[Paragraph], paragraph: int, pos: int, head: str, described: str = "", reach: int = REACH
) -> Entity | None:
    """The named person a description such as "the governor" points back to: the nearest one up to ``reach``
    paragraphs before it whose role or title has that word ("Gov. Jane Doe", "Doe, the state's governor"). A
    deputy's role ("vice president") is not the role itself, unless the description says so too."""
    lead = _untitled_lead(paragraphs, paragraph, pos, described)
    if lead is not None:
        return lead
    head = head.lower().replace("woman", "man")
    deputy = deputy_of(described, head)
    # the nearest holder named only after a preposition or as an owner, and in which paragraph: "the senator" is
    # rather one leading a sentence up to the paragraph before ("Doe said he was hurt by Roe's vote.")
    aside: tuple[Entity, int] | None = None
    for index in range(paragraph, max(-1, paragraph - reach), -1):
        if aside is not None and index < aside[1] - 1:
            return aside[0]
        for m in reversed(paragraphs[index].mentions):
            if index == paragraph and m.start >= pos:
                continue
            entity = m.entity
            if m.kind != "name" or entity is None or entity.kind != "person" or entity.anon:
                continue
            if _party_only(entity, described):
                continue  # "Republican Roe" is no match for "the Delaware Republican": a party names many
            words = re.findall(r"[a-z][a-z-]*", (entity.role or "").lower())
            spelt = " ".join(lx.TITLE_WORDS.get(w, w).replace("woman", "man") for w in words)
            if re.search(rf"\b{re.escape(head)}\b", spelt) and deputy_of(spelt, head) == deputy:
                if not (m.prep or m.possessive):
                    return entity
                aside = aside or (entity, index)
    return aside[0] if aside else None


def _untitled_lead(paragraphs: list[Paragraph], paragraph: int, pos: int, described: str) -> Entity | None:
    """ "Doe sought to rally volunteers as he stopped by. Walking in, the senator said …": a description just
    after a sentence of its own paragraph led by a named person the story gives no title or role is that person,
    when no one else is named between (news varies the words for the person a paragraph is about)."""
    par = paragraphs[paragraph]
    begin, _ = par.sentence_of(pos)
    before = [(start, end) for start, end in par.sentences if end <= begin + 1 and start < begin]
    if not before:
        return None
    start, end = before[-1]
    opening = lx.OPENING_CLAUSE.match(par.masked, start)
    first = opening.end() if opening else start
    lead = next((m for m in par.mentions if first <= m.start < end and m.entity is not None), None)
    if lead is None or lead.kind != "name" or lead.prep or lead.possessive:
        return None
    entity = lead.entity
    if entity is None or entity.kind != "person" or entity.anon or entity.plural or entity.role:
        return None
    sex = GENDER_OF_WORD.get(described.split()[-1].lower()) if described else None
    if sex is not None and entity.gender not in (None, sex):
        return None  # "the congresswoman" is no man
    between = [
        m
        for m in par.mentions
        if lead.end <= m.start < pos
        and m.entity is not None
        and m.entity.kind == "person"
        and not m.entity.anon
        and m.kind != "pronoun"
    ]
    return None if between else entity


def _party_only(holder: Entity, described: str) -> bool:
    """Whether a party description qualified by a place ("the Delaware Republican") would find a holder whose role
    has the party but not the place ("Republican Ansel Roe"): the party alone does not say it is the same person."""
    words = re.sub(r"^\S+\s+", "", described).split()
    mods = [w for w in words[:-1] if re.fullmatch(r"[A-Z][a-z]+", w)]
    role = holder.role or ""
    return bool(mods) and words[-1].lower() in PARTY_WORDS and not any(m in role for m in mods)


# The verb that names who holds a part across from the story's people: "moderated by", "narrated by"
PART_VERBS = {"moderator": "moderated", "narrator": "narrated", "interviewer": "interviewed"}
NAMES_JOINED = re.compile(r"\s+(?:of|from|at|for)\s+[^,;:.]{1,60}?(?=,?\s+and\s|[,;:.]|$)|,?\s+and\s+|,\s+")


def part_holder(paragraphs: list[Paragraph], paragraph: int, pos: int, head: str) -> Entity | None:
    """The named person "the moderator" stands for when the story names who held the part ("The debate was moderated
    by Jane Doe of the Salemport Ledger and John Roe"): of those, the one named last before the description."""
    verb = PART_VERBS.get(head.lower())
    if verb is None:
        return None
    held: list[Entity] = []
    for par in paragraphs[: paragraph + 1]:
        for by in re.finditer(rf"\b{verb}\s+by\s+", par.masked):
            at = by.end()
            for m in par.mentions:
                if m.start == at and m.kind == "name" and m.entity is not None and m.entity.kind == "person":
                    held.append(m.entity)
                    joined = NAMES_JOINED.match(par.masked, m.end)
                    at = joined.end() if joined else at
    mentioned = [
        m.entity
        for par in paragraphs[: paragraph + 1]
        for m in par.mentions
        if m.entity in held and (par.index, m.start) < (paragraph, pos)
    ]
    return mentioned[-1] if mentioned else None

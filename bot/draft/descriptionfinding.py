"""Finding the descriptions in a paragraph that name no one: "the company", "a senior official who spoke on condition
of anonymity", "one of the aides", "Aides say", "those surveyed", "the trade group for …"; and the bodies named at the
end of descriptions of unnamed people ("a spokeswoman for Acme Ferries"). What each description stands for is worked
out by :mod:`bot.draft.descriptions`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.draft import lexicon as lx
from bot.draft.mentions import Mention
from bot.draft.namewords import (
    BARE_PLURAL,
    DESCRIPTOR,
    NAMED_ROLE,
    ONE_OF,
    ONE_OF_THEM,
    ORG_ANAPHOR,
    SAID_AFTER,
    SAID_BEFORE,
    initialled,
    people_stating,
)

if TYPE_CHECKING:
    from bot.draft.names import Cast


# A body described by whom it stands for, with no name of its own: "the trade group for the Acme plans", "the union
# representing Acme pilots"; a later "the group" or "the union" is that body, not an earlier "… Group" or "… Union".
BODY_FOR = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>group|association|coalition|alliance|organization|organisation|"
    r"union|council|lobby)\s+(?:for|representing)\s+(?:the\s+)?(?:[A-Z][\w&.\u2019'-]*\s+){0,5}[A-Z][\w&.\u2019'-]*"
    r"(?:\s+[a-z]+s\b)?"
)
# The people a poll or survey asked, as a speaker: "those surveyed said", "Those polled say".
THOSE_ASKED = re.compile(r"\b[Tt]hose\s+(?P<how>surveyed|polled|questioned|interviewed)\b")


# Someone unnamed, perhaps placed, as the subject of a verb of saying: "Someone in the back of the room called out",
# "somebody yelled"
SOMEONE_SPEAKS = re.compile(
    r"\b(?P<who>[Ss]ome(?:one|body)(?:\s+(?:in|at|from|near)\s+the\s+(?:[a-z]+\s+){0,3}?[a-z]+)?)"
    r"(?=\s+(?:" + "|".join(sorted(lx.SPEECH_PAST, key=len, reverse=True)) + r"|called out|shouted|yelled|cried out)\b)"
)
# A body's officer by initials alone, with no name after: "the CEO said" (not "Acme CEO Jane Doe")
OFFICER_ALONE = re.compile(r"\b[Tt]he\s+(?:CEO|CFO|COO)\b(?![\u2019']|\s+[A-Z])")
# A preposition before a body's possessive, which then sits inside a longer description
OWNER_AFTER_PREPOSITION = re.compile(r"\b(?:of|for|at|in|on|with|by|from|to)\s+$")


def find_descriptions(masked: str, midcaps: set[str]) -> list[Mention]:
    """The descriptions in a paragraph's masked text that name no one, the longest where two overlap; ``midcaps`` are
    the words the story capitalises mid-sentence."""
    spans: list[Mention] = []
    for m in ONE_OF.finditer(masked):
        spans.append(Mention(m.start(), m.end(), "one-of", m["head"]))
    for m in ONE_OF_THEM.finditer(masked):  # "one of them said": one of the group met just before
        spans.append(Mention(m.start(), m.end(), "one-of", ""))
    spans += _determined_descriptions(masked)
    for m in NAMED_ROLE.finditer(masked):  # "said one Acme confidant": the role speaks, not the name in it
        before = masked[max(0, m.start() - 12) : m.start()]
        said = SAID_BEFORE.search(before) and re.match(r"\s*[.,;]", masked[m.end() :])
        if m["head"] not in lx.ORG_HEADS and (said or SAID_AFTER.match(masked, m.end())):
            spans.append(Mention(m.start(), m.end(), "anon", m.group()))
    spans += _bare_plurals(masked, midcaps)
    for m in THOSE_ASKED.finditer(masked):  # "those surveyed said": the people a poll asked
        spans.append(Mention(m.start(), m.end(), "anon", "people " + m["how"]))
    for m in OFFICER_ALONE.finditer(masked):  # "the CEO said": the officer of a body, named before or not
        spans.append(Mention(m.start(), m.end(), "anaphor", m.group()))
    for m in SOMEONE_SPEAKS.finditer(masked):  # "Someone in the back of the room called out": one person, never named
        spans.append(Mention(m.start(), m.end("who"), "anon", m["who"][0].lower() + m["who"][1:]))
    for m in ORG_ANAPHOR.finditer(masked):
        if people_stating(m):
            continue
        owner = re.match(r"[\u2019']s\b", masked[m.end() :])  # "the company's statement", a name's "'s" with it
        if owner and OWNER_AFTER_PREPOSITION.search(masked, 0, m.start()):
            continue  # "the head of the committee's rules panel": part of a description of someone
        end = m.end() + (owner.end() if owner else 0)
        spans.append(Mention(m.start(), end, "org-anaphor", m.group(), possessive=owner is not None))
    for m in BODY_FOR.finditer(masked):  # "the trade group for the Acme plans": a body, and "the group" later
        spans.append(Mention(m.start(), m.end(), "body-for", m.group(), role=m["head"].lower()))
    return _longest_apart(spans)


# A verb of saying or finding before "that", which then opens a clause and is no determiner
_CLAUSE_OPENER = re.compile(
    r"\b(?:show|shows|showed|found|" + "|".join(sorted(lx.SPEECH_VERBS, key=len, reverse=True)) + r")\s+$"
)


def _determined_descriptions(masked: str) -> list[Mention]:
    """Descriptions after a determiner ("the person", "a senior official"), each running on over a withheld name or a
    title given as a role ("who spoke on condition of anonymity") up to the next verb of saying or sentence end."""
    spans: list[Mention] = []
    for m in DESCRIPTOR.finditer(masked):
        det = m["det"].lower()
        if det == "that" and _CLAUSE_OPENER.search(masked, max(0, m.start() - 30), m.start()):
            continue  # "the letter noted that annual employee surveys …": "that" opens what was said
        kind = "anaphor" if det in ("the", "that", "this") else "anon"
        mention = Mention(m.start(), m.end(), kind, m.group())
        tail = masked[m.end() : m.end() + 220]
        cut = re.search(r"\b(?:said|says|told|wrote|added|stated|noted|replied)\b|[.;!?](?:\s|$)", tail)
        window = tail[: cut.start()] if cut else tail
        withheld, title = lx.WITHHELD.search(window), lx.TITLE_AS.search(window)
        if withheld or title:
            mention.end += max(x.end() for x in (withheld, title) if x)
            mention.role = title["title"].strip() if title else None
            mention.withheld = True
        spans.append(mention)
    return spans


def _bare_plurals(masked: str, midcaps: set[str]) -> list[Mention]:
    """Plural people with no determiner ("Aides say", "local lobbyists say"), in lower case unless the story
    capitalises their first word mid-sentence."""
    spans: list[Mention] = []
    for m in BARE_PLURAL.finditer(masked):
        mods = m["mods"].strip()
        if mods and mods.split()[0].lower() in lx.STOP_CAPS:
            continue
        text = m.group().strip()
        if not mods or mods.split()[0] not in midcaps:
            text = text[0].lower() + text[1:]  # "Aides say", "Local lobbyists say": capitalised as a sentence opens
        spans.append(Mention(m.start(), m.end("head"), "anon", text))
    return spans


def _longest_apart(spans: list[Mention]) -> list[Mention]:
    """The spans in order of start, each kept only where it overlaps none kept before it, the longer first."""
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    chosen: list[Mention] = []
    for span in spans:
        if all(span.end <= c.start or span.start >= c.end for c in chosen):
            chosen.append(span)
    return chosen


# A body's name ending a description of someone unnamed, after the office they hold in it: "a spokeswoman for Acme
# Ferries", "the president of the Acme Now"
_BODY_AT_END = re.compile(
    r"\b(?P<office>[\w-]+)\s+(?:of|for|at|with)\s+(?:the\s+)?(?P<name>[A-Z][\w\u2019'&.]*(?:\s+[A-Z][\w\u2019'&.-]*)*)$"
)
# An office only a body has
_BODY_OFFICE = re.compile(lx.BODY_OFFICES, re.I)


def bodies_in_descriptions(cast: Cast, masked: str, found: list[Mention]) -> list[Mention]:
    """The bodies named at the end of descriptions of unnamed people ("a spokeswoman for Acme Ferries", "the
    president of Acme Now"), which the description keeps from being read as names: one the story named before,
    or after an office only a body has a new one, when no given name or initials make it a person's."""
    out = []
    for described in found:
        if described.kind not in ("anaphor", "anon"):
            continue
        m = _BODY_AT_END.search(described.text)
        if m is None:
            continue
        name = m["name"]
        if re.match(r"\.|\s+(?:and|&|of|for)\s+[A-Z]", masked[described.end :]):
            continue  # "of Ohio Gov. Jane Doe", "of the House Ways and Means Committee": the name runs on
        entity = cast.lookup(name)
        words = name.split()
        personal = words[0] in cast.first_names or initialled(words, cast.first_names)
        if entity is None and _BODY_OFFICE.fullmatch(m["office"]) and not personal and not lx.is_place(name):
            entity = cast.organisation(name)
        elif entity is not None and entity.kind == "person" and _BODY_OFFICE.fullmatch(m["office"]):
            if not entity.anon and not cast.named_like_person(entity):
                cast.file_as_body(entity, "organization")
        if entity is not None:
            start = described.start + m.start("name")
            out.append(Mention(start, start + len(name), "name", name, entity=entity))
    return out

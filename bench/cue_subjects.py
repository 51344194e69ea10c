"""Who speaks in an attribution annotated with a cue but no source: the name or he/she right before the cue ('He
called it "…"'), or the main clause's subject for a participle cue ('Lee weighed in, calling it "…"') or one joined by
"and" to the verb before it ('She told the Sun … and said "…"')."""

from __future__ import annotations

import re

from bench.antecedents import intro_end, resolve_pronoun
from bench.brat import Spot
from bench.gold_sources import resolve_source
from bench.referent_words import FUNCTION_WORDS, SPEECH_VERBS, TOKEN
from bench.referents import Story
from bench.reporting_clauses import REPORTING_VERBS
from bench.source_reading import is_plural
from bench.source_words import NOT_NAMES


def subject_of_cue(text: str, cue: Spot) -> Spot | None:
    """Who speaks in an attribution annotated with a cue but no source, and where: a name or he/she right before the
    cue in its sentence ('He called her handling "…"', 'what Lee called the "…"'), or a group someone's plural
    writes ('his supporters were shown chanting "…"'); None for anything else ("There", "When" opening the sentence,
    a run of capitals reaching back past a sentence's end)."""
    at, words = cue
    if re.match(r"(?:was|were|is|are|be|been|being)\s+(?:asked|told|questioned|pressed)\b", words):
        return None  # 'Lee was asked "…"': the one asked is not who asks
    lo = max(0, at - 60)
    group = re.search(r"(?<![\w'\u2019])((?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+s)\s+$", text[lo:at])
    if group and is_plural(group.group(1).split()[-1]):  # 'his supporters were shown chanting "…"': the group
        return lo + group.start(1), group.group(1)
    found = re.search(rf"(?<![\w'\u2019])({TOKEN}(?:[^\S\n]+{TOKEN})*|[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?$", text[lo:at])
    if found is None or re.search(r"[.:]$", found.group(1)):
        return None  # a run of capitals ending a sentence before the cue ("… the Acme Pier Plan. Ending")
    ends = list(re.finditer(r"[.:!?]\s+", found.group(1)))  # "Monday. She called": from the last sentence's start
    start = lo + found.start(1) + (ends[-1].end() if ends else 0)
    who = text[start : lo + found.end(1)]
    return None if who.split()[0].lower() in (FUNCTION_WORDS | NOT_NAMES) - {"he", "she"} else (start, who)


def participle_subject(story: Story, cue: Spot) -> str | None:
    """Whom a cue that is a participle after a comma or a dash ('Lee weighed in, calling it "…"', '… - adding that
    "…"') has as its subject: the first person named, or meant by a he or she, in the main clause of its sentence before
    it, or the person a description the clause opens on means ("The senator blasted it", "The Ohio senator blasted")."""
    at, words = cue
    after_pause = re.search(r"(?:,|\s[-\u2013\u2014]{1,2})\s*$", story.text[max(0, at - 4) : at])
    if not re.fullmatch(r"[a-z]+ing\b.*", words) or not after_pause:
        return None
    return _main_clause_subject(story, at)


def and_joined_subject(story: Story, cue: Spot) -> str | None:
    """Whom a cue that is a verb of saying joined by "and" to the verb before it has as its subject ('He called it
    "…," and said any "…"', 'she told the Sun that … and said "…"'): the main clause's subject."""
    at, words = cue
    verb = words.split()[0] if words.split() else ""
    if verb not in SPEECH_VERBS | REPORTING_VERBS or not re.search(r"\sand\s+$", story.text[max(0, at - 6) : at]):
        return None
    return _main_clause_subject(story, at)


def _main_clause_subject(story: Story, at: int) -> str | None:
    """The first person named, or meant by a he or she, in the main clause of the sentence of `at` before it, or the
    person a description the clause opens on means."""
    index = story.sentence_of(at)
    intro = intro_end(story, index)
    described = re.match(
        r"\s*([Tt]he\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b", story.text[intro:at]
    )
    if described:  # "The Democratic candidate blasted the plan, calling it "…"": whom the description means
        who = resolve_source(described.group(1), intro + described.start(1), [], story)
        return who if story.person_named(who) else None
    first = next((m for m in story.in_sentence(index, before=at) if m.start >= intro and not m.possessive), None)
    if first is None:
        return None
    if first.pronoun:
        person = resolve_pronoun(story, first.start, first.pronoun)
        return person.name if person else None
    return story.people[first.person].name

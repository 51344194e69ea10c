"""Scoring items against an ask (a base share of its weight, then the intents' bonuses) and ranking what covers it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from typing import NamedTuple

from bot.answer.concepts import Concept, alternative_stems, is_light, is_manner, matches, weight
from bot.answer.index import Index, after_publication
from bot.answer.parsed import Parsed
from bot.answer.speaking import speaker_bonus
from bot.answer.tuning import (
    COVER_THRESHOLD,
    ENTITY_SHARE,
    FUZZY_FACTOR,
    KEEP_RATIO,
    KEY_SHARE,
    LASTED_BONUS,
    ORDER_BONUS,
    ORDER_MARGIN,
    TIE_HELD_SHARE,
    TIE_STEP,
    WHY_BONUS,
    WHY_MANNER_FACTOR,
)
from bot.answer.words import everyday, stem, stems_of
from bot.briefs.model import Quote

# How someone stands in a race or a contest, as news reports it: "how's Doe doing" is answered by these.
_STANDING = frozenset(
    stem(word)
    for word in "win won winning lose lost losing loss losses lead leading led trail trailing ahead behind poll polls "
    "polling streak surge surged slump slipped gain gained struggle struggling".split()
)

# What someone is after, as news reports it: "what do the strikers want" is answered by these.
_WANTING = frozenset(
    stem(word)
    for word in "want wants wanted wanting demand demands demanded demanding seek seeks seeking sought urge urged "
    "urging push pushes pushed pushing hope hopes hoped hoping".split()
)


class Scores(NamedTuple):
    base: dict[int, float]  # base score of every item that could cover the ask (and perhaps a few more)
    final: dict[int, float]  # final score of each covering item
    unknown: float  # share of the ask's weight the brief knows nothing of


def score_all(parsed: Parsed, index: Index) -> Scores:
    """Score the items against the ask.

    The base score is the share of the ask's weight an item matches; the final score adds the intent rules'
    bonuses, which only reorder items that cover the ask, so it is worked out for those alone.
    """
    concepts = parsed.concepts
    found_per = [matches(concept, index) for concept in concepts]
    weights = [
        weight(concept, found, index) * (WHY_MANNER_FACTOR if parsed.why and _manner_only(concept, found) else 1.0)
        for concept, found in zip(concepts, found_per, strict=True)
    ]
    total = sum(weights) or 1.0
    pairs = zip(concepts, weights, found_per, strict=True)
    unknown = sum(w for c, w, f in pairs if not f and not is_manner(c, f)) / total
    scales = [w * (FUZZY_FACTOR if c.fuzzy else 1.0) / total for c, w in zip(concepts, weights, strict=True)]
    base = _base_scores(found_per, scales)
    _asked_otherwise(concepts, found_per, scales, index, base, parsed.typed)
    needed = _Needed.of(concepts, found_per, scales)
    asked = _AskedStems.of(parsed, weights, total)
    final = {
        n: score + _bonus(parsed, n, index, asked)
        for n, score in base.items()
        if score >= COVER_THRESHOLD and needed.held_by(n, index)
    }
    if parsed.order:
        _favour_first_or_last(parsed.order, base, final, index)
    return Scores(base, final, unknown)


def _manner_only(concept: Concept, found: dict[int, float]) -> bool:
    """A verb or describing word no item uses that is not everyday English: in a "why" ask, what is to be explained
    ("why is the union interested", "why would they be skittish"), which the item giving the reason need not repeat."""
    return not found and is_manner(concept, found) and not is_light(concept)


@dataclass(frozen=True)
class _Needed:
    """What an item must hold to cover the ask, whatever its base score: the items holding each word the ask hinges
    on (and whether it is in the ask's time frame), and those holding each word saying what it is about."""

    keys: list[tuple[dict[int, float], bool]]
    topics: list[dict[int, float]]

    @classmethod
    def of(cls, concepts: list[Concept], found_per: list[dict[int, float]], scales: list[float]) -> _Needed:
        # An item that lacks a word carrying KEY_SHARE of the ask's weight does not answer it: "how many jobs will
        # Pfizer cut" is not answered by an item on Pfizer cutting taxes. A word that only describes ("why won't they
        # send heavier weapons", answered by "more powerful weapons") is not one. Nor, for a dated item, a word after
        # "after" / "before" / "since": the item's date places it ("did Doe keep at it after the vote"). Nor a phrase
        # before a verb saying it is expected or meant ("which beliefs was it meant to protect"): the verb is the key.
        keys = [
            (found, concept.anchor)
            for concept, found, scale in zip(concepts, found_per, scales, strict=True)
            if found
            and scale >= KEY_SHARE
            and not concept.modifier
            and not (concept.verb and concept.word.endswith(" to"))
            and not all(everyday(w) for w in concept.word.split())
        ]
        # An item holding only the ask's describing and everyday words, none of what it is about, does not answer
        # it: "why's it sinking early" (no item says anything sinks) is not answered by an item saying only "early".
        topics = [found for concept, found in zip(concepts, found_per, strict=True) if _topic(concept)]
        return cls(keys, topics)

    def held_by(self, n: int, index: Index) -> bool:
        """Whether item n holds every key word (a dated item, those of the time frame by its date) and one topic."""
        return all(n in found or (anchor and n in index.dated) for found, anchor in self.keys) and (
            not self.topics or any(n in found for found in self.topics)
        )


def _base_scores(found_per: list[dict[int, float]], scales: list[float]) -> dict[int, float]:
    """Each item's share of the ask's weight (an item counts a concept at most its scale), for the items that can
    cover the ask: only those holding one of the heaviest concepts, without which the lighter concepts' whole weight
    falls short of the threshold."""
    rest = sum(scales)
    pool: set[int] = set()
    for heaviest in sorted(range(len(scales)), key=scales.__getitem__, reverse=True):
        if rest < COVER_THRESHOLD - 1e-9:
            break
        pool.update(found_per[heaviest])
        rest -= scales[heaviest]
    return {n: sum(found.get(n, 0.0) * scale for found, scale in zip(found_per, scales, strict=True)) for n in pool}


@dataclass(frozen=True)
class _AskedStems:
    """What the intent bonuses compare an item with."""

    query: set[str]  # the stems of the ask's own words
    alternatives: set[str]  # those and the stems of what the brief says for them
    event: set[str]  # the same, of what is not a person or organisation
    subjects: set[int]  # the people entries the ask is mostly about

    @classmethod
    def of(cls, parsed: Parsed, weights: list[float], total: float) -> _AskedStems:
        concepts = parsed.concepts
        # An ask that is mostly one named person or organisation ("what about ice") is about that entry; not one
        # asking what they are doing ("what's ice doing"), which an item on what they did answers.
        subjects = (
            set()
            if parsed.doing
            else {
                n
                for c, w in zip(concepts, weights, strict=True)
                if c.people and w / total >= ENTITY_SHARE
                for n in c.people
            }
        )
        return cls(
            query={s for c in concepts for s in c.own},
            alternatives=alternative_stems(concepts),
            event=alternative_stems(c for c in concepts if not c.people),
            subjects=subjects,
        )


def _bonus(parsed: Parsed, n: int, index: Index, asked: _AskedStems) -> float:
    """What the ask's intents add to a covering item's score: they reorder what covers the ask, never make it."""
    bonus = 0.0
    for term in chain(
        (_editor_bonus(parsed, n, index, asked),),
        _kind_bonuses(parsed, n, index, asked),
        _section_bonuses(parsed, n, index),
        _speech_bonuses(parsed, n, index, asked),
        _detail_bonuses(parsed, n, index, asked),
        _subject_bonuses(parsed, n, index, asked),
    ):
        bonus += term  # one term at a time, in this order: the sum is the same to the last bit whatever the terms
    return bonus


def _editor_bonus(parsed: Parsed, n: int, index: Index, asked: _AskedStems) -> float:
    """What the item's editor wrote it is about, in its asks or its id: the more of it the ask holds, the better.
    Between items otherwise tied, one whose editor's ask (at least half held) holds more of the words typed."""
    about = [_held(a, parsed.concepts, parsed.typed) for a in index.ask_stems[n] if a]
    named = index.id_stems.get(n)
    if named:
        about.append((len(named & asked.query) / len(named), len(named & asked.query)))
    share, held = max(about, default=(0.0, 0))
    return 0.15 * share + (TIE_STEP * held if share >= TIE_HELD_SHARE else 0.0)


def _kind_bonuses(parsed: Parsed, n: int, index: Index, asked: _AskedStems) -> Iterator[float]:
    """The item gives the kind of thing the ask wants: a date, an age, what X is, a stretch of time, a figure."""
    # An item giving a day in its text counts as dated: for what is still to come, the filter keeps it as one.
    if parsed.when and (n in index.dated or n in index.day_dated):
        yield 0.1 + (0.05 if index.items[n][0] == "timeline" else 0.0)
    if parsed.age and n in index.has_age:
        yield 0.4
    if parsed.defining and not parsed.doing and parsed.defining in index.defines.get(n, ()):
        yield 0.15
    if parsed.lasting and n in index.spans:
        yield 0.15 + (LASTED_BONUS if not index.lasted[n].isdisjoint(asked.event) else 0.0)
    if parsed.howmany and n in index.has_number:
        yield 0.15


def _section_bonuses(parsed: Parsed, n: int, index: Index) -> Iterator[float]:
    """The item is in the section that answers this kind of ask: yes/no → questions, an event → facts and timeline,
    "timeline" → timeline, "what don't we know" → questions, who → people (more for the one the ask names)."""
    section = index.items[n][0]
    if parsed.yesno and section == "questions":
        yield 0.05
    if parsed.event and section in ("facts", "timeline"):
        yield 0.05
    if parsed.timeline and section == "timeline":
        yield 0.3
    if parsed.unknowns and section == "questions":
        yield 0.3
    if parsed.who and section == "people":
        who_stems = alternative_stems(parsed.who)
        names = index.people_names.get(n, set())
        yield 0.1 + (0.2 if who_stems and who_stems & names else 0.0)


def _speech_bonuses(parsed: Parsed, n: int, index: Index, asked: _AskedStems) -> Iterator[float]:
    """For "what did X say", X speaking (a quote more); for "who said …", a quote holding the ask's words."""
    section, item = index.items[n]
    if parsed.say:
        yield speaker_bonus(parsed.speaker, n, index) + (0.15 if section == "quotes" else 0.0)
    if parsed.who_said and isinstance(item, Quote):
        said = set(stems_of(item.text))
        yield 0.1 + 0.2 * (len(said & asked.query) / len(said) if said else 0.0)


def _detail_bonuses(parsed: Parsed, n: int, index: Index, asked: _AskedStems) -> Iterator[float]:
    """Finer signs that the item gives what is wanted: where someone is, a place, the occasion of speaking, a figure
    beside the ask's words, a reason."""
    if parsed.where and index.items[n][0] == "people" and index.people_names.get(n, set()) & asked.query:
        yield 0.1
    if parsed.where and n in places(parsed, index):
        yield 0.1
    if parsed.venue and n in index.has_occasion:
        yield 0.1
    if parsed.howmany and not index.counted[n].isdisjoint(asked.alternatives):
        yield 0.1  # "how many dead": a figure beside the ask's words ("49 dead") before any figure
    if parsed.why and n in index.has_reason:
        yield WHY_BONUS


def _subject_bonuses(parsed: Parsed, n: int, index: Index, asked: _AskedStems) -> Iterator[float]:
    """The item is about the ask's subject, and for "what is X doing", "how's X doing" or "what does X want", says
    so (a person's entry says who they are, not what they are doing)."""
    if n in asked.subjects:
        yield 0.1
    if parsed.doing and index.items[n][0] == "people":
        yield -0.1
    if parsed.faring and not _STANDING.isdisjoint(index.primary[n]) and n not in index.open_questions:
        # "how's X doing": how X stands, in wins, losses, leads and polls (not an open question's premise: "will
        # the trip help X where X trails?" says nothing of how X stands that the story gives)
        yield 0.1
    if parsed.wanting and not _WANTING.isdisjoint(index.primary[n]):
        yield 0.1  # "what does X want": what X demands, seeks or urges


def _favour_first_or_last(order: str, base: dict[int, float], final: dict[int, float], index: Index) -> None:
    """The first or last of the items that hold the whole ask gets ORDER_BONUS: not a quote that only touches on it.
    "The last debate" as the story tells it: one held before the day it ran, if the brief has one."""
    best = max(base[n] for n in final) if final else 0.0
    dated = [n for n in final if n in index.dated and base[n] >= best - ORDER_MARGIN]
    if order == "last":
        past = [n for n in dated if before_publication(getattr(index.items[n][1], "date", None), index.published)]
        dated = past or dated
    if dated:
        pick = min if order == "first" else max
        final[pick(dated, key=lambda n: getattr(index.items[n][1], "date", None) or "")] += ORDER_BONUS


def _topic(concept: Concept) -> bool:
    """A word saying what the ask is about: not one that only describes, an everyday word or its time frame."""
    return not concept.modifier and not concept.anchor and not is_light(concept)


def _held(ask: set[str], concepts: list[Concept], typed: frozenset[str]) -> tuple[float, int]:
    """The share of an editor's ask that the reporter's ask holds, and how many words that is: the words typed, even one
    that only says how the ask is put ("what did Doe say about the vote" holds all of the editor's "what did Doe say",
    though "say" is no concept), or a synonym of one ("when will there be a decision" holds all of "when will there be
    a ruling"). A name counts as typed: "who is Jane Doe" is about Doe's entry, so "what is Doe doing" does not hold
    all of it."""
    held = ask & typed
    for concept in concepts:
        held.update(s for s in concept.own if s in ask)
        if not concept.people:
            held.update(s for alt in concept.alternatives if ask.issuperset(alt) for s in alt)
    return len(held) / len(ask), len(held)


def places(parsed: Parsed, index: Index) -> set[int]:
    """The items that can say where, for a "where" ask: a place, the occasion of speaking, or whom something goes to."""
    if parsed.venue:
        return index.has_venue
    return index.has_destination if parsed.bound else index.has_place


def _asked_otherwise(concepts, found_per, scales, index: Index, base: dict[int, float], typed: frozenset[str]) -> None:
    """Rescore the items whose editor wrote an ask holding every other word of this one (one at least not a name, or
    besides names a word typed that is no concept: "why does Doe think Acme owes her", asked as "why does Doe think
    Acme should pay her") without the ask's verbs and describing words that no item uses: "what deadline is the
    council facing" is what the editor asked as "what is the council's deadline". Everyday words stay ("what time",
    "how many are left")."""
    unused = [k for k, c in enumerate(concepts) if not found_per[k] and (c.verb or c.modifier) and not is_light(c)]
    others = [k for k in range(len(concepts)) if k not in unused]
    names_only = all(concepts[k].people for k in others)
    plain = typed - alternative_stems(concepts) - {s for c in concepts for s in c.own}  # "think", "say", "want"
    if not unused or not others or (names_only and not plain):
        return
    kept = 1.0 - sum(scales[k] for k in unused)
    holding = set(found_per[others[0]]).intersection(*(found_per[k].keys() for k in others[1:]))  # asks are indexed
    for n in holding:
        if any(
            all(concepts[k].held_by(ask) for k in others) and (not names_only or not plain.isdisjoint(ask))
            for ask in index.ask_stems[n]
        ):
            base[n] = sum(found_per[k].get(n, 0.0) * scales[k] for k in others) / kept


def before_publication(date: str | None, published: str) -> bool:
    """Whether a date (at day, month or year precision) is before the story's day of publication; False for none."""
    if not date:
        return False
    return date < published[: len(date)]


def ranked(scores: dict[int, float], base: dict[int, float]) -> list[int]:
    """Covering items (base score at the threshold) best first, while within KEEP_RATIO of the best."""
    order = sorted((n for n in scores if base.get(n, 0.0) >= COVER_THRESHOLD), key=lambda n: (-scores[n], n))
    if not order:
        return []
    top = scores[order[0]]
    return [n for n in order if scores[n] >= KEEP_RATIO * top]


def story_day_first(order: list[int], scores: dict[int, float], index: Index) -> list[int]:
    """Of timeline entries tied first ("where's the debate" in a brief dating two debates), the latest one not after
    the story ran comes first: a story's "the debate", unqualified, is its own, not the one before it."""
    if not order or index.items[order[0]][0] != "timeline":
        return order
    tied = [n for n in order if scores[n] == scores[order[0]] and index.items[n][0] == "timeline"]
    held = [n for n in tied if not after_publication(getattr(index.items[n][1], "date", None), index.published)]
    if len(tied) < 2 or not held:
        return order
    latest = max(held, key=lambda n: getattr(index.items[n][1], "date", None) or "")
    return [latest] + [n for n in order if n != latest]

"""One question read on its own: the items that cover it and give what it wants, best first; else a whole part of the
brief or nothing, and the nearest open questions."""

from __future__ import annotations

import re

from bot.answer.answers import Answer, whole
from bot.answer.concepts import concepts, correct, matches
from bot.answer.forms import SAY_WORDS
from bot.answer.index import Index, build_index
from bot.answer.intent import parse, section_answer
from bot.answer.openquestions import asks_spoken, asks_what_said, near, unknown_first
from bot.answer.parsed import Parsed
from bot.answer.score import ranked, score_all, story_day_first
from bot.answer.speaking import asks_in_person, speaker_words, speaks
from bot.answer.tuning import MAX_UNKNOWN_SHARE
from bot.answer.wants import focused, owned
from bot.answer.words import normalise, stems_of, typed_words
from bot.briefs.model import Brief, Item

# "who did it", "who's behind this": who is responsible for what the story is about.
_DEED = re.compile(r"^who (?:did|caused|is behind|was behind|are behind|were behind) (?:it|this|that)$")
# An ask for someone's own words: "what exactly did X say".
_VERBATIM = re.compile(r"\b(?:exactly|verbatim|word for word|exact words|precise words|in (?:his|her|their) words)\b")


def answer_one(brief: Brief, index, text: str) -> Answer:
    """One question's answer: the items that cover it and give what it wants, best first; else a whole section or
    nothing and the nearest open questions."""
    parsed = parse(text, index)
    story = brief.id
    if not parsed.concepts:
        return _answer_intent_only(story, index, parsed, text)
    if parsed.say and any(not matches(c, index) for c in parsed.speaker):
        # "What did Satya Nadella say": the speaker is nowhere in the brief.
        return Answer(story, (), near(parsed, index))
    base, final, unknown = score_all(parsed, index)
    candidates = _answering(parsed, text, index, set(final))  # score_all gives a final score to covering items only
    covering = focused(parsed, text, index, owned(text, parsed, index, candidates))
    if unknown > MAX_UNKNOWN_SHARE:
        covering = set()  # too much of the ask is about something the brief never mentions
    # An ask typed as an editor wrote it on items is answered by them, whatever the rules make of its words ("what
    # do supporters say", asked of a backer's quote whose speaker the brief never calls one).
    asked = [n for n in index.asked_as.get(typed_words(text), ()) if n not in index.open_questions]
    covering |= set(asked)
    if not covering and parsed.say and not unknown:
        # "what did Doe say about bidding on the jobs": Doe's words on it put otherwise ("bid on his projects").
        covering = focused(parsed, text, index, owned(text, parsed, index, speaker_words(parsed, index, base)))
        final = {**base, **final}
    if not covering:
        return _uncovered(story, index, parsed, unknown)
    order = _best_first(parsed, text, index, covering, final, base)
    if order and order[0] in index.open_questions:
        order = asked + order  # the editor wrote that these answer it, so the brief does know
    return Answer(story, index.cite([*dict.fromkeys(order + asked)]))


def _answer_intent_only(story: str, index, parsed: Parsed, text: str) -> Answer:
    """An ask with no words of its own: the items whose editor asked it in those very words ("who did it", "was
    it"), nothing for a bare "who did it" (whoever is responsible, not a list of everyone in the story), else the
    section its intent asks for."""
    asked = index.asked_as.get(typed_words(text))
    if asked:
        return Answer(story, index.cite(asked))
    if parsed.bare_who and _DEED.search(normalise(text)):
        return Answer(story, ())
    return _section(story, index, parsed)


def _answering(parsed: Parsed, text: str, index, candidates: set[int]) -> set[int]:
    """The candidates that can answer the ask: naming every person or organisation it names ("did ibm sell to ice"
    is not answered by an item about ICE and Microsoft); for "what did X say" or "did X say anything", where X
    speaks or an open question on it; for "what don't we know" open questions, for "timeline" timeline entries."""
    for concept in parsed.concepts:
        if concept.people and not concept.anchor:
            candidates &= matches(concept, index).keys()
    in_person = asks_in_person(text)
    questions = index.in_section.get("questions", frozenset())
    if parsed.say:
        # "What did X say" is answered by X's quotes and by items reporting X speaking (said, declined to comment).
        candidates = {
            n
            for n in candidates
            if speaks(parsed.speaker, n, index, in_person)
            or (n in questions and asks_what_said(index.items[n][1].text, parsed.speaker))
        }
        if _VERBATIM.search(normalise(text)):
            # "what exactly did X say": X's own words, so a quote, not a fact that reports them.
            candidates &= index.in_section.get("quotes", frozenset())
    if parsed.responded:
        # "did Biden say anything": an item where Biden speaks, or a question on it ("the DEA declined to comment").
        candidates = {
            n
            for n in candidates
            if (n in questions and asks_spoken(index.items[n][1].text, parsed.responded))
            or speaks(parsed.responded, n, index, in_person)
        }
    if parsed.unknowns or parsed.timeline:
        candidates &= index.in_section.get("questions" if parsed.unknowns else "timeline", frozenset())
    return candidates


def _uncovered(story: str, index, parsed: Parsed, unknown: float) -> Answer:
    """What an ask nothing covers gets: the section, for an ask all intent ("key dates?"); not for one about someone
    in particular ("when was Doe interviewed, what dates") or on whether someone spoke ("did the police comment on the
    timeline"); else nothing, and the nearest open questions."""
    if not unknown and not parsed.say and not parsed.responded and not any(c.people for c in parsed.concepts):
        fallback = _section(story, index, parsed)
        if fallback.covered:
            return fallback
    return Answer(story, (), near(parsed, index))


def _best_first(
    parsed: Parsed, text: str, index, covering: set[int], final: dict[int, float], base: dict[int, float]
) -> list[int]:
    """The covering items in the order to cite them."""
    scores = {n: final.get(n, base.get(n, 0.0)) for n in covering}  # an editor's ask may name items the rules pass by
    order = unknown_first(parsed, index, story_day_first(ranked(scores, base), scores, index), base, text)
    if order and parsed.name_of and _asks_who_holds(text) and order[0] in index.in_section.get("quotes", ()):
        # "who is the judge in the case": the judge's words cover it, but who the judge is their entry says, or an
        # item naming them with the title.
        holder = _holder(order[0], parsed.name_of, index)
        order = order if holder is None else [holder] + [n for n in order if n != holder]
    if order and order[0] in index.open_questions:
        # The best answer is that the brief does not know: items ranked below it are no answer either.
        order = [n for n in order if n in index.open_questions]
    return order


def _asks_who_holds(text: str) -> bool:
    """Whether an ask asks who holds a post ("who is the judge"), not who said something ("who is the one saying")."""
    words = normalise(text).split()
    return words[:1] == ["who"] and SAY_WORDS.isdisjoint(words)


def _holder(n: int, kinds: tuple[str, ...], index) -> int | None:
    """The item saying who a quote's speaker is as the holder of a post: their people entry (whose name or alias holds
    the speaker's name), else an item giving their name beside the post's word ("Acme spokesman John Roe said …")."""
    speaker = set(stems_of(index.items[n][1].speaker))
    entry = next(
        (p for p in index.in_section.get("people", ()) if speaker and speaker <= index.people_names.get(p, set())), None
    )
    if entry is not None:
        return entry
    words = index.speaker_names.get(n, frozenset())
    quotes = index.in_section.get("quotes", frozenset())
    return next(
        (
            m
            for m in range(len(index.items))
            if m not in quotes
            and any(words and words <= name for kind in kinds for name in index.named_kinds[m].get(kind, ()))
        ),
        None,
    )


def _section(story: str, index, parsed: Parsed) -> Answer:
    return whole(story, index, *section_answer(parsed, index))


def find_items(brief: Brief, words: str, limit: int = 10, index: Index | None = None) -> list[tuple[str, Item]]:
    """Items that match typed words across sections (typos forgiven), best first; may be empty. ``index`` as for
    `answer_question`."""
    if index is None:
        index = build_index(brief)
    fixed_words, fixed = correct(normalise(words).split(), index)
    found = concepts(fixed_words, fixed, index)
    if not found:
        return []
    base, covering, _unknown = score_all(Parsed(concepts=found), index)
    order = sorted(covering, key=lambda n: (-base[n], n))
    return [index.items[n] for n in order[:limit]]

"""Answering a reporter's follow-up from one brief only (pure; knows nothing of Slack).

The method, chosen by measurement on tests/answers/devset.yaml (see bench/bench_answers.py):

* Text is folded to lower case, contractions are expanded and words are lightly stemmed (plural and
  verb endings, a final "e", then the first seven letters), so "pitched", "pitching" and "pitch" meet.
* A small hand-written map of newsroom vocabulary ("drug agency" → DEA, "cops" → police, "face rec" →
  facial recognition) and the brief's own people/organisation aliases turn the ask into *concepts*, each a
  set of alternative phrases. A concept matches an item when any alternative's words are all in it.
* Every item is indexed once per brief (fields weighted: text, asks, names and dates count fully; roles,
  context and basis less). A concept weighs its inverse item frequency; a concept found in NO item
  ("Nadella", "stock", "iPhone") weighs more than any known word, because it is strong evidence that
  the brief does not cover the ask.
* An item's base score is the share of the ask's weight it matches. The ask is covered when the best
  base score reaches ``COVER_THRESHOLD``; otherwise the answer cites nothing and offers the open
  questions closest to the ask.
* Intent rules (question word → preferred sections) only reorder items that already match: who → people,
  when → dated items, how many → items with figures, "what did X say" → quotes by X (speaker, role or
  organisation), yes/no → questions. Asks that are all intent ("timeline?", "what don't we know",
  "tl;dr", "acLU quotes") are answered from the section itself.
* Typos are corrected against the brief's own words with rapidfuzz before anything else.

Cost depends only on the one brief: its index is built on first use and cached by object identity.

Modules: ``words`` (normalising, stemming, word lists), ``vocabulary`` (the newsroom synonym map), ``index``
(the per-brief index and its cache), ``concepts`` (typo correction and asks → concepts), ``intent`` (intent
rules and whole-section asks), ``score`` (scoring, citations, near questions), ``tuning`` (the tunables).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answer.concepts import concepts, correct, matches
from bot.answer.index import index_for
from bot.answer.intent import Parsed, parse, section_answer
from bot.answer.score import names_speaker, near, ranked, score_all, speaker_bonus
from bot.answer.words import normalise
from bot.model import Brief, Item, Question

__all__ = ["Answer", "answer_question", "asks_something", "find_items"]

# Replies in a thread that thank or acknowledge rather than ask: the bot stays quiet on them.
ACKNOWLEDGEMENTS = frozenset(
    {"thanks", "thank you", "thx", "ty", "cheers", "ok", "okay", "k", "cool", "great", "nice", "got it", "perfect",
     "lol", "haha", "sure", "thanks bot", "ok thanks", "great thanks", "thank you bot", "will do", "noted"}
)  # fmt: skip
_LETTERS = re.compile(r"[^\W_]+")


def asks_something(text: str) -> bool:
    """False for a reply with no words, or one that only thanks or acknowledges ("thanks!", "ok 👍")."""
    words = " ".join(_LETTERS.findall(text.lower()))
    return bool(words) and words not in ACKNOWLEDGEMENTS


@dataclass(frozen=True)
class Answer:
    """What the brief says to one ask: cited items (best first), or nothing and the nearest open questions."""

    story: str
    cited: tuple[tuple[str, Item], ...]
    near_questions: tuple[Question, ...] = ()

    @property
    def covered(self) -> bool:
        return bool(self.cited)


def answer_question(brief: Brief, text: str) -> Answer:
    """Answer one follow-up from this brief only: 1–3 cited items, best first, or nothing if not covered."""
    index = index_for(brief)
    parsed = parse(text, index)
    story = brief.id
    if not parsed.concepts:
        return Answer(story, section_answer(parsed, index))
    if parsed.say and any(not matches(c, index) for c in parsed.speaker):
        # "What did Satya Nadella say": the speaker is nowhere in the brief.
        return Answer(story, (), near(parsed, index))
    matched, base, final, unknown = score_all(parsed, index)
    candidates = matched
    # Every person or organisation the ask names must be in the item: "did ibm sell to ice" is not
    # answered by an item about ICE and Microsoft.
    for concept in parsed.concepts:
        if concept.people and not concept.anchor:
            candidates &= matches(concept, index).keys()
    # Only a quote has a speaker bonus.
    if parsed.say and not any(speaker_bonus(parsed.speaker, n, index) for n in candidates & index.speakers.keys()):
        # X has no quotes: only items reporting X speaking (said, declined to comment) answer "what did X say".
        candidates = {n for n in candidates if n in index.speech and names_speaker(parsed.speaker, n, index)}
    if parsed.unknowns or parsed.timeline:
        candidates &= index.in_section.get("questions" if parsed.unknowns else "timeline", frozenset())
    covering = candidates & final.keys()  # score_all gives a final score to covering items only
    if not covering:
        fallback = section_answer(parsed, index) if not unknown and not parsed.say else ()
        return Answer(story, fallback, () if fallback else near(parsed, index))
    return Answer(story, index.cite(ranked({n: final[n] for n in covering}, base)))


def find_items(brief: Brief, words: str, limit: int = 10) -> list[tuple[str, Item]]:
    """Items that match typed words across sections (typos forgiven), best first; may be empty."""
    index = index_for(brief)
    fixed_words, fixed = correct(normalise(words).split(), index)
    found = concepts(fixed_words, fixed, index)
    if not found:
        return []
    _matched, base, covering, _unknown = score_all(Parsed(concepts=found), index)
    order = sorted(covering, key=lambda n: (-base[n], n))
    return [index.items[n] for n in order[:limit]]

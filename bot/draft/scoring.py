"""Scoring drafted quotations against labelled ones (used by bench/bench_draft.py and the tests).

A predicted quotation matches a labelled one when the quoted words are the same exact span,
compared as `briefbot check` compares quotes (curly/straight marks, dashes and runs of white
space folded) and ignoring a trailing comma. Speakers match when equal after folding case,
a leading article or "unnamed", anything in parentheses and possessive 's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bot.briefs.quotes import normalize_quote_text


def span_key(text: str) -> str:
    return normalize_quote_text(text).rstrip(",").rstrip()


def speaker_key(name: str) -> str:
    text = normalize_quote_text(name).lower()
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"^\s*(?:(?:the|a|an|unnamed|unidentified|anonymous)\s+)+", "", text)
    return re.sub(r"\s+", " ", text).strip(" .,")


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_ok: int = 0

    def add(self, other: Score) -> Score:
        return Score(
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.matched + other.matched,
            self.speaker_ok + other.speaker_ok,
        )

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 1.0


def score_quotes(predicted: list[tuple[str, str]], gold: list[tuple[str, str]]) -> tuple[Score, list[str]]:
    """(score, human-readable misses) for (quote, speaker) pairs of one article."""
    remaining: dict[str, list[str]] = {}
    for quote, speaker in gold:
        remaining.setdefault(span_key(quote), []).append(speaker)
    score = Score(gold=len(gold), predicted=len(predicted))
    misses = []
    for quote, speaker in predicted:
        speakers = remaining.get(span_key(quote))
        if not speakers:
            misses.append(f"extra: \u201c{quote[:70]}\u201d ({speaker})")
            continue
        score.matched += 1
        expected = speakers.pop(0)
        if speaker_key(expected) == speaker_key(speaker):
            score.speaker_ok += 1
        else:
            misses.append(f"speaker: \u201c{quote[:70]}\u201d is {expected!r}, drafted as {speaker!r}")
    left = Counter({k: len(v) for k, v in remaining.items() if v})
    for quote in left.elements():
        misses.append(f"missed: \u201c{quote[:70]}\u201d")
    return score, misses

"""What an editor has still to do in a brief: ``TODO`` markers left in it, and facts that copy the
story's words instead of saying them in the editor's own (a run of 12 or more words of the stored
source). `briefbot check` reports both as warnings; `check --strict` fails on them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.briefs.model import Brief
from bot.briefs.quotes import QuoteSource

COPIED_RUN = 12  # words
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def todo_paths(data, path: list | None = None) -> Iterator[tuple[list, str]]:
    """(path, text) of every string in the brief's data that still holds ``TODO``."""
    path = path or []
    if isinstance(data, dict):
        for key, value in data.items():
            yield from todo_paths(value, [*path, key])
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from todo_paths(value, [*path, index])
    elif isinstance(data, str) and "TODO" in data:
        yield path, data


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def copied_facts(brief: Brief, source: QuoteSource) -> Iterator[tuple[int, int]]:
    """(fact index, length of the longest copied run) for each fact sharing 12+ words in a row with the source."""
    words = _words(source.text)
    runs = {tuple(words[i : i + COPIED_RUN]) for i in range(len(words) - COPIED_RUN + 1)}
    for index, fact in enumerate(brief.facts):
        fact_words = _words(fact.text)
        hits = [i for i in range(len(fact_words) - COPIED_RUN + 1) if tuple(fact_words[i : i + COPIED_RUN]) in runs]
        if hits:
            yield index, COPIED_RUN + _extension(hits)


def _extension(hits: list[int]) -> int:
    """How many words the longest stretch of consecutive copied 12-word windows adds beyond the first."""
    longest = current = 0
    for previous, hit in zip(hits, hits[1:], strict=False):
        current = current + 1 if hit == previous + 1 else 0
        longest = max(longest, current)
    return longest

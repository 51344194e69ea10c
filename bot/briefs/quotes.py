"""Verbatim checking of quotations against a story's stored source text."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    }
)  # fmt: skip
_SPACE = re.compile(r"\s+")


def normalize_quote_text(text: str) -> str:
    """Fold curly quotes and dashes to plain ones and runs of white space to one space."""
    return _SPACE.sub(" ", text.translate(_FOLD)).strip()


class QuoteSource:
    """A story's stored text, folded once so every quote check is a substring test."""

    def __init__(self, name: str, text: str):
        self.name = name
        self.text = normalize_quote_text(text)

    def contains(self, quote: str) -> bool:
        return normalize_quote_text(quote) in self.text

    def closest(self, quote: str) -> str:
        """The passage of the source that best matches a quote that is not in it."""
        needle = normalize_quote_text(quote)
        found = fuzz.partial_ratio_alignment(needle, self.text)
        if found is None or found.score < 40:
            return "(nothing similar)"
        start = self.text.rfind(" ", 0, found.dest_start) + 1  # widened to whole words
        end = self.text.find(" ", found.dest_end)
        return self.text[start : end if end >= 0 else len(self.text)]

"""A paragraph of the story as `story` reads it: its text, quotation spans, the text with quotations masked, its
sentences, the mentions found in it and, for a transcript turn, the turn's label."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.draft.mentions import Mention
from bot.draft.text import QuoteSpan


@dataclass
class Paragraph:
    index: int
    text: str
    quotes: list[QuoteSpan]
    masked: str
    sentences: list[tuple[int, int]]
    mentions: list[Mention] = field(default_factory=list)
    turn_label: str | None = None
    turn_start: int = 0

    @property
    def starts(self) -> set[int]:
        return {s for s, _ in self.sentences} | {0}

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= pos < end:
                return start, end
        return self.sentences[-1] if self.sentences else (0, len(self.text))

"""One quotation in its sentence, as the readings of :mod:`bot.draft.attribution` read it, and what a reading
decides (`Verdict`)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.draft.mentions import Entity, Mention
from bot.draft.paragraphs import Paragraph
from bot.draft.speakers import Speakers, named_speaker
from bot.draft.story import Story
from bot.draft.text import QuoteSpan

Verdict = tuple[Entity | None, str, str | None]  # who speaks (None: nobody the story names), how it says so, to whom


@dataclass(frozen=True)
class QuoteInSentence:
    """One quotation as the readings of `attribute` read it: its paragraph and span, the sentence it is in, and the
    mentions that can speak."""

    par: Paragraph
    span: QuoteSpan
    story: Story
    speakers: Speakers
    s_start: int
    s_end: int
    mentions: list[Mention]
    text: str

    @property
    def masked(self) -> str:
        return self.par.masked

    def named(self, mention: Mention) -> Entity:
        """Whom a mention stands for as the speaker of this quotation."""
        return named_speaker(mention, self.par.index, self.speakers, self.story)

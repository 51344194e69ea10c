"""One pass over the cleaned story: quotation spans, sentences, transcript turns and the cast."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.draft.clean import Article
from bot.draft.names import Cast, Entity, Mention
from bot.draft.text import QuoteSpan, find_quotes, fold_double_apostrophes, mask_quotes, sentence_spans

TURN_LABEL = re.compile(
    r"^(?P<label>Q|A|[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}"
    r"|[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,2})"
    r"(?: \([^)]{1,60}\))?:\s+(?P<text>\S.*)$"
)

DATELINE = re.compile(
    r"^[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+)*"
    r"(?:(?:,|\s\()[^\u2014\u2013\n]{0,90}?(?=\s(?:--|-|\u2014|\u2013)\s)"
    r"|(?=\s(?:--|-|\u2014|\u2013)\s))"
)


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


class Story:
    """The article's paragraphs, analysed once and shared by the quote, fact and people passes."""

    def __init__(self, article: Article):
        self.article = article
        turns = _turn_candidates(article.paragraphs)
        self.paragraphs: list[Paragraph] = []
        for i, text in enumerate(article.paragraphs):
            if i in turns:
                label, start = turns[i]
                blank = " " * len(text)
                par = Paragraph(i, text, [], blank, [(start, len(text))], turn_label=label, turn_start=start)
            else:
                marked = fold_double_apostrophes(text)
                quotes = find_quotes(marked)
                masked = mask_quotes(marked, quotes)
                dateline = DATELINE.match(masked) if not self.paragraphs else None
                if dateline:
                    masked = " " * dateline.end() + masked[dateline.end() :]
                par = Paragraph(i, text, quotes, masked, sentence_spans(marked, quotes))
            self.paragraphs.append(par)
        self.cast = Cast()
        for par in self.paragraphs:
            self.cast.learn(par.masked, par.starts)
        for par in self.paragraphs:
            par.mentions = self.cast.scan(par.text, par.masked, par.starts)

    def turn_speaker(self, label: str) -> Entity | str:
        found = self.cast.lookup(label) or self.cast.lookup(label.title())
        if found is None:
            for entity in self.cast.entities:
                if entity.kind == "person" and label.lower() in entity.name.lower().split():
                    return entity
        return found or label.title()


def _turn_candidates(paragraphs: list[str]) -> dict[int, tuple[str, int]]:
    """Transcript turns ('DOE: …'), when at least three paragraphs by two or more labels have them."""
    found = {}
    for i, text in enumerate(paragraphs):
        m = TURN_LABEL.match(text)
        if m and len(m["label"]) <= 40:
            found[i] = (m["label"], m.start("text"))
    labels = [label for label, _ in found.values()]
    repeated = {label for label in labels if labels.count(label) >= 2}
    if len(found) < 3 or len(repeated) < 2:
        return {}
    return {i: v for i, v in found.items() if v[0] in repeated}

"""PolNeAR's annotation files (brat standoff: one ``.ann`` per article and annotator) → each attribution's content
spans, source and cue, a source the annotation cuts inside a word widened to the whole word."""

from __future__ import annotations

Spot = tuple[int, str]  # where a span starts in the text, and its words


def _spans(field: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (piece.split() for piece in field.split(";"))]


def read_attributions(ann: str) -> list[tuple[list[tuple[int, int]], Spot | None, Spot | None]]:
    """(content spans, source or None, cue or None) for each attribution."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, where = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(where), parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    out = []
    for event in events:
        content = spans.get(event.get("Content", ""))
        if content is None:
            continue
        more = spans.get(event.get("Content2", ""))  # the words' second piece, a cue between ('"…," she said. "…"')
        content = (content[0], content[1] + (more[1] if more else []), content[2])
        source = spans.get(event.get("Source", ""))
        cue = spans.get(event.get("Cue", ""))
        out.append(
            (content[1], (source[1][0][0], source[2]) if source else None, (cue[1][0][0], cue[2]) if cue else None)
        )
    return out


def whole_word(text: str, source: tuple[int, str] | None) -> tuple[int, str] | None:
    """A source span the annotation starts or ends inside a word ("T[he cable]", "[Sho]ok") taken from the
    word's start to its end."""
    if source is None:
        return None
    at, words = source
    if text[at : at + len(words)] != words:
        return source
    start, end = at, at + len(words)
    while start > 0 and text[start - 1].isalpha() and text[start].isalpha():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalpha() and text[end].isalpha():
        end += 1
    return (start, text[start:end]) if (start, end) != (at, at + len(words)) else source

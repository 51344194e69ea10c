"""PolNeAR (real news with labelled attributions) → the direct quotations and their speakers.

The corpus lives outside the repository: ``../shared/polnear`` or ``POLNEAR_DIR`` (a folder with
``metadata.tsv`` and ``train/`` and ``dev/``, each with ``text/`` and ``attributions/``).

A direct quotation is an attribution whose content span holds text inside double quotation
marks (straight, curly, or two apostrophes as in ''this'', which some archived articles use).
The gold quotations are the quoted passages themselves: double marks are paired within each
paragraph of the text (a mark left open runs to the paragraph's end, as a quotation that
continues into the next paragraph does), and a passage counts when most of its words lie
inside a content span. Its speaker is the attribution's source, with a pronoun or a
description ("he", "the senator", "the company") resolved to the nearest named source
annotated before it.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "polnear"
MARKS = '"\u201c\u201d'
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "him", "them", "us", "who"}
DETERMINERS = ("the ", "his ", "her ", "its ", "their ", "this ", "that ", "our ")
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "the", "president", "senator", "former"}
PARTY_HEADS = {"republican", "democrat", "independent", "libertarian"}
TITLE_WORDS = {"gov": "governor", "sen": "senator", "rep": "congressman", "representative": "congressman"}
NOT_NAMES = {"the", "a", "an", "democratic", "republican", "democrat", "democrats", "republicans", "gop", "former"}


@dataclass(frozen=True)
class GoldQuote:
    text: str  # the quoted words, between the marks
    start: int  # offset of the first quoted character in the article text
    source: str  # the annotated source as written ("" when the attribution has none)
    speaker: str  # the source, resolved to a named one when it is a pronoun or description


@dataclass(frozen=True)
class Article:
    name: str
    split: str
    publisher: str
    date: str
    text: str
    quotes: list[GoldQuote]


def polnear_dir() -> Path | None:
    """The corpus folder, or None when it is not on this machine."""
    path = Path(os.environ.get("POLNEAR_DIR") or DEFAULT_DIR)
    return path if (path / "metadata.tsv").is_file() else None


def read_split(root: Path, split: str) -> list[Article]:
    with (root / "metadata.tsv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t") if row["compartment"] == split]
    articles = []
    for row in rows:
        text_path = root / split / "text" / f"{row['filename']}.txt"
        annotations = sorted((root / split / "attributions").glob(f"{row['filename']}_*.ann"))
        if not text_path.is_file() or not annotations:
            continue
        text = text_path.read_text(encoding="utf-8")
        quotes = gold_quotes(text, annotations[0].read_text(encoding="utf-8"))
        articles.append(Article(row["filename"], split, row["publisher"], row["publication_date"], text, quotes))
    return articles


def double_apostrophes(text: str) -> str:
    """Two apostrophes written for a double quotation mark (''like this'', as some archives print
    quotations) become one straight mark and a space, keeping every offset."""
    return re.sub(r"''(?!')", lambda m: ' "' if text[m.end() : m.end() + 1].strip() else '" ', text)


def quoted_passages(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words between paired double marks, paragraph by paragraph."""
    passages = []
    text = double_apostrophes(text)
    for par in re.finditer(r"[^\n]+", text):
        open_at = None
        for m in re.finditer(f"[{MARKS}]", par.group()):
            i, mark = par.start() + m.start(), m.group()
            if open_at is None and mark != "\u201d":
                open_at = i
            elif open_at is not None and mark != "\u201c":
                passages.append((open_at + 1, i))
                open_at = None
            elif mark == "\u201c":
                open_at = i
        if open_at is not None and par.end() - open_at > 2:
            passages.append((open_at + 1, par.end()))
    return [(s, e) for s, e in passages if re.search(r"\w", text[s:e])]


def _spans(field: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (piece.split() for piece in field.split(";"))]


def _attributions(ann: str) -> list[tuple[list[tuple[int, int]], tuple[int, str] | None]]:
    """(content spans, (source offset, source text) or None) for each attribution."""
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
        source = spans.get(event.get("Source", ""))
        out.append((content[1], (source[1][0][0], source[2]) if source else None))
    return out


def is_named(source: str) -> bool:
    """A source that names someone: a capitalised word that is not the sentence's first or a pronoun."""
    words = re.findall(r"[A-Za-z][\w.'\u2019-]*", source)
    return any(w[0].isupper() and w.lower() not in PRONOUNS and w.lower() not in NOT_NAMES for w in words)


def _head(source: str) -> str:
    """The head word of a description: its last word before "of", "for", "who", a comma or a bracket
    ("the former secretary of State" → "secretary", "the New Jersey governor" → "governor")."""
    phrase = re.split(r"\s+(?:of|for|at|from|with|in|on|who|whose|which|that)\s+|[,(]", source.strip())[0]
    words = phrase.split()
    return words[-1] if words else ""


def needs_resolving(source: str) -> bool:
    """A pronoun, or a description: a determiner and a common noun as head, even with names before it
    ("the senator", "the company", "the New Jersey governor", "the Wisconsin Republican")."""
    low = source.lower().strip()
    if low in PRONOUNS:
        return True
    head = _head(source)
    return low.startswith(DETERMINERS) and (not is_named(source) or head.islower() or head.lower() in PARTY_HEADS)


def gold_quotes(text: str, ann: str) -> list[GoldQuote]:
    attributions = _attributions(ann)
    all_sources = sorted({source for _, source in attributions if source})
    named_sources = [(at, src) for at, src in all_sources if is_named(src)]
    quotes = []
    for start, end in quoted_passages(text):
        words = re.findall(r"\w+", text[start:end])
        best = None
        for contents, source in attributions:
            inside = sum(len(re.findall(r"\w+", text[max(a, start) : min(b, end)])) for a, b in contents)
            if inside * 2 > len(words) and (best is None or inside > best[0]):
                best = (inside, source)
        if best is None:
            continue
        source = best[1][1] if best[1] else ""
        speaker = source
        if needs_resolving(source):
            speaker = _resolve(source, best[1][0], all_sources, named_sources)
        quotes.append(GoldQuote(text[start:end].strip(), start, source, speaker))
    return quotes


def _resolve(source: str, at: int, sources: list[tuple[int, str]], named: list[tuple[int, str]]) -> str:
    """A description resolves to the nearest earlier named source whose words or title have its head
    ("the governor" to "Gov. Jane Doe"), else to the nearest earlier source with that head ("the
    source" to "a source close to X"), else, like a pronoun, to the nearest earlier named source."""
    head = _head(source).lower()
    if source.lower() not in PRONOUNS:
        same = [src for a, src in named if a < at and head.replace("woman", "man") in _title_words(src)]
        same = same or [
            src for a, src in sources if a < at and head in src.lower().split() and not needs_resolving(src)
        ]
        if same:
            return same[-1]
    before = [src for a, src in named if a < at]
    return before[-1] if before else source


def _title_words(source: str) -> set[str]:
    """The words of a source with abbreviated titles spelt out ("Gov." → "governor")."""
    words = re.findall(r"[a-z][a-z-]*", source.lower())
    return {TITLE_WORDS.get(w, w).replace("woman", "man") for w in words}


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z0-9][\w\u2019'-]*", text.replace("\u2019s", "").replace("'s", ""))]


def speaker_matches(drafted: str, gold: GoldQuote) -> bool:
    """The drafted speaker names the gold one: the last word of its name ("Jr." aside; for an unnamed
    source, its head noun) is a word of the resolved source, or the drafted name holds every capitalised
    word of the source but titles ("Mr. Lou" and "Lou Jiwei"). No source wants "Unattributed"."""
    if not gold.speaker or drafted.startswith("Unattributed"):
        return not gold.speaker and drafted.startswith("Unattributed")
    words = [w for w in _words(re.sub(r"\([^)]*\)", " ", drafted)) if w.rstrip(".") not in SUFFIXES]
    gold_words = set(_words(gold.speaker))
    if words and {words[-1], words[-1] + "s", words[-1].removesuffix("s")} & gold_words:
        return True
    # "Mr. Lou" names "Lou Jiwei": every capitalised word of the source, titles aside, is in the drafted name.
    gold_names = {w.lower() for w in re.findall(r"[A-Z][\w\u2019'-]*", gold.speaker)} - TITLES
    return bool(gold_names) and gold_names <= set(words)

"""Made-up news articles with every quotation labelled (tests/madeup/) → the same articles and gold quotations as
bench/polnear.py reads, so bench_draft scores them the same way.

The articles were written by people who had never seen the drafter, as realistic political news with invented names,
each part built around attribution layouts that unseen news uses (relatives sharing a surname, spoken exchanges,
documents and organisations, partisan house styles). `tuning/` may be read while changing the drafter, and CI
guards it; `heldout/` is read as totals only — an article whose misses anyone has read moves to `tuning/`.

``labels.tsv`` has one line per quotation: article, the quoted words, the speaker, how the article attributes them.
The speaker is a full name or a body's name; ``unnamed: DESCRIPTION`` for someone the article never names;
``unattributed`` when it does not say whose the words are.
"""

from __future__ import annotations

from pathlib import Path

from bench.polnear import Article, GoldQuote

MADEUP = Path(__file__).resolve().parent.parent / "tests" / "madeup"
SPLITS = ("tuning", "heldout")
DATE = "2016-10-01"  # the articles are set in an election year; none depends on the day


class LabelError(ValueError):
    """A labels line that does not fit its article."""


def read_madeup(split: str, folder: Path = MADEUP) -> list[Article]:
    """The split's articles, each with its labelled quotations in the order they stand in the text."""
    labels = folder / split / "labels.tsv"
    quotes: dict[str, list[GoldQuote]] = {}
    searched_from: dict[tuple[str, str], int] = {}
    texts: dict[str, str] = {}
    for number, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, words, speaker, *_ = line.split("\t") + ["", ""]
        if name not in texts:
            texts[name] = (folder / split / f"{name}.txt").read_text(encoding="utf-8")
        text = texts[name]
        start = text.find(words, searched_from.get((name, words), 0))
        if not words or start < 0:
            raise LabelError(f"{labels}:{number}: the quoted words are not in {name}.txt")
        searched_from[(name, words)] = start + 1
        source = _source(speaker)
        quotes.setdefault(name, []).append(GoldQuote(words, start, source, source))
    return [
        Article(name, split, name.split("-")[0], DATE, texts[name], sorted(found, key=lambda q: q.start))
        for name, found in sorted(quotes.items())
    ]


def _source(speaker: str) -> str:
    """The label as the measure reads a source: no one's for unattributed words, the description for someone
    unnamed."""
    label = speaker.strip()
    if label.lower() == "unattributed":
        return ""
    return label.split(":", 1)[1].strip() if label.lower().startswith("unnamed:") else label

"""`make bench-draft`: how well `briefbot draft` finds quotations and their speakers.

Reads tests/articles/labels.yaml, drafts every labelled article and prints, per article and
for the tune and holdout parts separately, quote precision and recall (exact span of the
quoted words) and speaker accuracy (over the quotations found). Then times drafting a
~5,000-word article made by joining the tune articles.

    .venv/bin/python bench/bench_draft.py [--verbose] [--check]

--verbose lists every miss; --check exits 1 when the holdout part misses the bar
(precision 95%, recall 93%, speaker accuracy 90%) or the 5,000-word draft takes 1 s or more.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from bot.draft import draft_brief  # noqa: E402
from bot.draft.clean import clean_article  # noqa: E402
from bot.draft.scoring import Score, score_quotes  # noqa: E402

ARTICLES = ROOT / "tests" / "articles"
BAR = {"precision": 0.95, "recall": 0.93, "speaker_accuracy": 0.90}
FIXED_DAY = "2024-06-01"


def load_labels() -> dict:
    return yaml.safe_load((ARTICLES / "labels.yaml").read_text(encoding="utf-8"))["articles"]


def draft_quotes(name: str, date: str | None = None) -> list[tuple[str, str]]:
    draft = draft_brief((ARTICLES / name).read_text(encoding="utf-8"), date=date)
    return [(q.text, q.speaker_name) for q in draft.quotes]


def long_article(words: int = 5000) -> str:
    """A ~5,000-word story: the tune articles' bodies joined under one headline."""
    labels = load_labels()
    bodies = []
    for name, info in labels.items():
        if info["split"] == "tune" and name.endswith(".txt") and name != "seed.txt":
            article = clean_article((ARTICLES / name).read_text(encoding="utf-8"))
            bodies.append("\n\n".join(article.paragraphs))
    out, count, i = [], 0, 0
    while count < words:
        out.append(bodies[i % len(bodies)])
        count += len(bodies[i % len(bodies)].split())
        i += 1
    return "The Weekly Compendium\n\nA long collection of stories for timing the drafter\n\n" + "\n\n".join(out)


def time_long_article(runs: int = 5) -> tuple[int, float]:
    text = long_article()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        draft_brief(text, date=FIXED_DAY)
        times.append(time.perf_counter() - start)
    return len(text.split()), statistics.median(times)


def _row(label: str, s: Score) -> str:
    return (
        f"{label:<30} {s.gold:>5} {s.predicted:>5} {s.matched:>5} "
        f"{s.precision:>9.1%} {s.recall:>7.1%} {s.speaker_accuracy:>8.1%}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--check", action="store_true", help="exit 1 if the holdout bar or the timing is missed")
    args = parser.parse_args(argv)
    labels = load_labels()
    totals = {"tune": Score(), "holdout": Score()}
    header = f"{'article':<30} {'gold':>5} {'found':>5} {'match':>5} {'precision':>9} {'recall':>7} {'speaker':>8}"
    for split in ("tune", "holdout"):
        print(f"\n== {split} ==")
        print(header)
        for name, info in labels.items():
            if info["split"] != split:
                continue
            gold = [(q["quote"], q["speaker"]) for q in info["quotes"]]
            score, misses = score_quotes(draft_quotes(name, info.get("date")), gold)
            totals[split] = totals[split].add(score)
            print(_row(name, score))
            if args.verbose:
                for miss in misses:
                    print(f"    {miss}")
        print(_row(f"TOTAL {split}", totals[split]))
    overall = totals["tune"].add(totals["holdout"])
    print()
    print(header)
    print(_row("OVERALL", overall))
    words, seconds = time_long_article()
    print(f"\ntiming: drafting a {words:,}-word article takes {seconds * 1000:.0f} ms (median of 5)")
    held = totals["holdout"]
    ok = (
        held.precision >= BAR["precision"]
        and held.recall >= BAR["recall"]
        and held.speaker_accuracy >= BAR["speaker_accuracy"]
        and seconds < 1.0
    )
    print(
        f"bar (holdout: precision >= 95%, recall >= 93%, speaker >= 90%; 5,000 words < 1 s): "
        f"{'met' if ok else 'NOT met'}"
    )
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())

"""Answer quality and speed on the dev set: `python bench/bench_answers.py [--split tune|holdout] [--repeat N]`.

Rule: an answerable ask is correct when the FIRST cited item is in its `expect` list; an out-of-brief ask
(expect: []) is correct when nothing is cited. Figures are printed for tune and holdout separately.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answer import answer_question  # noqa: E402
from bot.library import load_library  # noqa: E402

DEVSET = ROOT / "tests" / "answers" / "devset.yaml"


@dataclass
class Figures:
    answerable: int = 0
    answerable_ok: int = 0
    outside: int = 0
    outside_ok: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def answerable_rate(self) -> float:
        return self.answerable_ok / self.answerable if self.answerable else 1.0

    @property
    def outside_rate(self) -> float:
        return self.outside_ok / self.outside if self.outside else 1.0


def load_devset(path: Path = DEVSET) -> tuple[str, list[dict]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data["story"], data["questions"]


def evaluate(brief, entries: list[dict]) -> dict[str, Figures]:
    """Figures per split, under the first-cited-item rule."""
    out: dict[str, Figures] = {}
    for entry in entries:
        figures = out.setdefault(entry["split"], Figures())
        answer = answer_question(brief, entry["ask"])
        cited = [item.id for _, item in answer.cited]
        expect = entry["expect"]
        if expect:
            figures.answerable += 1
            ok = bool(cited) and cited[0] in expect
            figures.answerable_ok += ok
        else:
            figures.outside += 1
            ok = not cited
            figures.outside_ok += ok
        if not ok:
            near = [q.id for q in answer.near_questions]
            figures.failures.append(f"{entry['ask']!r}: cited {cited or '[]'} near {near}; expect {expect or '[]'}")
    return out


def timing(brief, asks: list[str], repeat: int) -> tuple[float, float, float]:
    """(first-answer cost including the index build, mean, p99) in milliseconds."""
    fresh = msgspec.structs.replace(brief)  # a new identity, so its index is built on first use
    start = time.perf_counter()
    answer_question(fresh, asks[0])
    first = (time.perf_counter() - start) * 1000
    samples = []
    for _ in range(repeat):
        for ask in asks:
            start = time.perf_counter()
            answer_question(brief, ask)
            samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return first, statistics.fmean(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["tune", "holdout"], help="only this split")
    parser.add_argument("--repeat", type=int, default=20, help="timing passes over the dev set")
    args = parser.parse_args(argv)
    story, entries = load_devset()
    library = load_library(ROOT / "briefs")
    brief = library.get(story)
    if brief is None:
        print(f"brief {story!r} not found", file=sys.stderr)
        return 2
    if args.split:
        entries = [e for e in entries if e["split"] == args.split]
    results = evaluate(brief, entries)
    for split in ("tune", "holdout"):
        figures = results.get(split)
        if figures is None:
            continue
        print(
            f"{split:8} answerable {figures.answerable_ok}/{figures.answerable} = {figures.answerable_rate:.1%}   "
            f"out-of-brief {figures.outside_ok}/{figures.outside} = {figures.outside_rate:.1%}"
        )
        for failure in figures.failures:
            print(f"    FAIL {failure}")
    first, mean, p99 = timing(brief, [e["ask"] for e in entries], args.repeat)
    print(f"time per answer: mean {mean:.3f} ms, p99 {p99:.3f} ms (first answer incl. index build {first:.2f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

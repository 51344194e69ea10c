"""A blind check of the answer figures: every follow-up of a split with the engine's citations, for readers who see
only the brief, the question (and the one before it) and the cited ids, never the ids the question writer expected.

    .venv/bin/python bench/answer_sample.py --split heldout --write DIR    # DIR/part-1.txt … and DIR/sealed.tsv
    .venv/bin/python bench/answer_sample.py --tally DIR                    # once readers wrote DIR/judged-N.tsv

A reader of part-N.txt writes judged-N.tsv: a header `qid covered bot_right` (tab-separated), then per question
whether some item of the brief answers it and whether the engine's reply is right (its first citation answers it,
or it declines one the brief does not answer), each yes, no or unsure. --tally prints counts only, beside the
scored verdicts sealed in sealed.tsv, so whoever tunes never reads a held-out question or its verdict.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.tsv import tsv_rows  # noqa: E402
from bot.answer.index import build_index  # noqa: E402
from tests.storysets import SPLITS, brief_path, cited_ids, load_story_sets, scored_right  # noqa: E402


def write(split: str, out: Path, parts: int = 2) -> int:
    """The split's follow-ups in `parts` files, whole stories dealt in turn, and the sealed verdicts; how many."""
    texts: list[list[str]] = [[] for _ in range(parts)]
    sealed = ["qid\tstory\tanswerable\tscored_right"]
    qid = 0
    for n, story in enumerate(load_story_sets(split)):
        index = build_index(story.brief)
        lines = texts[n % parts]
        lines.append(f"\n=== STORY {story.brief.id}: brief file {brief_path(split, story.brief.id)}")
        for ask in story.asks:
            qid += 1
            cited = cited_ids(story.brief, ask, index)
            sealed.append(f"Q{qid}\t{story.brief.id}\t{int(bool(ask.expect))}\t{int(scored_right(ask, cited))}")
            before = f"  (a follow-up; the question before it in the thread: {ask.after!r})\n" if ask.after else ""
            reply = "cites, first to last: " + ", ".join(cited) if cited else "declines: the brief does not cover it"
            lines.append(f"Q{qid}: {ask.ask}\n{before}  the engine {reply}")
    out.mkdir(parents=True, exist_ok=True)
    for k, lines in enumerate(texts, 1):
        (out / f"part-{k}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "sealed.tsv").write_text("\n".join(sealed) + "\n", encoding="utf-8")
    return qid


def tally(folder: Path) -> Counter:
    """(answerable or not, scored right or not, the reader's bot_right) → how many, over every judged question."""
    sealed = {row["qid"]: row for row in tsv_rows(folder / "sealed.tsv")}
    counts: Counter = Counter()
    for judged in sorted(folder.glob("judged-*.tsv")):
        for row in tsv_rows(judged):
            scored = sealed[row["qid"].strip()]
            kind = "answerable" if scored["answerable"] == "1" else "not covered"
            counts[kind, scored["scored_right"] == "1", row["bot_right"].strip()] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="heldout")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, metavar="DIR", help="write the readers' parts and the sealed verdicts")
    group.add_argument("--tally", type=Path, metavar="DIR", help="count the readers' verdicts beside the sealed ones")
    args = parser.parse_args(argv)
    if args.write:
        print(f"{write(args.split, args.write)} follow-ups written to {args.write}")
        return 0
    print(f"{'':12} {'scored':>7} {'reader: right':>14} {'wrong':>6} {'unsure':>7}")
    counts = tally(args.tally)
    for kind in ("answerable", "not covered"):
        for scored in (True, False):
            cells = [counts[kind, scored, verdict] for verdict in ("yes", "no", "unsure")]
            print(f"{kind:12} {'right' if scored else 'wrong':>7} {cells[0]:14} {cells[1]:6} {cells[2]:7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Draw a random sample of train gold quotations whose source the ruler resolves, for judging by hand.

Prints, for each, the passage (the quotation's paragraph and the two before, the annotated source
marked [[like this]]), the source as annotated and the speaker the ruler resolves it to — never the
drafter's speaker, so the ruler is judged blind to it.

    .venv/bin/python bench/ruler_sample.py --seed 1 --n 100 [--exclude-seed 0 ...]

With --blind ANSWERS, the sample is of every train quotation the drafter finds, and each passage shows the
quotation marked ⟦like this⟧ with neither source nor speaker: a reader writes who said it before opening
ANSWERS, a table of the ruler's and the drafter's speakers and whether the measure credits the drafter, so both
are judged against someone who saw neither.

    .venv/bin/python bench/ruler_sample.py --seed 20261203 --n 100 --blind /tmp/answers.tsv

--split dev draws the blind sample from dev instead, for a reader to check the reported figure on text no rule was
written against; whoever tunes should read only the reader's totals from it, never its passages. Readers write
their verdicts as tab-separated tables with a header `id label ruler_agrees drafter_agrees` (yes, no or
ambiguous), and --tally sets them beside ANSWERS, counts only:

    .venv/bin/python bench/ruler_sample.py --tally /tmp/answers.tsv /tmp/judged-1.tsv /tmp/judged-2.tsv

Each --exclude-seed leaves out what that seed drew, alone and as it was drawn after the seeds listed
before it (seed 2 was drawn with --exclude-seed 1, seed 3 with 1 and 2, seed 5 with 1 to 3, seed 6
with 1, 2, 3 and 5), so a new sample shares no quotation with any earlier one.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.polnear import polnear_dir, read_split  # noqa: E402
from bench.source_reading import needs_resolving  # noqa: E402
from bench.speaker_match import speaker_matches  # noqa: E402
from bench.tsv import tsv_rows  # noqa: E402
from bot.draft import draft_brief  # noqa: E402
from bot.draft.clean import repair_text  # noqa: E402
from bot.draft.scoring import span_key  # noqa: E402


def resolved_quotes(root: Path) -> list[tuple[str, int, int, str, str, str]]:
    """(article, source offset, quote offset, text, source, speaker) of each train quotation with a resolved source."""
    return [
        (article.name, q.source_at, q.start, article.text, q.source, q.speaker)
        for article in read_split(root, "train")
        for q in article.quotes
        if q.source and needs_resolving(q.source)
    ]


def found_quotes(root: Path, split: str) -> list[tuple[str, int, str, str, str, str, bool]]:
    """(article, quote offset, text, quoted words, ruler's speaker, drafter's speaker, whether the measure credits
    the drafter) of each quotation of the split the drafter finds, matched by their quoted words as
    bench/bench_draft.py matches them."""
    found = []
    for article in read_split(root, split):
        drafted: dict[str, str] = {}
        for quote in draft_brief(article.text, date=article.date).quotes:
            drafted.setdefault(span_key(quote.text), quote.speaker_name)
        for q in article.quotes:
            speaker = drafted.get(span_key(repair_text(q.text)))
            if speaker is not None:
                credited = speaker_matches(speaker, replace(q, speaker=repair_text(q.speaker)))
                found.append((article.name, q.start, article.text, q.text, q.speaker, speaker, credited))
    return found


def marked(text: str, quote_at: int, words: str, before: int = 3) -> str:
    """The quotation's paragraph and those before it, the quoted words marked ⟦like this⟧ and nothing else shown."""
    end = quote_at + len(words)
    return passage(text[:quote_at] + "\u27e6" + text[quote_at:end] + "\u27e7" + text[end:], quote_at, -1, "", before)


def sample(items: list, seed: int, n: int) -> list:
    return random.Random(seed).sample(items, min(n, len(items)))


def drawn(keys: list, seeds: list[int], n: int) -> set:
    """Every key the seeds drew, each alone, after the ones listed before it left out as this tool leaves
    them out, or as earlier versions did (only each seed's own draw from all keys)."""
    out: set = set()
    for k, seed in enumerate(seeds):
        alone = {key for s in seeds[:k] for key in sample(keys, s, n)}
        pools = (keys, [key for key in keys if key not in alone], [key for key in keys if key not in out])
        out |= {key for pool in pools for key in sample(pool, seed, n)}
    return out


def passage(text: str, quote_at: int, source_at: int, source: str, before: int = 2) -> str:
    pars = [m.span() for m in re.finditer(r"[^\n]+", text)]
    k = next(i for i, (a, b) in enumerate(pars) if a <= quote_at < b)
    lo = pars[max(0, k - before)][0]
    lo = min(lo, next((a for a, b in pars if a <= source_at < b), lo)) if source_at >= 0 else lo
    hi = pars[k][1]
    if 0 <= source_at and lo <= source_at < hi:
        text = text[:source_at] + "[[" + source + "]]" + text[source_at + len(source) :]
        hi += 4
    return text[lo:hi]


def tally(answers: Path, judged: list[Path]) -> Counter:
    """Over the judged quotations: how many the measure credits the drafter with, and the readers' verdicts on the
    drafter and on the ruler, each alone and beside the measure's credit."""
    credited = {row["id"]: row["credited"] == "yes" for row in tsv_rows(answers)}
    counts: Counter = Counter()
    for row in (row for path in judged for row in tsv_rows(path)):
        credit, drafter, ruler = credited[row["id"].strip()], row["drafter_agrees"].strip(), row["ruler_agrees"].strip()
        counts["judged"] += 1
        counts["measure credits the drafter"] += credit
        counts[f"reader: drafter {drafter}"] += 1
        counts[f"reader: ruler {ruler}"] += 1
        counts["credited, reader says no"] += credit and drafter == "no"
        counts["not credited, reader says yes"] += not credit and drafter == "yes"
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--exclude-seed", type=int, action="append", default=[])
    parser.add_argument("--blind", type=Path, metavar="ANSWERS", help="blind passages; speakers written to ANSWERS")
    parser.add_argument(
        "--split", choices=("train", "dev"), default="train", help="with --blind: the split to draw from"
    )
    parser.add_argument("--tally", type=Path, nargs="+", metavar="ANSWERS JUDGED", help="count readers' verdicts")
    args = parser.parse_args()
    if args.tally:
        for name, count in sorted(tally(args.tally[0], args.tally[1:]).items()):
            print(f"{name:36} {count:5}")
        return
    if args.split != "train" and not args.blind:
        parser.error("--split dev goes with --blind only")
    root = polnear_dir()
    if root is None:
        sys.exit("PolNeAR not found: set POLNEAR_DIR")
    if args.blind:
        rows = ["id\tarticle\truler\tdrafter\tcredited"]
        for n, (name, at, text, words, ruler, drafter, credited) in enumerate(
            sample(found_quotes(root, args.split), args.seed, args.n), 1
        ):
            print(f"\n#{n} {name}\n{marked(text, at, words)}")
            rows.append(f"{n}\t{name}\t{ruler}\t{drafter}\t{'yes' if credited else 'no'}")
        args.blind.write_text("\n".join(rows) + "\n")
        return
    items = resolved_quotes(root)
    print(f"{len(items)} train quotations with a source to resolve")
    keys = [(name, at) for name, _, at, *_ in items]
    excluded = drawn(keys, args.exclude_seed, args.n)
    pool = [item for item, k in zip(items, keys, strict=True) if k not in excluded]
    for n, (name, source_at, at, text, source, speaker) in enumerate(sample(pool, args.seed, args.n), 1):
        print(f"\n#{n} {name} @{at}\n{passage(text, at, source_at, source)}\n  SOURCE {source!r} -> RULER {speaker!r}")


if __name__ == "__main__":
    main()

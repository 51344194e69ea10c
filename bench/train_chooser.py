"""Fit the speaker chooser (bot/draft/chooser.py) on the PolNeAR train split, and say whether it helps.

Every train article is drafted by the rules; each quotation found is matched to its gold one as
`make bench-draft` matches them, and each of its candidate speakers is labelled by whether the bench
would count it right. A conditional logistic regression (a softmax over each quotation's candidates,
pure Python, plain SGD with L2) is fitted to put a right candidate first.

Fair evaluation: the articles are split into --folds folds; each fold is scored by a model fitted on
the others, and the rules' speakers-right count is compared with the model's on the same quotations.
With --write the model fitted on all of train is written to bot/draft/chooser_weights.tsv.

    .venv/bin/python bench/train_chooser.py [--folds 5] [--epochs 12] [--l2 1e-4] [--write]

Only the train split is read (dev stays held out). Tests never need this script or the corpus.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.polnear import polnear_dir, read_split, speaker_matches  # noqa: E402
from bot.draft.chooser import WEIGHTS, gather_candidates, score  # noqa: E402
from bot.draft.clean import clean_article  # noqa: E402
from bot.draft.quotes import UNATTRIBUTED, extract_quotes  # noqa: E402
from bot.draft.scoring import span_key  # noqa: E402
from bot.draft.story import Story  # noqa: E402
from bot.quotes import QuoteSource  # noqa: E402

OUT = ROOT / "bot" / "draft" / WEIGHTS
Row = tuple[dict[str, float], bool]  # a candidate's features, and whether the bench counts it right


class Quotation:
    """One found and matched quotation: its candidates, and whether the rules got it right."""

    def __init__(self, article: int, how: str, rule_ok: bool, rows: list[Row], names: list[str], line: str):
        self.article, self.how, self.rule_ok, self.rows = article, how, rule_ok, rows
        self.names, self.line = names, line  # each candidate's name; the quotation as the bench lists it


def collect(root: Path) -> list[Quotation]:
    out: list[Quotation] = []
    for index, article in enumerate(read_split(root, "train")):
        cleaned = clean_article(article.text)
        story = Story(cleaned)
        checker = QuoteSource("source.txt", cleaned.source_text())
        quotes = [q for q in extract_quotes(story) if checker.contains(q.text)]
        remaining = defaultdict(list)
        for gold in article.quotes:
            remaining[span_key(gold.text)].append(gold)
        for quote, candidates in zip(quotes, gather_candidates(story, quotes), strict=True):
            golds = remaining.get(span_key(quote.text))
            if not golds:
                continue
            gold = golds.pop(0)
            rule_ok = speaker_matches(quote.speaker_name, gold)
            rows = [
                (dict(c.features), speaker_matches(c.entity.speaker if c.entity else UNATTRIBUTED, gold))
                for c in candidates
            ]
            names = [c.entity.speaker if c.entity else UNATTRIBUTED for c in candidates]
            line = (
                f"{article.name[:40]:<40} \u201c{quote.text[:60]}\u201d is {gold.speaker!r} (source {gold.source!r}), "
                f"drafted {quote.speaker_name!r} [{quote.how}]"
            )
            out.append(Quotation(index, quote.how, rule_ok, rows, names, line))
    return out


def fit(quotations: list[Quotation], epochs: int, l2: float, rate: float, seed: int) -> dict[str, float]:
    """SGD on the softmax over each quotation's candidates, the target spread over its right ones."""
    weights: dict[str, float] = defaultdict(float)
    usable = [q for q in quotations if any(ok for _, ok in q.rows) and not all(ok for _, ok in q.rows)]
    order = list(range(len(usable)))
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch)
        for i in order:
            rows = usable[i].rows
            scores = [score(f, weights) for f, _ in rows]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            right = sum(e for e, (_, ok) in zip(exps, rows, strict=True) if ok)
            for (features, ok), e in zip(rows, exps, strict=True):
                # d(-log P(right))/d score = p(candidate) - p(candidate | right)
                grad = e / total - (e / right if ok else 0.0)
                for name, value in features.items():
                    weights[name] -= step * (grad * value + l2 * weights[name])
    return dict(weights)


def pick(quotation: Quotation, weights: dict[str, float]) -> int | None:
    """The index of the candidate the model puts first (None when the rules' choice is kept)."""
    if not quotation.rows:
        return None
    return max(
        range(len(quotation.rows)),
        key=lambda i: (score(quotation.rows[i][0], weights), quotation.rows[i][0].get("rule", 0.0)),
    )


def picks_right(quotation: Quotation, weights: dict[str, float]) -> bool:
    best = pick(quotation, weights)
    return quotation.rule_ok if best is None else quotation.rows[best][1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--changes", type=int, default=0, help="list up to N out-of-fold changes of speaker")
    parser.add_argument("--write", action="store_true", help=f"write the model fitted on all of train to {OUT}")
    args = parser.parse_args(argv)
    root = polnear_dir()
    if root is None:
        print("PolNeAR not found (../shared/polnear, or set POLNEAR_DIR).")
        return 1
    quotations = collect(root)
    articles = sorted({q.article for q in quotations})
    random.Random(args.seed).shuffle(articles)
    fold_of = {article: i % args.folds for i, article in enumerate(articles)}
    rules = sum(q.rule_ok for q in quotations)
    reachable = sum(any(ok for _, ok in q.rows) or (not q.rows and q.rule_ok) for q in quotations)
    print(f"{len(quotations):,} quotations found and matched in {len(articles)} train articles")
    print(f"rules right: {rules:,} ({rules / len(quotations):.1%}); a right candidate among them: {reachable:,}")
    model, per_how, changes = 0, defaultdict(lambda: [0, 0, 0]), []
    for fold in range(args.folds):
        train = [q for q in quotations if fold_of[q.article] != fold]
        test = [q for q in quotations if fold_of[q.article] == fold]
        weights = fit(train, args.epochs, args.l2, args.rate, args.seed)
        fold_rules = sum(q.rule_ok for q in test)
        fold_model = sum(picks_right(q, weights) for q in test)
        model += fold_model
        for q in test:
            tally = per_how[q.how]
            tally[0] += 1
            tally[1] += q.rule_ok
            tally[2] += picks_right(q, weights)
            best = pick(q, weights)
            if best is not None and not q.rows[best][0].get("rule"):
                verdict = {(True, False): "gain", (False, True): "loss", (True, True): "both right"}.get(
                    (q.rows[best][1], q.rule_ok), "both wrong"
                )
                changes.append(f"{verdict:<10} {q.line} \u2192 {q.names[best]!r}")
        print(f"fold {fold}: {len(test):,} quotations, rules {fold_rules:,}, model {fold_model:,}")
    print(
        f"out of fold: rules {rules:,} ({rules / len(quotations):.2%}), model {model:,} ({model / len(quotations):.2%})"
    )
    print("per rule (quotations, rules right, model right), where they differ:")
    for how, (n, r, m) in sorted(per_how.items(), key=lambda item: -item[1][0]):
        if r != m:
            print(f"  {how:<55} {n:>5} {r:>5} {m:>5} ({m - r:+d})")
    kinds = {kind: sum(c.startswith(kind) for c in changes) for kind in ("gain", "loss", "both right", "both wrong")}
    print(f"out-of-fold changes of speaker: {len(changes)} ({kinds})")
    for line in random.Random(args.seed).sample(changes, min(args.changes, len(changes))):
        print("  " + line)
    if args.write:
        weights = fit(quotations, args.epochs, args.l2, args.rate, args.seed)
        lines = [
            "# Speaker chooser weights, fitted by bench/train_chooser.py on the PolNeAR train split "
            f"({len(quotations):,} quotations, --epochs {args.epochs} --l2 {args.l2} --rate {args.rate} "
            f"--seed {args.seed}).",
            "# Generated: do not edit by hand.",
            "# feature\tweight",
        ]
        lines += [f"{name}\t{value:.6g}" for name, value in sorted(weights.items()) if abs(value) >= 1e-6]
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({len(lines) - 3} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Experiment: a learned decision layer over the answer engine, judged leaving whole stories out.

    python bench/learned_layer.py [--cache PATH]

Hypothesis: hand rules fit the tuning stories they were read off; a low-capacity model fitted across many stories
may carry better to a story it never saw. For every tuning ask, the engine's candidate items (what it cites, and
the best items by base score) are described by what the engine already computes (base and final score, rank, whether
the item covers the ask and gives what it wants, whether the engine cites it, the share of the ask the brief never
mentions, section) and a few lexical measures (idf-weighted share of the ask's stems in the item's own text, with its
editor's asks, in all its fields; whether every capitalised word and number of the ask is in it). A logistic
regression (numpy, L2, Newton steps) gives each candidate the probability that citing it first answers the ask.
Two layers use it:

* the model alone cites its most probable candidate, or nothing under a threshold;
* the model over the engine keeps the engine's answer unless another candidate is more probable than the engine's
  first citation by a margin, declines when that citation's probability is under a threshold, and answers an ask
  the engine declines when its best candidate reaches another.

Whole sections, the brief's own details and asks of no words of their own are left to the engine. Judged leave one
story out over the tuning stories (the model, and the settings from a small grid, fitted on the other 29: the model
on the three ask conditions, the settings on those and leave-out) under four conditions: the briefs' own asks, a
second editor's asks (`other-asks/`), no asks, and leave-out as `bench_answers.py --leave-out` counts it (each
answerable ask put to its brief without its answering items; declined is right). The engine alone under the same
conditions is the baseline. Halves: stories sorted by id, even positions are half A. Prints, per layer, a table of
answered and declined per condition and half, engine beside layer. Tuning stories only; about a minute on one core.

Result when written (issue-16f): neither layer beats the engine. Fitted on other stories, the grid keeps the
engine's answer almost everywhere (no margin or threshold that switches or answers gains on the training stories),
and the model alone loses answers and declines under every condition: the quantities the engine computes do not
tell a right citation from a wrong one, nor a covered ask from an uncovered one, better than its rules do.
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import msgspec
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answer import answer_question  # noqa: E402
from bot.answer.followup import read_with_previous  # noqa: E402
from bot.answer.index import Index, build_index  # noqa: E402
from bot.answer.intent import parse  # noqa: E402
from bot.answer.score import score_all  # noqa: E402
from bot.answer.tuning import COVER_THRESHOLD  # noqa: E402
from bot.answer.wants import focused, owned  # noqa: E402
from bot.answer.words import stems_of  # noqa: E402
from bot.briefs.model import SECTIONS, Brief  # noqa: E402
from tests.storysets import Ask, load_story_sets, other_asks, with_asks, without_asks  # noqa: E402

CONDITIONS = ("own asks", "other asks", "no asks", "leave-out")
TOP_BY_BASE = 8  # candidates: what the engine cites and this many more, best base score first
SECTION_NAMES = ("facts", "quotes", "questions", "timeline", "people")
_CAPITAL_OR_NUMBER = re.compile(r"(?<!^)(?<![.?!] )\b(?:[A-Z][\w'-]*|\d[\d,.]*)")


@dataclass
class Case:
    """One ask put to one brief: the candidates' features, which are right, and what the engine did."""

    story: int
    condition: str
    answerable: bool
    engine_right: bool  # by the story-set rule (declining counts for uncovered and leave-out asks)
    passthrough: bool  # an answer the layer leaves alone: a whole section, the brief's own details, no concepts
    features: np.ndarray  # candidates x features
    right: np.ndarray  # candidates: citing it first answers the ask
    allowed: np.ndarray  # candidates: citing it first is allowed for an uncovered ask (an open question it names)


def _idf(stem: str, index: Index) -> float:
    held = len(index.postings.get(stem, ()))
    total = len(index.items)
    return math.log(1 + (total - held + 0.5) / (held + 0.5))


def _share(stems: list[str], weights: list[float], held: set[str]) -> float:
    total = sum(weights) or 1.0
    return sum(w for s, w in zip(stems, weights, strict=True) if s in held) / total


def _features(brief: Brief, index: Index, ask: Ask) -> tuple[list[int], np.ndarray, bool, list[int], bool]:
    """(candidate item numbers, their features, passthrough, the engine's citations as item numbers, whether it
    answered with a whole section)."""
    answer = answer_question(brief, ask.ask, ask.after, index=index)
    numbers = {id(item): n for n, (_section, item) in enumerate(index.items)}
    cited = [numbers.get(id(item), -1) for _section, item in answer.cited]
    text = read_with_previous(ask.ask, ask.after, index) if ask.after else ask.ask
    parsed = parse(text, index)
    if answer.section or -1 in cited or not parsed.concepts:
        return [], np.zeros((0, len(FEATURES))), True, cited, bool(answer.section)
    base, final, unknown = score_all(parsed, index)
    gives = focused(parsed, text, index, owned(text, parsed, index, set(base)))
    by_base = sorted(base, key=lambda n: (-base[n], n))
    candidates = list(dict.fromkeys(cited + by_base[:TOP_BY_BASE]))
    best = base[by_base[0]] if by_base else 0.0
    stems = list(dict.fromkeys(stems_of(text)))
    weights = [_idf(s, index) for s in stems]
    capitals = set(stems_of(" ".join(_CAPITAL_OR_NUMBER.findall(ask.ask))))
    rows = []
    for n in candidates:
        section = index.items[n][0]
        own = index.primary.get(n, set())
        asked = own.union(*index.ask_stems.get(n, [set()]))
        fields = {s for s in stems if n in index.postings.get(s, ())}
        rank = by_base.index(n) if n in base else len(by_base)
        row = [
            base.get(n, 0.0),
            base.get(n, 0.0) - best,
            float(n in final),
            final.get(n, 0.0) - base.get(n, 0.0) if n in final else 0.0,
            float(base.get(n, 0.0) >= COVER_THRESHOLD),
            1.0 / (1 + rank),
            float(bool(cited) and cited[0] == n),
            float(n in cited),
            float(not cited),
            float(n in gives),
            unknown,
            _share(stems, weights, own),
            _share(stems, weights, asked),
            _share(stems, weights, fields),
            float(bool(capitals)),
            float(capitals <= fields) if capitals else 1.0,
            float(n in index.open_questions),
            math.log(1 + len(parsed.concepts)),
            *(float(section == name) for name in SECTION_NAMES),
        ]
        rows.append(row)
    return candidates, np.array(rows, dtype=float).reshape(len(rows), len(FEATURES)), False, cited, False


FEATURES = (
    "base",
    "base below best",
    "covers",
    "intent bonus",
    "base at threshold",
    "1/(1+base rank)",
    "engine cites first",
    "engine cites",
    "engine declines",
    "gives what is wanted",
    "unknown share",
    "idf share, own text",
    "idf share, text and asks",
    "idf share, all fields",
    "ask has capitals/numbers",
    "all capitals/numbers held",
    "open question",
    "log concepts",
    *(f"section {name}" for name in SECTION_NAMES),
)


def _case(story: int, condition: str, brief: Brief, ask: Ask, declining: bool, index: Index | None = None) -> Case:
    """One ask under one condition, with the brief's index (built here when not given: leave-out's one-ask briefs)."""
    index = index or build_index(brief)
    candidates, features, passthrough, cited, section = _features(brief, index, ask)
    ids = [index.items[n][1].id for n in candidates]
    cited_ids = [index.items[n][1].id if n >= 0 else "source" for n in cited]
    if declining:  # uncovered, or leave-out: nothing cited but open questions
        opened = set(ask.open) if condition != "leave-out" else _open_ids(brief)
        engine_right = all(c in opened for c in cited_ids) or (condition == "leave-out" and section)
        right = np.zeros(len(ids), dtype=bool)
        allowed = np.array([i in opened for i in ids], dtype=bool)
    else:
        engine_right = bool(cited_ids) and cited_ids[0] in ask.expect
        right = np.array([i in ask.expect for i in ids], dtype=bool)
        allowed = right
    return Case(story, condition, not declining, engine_right, passthrough, features, right, allowed)


def _open_ids(brief: Brief) -> set[str]:
    return {item.id for item in brief.items("questions") if getattr(item, "status", "") == "open"}


def collect() -> list[Case]:
    cases: list[Case] = []
    for story, found in enumerate(load_story_sets("tuning")):
        second = other_asks("tuning", found.brief.id)
        briefs = [("own asks", found.brief)]
        if second is not None:
            briefs += [("other asks", with_asks(found.brief, second)), ("no asks", without_asks(found.brief))]
        for condition, brief in briefs:
            index = build_index(brief)
            for ask in found.asks:
                cases.append(_case(story, condition, brief, ask, not ask.expect, index))
        for ask in found.asks:
            if not ask.expect or ask.after or "source" in ask.expect:
                continue
            gone = set(ask.expect)
            kept = {s: [i for i in found.brief.items(s) if i.id not in gone] for s in SECTIONS}
            cases.append(_case(story, "leave-out", msgspec.structs.replace(found.brief, **kept), ask, True))
        print(f"collected {found.brief.id}", file=sys.stderr)
    return cases


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 30) -> np.ndarray:
    """Logistic regression weights (bias last) by Newton steps on the L2-penalised log loss."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = l2 * np.eye(xb.shape[1])
    penalty[-1, -1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xb @ w)))
        gradient = xb.T @ (p - y) + penalty @ w
        hessian = (xb * (p * (1 - p))[:, None]).T @ xb + penalty
        w -= np.linalg.solve(hessian, gradient)
    return w


@dataclass(frozen=True)
class Model:
    """Fitted weights and the standardisation of the features they were fitted on."""

    w: np.ndarray
    mean: np.ndarray
    std: np.ndarray

    def probabilities(self, case: Case) -> np.ndarray:
        x = (case.features - self.mean) / self.std
        return 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ self.w)))


def fit_model(cases: list[Case]) -> Model:
    x = np.vstack([c.features for c in cases])
    y = np.concatenate([c.right for c in cases]).astype(float)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    return Model(fit((x - mean) / std, y), mean, std)


# A layer's settings: (switch margin, answer threshold, decline threshold). The model alone cites its most probable
# candidate unless under the answer threshold. Over the engine it keeps the engine's first citation unless another
# candidate is more probable by the margin, declines that citation when its probability is under the decline
# threshold, and answers an ask the engine declines with its best candidate at the answer threshold.
Settings = tuple[float, float, float]
ALONE_GRID: list[Settings] = [(0.0, t, 0.0) for t in np.linspace(0.0, 0.9, 91)]
OVER_GRID: list[Settings] = [
    (m, a, d)
    for m in (0.0, 0.1, 0.2, 0.3, 0.5, 2.0)
    for a in (0.3, 0.5, 0.7, 0.9, 2.0)
    for d in (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)
]
_ENGINE_FIRST = FEATURES.index("engine cites first")


def _outcomes(case: Case, p: np.ndarray) -> tuple[float, ...]:
    """What any settings need to score a case: (left alone, the engine's outcome, engine cites, best probability,
    the engine's first citation's probability, best differs from it, best right, declining right)."""
    if case.passthrough or not len(p):
        return (1.0, case.engine_right, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    best = int(np.argmax(p))
    engine = np.flatnonzero(case.features[:, _ENGINE_FIRST] > 0)
    kept = int(engine[0]) if len(engine) else best
    best_right = case.right[best] if case.answerable else case.allowed[best]
    return (0.0, case.engine_right, float(len(engine) > 0), p[best], p[kept], float(best != kept), best_right,
            float(not case.answerable))  # fmt: skip


def _right(outcomes: np.ndarray, settings: Settings, alone: bool) -> np.ndarray:
    """Per case (a row of `_outcomes`), whether the layer with these settings gets it right by the story-set rule."""
    passed, engine_right, cites, best, kept, differs, best_right, decline_right = outcomes.T
    margin, answer_at, decline_below = settings
    answer = np.where(best >= answer_at, best_right, decline_right)
    if not alone:
        switched = (differs > 0) & (best - kept > margin)
        over = np.where(switched, best_right, np.where(kept >= decline_below, engine_right, decline_right))
        answer = np.where(cites > 0, over, answer)
    return np.where(passed > 0, engine_right, answer).astype(bool)


def loso(cases: list[Case], alone: bool) -> dict[tuple[str, int], list[int]]:
    """Each story scored by a layer fitted on the others (its settings the grid's best there, on every condition):
    (condition, half) → [engine answered, layer answered, answerable, engine declined, layer declined, uncovered]."""
    table: dict[tuple[str, int], list[int]] = {}
    grid = ALONE_GRID if alone else OVER_GRID
    for held in sorted({c.story for c in cases}):
        train = [c for c in cases if c.story != held and not c.passthrough]
        model = fit_model([c for c in train if c.condition != "leave-out"])
        scored = np.array([_outcomes(c, model.probabilities(c)) for c in train])
        settings = max(grid, key=lambda s: (int(_right(scored, s, alone).sum()), s))
        tested = [c for c in cases if c.story == held]
        rights = _right(np.array([_outcomes(c, model.probabilities(c)) for c in tested]), settings, alone)
        for case, right in zip(tested, rights, strict=True):
            row = table.setdefault((case.condition, held % 2), [0] * 6)
            at = 0 if case.answerable else 3
            row[at] += case.engine_right
            row[at + 1] += right
            row[at + 2] += 1
        print(f"fold {held}: settings {tuple(round(float(v), 2) for v in settings)}", file=sys.stderr)
    return table


def table_lines(table: dict[tuple[str, int], list[int]]) -> Iterator[str]:
    yield "| condition | half | engine answered | layer answered | engine declined | layer declined |"
    yield "|---|---|---|---|---|---|"
    for condition in CONDITIONS:
        for half in (0, 1):
            row = table.get((condition, half))
            if row is None:
                continue
            a, la, n, d, ld, m = row
            answered = (f"{a}/{n}", f"{la}/{n}") if n else ("–", "–")
            yield f"| {condition} | {'AB'[half]} | {answered[0]} | {answered[1]} | {d}/{m} | {ld}/{m} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the collected cases in this file (pickle) and reuse them")
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        cases = pickle.loads(args.cache.read_bytes())
    else:
        cases = collect()
        if args.cache:
            args.cache.write_bytes(pickle.dumps(cases))
    for alone, name in ((True, "the model alone"), (False, "the model over the engine")):
        print(f"== {name}, leave one story out")
        for line in table_lines(loso(cases, alone)):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

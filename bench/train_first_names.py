"""Count the first-name table the drafter ships (bot/draft/first_names.tsv) from the PolNeAR train split.

For every train article the drafter analyses the story with no table and settles each named person's
sex from the article alone (Mr./Ms./Mrs., gendered role words such as "spokeswoman", the story's own
"he" and "she"). Each person counts once per article for their first name; a name is kept when it has
at least --min-votes bearers and at least --majority of them are one sex.

    .venv/bin/python bench/train_first_names.py [--min-votes 2] [--majority 0.9]

Only the train split is read (dev stays held out). Tests never need this script or the corpus.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.polnear import polnear_dir  # noqa: E402
from bot.draft.clean import clean_article  # noqa: E402
from bot.draft.first_names import TABLE, first_name  # noqa: E402
from bot.draft.story import Story  # noqa: E402

OUT = ROOT / "bot" / "draft" / TABLE


def train_texts(root: Path) -> list[str]:
    with (root / "metadata.tsv").open(encoding="utf-8") as handle:
        names = [row["filename"] for row in csv.DictReader(handle, delimiter="\t") if row["compartment"] == "train"]
    paths = [root / "train" / "text" / f"{name}.txt" for name in names]
    return [path.read_text(encoding="utf-8") for path in paths if path.is_file()]


def count_votes(texts: list[str]) -> dict[str, Counter]:
    """First name → how many people bearing it each article settled as "m" and as "f"."""
    votes: dict[str, Counter] = {}
    for text in texts:
        article = clean_article(text)
        if not article.paragraphs:
            continue
        story = Story(article, first_names={})
        for entity in story.cast.entities:
            given = first_name(entity.name)
            if entity.kind == "person" and not entity.anon and entity.gender in ("m", "f") and given:
                votes.setdefault(given, Counter())[entity.gender] += 1
    return votes


def table_rows(votes: dict[str, Counter], min_votes: int, majority: float) -> list[str]:
    rows = []
    for name in sorted(votes):
        male, female = votes[name]["m"], votes[name]["f"]
        total = male + female
        if total >= min_votes and max(male, female) >= majority * total:
            rows.append(f"{name}\t{'m' if male > female else 'f'}\t{male}\t{female}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-votes", type=int, default=2)
    parser.add_argument("--majority", type=float, default=0.9)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    root = polnear_dir()
    if root is None:
        print("PolNeAR not found (../shared/polnear or POLNEAR_DIR): the table needs its train split.")
        return 1
    texts = train_texts(root)
    rows = table_rows(count_votes(texts), args.min_votes, args.majority)
    header = (
        f"# First names and their bearers' usual sex, counted by bench/train_first_names.py from the drafter's\n"
        f"# in-article evidence over {len(texts)} PolNeAR train articles (--min-votes {args.min_votes}"
        f" --majority {args.majority}).\n# first name\tgender\tmale votes\tfemale votes\n"
    )
    args.out.write_text(header + "".join(row + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} first names written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

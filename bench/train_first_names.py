"""Build the first-name table the bot ships (bot/first_names.tsv) from the PolNeAR train split
and the US Census 1990 first-name lists.

For every train article the drafter analyses the story with no table and settles each named person's
sex from the article alone (Mr./Ms./Mrs., gendered role words such as "spokeswoman", the story's own
"he" and "she"). Each person counts once per article for their first name; a name with at least
--min-votes bearers is listed when at least --majority of them are one sex, and left out otherwise.

A name train says too little about is listed from the census lists (``dist.male.first`` and
``dist.female.first``, public-domain data shipped by the MIT-licensed ``names`` package): when its share
of the whole population is at least --census-min percent and at least --census-share of its bearers
there are one sex (--census-share 0 leaves the census out). A name with fewer than --census-over train
bearers is left out when the census, common enough, gives it mostly to the other sex (two women in train for
a name the census gives three men to a woman), since a couple of bearers settle a usual sex less than a census.
A name train splits (short of --majority, or a tie) is listed from the census when the census settles it and
train's larger side is not the other sex: the drafter's own evidence is noisy ("David": 16 men, 2 women).

    .venv/bin/python bench/train_first_names.py [--min-votes 2] [--majority 0.9] [--census-share 0.9]

Only the train split is read (dev stays held out). Tests never need this script or the corpus.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.polnear import polnear_dir  # noqa: E402
from bench.tsv import tsv_rows  # noqa: E402
from bot.draft.clean import clean_article  # noqa: E402
from bot.draft.story import Story  # noqa: E402
from bot.first_names import TABLE, first_name  # noqa: E402

OUT = ROOT / "bot" / TABLE


def train_texts(root: Path) -> list[str]:
    names = [row["filename"] for row in tsv_rows(root / "metadata.tsv") if row["compartment"] == "train"]
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


def census_shares() -> dict[str, tuple[float, float]]:
    """First name → its percentage of US men and of US women (Census 1990, as the ``names`` package ships it)."""
    lists = resources.files("names")
    shares: dict[str, list[float]] = {}
    for column, filename in enumerate(("dist.male.first", "dist.female.first")):
        for line in lists.joinpath(filename).read_text(encoding="utf-8").splitlines():
            name, percent, *_ = line.split()
            shares.setdefault(name.title(), [0.0, 0.0])[column] = float(percent)
    return {name: (male, female) for name, (male, female) in shares.items()}


def table_rows(
    votes: dict[str, Counter],
    census: dict[str, tuple[float, float]],
    limits: argparse.Namespace,
) -> list[str]:
    """A row for each first name train settles (enough votes, one sex in --majority of them) or, where train
    says too little or is split but leans the census's way, the census does (common enough, one sex in
    --census-share of its bearers)."""
    rows = []
    for name in sorted(set(votes) | set(census)):
        counts = votes.get(name, Counter())
        male, female = counts["m"], counts["f"]
        men, women = census.get(name, (0.0, 0.0))
        census_settles = (
            limits.census_share > 0
            and max(men, women) >= limits.census_min
            and max(men, women) >= limits.census_share * (men + women)
        )
        if male + female >= limits.min_votes:
            settled = max(male, female) >= limits.majority * (male + female)
            larger = male > female
            if male + female < limits.census_over and max(men, women) >= limits.census_min:
                settled = settled and (men > women) == larger  # a few train bearers against the census
            if not settled and census_settles and (male == female or (men > women) == larger):
                settled, larger = True, men > women  # train split (16 men, 2 women), the census clear and with it
        else:
            settled, larger = census_settles, men > women
        if settled:
            rows.append(f"{name}\t{'m' if larger else 'f'}\t{male}\t{female}\t{men:.3f}\t{women:.3f}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-votes", type=int, default=2)
    parser.add_argument("--majority", type=float, default=0.9)
    parser.add_argument("--census-share", type=float, default=0.9)
    parser.add_argument("--census-min", type=float, default=0.01, help="percent of one sex's bearers")
    parser.add_argument(
        "--census-over", type=int, default=5, help="fewer train votes than this yield to a census that disagrees"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    root = polnear_dir()
    if root is None:
        print("PolNeAR not found (../shared/polnear or POLNEAR_DIR): the table needs its train split.")
        return 1
    texts = train_texts(root)
    rows = table_rows(count_votes(texts), census_shares(), args)
    header = (
        f"# First names and their bearers' usual sex, counted by bench/train_first_names.py from the drafter's\n"
        f"# in-article evidence over {len(texts)} PolNeAR train articles (--min-votes {args.min_votes}"
        f" --majority {args.majority} --census-over {args.census_over})\n"
        f"# and, where train says too little, from the US Census 1990 first-name"
        f" lists (--census-share {args.census_share} --census-min {args.census_min}).\n"
        f"# first name\tgender\tmale votes\tfemale votes\tcensus % of men\tcensus % of women\n"
    )
    args.out.write_text(header + "".join(row + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} first names written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

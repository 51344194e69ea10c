"""First names and the sex their bearers usually have, for people whose article never says.

The table (``first_names.tsv``, shipped in the package) was built by ``bench/train_first_names.py``
from the drafter's own in-article evidence over the PolNeAR train split: a first name is listed when
enough of its bearers were settled as one sex by a title, a gendered role word or the story's pronouns;
a name train says too little about is listed when the US Census 1990 first-name lists give it mostly
to one sex.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

TABLE = "first_names.tsv"
FIRST_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


@functools.lru_cache(maxsize=1)
def first_name_genders() -> Mapping[str, str]:
    """The shipped table as a read-only map: first name → "m" or "f"."""
    text = resources.files("bot").joinpath(TABLE).read_text(encoding="utf-8")
    return MappingProxyType(parse_table(text))


def parse_table(text: str) -> dict[str, str]:
    """Rows of ``name<TAB>m|f<TAB>…`` (the rest is the evidence, unread); lines starting with # are comments."""
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, gender, *_ = line.split("\t")
            table[name] = gender
    return table


def first_name(full_name: str) -> str | None:
    """The given name of a full name ("Jane Doe" → "Jane"), or None for a one-word name or an initial."""
    words = full_name.split()
    return words[0] if len(words) > 1 and FIRST_NAME.fullmatch(words[0]) else None


def usual_sex(full_name: str, table: Mapping[str, str]) -> str | None:
    """The sex usual for the bearers of a full name's given name, if the table lists it ("Jane Doe" → "f")."""
    given = first_name(full_name)
    return table.get(given) if given else None

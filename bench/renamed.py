"""PolNeAR articles with their people's given names swapped for invented ones: how much the drafter leans on knowing
a name (bench_draft's --invented-names).

The drafter learns a given name's usual sex from its shipped table (bot/first_names.tsv, built from train and the
1990 census) and reads "Jane Doe" as a person partly because it knows "Jane". A newsroom's stories name many people
the table has never seen. Here every given name the table lists, written before a capitalised word ("Jane Doe",
"Jane Q. Doe"), is swapped in the text and in the gold quotations for an invented name that no table, census list
or English word holds, the same one throughout an article; the article's forms and annotations stay as they were.
The fall from train's own figure is what unknown names cost.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from functools import cache

from wordfreq import zipf_frequency

from bench.polnear import Article
from bench.train_first_names import census_shares
from bot.first_names import first_name_genders

# A listed given name before a capitalised word, not inside a handle or a longer word ("@JaneDoe", "McJane").
GIVEN_BEFORE_NAME = re.compile(r"(?<![@\w])(?P<given>[A-Z][a-z]+)(?=\s+(?:[A-Z]\.\s+)?[A-Z][a-z])")
_STARTS = ("Ta", "Mi", "Ke", "Do", "Sa", "Ri", "Vo", "Lu", "Ne", "Za", "Ba", "Fe", "Go", "Ha", "Jo", "Pe")
_ENDS = ("lvor", "senne", "dric", "mane", "lio", "vana", "rek", "tani", "bash", "rine", "ndo", "shel")


@cache
def invented_names() -> tuple[str, ...]:
    """Two-syllable names that neither the drafter's table, the census lists nor English knows."""
    known = set(first_name_genders()) | set(census_shares())
    made = (start + end for start in _STARTS for end in _ENDS)
    return tuple(name for name in made if name not in known and zipf_frequency(name.lower(), "en") == 0)


def with_invented_names(article: Article) -> Article:
    """The article with each listed given name written before a surname swapped for an invented one, two given names
    never for the same one. The gold quotations' offsets still point into the original text: bench_draft matches
    quotations by their words, not by where they stand."""
    table, pool = first_name_genders(), invented_names()
    swaps: dict[str, str] = {}
    for m in GIVEN_BEFORE_NAME.finditer(article.text):
        given = m["given"]
        if given in table and given not in swaps:
            digest = hashlib.sha1(f"{article.name}/{given}".encode()).digest()
            at = int.from_bytes(digest[:4], "big")
            while pool[at % len(pool)] in swaps.values():
                at += 1
            swaps[given] = pool[at % len(pool)]

    def swap(text: str) -> str:
        return GIVEN_BEFORE_NAME.sub(lambda m: swaps.get(m["given"], m["given"]), text)

    quotes = [replace(q, text=swap(q.text), source=swap(q.source), speaker=swap(q.speaker)) for q in article.quotes]
    return replace(article, text=swap(article.text), quotes=quotes)

"""What a word or a name tells by itself, with no story around it: whether a word is a first name and the gender
it usually goes with (the list shipped in the gender-guesser package), whether words name a place (ISO 3166), the
gender a word like "spokeswoman" tells, and a name's family name. The word lists are in bench/referent_words.py."""

from __future__ import annotations

import re
from functools import cache

import ftfy
import gender_guesser.detector
import pycountry

from bench.referent_words import GENDERED, SUFFIXES


@cache
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@cache
def _repaired(word: str) -> str:
    """A word mis-decoded on its way to the page (UTF-8 read as Latin-1: "FranÃ§ois") decoded right."""
    return ftfy.fix_text(word)


def first_name_gender(word: str) -> tuple[str | None, int]:
    """("m" or "f", weight 2 for a name the list gives one gender, 1 for "mostly"), or (None, 0)."""
    word = _repaired(word)
    for country in ("usa", None):
        answer = _detector().get_gender(word, country) if country else _detector().get_gender(word)
        if answer in ("male", "female"):
            return answer[0], 2
        if answer in ("mostly_male", "mostly_female"):
            return answer[7], 1
    return None, 0


def is_first_name(word: str) -> bool:
    return _detector().get_gender(_repaired(word)) != "unknown"


@cache
def place_names() -> frozenset[str]:
    """Countries and their regions by name, lower case ("france", "arkansas", "ontario"), from ISO 3166."""
    countries = {getattr(c, "common_name", c.name) for c in pycountry.countries} | {c.name for c in pycountry.countries}
    return frozenset(n.lower() for n in countries | {s.name for s in pycountry.subdivisions})


def gender_of_word(word: str) -> str | None:
    """The gender a word for a person tells ("spokeswoman" -> "f"), if any."""
    return next((g for g, words in GENDERED.items() if word in words), None)


def bare_token(token: str) -> str:
    """A token without its possessive or a closing full stop or apostrophe ("Lee's" -> "Lee", "Lee." -> "Lee")."""
    return re.sub(r"['\u2019]s$|[.'\u2019]$", "", token)


def surname_of(name: str) -> str:
    """The last word of a name that is no suffix ("Martin Luther King Jr." -> "King")."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in SUFFIXES]
    return words[-1] if words else name

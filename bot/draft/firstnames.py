"""The gender a first name usually goes with, from gender-guesser's name list (shipped with the package).

Only names the list gives as clearly male or female count ("Hillary", "Donald"); names it calls
mostly one or the other, androgynous or unknown give None, so the story's own words decide.
"""

from __future__ import annotations

import functools
import re

from gender_guesser.detector import Detector

GENDERS = {"male": "m", "female": "f"}


@functools.cache
def _detector() -> Detector:
    return Detector(case_sensitive=False)


def first_name_gender(name: str) -> str | None:
    """The gender ("m", "f" or None) of a full name's first word ("Hillary Clinton" → "f"; "Clinton" alone → None)."""
    words = name.split()
    if len(words) < 2 or not re.fullmatch(r"[A-Z][a-z]+", words[0]):
        return None
    return GENDERS.get(_detector().get_gender(words[0]))

"""Short forms a reporter types for the brief's own phrases: initials ("awb", "dnc"), US state codes ("nv") and a
newsroom's shorthand ("wh")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Container
from functools import cache

from bot.answer.tuning import ABBREVIATION_DOMINANCE, SHORT_FORM_USES
from bot.answer.words import STOPWORDS, stem

_LINKS = frozenset({"of", "and", "for", "the", "on"})  # inside a name: "Department of Justice", "Bureau of ..."
_LONGEST = 4  # words in a phrase a short form can stand for
# Shorthand newsrooms type for bodies, offices and places a brief names in full, which the brief's own initials
# do not give ("wh" is too short to be read off them, "gop" and "potus" are no initials of what they stand for).
_NEWSROOM_SHORTHAND = {
    "wh": ("white", "house"), "gop": ("republican",), "scotus": ("supreme", "court"), "potus": ("president",),
    "nyc": ("new", "york"), "fb": ("facebook",), "natsec": ("national", "security"), "st": ("street",),
}  # fmt: skip


@cache
def _state_codes() -> dict[str, tuple[str, ...]]:
    """US state (and DC) postal codes, lower case, → the stems of the state's name (ISO 3166-2, from pycountry).

    Imported and read on the first two-letter word a brief does not know, not when the bot starts.
    """
    import pycountry

    found = {}
    for place in pycountry.subdivisions.get(country_code="US") or ():
        if place.type in ("State", "District"):
            found[place.code.split("-")[1].lower()] = _stems(tuple(place.name.lower().split()))
    return found


# US states as AP style shortens them in copy ("Fla.", "Calif."), those that are no English word ("ill", "mass" are).
_AP_STATES = {
    "ala": "alabama", "ariz": "arizona", "calif": "california", "colo": "colorado", "conn": "connecticut",
    "fla": "florida", "kan": "kansas", "mich": "michigan", "minn": "minnesota", "mont": "montana", "neb": "nebraska",
    "nev": "nevada", "okla": "oklahoma", "tenn": "tennessee", "wis": "wisconsin", "wyo": "wyoming",
}  # fmt: skip


def state_named(word: str, known: Container[str]) -> tuple[str, ...] | None:
    """The stems of the US state a two-letter word is the postal code of ("nv" → nevada), or an AP style shortening
    ("fla" → florida), if the brief (whose stems are ``known``) names that state; else None."""
    if word in _AP_STATES:
        name: tuple[str, ...] | None = _stems((_AP_STATES[word],))
    elif len(word) != 2 or word in STOPWORDS:
        return None
    else:
        name = _state_codes().get(word)
    return name if name and all(s in known for s in name) else None


def shorthand_named(word: str, known: Container[str]) -> tuple[str, ...] | None:
    """The stems of what a newsroom's shorthand stands for ("wh" → white house), if the brief (whose stems are
    ``known``) names it; else None."""
    name = _NEWSROOM_SHORTHAND.get(word)
    stems = _stems(name) if name else ()
    return stems if stems and all(s in known for s in stems) else None


def short_forms(texts: list[list[str]]) -> dict[str, tuple[str, ...]]:
    """Initials → the stems of the phrase of the brief they stand for, from the brief's texts (as word lists).

    A phrase's initials (with or without its linking words: "doj", "fbi") stand for it when the brief uses it
    SHORT_FORM_USES times or more and far more than any other phrase with those initials.
    """
    uses: Counter[tuple[str, ...]] = Counter()
    for words in texts:
        for start, first in enumerate(words):
            if first in STOPWORDS or first.isdigit():
                continue
            for size in range(2, _LONGEST + 1):
                phrase = tuple(words[start : start + size])
                last = phrase[-1]
                if len(phrase) < size or last in STOPWORDS or last.isdigit():
                    continue
                inner = phrase[1:-1]
                if all(w in _LINKS or (w not in STOPWORDS and not w.isdigit()) for w in inner):
                    uses[phrase] += 1
    # Only the initials of a phrase used often enough can stand for it; other phrases only compete for them.
    wanted = {form for phrase, count in uses.items() if count >= SHORT_FORM_USES for form in _initials(phrase)}
    by_form: dict[str, Counter[tuple[str, ...]]] = {}
    for phrase, count in uses.items():
        for form in _initials(phrase):
            if form in wanted:
                by_form.setdefault(form, Counter())[phrase] = count
    found: dict[str, tuple[str, ...]] = {}
    for form, phrases in by_form.items():
        ranked = phrases.most_common(2)
        best, count = ranked[0]
        if count >= SHORT_FORM_USES and (len(ranked) == 1 or count >= ABBREVIATION_DOMINANCE * ranked[1][1]):
            found[form] = _stems(best)
    return found


def _initials(phrase: tuple[str, ...]) -> set[str]:
    """A phrase's initials, with and without its linking words; of two letters ("ac"), not an everyday word ("it")."""
    forms = {"".join(w[0] for w in phrase), "".join(w[0] for w in phrase if w not in _LINKS)}
    return {form for form in forms if len(form) >= 3 or (len(form) == 2 and form not in STOPWORDS)}


def _stems(phrase: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(stem(w) for w in phrase if w not in STOPWORDS)

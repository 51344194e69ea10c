"""The capitalised runs of a story outside its quotations, each split into the titles and the name it holds
("Vice President Ann Lee": "vice president" and "Ann Lee"), and whether a run names a person."""

from __future__ import annotations

import re

from bench.name_words import bare_token, first_name_gender, gender_of_word, is_first_name, place_names
from bench.referent_words import (
    ABBREVIATIONS,
    CALENDAR_WORDS,
    DEPUTIES,
    FUNCTION_WORDS,
    INSTITUTION_WORDS,
    PLACE_PREFIXES,
    SPEECH_VERBS,
    SUFFIXES,
    SURNAME_PARTICLES,
    TITLES,
    TOKEN,
)


def outside(spans: list[tuple[int, int]], at: int) -> bool:
    """No span holds the offset `at`."""
    return not any(a <= at < b for a, b in spans)


def capitalised_runs(text: str, quoted: list[tuple[int, int]]):
    """Capitalised runs outside quotations, split at possessives and sentence stops:
    (start, end, title words, name words, possessive)."""
    particles = "|".join(SURNAME_PARTICLES)  # "Ana de la Quorn", "Jan van Dam": one name
    for match in re.finditer(rf"(?<![\w-]){TOKEN}(?: (?:(?:{particles}) ){{0,2}}{TOKEN})*", text):
        if not outside(quoted, match.start()):
            continue
        tokens, at = [], match.start()
        for token in match.group().split(" "):
            tokens.append((at, token))
            at += len(token) + 1
        piece: list[tuple[int, str]] = []
        for i, (at, token) in enumerate(tokens):
            piece.append((at, token))
            ends = token.endswith(("'s", "\u2019s")) or (token.endswith(".") and not _abbreviated(token))
            if i + 1 < len(tokens) and tokens[i + 1][1].lower() in FUNCTION_WORDS and len(piece) > 0:
                ends = True  # a title-case headline: "Trey Gowdy Just Fired Back After …"
            if ends or i + 1 == len(tokens):
                yield _split_titles(piece)
                piece = []


def _split_titles(piece: list[tuple[int, str]]):
    while len(piece) > 1 and (piece[0][1].lower() in FUNCTION_WORDS or _participle(piece[0][1])):
        piece = piece[1:]
    start, end = piece[0][0], piece[-1][0] + len(piece[-1][1])
    words = [token for _, token in piece]
    if words[0].lower() in FUNCTION_WORDS:
        return start, end, [], [], False
    possessive = words[-1].endswith(("'s", "\u2019s"))
    words[-1] = (
        bare_token(words[-1]) if possessive else words[-1].rstrip(".") + ("." if _abbreviated(words[-1]) else "")
    )
    is_title = [w.lower().rstrip(".") in TITLES for w in words]
    last = max((i for i, t in enumerate(is_title) if t), default=-1)
    names = words[last + 1 :]
    if last >= 0 and not [n for n in names if n.lower().rstrip(".") not in SUFFIXES]:
        last, names = -1, words  # "Martin Luther King Jr.": a name, not a title
    # a title a deputy's word qualifies is another title: "Vice President Ann Lee" is no president
    titles = [
        f"{words[k - 1].lower()} {w.lower().rstrip('.')}"
        if k and words[k - 1].lower() in DEPUTIES
        else w.lower().rstrip(".")
        for k, (w, t) in enumerate(zip(words[: last + 1], is_title, strict=False))
        if t
    ]
    if not titles and len(names) >= 3 and not is_first_name(names[0]):
        # "Political Affairs Wendy Sherman", "Hewlett-Packard CEO Carly Fiorina": the name starts at a first name
        first = next((k for k in range(1, len(names) - 1) if first_name_gender(names[k])[1] == 2), 0)
        start, names = (piece[first][0], names[first:]) if first else (start, names)
    # a place of two words or more after two words or more is no part of the name: "the Ann Lee South Carolina party"
    place = next((k for k in range(2, len(names) - 1) if " ".join(names[k:]).lower() in place_names()), None)
    if place is not None:
        last_kept = piece[len(piece) - len(names) + place - 1]
        end, names, possessive = last_kept[0] + len(last_kept[1]), names[:place], False
    return start, end, titles, names, possessive


def _participle(word: str) -> bool:
    """A sentence-opening participle ("Asserting Clinton …"), not a first name like "Alfred"."""
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}(?:ed|ing)", word)) and not is_first_name(word)


def _abbreviated(token: str) -> bool:
    """A title, an abbreviation or initials ("Sen.", "J.", "J.M."): its full stop ends no name."""
    low = token.lower().rstrip(".")
    return token.endswith(".") and (
        low in ABBREVIATIONS or len(low) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", low))
    )


def could_be_name(names: list[str]) -> bool:
    """At most four words, none an institution's or a date's, not opening like a place ("San", "New")."""
    low = [n.lower() for n in names]
    return 0 < len(names) <= 4 and not set(low) & (INSTITUTION_WORDS | CALENDAR_WORDS) and low[0] not in PLACE_PREFIXES


def is_person_run(titles: list[str], names: list[str], text: str, start: int, end: int) -> bool:
    """A title, a known first name and a family name, or a lone first name that speaks ("Bob said") or
    follows a gendered word ("his wife, Jane")."""
    if not could_be_name(names):
        return False
    if titles or (len(names) >= 2 and is_first_name(names[0])):
        return True
    following = re.match(r"\s+(\w+)", text[end : end + 20])
    said = bool(following) and following.group(1).lower() in SPEECH_VERBS  # type: ignore[union-attr]
    kin = re.search(r"\b(\w+),\s+$", text[max(0, start - 30) : start])
    kin_word = bool(kin) and gender_of_word(kin.group(1).lower()) is not None  # type: ignore[union-attr]
    return len(names) == 1 and first_name_gender(names[0])[1] == 2 and (said or kin_word)


def body_start(text: str) -> int:
    """Where the body starts when the first line is a headline written in title case ("Widow Ann Lee Defends Her
    Town"), whose capitalised runs run names and words together; 0 when it is written as a sentence is."""
    line = text.split("\n", 1)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", line) if len(w) > 3]
    capitalised = sum(w[0].isupper() for w in words)
    return len(line) if len(words) >= 3 and capitalised >= 0.8 * len(words) else 0

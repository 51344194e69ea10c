"""What a relative "which" or "that" annotated as a source stands for: the noun phrase right before it."""

from __future__ import annotations

import re

from bench.referent_words import CALENDAR_WORDS, FUNCTION_WORDS, TOKEN

RELATIVES = {"which", "that"}
OPENERS = {"the", "a", "an", "his", "her", "its", "their"}  # words a noun phrase opens on
PARTICLES = {"out", "up", "off", "down", "away", "back", "into", "onto", "through"}  # "passed out water bottles"


def relative_antecedent(text: str, lo: int, at: int) -> tuple[int, str] | None:
    """The noun phrase right before the relative at `at` in the sentence starting at `lo`, and where it starts:
    a name ("in the Harbor Times, which ran"), a description ("the Harbor Wire report, which notes", "her new
    Dale ad, which promises", "Ann Lee's remarks, which included"), or a name a description stands beside
    ("Acme, a foundation that focuses on"). None when the words before are no noun phrase ("legislation he was
    introducing which")."""
    before = re.sub(r"[\s,\u2013\u2014-]+$", "", text[lo:at])
    words = list(re.finditer(r"\S+", before))
    if not words:
        return None
    tokens = [w.group() for w in words]
    if re.fullmatch(TOKEN, tokens[-1]) and not re.search(r"['\u2019]s?$", tokens[-1]):
        k = len(tokens) - 1
        while k > 0 and re.fullmatch(TOKEN, tokens[k - 1]) and tokens[k - 1].lower() not in FUNCTION_WORDS:
            k -= 1
        if tokens[k].lower() in FUNCTION_WORDS | CALENDAR_WORDS:
            return None  # "articles published in October that": no name the relative stands for
        k -= 1 if k > 0 and tokens[k - 1].lower() == "the" else 0
        return lo + words[k].start(), " ".join(tokens[k:])
    head = tokens[-1]
    if not re.fullmatch(r"[a-z][a-z-]*", head) or head in FUNCTION_WORDS or re.search(r"(?:ing|ed)$", head):
        return None
    k = len(tokens) - 1
    while k > 0 and len(tokens) - k <= 5:
        word = tokens[k - 1]
        if word.lower() in OPENERS:
            k -= 1
            break
        if re.search(r"['\u2019]s?$", word) and re.fullmatch(TOKEN, word):  # "Ann Lee's remarks": the owner's name
            k -= 1
            while k > 0 and re.fullmatch(TOKEN, tokens[k - 1]) and tokens[k - 1].lower() not in FUNCTION_WORDS:
                k -= 1
            break
        if (
            word.lower() in FUNCTION_WORDS | PARTICLES
            or not re.fullmatch(r"[\w-]+", word)
            or re.fullmatch(r"[a-z]+ed", word)
        ):
            break  # "They passed out water bottles that": the bottles
        k -= 1
    phrase = " ".join(tokens[k:])
    named = re.search(rf"({TOKEN}(?:\s+{TOKEN})*),\s*$", before[: words[k].start()])
    if tokens[k].lower() in ("a", "an") and named and named.group(1).split()[0].lower() not in FUNCTION_WORDS:
        return lo + named.start(1), named.group(1)  # "Acme, a foundation that": Acme
    return lo + words[k].start(), phrase

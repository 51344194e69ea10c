"""Asks as typed on a phone: one slip in each ask's longest word of five letters or more (bench_answers' --typos).

The slip is drawn from the ask's own text, so every run makes the same ones: two neighbouring letters swapped, one
left out, or one replaced by its neighbour on the keyboard, never the word's first letter. A reporter types fast in a
thread; what such slips cost the answers is the fall from the asks as written.
"""

from __future__ import annotations

import hashlib
import re

# A key's neighbour on a QWERTY keyboard, one each: the slip a thumb makes.
NEIGHBOUR_KEY = dict(zip("asdfghjklqwertyuiopzxcvbnm", "sdfghjkjkwertyuiouoxcvbnmn", strict=True))
LONG_WORD = re.compile(r"[a-z]{5,}")


def with_slip(ask: str) -> str:
    """The ask with one slip in its longest word of five letters or more (the first such, if several); unchanged
    when it has none."""
    words = list(LONG_WORD.finditer(ask))
    if not words:
        return ask
    target = max(words, key=lambda m: len(m.group()))
    word = target.group()
    drawn = int.from_bytes(hashlib.sha1(ask.encode()).digest()[:4], "big")
    at = 1 + drawn % (len(word) - 2)  # never the first letter, always one after it
    kind = (drawn >> 8) % 3
    if kind == 0:
        slipped = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    elif kind == 1:
        slipped = word[:at] + word[at + 1 :]
    else:
        slipped = word[:at] + NEIGHBOUR_KEY[word[at]] + word[at + 1 :]
    return ask[: target.start()] + slipped + ask[target.end() :]

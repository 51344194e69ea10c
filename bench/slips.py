"""Asks as typed on a phone (bench_answers' --typos): one slip in each ask's longest word of five letters or more, or
the whole ask in a phone's style, or framed as a message opens and a request is put, or with an aside after it or a
lead-in before it.

The slip is drawn from the ask's own text, so every run makes the same ones: two neighbouring letters swapped, one
left out, or one replaced by its neighbour on the keyboard, never the word's first letter. The phone's style is lower
case, no apostrophes, no closing mark, and chat shorthand for common words ("abt", "w/", "&", "ppl"); not "2" or "4"
for "to" and "for", which an ask about figures could not tell from numbers. The frame is one of a few openings
("sorry,", "btw", "one more:") before any ask, or of requests ("can you tell me", "any idea", "does the brief say")
before a question word. The aside ("…, for my lede", "… (sorry if obvious)") and the lead-in ("Working on the
push alert. …") are each one of the split's own list, `tests/stories/<split>/asides.txt` and `lead-ins.txt`, written
by someone who never saw the engine; so are the ways two asks are put in one message (`joins.txt`). A reporter types
fast in a thread; what each costs the answers is the fall from the asks as written.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

# A key's neighbour on a QWERTY keyboard, one each: the slip a thumb makes.
NEIGHBOUR_KEY = dict(zip("asdfghjklqwertyuiopzxcvbnm", "sdfghjkjkwertyuiouoxcvbnmn", strict=True))
LONG_WORD = re.compile(r"[a-z]{5,}")
CHAT_SHORTHAND = {
    "you": "u", "are": "r", "about": "abt", "because": "bc", "with": "w/", "without": "w/o", "people": "ppl",
    "government": "govt", "department": "dept", "years": "yrs", "year": "yr", "and": "&", "before": "b4",
    "through": "thru", "though": "tho", "please": "pls", "number": "#",
}  # fmt: skip
_WORD = re.compile(r"[a-z]+")


def _drawn(ask: str, part: int) -> int:
    """A number drawn from the ask, the same every run: part 0 places a slip, part 1 picks a frame."""
    return int.from_bytes(hashlib.sha1(ask.encode()).digest()[4 * part : 4 * part + 4], "big")


def with_slip(ask: str) -> str:
    """The ask with one slip in its longest word of five letters or more (the first such, if several); unchanged
    when it has none."""
    words = list(LONG_WORD.finditer(ask))
    if not words:
        return ask
    target = max(words, key=lambda m: len(m.group()))
    word = target.group()
    drawn = _drawn(ask, 0)
    at = 1 + drawn % (len(word) - 2)  # never the first letter, always one after it
    kind = (drawn >> 8) % 3
    if kind == 0:
        slipped = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    elif kind == 1:
        slipped = word[:at] + word[at + 1 :]
    else:
        slipped = word[:at] + NEIGHBOUR_KEY[word[at]] + word[at + 1 :]
    return ask[: target.start()] + slipped + ask[target.end() :]


def as_phoned(ask: str) -> str:
    """The ask as a phone's user types it: lower case, apostrophes and the closing mark left out, chat shorthand."""
    typed = ask.lower().replace("'", "").replace("\u2019", "").rstrip(" ?!.")
    return _WORD.sub(lambda m: CHAT_SHORTHAND.get(m[0], m[0]), typed)


OPENINGS = ("hey, {}", "sorry, {}", "ok so {}", "bot, {}", "one more: {}", "quick q: {}", "also, {}", "btw {}")
REQUESTS = ("can you tell me {}", "do we know {}", "any idea {}", "could you remind me {}", "does the brief say {}")
_QUESTION_WORD = re.compile(r"(?:who|what|when|where|why|how|which)\b", re.IGNORECASE)


def framed(ask: str) -> str:
    """The ask after an opening, or, when it starts with a question word, inside a request; the same every run."""
    drawn = _drawn(ask, 1)
    frames = OPENINGS + REQUESTS if _QUESTION_WORD.match(ask) else OPENINGS
    return frames[drawn % len(frames)].format(ask[:1].lower() + ask[1:])


# "who is Doe" asked inside a request keeps a statement's order: "can you tell me who Doe is".
_DIRECT = re.compile(r"^(who|what|where|when|how old) (is|are|was|were) ((?:[\w.'-]+ ){0,3}[\w.'-]+)\s*\??$", re.I)
_PRONOUNS = frozenset("he she it they him her them this that".split())


def asked_indirectly(ask: str) -> str:
    """A "who/what/where/when is X" ask put inside a request in a statement's order ("do we know where the money
    is"); other asks as written, and any whose X may hold a verb's participle ("what is Doe doing", "who was shot")."""
    direct = _DIRECT.match(ask)
    said = direct[3].split() if direct else []
    if not direct or any(w.endswith(("ing", "ed")) for w in said) or (len(said) == 1 and said[0] not in _PRONOUNS):
        return ask  # not "who shot was": one word after the copula may be a verb's participle
    drawn = _drawn(ask, 1)
    return REQUESTS[drawn % len(REQUESTS)].format(f"{direct[1].lower()} {direct[3]} {direct[2]}")


def typed_list(split: str, stories: Path, name: str) -> tuple[str, ...]:
    """A split's list of asides or lead-ins (`asides`, `lead-ins`), each as typed (the comment line left out)."""
    lines = (stories / split / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line for line in lines if line.strip() and not line.startswith("#"))


def with_aside(ask: str, asides: tuple[str, ...]) -> str:
    """The ask with one of the asides after it, in place of its closing mark; the same every run."""
    return ask.rstrip(" ?!.") + asides[_drawn(ask, 2) % len(asides)]


def joined(first: str, second: str, join: str) -> str:
    """Two asks in one message as one of the split's `joins.txt` lines puts them ("{A}? also {b}?")."""
    a, b = first.rstrip(" ?!."), second.rstrip(" ?!.")
    return join.replace("\\n", "\n").format(A=a, B=b[:1].upper() + b[1:], b=b[:1].lower() + b[1:])


def with_join(first: str, second: str, joins: tuple[str, ...]) -> str:
    """Two asks in one message, put together by one of the split's joins; the same every run."""
    return joined(first, second, joins[_drawn(first + second, 4) % len(joins)])


def source_asked(after: str, asks: tuple[str, ...]) -> str:
    """One of the split's ways of asking where an answer comes from (`sourcing.txt`), to follow this ask; the same
    every run."""
    return asks[_drawn(after, 4) % len(asks)]


def with_lead_in(ask: str, lead_ins: tuple[str, ...]) -> str:
    """The ask with one of the lead-ins before it; the same every run."""
    return lead_ins[_drawn(ask, 3) % len(lead_ins)] + ask

"""Asks naming two or more people or organisations of the brief side by side ("what did Doe and Roe say", "Doe &
Roe titles?", "anything from Doe or Roe") or one after the ask of another ("what's Doe's title and Roe's"): the same
ask, put of each of them in turn."""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.answer.concepts import correct
from bot.answer.index import Index
from bot.answer.words import STOPWORDS, fix_typos, normalise, stem

# What joins the names: a word ("Doe and Roe", "Doe n Roe", "Doe or Roe", "Doe & Roe", "Doe vs Roe") or a mark ("Doe,
# Roe", "Doe + Roe", "Doe/Roe"), with "the" before an organisation's ("Doe and the NRA").
_MARKS = ",+/"
_JOINING = frozenset({"and", "n", "or", "plus", "vs", "versus", *_MARKS})
_PIECES = re.compile(rf"[^\s{re.escape(_MARKS)}]+|[{re.escape(_MARKS)}]")
# Words asking of them with each other, which no one of them alone answers ("when are Doe and Roe meeting").
_WITH_EACH_OTHER = frozenset("meet meets meeting meetings met together between among amongst jointly".split())
# A word before the names that asks of them together, and goes when each is asked of alone ("both Doe and Roe").
_TOGETHER = frozenset({"both", "either"})
# Words asking to set what each says side by side, which go too ("compare Doe and Roe reactions", "what did each say").
_SIDE_BY_SIDE = frozenset("compare comparing contrast contrasting each".split())


class EachAsked(NamedTuple):
    """An ask of several entries side by side: their numbers, and the ask put of each, in the order named."""

    entries: tuple[int, ...]
    asks: tuple[str, ...]


def asked_of_each(text: str, index: Index) -> EachAsked | None:
    """The ask put of each entry it names side by side, when it names two or more that way; None for any other ask."""
    words = [
        word for piece in _PIECES.findall(text) for word in (piece if piece in _MARKS else normalise(piece)).split()
    ]
    runs = _name_runs(words, index)
    for first, run in enumerate(runs):
        side = [run]
        for after in runs[first + 1 :]:
            gap = words[side[-1][1] : after[0]]
            joins = gap[:-1] if gap[-1:] == ["the"] else gap
            if not joins or len(joins) > 2 or not _JOINING.issuperset(joins) or after[2] in {e for *_, e in side}:
                break
            side.append(after)
        if len(side) > 1 and _WITH_EACH_OTHER.isdisjoint(correct(fix_typos(_unmarked(words).split()), index)[0]):
            start, end = side[0][0], side[-1][1]
            opening = words[: start - 1] if start and words[start - 1] in _TOGETHER else words[:start]
            before = [word for word in opening if word not in _SIDE_BY_SIDE]
            rest = [word for word in words[end:] if word not in _SIDE_BY_SIDE]
            asks = tuple(_unmarked([*before, *words[s:e], *rest]) for s, e, _entry in side)
            return EachAsked(tuple(entry for *_, entry in side), asks)
    return _with_name_after(words, runs, index)


def _with_name_after(words: list[str], runs: list[tuple[int, int, int]], index: Index) -> EachAsked | None:
    """ "what's Doe's title and Roe's", "what did Doe say, and Roe": an ask of one entry with another's name joined
    after it, put of the first as asked and of the second in the first's place; None for any other ask."""
    if len(runs) < 2 or runs[-1][1] != len(words) or words[runs[-1][0] - 1 : runs[-1][0]] not in (["and"], ["&"]):
        return None
    (start, end, one), (after, _end, other) = runs[-2], runs[-1]
    if one == other or not _WITH_EACH_OTHER.isdisjoint(correct(fix_typos(_unmarked(words).split()), index)[0]):
        return None
    asked = words[: after - 1]
    while asked and asked[-1] in _MARKS:
        asked.pop()
    instead = [*asked[:start], *words[after:], *asked[end:]]
    return EachAsked((one, other), (_unmarked(asked), _unmarked(instead)))


def _unmarked(words: list[str]) -> str:
    """The ask's words without the marks kept to find the names."""
    return " ".join(word for word in words if word not in _MARKS)


def _name_runs(words: list[str], index: Index) -> list[tuple[int, int, int]]:
    """The stretches of the ask's words naming one entry each: (first word, past the last, the entry's number)."""
    runs: list[tuple[int, int, int]] = []
    n = 0
    while n < len(words):
        naming = _entries_named(words[n], index)
        end = n + 1
        while end < len(words) and naming & (more := _entries_named(words[end], index)):
            naming &= more
            end += 1
        if len(naming) == 1:
            runs.append((n, end, next(iter(naming))))
        n = end
    return runs


def _entries_named(word: str, index: Index) -> set[int]:
    """The entries a word is a name or alias word of (not a word as common as "does" for Doe)."""
    stemmed = stem(word)
    if stemmed not in index.people_words or word in STOPWORDS:
        return set()
    return {n for n, names in index.people_names.items() if stemmed in names}

"""What one item of a brief says, as the filters of `wants` ask it: who someone is, an event only beside its own,
a figure beside the words counted, a date still to come."""

from __future__ import annotations

import itertools
import re

from bot.answer.concepts import Concept
from bot.answer.cues import figures
from bot.answer.forms import SAY_WORDS
from bot.answer.itemtext import primary_text
from bot.answer.score import before_publication
from bot.answer.spelt import MONTH_NAME, MONTHS
from bot.answer.words import IRREGULAR, STOPWORDS, normalise, stem, stems_of, words_of

_COMMA = re.compile(r",\s+")
# Where a figure's clause ends: after a word, a figure or initials run together ("… from CNN. In September"), not
# after one initial of several ("D.C. Circuit").
_CLAUSES = re.compile(r"(?<=[A-Za-z0-9]{2})[.:]\s+|;")
_ORDINALS = frozenset(
    stem(w) for w in "first second third fourth fifth sixth seventh eighth ninth tenth last final latest next".split()
)
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")
# A phrase placing something beside an item's own event, in time or place: "after the vote", "amid the layoffs".
_ASIDE = re.compile(r"\b(?:after|before|since|until|amid|alongside|following)\b[^,;.:]*")
# What marks a description given with a name: a title before it ("Sen.", "Gov."), an aside after it ("Doe, the",
# "Doe, who", "Doe, 50,", "Doe (D-Maine)").
_TITLE = re.compile(r"^[A-Z][a-z]{1,4}\.$")
_ASIDE_AFTER = re.compile(r"^\S+(?:, (?:the|a|an|who|whose|\d)|\s*\()")
_SPELLED_OUT = re.compile(r"^\(\S+\)")  # a short form after what it stands for: "Acme Drone Works (ADW)"
_SPELLED = {
    word: str(k) for k, word in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_DAY = re.compile(rf"\b({MONTH_NAME}) (3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b", re.IGNORECASE)
_IN_MONTH = re.compile(rf"\b(?:in|by|until|from|during|early|late|mid)[ -]({MONTH_NAME})", re.IGNORECASE)
_MONTH_NUMBER = {month[:3]: f"{n:02d}" for n, month in enumerate(MONTHS, start=1)}


def describes(n: int, who: list[Concept], index, asked: tuple[str, ...] = ("who",)) -> bool:
    """Whether an item says who the ask's named person is: their own entry (one whose name, alias or role holds the
    name), an item whose editor asked "who …" (or one of `asked`) of them, or one giving the name with a description:
    a title or a word for what they are before it ("Sen. Doe", "campaign adviser Jane Doe") or an aside after it
    ("Doe, the harbour master, …", "Doe (D-Maine)"), or the name as a short form in brackets after what it stands for
    ("Acme Ferry Lines (AFL)"). Not their quote: what they said is not who they are."""
    section, item = index.items[n]
    if section == "people":
        return all(n in c.people or c.held_by(index.people_kinds[n]) for c in who)
    if any(normalise(ask).startswith(asked) and all(c.held_by(set(stems_of(ask))) for c in who) for ask in item.asks):
        return True
    tokens = primary_text(item).split()
    lowered = [normalise(t).strip(",.;:()") for t in tokens]
    for c in who:
        last = c.word.split()[-1]
        for k, word in enumerate(lowered):
            if word != last:
                continue
            after = " ".join(tokens[k : k + 2])
            if _ASIDE_AFTER.match(after) or _SPELLED_OUT.match(tokens[k]):
                return True
            start = k
            while start > 0 and tokens[start - 1][:1].isupper() and not _TITLE.match(tokens[start - 1]):
                start -= 1
            before = tokens[start - 1] if start else ""
            if _TITLE.match(before) or (
                before.isalpha()
                and before.islower()
                and len(before) > 2
                and before not in STOPWORDS
                and before not in SAY_WORDS
                and not before.endswith("ed")
            ):
                return True
    return False


def reported(n: int, event: set[str], index) -> bool:
    """Whether a fact dated by someone speaking holds the ask's event only in what was said: "Doe said the offices
    were hacked" is dated the day Doe said it, not the day of the hack."""
    if n not in index.speech or index.items[n][0] != "facts":
        return False
    sequence, spoken = index.speech[n]
    return not event.isdisjoint(sequence[spoken[0] :]) and event.isdisjoint(sequence[: spoken[0]])


def aside(n: int, event: list[Concept], index, named_only: bool = False) -> bool:
    """Whether an item holds the ask's event only in a phrase that places it beside the item's own event, which its
    date is the date of: "after the plant closed", "amid the layoffs", up to the next comma or clause end. With
    `named_only`, only a phrase naming an event ("after the council vote") counts, not one telling it ("after studies
    found …"), which says something of it."""
    text = primary_text(index.items[n][1]).lower()
    phrases = [m for m in _ASIDE.finditer(text) if not named_only or not any(map(_told, words_of(m[0])))]
    inside = {stem(w) for m in phrases for w in words_of(m[0])}
    if not any(c.held_by(inside) for c in event):
        return False
    for m in reversed(phrases):
        text = text[: m.start()] + " " + text[m.end() :]
    outside = {stem(w) for w in words_of(text)}
    return not any(c.held_by(outside) for c in event)


def _told(word: str) -> bool:
    """Whether a word is a verb's past form ("closed", "found"), which makes a phrase tell an event, not name it."""
    return (len(word) > 4 and word.endswith("ed")) or IRREGULAR.get(word, word) != word


def ordinal_kind(n: int, kind: tuple[str, ...], index) -> bool:
    """Whether an item says which one of a kind by its place in a series: "the fifth debate", "its 2nd round"."""
    words = [stem(w) for w in words_of(primary_text(index.items[n][1]))]
    head = kind[-1]
    return any(
        w == head and k > 0 and (words[k - 1] in _ORDINALS or _NUMBERED.fullmatch(words[k - 1]))
        for k, w in enumerate(words)
    )


def figure_beside(n: int, topic: list[Concept], asked: frozenset[str], index) -> bool:
    """Whether an item gives a figure in a clause holding a word of what the ask counts: "a labour official estimates
    1.8 million layoffs; Acme starts heavy tariffs" gives no figure for "how big were the tariffs". An item whose own
    text holds none of those words is let be (its asks or context matched)."""
    clauses = []
    for part in (piece for clause in _CLAUSES.split(primary_text(index.items[n][1])) for piece in _opened(clause)):
        stems = set(stems_of(part))
        if any(concept.held_by(stems) for concept in topic):
            clauses.append(part)
    return not clauses or any(figures(part) - asked for part in clauses)


def _opened(clause: str) -> list[str]:
    """A clause cut where a figure opens a clause of its own after a comma, which counts what that one names: "the
    closures devastated the city, thousands lost their jobs" (not "the flood, the worst in years, covered 300
    acres")."""
    first, *rest = _COMMA.split(clause)
    pieces = [first]
    for piece in rest:
        if figures(" ".join(piece.split()[:1])):
            pieces.append(piece)
        else:
            pieces[-1] += ", " + piece
    return pieces


def digits(words: frozenset[str] | set[str]) -> set[str]:
    """Figures with the small numbers spelled out written as digits, so "two" and "2" meet."""
    return {_SPELLED.get(word, word) for word in words}


def unnamed_kind(kind: tuple[str, ...], typed: frozenset[str], index) -> bool:
    """Whether the brief's people of this kind (by name, alias or what their role says they are) are all ones whose
    name the story does not give. The kind ends before an -ing word: "the staffer suing the panel" is a staffer."""
    doing = {stem(word) for word in typed if word.endswith("ing")}
    kind = tuple(itertools.takewhile(lambda word: word not in doing, kind))
    if not kind:
        return False
    entries = [n for n, words in index.people_kinds.items() if words.issuperset(kind)]
    return bool(entries) and all(n in index.unnamed for n in entries)


def someone(name: frozenset[str], index) -> bool:
    """Whether a name an item gives can answer "who": a full name, or one word of a person's or organisation's
    name in the brief ("Doe"), not a lone capitalised word such as "Republican", "Syrian" or a place."""
    return len(name) > 1 or any(stem(word) in index.people_words for word in name)


def latest_date(n: int, index) -> str | None:
    """The latest year an item's own text gives ("until after Jan. 20, 2017"), for an item with no date of its own;
    with no year, the latest day (or else month) it gives in the year the story ran ("takes effect on July 1",
    "ending in May" in a March story)."""
    text = primary_text(index.items[n][1])
    years = _YEAR.findall(text)
    if years:
        return max(years)
    year = index.published[:4]
    days = [f"{year}-{_MONTH_NUMBER[m[1][:3].lower()]}-{int(m[2]):02d}" for m in _MONTH_DAY.finditer(text)]
    days = days or [f"{year}-{_MONTH_NUMBER[m[1][:3].lower()]}" for m in _IN_MONTH.finditer(text)]
    return max(days) if days and len(year) == 4 else None


def not_before(date: str | None, published: str) -> bool:
    """Whether an item has a date (at day, month or year precision) and it is not before the story's publication."""
    return bool(date) and not before_publication(date, published)

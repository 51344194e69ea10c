"""The texts of an item that the index reads: each field with its weight (`item_fields`), the item's own text
(`primary_text`) and what it gives as known (`known_part`)."""

from __future__ import annotations

import re

from bot.answer.itemnames import MONTHS
from bot.answer.tuning import ID_WEIGHT
from bot.briefs.model import Fact, Item, Person, Question, Quote, TimelineEntry


def _date_words(date: str | None) -> str:
    """'2018-11-05' → '2018 november 5', so asks can name a month or year."""
    if not date:
        return ""
    parts = date.split("-")
    words = [parts[0]]
    if len(parts) > 1:
        words.append(MONTHS[int(parts[1]) - 1])
    if len(parts) > 2:
        words.append(str(int(parts[2])))
    return " ".join(words)


def item_fields(item: Item) -> list[tuple[str | None, float]]:
    """The item's texts to index, each with its weight (an editor's id names what the item is about)."""
    asks: list[tuple[str | None, float]] = [(ask, 1.0) for ask in item.asks]
    asks.append((id_words(item.id), ID_WEIGHT))
    if isinstance(item, Fact):
        return [(item.text, 1.0), (_date_words(item.date), 0.8), (item.basis, 0.4), *asks]
    if isinstance(item, Quote):
        name, note = split_note(item.speaker)
        return [
            (item.text, 1.0),
            (name, 1.0),
            (note, 0.5),
            (item.role, 0.7),
            (item.context, 0.6),
            (item.to, 0.3),
            (_date_words(item.date), 0.8),
            *asks,
        ]
    if isinstance(item, Question):
        return [(item.text, 1.0), (item.answer, 0.8), (item.basis, 0.3), *asks]
    if isinstance(item, TimelineEntry):
        return [(item.event, 1.0), (_date_words(item.date), 1.0), (item.basis, 0.4), *asks]
    if isinstance(item, Person):
        return [(item.name, 1.0), *((alias, 1.0) for alias in item.aliases), (item.role, 1.0), *asks]
    return asks


def id_words(item_id: str) -> str:
    """An item id's words after its section prefix: "fact-aclu-lawsuit-2019" → "aclu lawsuit 2019"."""
    return item_id.replace("-", " ").partition(" ")[2]


def split_note(speaker: str) -> tuple[str, str]:
    """'Unattributed (emails obtained by the ACLU)' → the speaker and the parenthetical note about them."""
    name, _, note = speaker.partition("(")
    return name, note


_AGE_FIRST = re.compile(r"\d{1,3},")


def primary_text(item: Item) -> str:
    """The item's own text: what it says, not its asks, basis or context."""
    if isinstance(item, TimelineEntry):
        return item.event
    if isinstance(item, Person):
        # A role opening on an age reads as news writes it: "Jane Doe, 25, nurse".
        return f"{item.name}{',' if _AGE_FIRST.match(item.role) else ''} {item.role}"
    if isinstance(item, Question) and item.answer:
        return f"{item.text} {item.answer}"
    return getattr(item, "text", "")


def known_part(item: Item, own_text: str) -> str:
    """What an item gives as known: an open question's figures are those after its question ("Who are the four
    backers? The story names one"), not the ones it asks about."""
    if isinstance(item, Question) and item.status == "open":
        return own_text.partition("?")[2]
    return own_text

"""Asks about the story as published ("who wrote this", "what paper"), and a thread's first ask of where what it was
shown comes from ("source?")."""

from __future__ import annotations

from bot.answer.about import ABOUT_WORDS, POINTED_AT, asks_about_brief
from bot.answer.concepts import as_meant, is_light, matches
from bot.answer.forms import LEAD_IN_END, THING_PRONOUNS
from bot.answer.index import Index
from bot.answer.intent import parse
from bot.answer.pasted import pasted_spans
from bot.answer.sections import section_asked
from bot.answer.sourcing import asks_for_source, names_the_source
from bot.answer.words import normalise


def asks_whence_first(text: str, index: Index) -> bool:
    """Whether a thread's first ask asks where what it was shown comes from: the source in so many words, or who said
    or confirmed "that" or "it" when no line of an item is pasted into it."""
    if not asks_for_source(text):
        return False
    if names_the_source(text):
        return True
    return not THING_PRONOUNS.isdisjoint(normalise(text).split()) and not index.quoting(pasted_spans(text))


def about_brief(text: str, index: Index) -> bool:
    """Whether an ask is about the story as published and names nothing in it ("who wrote this", "what paper"), read
    after any lead-in ("copy editor left a query on this: where was he")."""
    if section_asked(normalise(text)):  # "stats?" asks for figures, not the brief's status it is a slip from
        return False
    meant = as_meant(LEAD_IN_END.split(text)[-1], index)
    return asks_about_brief(meant) and not names_content(text, index, POINTED_AT)


def names_content(text: str, index, pointing: frozenset[str] = frozenset()) -> bool:
    """Whether an ask about the story as published also names something in it ("when was the ruling published"),
    besides any of the `pointing` words that point at the story ("whose story is this"; in "what's the hed? was the
    piece updated" the piece is one the story tells of)."""
    parsed = parse(text, index)
    return any(
        matches(c, index)
        and c.word not in ABOUT_WORDS
        and c.word not in pointing
        and not c.word.isdigit()
        and not is_light(c)
        for c in parsed.concepts
    )

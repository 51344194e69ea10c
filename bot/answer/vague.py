"""Asks too bare to answer or to pass to the desk: "what?", "why?", "how many?"."""

from __future__ import annotations

from bot.answer.words import is_content, words_of


def is_vague(text: str) -> bool:
    """True when no word of the ask says what it is about."""
    return not any(is_content(word) for word in words_of(text))

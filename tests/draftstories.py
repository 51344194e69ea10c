"""Made-up stories for the drafter's unit tests: who it says said each quotation."""

from __future__ import annotations

from bot.draft.clean import clean_article
from bot.draft.quotes import extract_quotes
from bot.draft.story import Story


def quotes_of(*paragraphs: str) -> list[tuple[str, str]]:
    """(quoted words, speaker) for a story made of these paragraphs under a headline."""
    text = "Headline for a test story about the harbour\n\n" + "\n\n".join(paragraphs)
    return [(q.text, q.speaker_name) for q in extract_quotes(Story(clean_article(text)))]

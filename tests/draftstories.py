"""Made-up stories for the drafter's unit tests: the story read from some text, who it says said each quotation,
and whom it takes for people."""

from __future__ import annotations

from collections.abc import Mapping

from bot.draft.clean import clean_article
from bot.draft.quotes import extract_quotes
from bot.draft.story import Story

HEADLINE = "Council splits over the harbour budget\n\n"


def story_of(text: str, first_names: Mapping[str, str] | None = None) -> Story:
    """The drafter's reading of this text under a headline (with this first-name table, if given)."""
    return Story(clean_article(HEADLINE + text), first_names=first_names)


def quotes_in(story: Story) -> list[tuple[str, str]]:
    """(quoted words, speaker) for each quotation the drafter finds in the story."""
    return [(q.text, q.speaker_name) for q in extract_quotes(story)]


def people_in(story: Story) -> set[str]:
    """The names of the single persons the drafter finds in the story."""
    return {e.name for e in story.cast.entities if e.kind == "person" and not e.plural}


def quotes_of(*paragraphs: str) -> list[tuple[str, str]]:
    """(quoted words, speaker) for a story made of these paragraphs."""
    return quotes_in(story_of("\n\n".join(paragraphs)))

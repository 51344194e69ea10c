"""Attribution forms common in news, each on a made-up story: who said each quotation."""

from __future__ import annotations

from bot.draft.clean import clean_article
from bot.draft.quotes import extract_quotes
from bot.draft.story import Story


def quotes_of(*paragraphs: str) -> list[tuple[str, str]]:
    """(quoted words, speaker) for a story made of these paragraphs under a headline."""
    text = "Headline for a test story about the harbour\n\n" + "\n\n".join(paragraphs)
    story = Story(clean_article(text))
    return [(q.text, q.speaker_name) for q in extract_quotes(story)]


def test_a_question_or_exclamation_quoted_before_its_speaker_stays_in_one_sentence():
    got = quotes_of(
        "The harbour board met on Monday to discuss the new pier.",
        '"Why would we pay for it twice?" Okonkwo asked.',
        "\u201cNot on my watch!\u201d shouted Ilse Marchetti, the board's treasurer.",
    )
    assert got == [("Why would we pay for it twice?", "Okonkwo"), ("Not on my watch!", "Ilse Marchetti")]


def test_two_apostrophes_work_as_quotation_marks():
    got = quotes_of(
        "Dana Whitcombe runs the ferry company that uses the harbour every day.",
        "''We have waited long enough,'' Ms. Whitcombe said. ''The pier is falling apart.''",
    )
    assert got == [
        ("We have waited long enough", "Dana Whitcombe"),
        ("The pier is falling apart.", "Dana Whitcombe"),
    ]

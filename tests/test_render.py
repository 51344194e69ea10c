"""Small things a reader notices in rendered briefs and in check's messages."""

from __future__ import annotations

import msgspec

from bot.briefs.library import load_library
from bot.briefs.quotes import QuoteSource
from bot.render.briefs import overview_message, render_item
from tests.slackharness import REPO, STORY


def seed():
    return load_library(REPO / "briefs").get(STORY)


def test_a_quote_line_reads_speaker_role_audience_and_date_without_nested_brackets():
    quote = next(q for q in seed().quotes if q.to and "(" in q.to)
    line = render_item("quotes", quote).splitlines()[-1]
    assert line.startswith(f"— *{quote.speaker}*")
    assert f"· to {quote.to}" in line and "((" not in line and not line.endswith("))")


def test_the_overview_counts_open_and_answered_questions_apart():
    brief = seed()
    answered = sum(q.status == "answered" for q in brief.questions)
    assert answered  # the seed has answered questions; the count must not call them open
    text = str(overview_message(brief).blocks)
    assert f"{len(brief.questions) - answered} open questions, {answered} answered" in text
    unanswered = msgspec.structs.replace(brief, questions=[q for q in brief.questions if q.status != "answered"])
    assert f"{len(unanswered.questions)} open questions ·" in str(overview_message(unanswered).blocks)


def test_the_closest_passage_to_a_misquote_starts_and_ends_on_whole_words():
    source = QuoteSource("story.txt", "The DEA has a long history of surveillance, critics said on Monday.")
    passage = source.closest("he DEA has a long histry of surveil")
    assert passage.startswith("The DEA") and passage.split()[-1] in source.text.split()

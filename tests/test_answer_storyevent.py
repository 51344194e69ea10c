"""Asks of the story's own event that do not name it, first in a thread ("when did it happen", "who's behind this").
Every brief here is made up."""

from __future__ import annotations

from bot.answer.storyevent import event_asked, kinds_asked
from bot.briefs.model import Brief, Fact, Person, Question, TimelineEntry
from tests.madeupbriefs import first_cited, made_up_brief

CLOSED = Fact(
    id="fact-centre-closed",
    text="Floodwater closed the town centre in Millbrook on Tuesday, March 3, 2026.",
    basis="Millbrook Gazette reporting",
)
PUMPS = Fact(
    id="fact-pumps",
    text="Floodwater reached the town centre because the Weir Street barrier's pumps lost power, the river authority "
    "said.",
    basis="River authority statement",
)
SHOPS = Fact(id="fact-shops", text="Forty shops stayed shut for the week.", basis="Chamber of commerce")
BUILT = TimelineEntry(id="time-2019-barrier", date="2019", event="The Weir Street barrier is built.")
SHUT = TimelineEntry(id="time-2026-03-03-closed", date="2026-03-03", event="Floodwater closes the town centre.")
AUTHORITY = Person(id="who-river-authority", name="Mill River Authority", kind="organisation", role="Runs the barrier")


def _flood(facts: list[Fact], questions: list[Question] | None = None) -> Brief:
    """A made-up story's brief whose first fact tells its event, with older history in its timeline."""
    return made_up_brief(
        "millbrook-flood",
        "Floodwater shuts Millbrook town centre as barrier fails",
        "Millbrook Gazette",
        "2026-03-04",
        "A failed barrier let floodwater close Millbrook's town centre.",
        facts=facts,
        people=[AUTHORITY],
        timeline=[BUILT, SHUT],
        questions=questions or [],
    )


def test_the_kind_of_an_ask_of_the_story_event_and_asks_that_are_not_one():
    kinds = {
        "when'd it happen": "when",
        "what day was that": "when",
        "where'd that go down?": "where",
        "What was the motive behind it?": "why",
        "how did this come about": "how",
        "who pulled that off?": "who",
        "Who's behind this": "who",
    }
    for ask, kind in kinds.items():
        assert event_asked(ask) == kind, ask
    # Words of their own, only a question word, or a measure: not an ask of the story's event.
    for ask in ("where exactly did it go off", "when?", "what happened?", "how many were hurt", "who did Doe meet",
                "who is it"):  # fmt: skip
        assert event_asked(ask) is None, ask


def test_what_an_open_question_asks_is_read_up_to_its_question_mark():
    assert kinds_asked("What caused it, and who was responsible? Police say why is unclear.") == {"why", "who"}


def test_when_it_happened_first_in_a_thread_is_the_first_fact_not_the_oldest_timeline_entry():
    brief = _flood([CLOSED, PUMPS, SHOPS])
    for ask in ("when did it happen?", "when'd this happen", "what day was that"):
        assert first_cited(brief, ask)[0] in ("fact-centre-closed", "time-2026-03-03-closed"), ask


def test_where_and_why_it_happened_are_the_items_about_the_event_giving_a_place_and_a_reason():
    brief = _flood([CLOSED, PUMPS, SHOPS])
    assert first_cited(brief, "where was it?") == ["fact-centre-closed"]
    assert first_cited(brief, "why did it happen") == ["fact-pumps"]
    # A brief saying nowhere where it happened: nothing, or its open question saying the story does not say.
    nowhere = Fact(id="fact-closed", text="Floodwater closed the town centre on Tuesday.", basis="Gazette reporting")
    assert first_cited(_flood([nowhere, SHOPS]), "where did it happen") == []
    unsaid = Question(id="q-where", text="Where did the floodwater get into the town centre? The story does not say.")
    assert first_cited(_flood([nowhere, SHOPS], [unsaid]), "where did it happen") == ["q-where"]


def test_only_a_threads_first_ask_is_of_the_story_event():
    brief = _flood([CLOSED, PUMPS, SHOPS])
    # After an ask about the barrier's history, "when" is asked of that, as before.
    assert first_cited(brief, "when did it happen", previous="when was the barrier built") == ["time-2019-barrier"]


def test_after_an_ask_answered_with_a_whole_part_of_the_brief_it_is_still_the_story_event():
    brief = _flood([CLOSED, PUMPS, SHOPS])
    for opening in ("catch me up?", "tl;dr", "timeline?"):
        assert first_cited(brief, "why did it happen", previous=opening) == ["fact-pumps"], opening

"""Asks for a stretch of the story's timeline ("what happened since Feb. 20", "anything new after the vote") answered by
the timeline entries in it, and days typed day first or alone. Every brief here is made up."""

from __future__ import annotations

import msgspec

from bot.answer import answer_question
from bot.answer.spelt import spelt_out
from bot.briefs.model import Brief, Fact, Question, Quote, TimelineEntry
from tests.test_answer_general import _brief as _story_brief
from tests.test_answer_general import _cited

HEARING = TimelineEntry(id="time-hearing", date="2026-01-14", event="The harbour board holds a hearing on the pier.")
VOTE = TimelineEntry(id="time-vote", date="2026-02-10", event="The council votes 5-2 for the Bayline pier.")
LAWSUIT = TimelineEntry(id="time-lawsuit", date="2026-02", event="Residents of the east shore sue to stop the pier.")
STRIKE = TimelineEntry(id="time-strike", date="2026-02-23", event="Ferry crews walk out over pay.")
TALKS = TimelineEntry(id="time-talks", date="2026-02-23", event="Bayline and the crews' union meet to talk.")
OPENING = TimelineEntry(id="time-opening", date="2026-06-01", event="The pier is due to open.")


def _brief(timeline: list[TimelineEntry], facts: list[Fact] | None = None, quotes: list[Quote] | None = None) -> Brief:
    """The made-up story's brief (published Monday, 2026-03-02) with this timeline and no asks on any item."""
    fares = Fact(id="fact-fares", text="Bayline raised fares by 10 percent.", basis="Bayline")
    return msgspec.structs.replace(_story_brief(facts or [fares], [], timeline), quotes=quotes or [])


def test_since_a_day_gives_the_entries_from_that_day_on_in_order_and_counts_the_rest():
    brief = _brief([HEARING, VOTE, LAWSUIT, STRIKE, TALKS, OPENING])
    for ask in ("what happened since Feb 10", "anything new since 2/10?", "what's happened since 2026-02-10"):
        answer = answer_question(brief, ask)
        assert [item.id for _s, item in answer.cited] == ["time-vote", "time-strike", "time-talks"], ask
        assert (answer.more, answer.section) == (1, "timeline"), ask


def test_after_and_before_a_day_leave_that_day_out_and_before_gives_the_nearest_first():
    brief = _brief([HEARING, VOTE, STRIKE, OPENING])
    assert _cited(brief, "what happened after February 10") == ["time-strike", "time-opening"]
    assert _cited(brief, "events after 2/10") == ["time-strike", "time-opening"]
    assert _cited(brief, "what happened before Feb. 23rd") == ["time-vote", "time-hearing"]
    assert _cited(brief, "what led up to 2/23") == ["time-vote", "time-hearing"]


def test_an_entry_dated_to_a_month_is_in_a_stretch_only_when_all_of_the_month_is():
    """An entry dated only to February may be any day of it: after January it is in, since Feb. 10 it is not; of two
    entries starting on one day, the day given outright leads."""
    first = TimelineEntry(id="time-petition", date="2026-02-01", event="Residents file a petition against the pier.")
    brief = _brief([HEARING, LAWSUIT, first, VOTE, OPENING])
    assert _cited(brief, "what happened after January 31") == ["time-petition", "time-lawsuit", "time-vote"]
    assert _cited(brief, "what happened since February 10") == ["time-vote", "time-opening"]
    assert _cited(brief, "what happened before March") == ["time-vote", "time-lawsuit", "time-petition"]


def test_between_two_days_and_in_a_month_keep_within_them():
    brief = _brief([HEARING, VOTE, LAWSUIT, STRIKE, OPENING])
    assert _cited(brief, "what happened between Feb 1 and Feb 20") == ["time-vote"]
    assert _cited(brief, "what happened between 1/10 and 2/23") == ["time-hearing", "time-vote", "time-strike"]
    assert _cited(brief, "what happened in June") == ["time-opening"]


def test_a_stretch_named_by_an_event_starts_at_the_entry_that_tells_it():
    brief = _brief([HEARING, VOTE, STRIKE, TALKS, OPENING])
    assert _cited(brief, "what happened after the council vote") == ["time-strike", "time-talks", "time-opening"]
    assert _cited(brief, "what happened before the ferry crews walked out") == ["time-vote", "time-hearing"]
    # Two entries of one day keep the brief's order around the event: the talks came after the walkout.
    assert _cited(brief, "anything new since the crews walked out") == ["time-talks", "time-opening"]


def test_after_that_is_after_what_the_thread_was_just_told():
    brief = _brief([HEARING, VOTE, STRIKE, OPENING])
    assert _cited(brief, "when did the council vote")[:1] == ["time-vote"]
    assert _cited(brief, "what happened after that", "when did the council vote") == ["time-strike", "time-opening"]


def test_after_that_following_an_ask_about_the_article_itself_is_answered_without_its_details():
    brief = _brief([HEARING, VOTE, STRIKE, OPENING])
    assert _cited(brief, "who wrote this?") == ["source"]  # the brief's own details, which no timeline entry is
    for ask in ("what happened after that", "and before that?"):
        assert "source" not in _cited(brief, ask, "who wrote this?"), ask


def test_an_item_telling_what_came_after_the_event_answers_before_the_timeline():
    aftermath = Fact(
        id="fact-after-vote", text="After the council vote, the mayor asked Bayline to publish its fares.", basis="x"
    )
    brief = _brief([HEARING, VOTE, STRIKE], facts=[aftermath])
    assert _cited(brief, "what happened after the council vote")[:1] == ["fact-after-vote"]


def test_a_stretch_holding_nothing_is_not_covered():
    brief = _brief([HEARING, VOTE, STRIKE])
    assert _cited(brief, "what happened after Feb 23") == []
    assert _cited(brief, "anything new since March 1?") == []


def test_asks_about_someone_or_something_in_a_stretch_are_read_as_before():
    said = Quote(
        id="quote-doe-pier",
        text="The pier is a bad deal.",
        speaker="Jane Doe",
        role="council member",
        date="2026-02-10",
    )
    brief = _brief([HEARING, VOTE, STRIKE], quotes=[said])
    assert _cited(brief, "what did Doe say after the hearing")[:1] == ["quote-doe-pier"]
    assert _cited(brief, "anything from Doe")[:1] == ["quote-doe-pier"]
    assert answer_question(brief, "until when no pier?").section == ""  # no stretch: "when" is no day or event


def test_a_day_typed_day_first_or_alone_is_the_day_the_brief_gives():
    brief = _brief([HEARING, VOTE, STRIKE])
    assert _cited(brief, "what happened on 23/2")[:1] == ["time-strike"]
    assert _cited(brief, "what happened on the 23rd")[:1] == ["time-strike"]
    assert _cited(brief, "what happened on the 14th?")[:1] == ["time-hearing"]
    assert _cited(brief, "what happened since the 10th") == ["time-vote", "time-strike"]


def test_a_weekday_the_items_never_write_is_the_day_of_the_week_the_story_ran_or_one_the_brief_dates_ahead():
    """The brief ran on Monday, March 2: "Friday" is Feb. 27, "last Monday" Feb. 23; "Thursday", with only March 5
    dated, is the vote still to come."""
    signing = TimelineEntry(id="time-signing", date="2026-02-27", event="The mayor signs the pier deal.")
    coming = TimelineEntry(id="time-fares-vote", date="2026-03-05", event="The council votes on fares.")
    brief = _brief([VOTE, STRIKE, signing, coming])
    assert _cited(brief, "what happened on Friday")[:1] == ["time-signing"]
    assert _cited(brief, "what happened friday?")[:1] == ["time-signing"]
    assert _cited(brief, "what happened last Monday")[:1] == ["time-strike"]
    assert _cited(brief, "what's happening Thursday")[:1] == ["time-fares-vote"]
    assert _cited(brief, "anything new since Friday?") == ["time-signing", "time-fares-vote"]


def test_a_weekday_the_items_write_is_matched_as_written():
    told = Fact(id="fact-friday-signing", text="The mayor signed the deal on Friday at city hall.", basis="x")
    brief = _brief([VOTE, STRIKE], facts=[told])
    assert _cited(brief, "what happened on Friday")[:1] == ["fact-friday-signing"]


def test_whats_next_is_what_the_timeline_has_still_to_come_when_the_story_ran():
    brief = _brief([HEARING, VOTE, STRIKE, OPENING])
    for ask in ("what's next", "what happens next?", "anything coming up?", "next steps?", "what's ahead"):
        answer = answer_question(brief, ask)
        assert [item.id for _s, item in answer.cited] == ["time-opening"], ask
    # With nothing still to come, the brief's other items answer as before: here an open question on what is next.
    asked = Question(id="q-appeal", text="Will Bayline appeal the fares ruling next?")
    unsettled = msgspec.structs.replace(_brief([HEARING, VOTE, STRIKE]), questions=[asked])
    assert _cited(unsettled, "what's next") == ["q-appeal"]


def test_what_happened_first_or_last_is_the_timeline_from_its_start_or_back_from_the_day_the_story_ran():
    brief = _brief([HEARING, VOTE, STRIKE, OPENING])
    assert _cited(brief, "what happened first") == ["time-hearing", "time-vote", "time-strike"]
    assert _cited(brief, "what happened earliest")[:1] == ["time-hearing"]
    # The pier's opening is still to come when the story ran: it has not happened yet.
    assert _cited(brief, "what happened last") == ["time-strike", "time-vote", "time-hearing"]
    assert _cited(brief, "what happened most recently")[:1] == ["time-strike"]


def test_a_weekday_typed_short_or_before_its_date_reads_as_that_day():
    said = Quote(
        id="quote-doe-vote",
        text="We did the right thing.",
        speaker="Jane Doe",
        role="council member",
        date="2026-02-10",
    )
    brief = _brief([HEARING, VOTE, STRIKE], quotes=[said])
    for ask in ("what did doe say tues 2/10", "what did Doe say on Tuesday, Feb. 10", "what did doe say tue 2/10"):
        assert _cited(brief, ask)[:1] == ["quote-doe-vote"], ask
    assert _cited(brief, "what happened mon 2/23")[:1] == ["time-strike"]
    assert spelt_out("what was the sat night thing") == "what was the saturday night thing"
    assert spelt_out("we sat on it, then the sun came out") == "we sat on it, then the sun came out"


def test_and_then_after_a_when_ask_is_what_came_after_the_day_just_told():
    brief = _brief([HEARING, VOTE, STRIKE, OPENING])
    for ask in ("and then?", "then what", "what happened right after that", "what came next"):
        assert _cited(brief, ask, "when did the council vote")[:2] == ["time-strike", "time-opening"], ask
    assert answer_question(brief, "and then?").section == ""  # nothing told before it: no stretch

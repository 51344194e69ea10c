"""The answering core on what no tuning story's wording decides: how items tied on score are ordered. Every brief here
is made up."""

from __future__ import annotations

import msgspec

from bot.answer import answer_question
from bot.briefs.model import Brief, Editor, Fact, Person, Source, TimelineEntry


def _brief(facts: list[Fact], people: list[Person], timeline: list[TimelineEntry] | None = None) -> Brief:
    """A made-up story's brief, published 2026-03-02, with these items and no asks on any of them."""
    brief = Brief(
        id="salemport-pier",
        title="Salemport council backs Bayline Ferries pier",
        status="published",
        updated="2026-03-02",
        editors=[Editor(name="Desk")],
        source=Source(outlet="Salemport Courier", published="2026-03-02"),
        summary="The Salemport council backs a new pier for Bayline Ferries.",
        facts=facts,
        people=people,
    )
    return msgspec.structs.replace(brief, timeline=timeline or [])


def _cited(brief: Brief, ask: str, previous: str | None = None) -> list[str]:
    return [item.id for _, item in answer_question(brief, ask, previous).cited]


def test_of_timeline_entries_tied_the_story_s_own_comes_first():
    earlier = TimelineEntry(id="time-jan-hearing", date="2026-01-12", event="First hearing on the pier, in Portlow.")
    own = TimelineEntry(id="time-march-hearing", date="2026-03-02", event="Second hearing on the pier, in Salemport.")
    later = TimelineEntry(id="time-april-hearing", date="2026-04-20", event="Third hearing on the pier, in Eastmoor.")
    fares = Fact(id="fact-fares", text="Bayline Ferries raised fares by 10 percent in March.", basis="Bayline")
    brief = _brief([fares], [], [earlier, own, later])
    assert _cited(brief, "which hearing is this")[:1] == ["time-march-hearing"]
    assert _cited(brief, "where?", "when's the hearing")[:1] == ["time-march-hearing"]
    # Not when only one entry covers the ask: "the earlier one" names its own.
    assert _cited(brief, "where was the first hearing")[:1] == ["time-jan-hearing"]

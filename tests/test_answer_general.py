"""The answering core on briefs without editors' asks: what the items' own words, people's roles and the brief's
structure say, in general English. Every brief here is made up."""

from __future__ import annotations

from bot.answer import answer_question
from bot.briefs.model import Brief, Editor, Fact, Person, Source


def _brief(facts: list[Fact], people: list[Person]) -> Brief:
    """A made-up story's brief with these facts and people, and no asks on any item."""
    return Brief(
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


def _cited(brief: Brief, ask: str) -> list[str]:
    return [item.id for _, item in answer_question(brief, ask).cited]


def test_where_someone_spoke_is_answered_by_the_entry_of_the_place_where_it_happened():
    station = Person(
        id="who-wsal",
        name="WSAL",
        kind="organisation",
        role="Salemport radio station where Doe announced her support for the pier",
    )
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes")
    brief = _brief([vote], [doe, station])
    assert _cited(brief, "where did jane doe announce her support")[:1] == ["who-wsal"]
    # An entry whose role says nothing happened there is no place.
    plain = Person(id="who-wsal", name="WSAL", kind="organisation", role="Salemport radio station; aired the vote")
    assert _cited(_brief([vote], [doe, plain]), "where did jane doe announce her support") == []

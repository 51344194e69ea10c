"""Asks, first in a thread, of who is against or for what the story is about, naming nothing ("pushback?", "who's
backing this?"). Every brief here is made up."""

from __future__ import annotations

from bot.answer.sides import side_asked
from bot.briefs.model import Brief, Fact
from tests.madeupbriefs import first_cited, made_up_brief

APPROVED = Fact(
    id="fact-approved", text="The council approved a new pier for Bayline Ferries on Monday.", basis="Minutes"
)
CRITICS = Fact(
    id="fact-critics",
    text="Critics of the pier, led by harbour residents, say it will block the view and bring traffic.",
    basis="Residents' association",
)
BACKERS = Fact(
    id="fact-backers", text="Supporters of the pier say it will bring 200 jobs.", basis="Chamber of commerce"
)


def _pier(facts: list[Fact]) -> Brief:
    """A made-up story's brief with these facts, the council's vote first."""
    return made_up_brief(
        "salemport-pier",
        "Salemport council approves Bayline Ferries pier",
        "Salemport Courier",
        "2026-03-02",
        "The Salemport council approved a new pier for Bayline Ferries.",
        facts=facts,
    )


def test_the_side_an_ask_asks_of_and_asks_that_are_not_of_a_side():
    sides = {
        "pushback?": "against",
        "the other side?": "against",
        "who's pushing back on this and why": "against",
        "is anyone objecting to this?": "against",
        "who's backing this?": "for",
        "what's the case for it": "for",
        "Who came out in support?": "for",
    }
    for ask, side in sides.items():
        assert side_asked(ask) == side, ask
    # Words of its own, no word of taking sides, or both sides at once: not one side's ask.
    for ask in ("who opposes the levy", "who is it for", "what's the reaction", "who's for it and who's against"):
        assert side_asked(ask) is None, ask


def test_a_first_ask_of_who_is_against_or_for_the_story_gets_its_critics_or_its_backers():
    brief = _pier([APPROVED, CRITICS, BACKERS])
    for ask in ("pushback?", "the other side?", "who's against this"):
        assert first_cited(brief, ask) == ["fact-critics"], ask
    for ask in ("who's backing this?", "any defenders?"):
        assert first_cited(brief, ask) == ["fact-backers"], ask


def test_after_an_ask_for_the_summary_pushback_is_still_on_the_story():
    brief = _pier([APPROVED, CRITICS, BACKERS])
    assert first_cited(brief, "pushback?", previous="catch me up?") == ["fact-critics"]


def test_after_an_ask_about_the_story_pushback_is_on_the_story_too():
    brief = _pier([APPROVED, CRITICS, BACKERS])
    assert first_cited(brief, "pushback?", previous="what did the council approve") == ["fact-critics"]
    assert first_cited(brief, "the other side?", previous="what did the council approve") == ["fact-critics"]

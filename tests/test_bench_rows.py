"""The asks bench/bench_answers.py generates from a brief's people and timeline: whom or what each row asks about, and
what answers."""

from __future__ import annotations

import msgspec

from bench.bench_answers import (
    STRETCHES,
    people_by_surname,
    people_of_a_party,
    people_of_an_age,
    quotes_by_surname,
    still_to_come,
    timeline_stretches,
)
from bot.briefs.model import Fact, Person, Quote, TimelineEntry
from tests.test_answer_general import _brief


def test_people_are_asked_about_by_a_surname_no_one_else_bears():
    people = [
        Person(id="who-jane-doe", name="Jane Doe", role="25, nurse"),
        Person(id="who-tom-roe", name="Tom Roe", role="Senator (R-Maine)"),
        Person(id="who-ann-roe", name="Ann Roe", role="Councillor"),
        Person(id="who-jason-van-dyke", name="Jason Van Dyke", role="Democratic councillor"),
        Person(id="who-acme", name="Acme Ferries", kind="organisation", role="Ferry company"),
        Person(id="who-unnamed", name="(unnamed) aide", role="Aide to the mayor"),
    ]
    said = Quote(id="quote-doe", text="We need the pier.", speaker="Jane Doe", role="Nurse")
    brief = msgspec.structs.replace(_brief([], people), quotes=[said])
    asked = {name: [p.id for p in people if answers(p)] for name, answers in people_by_surname(brief)}
    assert asked == {"Doe": ["who-jane-doe"], "Van Dyke": ["who-jason-van-dyke"]}
    assert [name for name, _ in people_of_an_age(brief)] == ["Doe"]
    assert [name for name, _ in people_of_a_party(brief)] == ["Van Dyke"]  # Roe's surname is shared
    assert [(name, answers(said)) for name, answers in quotes_by_surname(brief)] == [("Doe", True)]


def test_stretches_are_asked_of_each_day_with_an_entry_beyond_it_and_the_near_end_answers():
    held = TimelineEntry(id="time-hearing", date="2026-01-14", event="A hearing.")
    month = TimelineEntry(id="time-lawsuit", date="2026-02", event="A lawsuit.")
    vote = TimelineEntry(id="time-vote", date="2026-02-10", event="A vote.")
    brief = _brief(
        [Fact(id="fact-vote", text="The council voted.", basis="x", date="2026-02-10")], [], [held, month, vote]
    )
    items = [held, month, vote, *brief.facts]
    rows = {relation: timeline_stretches(relation, inside) for relation, _phrasings, inside in STRETCHES}
    answered = {
        relation: {str(day): [i.id for i in items if answers(i)] for day, answers in cases(brief)}
        for relation, cases in rows.items()
    }
    assert answered["since"] == {
        "2026-01-14": ["time-hearing"],
        "2026-02-10": ["time-vote", "fact-vote"],  # a stretch starting on a day starts with what that day tells
    }
    assert answered["after"] == {"2026-01-14": ["time-lawsuit"]}  # the month's first day is before Feb. 10
    assert answered["before"] == {"2026-02-10": ["time-hearing"]}  # February may be after the 10th


def test_whats_next_is_asked_of_a_brief_whose_timeline_goes_past_the_day_it_ran():
    held = TimelineEntry(id="time-hearing", date="2026-03-02", event="A hearing.")
    month = TimelineEntry(id="time-vote", date="2026-04", event="A vote.")
    day = TimelineEntry(id="time-opening", date="2026-06-01", event="An opening.")
    brief = _brief([], [], [held, day, month])  # published 2026-03-02
    assert [(first, [e.id for e in (held, month, day) if answers(e)]) for first, answers in still_to_come(brief)] == [
        ("2026-04", ["time-vote"])
    ]
    assert list(still_to_come(_brief([], [], [held]))) == []

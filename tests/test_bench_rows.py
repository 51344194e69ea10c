"""The asks bench/bench_answers.py generates from a brief's people: whom each row asks about, and what answers."""

from __future__ import annotations

import msgspec

from bench.bench_answers import people_by_surname, people_of_a_party, people_of_an_age, quotes_by_surname
from bot.briefs.model import Person, Quote
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

"""Forms a desk corrects that an earlier reading left: a role an owner gives the name after it ("said the
company's chief executive, Jane Doe"), and entries that are no person."""

from __future__ import annotations

from bot.draft.mentions import Entity
from tests.draftstories import quotes_of, story_of


def _cast_roles(*paragraphs: str) -> dict[str, str | None]:
    return {e.name: e.shown_role for e in story_of("\n\n".join(paragraphs)).cast.entities if e.kind == "person"}


def test_an_owned_role_after_a_verb_of_saying_gives_the_name_its_role():
    text = '"We found nothing," said the company\'s chief executive, Jane Roe.'
    assert _cast_roles(text)["Jane Roe"] == "the company's chief executive"
    assert quotes_of(text) == [("We found nothing", "Jane Roe")]


def test_an_owned_role_after_a_clause_gives_the_name_its_role():
    got = _cast_roles("Blunt noted that Doe\u2019s campaign manager, Jane Roe, is from the state.")
    assert got["Jane Roe"] == "Doe\u2019s campaign manager"


def test_an_owned_role_may_hold_state_as_a_modifier():
    got = _cast_roles("From that suite, Doe's state chairman, Ansel Roe, had a task.")
    assert got["Ansel Roe"] == "Doe's state chairman"


def test_an_owned_role_after_her_owner():
    got = _cast_roles("The plan came from her husband's Treasury secretary, Ansel Roe, in March.")
    assert got["Ansel Roe"] == "her husband's Treasury secretary"


def test_a_name_after_an_owner_is_no_role_for_the_next_name():
    got = _cast_roles("Doe said the network's Ansel Tapper, Jane Roe and Ann Poe in his speech.")
    assert got.get("Jane Roe") is None


def test_an_owned_thing_that_is_no_role_gives_none():
    got = _cast_roles("Police gave the suspect's name, Ansel Roe, on Monday.")
    assert got.get("Ansel Roe") is None


def _kinds(*paragraphs: str) -> dict[str, str]:
    return {e.name: e.kind for e in story_of("\n\n".join(paragraphs)).cast.entities}


def test_a_committee_on_a_subject_is_one_body():
    text = 'The Salem Committee on Harbour Works met Jane Doe. "We will act," the committee said.'
    assert _kinds(text).get("Salem Committee on Harbour Works") == "organisation"
    assert quotes_of(text) == [("We will act", "Salem Committee on Harbour Works")]


def test_a_council_on_a_day_or_a_month_is_no_part_of_its_name():
    assert "Salem Council" in _kinds("The Salem Council on Monday voted for the pier.")
    assert "Salem Council" in _kinds("The Salem Council on Nov. 5 voted for the pier.")


def test_a_titled_name_after_the_is_a_person():
    kinds = _cast_roles("The march was led by the Rev. Ansel Roe and the Acme Council Director Jane Doe.")
    assert kinds == {"Ansel Roe": "Rev.", "Jane Doe": "Acme Council Director"}


def test_a_line_asking_readers_to_follow_the_writer_is_no_part_of_the_story():
    text = "Jane Doe, the mayor of Salem, opened the new pier on Monday.\n\nFollow Ansel Roe on Twitter @ansel_roe."
    names = set(_kinds(text))
    assert "Jane Doe" in names
    assert not any("Roe" in name for name in names)


def test_a_sentence_that_follows_a_person_stays():
    text = "Reporters follow Ansel Roe on Twitter, where he posts daily. Jane Doe does not."
    assert "Ansel Roe" in _kinds(text)


def test_a_verb_before_an_adjective_and_a_role_is_no_part_of_the_role():
    got = _cast_roles("Roe is the best candidate to defeat presumptive harbour nominee Jane Doe in the fall.")
    assert got["Jane Doe"] == "presumptive harbour nominee"


def test_a_verb_after_a_modal_four_words_before_the_name_is_no_part_of_the_role():
    got = _cast_roles("Voters said Roe would defeat Salem harbour candidate Jane Doe in the fall.")
    assert got["Jane Doe"] == "Salem harbour candidate"


def test_a_role_noun_after_to_stays_in_the_role():
    got = _cast_roles("The plan was sent to campaign manager Jane Doe on Monday.")
    assert got["Jane Doe"] == "campaign manager"


def test_a_role_cut_at_the_title_of_the_next_name_drops_that_title():
    cut = ["a former aide to Sen", "a pollster with Mr", "who rattled the race by questioning Mr", "Acme hopeful Sen"]
    shown = [Entity("Jane Roe", role=role).shown_role for role in [*cut, "Ohio Gov.", "a former aide to Sen. Tom Rudd"]]
    assert shown == [
        "a former aide",
        "a pollster",
        "who rattled the race",
        "Acme hopeful",
        "Ohio Gov.",
        "a former aide to Sen. Tom Rudd",
    ]

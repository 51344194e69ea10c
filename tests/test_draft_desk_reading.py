"""Forms a desk editor corrects when reading a draft: an unnamed person described by a role that a name modifies,
roles that run on or are cut short, and people entries that name nobody."""

from __future__ import annotations

import yaml

from bot.draft import draft_brief
from bot.draft.quotes import extract_quotes
from tests.draftstories import HEADLINE, quotes_of, story_of

DOE = "Jane Doe, the mayor of Salem, opened the new pier on Monday."


def test_a_role_a_name_modifies_after_said_is_an_unnamed_person_not_the_name():
    got = quotes_of(DOE, '"She will win the vote," said one Doe confidant. "The council knows it."')
    assert got == [
        ("She will win the vote", "Unnamed Doe confidant"),
        ("The council knows it.", "Unnamed Doe confidant"),
    ]


def test_a_role_a_name_modifies_before_the_verb_is_an_unnamed_person():
    got = quotes_of(DOE, '"She will win the vote," another Doe surrogate told reporters.')
    assert got == [("She will win the vote", "Unnamed Doe surrogate")]


def test_a_role_noun_the_lexicon_does_not_list_still_names_an_unnamed_person():
    got = quotes_of(DOE, 'A top Doe ally says the pier "will pay for itself within ten years."')
    assert got == [("will pay for itself within ten years.", "Unnamed top Doe ally")]


def test_a_poll_a_body_ran_is_no_person():
    got = quotes_of(DOE, '"The pier was worth it," said a Salem Gazette poll.')
    assert got[-1][1] != "Unnamed Salem Gazette poll"


def test_the_named_person_still_speaks_when_the_role_follows_a_name_of_their_own():
    got = quotes_of(DOE, '"The pier is open," Doe told a Salem rally.')
    assert got == [("The pier is open", "Jane Doe")]


def _roles(*paragraphs: str) -> dict[str, str]:
    return {q.speaker_name: q.role for q in extract_quotes(story_of("\n\n".join(paragraphs)))}


def test_a_relative_clause_after_a_role_before_the_name_is_cut():
    got = _roles(
        "The board met Council Chairman Ansel Roe, who only last week surprised the board by opposing the plan.",
        '"We will see," Roe said.',
    )
    assert got == {"Ansel Roe": "Council Chairman"}


def test_a_relative_clause_inside_an_apposition_is_cut_after_the_role():
    got = _roles('"We will see," said Ansel Roe, a lawyer in Salem who represents the ferry owners.')
    assert got == {"Ansel Roe": "a lawyer in Salem"}


def test_a_role_that_is_only_a_relative_clause_stays_whole():
    got = _roles('"We will see," said Ansel Roe, who runs the ferry line with his sister who lives in Salem.')
    assert got == {"Ansel Roe": "who runs the ferry line with his sister who lives in Salem"}


def _cast_roles(*paragraphs: str) -> dict[str, str | None]:
    return {e.name: e.shown_role for e in story_of("\n\n".join(paragraphs)).cast.entities if e.kind == "person"}


def test_a_role_of_a_place_ends_with_its_sentence():
    got = _cast_roles("The vote was won by Sen. Jane Doe of Ohio. Our harbour group backed her.")
    assert got["Jane Doe"] == "Sen. of Ohio"


def test_a_role_of_a_place_stops_before_another_person_joined_by_and():
    got = _cast_roles("The plan was backed by Jane Doe of Ohio and Ansel Roe of Iowa on Monday.")
    assert (got["Jane Doe"], got["Ansel Roe"]) == ("of Ohio", "of Iowa")


def test_a_body_joined_by_and_stays_in_the_role():
    got = _cast_roles("The plan was drawn up by Jane Doe of Smith and Wesson Holdings on Monday.")
    assert got["Jane Doe"] == "of Smith and Wesson Holdings"


def test_a_title_or_an_initial_inside_a_role_does_not_end_it():
    got = _cast_roles(
        '"We agree," said Jane Doe, a former adviser to Mr. Roe, on Monday.',
        '"So do we," said Ansel Poe, a senior fellow at the Carl G. Moe Institute for Harbours in Salem.',
    )
    assert (got["Jane Doe"], got["Ansel Poe"]) == (
        "a former adviser to Mr. Roe",
        "a senior fellow at the Carl G. Moe Institute for Harbours in Salem",
    )


def test_a_titled_name_after_the_comma_is_the_next_person_not_a_role():
    got = _cast_roles("The pier was opened by Gov. Jane Doe, Sen. Ansel Roe and Rep. Carl Moe on Monday.")
    assert got["Jane Doe"] == "Gov."


def test_a_hyphened_participle_before_a_name_is_no_part_of_it():
    got = quotes_of(
        '"Prices will rise," said the Salem-born Jane Doe.',
        '"We will sell," said Ansel Roe, who runs Chicago-based Acme Pharmaceuticals.',
    )
    assert [speaker for _, speaker in got] == ["Jane Doe", "Ansel Roe"]
    names = {e.name for e in story_of('The Salem-born Jane Doe spoke. "We lost," Doe said.').cast.entities}
    assert "Jane Doe" in names and not any("-born" in n for n in names)


def _entries(*paragraphs: str) -> set[str]:
    people = yaml.safe_load(draft_brief(HEADLINE + "\n\n".join(paragraphs), date="2026-03-02").yaml_text)["people"]
    return {p["name"] for p in people}


def test_a_party_adjective_is_no_people_entry():
    got = _entries(
        "Jane Doe won the Ohio Democratic primary on Tuesday, and Democratic turnout rose across the state.",
        "Presumptive Democratic nominee Jane Doe thanked Acme Harbour Trust for its help.",
        '"We did it," Doe said.',
    )
    assert "Jane Doe" in got and not any(name.endswith("Democratic") for name in got)


def test_a_city_or_a_county_is_no_people_entry_unless_it_speaks():
    got = _entries(
        "Jane Doe moved the ferry line from Salem City to Harbour County in May.",
        '"We did it," Doe said.',
        '"The pier stays shut," Harbour County said in a statement.',
    )
    assert "Salem City" not in got and "Harbour County" in got


def test_a_continent_or_a_region_is_no_people_entry():
    got = _entries(
        "Jane Doe sold the ferries to buyers in Western Europe and the Middle East, and later in Latin America.",
        '"We did it," Doe said.',
    )
    assert "Jane Doe" in got and not got & {"Western Europe", "Middle East", "Latin America"}


def test_an_event_is_no_people_entry():
    got = _entries(
        "Jane Doe spoke at the Harbour Party National Convention after the Great Recession ended.",
        '"We did it," Doe said.',
    )
    assert "Jane Doe" in got and not got & {"Harbour Party National Convention", "Great Recession"}


def test_a_subhead_in_capitals_is_no_people_entry():
    got = _entries(
        "Jane Doe raised the fares on Monday.",
        '"We had to," Doe said.',
        "4. DESPITE PIER SCARE, FERRY GOES ON.",
        "The HARBOUR GAZETTE reported delays.",
    )
    assert "Jane Doe" in got and not got & {"PIER SCARE", "FERRY GOES ON"} and "HARBOUR GAZETTE" in got

"""Speakers and entries a desk would have to undo: a body named only by a common noun, anonymous voices merged
into one, a given name with run-together initials taken for something other than a person."""

from __future__ import annotations

import yaml

from bot.draft import draft_brief
from tests.draftstories import HEADLINE, quotes_of


def entries(*paragraphs: str) -> dict[str, tuple[str, str]]:
    """Each people entry of a draft made from these paragraphs: name → (kind, role)."""
    draft = draft_brief(HEADLINE + "\n\n".join(paragraphs), date="2024-06-01")
    people = yaml.safe_load(draft.yaml_text).get("people") or []
    return {p["name"]: (p.get("kind", "person"), p["role"]) for p in people}


def test_a_body_the_story_names_only_by_its_noun_speaks_as_an_unnamed_body():
    got = quotes_of(
        "The harbour fees will rise in May, a year after the last increase.",
        "\u201cThe pier cannot pay for itself,\u201d the board said.",
    )
    assert got == [("The pier cannot pay for itself", "Unnamed board")]


def test_an_editorial_board_with_no_paper_named_is_an_unnamed_body_not_a_name():
    got = quotes_of(
        "Mayor Ansel Roe has defended the harbour fees for a month.",
        "\u201cThe mayor has run out of excuses,\u201d the editorial board wrote on Sunday.",
    )
    assert got[-1] == ("The mayor has run out of excuses", "Unnamed editorial board")


def test_the_board_is_the_board_of_the_named_body_the_story_gave_before():
    got = quotes_of(
        "The Lakeshore Board of Harbours met on Monday to settle the fees.",
        "\u201cThe pier cannot pay for itself,\u201d the board said.",
    )
    assert got == [("The pier cannot pay for itself", "Lakeshore Board of Harbours")]


def test_another_commenter_is_someone_else_than_the_one_commenter_before():
    story = (
        "Readers wrote in all week about the harbour fees.",
        "\u201cThe ferries were late every day in June,\u201d one commenter wrote.",
        "Another commenter said, \u201cThe fees pay for nothing I can see.\u201d",
        "\u201cI will take the bus from now on,\u201d another commenter wrote.",
    )
    voices = ["Unnamed commenter", "Unnamed second commenter", "Unnamed third commenter"]
    assert [speaker for _, speaker in quotes_of(*story)] == voices
    assert [name for name in entries(*story) if "commenter" in name] == voices


def test_the_commenter_after_another_commenter_is_the_last_one_introduced():
    got = quotes_of(
        "\u201cThe ferries were late every day in June,\u201d one commenter wrote.",
        "Another commenter said the fees were too high. \u201cThey pay for nothing I can see,\u201d the commenter "
        "added.",
    )
    assert got[-1] == ("They pay for nothing I can see", "Unnamed second commenter")


def test_a_given_name_and_initials_run_together_before_a_surname_is_a_person():
    story = (
        "Then Vice President George QR Vandermeer opened the pier in 1984.",
        "George QR Vandermeer said the pier \u201cwas a promise kept.\u201d",
    )
    assert quotes_of(*story) == [("was a promise kept.", "George QR Vandermeer")]
    assert entries(*story)["George QR Vandermeer"] == ("person", "Vice President")


def test_an_acronym_between_words_that_open_no_given_name_stays_a_body():
    story = ("Northwind QR Harbour said the new fees \u201cwere fair to every passenger.\u201d",)
    assert entries(*story)["Northwind QR Harbour"][0] == "organisation"


def test_a_body_the_anaphor_names_is_not_merged_into_another_body_of_the_same_noun():
    story = (
        "\u201cWe will carry the county by ten points,\u201d the Harwick campaign said on Monday.",
        "\u201cTheir numbers are a fantasy,\u201d the Lakeshore campaign said.",
        "\u201cWe stand by every figure,\u201d the campaign replied.",
    )
    assert quotes_of(*story) == [
        ("We will carry the county by ten points", "Harwick campaign"),
        ("Their numbers are a fantasy", "Lakeshore campaign"),
        ("We stand by every figure", "Lakeshore campaign"),
    ]
    assert {"Harwick campaign", "Lakeshore campaign"} <= set(entries(*story))


def test_a_people_or_party_adjective_does_not_name_the_body():
    story = (
        "\u201cThe fees will stay,\u201d the Harwick administration said on Monday.",
        "\u201cThe fees are fair,\u201d the Lakeshorian administration said.",
    )
    assert quotes_of(*story)[-1] == ("The fees are fair", "Harwick administration")


def test_a_body_noun_inside_a_hyphened_adjective_is_no_body():
    got = quotes_of(
        "Readers have seen the handbook.",
        "According to the state-issued handbook, staff should \u201cnever promise a passenger a refund.\u201d",
    )
    assert got == [("never promise a passenger a refund.", "Unnamed state-issued handbook")]  # the handbook, no state


def test_a_venue_is_no_entry_in_the_people():
    got = entries(
        "The rally filled Quince Loans Arena in Salem.",
        "Jane Okafor spoke on Monday. \u201cThe vote will not wait for the dredging,\u201d she said.",
    )
    assert list(got) == ["Jane Okafor"]

"""Speakers and entries a desk would have to undo: a body named only by a common noun, anonymous voices merged
into one, a given name with run-together initials taken for something other than a person."""

from __future__ import annotations

from tests.draftstories import quotes_of


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

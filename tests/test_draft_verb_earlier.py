"""A speech verb earlier in the quotation's sentence whose subject is not the speaker the drafter took: who said
each, on made-up stories."""

from __future__ import annotations

from tests.draftstories import quotes_of

QUOTED_FIRST = "\u201cWe need the pier this year,\u201d said Ansel Roe, the harbour master."


def test_they_is_the_group_that_leads_its_own_sentence_not_the_last_person_quoted():
    got = quotes_of(
        QUOTED_FIRST,
        "Council Democrats blocked the pier bill because they said its budget was \u201ca blank check for the "
        "contractors.\u201d",
    )
    assert got[1] == ("a blank check for the contractors.", "Council Democrats")


def test_they_is_the_body_that_leads_the_sentence_before():
    got = quotes_of(
        QUOTED_FIRST,
        "The Fenwick Boat Owners Association rallied outside the hall on Monday. They argued that the pier would "
        "be \u201ca gift to the yacht owners.\u201d",
    )
    assert got[1] == ("a gift to the yacht owners.", "Fenwick Boat Owners Association")


def test_they_after_a_sentence_led_by_one_person_is_left_to_the_speakers_before():
    got = quotes_of(
        QUOTED_FIRST,
        "Dana Whitcombe met the guild on Monday. They said the pier would be \u201ca gift to the yacht owners.\u201d",
    )
    assert got[1] == ("a gift to the yacht owners.", "Ansel Roe")

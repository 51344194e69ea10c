"""Quotations the drafter used to leave unattributed, each form on a made-up story: who said each."""

from __future__ import annotations

from bot.draft.quotes import UNATTRIBUTED
from tests.draftstories import quotes_of


def test_a_fragment_in_a_sentence_naming_nobody_goes_to_the_speaker_of_the_sentence_before():
    got = quotes_of(
        "Dana Whitcombe, who teaches shipping law in Dover, has studied the harbour for a decade.",
        "The old pier will be hard to save, she said. Repairs can still work, but only when "
        "\u201cthe money arrives before the winter storms.\u201d",
    )
    assert got == [("the money arrives before the winter storms.", "Dana Whitcombe")]


def test_a_fragment_after_a_sentence_with_no_speaker_stays_unattributed():
    got = quotes_of(
        "Dana Whitcombe, who teaches shipping law in Dover, has studied the harbour for a decade.",
        "The old pier was built in 1910. Repairs can still work, but only when "
        "\u201cthe money arrives before the winter storms.\u201d",
    )
    assert got == [("the money arrives before the winter storms.", UNATTRIBUTED)]


def test_a_fragment_in_a_sentence_with_its_own_subject_is_not_the_speaker_befores():
    got = quotes_of(
        "The old pier will be hard to save, Dana Whitcombe said. Ansel Roe, the harbour master, wants "
        "repairs \u201cbefore the winter storms arrive.\u201d",
    )
    assert got[-1][1] != "Dana Whitcombe"


def test_a_paragraph_opening_with_a_colon_that_names_nobody_goes_on_the_previous_speaker():
    got = quotes_of(
        "Ansel Roe has changed his mind about the pier more than once.",
        '"We must never build it," he told a radio station in May.',
        'Then, a month later on television: "The pier is the best plan this harbour has ever had."',
    )
    assert got == [
        ("We must never build it", "Ansel Roe"),
        ("The pier is the best plan this harbour has ever had.", "Ansel Roe"),
    ]


def test_a_colon_after_a_verb_of_saying_with_an_unnamed_subject_is_not_the_previous_speaker():
    got = quotes_of(
        "Ansel Roe has changed his mind about the pier more than once.",
        '"We must never build it," he told a radio station in May.',
        'The new advertisement ends with a narrator saying: "Vote for the pier, vote for the harbour."',
    )
    assert got[-1] == ("Vote for the pier, vote for the harbour.", "Unnamed narrator")

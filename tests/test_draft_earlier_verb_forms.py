"""Forms of the speech verb earlier in a quotation's sentence whose speaker is not the sentence's subject: who
said each, on made-up stories."""

from __future__ import annotations

from tests.draftstories import quotes_of


def test_people_described_not_named_give_a_thing_the_name_they_call_it():
    got = quotes_of(
        "The long fight over whether Fenwick Academy is what former teachers have called a \u201csham school\u201d "
        "goes on, and Ansel Roe runs it still.",
        "Dana Whitcombe and Ansel Roe are running for mayor in what one Salem columnist has dubbed \u201cthe "
        "harbour war.\u201d",
    )
    assert got == [
        ("sham school", "Unnamed former teachers"),
        ("the harbour war.", "Unnamed Salem columnist"),
    ]


def test_what_some_call_or_what_is_called_still_names_nobody_new():
    got = quotes_of(
        "Dana Whitcombe wants to close what some call the \u201charbour loophole.\u201d",
        "The guild held what is called a \u201cboat parley\u201d on Monday.",
    )
    assert got == [
        ("harbour loophole.", "Dana Whitcombe"),
        ("boat parley", "Unattributed (the story does not say whose words these are)"),
    ]

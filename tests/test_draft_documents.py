"""A document that speaks ("the statement said") goes to the body or person the story says issued it."""

from __future__ import annotations

from tests.draftstories import quotes_of

DOE = (
    "Jane Doe, who runs the ferry line, spoke at the pier on Monday.",
    '"We are doing our best," Doe said.',
)


def test_a_statement_goes_to_the_body_that_issued_it_not_to_the_last_person_named():
    got = quotes_of(
        *DOE,
        "Doe said that Acme Ferries had issued a statement late on Tuesday.",
        '"We regret the delay to all passengers," the statement said.',
    )
    assert got[-1] == ("We regret the delay to all passengers", "Acme Ferries")


def test_a_statement_released_by_a_body_in_the_paragraph_before_speaks_for_that_body():
    got = quotes_of(
        *DOE,
        "A statement released by Acme Ferries on Tuesday went further than Doe had.",
        'The statement said: "We regret the delay to all passengers."',
    )
    assert got[-1] == ("We regret the delay to all passengers.", "Acme Ferries")


def test_a_document_with_no_issuer_named_still_goes_to_the_author_the_story_names_before_it():
    got = quotes_of(
        "Ansel Roe wrote to the harbour board in May.",
        '"The pier must close before the winter storms," the letter said.',
    )
    assert got == [("The pier must close before the winter storms", "Ansel Roe")]


def test_a_place_in_apposition_before_the_filing_verb_is_not_the_issuer():
    got = quotes_of(
        "Jane Doe and Ansel Roe, who lost two sons in a fire at a tower in Salem, Oregon, have filed a lawsuit "
        "against the council.",
        'The lawsuit contends that "the council ignored every warning about the lifts."',
    )
    assert got[-1] == ("the council ignored every warning about the lifts.", "Jane Doe")


def test_a_person_speaking_in_a_statement_a_body_released_keeps_the_statement():
    got = quotes_of(
        "Ansel Roe, in a statement released by the Dover Harbour Trust on Monday, said he would stay on.",
        'The statement adds that "the pier will reopen before the winter storms."',
    )
    assert got[-1] == ("the pier will reopen before the winter storms.", "Ansel Roe")

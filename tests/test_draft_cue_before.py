"""A speech verb before the quotation whose subject is a common noun, not a name: who said each, on made-up
stories."""

from __future__ import annotations

from tests.draftstories import quotes_of


def test_a_name_opening_the_clause_after_the_verb_is_what_was_said_not_who_said_it():
    got = quotes_of(
        "Ansel Roe wants the town to pay for a new pier.",
        "Skeptics on the council say Roe would leave the town \u201cwith a bill it cannot pay.\u201d",
    )
    assert got == [("with a bill it cannot pay.", "Unnamed skeptics on the council")]


def test_a_group_described_by_what_it_belongs_to_speaks_rather_than_the_pronoun_after_its_verb():
    got = quotes_of(
        "Dana Whitcombe chairs the harbour guild.",
        "Leaders of the guild have said they want a pier that \u201cserves the fishing fleet first.\u201d",
    )
    assert got == [("serves the fishing fleet first.", "Unnamed leaders of the guild")]


def test_the_person_a_report_describes_is_not_its_speaker():
    got = quotes_of(
        "Ansel Roe waited for the council's answer all night.",
        "One radio report described Roe standing \u201calone on the pier as the vote went against him.\u201d",
    )
    assert got == [("alone on the pier as the vote went against him.", "Unnamed radio report")]


def test_a_named_subject_still_speaks_before_its_own_clause():
    got = quotes_of(
        "Harbour master Ansel Roe said he was \u201cdelighted\u201d by the vote.",
        "Dana Whitcombe, who chairs the guild, said Roe had been \u201cright all along.\u201d",
    )
    assert got == [("delighted", "Ansel Roe"), ("right all along.", "Dana Whitcombe")]


def test_the_name_opening_the_verbs_own_clause_speaks_not_the_first_name_of_the_sentence():
    got = quotes_of(
        "Ansel Roe defended the budget at the May meeting, and Dana Whitcombe, the guild's chair, kept asking him "
        "why the pier had cost \u201ctwice the estimate.\u201d",
    )
    assert got == [("twice the estimate.", "Dana Whitcombe")]


def test_a_verb_that_is_also_a_noun_between_a_name_and_a_plural_noun_is_a_noun():
    got = quotes_of(
        "Ansel Roe, a lawyer for the harbour board, grew up in Salem.",
        "He recently wrote a column for the Salem Ledger, mocking GOP state leaders as \u201cobsessed\u201d with "
        "the pier.",
    )
    assert got == [("obsessed", "Ansel Roe")]


def test_whoever_accuses_someone_of_the_quoted_words_said_them():
    got = quotes_of(
        "Ansel Roe appeared rattled at the last debate, unable to say much when Dana Whitcombe accused him of an "
        "\u201cartful smear\u201d over her fundraising.",
    )
    assert got == [("artful smear", "Dana Whitcombe")]

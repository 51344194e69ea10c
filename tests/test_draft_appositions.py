"""A role set off before a name after a clause ("Doe hired a lawyer, Jane Roe,"): the role is the noun phrase alone,
and the clause's subject stays a mention of its own. Made-up stories."""

from __future__ import annotations

from tests.draftstories import people_in, quotes_of, story_of


def test_a_clause_before_a_role_in_apposition_keeps_its_subject():
    story = story_of("Tomas Brandt assailed a federal judge, Ilse P. Marchetti, for her \u201cVarde heritage.\u201d")
    par = story.paragraphs[0]
    names = [(par.text[m.start : m.end], m.entity.name if m.entity else None) for m in par.mentions if m.kind == "name"]
    assert names == [("Tomas Brandt", "Tomas Brandt"), ("a federal judge, Ilse P. Marchetti", "Ilse P. Marchetti")]
    assert {"Tomas Brandt", "Ilse P. Marchetti"} <= people_in(story)


def test_the_quotation_a_clause_owns_is_its_subjects_not_the_person_in_apposition():
    got = quotes_of(
        "The harbour board met on Monday in Varde.",
        "Tomas Brandt assailed a federal judge, Ilse P. Marchetti, for her \u201cVarde heritage.\u201d",
    )
    assert got == [("Varde heritage.", "Tomas Brandt")]


def test_a_titled_name_after_a_group_and_a_comma_is_no_role_of_the_group():
    got = quotes_of(
        "Like most Canadians, Republican Sen. Ansel Roe was critical of the harbour plan, telling the Varde Post: "
        "\u201cThe pier is a disgrace to this town.\u201d",
    )
    assert got == [("The pier is a disgrace to this town.", "Ansel Roe")]

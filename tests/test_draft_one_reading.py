"""A pronoun is read in one place, the story's antecedent: the subject of the nearest sentence that names a
compatible person, else the nearest such person mentioned."""

from __future__ import annotations

from tests.draftstories import quotes_in, story_of


def pronoun_readings(text: str) -> list[tuple[str, str | None]]:
    """(pronoun, whom the story takes it for) for every pronoun in the story, in text order."""
    story = story_of(text)
    return [
        (m.text, m.entity.name if m.entity else None)
        for par in story.paragraphs
        for m in par.mentions
        if m.kind == "pronoun"
    ]


def test_a_she_is_the_subject_of_the_sentence_before_not_the_last_name_in_it():
    text = "Jane Doe praised Ann Roe at the hearing. She called the pier plan overdue."
    assert pronoun_readings(text) == [("she", "Jane Doe")]


def test_her_before_owned_words_is_the_woman_the_sentence_before_is_about():
    text = (
        "Jane Doe met Ann Roe at the pier on Monday. Her claim that the old pier was "
        "\u201ca danger to every boat in the harbour\u201d drew applause."
    )
    assert quotes_in(story_of(text)) == [("a danger to every boat in the harbour", "Jane Doe")]


def test_the_reading_stored_for_a_pronoun_is_the_one_its_quotation_takes():
    text = (
        "Omar Vance thanked Leo Marsh for the new ferry timetable on Monday. He said the boats "
        "\u201cwill finally run on time all winter.\u201d"
    )
    story = story_of(text)
    (pronoun,) = [m for par in story.paragraphs for m in par.mentions if m.kind == "pronoun"]
    assert pronoun.entity is not None and pronoun.entity.name == "Omar Vance"
    assert quotes_in(story) == [("will finally run on time all winter.", "Omar Vance")]


def test_a_he_no_sentence_in_reach_explains_is_the_last_man_mentioned():
    text = (
        "John Birch opened the harbour office on Monday.\n\n"
        "The office sits by the old pier.\n\n"
        "Boats come and go all day.\n\n"
        "The tide was high that morning.\n\n"
        "Rain fell in the afternoon.\n\n"
        "\u201cWe will keep the office open all winter,\u201d he said."
    )
    assert pronoun_readings(text) == [("he", "John Birch")]
    assert quotes_in(story_of(text)) == [("We will keep the office open all winter", "John Birch")]


def test_a_he_is_never_a_group_even_as_the_last_resort():
    text = (
        "Tom Reed spoke first at the dock meeting.\n\n"
        "The Harbour Fishermen then walked out of the hall together.\n\n"
        "\u201cThe fees will ruin us,\u201d he said."
    )
    assert quotes_in(story_of(text)) == [("The fees will ruin us", "Tom Reed")]


def test_a_sentence_led_by_his_that_ends_with_said_and_a_name_is_that_persons():
    text = (
        "Omar Vance has run the harbour board since 2010.\n\n"
        "His plan for the quay looks much like the last one: fewer berths and higher fees, said Karl Holt, "
        "a lecturer at the Coastal Policy Institute.\n\n"
        "\u201cThe board has been very careful with its money,\u201d he said."
    )
    assert quotes_in(story_of(text)) == [("The board has been very careful with its money", "Karl Holt")]


def test_a_he_in_an_opening_clause_is_the_man_the_main_clause_opens_with():
    text = (
        "Leo Marsh spoke first at the dock meeting on Monday.\n\n"
        "In what he called a \u201clast warning to the harbour board,\u201d Omar Vance said the quay fees must fall."
    )
    assert quotes_in(story_of(text)) == [("last warning to the harbour board", "Omar Vance")]
    assert pronoun_readings(text) == [("he", "Omar Vance")]


def test_a_his_in_an_opening_clause_is_the_main_clauses_subject_not_the_man_named_before():
    text = "Leo Marsh spoke first. After his long speech, Omar Vance left the hall with Ann Roe."
    assert pronoun_readings(text) == [("his", "Omar Vance")]

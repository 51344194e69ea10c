"""Forms that whole stories turn on: one misreading of a person, a place or a cue sends every later "he said" or
cue-less paragraph to someone else. Each test is a made-up story in one such form."""

from __future__ import annotations

from tests.draftstories import quotes_of
from tests.test_draft_kinds import entries


def test_an_office_before_an_owners_surname_belongs_to_what_is_owned():
    story = (
        "The ethics panel is investigating House Speaker Dalton Pruitt over his spending.",
        "The complaint was filed by Felicia Marrow, who served as treasurer of Pruitt\u2019s campaign committee until "
        "last year.",
        "Pruitt has called the inquiry unfair. \u201cIt is a hit job,\u201d he said.",
    )
    assert entries(*story)["Dalton Pruitt"][0] == "person"
    assert quotes_of(*story) == [("It is a hit job", "Dalton Pruitt")]


def test_a_place_after_a_word_for_part_of_it_is_a_place():
    story = (
        "Paul Beaulieu-Grant, the trade minister, arrived in Ottawa on Monday.",
        "Mr. Beaulieu-Grant, whose family farmed cattle outside Saint-Aubert, in rural Quebec, said the talks "
        "reminded him of his youth. \u201cMy grandfather warned me about this,\u201d he said.",
    )
    assert quotes_of(*story) == [("My grandfather warned me about this", "Paul Beaulieu-Grant")]
    assert "Quebec" not in entries(*story)


def test_a_he_in_the_second_of_two_opening_clauses_is_the_subject_after_them():
    story = (
        "Sen. Tom Baptiste said he was unhappy with the deal.",
        "Late on Tuesday, as he left the Capitol, Sen. Harlan Voss was asked whether he still stood by his prediction.",
        "\u201cAsk me on the ninth day,\u201d he said.",
    )
    assert quotes_of(*story) == [("Ask me on the ninth day", "Harlan Voss")]


def test_a_description_by_a_calling_the_lists_do_not_name_speaks():
    story = (
        "Gov. Tamsin Rourke signed the library bill on Monday.",
        "One middle school librarian in suburban Carrow County, who asked not to be named because she feared "
        "retaliation, told the paper she had already started pulling books \u201cjust in case.\u201d",
        "\u201cI have a list on my desk of titles someone has complained about,\u201d she said.",
    )
    librarian = "Unnamed middle school librarian (name withheld)"
    assert quotes_of(*story) == [
        ("just in case.", librarian),
        ("I have a list on my desk of titles someone has complained about", librarian),
    ]


def test_a_word_in_ian_or_ist_that_describes_is_no_description():
    story = (
        'As the nationalist Daily Lantern tabloid noted, the candidate "has earned himself a few fans here."',
        "Jim Hart said the plan was weak.",
        "“I have never been called authoritarian before,” he said. Critics called his remarks sexist.",
        "“I will get used to it,” he said.",
    )
    assert quotes_of(*story) == [
        ("has earned himself a few fans here.", "Daily Lantern"),
        ("I have never been called authoritarian before", "Jim Hart"),
        ("I will get used to it", "Jim Hart"),
    ]


def test_the_bureau_is_the_body_named_by_initials_that_hold_its_letter():
    story = (
        "The FBI pushed back on Doe\u2019s account.",
        "\u201cWe do not open investigations on that basis,\u201d the bureau said in a statement.",
    )
    assert quotes_of(*story) == [("We do not open investigations on that basis", "FBI")]


def test_a_verb_of_saying_after_a_preposition_is_a_noun():
    story = (
        "The county sheriff\u2019s office said in a statement that Ruth Kaminski-Bello had been detained for "
        "\u201cfailing to comply with orders\u201d and was released without charges \u201cafter the situation "
        "calmed.\u201d",
    )
    office = "Unnamed county sheriff office"
    assert quotes_of(*story) == [("failing to comply with orders", office), ("after the situation calmed.", office)]


def test_a_name_after_said_and_another_name_is_what_was_said_not_who_said_it():
    story = (
        "In a letter to House Democrats on Wednesday, Denise Okafor said Democrats would not supply votes for the "
        "bill.",
        "\u201cOur position has been consistent from the start.\u201d",
    )
    assert quotes_of(*story) == [("Our position has been consistent from the start.", "Denise Okafor")]


def test_according_to_an_outlet_ending_a_paragraph_gives_it_the_words_below():
    story = (
        "The Harlan Valley Courier first reported the remarks on Sunday. According to the outlet:",
        "\u201cLater in the evening, Vantreese told a donor that the campaign was ahead.\u201d",
    )
    said = "Later in the evening, Vantreese told a donor that the campaign was ahead"
    assert quotes_of(*story) == [(said + ".", "Harlan Valley Courier")]
    story = ("The Harlan Valley Courier first reported it.", f"\u201c{said},\u201d the outlet wrote.")
    assert quotes_of(*story) == [(said, "Harlan Valley Courier")]


def test_her_mother_again_is_the_mother_the_story_named():
    story = (
        "Renata Oyelaran is running for secretary of state.",
        "Oyelaran grew up in a farming town. Her mother, Esperanza Oyelaran, said her daughter was a good student.",
        "\u201cShe was never rude about it,\u201d her mother said.",
    )
    assert quotes_of(*story) == [("She was never rude about it", "Esperanza Oyelaran")]

"""The speaker measure's reading of a clause that opens on a description, and the role words kept beside names."""

from __future__ import annotations

from bench.referents import read_story
from tests.test_polnear_reader import speakers


def test_role_words_beside_a_name_hold_no_function_words():
    text = "Ferry fares rise\n\nTom Hale, the mayor of Salemport who is the latest to weigh in, spoke on Monday.\n"
    roles = {p.name: p.roles for p in read_story(text, [], []).people}["Tom Hale"]
    assert "mayor" in roles
    assert not roles & {"the", "of", "who", "is"}


def test_a_name_after_the_verb_of_a_description_of_things_is_whom_a_he_after_it_means():
    text = (
        "Council race\n\n"
        "Bob Roe spoke first. The rise of Paul Stone gave Tom Hale a reason to run.\n\n"
        "\u201cWe start now,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cWe start now,\u201d")]) == [("he", "Tom Hale")]


def test_a_description_of_a_person_opening_the_clause_is_its_subject_not_the_name_after_its_verb():
    text = (
        "Council race\n\n"
        "Paul Stone, a retired judge, came to town. The retired judge met Tom Hale on Monday.\n\n"
        "\u201cWe talked,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cWe talked,\u201d")]) == [("he", "Paul Stone")]


def test_a_sentence_a_name_reports_is_that_ones_though_it_opens_on_a_description():
    text = (
        "Council race\n\n"
        "The race between Tom Hale and Paul Stone has turned bitter, and it will take time to \u201ccool off,\u201d "
        "Bob Roe said.\n\n"
        "\u201cIt will pass,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cIt will pass,\u201d")]) == [("he", "Bob Roe")]


def test_a_name_opening_a_clause_of_its_own_after_a_description_is_its_subject():
    text = (
        "Council race\n\n"
        "The rancor grew so that Tom Hale was asked about it on Monday.\n\n"
        "\u201cI hope not,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cI hope not,\u201d")]) == [("he", "Tom Hale")]


def test_a_name_a_past_tense_without_ed_governs_is_its_object_not_a_title_of_it():
    text = "Talks\n\nGov. Bob Lee met Mr. John Roe on Monday.\n\n\u201cWe agreed,\u201d he said.\n"
    assert speakers(text, [("he", "\u201cWe agreed,\u201d")]) == [("he", "Bob Lee")]


def test_a_title_and_role_words_between_two_names_still_make_the_second_the_subject():
    text = "Talks\n\nAnn Lee campaign manager Tom Hale spoke on Monday.\n\n\u201cWe agreed,\u201d he said.\n"
    assert speakers(text, [("he", "\u201cWe agreed,\u201d")]) == [("he", "Tom Hale")]


def test_an_it_after_a_name_and_a_body_word_means_the_body_though_the_name_alone_speaks_elsewhere():
    text = (
        "Rich lists\n\n"
        "\u201cPrices rose,\u201d Harmon said on Monday.\n\n"
        "Harmon magazine started the craze in 1982, when it published its first \u201cTop 100\u201d list.\n"
    )
    got = speakers(text, [("Harmon", "\u201cPrices rose,\u201d"), ("it", "\u201cTop 100\u201d")])
    assert got == [("Harmon", "Harmon"), ("it", "Harmon magazine")]


def test_a_she_opening_a_sentence_means_the_one_the_sentence_before_brought_in_unnamed():
    text = (
        "Town hall\n\n"
        "Tom Hale spoke about ferries. But that changed when one voter brought up fares. "
        "She asked Hale about the \u201csteep rise\u201d in May.\n"
    )
    assert speakers(text, [("She", "\u201csteep rise\u201d")]) == [("She", "one voter")]


def test_a_he_after_someone_unnamed_who_asked_a_named_man_is_the_named_one():
    text = (
        "Town hall\n\n"
        "Ann Lee opened the meeting. Then a reporter asked Tom Hale about fares. "
        "He said the rise was \u201cfair.\u201d\n"
    )
    assert speakers(text, [("He", "\u201cfair.\u201d")]) == [("He", "Tom Hale")]

"""A capitalised word before a person's name that is not part of it: a word the story writes in lower case
elsewhere ("Whether", "Senators", "Staff" of "Chief of Staff"), dropped; a role noun ("Moderator"), kept as
the role; a name's particle ("De Okafor" beside "de Okafor") stays in the name."""

from __future__ import annotations

from tests.draftstories import people_in, quotes_in, story_of


def people(text: str) -> set[str]:
    return people_in(story_of(text))


def speakers(text: str) -> list[tuple[str, str]]:
    return quotes_in(story_of(text))


def test_a_function_word_opening_a_sentence_is_not_part_of_the_name():
    text = (
        "The board will decide whether the pier is rebuilt.\n\n"
        "Whether Jane Okafor backs the plan is unclear. "
        "\u201cWe need the dredging first,\u201d Okafor said on Monday."
    )
    assert "Jane Okafor" in people(text)
    assert not any(name.startswith("Whether") for name in people(text))
    assert speakers(text) == [("We need the dredging first", "Jane Okafor")]


def test_a_plural_title_before_a_name_is_dropped():
    text = (
        "Two senators toured the harbour on Friday with Senators Peter Lindqvist and Laura Brenning. "
        "\u201cThe pier is a ruin,\u201d Lindqvist said."
    )
    found = people(text)
    assert "Peter Lindqvist" in found
    assert "Senators Peter Lindqvist" not in found


def test_the_tail_of_a_title_the_story_writes_in_lower_case_is_dropped():
    text = (
        "The mayor's staff met the harbour board. Chief of Staff Rosa Quintal led the talks. "
        "\u201cWe will find the money,\u201d Quintal said."
    )
    found = people(text)
    assert "Rosa Quintal" in found
    assert "Staff Rosa Quintal" not in found


def test_a_word_opening_a_sentence_before_a_surname_the_story_gives_in_full():
    text = (
        "Tom Ferrante chairs the harbour board, and he said within a week the plan would be ready.\n\n"
        "Within Ferrante's own board, doubts remain. \u201cWe are not there yet,\u201d one member said."
    )
    found = people(text)
    assert "Tom Ferrante" in found
    assert "Within Ferrante" not in found


def test_a_role_noun_before_a_name_is_the_role():
    text = (
        "The forum had a moderator who kept time. Moderator Ann Castellano opened the debate. "
        "\u201cEach candidate has two minutes,\u201d Castellano said."
    )
    story = story_of(text)
    person = next(e for e in story.cast.entities if e.name == "Ann Castellano")
    assert person.role is not None and "Moderator" in person.role
    assert speakers(text) == [("Each candidate has two minutes", "Ann Castellano")]


def test_a_capitalised_word_never_written_in_lower_case_stays_in_the_name():
    text = "Merriweather Jane Okafor toured the pier. \u201cIt is a ruin,\u201d she said."
    assert "Merriweather Jane Okafor" in people(text)


def test_a_particle_the_story_writes_in_lower_case_stays_in_the_name():
    text = (
        "The plan of Paolo de Santis divides the board. "
        "De Santis has asked for a vote. \u201cIt is time,\u201d De Santis said."
    )
    found = people(text)
    assert any(name.endswith("de Santis") or name == "De Santis" for name in found)
    assert "Santis" not in found


def test_a_plural_role_never_written_in_lower_case_is_dropped_before_a_name():
    text = (
        "Democrats Ann Castellano and Tom Ferrante toured the harbour on Friday. "
        "\u201cThe pier is a ruin,\u201d Castellano said."
    )
    found = people(text)
    assert "Ann Castellano" in found
    assert "Democrats Ann Castellano" not in found


def test_chief_of_staff_is_the_role_of_the_name_after_it():
    text = "Chief of Staff Rosa Quintal led the talks. \u201cWe will find the money,\u201d Quintal said."
    story = story_of(text)
    person = next(e for e in story.cast.entities if e.name == "Rosa Quintal")
    assert person.role is not None and "Chief of Staff" in person.role


def test_a_preposition_or_whatever_opening_a_sentence_is_not_part_of_the_name():
    text = (
        "Jane Okafor chairs the harbour board.\n\n"
        "Alongside Okafor stood the ferry captains. "
        "Whatever Okafor decides, the pier stays shut until spring. "
        "\u201cWe need the dredging first,\u201d Okafor said on Monday."
    )
    assert people(text) == {"Jane Okafor"}


def test_an_adverb_opening_a_sentence_before_a_full_name_is_dropped():
    text = (
        "Certainly Jane Okafor had no doubts about the pier. "
        "\u201cWe need the dredging first,\u201d Okafor said on Monday."
    )
    assert people(text) == {"Jane Okafor"}
    assert speakers(text) == [("We need the dredging first", "Jane Okafor")]


def test_a_sentence_opening_on_a_plural_noun_before_a_full_name_leaves_the_noun_out():
    text = "Celebrities Jane Okafor and Tom Lyle joined the rally in Salemport. \u201cIt matters,\u201d Okafor said."
    assert {"Jane Okafor", "Tom Lyle"} <= people(text)
    assert not any(name.startswith("Celebrities") for name in people(text))
    assert speakers(text) == [("It matters", "Jane Okafor")]


def test_a_demonym_in_er_before_a_full_name_is_her_role_not_her_name():
    text = "The crowd in Salemport cheered the Salemporter Jane Okafor on Monday. \u201cIt matters,\u201d Okafor said."
    s = story_of(text)
    okafor = next(e for e in s.cast.entities if e.name.endswith("Okafor"))
    assert (okafor.name, okafor.role) == ("Jane Okafor", "Salemporter")


def test_a_state_abbreviation_ending_a_sentence_is_no_part_of_the_name_opening_the_next():
    text = (
        "They met on Sunday at his club in Salemport, N.J. Tom Lyle, the former chairman of Acme, was there. "
        "\u201cIt went well,\u201d Lyle said."
    )
    assert "Tom Lyle" in people(text)
    assert not any(name.startswith("N.J.") for name in people(text))
    assert speakers(text) == [("It went well", "Tom Lyle")]


def test_a_name_opening_the_sentence_after_a_description_ending_in_capitals_is_found():
    text = (
        "Tom Ellery is running for the Senate as a Republican. Marta Ellery, his sister, says she will not vote "
        "for him. \u201cI told him so the day he called,\u201d she said."
    )
    assert "Marta Ellery" in people(text)
    assert speakers(text) == [("I told him so the day he called", "Marta Ellery")]

"""Runs of capitals that name nobody who speaks: days of note, laws and wars, a people's member named by two
words, and a common word capitalised only because it opens a sentence."""

from __future__ import annotations

from bot.draft.namewords import clean_token, names_nobody
from bot.first_names import first_name_genders
from tests.draftstories import people_in, quotes_in, story_of


def speakers(text: str) -> list[tuple[str, str]]:
    return quotes_in(story_of(text))


def people(text: str) -> set[str]:
    return people_in(story_of(text))


def test_a_people_named_by_two_words_is_a_group_and_never_she():
    text = (
        "Jane Okafor toured the north shore on Friday.\n\n"
        "Pacific Islander families have fished there for a century. "
        "\u201cThey deserve a pier before anyone else,\u201d she said."
    )
    assert speakers(text) == [("They deserve a pier before anyone else", "Jane Okafor")]
    assert "Pacific Islander" not in people(text)


def test_a_day_of_note_or_a_law_is_nobody():
    text = (
        "Jane Okafor spoke to the harbour board on Monday.\n\n"
        "Election Day is three weeks away. "
        "\u201cThe vote will not wait for the dredging,\u201d she said.\n\n"
        "The Coastal Access Act sets the deadline. "
        "\u201cWe have until spring,\u201d she said."
    )
    assert speakers(text) == [
        ("The vote will not wait for the dredging", "Jane Okafor"),
        ("We have until spring", "Jane Okafor"),
    ]
    assert people(text) == {"Jane Okafor"}


def test_a_common_word_opening_a_sentence_is_no_name():
    text = (
        "Jane Okafor told the candidates that the budget was short at the harbour forum in Salem. "
        "Candidates who say \u201cthe pier can wait are wrong,\u201d she said."
    )
    assert speakers(text) == [("the pier can wait are wrong", "Jane Okafor")]
    assert "Candidates" not in people(text)


def test_a_run_that_opens_with_a_first_name_stays_a_person():
    table = first_name_genders()
    assert names_nobody(["Brian", "Marchese"], table) is None  # "-ese" as in "Chinese", but Brian is a first name
    assert names_nobody(["Mexican", "American"], table) == "people"
    assert names_nobody(["East", "German"], table) == "people"
    assert names_nobody(["World", "War", "II"], table) == "nothing"
    assert names_nobody(["Labor", "Day"], table) == "nothing"
    assert names_nobody(["Kate", "Day"], table) is None
    text = "\u201cThe harbour comes first,\u201d Brian Marchese said on Monday."
    assert speakers(text) == [("The harbour comes first", "Brian Marchese")]


def test_a_description_does_not_reach_back_past_when_or_because():
    text = (
        "Jane Okafor took questions from tenants at the harbour forum on Friday.\n\n"
        "But that changed when one tenant raised the rents. Then Okafor left because two neighbors shouted."
    )
    story = story_of(text)
    described = {e.name for e in story.cast.entities if e.anon}
    assert {"tenant", "neighbors"} <= described
    assert not any(word in name.split() for name in described for word in ("when", "because"))


def test_a_time_zone_is_nobody():
    text = (
        "Jane Okafor spoke to the harbour board at 7 p.m. EST on Monday. "
        "\u201cThe vote will not wait for the dredging,\u201d she said.\n\n"
        "The count closes at midnight (all times Eastern Standard Time)."
    )
    assert speakers(text) == [("The vote will not wait for the dredging", "Jane Okafor")]
    assert people(text) == {"Jane Okafor"}


def test_a_closing_single_quotation_mark_is_no_part_of_a_name():
    assert clean_token("Skipper.\u2019") == "Skipper"  # a headline's "her \u2018Skipper.\u2019"
    assert clean_token("Skipper'") == "Skipper"
    assert clean_token("Okafor\u2019s") == "Okafor"
    assert clean_token("Jones\u2019") == "Jones"
    assert clean_token("Gov.") == "Gov."


def test_a_headline_verb_of_saying_ends_the_name_before_it():
    text = (
        "Jane Okafor spoke to the harbour board on Monday. "
        "\u201cThe vote will not wait for the dredging,\u201d she said.\n\n"
        "Jane Okafor Responds To Question About Dredging By Saying The Pier Can Wait."
    )
    assert "Jane Okafor" in people(text)
    assert not any("Responds" in name for name in people(text))


def test_a_run_ending_in_a_compound_adjective_is_a_modifier():
    text = (
        "A Salem-based ferry firm and a Jane Roe-style campaign split the harbour board on Monday.\n\n"
        "Jane Okafor chairs the board. "
        "\u201cThe vote will not wait for the dredging,\u201d she said."
    )
    assert speakers(text) == [("The vote will not wait for the dredging", "Jane Okafor")]
    assert people(text) == {"Jane Okafor"}


def test_maybe_or_perhaps_opening_a_sentence_is_no_part_of_the_name_after_it():
    found = people(
        "Dana Whitlock runs the harbour board.\n\n"
        "Maybe Whitlock is the wrong person for the job. Perhaps Omar Fenwick would do better, critics say."
    )
    assert not {name for name in found if name.startswith(("Maybe", "Perhaps"))}


def test_a_word_in_ing_opening_a_sentence_before_a_surname_is_no_part_of_the_name():
    text = (
        "Tom Rudd toured the north shore on Friday with Jane Okafor.\n\n"
        "Joining Rudd on the tour was the harbour master. Trailing Jane Okafor were the ferry crews.\n\n"
        "\u201cThe pier must stay open,\u201d Rudd said."
    )
    assert people(text) == {"Jane Okafor", "Tom Rudd"}
    assert speakers(text) == [("The pier must stay open", "Tom Rudd")]


def test_a_title_in_the_plural_before_a_surname_is_no_part_of_the_name_but_mrs_is():
    text = (
        "Jane Okafor sits on the harbour board. Tom Rudd does too, and Sen. Ann Lee chairs it.\n\n"
        "Senators Okafor and Rudd voted to close the pier on Monday, and Mrs. Lee did not.\n\n"
        "\u201cThe pier must stay open,\u201d Mrs. Lee said."
    )
    assert people(text) == {"Jane Okafor", "Tom Rudd", "Ann Lee"}
    assert speakers(text) == [("The pier must stay open", "Ann Lee")]


def test_a_name_glued_to_the_words_before_it_is_the_name_but_a_double_given_name_stays_whole():
    text = (
        "Ferry votes counted in Salemport\n\n"
        "Tom RuddFlagShareLikeReplyJane Okafor posted the count at noon. New HarbourMark Ellis took the photos. "
        "\u201cThe pier stays open,\u201d Okafor said.\n\n"
        "MaryAnn Lee chairs the board, and Sen. KellyJo Fenwick sits on it. \u201cWe agree,\u201d Lee said."
    )
    assert people(text) == {"Jane Okafor", "Mark Ellis", "MaryAnn Lee", "KellyJo Fenwick"}
    assert speakers(text) == [("The pier stays open", "Jane Okafor"), ("We agree", "MaryAnn Lee")]


def test_a_live_blog_time_glued_to_a_name_is_no_part_of_it():
    text = (
        "Ferry votes counted in Salemport\n\n"
        "Live updates from the harbour board, February 6, 2016 10:20PMJane Okafor toured the pier before the count. "
        "\u201cThe pier stays open,\u201d Okafor said."
    )
    assert people(text) == {"Jane Okafor"}
    assert speakers(text) == [("The pier stays open", "Jane Okafor")]

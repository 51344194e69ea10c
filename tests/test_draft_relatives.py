"""Relatives who share a surname: each keeps the sex their own title or first name gives, and
"Mrs. Doe" / "Mr. Doe" go to the relative of that sex."""

from __future__ import annotations

import yaml

from bot.draft import draft_brief
from bot.draft.story import Story
from tests.draftstories import people_in, quotes_in, story_of

TABLE = {"Carol": "f"}  # "Bram" and "Tess" are listed with no sex, as many real first names are


def story(text: str) -> Story:
    return story_of(text, first_names=TABLE)


def sexes(s: Story) -> dict[str, str | None]:
    return {e.name: e.gender for e in s.cast.entities if e.kind == "person" and not e.anon}


def test_mrs_goes_to_the_wife_of_known_sex_not_the_husband_of_unknown_sex_met_first():
    text = (
        "Bram Avery and his wife, Carol Avery, opened the hearing on Tuesday.\n\n"
        "\u201cWe need the money now,\u201d Mrs. Avery said.\n\n"
        "\u201cThe crews have earned it,\u201d Mr. Avery said."
    )
    s = story(text)
    assert quotes_in(s) == [
        ("We need the money now", "Carol Avery"),
        ("The crews have earned it", "Bram Avery"),
    ]
    assert sexes(s) == {"Bram Avery": "m", "Carol Avery": "f"}


def test_mrs_first_is_not_merged_into_a_later_full_name_of_another_relative():
    text = (
        "Mrs. Avery opened the hearing on Tuesday.\n\n"
        "Her husband, Bram Avery, and their daughter, Tess Avery, spoke next.\n\n"
        "\u201cThe crews have earned it,\u201d Mr. Avery said."
    )
    s = story(text)
    assert quotes_in(s) == [("The crews have earned it", "Bram Avery")]
    assert sexes(s)["Bram Avery"] == "m" and sexes(s)["Avery"] == "f"


def test_mrs_first_still_joins_her_own_full_name_when_no_relative_is_named():
    text = (
        "Mrs. Avery opened the hearing on Tuesday.\n\n"
        "Tess Avery, the harbour master, spoke for an hour.\n\n"
        "\u201cWe need the money now,\u201d Mrs. Avery said."
    )
    s = story(text)
    assert quotes_in(s) == [("We need the money now", "Tess Avery")]
    assert sexes(s) == {"Tess Avery": "f"}


def test_two_given_names_before_one_surname_are_two_people_each_found_by_their_title():
    text = (
        "The parents, Bram and Tess Avery, have rebuked the mayor, and the mayor has answered them.\n\n"
        "Mr. Avery said the mayor had run a campaign \u201cof spite and of dividing us.\u201d\n\n"
        "\u201cThe whole town felt my pain,\u201d Ms. Avery wrote. She continued: \u201cDoes he really need to ask "
        "why I did not speak?\u201d"
    )
    s = story(text)
    assert quotes_in(s) == [
        ("of spite and of dividing us.", "Bram Avery"),
        ("The whole town felt my pain", "Tess Avery"),
        ("Does he really need to ask why I did not speak?", "Tess Avery"),
    ]


def aliases_listed(text: str) -> dict[str, list[str]]:
    """Each person of the drafted people list and the short forms it is given."""
    draft = draft_brief("Harbour board splits over the pier\n\n" + text, date="2016-01-01")
    listed = yaml.safe_load(draft.yaml_text).get("people") or []
    return {p["name"]: p.get("aliases", []) for p in listed}


def test_a_shared_surname_is_the_alias_of_the_relative_the_story_calls_by_it_alone():
    listed = aliases_listed(
        "Jane Avery told the harbour board on Monday that the pier would close, and her husband, Tom Avery, a "
        "ferry captain, agreed with her at the meeting.\n\n"
        "\u201cWe cannot wait for the money any longer,\u201d Avery said after the vote on the pier on Monday."
    )
    assert listed == {"Jane Avery": ["Avery"], "Tom Avery": []}


def test_a_shared_surname_both_relatives_are_called_by_is_the_alias_of_neither():
    listed = aliases_listed(
        "Jane Avery told the harbour board on Monday that the pier would close, and her husband, Tom Avery, a "
        "ferry captain, agreed with her at the meeting.\n\n"
        "\u201cWe cannot wait for the money any longer,\u201d Mrs. Avery said after the vote, and Mr. Avery "
        "nodded beside her."
    )
    assert listed == {"Jane Avery": [], "Tom Avery": []}


def test_a_son_named_by_given_name_and_suffix_is_the_son_named_in_full_in_either_order():
    short_first = aliases_listed(
        "Tom Avery met the harbour board on Monday and said the pier would close, a plan the board opposed.\n\n"
        "His son Tom Jr. spoke next.\n\nLater Tom Avery Jr. told reporters the vote was final."
    )
    full_first = aliases_listed(
        "Tom Avery met the harbour board on Monday and said the pier would close, a plan the board opposed.\n\n"
        "His son Tom Avery Jr. spoke next.\n\nLater Tom Jr. told reporters the vote was final."
    )
    assert short_first == full_first == {"Tom Avery": [], "Tom Avery Jr.": ["Tom Jr."]}


def test_a_surname_alone_goes_to_the_later_bearer_whose_sex_the_story_gives_it():
    text = (
        "Ray Avery founded Bayline Ferries in 1980.\n\n"
        "His daughter Carol Avery took over the firm in 2010.\n\n"
        "\u201cWe grew every year,\u201d Avery said.\n\n"
        "Avery said she will add two routes next year."
    )
    s = story_of(text, first_names={"Ray": "m", "Carol": "f"})
    assert quotes_in(s) == [("We grew every year", "Carol Avery")]
    people = yaml.safe_load(draft_brief(text, date="2024-06-01").yaml_text)["people"]
    assert [p["name"] for p in people if "Avery" in p.get("aliases", [])] == ["Carol Avery"]


def test_a_surname_alone_stays_with_the_first_bearer_when_the_story_says_nothing_of_its_sex():
    text = (
        "Ray Avery founded Bayline Ferries in 1980.\n\n"
        "His daughter Carol Avery took over the firm in 2010.\n\n"
        "\u201cWe grew every year,\u201d Avery said."
    )
    s = story_of(text, first_names={"Ray": "m", "Carol": "f"})
    assert quotes_in(s) == [("We grew every year", "Ray Avery")]


def test_her_husband_is_the_man_of_her_surname_the_story_names_not_the_last_man_named():
    text = (
        "State Sen. Bram Avery said Tuesday he will run for the seat his wife, Rep. Carol Avery, is giving up.\n\n"
        "Her campaign manager, Dale Moss, said the move was expected. \u201cWe saw it coming,\u201d he said.\n\n"
        "Carol Avery said she would campaign for him. \u201cHe will win this on his own,\u201d she said.\n\n"
        "Her husband, standing nearby, did not argue. \u201cShe is the boss,\u201d he said."
    )
    assert quotes_in(story(text))[-1] == ("She is the boss", "Bram Avery")


def test_a_relative_whose_role_gives_another_tie_of_kin_is_not_the_one_meant():
    text = (
        "Carol Avery said Tuesday she will retire from the harbour board.\n\n"
        "Their son, Tom Avery, a ferry captain, said he was proud. \u201cShe earned a rest,\u201d he said.\n\n"
        "Bram Avery, a pilot, said he would say little. Dale Moss, a neighbour, said he knew them well.\n\n"
        "Her husband spoke last. \u201cWe will sail more,\u201d he said."
    )
    assert quotes_in(story(text))[-1] == ("We will sail more", "Bram Avery")


def test_his_father_and_the_elder_avery_are_the_parent_the_story_names():
    text = (
        "Tom Avery, 41, is the son of former Gov. Bram Avery, who left office in 2008.\n\n"
        "\u201cI love my father,\u201d Tom Avery said. \u201cBut I am running on my record.\u201d\n\n"
        "Asked about the audit, the elder Avery was brief. \u201cThat was a long time ago,\u201d he said.\n\n"
        "Tom Avery said he had not asked for help. \u201cI can win this,\u201d he said.\n\n"
        "His father, for his part, said little else. \u201cThis is his race,\u201d he said."
    )
    assert quotes_in(story(text))[2:] == [
        ("That was a long time ago", "Bram Avery"),
        ("I can win this", "Tom Avery"),
        ("This is his race", "Bram Avery"),
    ]


def test_the_elder_doctor_is_the_relative_the_story_names_as_their_mother():
    text = (
        "Tom Avery and his sister, Tess Avery, run rival campaigns this fall.\n\n"
        "\u201cIt is awkward at dinner,\u201d Ms. Avery said.\n\n"
        "Their mother, Dr. Carol Avery, said she would vote for both.\n\n"
        "\u201cI raised them both to argue,\u201d the elder Dr. Avery said.\n\n"
        "She added: \u201cI did not expect this.\u201d"
    )
    assert quotes_in(story(text))[1:] == [
        ("I raised them both to argue", "Carol Avery"),
        ("I did not expect this.", "Carol Avery"),
    ]


def test_a_full_name_written_with_a_short_given_name_or_a_middle_initial_is_the_same_person():
    listed = aliases_listed(
        "Benjamin Avery told the harbour board on Monday that the pier would close.\n\n"
        "Now Ben Avery, a former ferry captain, wants the board's seat himself.\n\n"
        "His rival, Sen. Carla M. Voss, answered on Tuesday. Carla Voss said the pier would stay open.\n\n"
        "Bill Doran, who runs the marina, sided with her. William Doran has owned it since 1990."
    )
    assert listed == {
        "Benjamin Avery": ["Avery", "Ben Avery"],
        "Carla M. Voss": ["Carla Voss", "Voss"],
        "William Doran": ["Bill Doran", "Doran"],
    }


def test_namesakes_with_other_middle_initials_or_a_suffix_stay_apart():
    s = story(
        "Tess R. Avery and Tess K. Avery are both on the ballot for the harbour board.\n\n"
        "Tess Avery, the board's longest-serving member, said nothing.\n\n"
        "Tom Avery met the board on Monday, and his son Tom Avery Jr. spoke next."
    )
    assert people_in(s) == {"Tess R. Avery", "Tess K. Avery", "Tess Avery", "Tom Avery", "Tom Avery Jr."}


def test_a_short_form_of_another_sex_is_no_short_form():
    s = story_of(
        "Danielle Avery spoke to the harbour board on Monday. Dan Avery, her brother, spoke after her.",
        first_names={"Danielle": "f", "Dan": "m"},
    )
    assert people_in(s) == {"Danielle Avery", "Dan Avery"}


def test_a_titled_surname_said_she_is_no_surname_alone_said_she():
    text = (
        "Ray Avery runs for the harbour board, and his sister Carol Avery runs the party against him.\n\n"
        "Ms. Avery said she had stepped back from the race.\n\n"
        "\u201cThe pier comes first,\u201d Avery told the crowd at a rally on Saturday."
    )
    s = story_of(text, first_names={"Ray": "m", "Carol": "f"})
    assert quotes_in(s) == [("The pier comes first", "Ray Avery")]


def test_a_surname_with_a_title_goes_to_the_bearer_the_story_gave_that_title():
    text = (
        "Ray Avery runs for the harbour board. His mother, Dr. Tess Avery, retired from her clinic in 2019.\n\n"
        "\u201cI raised him to argue,\u201d Dr. Avery said."
    )
    s = story_of(text, first_names={"Ray": "m"})
    assert quotes_in(s) == [("I raised him to argue", "Tess Avery")]


def test_the_elder_and_the_younger_go_to_the_parent_and_the_child_of_one_surname():
    text = (
        "Cole Avery, 41, runs for harbour master. He is the son of former Mayor Bram T. Avery, who ran the port "
        "for a decade.\n\n"
        "\u201cI love my father,\u201d Cole Avery said.\n\n"
        "\u201cThat was a long time ago,\u201d the elder Avery said.\n\n"
        "\u201cIt is my race now,\u201d the younger Avery said."
    )
    s = story_of(text, first_names={"Cole": "m", "Bram": "m"})
    assert quotes_in(s) == [
        ("I love my father", "Cole Avery"),
        ("That was a long time ago", "Bram T. Avery"),
        ("It is my race now", "Cole Avery"),
    ]


def test_the_elder_of_two_namesakes_is_the_older_by_the_ages_the_story_gives():
    text = (
        "Tess Avery, 38, and Carol Avery, 56, are both on the ballot for the harbour board.\n\n"
        "Ray Avery, Tess Avery\u2019s husband, runs her campaign.\n\n"
        "\u201cI just wish she had picked a different year,\u201d the older Avery said."
    )
    s = story_of(text, first_names={"Tess": "f", "Carol": "f", "Ray": "m"})
    assert quotes_in(s) == [("I just wish she had picked a different year", "Carol Avery")]


def test_a_parent_described_between_the_relation_and_the_name_is_the_elder():
    text = (
        "Tom Avery, 34, was pardoned on Monday. His father, the Salemport ferry owner Bram Avery, gave money to "
        "the mayor.\n\n"
        "\u201cWe never asked for it,\u201d the elder Avery said."
    )
    s = story_of(text, first_names={"Tom": "m", "Bram": "m"})
    assert quotes_in(s) == [("We never asked for it", "Bram Avery")]

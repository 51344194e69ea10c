"""A title before a person's name is the person's role, not an organisation: middle initials ("George Q.R.
Vandermeer"), a surname with a capital inside it ("McAllister", "O'Hara"), a hyphened title
("Secretary-Treasurer", "Editor-in-Chief") and "counsel" as a title. A role word after "would" or "to" is a
verb ("would counsel Doe"), not the person's role."""

from __future__ import annotations

from tests.draftstories import quotes_of, story_of


def entries(text: str) -> dict[str, tuple[str, str | None]]:
    """Each entity the drafter reads in the text: name → (kind, role)."""
    return {e.name: (e.kind, e.role) for e in story_of(text).cast.entities}


def test_middle_initials_are_not_an_acronym():
    text = 'Former President George Q.R. Vandermeer said the pier "was a promise kept."'
    assert entries(text)["George Q.R. Vandermeer"] == ("person", "President")
    assert quotes_of(text) == [("was a promise kept.", "George Q.R. Vandermeer")]


def test_a_surname_with_a_capital_inside_after_a_title_of_several_words():
    text = (
        'Harbour Board Chief of Staff Alan McAllister said the budget "is not enough." '
        'Secretary of State Nora O\u2019Hara said it "will have to do."'
    )
    found = entries(text)
    assert found["Alan McAllister"] == ("person", "Harbour Board Chief of Staff")
    assert found["Nora O\u2019Hara"] == ("person", "Secretary of State")
    assert not any(kind == "organisation" and "Chief" in name for name, (kind, _) in found.items())


def test_a_hyphened_title_before_a_name_is_the_role():
    text = (
        'Dockworkers Union Secretary-Treasurer Gil Castellano said the pay "is fair." '
        'Gazette Editor-in-Chief Mara Oduya said the paper "will keep asking."'
    )
    found = entries(text)
    assert found["Gil Castellano"][0] == "person"
    assert found["Gil Castellano"][1].endswith("Secretary-Treasurer")
    assert found["Mara Oduya"][0] == "person"
    assert found["Mara Oduya"][1].endswith("Editor-in-Chief")
    assert [speaker for _, speaker in quotes_of(text)] == ["Gil Castellano", "Mara Oduya"]


def test_counsel_is_a_title_and_after_would_a_verb():
    text = (
        'City Counsel R. Dev Kaplinsky said the contract "holds up." '
        "Asked whether he would counsel Ines Brandvold to sign, Kaplinsky said he would not."
    )
    found = entries(text)
    assert found["R. Dev Kaplinsky"] == ("person", "City Counsel")
    assert found["Ines Brandvold"] == ("person", None)


def test_a_verb_after_to_is_not_part_of_the_role():
    text = (
        "The mayor hoped to embarrass Republican rival Teodor Vasquell in the vote. "
        "Later she went to hammer Lina Rostova on the budget."
    )
    found = entries(text)
    assert found["Teodor Vasquell"] == ("person", "Republican rival")
    assert found["Lina Rostova"] == ("person", None)


def test_a_role_after_to_as_a_preposition_stays_whole():
    text = "The letter went to campaign manager Ottilie Branck and to conservative columnist Ravi Menon."
    found = entries(text)
    assert found["Ottilie Branck"] == ("person", "campaign manager")
    assert found["Ravi Menon"] == ("person", "conservative columnist")


def test_initials_do_not_end_the_sentence_before_a_name():
    text = 'Former Mayor T.J. Ostrander said the pier "was a promise kept."'
    assert quotes_of(text) == [("was a promise kept.", "T.J. Ostrander")]


def test_a_nickname_between_initials_and_a_surname_is_not_a_quotation():
    text = (
        "Senator Jack Kasimir sent a deputy. "
        'His campaign was represented by Gov. C.L. "Butch" Ottermann, an early backer, who spoke briefly.'
    )
    assert quotes_of(text) == []


def test_an_officer_title_after_a_body_is_not_part_of_its_name():
    text = (
        "Harbour Radio Vice President for news Dana Whitcombe backed the plan. "
        "The Marlow Party Chairman said nothing. The Harbour Department of Justice was silent."
    )
    found = entries(text)
    assert found["Harbour Radio"][0] == "organisation"
    assert found["Marlow Party"][0] == "organisation"
    assert "Harbour Department of Justice" in found
    assert not any(name.endswith(("President", "Chairman")) for name in found)


def test_a_former_office_with_no_name_after_it_is_not_an_entry():
    text = (
        'Nadia Kellerman spoke first. The former Secretary of State said the treaty "was never signed." '
        'Later the former Brightwave-Kessler CEO who ran for governor said the plant "will stay open."'
    )
    found = entries(text)
    assert "Secretary of State" not in found
    assert not any("CEO" in name for name in found)
    assert found["Nadia Kellerman"][0] == "person"


def test_a_surname_that_is_also_a_body_word_after_a_title_is_the_person():
    text = 'Riverton City Mayor Oscar Power said the bridge "opens in May."'
    found = entries(text)
    assert found["Oscar Power"] == ("person", "Riverton City Mayor")
    assert not any(kind == "organisation" and "Mayor" in name for name, (kind, _) in found.items())
    assert quotes_of(text) == [("opens in May.", "Oscar Power")]


def test_an_office_held_as_a_predicate_is_not_an_entry():
    text = (
        "Ruth Almgren served the mayor as Secretary of State for six years. "
        'While Secretary of State, Almgren said the port "must be dredged." '
        "Her deputy was Lakeshore Governor until May."
    )
    found = entries(text)
    assert "Secretary of State" not in found
    assert "Lakeshore Governor" not in found
    assert quotes_of(text) == [("must be dredged.", "Ruth Almgren")]


def test_a_state_or_town_legislator_title_is_a_role():
    text = 'Assemblywoman Jane Okafor said the pier "was a promise kept."\n\nSelectman John Roe voted for it.'
    assert entries(text)["Jane Okafor"] == ("person", "Assemblywoman")
    assert entries(text)["John Roe"] == ("person", "Selectman")
    assert quotes_of(text) == [("was a promise kept.", "Jane Okafor")]


def test_an_officers_title_before_of_and_a_body_names_the_body_not_a_speaker():
    got = quotes_of(
        "Workers who rely on tips are seeing a pay cut, the Gazette reported.",
        "Tomas Reyl, president and CEO of Harbour Restaurant Association stated, \u201cIt is not a political "
        "problem; it is a math problem.\u201d",
    )
    assert got == [("It is not a political problem; it is a math problem.", "Tomas Reyl")]


def test_an_offices_last_words_after_for_or_of_are_not_part_of_the_name_that_follows():
    s = story_of(
        "Omar Fenwick praised the crew on Friday.\n\n"
        "Fenwick was responding to a message from Undersecretary for Harbour Affairs Wendy Sherwood, reporting "
        "that a ferry had left the port. \u201cFerry wheels up a few minutes ago. Another crew miracle,\u201d she "
        "wrote."
    )
    people = {e.name for e in s.cast.entities if e.kind == "person" and not e.anon}
    assert "Wendy Sherwood" in people and "Harbour Affairs Wendy Sherwood" not in people
    got = quotes_of(
        "Omar Fenwick praised the crew on Friday.",
        "Fenwick was responding to a message from Undersecretary for Harbour Affairs Wendy Sherwood, reporting "
        "that a ferry had left the port. \u201cFerry wheels up a few minutes ago. Another crew miracle,\u201d she "
        "wrote.",
    )
    assert got == [("Ferry wheels up a few minutes ago. Another crew miracle", "Wendy Sherwood")]


def test_the_department_after_a_lower_case_secretary_of_is_no_part_of_the_surname_after_it():
    text = (
        "Nora O\u2019Hara spoke at the pier on Monday. Former secretary of State O\u2019Hara was for the budget "
        "before she was against it. She called the budget \u201ca mess that nobody wanted.\u201d "
        "On Tuesday, minister of Defence Whitcombe said the budget \u201cwill have to do.\u201d"
    )
    found = entries(text)
    assert "State O\u2019Hara" not in found and "Defence Whitcombe" not in found
    assert quotes_of(text) == [("a mess that nobody wanted.", "Nora O\u2019Hara"), ("will have to do.", "Whitcombe")]


def test_a_nickname_in_quotation_marks_inside_a_name_is_left_out_of_it():
    text = 'Juan "Chico" Roe of Salemport carried one of the flags. "I cried the whole way," he said.'
    found = entries(text)
    assert found["Juan Roe"] == ("person", "of Salemport")
    assert "Roe" not in found and "Chico" not in found
    assert quotes_of(text) == [("I cried the whole way", "Juan Roe")]


def test_a_titled_given_name_before_a_nickname_is_the_person_named_in_full():
    text = 'Republican Juan "Chico" Roe and Rep. Ann Lyle met the harbour board on Monday.'
    found = entries(text)
    assert found["Juan Roe"] == ("person", "Republican")
    assert "Juan" not in found


def test_a_full_name_after_the_qualifying_a_lower_case_noun_is_a_person_not_a_body():
    text = (
        "Ms. Okafor has assailed the policies of the Bill Lyle era. "
        "The pact fell apart when the Jane Q. Roe scandal broke."
    )
    found = entries(text)
    assert found["Bill Lyle"][0] == "person"
    assert found["Jane Q. Roe"][0] == "person"


def test_a_title_in_capitals_before_a_name_is_the_role():
    text = (
        "Tom Lyle could play Navy SEAL Jane Okafor on screen. "
        "The group was founded by DJ Ann Roe. "
        "Salemport sued AG Lyle on Monday."
    )
    found = entries(text)
    assert found["Jane Okafor"] == ("person", "Navy SEAL")
    assert found["Ann Roe"] == ("person", "DJ")
    assert not any(name.startswith(("Navy", "DJ", "AG")) for name in found)


def test_pro_tem_and_pro_tempore_after_a_title_belong_to_the_title():
    text = (
        'Senate President Pro Tempore Gil Castellano said the ruling was "an act of overreach." '
        'Council Speaker Pro Tem Mara Oduya said it "brings chaos to the harbour."'
    )
    found = entries(text)
    assert found["Gil Castellano"] == ("person", "Senate President Pro Tempore")
    assert found["Mara Oduya"] == ("person", "Council Speaker Pro Tem")
    assert quotes_of(text) == [
        ("an act of overreach.", "Gil Castellano"),
        ("brings chaos to the harbour.", "Mara Oduya"),
    ]


def test_emeritus_and_an_abbreviated_title_made_elect_belong_to_the_title():
    text = (
        'Chairman Emeritus Gil Castellano said the ruling was "an act of overreach." '
        'Gov.-elect Mara Oduya said it "brings chaos to the harbour."'
    )
    found = entries(text)
    assert found["Gil Castellano"] == ("person", "Chairman Emeritus")
    assert found["Mara Oduya"] == ("person", "Gov.-elect")


def test_a_role_noun_after_other_words_of_a_title_ends_the_title():
    text = (
        'Council Member Tom Castellano said the ruling was "an act of overreach." '
        'Harbour Gazette Managing Editor Jane Oduya said it "brings chaos to the harbour."'
    )
    found = entries(text)
    assert found["Tom Castellano"] == ("person", "Council Member")
    assert found["Jane Oduya"] == ("person", "Harbour Gazette Managing Editor")
    assert quotes_of(text) == [
        ("an act of overreach.", "Tom Castellano"),
        ("brings chaos to the harbour.", "Jane Oduya"),
    ]


def test_a_title_to_a_place_before_a_name_leaves_the_place_out_of_the_name():
    text = (
        'U.S. Ambassador to the United Nations Jane Oduya said the vote was "an act of overreach." '
        'Ambassador to France Tom Castellano said it "brings chaos to the harbour."'
    )
    found = entries(text)
    assert "U.S. Ambassador" not in found and "France Tom Castellano" not in found
    assert quotes_of(text) == [
        ("an act of overreach.", "Jane Oduya"),
        ("brings chaos to the harbour.", "Tom Castellano"),
    ]


def test_two_particles_between_a_given_name_and_a_surname_belong_to_the_surname():
    text = (
        'Jane de la Oduya said the ruling was "an act of overreach." Tom von der Castellano called it "chaos." '
        '"It is over," de la Oduya said later.'
    )
    found = entries(text)
    assert found["Jane de la Oduya"][0] == "person" and found["Tom von der Castellano"][0] == "person"
    assert "Oduya" not in found and "Castellano" not in found
    assert quotes_of(text) == [
        ("an act of overreach.", "Jane de la Oduya"),
        ("chaos.", "Tom von der Castellano"),
        ("It is over", "Jane de la Oduya"),
    ]

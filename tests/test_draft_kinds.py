"""Person or organisation, from what the story says of a name: a common noun for a kind of body before it ("the
advocacy group …", "a firm called …"), the head of its apposition ("…, a leading digital firm,"), an office only a
body has ("president of …"); a name with a person's given name, or a surname the story gives in full, stays a
person."""

from __future__ import annotations

import yaml

from bot.draft import draft_brief
from tests.draftstories import HEADLINE, quotes_of, story_of


def entries(*paragraphs: str) -> dict[str, tuple[str, list[str]]]:
    """Each people entry of a draft made from these paragraphs: name → (kind, aliases)."""
    draft = draft_brief(HEADLINE + "\n\n".join(paragraphs), date="2024-06-01")
    people = yaml.safe_load(draft.yaml_text).get("people") or []
    return {p["name"]: (p.get("kind", "person"), p.get("aliases", [])) for p in people}


def test_a_name_after_a_noun_for_a_kind_of_body_is_that_body():
    story = (
        "Sam Poe, executive director of the advocacy group Fair Roads Now, said the plan was weak.",
        "They paid a company called Marble Lantern, which builds voter lists.",
    )
    got = entries(*story)
    assert got["Fair Roads Now"] == ("organisation", [])
    assert got["Marble Lantern"] == ("organisation", [])
    assert got["Sam Poe"] == ("person", ["Poe"])


def test_a_name_set_off_by_commas_after_a_noun_for_a_kind_of_body_is_that_body():
    story = (
        "Days later, the super PAC, Harbour Forward, began airing ads, and both used the same media firm, Kelby "
        "Strategies, to buy them.",
        "Harbour Forward\u2019s treasurer, Jim Hart, said the ads were legal.",
        "The mayor has sent her nominee to the board, Kestrel Avery, a letter about the ads.",
    )
    got = entries(*story)
    assert got["Harbour Forward"] == ("organisation", [])
    assert got["Kelby Strategies"] == ("organisation", [])
    assert got["Kestrel Avery"][0] == "person"


def test_the_body_a_story_calls_a_name_by_speaks_as_that_name():
    story = ("They paid a company called Marble Lantern, which builds lists.", '"We do good work," the company said.')
    assert quotes_of(*story) == [("We do good work", "Marble Lantern")]


def test_a_one_word_name_the_story_calls_a_website_stays_a_body_when_it_speaks():
    story = ('A story by the website Bluecrest says that "many delegates are poised to leave."',)
    assert entries(*story)["Bluecrest"][0] == "organisation"


def test_the_head_noun_of_an_apposition_says_a_name_is_a_body():
    story = (
        "The money went to Harbor Light, a leading regional consulting firm, and to Bright Meadow, a super PAC aligned"
        " with Sen. Ann Roe.",
        "Jim Hart, a campaign aide, said he had not seen the money.",
    )
    got = entries(*story)
    assert got["Harbor Light"] == ("organisation", [])
    assert got["Bright Meadow"] == ("organisation", [])
    assert got["Jim Hart"] == ("person", ["Hart"])


def test_a_name_first_read_as_a_person_loses_a_persons_aliases_once_the_story_calls_it_a_body():
    story = (
        "Bayline Ferries will raise fares next month.",
        "Bayline Ferries, the ferry company, said costs are up.",
        "Ferries carry about 900 people a day across the bay.",
    )
    got = entries(*story)
    assert got["Bayline Ferries"] == ("organisation", [])
    assert "Ferries" not in got


def test_an_office_only_a_body_has_makes_the_name_after_it_a_body():
    story = ("Ann Poe became president of Clear Water Watch in May.",)
    assert entries(*story)["Clear Water Watch"][0] == "organisation"


def test_a_person_named_after_a_body_noun_stays_a_person():
    story = (
        "Kelly Ayotte has long been a senator.",
        "This is not the kind of campaign Ayotte hoped to run, and the group Jane Roe leads agrees.",
        "Mo Vell, a campaign aide, said so.",
    )
    got = entries(*story)
    assert got["Kelly Ayotte"][0] == "person"
    assert got["Jane Roe"][0] == "person"
    assert got["Mo Vell"][0] == "person"


def test_the_company_after_a_name_nothing_shows_to_be_a_persons_is_that_name():
    story = (
        "Bayline Ferries will raise fares next month, the company said on Monday.",
        "Ferries carry about 900 people a day across the bay.",
    )
    assert entries(*story) == {"Bayline Ferries": ("organisation", [])}


def test_the_company_after_a_name_opening_the_paragraph_after_a_dateline_is_that_name():
    story = (
        "PORTLAND, Maine \u2014 Bayline Ferries will raise fares next month, the company said on Monday.",
        "\u201cFuel costs have doubled,\u201d the company said in a statement.",
    )
    assert entries(*story) == {"Bayline Ferries": ("organisation", [])}
    assert quotes_of(*story) == [("Fuel costs have doubled", "Bayline Ferries")]


def test_the_super_pac_a_story_never_names_speaks_as_an_unnamed_body():
    story = (
        "The super PAC backing Marta Ellison spent $2 million on ads.",
        "\u201cWe will win,\u201d the super PAC said in a statement.",
    )
    assert quotes_of(*story) == [("We will win", "Unnamed super PAC")]
    assert "PAC" not in entries(*story)


def test_a_name_after_a_description_ending_in_a_capitalised_head_is_found_and_speaks():
    story = (
        "The pro-Ellison super PAC Harbour Forward spent $2 million on ads, as did the super PAC Tidewater Action PAC.",
        "\u201cWe will win,\u201d the group said.",
    )
    got = entries(*story)
    assert got["Harbour Forward"] == ("organisation", [])
    assert got["Tidewater Action PAC"] == ("organisation", [])
    assert quotes_of(*story) == [("We will win", "Tidewater Action PAC")]


def test_the_company_after_a_persons_name_is_not_that_person():
    story = ("Jane Roe will raise fares next month, the company said on Monday.",)
    assert entries(*story)["Jane Roe"][0] == "person"


def test_a_name_whose_members_or_chief_executive_the_story_gives_is_a_body():
    story = (
        "Marble Lantern said its lists were sound.",
        "Marble Lantern's chief executive, Ann Roe, said the firm had checked them twice.",
        "Jane Roe's employees were paid late.",
    )
    got = entries(*story)
    assert got["Marble Lantern"] == ("organisation", [])
    assert got["Jane Roe"][0] == "person"


def test_a_body_named_in_a_description_of_its_officer_is_one_the_group_can_mean():
    story = (
        "Ann Poe, the president of Clear Water Watch, charged that the plan was weak.",
        '"It is a giveaway," the group said.',
    )
    assert quotes_of(*story) == [("It is a giveaway", "Clear Water Watch")]
    assert entries(*story)["Clear Water Watch"][0] == "organisation"


def test_a_person_a_spokeswoman_speaks_for_is_no_body():
    story = ("Jane Doe met the board on Monday.", '"She will not run," said a spokeswoman for Jane Doe.')
    assert entries(*story)["Jane Doe"][0] == "person"


def test_a_one_word_name_a_description_calls_a_body_stays_a_body_when_it_speaks():
    story = (
        "Analysts say Chirpr, the social networking site that lets users post, needs a buyer.",
        '"We are fine," Chirpr said.',
    )
    assert entries(*story)["Chirpr"][0] == "organisation"


def test_an_apposition_calling_a_name_a_firm_outweighs_a_given_name_but_a_persons_noun_does_not():
    story = (
        "Tobias Grell also founded Henry Quarry, a firm focused on gravel and sand.",
        "Lena Vasko, a Midvale University professor, studied the sales.",
        "Nora Pell, a Navy veteran attending school in Ely, bought a plot.",
    )
    got = entries(*story)
    assert got["Henry Quarry"] == ("organisation", [])
    assert got["Lena Vasko"][0] == "person"
    assert got["Nora Pell"][0] == "person"


def test_a_body_named_with_our_or_your_keeps_its_whole_name_in_prose_but_not_in_a_title_case_headline():
    story = (
        "\u201cThe pier belongs to the children,\u201d said Save Our Harbour, a group that opposes the plan.",
        "Ellison Tells Our Readers About Her Pier Plan",
    )
    assert quotes_of(*story) == [("The pier belongs to the children", "Save Our Harbour")]
    got = entries(*story)
    assert got["Save Our Harbour"] == ("organisation", [])
    assert not {"Harbour", "Save", "Ellison Tells Our Readers"} & set(got)


def test_a_surname_that_opens_with_a_particle_is_one_surname_and_one_alias():
    story = (
        "\u201cWe will rebuild the pier,\u201d said harbour engineer Marta Van Dalen.",
        "Van Dalen later added, \u201cIt will take a year.\u201d",
        "Al Brandt, the mayor, disagreed.",
    )
    assert quotes_of(*story) == [
        ("We will rebuild the pier", "Marta Van Dalen"),
        ("It will take a year.", "Marta Van Dalen"),
    ]
    got = entries(*story)
    assert got["Marta Van Dalen"] == ("person", ["Van Dalen"])
    assert got["Al Brandt"] == ("person", ["Brandt"])  # a given name, never a particle
    assert "Van Dalen" not in got


def test_the_person_a_spokeswoman_speaks_for_has_an_entry_and_the_spokeswoman_keeps_the_quotation():
    story = (
        "Ann Roe, a spokeswoman for Jane Doe, said the senator would \u201cnot run again.\u201d",
        "\u201cThe pier comes first,\u201d said Tim Poe, an aide to Sen. Jim Hart.",
    )
    assert quotes_of(*story) == [("not run again.", "Ann Roe"), ("The pier comes first", "Tim Poe")]
    got = entries(*story)
    assert got["Jane Doe"] == ("person", ["Doe"])
    assert got["Jim Hart"] == ("person", ["Hart"])
    assert got["Ann Roe"] == ("person", ["Roe"])


def test_a_lower_case_particle_joins_a_given_name_to_its_surname_and_keeps_the_title():
    story = (
        "\u201cWe will rebuild the pier,\u201d Mayor Peter van Dalen said on Monday.",
        "Van Dalen later added, \u201cIt will take a year.\u201d",
        "\u201cNot before spring,\u201d van Dalen said.",
    )
    assert quotes_of(*story) == [
        ("We will rebuild the pier", "Peter van Dalen"),
        ("It will take a year.", "Peter van Dalen"),
        ("Not before spring", "Peter van Dalen"),
    ]
    assert entries(*story) == {"Peter van Dalen": ("person", ["van Dalen"])}
    mayor = story_of("\n\n".join(story)).cast.lookup("Peter van Dalen")
    assert mayor is not None and mayor.role == "Mayor"


def test_a_name_ending_in_register_for_a_newspaper_or_golf_for_a_business_is_a_body():
    story = (
        "Jane Okafor won the Salemport Register endorsement on Sunday, and Tom Rudd did not.",
        "Bayline Golf closed two courses near the pier in May.",
    )
    got = entries(*story)
    assert got["Salemport Register"][0] == "organisation"
    assert got["Bayline Golf"][0] == "organisation"
    assert got["Jane Okafor"][0] == "person"


def test_a_name_ending_on_what_a_company_runs_is_that_company():
    story = (
        "Bayline Ferries spokeswoman Ana Ruiz said the company would start work in May.",
        "\u201cWe're ready,\u201d she said.",
        "Harbor Railways and Salem Transit also bid for the contract.",
    )
    got = entries(*story)
    for company in ("Bayline Ferries", "Harbor Railways", "Salem Transit"):
        assert got[company] == ("organisation", []), company
    assert got["Ana Ruiz"] == ("person", ["Ruiz"])

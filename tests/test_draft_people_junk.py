"""Entries of a draft's people list an editor would delete at once: a label in capitals ("CORRECTION:"), a dateline's
place in capitals ("DOVERTON —"), a body's common noun in the plural opening a sentence ("Super PACs")."""

from __future__ import annotations

import yaml

from bot.draft import draft_brief
from tests.draftstories import quotes_in, quotes_of, story_of

HEADLINE = "Harbour board splits over the pier\n\n"


def people_listed(*paragraphs: str) -> dict[str, str]:
    """Each entry of the drafted people list: its name and kind."""
    draft = draft_brief(HEADLINE + "\n\n".join(paragraphs), date="2016-01-01")
    listed = yaml.safe_load(draft.yaml_text).get("people") or []
    return {p["name"]: p.get("kind", "person") for p in listed}


def test_a_correction_or_update_label_in_capitals_is_no_organisation():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "CORRECTION:",
        "An earlier version of this story misspelt the name of the pier.",
        "CORRECTION: Okafor said on Tuesday that the pier would reopen in May.",
        "UPDATE: The harbour board voted on Wednesday to keep the pier open.",
        "UPDATE: Okafor said on Thursday that the vote was final.",
        "EDITOR\u2019S NOTE: This story was first published on Monday.",
        "EDITOR\u2019S NOTE: It was updated on Thursday with the vote.",
    )
    assert listed == {"Jane Okafor": "person"}


def test_an_update_label_with_its_time_before_the_colon_is_no_organisation_and_no_speaker():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "UPDATE, 4:45 p.m.: Bayline Ferries said the pier \u201cwill stay open.\u201d",
        "UPDATE (9:10 p.m. ET): The harbour board\u2019s office said the vote was \u201cfinal.\u201d",
        "Update, Friday 10:15 a.m.: Okafor said the board would meet again.",
        "CORRECTION 12:40 AM: An earlier version misspelt the pier\u2019s name.",
    )
    assert "UPDATE" not in listed and "Update" not in listed and "CORRECTION" not in listed
    assert listed["Jane Okafor"] == "person"
    said = quotes_of(
        "Jane Okafor chairs the harbour board.\n\n"
        "UPDATE (9:10 p.m. ET): Bayline Ferries told reporters that the pier \u201cwill stay open.\u201d"
    )
    assert said == [("will stay open.", "Bayline Ferries")]


def test_a_word_of_a_day_of_note_opening_a_sentence_is_no_organisation():
    story = story_of(
        "Jane Okafor told the harbour board on Monday that the pier would close before Election Day.\n\n"
        "Election administrators said the closure was \u201ca mess at the polls.\u201d"
    )
    assert "Election" not in {e.name for e in story.cast.entities}
    assert quotes_in(story)[0][1] != "Election"


def test_a_body_covering_two_fields_joined_by_and_is_one_body():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "The Office of Ports and Harbours said the pier was safe, and the Salemport Center for Tides and Coastal "
        "Studies agreed. The Department of Transport and Jane Okafor disagreed.",
    )
    assert listed == {
        "Jane Okafor": "person",
        "Office of Ports and Harbours": "organisation",
        "Salemport Center for Tides and Coastal Studies": "organisation",
        "Department of Transport": "organisation",
    }


def test_a_town_named_as_where_someone_is_from_is_nobody():
    listed = people_listed(
        "\u201cThe pier is ours,\u201d said Jane Okafor, a ferry captain from Kelport who sailed for 30 years.",
        "Tom Avery, a Republican from Broken Weir, disagreed, and money from Bayline Trust kept the pier open.",
        "The dredging of the Kelby Basin and the Harbour Highlands ran over budget.",
    )
    assert listed == {"Jane Okafor": "person", "Tom Avery": "person", "Bayline Trust": "organisation"}


def test_a_race_written_capitalised_before_the_noun_it_qualifies_is_nobody():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the map diluted the votes of Black residents.",
        "The board said a historically Black neighbourhood and White voters on the north shore were split.",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_dateline_in_capitals_run_into_the_first_word_is_no_organisation():
    listed = people_listed(
        "A new pier for the north shore.",
        "DOVERTON \u2014Standing in front of Doverton\u2019s harbour hall, Jane Okafor said the pier would close.",
        "The harbour board voted on Monday to follow Okafor.",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_body_in_the_plural_opening_a_sentence_is_no_person():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "Super PACs have spent millions on the race. Super PACs will spend more, Okafor said.",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_surname_in_capitals_before_a_colon_stays_the_person():
    story = story_of(
        "The harbour board met on Monday.\n\n"
        "OKAFOR: The pier stays open until the board votes.\n\n"
        "Jane Okafor chairs the board.\n\n"
        "CLARIFICATION: The board meets on Friday."
    )
    named = [[m.text for m in par.mentions if m.kind == "name"] for par in story.paragraphs]
    assert named == [[], ["OKAFOR"], ["Jane Okafor"], []]


def test_a_word_of_a_headline_in_capitals_is_no_name():
    story = story_of(
        "AT LEAST 10 KILLED IN HARBOUR BLAST Mayor Jane Okafor said the pier would close.\n\n"
        "TWO MORE DIVERS FOR THE NEXT ACME BOARD The board met on Monday."
    )
    named = [[m.text for m in par.mentions if m.kind == "name"] for par in story.paragraphs]
    assert named == [["Jane Okafor"], []]
    assert story.cast.lookup("Jane Okafor").role == "Mayor"


def test_a_name_ending_in_a_plural_the_story_writes_in_lower_case_is_a_body():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "The photograph is by Salemport Images, which sells images of the pier. Salemport Images has sold 40 prints.",
    )
    assert listed == {"Jane Okafor": "person", "Salemport Images": "organisation"}


def test_a_group_named_by_its_people_in_the_plural_is_listed_only_when_it_speaks():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "Democrats on the board backed her, and Republicans did not. Many Americans fish from the pier, "
        "and Hispanics in Salemport make up half of its crews.",
        "\u201cThe pier is ours,\u201d Salemport Democrats said in a statement. Many New Yorkers and Iowans agree, "
        "and so do Texans.",
    )
    assert listed == {"Jane Okafor": "person", "Salemport Democrats": "person"}


def test_a_body_named_by_its_members_in_the_plural_is_listed_without_the_plural_as_its_alias():
    draft = draft_brief(
        HEADLINE
        + "Jane Okafor told the harbour board on Monday that the pier would close.\n\n"
        + "Gull Rock Republicans backed her. Republicans in Salemport were split, and gay voters were too.\n\n"
        + "The Gull Rock Republicans will meet on Friday, and Gay Republicans will not.",
        date="2016-01-01",
    )
    listed = {p["name"]: p.get("aliases", []) for p in yaml.safe_load(draft.yaml_text)["people"]}
    assert listed == {"Jane Okafor": ["Okafor"], "Gull Rock Republicans": []}


def test_a_photo_credit_line_between_paragraphs_names_nobody():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "Kel Marsh via Getty Images.",
        "The board voted on Tuesday to keep it open until May.",
        "Handout/Reuters.",
        "AP Photo/Tom Ruddle",
        "Okafor said the vote was final.",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_word_left_of_a_title_in_title_case_after_its_small_word_is_no_name():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "Her new book, Boats Who Sail, is out in May. Her first, Hear No Gulls, sold well.",
        "Okafor quoted Tom Rudd, who wrote the board a letter. Signs reading Stand With Rudd lined the pier.",
    )
    assert listed == {"Jane Okafor": "person", "Tom Rudd": "person"}


def test_a_lower_case_al_or_el_joins_a_given_name_to_its_surname():
    draft = draft_brief(
        HEADLINE
        + "The video shows the cleric Samir al-Marzouq, who was killed in 2011, lecturing a crowd.\n\n"
        + "Al-Marzouq later praised the harbour strike. Footage of Hosni el-Kadir follows, and El-Kadir waves.\n\n"
        + "The board called for the overthrow of Marzouq, even though it was clear he had died.",
        date="2016-01-01",
    )
    listed = {p["name"]: (p.get("kind", "person"), p.get("aliases")) for p in yaml.safe_load(draft.yaml_text)["people"]}
    assert listed == {
        "Samir al-Marzouq": ("person", ["Marzouq", "al-Marzouq"]),  # "Marzouq" alone is his too
        "Hosni el-Kadir": ("person", ["el-Kadir"]),
    }


def test_a_lower_case_al_set_apart_joins_any_given_name_to_its_surname():
    draft = draft_brief(
        HEADLINE
        + "The video shows Karim al Taleb, who ran the harbour, lecturing a crowd.\n\n"
        + "Al Taleb later praised the harbour strike, and Taleb was cheered.",
        date="2016-01-01",
    )
    listed = {p["name"]: p.get("aliases") for p in yaml.safe_load(draft.yaml_text)["people"]}
    assert listed == {"Karim al Taleb": ["al Taleb"]}


def test_a_town_the_story_places_is_no_organisation():
    listed = people_listed(
        "Jane Okafor told the harbour board in Dunmore on Monday that the pier would close.",
        "The Dunmore pier has stood since 1910. Kelport, Ore., lost its own pier in May, and Kelport fishermen "
        "now land their catch at Dunmore.",
        "Okafor said the Harbour Trust would pay for repairs. The Harbour Trust and Salemport Council met on Friday.",
        "Okafor grew up in Vale Mor and works on Tern Hill, where Vale Mor boats moor and Tern Hill traders meet.",
    )
    assert listed == {"Jane Okafor": "person", "Harbour Trust": "organisation", "Salemport Council": "organisation"}


def test_a_body_named_across_and_is_one_body():
    listed = people_listed(
        "Jane Okafor told the House Tides and Currents Committee on Monday that the pier would close.",
        "Okafor once worked for Dunlin and Dunlin, the ferry firm, and Tom Rudd and Ann Lee Consulting did not.",
    )
    assert listed == {
        "Jane Okafor": "person",
        "House Tides and Currents Committee": "organisation",
        "Dunlin and Dunlin": "organisation",
        "Tom Rudd": "person",
        "Ann Lee Consulting": "organisation",
    }


def test_a_party_letter_or_a_state_abbreviation_alone_is_no_one():
    listed = people_listed(
        "Sen. Jane Okafor (Ore.) and Rep. Tom Rudd (R) told the harbour board on Monday that the pier would close.",
        "Ann Lee (D) and Rep. Kel Marsh (Ill.) did not, and neither did Rep. Ivo Dunn (R) or Rep. Eda Pike (Ore.).",
    )
    assert listed == {"Jane Okafor": "person", "Tom Rudd": "person", "Ann Lee": "person", "Kel Marsh": "person",
                      "Ivo Dunn": "person", "Eda Pike": "person"}  # fmt: skip


def test_a_nationality_standing_for_someone_unnamed_is_no_entry():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "In May the port traded two spies for a Doverian who had worked as a harbour agent. The Doverian was freed.",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_word_shaped_like_an_adjective_written_only_before_a_noun_is_no_entry():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "The U.S.-Doverino border is shut, and U.S.-Doverino trade fell.",
        "Ruritanian-American crews noticed, and Ruritanian-American papers did too. The Presidential hopeful Tom Rudd "
        "agreed, and Presidential debates will follow.",
        "The Harbour Trust met Kel Doverino, who runs the ferry. Doverino said the fares would rise.",
    )
    assert listed == {"Jane Okafor": "person", "Kel Doverino": "person", "Tom Rudd": "person",
                      "Harbour Trust": "organisation"}  # fmt: skip


def test_a_name_ending_in_a_body_word_in_the_plural_is_an_organisation_without_a_surname():
    draft = draft_brief(
        HEADLINE
        + "Jane Okafor told the harbour board on Monday that the pier would close.\n\n"
        + "Her memoir is out from Gullhaven Publishers in May. Kelport Air Lines flies to the pier, and the Harbour "
        + "Defense Forces guard it; Tern Corps and Dunlin Affairs have not said what they will do.\n\n"
        + "Gullhaven Publishers and Kelport Air Lines will meet the board, as will the Harbour Defense Forces.",
        date="2016-01-01",
    )
    listed = {p["name"]: (p.get("kind", "person"), p.get("aliases")) for p in yaml.safe_load(draft.yaml_text)["people"]}
    assert listed == {
        "Jane Okafor": ("person", ["Okafor"]),
        "Gullhaven Publishers": ("organisation", None),
        "Kelport Air Lines": ("organisation", None),
        "Harbour Defense Forces": ("organisation", None),
        "Tern Corps": ("organisation", None),
        "Dunlin Affairs": ("organisation", None),
    }


def test_words_of_a_headline_in_title_case_are_no_name():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close. The closure seems final, and the "
        "outreach to fishermen was undone by a storm that found the pier.",
        "Related:",
        "Harbour Outreach Undone By Storm.",
        "Gull Pier Closure Seems Final As Okafor Meets The Board.",
        "Harbour Crew Candidates Found.",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_name_the_story_calls_it_or_which_is_an_organisation():
    draft = draft_brief(
        HEADLINE
        + "Jane Okafor told the harbour board on Monday that the pier would close.\n\n"
        + "Gull Watch, which sued the board in May, wants it open. Tidewatcher said it would sue too, and Okafor "
        + "met Tidewatcher on Friday. Gull Watch will appeal.\n\n"
        + "Ivana Okafor, which surprised the board, backed her sister.",
        date="2016-01-01",
    )
    listed = {p["name"]: (p.get("kind", "person"), p.get("aliases")) for p in yaml.safe_load(draft.yaml_text)["people"]}
    assert listed == {
        "Jane Okafor": ("person", ["Okafor"]),  # both sisters bear it, but "Okafor met …" alone is Jane
        "Gull Watch": ("organisation", None),
        "Tidewatcher": ("organisation", None),
        "Ivana Okafor": ("person", None),
    }


def test_a_full_name_qualifying_a_body_noun_after_the_is_the_person_met_by_surname_before():
    draft = draft_brief(
        "Okafor and Rudd meet on the pier\n\n"
        + "Okafor met Tom Rudd at the harbour on Friday.\n\n"
        + "Aides had talked with the Jane Okafor campaign for weeks, and Okafor left first.",
        date="2016-01-01",
    )
    listed = {p["name"]: (p.get("kind", "person"), p.get("aliases")) for p in yaml.safe_load(draft.yaml_text)["people"]}
    assert listed == {"Tom Rudd": ("person", ["Rudd"]), "Jane Okafor": ("person", ["Okafor"])}


def test_one_capitalised_word_the_story_writes_in_lower_case_is_no_entry_unless_a_name():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "The Person of the Year award went to a person from Kelport, and the Year of the Pier starts next year.",
        "Tom Young, a young diver, backed her. Young was cheered.",
    )
    assert listed == {"Jane Okafor": "person", "Tom Young": "person"}


def test_a_building_or_grounds_is_no_entry_unless_named_like_a_person():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close, and Ann Hall, who runs the ferry, "
        "agreed with her.",
        "Protesters marched from City Hall to Vale Park and on to Kelport Plaza, where the board meets in Dunmore "
        "Tower, and the Courier\u2019s Tamsin Park said the fares would rise.",
    )
    assert listed == {"Jane Okafor": "person", "Ann Hall": "person", "Tamsin Park": "person"}


def test_members_in_the_plural_are_a_body_after_the_and_no_entry_otherwise():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close, and Tern Hill Republicans chairwoman "
        "Ann Lee agreed with her at the meeting.",
        "Waterfront Democrats worry about the ferry, and Okafor thanked the Tern Hill Republicans for their help.",
    )
    assert listed == {"Jane Okafor": "person", "Tern Hill Republicans": "organisation", "Ann Lee": "person"}


def test_a_name_ending_in_a_state_with_nothing_of_a_person_is_no_entry():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close, and Jack London, a ferry captain, "
        "agreed with her.",
        "Rural Ohio has lost its ferries, Okafor said, and Kel Texas, the mayor, said Rural Ohio needs help.",
    )
    assert listed == {"Jane Okafor": "person", "Jack London": "person", "Kel Texas": "person"}


def test_a_run_ending_in_the_writers_i_is_no_entry_but_a_numeral_after_a_given_name_is():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close, and the board agreed with her.",
        "Suddenly I saw the ferry leave. Specifically I\u2019ve seen the pier stand since Elizabeth I opened it, "
        "Okafor wrote.",
    )
    assert listed == {"Jane Okafor": "person", "Elizabeth I": "person"}


def test_a_town_named_by_its_opening_word_or_a_compass_point_is_no_person():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "Ferries from Fort Kelby and Lake Mirren stopped calling. Fort Kelby lost its last ferry in May.",
        "Lake Mirren fishermen said the pier had kept them afloat, Okafor said.",
        "West Kelby lost its ferry too. West Kelby has no pier.",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_prize_a_plan_or_a_revolution_is_nobody():
    listed = people_listed(
        "Jane Okafor won the Salemport Harbour Prize on Monday for the pier and joined the Bayline Hall of Fame.",
        "The Clean Harbour Plan, she said, owed more to the Ferry Revolution than to the board.",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_peoples_or_a_partys_member_after_a_place_is_no_name():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "But 58 percent of Oregon Latino voters said they backed the pier.",
        "She criticized Christian Evangelical voters for not supporting the board.",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_name_run_into_a_headline_is_no_second_person():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "Tom Reyes, who sits on the board, voted against her. The Tom Reyes campaign spent little.",
        "Jane Okafor Discussed Factions Within The Harbour Board.",
        "Tom Reyes Hits Jane Okafor Over The Pier.",
        "Jane Okafor Leads In Salemport Poll.",
        "Okafor said the vote would come in May.",
    )
    assert listed == {"Jane Okafor": "person", "Tom Reyes": "person", "Tom Reyes campaign": "organisation"}


def test_a_short_form_of_a_name_run_into_a_headline_is_no_second_person():
    listed = people_listed(
        "Jane Q. Okafor told the harbour board on Monday that the pier would close.",
        "Jane Okafor Leads In Salemport Poll.",
        "Jane Okafor said the vote would come in May.",
    )
    assert listed == {"Jane Q. Okafor": "person"}


def test_a_peoples_word_before_a_full_name_is_no_part_of_it():
    listed = people_listed(
        "The harbour board met on Monday.",
        "Ruritanian Jane Okafor told the board that the pier would close.",
        "Liberals Tom Reyes and Ann Lee voted against her.",
        "Okafor and Reyes spoke after the vote.",
    )
    assert listed == {"Jane Okafor": "person", "Tom Reyes": "person", "Ann Lee": "person"}


def test_a_district_named_heights_side_or_strip_is_no_person():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "Kelby Heights and the Lower West Side lost their ferries. The Salemport Strip kept its pier.",
        "Kelby Heights voted with Okafor.",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_fact_box_label_run_into_a_name_is_no_part_of_it():
    listed = people_listed(
        "Salemport ferry workers walked out on Monday over their pay, and several of them told their stories.",
        "Name: Jane Okafor Age: 27City: Kelby HarbourJob: DeckhandPay: $12 an hourWhy she is striking: \u201cAs a "
        "deckhand, I never know what I will make. We work long hours and the pay is low.\u201d",
    )
    assert listed == {"Jane Okafor": "person"}


def test_adjectives_whose_noun_is_left_out_are_nobody():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "She warned of a Radical Dogmatic threat to the pier, and Radical Dogmatic groups marched on Tuesday.",
        "The Federal Presidential race, Okafor said, had ignored the pier. Federal Presidential hopefuls never visit.",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_name_after_his_its_or_their_is_a_thing_owned_and_nobody():
    listed = people_listed(
        "Tom Reyes posted the ferry timetable on his Harbour Notes page on Monday.",
        "The board renamed its Safe Crossings programme, and the captains kept their Tidewater Passes.",
        "Reyes said the pier would close in May.",
    )
    assert listed == {"Tom Reyes": "person"}


def test_a_description_does_not_run_over_my_our_or_your():
    story = story_of(
        "Jane Okafor moved to Salemport in May.\n\n"
        "Her office is the boathouse my husband and I painted for her, and the shed our neighbor built."
    )
    described = [m.text for m in story.paragraphs[-1].mentions if m.kind in ("anon", "anaphor")]
    assert described == []


def test_that_after_a_verb_of_saying_opens_a_clause_and_no_description():
    story = story_of(
        "Jane Okafor chairs the Salemport harbour board.\n\n"
        "The board letter noted that annual employee surveys show the pier is failing, and claimed that staff "
        "meetings had been cancelled."
    )
    described = [m.text for m in story.paragraphs[-1].mentions if m.kind in ("anon", "anaphor")]
    assert described == []


def test_a_label_in_title_case_before_a_colon_is_no_organisation():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "Editor\u2019s Note: An article on Monday about Okafor reported that she had \u201cclosed the pier.\u201d",
        "Update: The harbour board voted on Wednesday to \u201ckeep the pier open.\u201d",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_storm_named_after_hurricane_or_superstorm_is_nobody():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "Two days after superstorm Marla flooded Salemport, the board met. Hurricane Doran had \u201cwrecked the "
        "quay\u201d a year before, and Tropical Storm Edna \u201ctook the rest.\u201d",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_venue_is_nobody():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "The Salemport Coliseum \u201cwas packed,\u201d and the Bayline Convention Center \u201cturned people "
        "away.\u201d",
        "Okafor later spoke at the Harbour Grand Hotel, where the Kelby Arena \u201cwill host the vote.\u201d",
    )
    assert listed == {"Jane Okafor": "person"}


def test_a_law_s_short_form_or_its_head_alone_is_nobody():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "The Harbour Access Act (HAA) passed in May. The HAA says the pier \u201cmust close by June.\u201d",
        "The Kelby Waters Act passed too. The Act says the ferry \u201cmust stop by July.\u201d",
    )
    assert listed == {"Jane Okafor": "person"}


def test_tv_and_the_internet_are_no_bodies():
    listed = people_listed(
        "Jane Okafor told the harbour board on Monday that the pier would close.",
        "The ferry ads ran on TV and on the Internet. TV \u201cnever covered the pier,\u201d and the Internet "
        "\u201cforgot it.\u201d",
    )
    assert listed == {"Jane Okafor": "person"}


def test_given_or_including_opening_a_sentence_is_no_part_of_the_name_after_it():
    listed = people_listed(
        "The harbour board met on Monday to discuss the pier.",
        "Given Reyes\u2019s record on the harbour, the vote was close. Including Marsh, nine members voted.",
    )
    assert listed == {}


def test_a_headline_s_verb_in_title_case_ends_the_name_before_it():
    listed = people_listed(
        "Three moments from the harbour festival stood out this year.",
        "Jane Okafor Explained Why She Felt Alone As A Child. The ferry captain spoke about growing up on the north "
        "shore, and she explained that it was lonely.",
    )
    assert listed == {"Jane Okafor": "person"}


def test_pm_after_a_live_blog_entry_s_clock_is_no_title():
    story = story_of(
        "Jane Okafor and Ann Lee met the harbour board on Monday to talk about the future of the old pier.\n\n"
        "Posted February 6, 2016 9:09PM Jane Okafor Hints Lee Would Get Pier Contract. Okafor hints that the pier "
        "will close on Friday unless a buyer is found."
    )
    named = [(m.text, m.role) for m in story.paragraphs[-1].mentions if m.kind == "name"]
    assert named[0] == ("Jane Okafor", None)

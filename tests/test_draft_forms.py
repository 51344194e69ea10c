"""Attribution forms common in news, each on a made-up story: who said each quotation."""

from __future__ import annotations

import yaml

from bot.draft import draft_brief
from bot.draft.clean import clean_article
from bot.draft.quotes import UNATTRIBUTED
from bot.draft.story import Story
from tests.draftstories import quotes_in, quotes_of


def test_a_question_or_exclamation_quoted_before_its_speaker_stays_in_one_sentence():
    got = quotes_of(
        "The harbour board met on Monday to discuss the new pier.",
        '"Why would we pay for it twice?" Okonkwo asked.',
        "\u201cNot on my watch!\u201d shouted Ilse Marchetti, the board's treasurer.",
    )
    assert got == [("Why would we pay for it twice?", "Okonkwo"), ("Not on my watch!", "Ilse Marchetti")]


def test_two_apostrophes_work_as_quotation_marks():
    got = quotes_of(
        "Dana Whitcombe runs the ferry company that uses the harbour every day.",
        "''We have waited long enough,'' Ms. Whitcombe said. ''The pier is falling apart.''",
    )
    assert got == [
        ("We have waited long enough", "Dana Whitcombe"),
        ("The pier is falling apart.", "Dana Whitcombe"),
    ]


def test_he_is_the_subject_of_the_sentence_before_not_a_person_named_later_in_it():
    got = quotes_of(
        "Councillor Tomas Brandt has opposed the pier for a year, and he said so again on Monday.",
        "Brandt told the meeting that Rosa Lindqvist misled the board. \u201cThe figures were wrong,\u201d he said.",
    )
    assert got == [("The figures were wrong", "Tomas Brandt")]


def test_a_pronoun_skips_a_person_the_story_gives_the_other_gender():
    got = quotes_of(
        "Harriet Osei chairs the harbour board. She has held the post since 2019, and her term ends soon.",
        "Osei met Paulo Renner, the ferry operator, on Friday. \u201cWe agreed on nothing,\u201d she said.",
    )
    assert got == [("We agreed on nothing", "Harriet Osei")]


def test_a_surname_met_before_the_full_name_is_the_same_person():
    got = quotes_of(
        "Whitlock wants the pier rebuilt before winter.",
        "\u201cIt cannot wait,\u201d Whitlock said. Later, Marcus Whitlock repeated the demand.",
        "\u201cThe boats are already at risk,\u201d he said.",
    )
    assert got == [("It cannot wait", "Marcus Whitlock"), ("The boats are already at risk", "Marcus Whitlock")]


def test_a_title_of_several_words_before_a_name_is_a_role():
    got = quotes_of(
        "\u201cWe will vote next week,\u201d said Harbour Board Majority Leader Ines Carvalho.",
        "\u201cThe delay is over,\u201d she added.",
    )
    assert got == [("We will vote next week", "Ines Carvalho"), ("The delay is over", "Ines Carvalho")]


def test_speaker_after_the_quote_behind_a_role_or_an_apposition():
    got = quotes_of(
        "\u201cThe pier is safe,\u201d said former harbour master Agnes Moller, a critic of the plan.",
        "\u201cWe saw it coming,\u201d the skipper, Jonas Feld, told reporters.",
        "\u201cIt will cost more,\u201d Commissioner Rui Matos, D-Porto, said on Monday.",
        "\u201cNo one asked us\u201d about the design, said Lena Park, who runs the fish market.",
    )
    assert got == [
        ("The pier is safe", "Agnes Moller"),
        ("We saw it coming", "Jonas Feld"),
        ("It will cost more", "Rui Matos"),
        ("No one asked us", "Lena Park"),
    ]


def test_a_paragraph_that_is_only_a_quotation_continues_the_last_speaker():
    got = quotes_of(
        "\u201cWe were not consulted,\u201d Bettina Kraus told the board on Monday before the vote.",
        "\u201cAnd we will not be silent about it.\u201d",
    )
    assert got == [
        ("We were not consulted", "Bettina Kraus"),
        ("And we will not be silent about it.", "Bettina Kraus"),
    ]


def test_a_question_alone_after_an_answer_is_the_asker_and_an_answer_alone_after_a_question_the_answerer():
    got = quotes_of(
        "Carol Hale, the host, pressed Sen. Ansel Roe on the pier budget on Sunday.",
        "\u201cYou know how this ends. Who gets blamed?\u201d Hale asked.",
        "\u201cI do not accept the premise,\u201d Roe replied.",
        "\u201cBut if the board says no, will you close the pier?\u201d",
        "\u201cI will do my job,\u201d the senator said.",
        "\u201cSo you would sell it?\u201d Hale asked.",
        "\u201cI would let the town vote on it.\u201d",
    )
    assert got[2:] == [
        ("But if the board says no, will you close the pier?", "Carol Hale"),
        ("I will do my job", "Ansel Roe"),
        ("So you would sell it?", "Carol Hale"),
        ("I would let the town vote on it.", "Ansel Roe"),
    ]


def test_a_paragraph_of_words_alone_after_two_answers_continues_the_last_speaker():
    got = quotes_of(
        "\u201cWe need the pier,\u201d Carol Hale said on Monday.",
        "\u201cThe town cannot pay for it,\u201d Ansel Roe said.",
        "\u201cNot this year, and not the next.\u201d",
    )
    assert got[2] == ("Not this year, and not the next.", "Ansel Roe")


def test_a_sentence_naming_the_speaker_introduces_the_quotation_after_it():
    got = quotes_of(
        "Most members backed the plan. Harbour analyst Petra Vos agreed. \u201cThe numbers add up this time.\u201d",
        "The mayor was less sure, and Olaf Brandt said so at length:",
        "\u201cWe have heard this before.\u201d",
    )
    assert got == [("The numbers add up this time.", "Petra Vos"), ("We have heard this before.", "Olaf Brandt")]


def test_a_surname_alone_is_the_first_person_who_had_it_not_a_relative_named_later():
    got = quotes_of(
        "Mayor Carla Hendricks said on Monday that the pier would reopen in May.",
        "Her brother, Tobias Hendricks, runs the ferry.",
        "\u201cWe are ready,\u201d Hendricks said.",
    )
    assert got == [("We are ready", "Carla Hendricks")]


def test_the_subject_of_a_speech_verb_is_not_a_person_named_in_between():
    got = quotes_of(
        "Gordon Pike criticised the harbour master, calling him \u201cout of his depth,\u201d "
        "and then wrote that the plan was \u201ca disgrace.\u201d",
        "The report, obtained by the Harbour Users Association, cites a \u201cpoor record on safety.\u201d",
    )
    assert got[:2] == [("out of his depth", "Gordon Pike"), ("a disgrace.", "Gordon Pike")]
    assert got[2][1] != "Harbour Users Association"


def test_a_description_is_the_named_person_who_holds_that_role():
    got = quotes_of(
        "Gov. Marta Ilves signed the harbour bill on Friday, and Mayor Piet Hollander watched.",
        "\u201cThis is a good day for the coast,\u201d the governor said.",
    )
    assert got == [("This is a good day for the coast", "Marta Ilves")]


def test_a_description_far_from_its_holder_is_still_the_holder_not_someone_titled_otherwise():
    got = quotes_of(
        "Gov. Marta Ilves signed the harbour bill late on Friday, an hour after the Senate passed it.",
        "“This keeps every ferry running,” Ilves said.",
        "10:15 p.m.",
        "The Senate passed the bill 21-18.",
        "9:30 p.m.",
        "Senate Majority Leader Colin Marsh said the chamber would vote within the hour.",
        "8:00 p.m.",
        "Republican Sen. Dale Rooker says he will vote no.",
        "“It spends money we do not have,” Rooker said.",
        "7:00 p.m.",
        "“Tonight we finish this,” the governor said in a post online.",
    )
    assert got[-1] == ("Tonight we finish this", "Marta Ilves")


def test_he_after_telling_him_is_the_one_told_and_gives_the_teller_no_sex():
    got = quotes_of(
        "Sen. Maren Holt tore into the bank's chief executive on Tuesday, telling him he should resign.",
        "Holt was not moved by his apology. She asked whether anyone had been fired.",
        "\u201cNo,\u201d Walter Brisco answered.",
        "\u201cHave you returned one nickel?\u201d she asked.",
    )
    assert got == [("No", "Walter Brisco"), ("Have you returned one nickel?", "Maren Holt")]


def test_she_asked_whether_he_gives_the_man_named_before_no_sex():
    got = quotes_of(
        "Rep. Sharon Okafor, a Michigan Democrat, focused on pay at the harbour hearing.",
        "Whitaker Dunmore got a bonus weeks before the ferry line failed, and she asked whether he would return it.",
        "Rep. Carl Brandvold, a North Dakota Republican, blamed the regulators instead.",
        "Dunmore agreed, in part. \u201cThe regulators saw the same numbers,\u201d he said.",
    )
    assert got == [("The regulators saw the same numbers", "Whitaker Dunmore")]


def test_an_honorific_is_followed_by_a_name_even_one_that_is_also_a_title():
    got = quotes_of(
        "Daniel King, a ferry captain, has worked the harbour for 30 years.",
        "''The tides have changed,'' Mr. King said.",
    )
    assert got == [("The tides have changed", "Daniel King")]


def test_less_common_speech_verbs_and_a_speaker_behind_several_appositions():
    got = quotes_of(
        "\u201cGet off my pier,\u201d Ruud Bakker barked at the crowd.",
        "\u201cIt was never safe,\u201d Eva Lind, 67, a retired engineer in Harwich, Mass., said by telephone.",
        "\u201cWe warned them,\u201d former harbour engineer Tom Ochs explained.",
    )
    assert got == [
        ("Get off my pier", "Ruud Bakker"),
        ("It was never safe", "Eva Lind"),
        ("We warned them", "Tom Ochs"),
    ]


def test_a_short_title_or_a_term_in_quotation_marks_is_not_a_quotation():
    got = quotes_of(
        "Maria Costa, who hosts \u201cHarbour Talk Tonight\u201d on the local station, said the tax "
        "was \u201cnever explained to anyone who pays it.\u201d The \u201cpier tax\u201d took effect in May.",
    )
    assert got == [("never explained to anyone who pays it.", "Maria Costa")]


def test_a_show_titled_with_a_host_or_an_ampersand_is_not_a_quotation():
    got = quotes_of(
        "Maria Costa told \u201cMornings with Tom Alder\u201d on Tuesday that the tax was "
        "\u201cnever explained to anyone who pays it.\u201d She repeated the point on "
        "\u201cBoats & Harbours\u201d later.",
    )
    assert got == [("never explained to anyone who pays it.", "Maria Costa")]


def test_lines_that_each_end_a_sentence_are_paragraphs_and_by_now_is_not_a_byline():
    text = (
        "Harbour row deepens\n\n"
        "The harbour board met again on Tuesday to discuss the pier and its rising costs.\n"
        "\u201cWe cannot go on like this,\u201d said Ines Oduya, the board's treasurer.\n\n"
        "By now, Oduya said, the board has spent twice what it planned on repairs this year."
    )
    article = clean_article(text)
    assert article.paragraphs == [
        "The harbour board met again on Tuesday to discuss the pier and its rising costs.",
        "\u201cWe cannot go on like this,\u201d said Ines Oduya, the board's treasurer.",
        "By now, Oduya said, the board has spent twice what it planned on repairs this year.",
    ]


def test_the_subject_is_the_person_not_a_place_in_an_opening_phrase_or_half_a_hyphenated_word():
    got = quotes_of(
        "Speaking at a meeting in Harwich, Massachusetts, Lena Ford went after the board, calling it "
        "\u201ca club for insiders who never listen.\u201d",
        "Anti-Harbour campaigners cheered when Ford said the fees were \u201cdaylight robbery, plain and simple.\u201d",
    )
    assert got == [
        ("a club for insiders who never listen.", "Lena Ford"),
        ("daylight robbery, plain and simple.", "Lena Ford"),
    ]


def test_he_prefers_a_named_person_to_a_description_in_the_same_sentence():
    got = quotes_of(
        "Rafael Mendes met a senior harbour official on Monday to discuss the pier.",
        "\u201cWe made progress, but not enough,\u201d he said.",
    )
    assert got == [("We made progress, but not enough", "Rafael Mendes")]


def test_adverbs_before_the_verb_a_comma_before_the_name_and_three_apostrophes():
    got = quotes_of(
        "Asked what a deal looks like, Devine replied: \u201cWe are a long way off from that.\u201d",
        "''The pier is ours,'' Mr. Devine often says.",
        "''She asked me, 'Why now?''' Pia Sorensen said.",
    )
    assert got == [
        ("We are a long way off from that.", "Devine"),
        ("The pier is ours", "Devine"),
        ("She asked me, 'Why now?'", "Pia Sorensen"),
    ]


def test_common_descriptions_of_unnamed_speakers():
    got = quotes_of(
        "\u201cThe ferry was late again,\u201d said a woman waiting at the pier.",
        "\u201cIt always is,\u201d a veteran of the crossing replied.",
    )
    assert got == [
        ("The ferry was late again", "Unnamed woman"),
        ("It always is", "Unnamed veteran of the crossing"),
    ]


def test_someone_who_declined_to_give_her_name_is_not_the_woman_named_before():
    got = quotes_of(
        "Naomi Castellane, who runs the harbour poll, said the race was tied.",
        "A woman who declined to give her name said she was undecided. \u201cNobody tells me,\u201d she said.",
    )
    assert got == [("Nobody tells me", "Unnamed woman (name withheld)")]


def test_a_description_whose_withheld_name_clause_runs_on_is_the_subject_not_a_his_inside_it():
    got = quotes_of(
        "\u201cIt is a mistake,\u201d Mayor Dale Hoskett said after the vote.",
        "A lobbyist for a Harbour County builders group, who asked not to be named because his clients have taken no "
        "side, described the mood as \u201cexhausted and a little punchy.\u201d",
    )
    assert got[-1] == (
        "exhausted and a little punchy.",
        "Unnamed lobbyist for a Harbour County builders group (name withheld)",
    )


def test_someone_unnamed_who_calls_out_or_yells_speaks_as_such():
    got = quotes_of(
        "The harbour board met on Thursday and voted 5-2 to censure the teacher.",
        "Someone in the back of the room called out, \u201cThen enforce it on yourselves!\u201d",
        "\u201cShame!\u201d somebody yelled.",
        "Mayor Ilse Marchetti said someone had to pay. \u201cWe will,\u201d she said.",
    )
    assert got == [
        ("Then enforce it on yourselves!", "Unnamed someone in the back of the room"),
        ("Shame!", "Unnamed somebody"),
        ("We will", "Ilse Marchetti"),
    ]


def test_the_ceo_is_the_named_chief_executive_and_a_ceo_before_a_name_stays_a_title():
    got = quotes_of(
        "Crestline CEO Walter Brisco appeared before the harbour committee on Tuesday. Sen. Maren Holt questioned him.",
        "\u201cThe board will decide that,\u201d the CEO said.",
    )
    assert got == [("The board will decide that", "Walter Brisco")]


def test_a_juror_is_someone_described_who_may_speak():
    got = quotes_of(
        "Mercedes Ybarra, the plaintiffs' lawyer, spoke to reporters after the verdict.",
        "A juror who asked not to be identified said the report mattered. \u201cThey wrote it down,\u201d she said.",
    )
    assert got == [("They wrote it down", "Unnamed juror (name withheld)")]


def test_a_name_split_from_its_cue_by_a_clause_after_the_quotation():
    got = quotes_of(
        "Halvorsen \u201chas every right to fight the toll,\u201d just as the ferry owners did in 2019, "
        "Agnes Poulsen added.",
    )
    assert got == [("has every right to fight the toll", "Agnes Poulsen")]


def test_an_opening_clause_does_not_give_the_subject():
    got = quotes_of(
        "Paul Marsh runs the ferry.",
        "When asked whom she backed, Ms. Ilse Brand smiled and said, \u201cThe ferry should stay open all year.\u201d",
    )
    assert got == [("The ferry should stay open all year.", "Ilse Brand")]


def test_a_document_speaks_for_whoever_the_story_says_wrote_it():
    got = quotes_of(
        "The Harbour Users Association released a statement on Monday about the new toll.",
        "\u201cThe toll punishes the people who keep this port alive,\u201d the statement said.",
    )
    assert got == [("The toll punishes the people who keep this port alive", "Harbour Users Association")]


def test_a_writing_a_body_owns_after_the_quotation_speaks_for_the_body():
    got = quotes_of(
        "A poll released on Monday by the Harbour Civic Institute found the toll race close.",
        "\u201cThe undecided share is double the state figure,\u201d the Harbour Civic Institute\u2019s report said.",
        "Harbour Mills Inc., which runs the ferry, also weighed in.",
        "\u201cWe will keep the boats running,\u201d the company's statement said.",
    )
    assert got == [
        ("The undecided share is double the state figure", "Harbour Civic Institute"),
        ("We will keep the boats running", "Harbour Mills Inc."),
    ]


def test_a_lead_that_describes_its_subject_is_the_person_the_second_paragraph_names():
    text = (
        "Failed ferry line's chief tells harbour panel he was caught off guard\n\n"
        "DOVER \u2014 The former chief executive of Northsea Ferries told the harbour board on Wednesday that he had "
        "been \u201cblindsided\u201d by the run on the company.\n\n"
        "Walter Brisco, who led the company for nine years, apologised to the crews who lost their jobs. Board member "
        "Ilse Marchetti, who chairs the inquiry, was not moved.\n\n"
        "\u201cI think about them every day,\u201d the former chief executive said."
    )
    got = quotes_in(Story(clean_article(text)))
    assert got == [("blindsided", "Walter Brisco"), ("I think about them every day", "Walter Brisco")]


def test_her_name_is_names_the_person_described_before():
    got = quotes_of(
        "A retired ferry pilot stood up near the back of the hall on Tuesday.",
        "That pilot was sitting two rows in front of me. Her name is Loretta Sims, and she is 74. \u201cI am not "
        "asking for a handout,\u201d she told the board.",
    )
    assert got == [("I am not asking for a handout", "Loretta Sims")]


def test_the_company_is_never_a_place_its_clause_names():
    got = quotes_of(
        "Renata Hargrove, a former billing manager, sued Brightwater on Monday.",
        "Brightwater, which runs 19 ferries in Tennessee, Kentucky and Alabama, denied the allegations.",
        "\u201cThese claims are without merit,\u201d the company said in a statement.",
    )
    assert got == [("These claims are without merit", "Brightwater")]


def test_someone_brought_in_unnamed_with_their_town_is_not_a_woman_named_before():
    got = quotes_of(
        "Elena Cordero and Tucker Halloway met for their only debate on Tuesday.",
        "Outside the studio, a retired teacher from Mesa who said she was undecided said neither had won her over."
        " \u201cThey both talked a lot about each other,\u201d she said.",
    )
    assert got == [("They both talked a lot about each other", "Unnamed retired teacher")]


def test_a_short_first_line_with_a_full_stop_is_the_headline_and_gives_no_names():
    text = (
        "Outspoken Skipper Nilsen 'not sure' about harbour toll.\n\n"
        "Ferry skipper Greta Nilsen, who has run the island crossing for twenty years, is not sure the toll "
        "will survive the winter.\n\n"
        "\u201cI have seen plans like this come and go,\u201d Nilsen said on Monday."
    )
    article = clean_article(text)
    assert article.headline == "Outspoken Skipper Nilsen 'not sure' about harbour toll."
    story = Story(article)
    assert quotes_in(story) == [("I have seen plans like this come and go", "Greta Nilsen")]


def test_he_is_the_one_who_told_not_the_one_told():
    got = quotes_of(
        "Anton Weiss met the harbour board on Monday.",
        "Weiss told Carl Jansen that the pier would close.",
        "\u201cThere is no money left,\u201d he said.",
    )
    assert got == [("There is no money left", "Anton Weiss")]


def test_a_possessive_before_the_speaker_after_the_quotation():
    got = quotes_of(
        "\u201cThe numbers do not add up,\u201d the Harbour Trust\u2019s chief economist, Lars Eide, wrote on Monday.",
        "\u201cThey never did,\u201d Gallup\u2019s Mira Sands said.",
    )
    assert got == [("The numbers do not add up", "Lars Eide"), ("They never did", "Mira Sands")]


def test_a_role_then_a_name_in_apposition_is_that_named_person():
    got = quotes_of(
        "\u201cWe have no plans to close the pier,\u201d said a spokeswoman for Northsea Ferries, Hanna Lund.",
        "A spokesman for the port, Erik Dahl, said the company had been \u201cfully informed for months.\u201d",
    )
    assert got == [
        ("We have no plans to close the pier", "Hanna Lund"),
        ("fully informed for months.", "Erik Dahl"),
    ]


def test_a_role_then_a_name_in_apposition_speaks_through_a_participle_after_another_verb():
    got = quotes_of(
        "The trial resumed on Monday after a week's break.",
        "A lawyer for the ferry company, Preston Vail, declined to comment, saying only, \u201cWe will wait.\u201d",
        "A lawyer for the port, Dahl and Lund, declined to comment, saying only, \u201cNot now.\u201d",
    )
    assert got == [("We will wait.", "Preston Vail"), ("Not now.", "Unnamed lawyer for the port")]


def test_a_role_then_a_titled_name_in_apposition_is_that_person():
    got = quotes_of(
        "The harbour committee voted 6-1 to delay the toll plan on Tuesday.",
        "Its chairman, state Sen. Luis Barragan, called the plan \u201ca tax on people with no other way.\u201d",
    )
    assert got == [("a tax on people with no other way.", "Luis Barragan")]


def test_head_of_an_organisation_is_a_role():
    draft = draft_brief(
        "Harbour toll delayed\n\n"
        "\u201cWe need another month,\u201d said Karin Holt, head of the Northsea Port Authority, on Monday.\n",
        date="2024-03-04",
    )
    people = yaml.safe_load(draft.yaml_text)["people"]
    holt = next(p for p in people if p["name"] == "Karin Holt")
    assert holt["role"].startswith("head of the Northsea Port Authority")


def test_many_or_most_introduce_an_unnamed_group_as_speaker():
    got = quotes_of(
        "Nils Berg spoke for an hour, and many commentators called him \u201cthe calmest voice on the board.\u201d",
    )
    assert got == [("the calmest voice on the board.", "Unnamed commentators")]


def test_he_after_a_description_of_a_named_person_is_that_person():
    got = quotes_of(
        "Former Mayor Olav Strand spoke at the harbour on Friday.",
        "The former mayor was greeted by dozens of ferry workers.",
        "\u201cThis pier built the town,\u201d he said.",
    )
    assert got == [("This pier built the town", "Olav Strand")]


def test_a_single_name_with_a_who_clause_or_an_age_is_a_person():
    got = quotes_of(
        "Meanwhile Solveig, who sings at the harbour festival, spoke about the toll. "
        "\u201cIt keeps visitors away,\u201d she said.",
    )
    assert got == [("It keeps visitors away", "Solveig")]


def test_a_later_attribution_covers_earlier_quotations_of_its_sentence_and_longer_descriptions():
    got = quotes_of(
        "Tolls are \u201ca tax on the island\u201d and \u201ca tax on work,\u201d Ruth Amsel, the ferry workers\u2019 "
        "representative, declared on Tuesday.",
        "\u201cThe numbers have not changed,\u201d a spokesman for the harbour board said.",
        "\u201cWe will keep the ferry running,\u201d an island senator and ferry board chairman told the meeting.",
    )
    assert got == [
        ("a tax on the island", "Ruth Amsel"),
        ("a tax on work", "Ruth Amsel"),
        ("The numbers have not changed", "Unnamed spokesman for the harbour board"),
        ("We will keep the ferry running", "Unnamed island senator"),
    ]


def test_a_one_word_name_first_met_without_a_comma_before_who_is_a_person():
    got = quotes_of(
        "Two honours went to the novelist Greta Vallin and Ozymandra who both spoke at the harbour gala.",
        "In her speech, Vallin praised the crews: \u201cThey keep this town alive,\u201d she said.",
        "Ozymandra, who sang at the opening, spoke about the tides. \u201cThe sea owes us nothing,\u201d she said.",
    )
    assert got == [("They keep this town alive", "Greta Vallin"), ("The sea owes us nothing", "Ozymandra")]


def test_a_name_that_qualifies_a_possessors_noun_is_not_the_subject_a_pronoun_points_to():
    got = quotes_of(
        "The mayor spoke on Tuesday in an interview with Harbourcast\u2019s Bergen affiliate, in which "
        "Greta Holm defended the budget.",
        "\u201cNothing has changed,\u201d she said.",
    )
    assert got == [("Nothing has changed", "Greta Holm")]


def test_a_description_owning_a_noun_is_not_whom_a_pronoun_points_to():
    got = quotes_of(
        "Gov. Hallvard Roan opened the new pier last spring.",
        "Voters in the valley are still split. \u201cNobody expected the race to be this close,\u201d said Joran "
        "Brekstad, a pollster who surveyed the valley in June.",
        "Mrs. Lindqvist, with her long record and the governor's backing, \u201cis seen as the safer choice,\u201d "
        "he said.",
    )
    assert got[-1] == ("is seen as the safer choice", "Joran Brekstad")


def test_a_speaker_inside_a_that_clause_is_not_whom_a_later_pronoun_points_to():
    got = quotes_of(
        "Mayor Anders Garrow hit back at the Courier, pointing out that the paper's Tomas Vell had reported in May "
        "that the budget was failing. He hoped, he said, that the paper would be fairer now.",
        "\u201cApparently not,\u201d he said. \u201cOld habits stay.\u201d",
    )
    assert got == [("Apparently not", "Anders Garrow"), ("Old habits stay.", "Anders Garrow")]


def test_a_person_brought_in_after_a_preposition_with_what_they_are_is_whom_he_points_to():
    got = quotes_of(
        "Mayor Tor Holt cut the ribbon while the band played.",
        "The pier got a mascot of sorts, courtesy of Osk Tarrand, a fisherman from Varde who came dressed as a "
        "lobster.",
        "\u201cI thought the children would like it,\u201d he said.",
    )
    assert got == [("I thought the children would like it", "Osk Tarrand")]


def test_the_foundation_or_the_institute_is_the_body_named_before():
    got = quotes_of(
        "Fewer people row on the fjord than a decade ago, according to the Varde Rowing Foundation. "
        "In the valley, ten clubs close every year, a trend that the foundation predicts will continue "
        "\u201cfor the next few years.\u201d",
        "Boat sales are down too, the Nordhavn Marine Institute reports. Prices keep falling, a trend that the "
        "institute says will last \u201cwell into the next decade.\u201d",
    )
    assert got == [
        ("for the next few years.", "Varde Rowing Foundation"),
        ("well into the next decade.", "Nordhavn Marine Institute"),
    ]


def test_an_adverb_opening_a_sentence_is_never_a_speaker():
    got = quotes_of(
        "Smugglers are said to cross the North Sea. Recently, Olav Brekke, a former harbourmaster, agreed.",
        "Ivar Lund, 33, runs the ferry office.",
        "Soon, he found the town welcoming. Recently, he said, he has noticed the rumours fading. "
        "\u201cPeople talk less now,\u201d he said.",
    )
    assert got == [("People talk less now", "Ivar Lund")]


def test_he_said_and_a_colon_introduces_the_quotations_in_the_paragraphs_after_it():
    got = quotes_of(
        "Tobias Wren, the harbour master, spoke to the board on Monday.",
        "He then listed what the pier needs:",
        '"New pilings before the storms.',
        '"A second crane by spring."',
    )
    assert got == [("New pilings before the storms.", "Tobias Wren"), ("A second crane by spring.", "Tobias Wren")]


def test_a_speaker_after_the_quotation_with_a_verb_of_any_kind():
    got = quotes_of(
        "Noor Haddad, a ferry skipper, watched the vote from the gallery.",
        "\u201cPeople are afraid of another delay,\u201d she surmised.",
        "\u201cIt is about time,\u201d exhorted Piet Kuiper, who chairs the fishermen's union.",
    )
    assert got == [("People are afraid of another delay", "Noor Haddad"), ("It is about time", "Piet Kuiper")]


def test_a_description_right_before_a_name_is_that_persons_role():
    got = quotes_of(
        "The harbour board approved the new pier on Monday.",
        "The Gazette maritime columnist Odile Marchand went so far as to say: \u201cThe harbour is saved.\u201d",
    )
    assert got == [("The harbour is saved.", "Odile Marchand")]


def test_he_is_the_subject_after_an_opening_clause_not_a_name_inside_it():
    got = quotes_of(
        "Tomas Brandt and Ilse Ruiz sit on the harbour board; Colm Vance runs the ferries.",
        "Filling in for Ruiz at the meeting where Brandt spoke on Monday, Vance took the floor.",
        "\u201cWe are done waiting,\u201d he said.",
    )
    assert got == [("We are done waiting", "Colm Vance")]


def test_a_one_word_name_the_story_calls_he_is_a_person_who_can_be_he():
    got = quotes_of(
        "For a decade Okonkwo has run the harbour, and he wants the pier rebuilt.",
        "On Monday Okonkwo toured the site, and he met the divers.",
        "Then Okonkwo addressed the council. \u201cThe pier is unsafe,\u201d he added.",
    )
    assert got == [("The pier is unsafe", "Okonkwo")]


def test_a_sentence_opening_verb_is_not_part_of_a_name():
    got = quotes_of(
        "The harbour board met Okafor. Reprising one of his old lines, the ferry operator talked about the "
        "\u201cpier that time forgot\u201d again.",
        "Tobias Wren spoke next. Stated Wren:",
        "\u201cWe will rebuild it by spring.\u201d",
    )
    assert got == [
        ("pier that time forgot", "Unnamed ferry operator"),
        ("We will rebuild it by spring.", "Tobias Wren"),
    ]


def test_a_quoted_title_stands_for_an_unnamed_person_but_a_lower_case_epithet_is_someones_words():
    got = quotes_of(
        "The plan was drafted by a \u201cSenior engineer, harbour trust,\u201d whose name was redacted.",
        "Councillor Ada Okafor called the ferry operator a \u201cpetulant little child\u201d who cannot run boats.",
    )
    assert got == [
        ("Senior engineer, harbour trust", "Unnamed Senior engineer, harbour trust (name withheld)"),
        ("petulant little child", "Ada Okafor"),
    ]


def test_abbreviated_ranks_and_a_role_holding_a_speech_word_do_not_hide_the_speaker():
    got = quotes_of(
        "\u201cThe channel is silting up,\u201d said Gen. Maren T. Holloway, who commands the harbour garrison.",
        "\u201cWe need dredgers,\u201d said Adm. Piet R. Vos Jr., the fleet's commander.",
        "\u201cThey trust him,\u201d Ilse Ruiz, the head of the state pilots union, said of her members.",
    )
    assert got == [
        ("The channel is silting up", "Maren T. Holloway"),
        ("We need dredgers", "Piet R. Vos Jr."),
        ("They trust him", "Ilse Ruiz"),
    ]


def test_the_person_is_never_a_group_and_the_prince_is_a_person():
    got = quotes_of(
        "\u201cWe have work to do,\u201d said a longtime adviser to the board, who, like many of the two dozen "
        "other members interviewed, requested anonymity.",
        "\u201cThe vote is close,\u201d the person added.",
        "Prince Haakon Lind owns the ferry company. In December, the prince called for the board to resign, "
        "calling it \u201ca disgrace to the harbour.\u201d",
    )
    assert got == [
        ("We have work to do", "Unnamed longtime adviser"),
        ("The vote is close", "Unnamed longtime adviser"),
        ("a disgrace to the harbour.", "Prince Haakon Lind"),
    ]


def test_quoted_words_that_start_in_lower_case_are_not_a_title():
    got = quotes_of(
        "Ada Okafor said the ferry owners were \u201cyesterday's Harbour Barons\u201d at the meeting.",
        "The band played \u201cSailing Home Again\u201d as the ferry left.",
    )
    assert got == [("yesterday's Harbour Barons", "Ada Okafor")]


def test_the_newspaper_and_the_organization_are_the_last_outlet_and_body_named():
    got = quotes_of(
        "The Harbour Gazette has campaigned against the pier for a year.",
        "\u201cThe pier is a waste of money,\u201d the newspaper wrote on Sunday.",
        "The Friends of the Ferry Society backs the plan. \u201cWe need the pier,\u201d the organization said.",
    )
    assert got == [
        ("The pier is a waste of money", "Harbour Gazette"),
        ("We need the pier", "Friends of the Ferry Society"),
    ]


def test_an_interview_in_q_and_a_form_gives_the_questions_to_the_interviewer_and_the_answers_to_the_guest():
    text = "\n\n".join(
        [
            "Q&A with harbour master Ruth Ellery",
            "Ruth Ellery has run the harbour for ten years. Ellery spoke to us about the new pier.",
            "Q: Why does the pier matter?",
            "A: Because the ferries cannot dock in a storm.",
            "Q: When will it open?",
            "A: By spring, if the divers finish.",
        ]
    )
    got = quotes_in(Story(clean_article(text)))
    assert got == [
        ("Why does the pier matter?", "Unnamed interviewer"),
        ("Because the ferries cannot dock in a storm.", "Ruth Ellery"),
        ("When will it open?", "Unnamed interviewer"),
        ("By spring, if the divers finish.", "Ruth Ellery"),
    ]


def test_an_ing_verb_after_a_comma_takes_the_sentences_subject_not_a_noun_that_could_be_a_verb():
    got = quotes_of(
        "Ada Okafor, the board's chair, repeated that Brandt recites the same campaign points, calling him a "
        "\u201cmost tiresome man\u201d at the meeting.",
    )
    assert got == [("most tiresome man", "Ada Okafor")]


def test_a_story_opening_with_he_means_the_person_its_standfirst_names():
    text = "\n\n".join(
        [
            "Harbour master defends the pier.",
            "ABSTRACT.",
            "Adm. Tobias Wren, who runs the harbour, makes no apologies for the cost.",
            "FULL TEXT.",
            "He has called the old pier \u201ca danger to every boat in the bay.\u201d",
            "Tobias Wren said the new one would open in spring.",
        ]
    )
    got = quotes_in(Story(clean_article(text)))
    assert got == [("a danger to every boat in the bay.", "Tobias Wren")]


def test_the_woman_is_the_unnamed_woman_met_before_not_the_last_named_speaker():
    got = quotes_of(
        "\u201cThe pier must wait,\u201d Councillor Ada Okafor said.",
        "At the meeting a woman asked Okafor about the cost.",
        "\u201cWho will pay for it?\u201d the woman said.",
    )
    assert got == [("The pier must wait", "Ada Okafor"), ("Who will pay for it?", "Unnamed woman")]


def test_a_plural_noun_that_could_be_a_verb_is_not_the_attribution():
    got = quotes_of(
        "Acme Holdings Inc. accused the school of bias.",
        "Late last month, the company wrote a detailed letter to the school's president, Lena Park, calling the "
        "two lengthy investigative reports \u201cinaccurate and deliberately misleading.\u201d",
    )
    assert got == [("inaccurate and deliberately misleading.", "Acme Holdings Inc.")]


def test_a_name_after_anothers_comma_starts_a_new_clause_not_a_role():
    got = quotes_of(
        "In discussing the rows around harbour chair Ruth Ellery, former mayor Piet Kuiper told the "
        "Harbour Gazette, \u201cThe board should resign!\u201d",
    )
    assert got == [("The board should resign!", "Piet Kuiper")]


def test_a_title_with_no_name_after_it_is_nobody_a_pronoun_can_point_to():
    got = quotes_of(
        "On Monday the board offered the diver a job as Secretary of Harbours.",
        "He says, \u201cthat is how you learn.\u201d",
    )
    assert got == [("that is how you learn.", "Unattributed (the story does not say whose words these are)")]


def test_a_document_that_speaks_before_the_quotation_speaks_for_its_author():
    got = quotes_of(
        "The ferry operator Ilse Ruiz sued the harbour board on Friday.",
        "The complaint, which was filed in the county court, alleged that the board \u201cfailed to keep the "
        "channel safe.\u201d",
    )
    assert got == [("failed to keep the channel safe.", "Ilse Ruiz")]


def test_a_name_and_a_colon_or_an_inverted_verb_right_before_the_quotation():
    got = quotes_of(
        "The pollsters agreed on the second week of the count - Noor Haddad: \u201cKeep calling voters.\u201d",
        "The board grew restless, explained Piet Kuiper, \u201cwith the vote over by March.\u201d",
        "Ilse Ruiz told the Harbour Gazette, \u201cI wish the pier were finished.\u201d",
    )
    assert got == [
        ("Keep calling voters.", "Noor Haddad"),
        ("with the vote over by March.", "Piet Kuiper"),
        ("I wish the pier were finished.", "Ilse Ruiz"),
    ]


def test_a_statement_is_never_a_countrys_when_the_story_names_no_author():
    got = quotes_of(
        "Flights from Belgium resumed on Monday.",
        "\u201cHe was a greatly respected colleague,\u201d the statement said.",
    )
    assert got == [("He was a greatly respected colleague", "Unnamed statement")]  # the document, not Belgium


def test_a_party_and_state_in_brackets_between_the_name_and_said():
    got = quotes_of(
        "The board talked up its plan for the pier.",
        "\u201cThere is tremendous energy for it,\u201d Rep. Ilse Ruiz (D-Ore.) said.",
    )
    assert got == [("There is tremendous energy for it", "Ilse Ruiz")]


def test_a_name_after_words_that_qualify_it_and_before_its_verb():
    got = quotes_of(
        "Okafor Ferries wants the pier rebuilt.",
        "\u201cWe will pay our share,\u201d Okafor Ferries campaign Chairman Idris Okafor told the Gazette on Monday.",
    )
    assert got == [("We will pay our share", "Idris Okafor")]


def test_a_long_apposition_with_age_place_and_clause_between_the_name_and_said():
    got = quotes_of(
        "The board polled residents about the pier.",
        "\u201cThe pier scares me,\u201d Mina Strand, 30, of Salem, Ore., who was among those polled, said later.",
        "\u201cIt will be done,\u201d Ruth Amsel, a former director of the Harbour Trust of Hamilton and a long-time "
        "organizer for the dock workers, wrote in an email.",
    )
    assert got == [("The pier scares me", "Mina Strand"), ("It will be done", "Ruth Amsel")]


def test_a_description_as_speaker_is_the_subject_before_it_rather_than_an_earlier_speaker():
    got = quotes_of(
        "Harbour chief Ada Okonkwo said the pier would cost more than planned.",
        "Marta Lindqvist listed the boats she keeps at the pier on Monday.",
        "\u201cI own eleven of them,\u201d the shipping executive told the Gazette.",
    )
    assert got == [("I own eleven of them", "Marta Lindqvist")]


def test_a_nationality_or_a_hyphenated_adjective_is_never_the_speaker():
    got = quotes_of(
        "Councillor Tomas Brandt spoke at the harbour on Monday.",
        "Brandt offered a Brandt-style retort on Tuesday, tweeting \u201cthe pier is a waste of a year.\u201d",
        "This was the Brandt who fights with Mexican crews, and claims the board \u201cdoes nothing.\u201d",
    )
    assert got == [("the pier is a waste of a year.", "Tomas Brandt"), ("does nothing.", "Tomas Brandt")]


def test_he_skips_the_subject_of_a_long_opening_clause_with_a_quoted_word_in_it():
    got = quotes_of(
        "Councillor Tomas Brandt and the treasurer Ivo Marchetti argued over the pier for an hour on Monday night.",
        "When Mr. Marchetti tried to defend his remarks calling the harbour board \u201cheroic\u201d after it had "
        "voted down the plan for the third time in as many years, Mr. Brandt sharply differed.",
        "\u201cThe board has failed this town,\u201d he said.",
    )
    assert got == [("heroic", "Ivo Marchetti"), ("The board has failed this town", "Tomas Brandt")]


def test_a_month_short_form_without_its_full_stop_is_a_first_name():
    got = quotes_of(
        "The harbour board met on Jan. 5, and again in May, to discuss the pier with Councillor Piet Kuiper.",
        "Former harbour master Jan Okafor, an early critic of the plan, spoke first. "
        "\u201cThe pier will not last,\u201d she said in an interview.",
    )
    assert got == [("The pier will not last", "Jan Okafor")]


def test_a_title_after_a_comma_starts_the_next_name_not_a_role_of_the_one_before():
    got = quotes_of(
        "Councillor Tomas Brandt and the ferry owner Ivo Marchetti met on Monday.",
        "Asked whether the delay had been hard for Mr. Brandt, Mr. Marchetti said: \u201cOf course.\u201d",
    )
    assert got == [("Of course.", "Ivo Marchetti")]


def test_the_subject_of_an_ing_verb_after_with_is_the_speaker():
    got = quotes_of(
        "The vote sparked a row over how the Harbour Trust spends its money, with Councillor Tomas Brandt "
        "telling reporters on Monday that the board was \u201cdirectly responsible\u201d for the delay.",
    )
    assert got == [("directly responsible", "Tomas Brandt")]


def test_he_tagging_a_quotation_does_not_give_the_person_it_names_his_gender():
    got = quotes_of(
        "Tomas Brandt, the ferry operator, and the treasurer Rosa Lindqvist met on Monday.",
        "Lindqvist \u201ccaused this mess,\u201d he said.",
        "Kuiper Ferries sent its own lawyer. Rosa Lindqvist answered them. \u201cWe did nothing wrong,\u201d she said.",
    )
    assert got[1] == ("We did nothing wrong", "Rosa Lindqvist")


def test_a_name_set_off_after_a_possessors_role_after_the_quotation():
    got = quotes_of(
        "The ferry company wants the pier rebuilt.",
        "\u201cWe looked at every option,\u201d Okafor Ferries\u2019s chief engineer, Ruth Amsel, told the Gazette.",
    )
    assert got == [("We looked at every option", "Ruth Amsel")]


def test_a_speech_verb_inside_a_hyphenated_word_does_not_make_the_next_name_a_speaker():
    got = quotes_of(
        "Harbour chief Ada Okonkwo stretched the truth on Monday, when she claimed that the self-described "
        "Harbour Guardian, or HG, has used Tomas Brandt in its ads.",
        "\u201cThey are spending a fortune on this,\u201d she said.",
    )
    assert got == [("They are spending a fortune on this", "Ada Okonkwo")]


def test_according_to_in_a_later_sentence_of_the_paragraph():
    got = quotes_of(
        "Councillor Tomas Brandt will speak on Monday. According to the Brandt campaign, \u201cThe speech will be "
        "given at the harbour.\u201d",
    )
    assert got == [("The speech will be given at the harbour.", "Brandt campaign")]


def test_a_document_named_after_the_quotation_with_its_outlet():
    got = quotes_of(
        "Councillor Tomas Brandt has been taking heat at home.",
        "\u201cThere are jellyfish with more spine than Councillor Brandt,\u201d reads a Wednesday editorial in "
        "The Harbour Gazette.",
    )
    assert got == [("There are jellyfish with more spine than Councillor Brandt", "Harbour Gazette")]


def test_an_apposition_left_open_before_the_speech_verb():
    got = quotes_of(
        "The board is split on the pier.",
        "\u201cThe board needs a plan,\u201d Ruth Amsel, the engineer who founded harbourwatch.org tweeted on "
        "Wednesday.",
        "Ada Okonkwo, the treasurer of the Harbour Trust said in a statement.",
        "\u201cThere is no money to recount.\u201d",
    )
    assert got == [("The board needs a plan", "Ruth Amsel"), ("There is no money to recount.", "Ada Okonkwo")]


def test_a_name_inside_the_speakers_who_clause_is_not_the_speaker():
    got = quotes_of(
        "The pier vote is next week.",
        "Councillor Ilse Ruiz (D-Salem), who has endorsed Brandt, said the plan made him a \u201cstronger\u201d "
        "candidate.",
    )
    assert got == [("stronger", "Ilse Ruiz")]


def test_continue_to_is_not_a_speech_verb():
    got = quotes_of(
        "Ivo Marchetti quit the board on Tuesday. Tomas Brandt won the seat.",
        "Brandt said he is certain Marchetti will continue to be \u201ca champion for the harbour.\u201d",
    )
    assert got == [("a champion for the harbour.", "Tomas Brandt")]


def test_a_pronoun_in_an_opening_clause_does_not_hide_the_subject_after_it():
    got = quotes_of(
        "Harriet Osei toured the harbour. Piet Kuiper, a professor, said towns matter.",
        "But after focusing her attention on the ferries, Osei delivered a message that resonates with mayors.",
        "\u201cOur piers are crumbling,\u201d she said.",
    )
    assert got == [("Our piers are crumbling", "Harriet Osei")]


def test_a_name_inside_an_apposition_is_not_the_one_a_later_he_means():
    got = quotes_of(
        "Ruth Amsel won the harbour vote.",
        "Councillor Tomas Brandt (Salem), a delegate supporting Amsel, said he has spoken with many delegates.",
        "\u201cThe reality is that the number is high,\u201d he said.",
    )
    assert got == [("The reality is that the number is high", "Tomas Brandt")]


def test_one_of_a_group_whose_head_is_a_role_word():
    got = quotes_of(
        "The board will approve the pier, its advisers say.",
        "\u201cThere is no path for the ferry firm,\u201d said one of those advisers, who spoke on condition of "
        "anonymity.",
    )
    assert got == [("There is no path for the ferry firm", "Unnamed adviser")]


def test_an_outlet_that_reports_words_with_no_one_else_named_is_their_source():
    got = quotes_of(
        "The harbour board is widening its inquiry.",
        "The Harbour Gazette reported on Thursday that \u201cinspectors are looking at the pier\u2019s accounts.\u201d",
    )
    assert got == [("inspectors are looking at the pier\u2019s accounts.", "Harbour Gazette")]


def test_the_name_who_stands_for_is_the_subject_of_the_speech_verb():
    got = quotes_of(
        "Councillor Tomas Brandt spoke after the vote.",
        "Later in the meeting, Brandt praised the ferry owner Ivo Marchetti, who has publicly vowed not to pay "
        "the harbour levy because of the board\u2019s \u201creckless spending.\u201d",
    )
    assert got == [("reckless spending.", "Ivo Marchetti")]


def test_it_said_never_points_to_a_hyphenated_adjective():
    got = quotes_of(
        "Ivo Marchetti runs the harbour board.",
        "A letter this month to the board from the staff union reflected both concerns -- with Mr. Marchetti and "
        "the Harbour-only tradition. \u201cWe have accepted decades of back-room deals,\u201d it said.",
    )
    assert [text for text, _ in got] == ["We have accepted decades of back-room deals"]
    assert got[0][1] != "Harbour-only"


def test_the_subject_of_a_that_clause_after_an_inverted_verb_is_not_the_speaker():
    got = quotes_of(
        "Ivo Marchetti, who owns the ferry firm, met investors on Monday.",
        "In October, Mr. Marchetti told investors that worries about the pier were \u201coverblown,\u201d adding "
        "that Okafor Ferries had \u201ca strong hand.\u201d",
    )
    assert got == [("overblown", "Ivo Marchetti"), ("a strong hand.", "Ivo Marchetti")]


def test_an_inverted_verb_before_a_possessors_name_or_role():
    got = quotes_of(
        "Councillor Tomas Brandt campaigned at the harbour. The Harbour Police Union backed him.",
        "\u201cBoat owners should leave their flares at home,\u201d opined Harbour\u2019s Evening Gazette.",
        "\u201cWe are fine,\u201d said Brandt\u2019s deputy campaign manager, Rich Okafor, who ran the 2012 campaign.",
    )
    assert got == [("Boat owners should leave their flares at home", "Evening Gazette"), ("We are fine", "Rich Okafor")]


def test_a_pronoun_has_no_apposition_after_its_verb():
    got = quotes_of(
        "Harbour candidate Tomas Brandt is choosing not to answer the board.",
        "Instead, the Salem senator is sticking to his campaign message.",
        "\u201cWe have come a long way,\u201d he told cheering supporters in Nashua, N.H. on Monday morning.",
    )
    assert got == [("We have come a long way", "Tomas Brandt")]


def test_a_pronoun_inside_an_opening_with_phrase_is_not_the_sentence_subject():
    got = quotes_of(
        "Nadia Ferreira and Rosa Lindqvist run the ferry.",
        "''It is our boat,'' Ms. Lindqvist said with an eye roll. The crews say inspectors still watch the pier.",
        "With one foot propping her board to a tilt, Ms. Ferreira gazed out across the concrete. "
        "''I'll put it this way,'' she said.",
    )
    assert got[-1] == ("I'll put it this way", "Nadia Ferreira")


def test_an_ing_speech_verb_after_a_comma_and_an_adverb_takes_the_main_subject():
    got = quotes_of(
        "Nadia Ferreira has voiced doubts about her next meeting with Tomas Brandt later this month, recently "
        "telling one friend that she wonders \u201cwhich Brandt will show up.\u201d",
    )
    assert got == [("which Brandt will show up.", "Nadia Ferreira")]


def test_a_body_a_person_heads_speaks_after_the_quotation():
    got = quotes_of(
        "Nadia Ferreira ran the harbour board until 2020.",
        "\u201cShe did write to the board about it,\u201d Ferreira\u2019s office said in a statement. "
        "\u201cThere was no other way then.\u201d",
    )
    assert got == [
        ("She did write to the board about it", "Nadia Ferreira's office"),
        ("There was no other way then.", "Nadia Ferreira's office"),
    ]


def test_a_party_tag_after_a_name_does_not_break_its_apposition_before_the_verb():
    got = quotes_of(
        "Tomas Brandt and Ivo Marchetti tweeted their approval of the vote. On the other side, Sen. Rosa Lindqvist "
        "(R-Ore.), a candidate who has made the pier a centerpiece of her campaign, tweeted a warning. "
        '"Remember in November the councillors who stalled the pier for 30 hours."',
    )
    assert got == [("Remember in November the councillors who stalled the pier for 30 hours.", "Rosa Lindqvist")]


def test_according_to_an_outlet_with_the_before_its_name():
    got = quotes_of(
        "Ivo Marchetti wrote to the harbour board on Monday.",
        "According to the Daily Example, \u201cMarchetti also asked the board to delay the vote by a week.\u201d",
    )
    assert got == [("Marchetti also asked the board to delay the vote by a week.", "Daily Example")]


def test_a_he_inside_a_womans_who_clause_is_not_her_gender():
    got = quotes_of(
        "Ivo Marchetti sued the harbour board last year.",
        '"Anybody who crosses him pays for it," said Louise Okafor, who has known Marchetti since 1970 and '
        "worked with him as he rebuilt the pier.",
        '"He is very thin-skinned," she said.',
    )
    assert got[-1] == ("He is very thin-skinned", "Louise Okafor")


def test_a_description_then_any_past_tense_verb_after_a_quotation_is_the_speaker():
    got = quotes_of(
        "At a rally last week, Ivo Marchetti showed the crowd a clip of Councillor Rosa Lindqvist.",
        '"Councillor Lindqvist, let me help you out - the answer is no," the harbour board nominee riffed.',
    )
    assert got == [("Councillor Lindqvist, let me help you out - the answer is no", "Ivo Marchetti")]


def test_a_title_case_sentence_quoted_on_its_own_after_a_speakers_quote_is_theirs():
    got = quotes_of(
        '"Two people in this race know how to do that," said Ivo Marchetti, a harbour strategist who once '
        "worked for the board. \u201cThat\u2019s Rosa Lindqvist and Tomas Brandt.\u201d",
    )
    assert got == [
        ("Two people in this race know how to do that", "Ivo Marchetti"),
        ("That\u2019s Rosa Lindqvist and Tomas Brandt.", "Ivo Marchetti"),
    ]


def test_a_description_owning_a_noun_before_the_verb_is_not_its_subject():
    got = quotes_of(
        "Prime Minister Ivo Marchetti meets visitors often.",
        "A harbour official, speaking on the condition of anonymity to discuss the prime minister's schedule, "
        'said Wednesday that Marchetti "will meet with any candidate who asks for a meeting."',
    )
    assert got == [("will meet with any candidate who asks for a meeting.", "Unnamed harbour official (name withheld)")]


def test_a_sentence_opening_with_he_but_tagged_with_a_name_points_to_that_name():
    got = quotes_of(
        "His campaign manager, Ivo Marchetti, said Tomas Brandt believes the ads will pay off. He should also "
        "get a boost from the win on Tuesday, Brandt said.",
        '"I think on Monday he proved that we could," he said.',
    )
    assert got == [("I think on Monday he proved that we could", "Tomas Brandt")]


def test_a_sentence_opening_preposition_is_no_part_of_a_name():
    draft = draft_brief(
        "Harbour jobs\n\n"
        "Outside Acme's plant on Galeana Street, a worker named Tomas Brandt praised his job on Monday.\n\n"
        "Across Europe, ferry firms are hiring, said Ines Carvalho, the mayor.\n",
        date="2024-03-04",
    )
    names = [p["name"] for p in yaml.safe_load(draft.yaml_text)["people"]]
    assert "Tomas Brandt" in names and "Ines Carvalho" in names
    assert not [name for name in names if name.startswith(("Outside", "Across"))]


def test_a_quotation_after_a_sentence_about_a_person_in_the_same_paragraph_is_theirs():
    got = quotes_of(
        "Ivo Marchetti advises the harbour board, and he speaks his mind.",
        "Mr. Marchetti is unapologetic about his aim. \u201cI want the pier rebuilt before winter.\u201d",
    )
    assert got == [("I want the pier rebuilt before winter.", "Ivo Marchetti")]


def test_a_quotation_paragraph_after_one_about_a_person_is_theirs_unless_an_opening_clause_names_them():
    got = quotes_of(
        "Ivo Marchetti is upbeat about the pier, in part because he sees the board as united.",
        "\u201cNot only can the pier be rebuilt, it will be rebuilt by winter.\u201d",
        "Painting Marchetti as a threat to the harbour, the leaflets echo the message the board expects.",
        "\u201cThat is what he did in 2008. He is doing it again.\u201d",
    )
    assert got == [
        ("Not only can the pier be rebuilt, it will be rebuilt by winter.", "Ivo Marchetti"),
        ("That is what he did in 2008. He is doing it again.", UNATTRIBUTED),
    ]


def test_a_dash_line_after_a_quotation_signs_it():
    got = quotes_of(
        "Here are some claims from the harbour debate.",
        '"Almost all new money is going to the top 1 percent of boat owners."',
        "- Ivo Marchetti.",
        "The councillor is relying on an outdated statistic.",
    )
    assert got == [("Almost all new money is going to the top 1 percent of boat owners.", "Ivo Marchetti")]


def test_a_dash_line_signs_a_quotation_rather_than_the_person_the_paragraph_before_ends_on():
    got = quotes_of(
        "In the end, Ivo Marchetti voted for the pier bill.",
        '"I will look into it. I do not know the status, but I will certainly look into it."',
        "- Dana Whitlock.",
        "Whitlock has been looking into it for a long time.",
    )
    said = "I will look into it. I do not know the status, but I will certainly look into it."
    assert got == [(said, "Dana Whitlock")]


def test_a_line_naming_someone_heads_the_quotations_under_it_as_a_voices_piece_sets_them_out():
    got = quotes_of(
        "Ferry crews stopped work on Tuesday, the second strike at the harbour this year.",
        "We asked some of them why. Their answers have been edited for length.",
        "Ilse Marchetti, 34, Harbourside",
        '"I have worked double shifts for two years. Nobody listens until we stop."',
        "Tomas Brandt (deckhand):",
        '"The boats are not safe."',
        '"We are two crew short most nights."',
        "Dana Whitlock",
        '"It is about the passengers."',
    )
    assert got == [
        ("I have worked double shifts for two years. Nobody listens until we stop.", "Ilse Marchetti"),
        ("The boats are not safe.", "Tomas Brandt"),
        ("We are two crew short most nights.", "Tomas Brandt"),
        ("It is about the passengers.", "Dana Whitlock"),
    ]


def test_a_line_opening_on_a_name_that_is_not_the_name_alone_heads_no_quotation():
    got = quotes_of(
        "Ferry crews stopped work on Tuesday, the second strike at the harbour this year.",
        "Ilse Marchetti's view",
        '"Nobody listens until we stop."',
        "Tomas Brandt and the boats",
        '"The boats are not safe."',
    )
    assert got == [("Nobody listens until we stop.", UNATTRIBUTED), ("The boats are not safe.", UNATTRIBUTED)]


def test_a_letter_quoted_over_paragraphs_is_its_signers_and_a_rank_is_a_title():
    got = quotes_of(
        "The harbour board censured a teacher on Thursday over a letter a former student sent it.",
        "Since the board seems to wish nobody had heard it, here is the letter at some length:",
        "\u201cWhen I was thirteen, I did not know what a harbour board did.",
        "\u201cI am writing from Fort Carson. Please keep the class.\u201d",
        "It was signed by Spc. Aaron Delacroix, U.S. Army.",
    )
    assert got == [
        ("When I was thirteen, I did not know what a harbour board did.", "Aaron Delacroix"),
        ("I am writing from Fort Carson. Please keep the class.", "Aaron Delacroix"),
    ]


def test_a_photo_credit_between_paragraphs_introduces_no_one():
    got = quotes_of(
        "Tomas Reyl, who starred in two harbour dramas, posted the clip on Thursday.",
        "Dana Whitlock via Getty Images.",
        "\u201cWhat if the mayor had elocution lessons?\u201d the 43-year-old asked in the clip's description.",
    )
    assert got == [("What if the mayor had elocution lessons?", "Tomas Reyl")]


def test_a_photo_caption_ending_in_its_credit_introduces_no_one():
    for credit in (
        "(Photo: Ada Ferro/Getty Images)",
        "(AP Photo/Ada Ferro)",
        "Ada Ferro/Reuters",
        "AP Photo/Ada Ferro",
    ):
        got = quotes_of(
            "Harbour master Tomas Reyl said on Monday that the pier would close for a week.",
            f"Councillor Ines Oduya at a meeting in January. {credit}",
            "\u201cWe have no other choice,\u201d he said.",
        )
        assert got == [("We have no other choice", "Tomas Reyl")], credit


def test_a_pull_quote_set_apart_on_the_page_is_drafted_once_with_its_speaker():
    got = quotes_of(
        "Harbour master Tomas Reyl said on Monday that the pier would close for a week.",
        "\u201cThe board has left us no other choice this winter.\u201d",
        "Councillor Ines Oduya backed the closure at Tuesday's meeting.",
        "\u201cThe board has left us no other choice this winter,\u201d she said, adding that repairs start soon.",
    )
    assert got == [("The board has left us no other choice this winter", "Ines Oduya")]
    # The same quotation alone twice: the first is the one set apart.
    twice = quotes_of(
        "Ines Oduya spoke first.",
        "\u201cWe will rebuild the pier before the summer season.\u201d",
        "Tomas Reyl then took the floor.",
        "\u201cWe will rebuild the pier before the summer season.\u201d",
    )
    assert twice == [("We will rebuild the pier before the summer season.", "Tomas Reyl")]


def test_a_headline_giving_a_persons_words_after_their_name_and_a_colon_voices_the_opening_quotation():
    text = (
        "Ines Oduya: \u2018I Am Tired Of Being Told How To Run The Pier.\u2019\n\n"
        '"The board\'s plan was, one, reckless and costly. It also opened a debate we needed."\n\n'
        "Oduya also spoke about the budget on Friday.\n\n"
        "\u201cThe pier is ours,\u201d Oduya said."
    )
    assert quotes_in(Story(clean_article(text))) == [
        ("The board's plan was, one, reckless and costly. It also opened a debate we needed.", "Oduya"),
        ("The pier is ours", "Oduya"),
    ]


def test_a_group_named_by_its_people_is_never_he():
    got = quotes_of(
        "Ivo Marchetti spoke to the harbour union on Monday.",
        "Harbour Europeans gave him a warm welcome. He describes himself as \u201ctotally pro-pier.\u201d",
    )
    assert got == [("totally pro-pier.", "Ivo Marchetti")]


def test_a_one_word_name_a_speech_verb_ties_to_a_quotation_is_a_person_for_he():
    got = quotes_of(
        "Ivo Marchetti is a harbour candidate unlike any other, the editor said on Monday.",
        "\u201cHe has defied all conventions,\u201d said Okonkwo.",
        "He continued, \u201cThat is what we intend to cover, with a huge investment of reporting.\u201d",
    )
    assert got[-1] == ("That is what we intend to cover, with a huge investment of reporting.", "Okonkwo")


def test_a_name_ending_in_county_city_or_state_is_never_he():
    got = quotes_of(
        "Councillor Tomas Brandt spoke after the vote.",
        "Earlier, Harbour County (Ore.) Sheriff Ivo Marchetti vouched for the plan. He said, \u201cWe will "
        "build the pier.\u201d",
        "While rivals called for an effort to defeat the Islamic State, Brandt hewed to the mayor's approach. "
        "\u201cLet them fight each other,\u201d he said.",
    )
    assert got == [("We will build the pier.", "Ivo Marchetti"), ("Let them fight each other", "Tomas Brandt")]


def test_an_adjective_before_the_name_or_a_phrasal_cue_after_a_quotation():
    got = quotes_of(
        "Ivo Marchetti said the harbour had lost its way. \u201cThe harbour is no longer the harbour,\u201d he said.",
        "\u201cThe harbour will always be the harbour,\u201d an angry Lindqvist retaliated.",
        "\u201cRosa wants to be tough tonight,\u201d Marchetti shot back.",
    )
    assert got == [
        ("The harbour is no longer the harbour", "Ivo Marchetti"),
        ("The harbour will always be the harbour", "Lindqvist"),
        ("Rosa wants to be tough tonight", "Ivo Marchetti"),
    ]


def test_a_pronoun_deep_in_the_sentence_after_a_quoted_fragment_is_not_its_speaker():
    got = quotes_of(
        "Mayor Nadia Ferreira leads the race by ten points.",
        '"Many would call that an embarrassment for the mayor" if she lost by a wider margin, said Rosa '
        "Lindqvist, an analyst at the harbour board.",
    )
    assert got == [("Many would call that an embarrassment for the mayor", "Rosa Lindqvist")]


def test_a_quotation_continued_in_a_paragraph_opened_by_two_apostrophes_keeps_its_speaker():
    got = quotes_of(
        "''The pier is older than any of us,'' said Ilse Marchetti. ''It has outlived three harbour boards.",
        "''It will outlive this one too.''",
    )
    assert got == [
        ("The pier is older than any of us", "Ilse Marchetti"),
        ("It has outlived three harbour boards.", "Ilse Marchetti"),
        ("It will outlive this one too.", "Ilse Marchetti"),
    ]


def test_a_name_inside_the_subjects_apposition_is_not_the_speaker():
    got = quotes_of(
        "Councillor Rosa Lindqvist, wearing a scarf stitched with the word Brandt, warned that the budget would "
        'end in "a sorry mess for everyone" unless the board acted.',
        "Tomas Brandt (D), a loyal Nadia Ferreira backer, owned up to the delay while he praised the crews, "
        'saying, "We moved as fast as the tides allowed."',
    )
    assert got == [
        ("a sorry mess for everyone", "Rosa Lindqvist"),
        ("We moved as fast as the tides allowed.", "Tomas Brandt"),
    ]


def test_the_subject_of_a_clause_opened_by_after_is_the_speaker():
    got = quotes_of(
        "The ferry company wrote to the board after councillor Tomas Brandt told a rally on the quay on "
        'Thursday that the old crane was "a hazard to every child in town," a charge the company denies.',
    )
    assert got == [("a hazard to every child in town", "Tomas Brandt")]


def test_a_description_placed_in_the_room_speaks_after_the_quotation():
    got = quotes_of("\u201cCould the ferries run all winter?\u201d a clerk at the meeting whispered.")
    assert got == [("Could the ferries run all winter?", "Unnamed clerk")]


def test_a_role_with_a_figure_in_it_before_the_name_after_the_quotation():
    got = quotes_of(
        "\u201cNobody can live on these wages,\u201d 40% Club chair Marta Okafor told the Salem Gazette.",
    )
    assert got == [("Nobody can live on these wages", "Marta Okafor")]


def test_the_subject_of_an_after_clause_keeps_the_quotation_past_an_apposition():
    got = quotes_of(
        "The dispute flared in May after Ms. Lindqvist, questioned about the repairs under Mr. Okafor, had "
        "answered, \u201cEvery board since then has cut corners.\u201d",
    )
    assert got == [("Every board since then has cut corners.", "Lindqvist")]


def test_an_apposition_with_a_place_in_it_leaves_the_sentence_to_its_first_name():
    got = quotes_of(
        "Nadia Ferreira, at a breakfast for skippers in Salem, Oregon, said she planned \u201cto open the north "
        "quay to every trawler\u201d by the autumn.",
        "Councillor Tomas Brandt, later insisting that the guild had wanted to lease 40 moorings, said he would "
        "refuse the bids, which he believes are \u201cfronts for a developer\u201d anyway.",
    )
    assert got == [
        ("to open the north quay to every trawler", "Nadia Ferreira"),
        ("fronts for a developer", "Tomas Brandt"),
    ]


def test_a_question_quoted_before_a_speaker_set_off_by_an_apposition():
    got = quotes_of(
        "\u201cWill you come to the hearing?\u201d Ivo Marchetti, a former crane operator at the docks, asked "
        "each neighbour in turn.",
    )
    assert got == [("Will you come to the hearing?", "Ivo Marchetti")]


def test_a_speaker_shouting_or_shooting_back_before_the_quotation():
    got = quotes_of(
        "Councillor Tomas Brandt chaired the hearing on the crane.",
        "Fishermen crowded the gallery, with Brandt angrily shouting: \u201cOrder, or I clear the room!\u201d",
        "When a reporter asked if the crane would be sold, Mr. Brandt shot back: \u201cOver my dead body, and you "
        "may print that.\u201d",
    )
    assert got == [
        ("Order, or I clear the room!", "Tomas Brandt"),
        ("Over my dead body, and you may print that.", "Tomas Brandt"),
    ]


def test_a_persons_campaign_speaks_before_the_quotation():
    got = quotes_of(
        "Councillor Tomas Brandt's campaign shrugged off the mayor's complaint, telling reporters, \u201cThe "
        "guild has never spoken for us.\u201d",
    )
    assert got == [("The guild has never spoken for us.", "Tomas Brandt's campaign")]


def test_a_question_put_to_a_person_is_not_that_persons_words():
    got = quotes_of(
        "Tomas Brandt was asked, \u201cDid the crane pass its last inspection?\u201d",
        "He answered, \u201cIt passed in March.\u201d",
        "Later Brandt was asked by presenter Rosa Lindqvist, who has praised him, \u201cWill you sell it?\u201d",
        "Brandt had been told to \u201ckeep it short\u201d by his aides.",
    )
    assert got == [
        ("Did the crane pass its last inspection?", UNATTRIBUTED),
        ("It passed in March.", "Tomas Brandt"),
        ("Will you sell it?", "Rosa Lindqvist"),
        ("keep it short", "Unnamed aides"),
    ]


def test_an_email_that_goes_on_or_was_sent_by_or_from_someone_speaks_for_its_author():
    got = quotes_of(
        "Councillor Tomas Brandt wrote to the board on Monday. The email goes on to say: \u201cThe crane is rusted "
        "through and the inspectors know it.\u201d",
        "A campaign email sent out by Rosa Lindqvist late on Sunday urged volunteers on: \u201cWe need forty more "
        "doors knocked before the vote, and I know you can do it.\u201d",
        "A March 3 letter from the Harbour Guild seen by the Salem Gazette cautions that \u201cmembers will sue "
        "over any use of the guild crest.\u201d",
    )
    assert got == [
        ("The crane is rusted through and the inspectors know it.", "Tomas Brandt"),
        ("We need forty more doors knocked before the vote, and I know you can do it.", "Rosa Lindqvist"),
        ("members will sue over any use of the guild crest.", "Harbour Guild"),
    ]


def test_a_quotation_in_an_opening_clause_of_speaking_goes_to_the_subject_after_it():
    got = quotes_of(
        "In an address that touched on the \u201clong nights and empty nets\u201d of the fleet, Mayor Nadia "
        "Ferreira struck a hopeful note.",
        "In a speech on Monday, Ferreira called the plan \u201ca gift to the trawlers\u201d as Tomas Brandt, "
        "who drafted it, looked on.",
    )
    assert got == [
        ("long nights and empty nets", "Nadia Ferreira"),
        ("a gift to the trawlers", "Nadia Ferreira"),
    ]


def test_a_cue_that_hands_over_to_the_next_quotation_does_not_claim_the_one_before():
    got = quotes_of(
        "Tomas Brandt was asked, \u201cWhen did you last see the inspection report?\u201d He answered, "
        "\u201cNot since the spring.\u201d",
        "\u201cWhy the crane?\u201d Brandt asked, \u201cand why now?\u201d",
    )
    assert got == [
        ("When did you last see the inspection report?", UNATTRIBUTED),
        ("Not since the spring.", "Tomas Brandt"),
        ("Why the crane?", "Tomas Brandt"),
        ("and why now?", "Tomas Brandt"),
    ]


def test_a_cue_set_off_by_commas_mid_sentence_attributes_the_quotation():
    got = quotes_of(
        "Councillor Tomas Brandt spoke after the vote on the crane.",
        "The Harbour Gazette, Brandt said, called the sale \u201cthe end of an era on the quay.\u201d",
    )
    assert got == [("the end of an era on the quay.", "Tomas Brandt")]


def test_words_a_person_is_said_to_own_go_to_that_person():
    got = quotes_of(
        "Mayor Nadia Ferreira lost ground after Tomas Brandt's dismissive suggestion on the radio that she was "
        "\u201cgood at ribbons, not at budgets.\u201d",
        "The vote bears out the argument of Councillor Ivo Marchetti that the moorings were \u201cpriced for "
        "yachts.\u201d",
        "The crane was, in the words of one aide, \u201cthe last thing standing from the old port.\u201d",
    )
    assert got == [
        ("good at ribbons, not at budgets.", "Tomas Brandt"),
        ("priced for yachts.", "Ivo Marchetti"),
        ("the last thing standing from the old port.", "Unnamed aide"),
    ]


def test_an_inverted_cue_reaches_past_titles_but_not_past_a_preposition():
    got = quotes_of(
        "Mayor Nadia Ferreira spoke first at the meeting on the harbour's future on Monday night.",
        "\u201cWe owe the fishermen a working quay,\u201d said former Oregon Gov. and Ferry Board "
        "Chairwoman Anneke Vos.",
        "Ferreira has praised the guild's plan as \u201cexcellent,\u201d telling skippers on a tour of Salem "
        "on Tuesday that she would back it.",
    )
    assert got == [
        ("We owe the fishermen a working quay", "Anneke Vos"),
        ("excellent", "Nadia Ferreira"),
    ]


def test_what_someone_called_a_thing_is_their_words_whatever_follows():
    got = quotes_of(
        "Mooring fees rose sharply in 2019. After what Mr. Ivo Marchetti called \u201cthe great squeeze,\u201d "
        "the Northgate Marina, a private berth two miles up the coast, charged twice the old rate.",
    )
    assert got == [("the great squeeze", "Ivo Marchetti")]


def test_a_bare_plural_group_opening_a_sentence_speaks_for_itself():
    got = quotes_of(
        "Ingrid Sollund, the harbourmaster, has kept quiet about the new dredging contract.",
        'Aides say she plans to "wait for the tide to turn" before she speaks.',
        'Officials have also suggested the contract is "as good as signed."',
    )
    assert got == [("wait for the tide to turn", "Unnamed aides"), ("as good as signed.", "Unnamed officials")]


def test_a_name_with_a_generational_suffix_is_a_person():
    got = quotes_of(
        "Jonah R. Whitfield III, a retired skipper who moors at the north quay, came to the meeting with a petition.",
        '"The fees have doubled in a year," he said.',
    )
    assert got == [("The fees have doubled in a year", "Jonah R. Whitfield III")]


def test_a_name_spelt_like_a_month_short_form_is_a_name_but_a_dated_one_stays_a_date():
    got = quotes_of(
        '"The quay was built for a smaller fleet," harbour historian Wei Jun wrote in the port gazette on Jun. 3.',
        '"Nobody planned for container ships," Jun wrote.',
    )
    assert got == [
        ("The quay was built for a smaller fleet", "Wei Jun"),
        ("Nobody planned for container ships", "Wei Jun"),
    ]


def test_a_surname_that_is_also_a_common_word_is_a_name_when_the_story_gives_it_in_full():
    got = quotes_of(
        "Harbour columnist Petra Will and the pilot Aksel From both spoke against the new toll.",
        'Will wrote that the toll was "a tax on the tide."',
        '"Will the board listen? I doubt it," From said.',
    )
    assert got == [
        ("a tax on the tide.", "Petra Will"),
        ("Will the board listen? I doubt it", "Aksel From"),
    ]


def test_an_unnamed_source_ends_where_its_description_does():
    got = quotes_of(
        "The pier closed for a week in May.",
        'A pilot familiar with the channel did so, but with a warning: "The sandbar is moving north."',
        '"We were never asked," said a former mayor of New Haven.',
        'The Lindvik lawmaker emailed skippers saying: "Stay in port."',
        'Two unnamed harbour officials said the repairs were "behind by a month."',
    )
    assert got == [
        ("The sandbar is moving north.", "Unnamed pilot familiar with the channel"),
        ("We were never asked", "Unnamed former mayor of New Haven"),
        ("Stay in port.", "Unnamed Lindvik lawmaker"),
        ("behind by a month.", "Unnamed harbour officials"),
    ]


def test_dean_is_a_name_at_either_end_of_a_two_word_run():
    got = quotes_of(
        '"The quay is sinking," Arthur Dean, the former ferry master, told the board on Monday.',
        '"It has sunk before," replied Dean Okafor, who runs the boatyard.',
    )
    assert got == [("The quay is sinking", "Arthur Dean"), ("It has sunk before", "Dean Okafor")]


def test_a_description_that_names_someone_else_is_not_the_role_of_the_name_before():
    got = quotes_of(
        "Outside the cannery in the fishing village of Santa Lucia, a welder named Sverre Haug has only good things "
        "to say about the new owners.",
        '"They pay on time," he said.',
    )
    assert got == [("They pay on time", "Sverre Haug")]


def test_a_description_does_not_reach_back_over_a_preposition():
    story = Story(clean_article("Headline\n\nThe notice talked about giving voters the right to choose the fees."))
    assert [m.text for m in story.paragraphs[-1].mentions if m.kind in ("anon", "anaphor")] == []


def test_the_editorial_board_is_the_paper_and_the_agency_is_the_department_named_before():
    got = quotes_of(
        "The Harbour Gazette came out against the new toll on Sunday.",
        '"The toll punishes the smallest boats," the editorial board wrote.',
        "The Fisheries Department said on Friday that it would miss its deadline for the survey.",
        '"We have done what we could with the staff we have," said the agency.',
    )
    assert got == [
        ("The toll punishes the smallest boats", "Harbour Gazette"),
        ("We have done what we could with the staff we have", "Fisheries Department"),
    ]


def test_a_common_word_opening_a_sentence_is_no_name_after_a_dateline_or_before_a_quotation():
    story = Story(
        clean_article(
            "Headline\n\nPORT ELLING, Norway -- Gulls, rust and broken nets cover the old quay.\n\n"
            'The trust wrote to the council. Recalling "the storm of 1953," the letter asked for a new wall.'
        )
    )
    names = [m.text for par in story.paragraphs for m in par.mentions if m.kind == "name"]
    assert [n for n in names if n in ("Gulls", "Recalling")] == []


def test_a_people_named_by_one_word_is_a_group_and_never_it():
    got = quotes_of(
        "The Elling Harbour Trust published its yearly report on Monday.",
        "The report found that Norwegians now make up half of all visitors to the quay.",
        '"The season has never been longer," it said.',
    )
    assert got == [("The season has never been longer", "Elling Harbour Trust")]


def test_pres_is_a_title_before_a_name():
    story = Story(clean_article("Headline\n\nPres. Marit Lind of the yacht club signed the deed."))
    assert [(m.text, m.role) for m in story.paragraphs[-1].mentions][0] == ("Marit Lind", "Pres.")


def test_a_relative_named_by_first_name_alone_is_a_person():
    got = quotes_of(
        "Tomas Okafor built boats on the east quay for forty years.",
        "His daughter, Ines, defended the yard on Tuesday at the council meeting.",
        '"He never missed a tide," she said.',
    )
    assert got == [("He never missed a tide", "Ines")]


def test_more_groups_named_by_their_trade_speak_as_groups():
    got = quotes_of(
        "The yacht club wants a longer pier.",
        'Local lobbyists describe the plan as "a gift to the yacht owners."',
    )
    assert got == [("a gift to the yacht owners.", "Unnamed local lobbyists")]


def test_a_title_case_headline_is_cut_at_its_small_words_not_read_as_one_name():
    text = "Headline\n\nMarit Lind Sends The Harbour Board A Warning About Fees\n\nThe board met."
    story = Story(clean_article(text))
    names = [m.text for m in story.paragraphs[0].mentions if m.kind == "name"]
    assert names[1:] == ["Harbour Board", "Warning"]  # "Fees", alone after "About", is the title's word, no name


def test_a_lone_name_opening_a_sentence_before_a_speech_verb_is_the_speaker():
    got = quotes_of(
        "The ferry captain's letter to the council ran to four pages.",
        'Haugland went on to say, "The council has never once asked the crews."',
        'Others said the letter was "too long by half."',
    )
    assert got[0] == ("The council has never once asked the crews.", "Haugland")
    assert got[1][1] != "Others"


def test_a_speech_verb_spelt_in_a_capitalised_name_is_no_cue():
    got = quotes_of(
        "The harbour fees rose again this spring, according to one survey.",
        "According to Ines Varga of Counter Current Media, \u201cthe board has quietly raised every fee it sets.\u201d",
        "Former Secretary of State Ines Varga clashed with the board, chiding it, "
        "\u201cWho reads your own rules?\u201d",
    )
    assert got == [
        ("the board has quietly raised every fee it sets.", "Ines Varga"),
        ("Who reads your own rules?", "Ines Varga"),
    ]


def test_a_party_adjective_before_a_noun_that_is_also_a_verb_introduces_no_one():
    got = quotes_of(
        "Teodor Brask praised the mayor for the harbour repairs in a heavily Democratic state.",
        "\u201cWe need someone who can get the pier finished.\u201d",
    )
    assert got == [("We need someone who can get the pier finished.", "Teodor Brask")]


def test_a_possessive_name_ending_in_ing_opens_no_clause():
    got = quotes_of(
        "Harbour master Olav Gerding lost his post on Monday.",
        "Gerding's daughter, Maren, defended her father on Tuesday, saying: "
        "\u201cHe kept the pier open for years.\u201d",
    )
    assert got == [("He kept the pier open for years.", "Maren")]


def test_the_subject_after_an_opening_clause_owns_a_quotation_with_no_cue():
    got = quotes_of(
        "Filling in for Ansel Roe at the meeting where Vera Lind spoke, Tomas Brekke took aim at "
        "\u201cthe slowest pier repair this coast has ever seen.\u201d",
    )
    assert got == [("the slowest pier repair this coast has ever seen.", "Tomas Brekke")]


def test_a_titled_name_with_initials_is_a_person_not_an_acronym():
    got = quotes_of(
        "The harbour board and Mayor Ines Varga back the plan. HBA Chairman T.J. Okafor said he was "
        "\u201cappalled\u201d by it, arguing that \u201cthe plan would shut the small boats out of the harbour.\u201d",
    )
    assert got == [
        ("appalled", "T.J. Okafor"),
        ("the plan would shut the small boats out of the harbour.", "T.J. Okafor"),
    ]


def test_a_speech_verb_in_ing_after_the_quotation_is_said_by_the_sentence_subject_not_its_object():
    assert quotes_of(
        "Port director Ansel Roe met the harbour board on Monday.",
        "Roe said the pier plan was a \u201cdistortion of the facts,\u201d calling Councillor Ilse Marchetti "
        "careless with the numbers.",
        "The Dover Pier Trust did not want to discuss \u201cthat plan,\u201d telling the Dover Ledger it was "
        "focused on repairs.",
    ) == [("distortion of the facts", "Ansel Roe"), ("that plan", "Dover Pier Trust")]


def test_a_people_named_in_the_plural_before_state_is_the_subject_of_that_verb():
    assert quotes_of(
        "The two governments traded papers on the harbour dispute this week.",
        "\u201cOur fleet has kept the channel open for twenty years,\u201d the Valdorans state in the paper.",
    ) == [("Our fleet has kept the channel open for twenty years", "Valdorans")]


def test_according_to_his_or_her_someone_is_that_unnamed_person_not_the_owner():
    assert quotes_of(
        "Harbour master Ansel Roe returned to work on Monday after a month away.",
        "According to his longtime physician, Roe is in \u201cexcellent health for a man of his age.\u201d",
    ) == [("excellent health for a man of his age.", "Unnamed longtime physician")]


def test_a_speaker_named_after_a_quotation_that_has_its_own_cue_introduces_the_next_one():
    assert quotes_of(
        "Ansel Roe and his deputy Ilse Marchetti traded emails about the pier in April.",
        "Roe replies to Marchetti with, \u201cWhy now? Was that not settled in March?\u201d Marchetti then writes "
        "back, \u201cIt was, but the council wants a vote.\u201d",
    ) == [
        ("Why now? Was that not settled in March?", "Ansel Roe"),
        ("It was, but the council wants a vote.", "Ilse Marchetti"),
    ]


def test_a_study_or_pollster_that_found_words_is_their_source():
    assert quotes_of(
        "The pier plan has split the town for a decade.",
        "In 2019, Harbourwatch found that \u201cabout twice as many residents backed the pier as opposed it.\u201d",
    ) == [("about twice as many residents backed the pier as opposed it.", "Harbourwatch")]


def test_her_owning_a_noun_before_a_speech_verb_is_not_its_subject():
    assert quotes_of(
        "\u201cYou lost the vote,\u201d Mary Alder told John Birch in the first harbour debate.",
        "He later suggested her seasickness was behind her aggressive tone, called her \u201cthird-rate\u201d and "
        "skipped one of the debates at which she was a moderator.",
    ) == [("You lost the vote", "Mary Alder"), ("third-rate", "John Birch")]


def test_a_quoted_fragment_that_runs_on_is_not_said_by_a_name_deep_in_the_words_after_it():
    assert quotes_of(
        "While Mayor Ansel Roe has warned against \u201ca waste of public money\u201d in the way the Harbour "
        "Board responds to storms, he has ordered a review of the pier plan.",
    ) == [("a waste of public money", "Ansel Roe")]


def test_the_one_who_called_it_so_in_a_that_clause_said_the_word():
    assert quotes_of(
        "The court heard clips of Ansel Roe's radio show on Monday.",
        "In a clip that U.S. District Judge Ilse M. Marchetti called \u201cdistasteful,\u201d Roe expressed a wish "
        "to sink the harbour board's boats.",
    ) == [("distasteful", "Ilse M. Marchetti")]


def test_a_body_that_a_colon_hands_over_from_is_the_speaker():
    assert quotes_of(
        "The pier has been closed since the storm in March.",
        "On Friday the Dover Harbour Board was blunt in its ruling: "
        "\u201cThe pier will not be rebuilt this year.\u201d",
    ) == [("The pier will not be rebuilt this year.", "Dover Harbour Board")]


def test_the_object_of_a_verb_does_not_speak_the_participle_after_it():
    assert quotes_of(
        "\u201cThe pier plan is a fraud,\u201d John Birch said on Sunday.",
        "Birch hammered Roe, calling him careless, and contrasted the harbour master, whom he described as "
        "\u201cvolatile,\u201d with the mayor: \u201cWhat I have seen of the mayor is a steady hand.\u201d",
    ) == [
        ("The pier plan is a fraud", "John Birch"),
        ("volatile", "John Birch"),
        ("What I have seen of the mayor is a steady hand.", "John Birch"),
    ]


def test_commented_after_a_quoted_fragment_names_its_speaker():
    assert quotes_of(
        "Ansel Roe has a following among the harbour's sailors.",
        "He would be a better mayor than Marchetti \u201cno matter what,\u201d one voter commented.",
    ) == [("no matter what", "Unnamed voter")]


def test_a_group_with_an_apposition_naming_part_of_it_is_the_subject():
    assert quotes_of(
        "Mayor Ilse Marchetti has spent the year on the pier plan.",
        "Her critics in the town, many of them Dover Catholics, argue that Marchetti is a \u201cpier mayor\u201d who "
        "ignores the schools.",
    ) == [("pier mayor", "Unnamed critics")]


def test_two_names_joined_by_and_before_a_digest_items_colon_speak_its_quotation():
    assert quotes_of(
        "The harbour board met on Monday to discuss the new pier and the ferry timetable for the summer.",
        "PIER COSTS KEEP CLIMBING - Dana Whitcombe and Ansel Roe: \u201cThe board has spent twice what it planned "
        "on the pier, and the end is not in sight.\u201d [Harbour Times.]",
    ) == [("The board has spent twice what it planned on the pier, and the end is not in sight.", "Dana Whitcombe")]


def test_a_credit_line_opening_with_a_dash_glued_to_the_name_signs_the_quotation_above():
    assert quotes_of(
        "The harbour board met on Monday to discuss the new pier and the ferry timetable for the summer.",
        "quotable.",
        '"The whole idea of a cheap pier is something that we hear about all the time, and it needs to stop."',
        "-Dana Whitcombe, Dover.",
        "The board will meet again in June to vote on the plan and on the ferry timetable.",
    ) == [
        (
            "The whole idea of a cheap pier is something that we hear about all the time, and it needs to stop.",
            "Dana Whitcombe",
        )
    ]


def test_a_pull_quotes_credit_on_its_last_line_before_the_closing_mark_names_its_speaker():
    assert quotes_of(
        "The harbour board met on Monday to discuss the new pier and the ferry timetable for the summer.",
        '"It is now more important than ever that the board hears from the mayor that the pier must not wait.\n'
        'Dana Whitcombe, Friends of Dover Harbour."',
        "The board will meet again in June to vote on the plan and on the ferry timetable.",
    ) == [
        (
            "It is now more important than ever that the board hears from the mayor that the pier must not wait.",
            "Dana Whitcombe",
        )
    ]


def test_a_paragraph_whose_only_quotation_is_nobodys_still_introduces_the_quotations_after_it():
    got = quotes_of(
        "Ansel Roe said on Monday that he would not close the harbour to the ferries.",
        "Instead, Roe told a radio station, his plan would merely be \u201cto go slow on the pier\u201d if the board "
        "agrees.",
        "What \u201cgo slow on the pier\u201d means is left to the imagination of the sailors, since Roe spoke only "
        "in vague words during the interview.",
        "\u201cWe have to do something and it is the only way we get the pier built.\u201d",
        "\u201cWe are not pushing hard enough.\u201d",
        "For those who follow the harbour, the words were nothing new.",
    )
    assert got[2:] == [
        ("We have to do something and it is the only way we get the pier built.", "Ansel Roe"),
        ("We are not pushing hard enough.", "Ansel Roe"),
    ]


def _drafted_roles(*paragraphs: str) -> dict[str, str]:
    """Each people entry's role in the draft of a story made of these paragraphs."""
    draft = draft_brief("\n\n".join(("Harbour news", *paragraphs)) + "\n", date="2024-03-04")
    return {p["name"]: p["role"] for p in yaml.safe_load(draft.yaml_text)["people"]}


def test_a_role_in_apposition_after_a_speech_verb_or_according_to_is_the_role_alone():
    roles = _drafted_roles(
        "\u201cWe cannot have another week like this,\u201d said a spokeswoman for Bayline Ferries, Dana Whitcombe.",
        "According to the city manager, Lucia Ferrante, the contract runs through 2027.",
        "The head of the Island Commuters Association, Tomas Greer, was blunter.",
    )
    assert roles["Dana Whitcombe"] == "spokeswoman for Bayline Ferries"
    assert roles["Lucia Ferrante"] == "city manager"  # not the clause after her name
    assert roles["Tomas Greer"] == "head of the Island Commuters Association"


def test_a_second_apposition_describes_the_name_but_a_clause_after_it_does_not():
    roles = _drafted_roles(
        "After the harbour master, Ansel Roe, a former ferry captain, spoke, the vote was called.",
        "\u201cWe are ready,\u201d Mira Lund, Roe\u2019s deputy, said on Monday.",
    )
    assert roles["Ansel Roe"] == "harbour master; a former ferry captain"
    assert roles["Mira Lund"] == "Roe\u2019s deputy"  # a capitalised name before her is no role of hers


def test_a_name_described_as_a_body_is_an_organisation_and_its_description_speaks_for_it():
    text = (
        "Dock fees rise\n\n"
        "The fees will double, according to Harbour Watch, a group that tracks port costs. "
        "\u201cThis is a tax on fishermen,\u201d the group said.\n"
    )
    draft = draft_brief(text, date="2024-03-04")
    data = yaml.safe_load(draft.yaml_text)
    watch = next(p for p in data["people"] if p["name"] == "Harbour Watch")
    assert watch["kind"] == "organisation"
    assert [q["speaker"] for q in data["quotes"]] == ["Harbour Watch"]


def test_a_closing_quotation_mark_with_no_space_before_a_capital_still_ends_the_sentence():
    got = quotes_of(
        "On May 5, Walter Doe posted a photo of himself eating lunch. \u201cHappy Cinco de Mayo!,\u201d he tweeted. "
        "\u201cThe best tacos are made in Doe Tower Grill. I love piers!\u201dFormer mayor Nora Roe told a Dutch "
        "paper what was wrong with the message: \u201cWhat Doe did was so insensitive.\u201d"
    )
    assert got == [
        ("Happy Cinco de Mayo!", "Walter Doe"),
        ("The best tacos are made in Doe Tower Grill. I love piers!", "Walter Doe"),
        ("What Doe did was so insensitive.", "Nora Roe"),
    ]


def test_a_few_quoted_words_in_the_speakers_apposition_after_the_quotation_do_not_end_the_cue():
    got = quotes_of(
        "The harbour board met on Monday to vote on the new pier.",
        "\u201cWe have had better meetings than this one,\u201d ferry captain Odile Brandvold, wearing a cap and"
        " \u201cSave the Pier\u201d badges, said matter-of-factly as the vote was read.",
    )
    assert got == [("We have had better meetings than this one", "Odile Brandvold")]


def test_a_name_speaking_through_its_own_website_or_account_is_the_speaker():
    got = quotes_of(
        "The pier grew busier every year, as the Harbour Heritage Trust website notes:",
        '"In the spring of 1990, a few ferry captains met in a shed by the water."',
        "The Brandvold Ferries blog said the new timetable is \u201ca step forward.\u201d",
    )
    assert got == [
        ("In the spring of 1990, a few ferry captains met in a shed by the water.", "Harbour Heritage Trust"),
        ("a step forward.", "Brandvold Ferries"),
    ]


def test_a_quotation_that_opens_with_a_transcript_label_is_the_labelled_persons_turn():
    got = quotes_of(
        "Instead, host Marta Ellison and the columnist Piet Vanhoek argued that the ferry plan was naive.",
        '"Marta Ellison: Seriously, about this. The mayor will pay for the ferry with a dock tax."',
        "Vanhoek said the tax would fall on everyone.",
        '"VANHOEK: It would hit every family in the county."',
        '"Warning: the figures are not final," the mayor\'s office said.',
    )
    assert got[:2] == [
        ("Marta Ellison: Seriously, about this. The mayor will pay for the ferry with a dock tax.", "Marta Ellison"),
        ("VANHOEK: It would hit every family in the county.", "Piet Vanhoek"),
    ]
    assert got[2][1] != "Piet Vanhoek"


def test_a_who_is_clause_left_open_before_the_speech_verb_after_a_quotation_still_names_the_speaker():
    got = quotes_of(
        "Marta Ellison, the ferry board's chair, opened the meeting on Monday.",
        '"This new ad raises questions about the dock tax," Odile Brandvold, who is chairman of Harbour Action'
        " said in a statement.",
    )
    assert got == [("This new ad raises questions about the dock tax", "Odile Brandvold")]


def test_a_cue_closing_the_sentence_after_a_clause_names_its_speaker_after_the():
    got = quotes_of(
        "The ferry board met on Monday in Dover.",
        "The Harbour Trust \u201creceived as much as $2 million in undisclosed payments\u201d from companies and"
        " other groups, the Dover Gazette reported ten days ago.",
    )
    assert got == [("received as much as $2 million in undisclosed payments", "Dover Gazette")]


def test_a_paragraph_an_outlet_reports_hands_the_quoted_paragraph_after_it_to_the_outlet():
    got = quotes_of(
        "The ferry board met on Monday in Dover.",
        "The Dover Gazette reported that night Ex-board chief Ellison testifies Harbour crash was an accident.",
        '"The hearing was closed but Councillor Piet Vanhoek spoke to reporters afterwards."',
        "The Dover Gazette reported that Ellison said:",
        '"We will rebuild the pier."',
    )
    assert got == [
        ("The hearing was closed but Councillor Piet Vanhoek spoke to reporters afterwards.", "Dover Gazette"),
        ("We will rebuild the pier.", "Ellison"),
    ]


def test_words_owned_through_a_noun_of_attack_are_the_owners():
    got = quotes_of(
        "Marta Ellison argued that the dock tax would sink the ferry.",
        "But Ellison\u2019s broadside against \u201cprinting money\u201d leaves room for doubt."
        " Piet Vanhoek said the plan was sound.",
        "Vanhoek\u2019s jab at the \u201cdock tax dreamers\u201d drew laughs.",
    )
    assert got == [("printing money", "Marta Ellison"), ("dock tax dreamers", "Piet Vanhoek")]


def test_a_group_of_people_described_by_what_they_are_speaks_as_a_group():
    got = quotes_of(
        "The ferry board met on Monday in Dover.",
        "Last month, a group of harbour safety experts warned that the pier could \u201cfall into the sea.\u201d",
    )
    assert got == [("fall into the sea.", "Unnamed group of harbour safety experts")]


def test_those_a_poll_asked_speak_for_what_they_said_of_someone_else():
    got = quotes_of(
        "The ferry board met on Monday in Dover.",
        'While those surveyed said former mayor Piet Vanhoek has the "best experience," Marta Ellison is the'
        " candidate voters trust most.",
    )
    assert got == [("best experience", "Unnamed people surveyed")]


def test_each_quoted_item_of_a_list_after_a_colon_goes_on_the_speaker_who_introduced_the_list():
    got = quotes_of(
        "The ferry board met on Monday in Dover.",
        "Marta Ellison argued that:",
        "\u2022 \u201cThe pier is beyond repair.\u201d",
        "\u2022 \u201cThe ferry needs a new dock.\u201d",
        "\u2014 \u201cThe town cannot wait.\u201d",
    )
    assert got == [
        ("The pier is beyond repair.", "Marta Ellison"),
        ("The ferry needs a new dock.", "Marta Ellison"),
        ("The town cannot wait.", "Marta Ellison"),
    ]


def test_a_list_item_that_says_more_than_its_quotation_is_not_carried_over():
    got = quotes_of(
        "The ferry board met on Monday in Dover.",
        "Marta Ellison argued that:",
        "\u2022 \u201cThe pier is beyond repair.\u201d",
        "\u2022 \u201cWhy the ferry needs a new dock,\u201d by the Dover Gazette\u2019s Piet Vanhoek.",
    )
    assert got[0] == ("The pier is beyond repair.", "Marta Ellison")
    assert [speaker for _, speaker in got[1:]] != ["Marta Ellison"]


def test_an_exchange_labelled_by_surnames_in_capitals_is_a_transcript_of_the_people_named():
    got = quotes_of(
        "Tomas Ramirez of the Dover Gazette asked Mayor Marta Ellison about the pier.",
        "RAMIREZ: What will happen to the pier?",
        "ELLISON: We will rebuild it before winter.",
        "Ellison later left for the ferry terminal.",
    )
    assert got == [
        ("What will happen to the pier?", "Tomas Ramirez"),
        ("We will rebuild it before winter.", "Marta Ellison"),
    ]


def test_a_labelled_turn_set_in_quotation_marks_is_the_words_inside_them():
    got = quotes_of(
        "Tomas Ramirez of the Dover Gazette asked Mayor Marta Ellison about the pier.",
        "RAMIREZ: What will happen to the pier?",
        'ELLISON: "We will rebuild it before winter."',
        'RAMIREZ: Is that a promise? "Before winter"?',
    )
    assert got == [
        ("What will happen to the pier?", "Tomas Ramirez"),
        ("We will rebuild it before winter.", "Marta Ellison"),
        ('Is that a promise? "Before winter"?', "Tomas Ramirez"),
    ]


def test_an_interview_whose_answer_runs_on_past_its_turn_keeps_the_answerer():
    got = quotes_of(
        "Ruth Okafor has chaired the harbour board for two years. She sat down with the Ledger this week.",
        "The interview has been edited for length and clarity.",
        "Q: Why cut the ferry hours?",
        'A: "We had no choice. The state cut our share by a third.',
        '"I would ask for a little patience. We have four boats and one crew."',
        "Q: Will the hours come back?",
        'A: "If the levy passes, yes, by spring."',
    )
    assert got == [
        ("Why cut the ferry hours?", "Unnamed interviewer"),
        ("We had no choice. The state cut our share by a third.", "Ruth Okafor"),
        ("I would ask for a little patience. We have four boats and one crew.", "Ruth Okafor"),
        ("Will the hours come back?", "Unnamed interviewer"),
        ("If the levy passes, yes, by spring.", "Ruth Okafor"),
    ]


def test_labels_in_capitals_that_name_nobody_in_the_story_are_no_transcript():
    got = quotes_of(
        "The ferry board met on Monday in Dover.",
        "CORRECTION: An earlier version gave the wrong date for the meeting.",
        "UPDATE: The pier reopened on Tuesday.",
    )
    assert got == []


def test_a_clause_joined_after_the_quotation_does_not_take_it_from_the_cue_before_it():
    got = quotes_of(
        "The ferry board met on Monday in Dover.",
        "According to Piet Vanhoek, the pier is \u201cbeyond repair,\u201d and Marta Ellison told the board"
        " she agreed.",
        "Her aide had urged Ellison to stay \u201cpositive,\u201d but Ellison said she would not.",
    )
    assert got == [("beyond repair", "Piet Vanhoek"), ("positive", "Unnamed aide")]


def test_words_between_a_possessor_and_a_noun_of_words_are_the_possessors():
    got = quotes_of(
        "Ferry fares rose again in Salemport this spring.",
        "Riders still hold the town to Mayor Jane Doe's \u201ca seat for every rider\u201d promise.",
        "Tom Avery's \u201cno fare rises\u201d pledge did not last the year either.",
    )
    assert got == [("a seat for every rider", "Jane Doe"), ("no fare rises", "Tom Avery")]


def test_words_an_i_outside_the_marks_hands_on_to_are_the_writers():
    got = quotes_of(
        "I went to the harbour board meeting in Salemport on Monday to speak about the ferry.",
        "\u201cThe ferry is late every morning,\u201d I said. \u201cWe need a second boat.\u201d",
        "\u201cWe will look at it,\u201d Jane Doe replied.",
        "\u201cThe board has lost my trust,\u201d I confessed. \u201cRiders?\u201d I had asked the board a year "
        "before, and nobody answered.",
    )
    assert got == [
        ("The ferry is late every morning", "I (the writer)"),
        ("We need a second boat.", "I (the writer)"),
        ("We will look at it", "Jane Doe"),
        ("The board has lost my trust", "I (the writer)"),
        ("Riders?", "I (the writer)"),
    ]


def test_a_verb_of_saying_right_after_an_owner_is_a_noun():
    got = quotes_of(
        "When the harbour director, Jane Doe, said on Tuesday that her engineers had no \u201cfirm evidence\u201d "
        "that the ferry company's email server had been \u201cbroken into,\u201d the board relaxed.",
    )
    assert got == [("firm evidence", "Jane Doe"), ("broken into", "Jane Doe")]


def test_words_a_claim_owns_outrank_the_subject_of_a_participle_after_them():
    got = quotes_of(
        "Mayor Tom Avery on Thursday blamed the press for making an issue out of Jane Doe's claim that the ferry "
        "board \u201ccooked the books,\u201d saying reporters had missed the point.",
    )
    assert got == [("cooked the books", "Jane Doe")]


def test_a_sentence_ending_on_initials_ends_before_a_word_that_opens_the_next():
    text = (
        "Tom Avery wants to stop foreign ferries from entering the U.S. While Jane Doe has condemned the plan, "
        "the harbour pilots say they are \u201cdeeply worried.\u201d"
    )
    story = Story(clean_article("Harbour plan splits Salemport\n\n" + text))
    assert len(story.paragraphs[0].sentences) == 2
    assert quotes_in(story) == [("deeply worried.", "Unnamed harbour pilots")]


def test_words_that_came_from_someone_after_them_are_theirs():
    got = quotes_of(
        "The harbour board met in Salemport on Monday to vote on the ferry fares.",
        "\u201cVote it down!\u201d came shouts from the crowd, as the board chair, Jane Doe, called for order.",
        "\u201cNot this year,\u201d came the reply from Tom Avery.",
    )
    assert got == [("Vote it down!", "Unnamed crowd"), ("Not this year", "Tom Avery")]


def test_a_dictum_or_motto_someone_owns_is_their_words():
    got = quotes_of(
        "Tom Avery ran the Salemport Gazette for thirty years before Jane Doe took over the newsroom.",
        "When Doe started there, she trained under Avery; Avery's dictum to his interns was, \u201cCall the ferry "
        "office before you call it a scandal.\u201d",
    )
    assert got == [("Call the ferry office before you call it a scandal.", "Tom Avery")]


def test_a_beat_of_a_few_words_between_paragraphs_of_one_speakers_words_hands_on_to_the_next():
    got = quotes_of(
        "\u201cI am calling from the harbour board. Is this a good time?\u201d Jane Doe said into the phone.",
        "Pause.",
        "\u201cWell, we hope to see you at the ferry meeting.\u201d",
    )
    assert got == [
        ("I am calling from the harbour board. Is this a good time?", "Jane Doe"),
        ("Well, we hope to see you at the ferry meeting.", "Jane Doe"),
    ]


def test_a_digest_item_credits_the_outlet_in_brackets_at_its_end():
    got = quotes_of(
        "TOP STORIES.",
        "HOW THE PIER FELL \u201cThe harbour board knew for years that the pilings were rotting and did nothing "
        "about it.\u201d [Harbour Ledger.]",
        "FARES RISE AGAIN Bayline Ferries chief Jane Okafor said fares would rise in \u201cevery season until the "
        "pier is rebuilt.\u201d [Salemport Times]",
        "PIER VOTE \u201cThe council will vote on the money before the summer, whatever the cost turns out to "
        "be.\u201d [Wire Service]",
    )
    assert got == [
        ("The harbour board knew for years that the pilings were rotting and did nothing about it.", "Harbour Ledger"),
        ("every season until the pier is rebuilt.", "Jane Okafor"),
        (
            "The council will vote on the money before the summer, whatever the cost turns out to be.",
            "Wire Service",
        ),
    ]


def test_a_transcript_sound_in_brackets_is_no_credit():
    got = quotes_of(
        "Jane Okafor spoke to the crowd on Monday night at the pier.",
        "\u201cWe are going to rebuild this pier, and we are going to do it this year.\u201d [APPLAUSE]",
        "\u201cAnd the ferry will run again before the summer is out.\u201d [Laughter.]",
    )
    assert got == [
        ("We are going to rebuild this pier, and we are going to do it this year.", "Jane Okafor"),
        ("And the ferry will run again before the summer is out.", "Jane Okafor"),
    ]


def test_a_question_put_to_someone_else_starts_no_exchange_with_the_speaker_before():
    got = quotes_of(
        "Jane Okafor and Tom Reyes spoke at the pier on Monday.",
        "\u201cThe pier needs money,\u201d Reyes said.",
        "\u201cWhy should we pay for it twice?\u201d Okafor asked the crowd.",
        "\u201cWe should not. Not this year, not ever.\u201d",
    )
    assert got[-1] == ("We should not. Not this year, not ever.", "Jane Okafor")


def test_a_newsroom_label_in_brackets_is_no_credit():
    got = quotes_of(
        "Jane Okafor spoke to the crowd on Monday night at the pier.",
        "\u201cWe will rebuild the pier this year, whatever the cost turns out to be.\u201d [Updated]",
    )
    assert got == [("We will rebuild the pier this year, whatever the cost turns out to be.", "Jane Okafor")]


def test_one_of_them_is_one_of_the_unnamed_group_just_met():
    got = quotes_of(
        "The harbour board met on Monday to discuss the new pier.",
        "Three residents spoke next. \u201cWe need the jobs,\u201d one of them said.",
        "Two aides to the mayor were there. \u201cShe has not decided,\u201d said one of them.",
    )
    assert got == [("We need the jobs", "Unnamed resident"), ("She has not decided", "Unnamed aide")]

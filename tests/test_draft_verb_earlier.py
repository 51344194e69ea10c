"""A speech verb earlier in the quotation's sentence whose subject is not the speaker the drafter took: who said
each, on made-up stories."""

from __future__ import annotations

from tests.draftstories import quotes_of

QUOTED_FIRST = "\u201cWe need the pier this year,\u201d said Ansel Roe, the harbour master."


def test_they_is_the_group_that_leads_its_own_sentence_not_the_last_person_quoted():
    got = quotes_of(
        QUOTED_FIRST,
        "Council Democrats blocked the pier bill because they said its budget was \u201ca blank check for the "
        "contractors.\u201d",
    )
    assert got[1] == ("a blank check for the contractors.", "Council Democrats")


def test_they_is_the_body_that_leads_the_sentence_before():
    got = quotes_of(
        QUOTED_FIRST,
        "The Fenwick Boat Owners Association rallied outside the hall on Monday. They argued that the pier would "
        "be \u201ca gift to the yacht owners.\u201d",
    )
    assert got[1] == ("a gift to the yacht owners.", "Fenwick Boat Owners Association")


def test_they_after_a_sentence_led_by_one_person_is_left_to_the_speakers_before():
    got = quotes_of(
        QUOTED_FIRST,
        "Dana Whitcombe met the guild on Monday. They said the pier would be \u201ca gift to the yacht owners.\u201d",
    )
    assert got[1] == ("a gift to the yacht owners.", "Ansel Roe")


def test_a_passive_verb_of_saying_names_nobody_so_its_subject_is_not_the_speaker():
    got = quotes_of(
        "Ansel Roe opened the new pier, which has long been described as \u201ca monument to the town's "
        "patience.\u201d",
        "Dana Whitcombe was said to be \u201cfurious with the council\u201d after the vote.",
    )
    assert got == [
        ("a monument to the town's patience.", "Unattributed (the story does not say whose words these are)"),
        ("furious with the council", "Unattributed (the story does not say whose words these are)"),
    ]


def test_the_agent_after_the_quotation_speaks_for_a_passive_verb():
    got = quotes_of(
        "Ansel Roe's harbour plan has been called \u201ca gift to the yacht owners\u201d by Dana Whitcombe, who "
        "chairs the guild.",
    )
    assert got == [("a gift to the yacht owners", "Dana Whitcombe")]


def test_a_name_the_sentence_says_something_is_known_as_is_nobodys_words():
    got = quotes_of(
        "Ansel Roe sold the old boats to a fleet known locally as \u201cthe grey ladies\u201d or \u201cthe slow "
        "sisters of the harbour.\u201d",
    )
    nobody = "Unattributed (the story does not say whose words these are)"
    assert got == [("the grey ladies", nobody), ("the slow sisters of the harbour.", nobody)]


def test_a_quotation_going_on_from_one_that_completes_a_passive_verb_is_nobodys_words_either():
    got = quotes_of(
        "Ansel Roe's memoir is described on its cover as a \u201crollicking tale\u201d that \u201ctakes readers "
        "out with the fleet at dawn.\u201d",
    )
    nobody = "Unattributed (the story does not say whose words these are)"
    assert got == [("rollicking tale", nobody), ("takes readers out with the fleet at dawn.", nobody)]


def test_a_phrase_quoted_inside_the_clause_someone_reports_is_the_reporters_account():
    got = quotes_of(
        "Ansel Roe said that Dana Whitcombe begged him for the berth and \u201cwould have paid any price\u201d for it.",
        "Marta Quill said she expected that Ivo Brandt would say \u201cnot this year\u201d to the fee.",
    )
    assert got == [("would have paid any price", "Ansel Roe"), ("not this year", "Marta Quill")]


def test_words_handed_over_with_a_comma_or_said_in_a_clause_of_their_own_stay_the_inner_speakers():
    got = quotes_of(
        "Ansel Roe said Dana Whitcombe told him, \u201cThe berth is yours.\u201d",
        "Marta Quill wrote after Ivo Brandt argued that \u201cthe pier can wait.\u201d",
        "Lena Ostrow praised Piet Haldane, who has vowed \u201cnever to sell the yard.\u201d",
    )
    assert got == [
        ("The berth is yours.", "Dana Whitcombe"),
        ("the pier can wait.", "Ivo Brandt"),
        ("never to sell the yard.", "Piet Haldane"),
    ]


def test_words_a_source_reports_with_according_to_are_the_speakers_and_the_source_speaks_only_for_itself():
    got = quotes_of(
        "According to the Fenwick Gazette, Ansel Roe said the pier was \u201ca gift to the yacht owners.\u201d",
        "Dana Whitcombe said she was \u201cglad to see\u201d the vote pass, according to the Harbour Courier.",
        "\u201cWe will build it,\u201d Ivo Brandt told the council, according to the Harbour Courier.",
        "The new berths are \u201ca gift to the yacht owners,\u201d according to the Fenwick Gazette.",
    )
    assert got == [
        ("a gift to the yacht owners.", "Ansel Roe"),
        ("glad to see", "Dana Whitcombe"),
        ("We will build it", "Ivo Brandt"),
        ("a gift to the yacht owners", "Fenwick Gazette"),
    ]


def test_according_to_a_poll_or_an_account_named_for_someone_gives_the_name_it_is_named_for():
    got = quotes_of(
        "Ansel Roe opened the pier on Monday.",
        "Most residents think the fee is \u201cfar too high,\u201d according to a Harbour Courier poll.",
    )
    assert got == [("far too high", "Harbour Courier")]


def test_according_to_a_writing_that_names_no_one_the_writing_itself_is_the_source():
    got = quotes_of(
        "The fee was raised to \u201ckeep the pier open,\u201d according to the annual report.",
        "\u201cThe berth is sold,\u201d Dana Whitcombe wrote, according to a court filing.",
    )
    assert got == [("keep the pier open", "Unnamed report"), ("The berth is sold", "Dana Whitcombe")]


def test_a_state_after_a_speakers_home_town_is_where_the_town_is_not_the_speaker():
    got = quotes_of(
        "Dana Whitlock of Dover, Delaware says she really thinks the pier can be saved if the council keeps "
        "\u201cdoing what it is doing.\u201d",
    )
    assert got == [("doing what it is doing.", "Dana Whitlock")]


def test_an_apposition_holding_mr_runs_to_its_comma_so_nothing_in_it_is_the_subject():
    got = quotes_of(
        "Omar Fenwick, a former adviser to Mr. Whitlock and a friend of the couple's, said that the mayor's greatest "
        "strength now is as \u201cthe town's best salesman, in part because he has actually run the port.\u201d",
        "Harbour Gazette columnist Lee Marlow, a speechwriter in Mr. Whitlock's City Hall, calls the plan "
        "\u201ca bridge to nowhere with a toll booth.\u201d",
    )
    assert got == [
        ("the town's best salesman, in part because he has actually run the port.", "Omar Fenwick"),
        ("a bridge to nowhere with a toll booth.", "Lee Marlow"),
    ]


def test_a_lone_surname_after_a_day_and_a_comma_is_a_name_not_the_end_of_a_place():
    got = quotes_of(
        "The inquiry is closed. On Tuesday, Marlow announced that Whitlock was \u201cextremely careless\u201d with "
        "the records.",
    )
    assert got == [("extremely careless", "Marlow")]


def test_a_persons_counsel_speaks_for_themself_not_for_the_person_they_defend():
    got = quotes_of(
        "Omar Whitlock was sentenced on Friday.",
        "In court documents, Whitlock's public defense counsel asked for a sentence of three years, calling his "
        "hacking sprees \u201can addiction of sorts.\u201d",
    )
    assert got == [("an addiction of sorts.", "Unnamed public defense counsel for Omar Whitlock")]


def test_an_as_aside_before_a_clause_joined_by_and_does_not_speak_that_clauses_quotation():
    for aside in (" - as Ansel Roe has said - and", ", as Ansel Roe has said, and"):
        got = quotes_of(
            "Walter Doe spoke at the pier. He assured the crowd that he does not have small boats"
            + aside
            + ' he can "guarantee" other boats are not small, either.'
        )
        assert got == [("guarantee", "Walter Doe")]


def test_words_owned_after_a_preposition_and_going_on_in_a_that_clause_are_the_owners_not_the_earlier_speakers():
    got = quotes_of(
        "The candidates say they are not avoiding Nora Roe, who has been battered by Harbour Chief Walter Doe\u2019s "
        'conclusion that her actions were "extremely careless."',
        'Gov. Ansel Roe blamed the press for making an issue out of Walter Doe\u2019s claim that the mayor "founded '
        'the cartel," saying they were nitpicking.',
    )
    assert got == [("extremely careless.", "Walter Doe"), ("founded the cartel", "Walter Doe")]


def test_a_verb_joined_by_and_takes_the_subject_of_its_own_clause_not_of_a_speech_verb_before_the_join():
    got = quotes_of(
        "Walter Doe spoke on Monday.",
        "A group of boat owners called for a boycott of his speech, and the harbour guild Fenwick Marine Alliance "
        'strongly denounced Doe\u2019s plan and said it would "redirect" all of his donations.',
        'Nora Roe called for a boycott of the pier, and Walter Doe denounced the plan and said it would "halt" the '
        "works.",
    )
    assert got == [("redirect", "Fenwick Marine Alliance"), ("halt", "Walter Doe")]


def test_a_name_ending_a_descriptions_prepositional_phrase_is_not_the_subject_the_description_is():
    got = quotes_of(
        "Walter Doe spoke on Monday.",
        "When Ansel Roe was revealed as a delegate, a columnist for the news site Pierwatch said he was "
        '"utterly ashamed" that Roe was an investor.',
        'The harbour guild Fenwick Marine Alliance said it was "deeply troubled" by the vote.',
    )
    assert got == [
        ("utterly ashamed", "Unnamed columnist for the news site"),
        ("deeply troubled", "Fenwick Marine Alliance"),
    ]


def test_a_possessor_of_the_object_is_not_the_subject_the_common_noun_opening_the_sentence_is():
    got = quotes_of(
        "Walter Doe spoke on Monday.",
        "Harbour engineers have similarly discounted Walter Doe\u2019s claims, but have speculated that the pier "
        'might be able to hold its "full weight" through other means.',
        'Walter Doe\u2019s aides have said the pier could bear "twice the load" next year.',
        'The worries voiced by many skippers go beyond Walter Doe\u2019s pledge to be "neutral" in the talks.',
    )
    assert got == [
        ("full weight", "Unnamed harbour engineers"),
        ("twice the load", "Unnamed Walter Doe aides"),
        ("neutral", "Walter Doe"),
    ]


def test_a_possessive_right_after_an_ing_verb_of_saying_owns_its_object_and_the_sentences_subject_speaks():
    got = quotes_of(
        "Walter Doe spoke on Monday.",
        'The town released a statement Wednesday saying Doe\u2019s comments "are based on his opinion, not '
        'actual facts."',
    )
    assert got == [("are based on his opinion, not actual facts.", "Unnamed town")]


def test_the_one_a_verb_of_causing_makes_speak_is_the_subject_of_the_speech_verb_after_to():
    got = quotes_of(
        "Walter Doe spoke on Monday.",
        "His harbour fact-check Wednesday was shared 3,200 times, leading Fenwick harbour engineers like Mary Roe "
        'to counter that "every cent went to the pier."',
        'The vote was delayed, prompting Mary Roe to reply that it was "a disgrace."',
    )
    assert got == [
        ("every cent went to the pier.", "Unnamed Fenwick harbour engineers"),
        ("a disgrace.", "Mary Roe"),
    ]


def test_words_quoted_in_a_question_asked_by_someone_named_are_the_askers():
    got = quotes_of(
        "Walter Doe spoke on Monday.",
        'Asked by Nora Roe if Doe "gets" the harbour, Ansel Poe avoided a declarative answer.',
        'Asked by Nora Roe about the pier, Ansel Poe said it was "a fine pier."',
    )
    assert got == [("gets", "Nora Roe"), ("a fine pier.", "Ansel Poe")]


def test_a_verb_joined_by_and_goes_on_from_the_main_clause_not_from_an_adverbial_clause_before_it():
    got = quotes_of(
        QUOTED_FIRST,
        "Walter Doe mocked the board, talked over Mary Roe as she answered questions and even assured the crowd "
        'that he can "guarantee" the pier will hold.',
    )
    assert got[1] == ("guarantee", "Walter Doe")


def test_they_is_the_group_named_in_the_sentence_before_even_as_an_object_not_the_last_person_quoted():
    got = quotes_of(
        QUOTED_FIRST,
        "Walter Doe leaves for the coast today, where he will be greeted by the Fenwick Farmers Union. In a riff on "
        'his slogan, they will hold banners proclaiming: "Yes we can stop the pier!"',
    )
    assert got[1] == ("Yes we can stop the pier!", "Fenwick Farmers Union")


def test_they_after_a_pair_leading_the_sentence_before_is_not_a_body_that_sentence_names():
    got = quotes_of(
        QUOTED_FIRST,
        'Mary Roe has asked for the files, even the ones the Harbour Board now calls "secret." She and her aides '
        'argue that the files are public. They note that the rules can deem a newspaper article "secret" too.',
    )
    assert got[2] == ("secret", "Mary Roe")


def test_an_unnamed_noun_a_who_clause_of_saying_follows_speaks_not_a_name_inside_that_noun():
    got = quotes_of(
        "Jane Doe spoke on Monday.",
        'One ad, "Harbor Days," stars a John Roe impersonator who promises that Doe won\'t "sell the ferries."',
    )
    assert got == [("sell the ferries.", "Unnamed John Roe impersonator")]


def test_a_description_of_a_name_with_a_who_clause_of_saying_leaves_the_name_speaking():
    got = quotes_of(
        "Jane Doe spoke on Monday.",
        'The ad stars Mary Roe, a John Roe impersonator who promises that Doe won\'t "sell the ferries."',
    )
    assert got == [("sell the ferries.", "Mary Roe")]


def test_a_joined_verb_goes_to_the_body_leading_the_sentence_not_a_pair_named_after_a_preposition():
    got = quotes_of(
        "Jane Doe won the vote in Salemport on Tuesday.",
        "As voters went to the polls, the Doe campaign sent out an email with an image of Mark Roe and his wife, "
        "Ann Roe, at a 2005 wedding, and accused Roe allies of being \u201ctraitors\u201d in their treatment of "
        "Ms. Doe.",
    )
    assert got == [("traitors", "Doe campaign")]


def test_a_participle_set_off_by_a_dash_then_as_is_passive_and_its_agent_after_by_speaks():
    got = quotes_of(
        "While the Bayline board has faced criticism for the long inquiry \u2014 often labeled as a \u201cwitch hunt "
        "for the ferry men\u201d by Salemport Democrats \u2014 it seems likely Jane Doe is right.",
        "Jane Doe, a harbour pilot, said, \u201cThe pier is safe.\u201d",
    )
    assert got == [("witch hunt for the ferry men", "Salemport Democrats"), ("The pier is safe.", "Jane Doe")]


def test_a_common_noun_leading_a_clause_speaks_past_a_long_phrase_after_of():
    got = quotes_of(
        "John Roe runs the Salemport Harbour Committee.",
        "A power struggle has erupted at the committee, days before a vote, as the head of the committee's powerful "
        "rules panel has accused Roe's team of a \u201cmajor breach of trust\u201d in trying to block a rule change.",
    )
    assert got == [("major breach of trust", "Unnamed head of the committee powerful rules panel")]


def test_a_common_noun_in_an_as_clause_whose_verb_hands_the_quotation_over_speaks_it():
    got = quotes_of(
        "\u201cThere is a young man here who has some problems,\u201d Jane Doe said as the heckler yelled: "
        "\u201cYou stink and so does your pier!\u201d",
    )
    assert got == [
        ("There is a young man here who has some problems", "Jane Doe"),
        ("You stink and so does your pier!", "Unnamed heckler"),
    ]


def test_a_verb_joined_by_and_shares_the_speaker_inverted_after_the_quotation_before_it():
    got = quotes_of(
        "Jane Doe \u201cwas handled so lightly there is not much you can do,\u201d said a former harbour official who "
        "oversaw the inquiries and described the affair as \u201ca lesser set of facts.\u201d",
    )
    assert got == [
        ("was handled so lightly there is not much you can do", "Unnamed former harbour official"),
        ("a lesser set of facts.", "Unnamed former harbour official"),
    ]


def test_a_subject_after_and_opens_a_clause_of_its_own_not_one_the_verb_before_reports():
    got = quotes_of(
        "If you doubt the council, the Salemport Gazette will call you a liar and the Harbour Times will accuse you "
        "of staging a \u201cmeltdown over the fares.\u201d",
    )
    assert got == [("meltdown over the fares.", "Harbour Times")]


def test_a_verb_in_ed_after_that_is_a_relative_clause_verb_of_saying_not_a_noun():
    got = quotes_of(
        "John Roe wrote a novel about harbour fraud decades ago.",
        "The Salemport Gazette recently ran a piece that noted his \u201cfare plan would help rich riders more than "
        "it would poorer ones.\u201d",
    )
    assert got == [("fare plan would help rich riders more than it would poorer ones.", "Salemport Gazette")]


def test_a_share_of_those_asked_answers_not_the_person_the_question_was_about():
    got = quotes_of(
        "Jane Doe, the mayor of Salemport, spoke on Tuesday.",
        "The survey asked riders how likely Doe was to win, to which 21 percent said \u201cnot too likely\u201d and "
        "14 percent said \u201cnot at all likely.\u201d",
    )
    assert got == [("not too likely", "Unnamed 21 percent"), ("not at all likely.", "Unnamed 14 percent")]


def test_a_poll_that_leads_the_sentence_still_reports_the_share_it_found():
    got = quotes_of(
        "Jane Doe, the mayor of Salemport, spoke on Tuesday.",
        "A Salemport Herald poll found that 40 percent of riders say the fares are \u201ctoo high.\u201d",
    )
    assert got == [("too high.", "Salemport Herald")]


def test_a_person_after_about_or_of_is_the_subject_of_the_verb_of_saying_in_ing_after_them():
    got = quotes_of(
        "Jane Doe, the mayor of Salemport, spoke on Tuesday. Richard Roe proposed a ferry plan last week.",
        "Roe was furious about Doe privately saying \u201cpray for him\u201d in response.",
    )
    assert got == [("pray for him", "Jane Doe")]


def test_an_account_of_someone_saying_something_is_the_tellers():
    got = quotes_of(
        "Jane Doe, the mayor of Salemport, spoke on Tuesday. Richard Roe proposed a ferry plan last week.",
        "In his memoir, Roe gives an account of Doe telling one clerk to \u201cgo home.\u201d",
    )
    assert got == [("go home.", "Richard Roe")]


def test_the_agent_of_a_passive_verb_of_taking_something_as_the_words_speaks_them():
    got = quotes_of(
        "Jane Doe, the mayor of Salemport, spoke on Tuesday. Richard Roe proposed a ferry plan last week.",
        "The talks will focus on getting a ferry captain on the board, an option seen by organizers as a "
        "\u201clifeboat\u201d for the town.",
        "The toll, long regarded by Roe as a \u201cgiveaway,\u201d was dropped.",
    )
    assert got == [("lifeboat", "Unnamed organizers"), ("giveaway", "Richard Roe")]


def test_a_participle_after_an_in_which_clause_is_done_by_that_clauses_subject():
    got = quotes_of(
        "Jane Doe, the mayor of Salemport, spoke on Tuesday. Richard Roe proposed a ferry plan last week.",
        "Doe released a video in which children smash a toy ferry, yelling \u201cno tolls!\u201d",
        "Doe released a video in which Roe smashes a toy ferry, yelling \u201cno tolls!\u201d",
    )
    assert got == [("no tolls!", "Unnamed children"), ("no tolls!", "Richard Roe")]


def test_a_description_set_off_by_an_apposition_is_the_subject_not_the_apposition():
    got = quotes_of(
        "Gov. Carol Hale and Sen. Ansel Roe traded posts over the harbour money this week.",
        "Within two hours, the governor, a Democrat, responded from her account: \u201cThe money is where the "
        "council put it.\u201d",
    )
    assert got == [("The money is where the council put it.", "Carol Hale")]


def test_a_name_described_by_an_apposition_after_a_phrase_of_time_and_place_is_the_subject():
    got = quotes_of(
        "Gov. Carol Hale of Salemport said the talks had failed.",
        "Three hours later and 500 miles away, Gov. Ansel Roe of Bayline, a Republican, told reporters that her "
        'version of events was "fiction."',
    )
    assert got == [("fiction.", "Ansel Roe")]


def test_a_second_relative_clause_joined_by_and_who_is_the_same_persons():
    got = quotes_of(
        "Carol Hale was introduced by Tom Avery, who leads the Salemport Harbour League and who called her "
        '"the hardest-working candidate I have seen."',
    )
    assert got == [("the hardest-working candidate I have seen.", "Tom Avery")]


def test_a_past_verb_after_a_comma_goes_on_a_series_of_the_subjects_verbs_past_an_object():
    got = quotes_of(
        "Over two hours, Tomas Reyl, a ferry owner, praised the Harbor Board, called its chairman a "
        "\u201cpushover,\u201d and left early.",
        "The chairman of the Harbor Board, Ines Oduya, called the remark \u201cbeneath him.\u201d",
        "When Reyl, who had lost his party\u2019s backing, called for a \u201cclean sweep,\u201d nobody clapped.",
    )
    assert got == [
        ("pushover", "Tomas Reyl"),
        ("beneath him.", "Ines Oduya"),
        ("clean sweep", "Tomas Reyl"),
    ]

"""Quotations whose speaker is not the subject of their sentence, or not the speaker of the quotation before
them, each form on a made-up story: who said each."""

from __future__ import annotations

from bot.draft.quotes import UNATTRIBUTED
from tests.draftstories import quotes_of


def test_a_crowd_that_chants_the_words_speaks_them_rather_than_the_sentence_subject():
    got = quotes_of(
        "Mayor Ines Oduya spoke for an hour at the harbour rally on Friday.",
        "Casting herself as the crews' champion, Ms. Oduya roused the crowd to chants of \u201cFix the pier!\u201d",
        "When she named the board, Oduya said the protesters chanted \u201cResign now\u201d for a full minute.",
        "The crowd chanted back at her, \u201cNo more delays!\u201d",
        "As she left, the attendees chanted, \u201cSafe piers!\u201d",
    )
    assert got == [
        ("Fix the pier!", "Unnamed crowd"),
        ("Resign now", "Unnamed protesters"),
        ("No more delays!", "Unnamed crowd"),
        ("Safe piers!", "Unnamed attendees"),
    ]


def test_a_chant_with_no_crowd_named_keeps_the_speaker_the_sentence_gives():
    got = quotes_of(
        "Tomas Reyl, who chairs the harbour board, was booed as he arrived at the quay on Friday.",
        "Reyl said he would not be moved by chants of \u201cFix it now\u201d and left by the back door.",
    )
    assert got == [("Fix it now", "Tomas Reyl")]


def test_words_a_named_person_offered_rejected_or_called_for_are_that_persons_not_the_subject():
    got = quotes_of(
        "The harbour board on Tuesday turned down Mayor Ines Oduya's offer to build a \u201ctemporary pier\u201d "
        "on the east quay.",
        "It was Tomas Reyl's blunt rejection of \u201ca harbour for the few\u201d that won him the chair last spring.",
    )
    assert got == [("temporary pier", "Ines Oduya"), ("a harbour for the few", "Tomas Reyl")]


def test_that_or_this_document_speaks_for_its_author_not_for_the_person_it_names():
    got = quotes_of(
        "Tomas Reyl wrote to the chief executive of the ferry company in May, threatening to sue.",
        "That letter, on harbour board paper, demanded that Ines Oduya make \u201ca full public apology\u201d by June.",
    )
    assert got == [("a full public apology", "Tomas Reyl")]


def test_a_quotation_after_a_bare_subject_goes_on_the_speaker_quoted_just_before():
    got = quotes_of(
        "Tomas Reyl, who chairs the harbour board, spoke about the pier on Monday.",
        "\u201cWe thought only the board was careless,\u201d said Dana Whitcombe, who teaches shipping law in Dover. "
        "Reyl \u201ckind of misspoke. He should not talk about the pier that way.\u201d",
        "\u201cIt's a scandal,\u201d Ines Oduya says. It's \u201ca new kind of harbour politics.\u201d",
    )
    assert got == [
        ("We thought only the board was careless", "Dana Whitcombe"),
        ("kind of misspoke. He should not talk about the pier that way.", "Dana Whitcombe"),
        ("It's a scandal", "Ines Oduya"),
        ("a new kind of harbour politics.", "Ines Oduya"),
    ]


def test_a_sentence_with_a_subject_and_verb_of_its_own_keeps_its_subject_after_a_quotation():
    got = quotes_of(
        "\u201cThe pier cannot wait,\u201d said Dana Whitcombe, who teaches shipping law in Dover. "
        "Tomas Reyl, the board's chairman, calls the plan \u201ca harbour for the few.\u201d",
    )
    assert got == [("The pier cannot wait", "Dana Whitcombe"), ("a harbour for the few.", "Tomas Reyl")]


def test_a_report_by_an_outlet_speaks_for_the_outlet_not_for_the_person_it_is_about():
    got = quotes_of(
        "Tomas Reyl, who chairs the harbour board, has told the story of the old pier many times.",
        "On Friday came a report by the Harbour Gazette that he \u201cinvented\u201d the night of the storm.",
    )
    assert got == [("invented", "Harbour Gazette")]


def test_an_opening_clause_that_ends_with_a_quotation_is_not_the_sentence_subject():
    got = quotes_of(
        "Tomas Reyl and his deputy, Lena Vasko, traded notes on the harbour plan all week.",
        "While Vasko praises the plan as a \u201csound first step,\u201d Reyl fixates on the \u201cpier levy\u201d "
        "in it.",
    )
    assert got == [("sound first step", "Lena Vasko"), ("pier levy", "Tomas Reyl")]


def test_a_capitalised_determiner_after_a_question_mark_opens_a_new_sentence_not_the_cue():
    got = quotes_of(
        "Tomas Reyl, who chairs the harbour board, was asked about the pier levy at the hearing on Friday.",
        "Reyl, tired, finally answered: \u201cWhat does the levy matter now?\u201d His critics cited it as proof "
        "that Ines Oduya had been right all along.",
    )
    assert got == [("What does the levy matter now?", "Tomas Reyl")]


def test_words_inside_a_question_put_to_voters_are_the_askers_not_the_person_asked_about():
    got = quotes_of(
        "A harbour poll released on Monday asked voters about Mayor Ines Oduya and Tomas Reyl.",
        "Asked whether Oduya \u201ccan be trusted with the pier budget,\u201d 61 percent of voters said yes.",
    )
    assert got == [("can be trusted with the pier budget", UNATTRIBUTED)]


def test_a_body_that_opens_a_clause_joined_by_a_dash_and_but_speaks_the_words_in_it():
    got = quotes_of(
        "Mayor Ines Oduya met the harbour crews on Monday.",
        "Oduya proposed a pier levy of two dollars a ton - but the Harbour Workers Union rejected the idea as "
        "\u201cplainly unworkable\u201d because the crews would pay most of it.",
    )
    assert got == [("plainly unworkable", "Harbour Workers Union")]


def test_an_opening_clause_of_acknowledging_is_the_words_of_the_subject_after_it_and_its_aside():
    got = quotes_of(
        "Mayor Ines Oduya and Tomas Reyl toured the harbour on Monday.",
        "Acknowledging that Oduya \u201cpushes far too hard,\u201d though, Reyl did suggest that her pier plan "
        "was the only one on the table.",
    )
    assert got == [("pushes far too hard", "Tomas Reyl")]


def test_those_who_jeered_the_words_said_them_not_the_subject_of_the_sentence():
    got = quotes_of(
        "Tomas Reyl spent his summers on the water with two old school friends.",
        "Once, when they passed the ferry at the harbour mouth, Reyl steered around it as his friends jeered, "
        "\u201cSee you in port, slowcoach!\u201d",
    )
    assert got == [("See you in port, slowcoach!", "Unnamed friends")]


def test_a_sentence_opening_to_a_named_person_gives_that_persons_view_not_the_subjects():
    got = quotes_of(
        "Ines Oduya has sailed out of the harbour for forty years.",
        "To Oduya, Tomas Reyl is the \u201csteadiest hand on the quay\u201d the harbour board has had since the storm.",
    )
    assert got == [("steadiest hand on the quay", "Ines Oduya")]


def test_the_contention_of_a_titled_person_that_owns_the_words_in_the_that_clause():
    got = quotes_of(
        "Ines Oduya's audit of the harbour accounts came out on Monday.",
        "Her figures back the contention of former harbour master Tomas Reyl that the pier levy has been "
        "\u201cnever fairly collected.\u201d",
    )
    assert got == [("never fairly collected.", "Tomas Reyl")]


def test_he_after_as_for_a_named_person_is_that_person():
    got = quotes_of(
        "Anton Vidal warned that the pier levy would \u201cdrive every ferry out of the harbour.\u201d",
        "As for Tomas Reyl, he said he was not worried about the ferries. \u201cThe pier will open in June, and "
        "the ferries will stay,\u201d he said.",
    )
    assert got == [
        ("drive every ferry out of the harbour.", "Anton Vidal"),
        ("The pier will open in June, and the ferries will stay", "Tomas Reyl"),
    ]


def test_a_state_after_an_owners_possessive_is_no_person_and_the_named_role_holder_speaks():
    got = quotes_of(
        "In early October, Hale\u2019s Ohio state director, Dana Whitcombe, reached out to the firm, writing in an "
        "email: \u201cWe want to use this soon.\u201d",
    )
    assert got == [("We want to use this soon.", "Dana Whitcombe")]


def test_a_verb_in_a_relative_clause_before_a_colon_does_not_take_the_quotation_from_the_main_verb():
    got = quotes_of(
        "Harbour Daily reporter Dana Whitcombe tweeted back at Ansel Roe, pointing out how ironic the statement "
        "was coming from a candidate who promised mass evictions: \u201cYour plan is to spend billions evicting "
        "families.\u201d",
    )
    assert got == [("Your plan is to spend billions evicting families.", "Dana Whitcombe")]


def test_a_body_opening_the_sentence_after_a_datelines_dash_acts_as_its_subject():
    got = quotes_of(
        "DOVER, March 2 (UPI) \u2014 The Harbour Board released a statement on Monday, offering \u201ca full and "
        "sincere apology\u201d to ferry riders after a week of delays.",
    )
    assert got == [("a full and sincere apology", "Harbour Board")]


def test_a_role_before_a_name_in_apposition_stops_at_the_clause_that_holds_it():
    got = quotes_of(
        "Dana Whitlock was still tussling with whether the merger was worth it.",
        "Flying home one night in the council jet, she vented to her husband, Omar Whitlock, that it would be "
        "\u201cincredibly ugly\u201d and \u201ca fight from start to finish.\u201d",
    )
    assert got == [("incredibly ugly", "Dana Whitlock"), ("a fight from start to finish.", "Dana Whitlock")]


def test_an_as_clause_after_the_quotation_names_whose_words_they_are():
    got = quotes_of(
        "The wins solidify her argument that she is popular across the county, rather than just a "
        "\u201cregional\u201d candidate, as Whitlock's campaign manager suggested after the vote.",
        "From her failure to fix the pier to being \u201cextremely careless\u201d with the records - as described by "
        "Harbour Director Omar Fenwick - many believe Rita Collins is unfit.",
    )
    assert got == [
        ("regional", "Unnamed campaign manager for Whitlock"),
        ("extremely careless", "Omar Fenwick"),
    ]


def test_capitalised_words_between_a_and_a_noun_name_no_speaker():
    got = quotes_of(
        "Dawit Hailu came home to the capital last spring.",
        "As we watched the crowds walk down the avenue lined by a red brick cathedral, a 1930s-era Art Deco movie "
        "theater and old bakeries, Hailu defended his decision.",
        "\u201cDo we really have to discuss the regimes the West sleeps with?\u201d he asked me.",
        "In his emotional farewell there were two words that a choked-up Hailu could not bring himself to utter: "
        "\u201cthe regime.\u201d",
    )
    assert got == [
        ("Do we really have to discuss the regimes the West sleeps with?", "Dawit Hailu"),
        ("the regime.", "Dawit Hailu"),
    ]


def test_a_quoted_title_inside_the_subjects_apposition_keeps_the_subject():
    got = quotes_of(
        "Mayor Ines Oduya hosted a harbour quiz for years.",
        "Sam Oyelaran, a contestant on Oduya's quiz show, \u201cHarbour Lights,\u201d who went on to work alongside "
        "Oduya, said his boss was \u201calways kind and generous.\u201d",
    )
    assert got == [("always kind and generous.", "Sam Oyelaran")]


def test_a_quotation_in_an_opening_after_clause_is_that_clauses_speakers():
    got = quotes_of(
        "Mayor Ines Oduya spoke on Friday.",
        "After Judge Tom Krell said that some pupils might do better at \u201cless demanding schools,\u201d Oduya "
        "said: \u201cI do not like what he said.\u201d",
    )
    assert got == [("less demanding schools", "Tom Krell"), ("I do not like what he said.", "Ines Oduya")]


def test_an_it_that_stands_for_the_clause_after_it_gives_way_to_that_clauses_subject():
    got = quotes_of(
        "Nora Roe has praised the Acme-Pacific ferry deal and the Harbour Trust.",
        "It has not helped that her campaign has cycled through slogans, from \u201cbuilding the pier\u201d to "
        "\u201cstronger harbours.\u201d",
    )
    assert got == [("building the pier", "Nora Roe"), ("stronger harbours.", "Nora Roe")]


def test_a_long_apposition_with_a_who_clause_between_the_name_and_said_leaves_the_name_the_speaker():
    got = quotes_of(
        "Ansel Roe, a top Dover harbour operative who played a major role in Walter Doe\u2019s big Florida win in "
        "2008 and is now running Nora Poe\u2019s early-vote efforts in the state, said the program is a "
        "\u201ccritical part of our strategy.\u201d"
    )
    assert got == [("critical part of our strategy.", "Ansel Roe")]


def test_a_role_with_a_clause_of_its_own_before_a_name_in_apposition_is_that_names_role():
    text = (
        "Walter Doe ran the paper. The editor I was talking to, Ansel Roe, interrupted me in mid-sentence to "
        "announce, \u201cAnd there goes the pier.\u201d"
    )
    assert quotes_of(text) == [("And there goes the pier.", "Ansel Roe")]


def test_an_owned_role_opening_the_sentence_speaks_what_its_participle_of_saying_says():
    got = quotes_of(
        "In response to the plan, Nora Roe\u2019s spokeswoman rallied supporters, saying: "
        "\u201cWe have to be ready to stop him.\u201d"
    )
    assert got == [("We have to be ready to stop him.", "Unnamed spokeswoman for Nora Roe")]


def test_the_dash_after_a_dateline_leaves_the_opening_clause_after_it_an_opening_clause():
    got = quotes_of(
        "DOVER, Dec. 8 (UPI) \u2014 In response to Walter Doe\u2019s proposal to bar fishermen from the harbour, "
        "Nora Roe\u2019s right-hand woman rallied supporters, saying: \u201cWe have to be ready to stop him.\u201d"
    )
    assert got == [("We have to be ready to stop him.", "Unnamed right-hand woman for Nora Roe")]


def test_a_name_in_the_who_clause_of_a_two_noun_description_is_not_the_speaker():
    got = quotes_of(
        "\u201cWe will find a way to win this,\u201d Dana Whitcombe, the party chair from Dover, said.",
        "The influential delegate and longtime activist, who backs Ansel Roe, warned of a \u201cferocious\u201d "
        "fight ahead.",
    )
    assert got == [("We will find a way to win this", "Dana Whitcombe"), ("ferocious", "Dana Whitcombe")]


def test_a_quotation_right_after_a_question_about_someone_is_their_answer():
    got = quotes_of(
        "Sales were great, Tom Avery said, wiping sweat off his face. He estimated he sold 40 bottles.",
        "Why was he out in the heat? \u201cMy mom says I have to save up for college.\u201d",
    )
    assert got == [("My mom says I have to save up for college.", "Tom Avery")]


def test_a_question_about_nobody_leaves_the_quotation_after_it_unattributed():
    got = quotes_of("Why does the harbour matter? \u201cThe pier is all we have left.\u201d")
    assert got == [("The pier is all we have left.", UNATTRIBUTED)]


def test_the_person_after_with_who_goes_on_to_speak_is_the_speaker_not_the_sentence_subject():
    got = quotes_of(
        "Even after several videos surfaced, the Avery campaign has denied it happened, with Hallam taking to "
        "Twitter to call Roe \u201ctotally delusional\u201d for the accusation."
    )
    assert got == [("totally delusional", "Hallam")]


def test_words_the_subject_plays_down_as_a_quotation_are_the_subjects_not_the_owners():
    got = quotes_of(
        "Tom Avery took over the embassy last year. Last year, he played down Roe\u2019s comments as \u201cjust part "
        "of the primary campaign\u201d and argued that attacking Roe would only help him."
    )
    assert got == [("just part of the primary campaign", "Tom Avery")]


def test_a_sentence_in_brackets_led_by_someone_described_by_whose_they_are_is_theirs():
    got = quotes_of(
        "Jane Doe spoke at the Salemport pier on Monday.",
        "(Doe's spokeswoman challenged the claim that Doe had ever \u201cmocked\u201d the mayor, and said she "
        "\u201cremains sure that the mayor will do a fine job.\u201d Pressed for more, the office said nothing.)",
    )
    assert got == [
        ("mocked", "Unnamed spokeswoman for Jane Doe"),
        ("remains sure that the mayor will do a fine job.", "Unnamed spokeswoman for Jane Doe"),
    ]


def test_a_body_that_a_which_clause_says_spoke_speaks_not_the_subject_it_acts_through():
    got = quotes_of(
        "The governor weighed in through the Harbor Budget Office, which said in a statement that the plan would "
        "\u201cleave the fleet stranded.\u201d",
        "Mayor Ines Oduya cut the ribbon on the pier, which she said was \u201cbuilt to last.\u201d",
    )
    assert got == [("leave the fleet stranded.", "Harbor Budget Office"), ("built to last.", "Ines Oduya")]


def test_the_one_who_stands_for_speaks_past_so_far_not_and_already_before_the_verb():
    got = quotes_of(
        "Tomas Reyl faces a challenge from Ines Oduya, who has so far not commented on the vote beyond a single "
        "word: \u201cShameful.\u201d",
        "Reyl thanked Dana Whitcombe, who has already said the pier is \u201ca fine start.\u201d",
    )
    assert got == [("Shameful.", "Ines Oduya"), ("a fine start.", "Dana Whitcombe")]

"""A document that speaks ("the statement said") goes to the body or person the story says issued it."""

from __future__ import annotations

from tests.draftstories import quotes_of

DOE = (
    "Jane Doe, who runs the ferry line, spoke at the pier on Monday.",
    '"We are doing our best," Doe said.',
)


def test_a_statement_goes_to_the_body_that_issued_it_not_to_the_last_person_named():
    got = quotes_of(
        *DOE,
        "Doe said that Acme Ferries had issued a statement late on Tuesday.",
        '"We regret the delay to all passengers," the statement said.',
    )
    assert got[-1] == ("We regret the delay to all passengers", "Acme Ferries")


def test_a_statement_someone_provided_to_a_newspaper_is_theirs_not_the_newspapers():
    got = quotes_of(
        "The ferry chief's press secretary, Ansel Roe, told the Gazette that the chief regrets the delay.",
        "The Gazette said Roe provided a written statement in response to its questions.",
        '"After reviewing the timetable, the chief believes the delay was a mistake," the statement said.',
    )
    assert got == [("After reviewing the timetable, the chief believes the delay was a mistake", "Ansel Roe")]


def test_a_statement_released_by_a_body_in_the_paragraph_before_speaks_for_that_body():
    got = quotes_of(
        *DOE,
        "A statement released by Acme Ferries on Tuesday went further than Doe had.",
        'The statement said: "We regret the delay to all passengers."',
    )
    assert got[-1] == ("We regret the delay to all passengers.", "Acme Ferries")


def test_a_document_with_no_issuer_named_still_goes_to_the_author_the_story_names_before_it():
    got = quotes_of(
        "Ansel Roe wrote to the harbour board in May.",
        '"The pier must close before the winter storms," the letter said.',
    )
    assert got == [("The pier must close before the winter storms", "Ansel Roe")]


def test_a_place_in_apposition_before_the_filing_verb_is_not_the_issuer():
    got = quotes_of(
        "Jane Doe and Ansel Roe, who lost two sons in a fire at a tower in Salem, Oregon, have filed a lawsuit "
        "against the council.",
        'The lawsuit contends that "the council ignored every warning about the lifts."',
    )
    assert got[-1] == ("the council ignored every warning about the lifts.", "Jane Doe")


def test_a_person_speaking_in_a_statement_a_body_released_keeps_the_statement():
    got = quotes_of(
        "Ansel Roe, in a statement released by the Dover Harbour Trust on Monday, said he would stay on.",
        'The statement adds that "the pier will reopen before the winter storms."',
    )
    assert got[-1] == ("the pier will reopen before the winter storms.", "Ansel Roe")


def test_a_document_opening_the_sentence_with_no_author_named_speaks_as_an_unnamed_source():
    got = quotes_of(
        "The pier has split the town for years.",
        "A letter to council members calls for the town to treat \u201cthe old pier\u201d as a danger to the harbour.",
    )
    assert got == [("the old pier", "Unnamed letter")]


def test_a_document_that_speaks_after_the_quotation_with_no_author_named_is_not_left_unattributed():
    got = quotes_of(
        "The pier has split the town for years, and it has been studied twice.",
        "\u201cEvery repair so far has cost more than it saved,\u201d the second report said.",
    )
    assert got == [("Every repair so far has cost more than it saved", "Unnamed report")]


def test_an_order_released_on_a_day_is_the_unnamed_order_not_the_judge_named_before_it():
    got = quotes_of(
        "Judge Ansel Roe heard the case in May and seemed unconvinced.",
        "The claim \u201cis speculative given the lack of any support for it,\u201d the order released Friday said.",
    )
    assert got == [("is speculative given the lack of any support for it", "Unnamed order")]


def test_an_order_the_story_says_a_judge_issued_speaks_for_that_judge():
    got = quotes_of(
        "Judge Ansel Roe issued an order on Friday in the Bayline Ferries case.",
        "The claim \u201cis speculative given the lack of any support for it,\u201d the order said.",
    )
    assert got == [("is speculative given the lack of any support for it", "Ansel Roe")]


def test_every_document_noun_that_speaks_after_a_quotation_also_speaks_opening_the_sentence():
    got = quotes_of(
        "The harbour vote is next week.",
        "The ad targets a \u201ccouncil that keeps the ferries late and the fares high.\u201d",
    )
    assert got == [("council that keeps the ferries late and the fares high.", "Unnamed ad")]


def test_a_paragraph_of_quoted_words_after_a_body_issued_a_statement_is_that_bodys_statement():
    got = quotes_of(
        "Ferry riders waited for hours on Monday as the Harbour Board cancelled a dozen sailings.",
        "At the mayor's request, the board issued a statement apologising to riders for the delays.",
        "\u201cOn behalf of everyone at the board, we want to apologise to every rider. "
        "It will not happen again.\u201d",
    )
    assert got == [
        (
            "On behalf of everyone at the board, we want to apologise to every rider. It will not happen again.",
            "Harbour Board",
        ),
    ]


def test_a_statement_urging_its_readers_speaks_for_whoever_issued_it():
    got = quotes_of(
        "Days after its report came out, the Harbour Museum issued a statement of concern about resistance to "
        "welcoming refugees to the port. Recalling \u201cthe fate of families who were unable to flee,\u201d the "
        "statement urged Americans and their leaders to \u201cavoid condemning refugees as a group.\u201d",
    )
    assert got == [
        ("the fate of families who were unable to flee", "Harbour Museum"),
        ("avoid condemning refugees as a group.", "Harbour Museum"),
    ]


def test_a_complaint_quoted_after_the_campaign_sued_is_the_plaintiffs_not_the_defendants():
    got = quotes_of(
        "Tom Avery said his staff \u201cmade a mistake\u201d by reading the rival files.",
        "His campaign sued the Harbour Party on Friday, seeking to restore its access. The complaint, which was "
        "filed in the county court, alleged that the Harbour Party \u201cfailed to keep its files safe.\u201d",
    )
    assert got == [("made a mistake", "Tom Avery"), ("failed to keep its files safe.", "Tom Avery")]


def test_it_after_a_sentence_led_by_a_letter_from_a_body_is_that_body_not_a_place_named_before():
    got = quotes_of(
        "The Harbour Trust in Portland faces a vote on its chief.",
        "A letter this month to the trust board from the staff association, which urged other nominees, reflected "
        "both concerns. \u201cWe have accepted decades of closed-door deals,\u201d it said.",
    )
    assert got == [("We have accepted decades of closed-door deals", "Unnamed staff association")]


def test_it_after_a_sentence_led_by_a_post_is_the_post_when_no_one_is_said_to_have_written_it():
    got = quotes_of(
        "Tom Avery was dismissed after sharing a post that appeared to respond to the Ohio law on ferries.",
        "The post showed a crowded deck. It says: \u201cLet them all in or you are a snob.\u201d",
    )
    assert got == [("Let them all in or you are a snob.", "Unnamed post")]


def test_a_writing_put_out_then_a_verb_of_saying_in_ing_speaks_for_itself():
    got = quotes_of(
        "Ferry fares in Salemport doubled over two years.",
        "A federal lawsuit was filed in March challenging the ferry board's fares and alleging that the board "
        "treated its riders as \u201ca captive market.\u201d",
    )
    assert got == [("a captive market.", "Unnamed lawsuit")]


def test_words_taken_from_a_writing_after_a_colon_are_its_owners_or_authors():
    got = quotes_of(
        "Mayor Jane Doe backed the ferry plan on Wednesday. From Doe's Facebook post: \u201cThe ferry will run "
        "every Sunday from June.\u201d",
        "Bayline Ferries released a report on the plan the same day. From the report: \u201cFares will stay where "
        "they are for two years.\u201d",
    )
    assert got == [
        ("The ferry will run every Sunday from June.", "Jane Doe"),
        ("Fares will stay where they are for two years.", "Bayline Ferries"),
    ]


def test_a_poll_no_one_is_named_as_running_is_not_credited_to_the_professor_quoted_before_it():
    got = quotes_of(
        '"Voters in Salemport are tired of the ferry delays," said Jane Doe, a professor at Bayline College.',
        '"Most riders would pay more for a faster crossing," the poll found.',
    )
    assert got[-1] == ("Most riders would pay more for a faster crossing", "Unnamed poll")


def test_a_report_no_one_is_named_as_issuing_is_not_credited_to_the_man_named_before_it():
    got = quotes_of(
        "Ansel Roe, who runs Bayline Ferries, spoke at the pier on Monday.",
        '"The ferry line must publish its timetable," the report said.',
    )
    assert got == [("The ferry line must publish its timetable", "Unnamed report")]


def test_a_complaint_filed_in_a_court_by_a_group_is_the_groups_not_the_courts():
    got = quotes_of(
        "The complaint, filed in Salemport District Court by the Harbour Voters League, says the county erred.",
        '"The county has turned the rolls into a blunt instrument," the complaint states.',
    )
    assert got == [("The county has turned the rolls into a blunt instrument", "Harbour Voters League")]


def test_a_letter_set_off_by_who_sent_it_and_then_saying_the_words_is_the_senders():
    got = quotes_of(
        "Thirty council members warned the mayor in a letter on Monday.",
        "The letter, sent by the Harbour Caucus, a bloc of members from the east side, says the cuts would "
        '"pull the rug out from under the ferry crews."',
    )
    assert got == [("pull the rug out from under the ferry crews.", "Harbour Caucus")]


def test_their_complaint_is_the_complaint_of_whoever_brought_the_lawsuit():
    got = quotes_of(
        '"The lines are drawn by race," Judge Carol Hale wrote for the majority.',
        "The lawsuit was brought in 2023 by the Harbour Voters League and a group of voters. Their complaint alleged "
        'that the map "cracked" the east side.',
    )
    assert got[-1] == ("cracked", "Harbour Voters League")


def test_an_email_that_a_named_person_sent_speaks_for_that_person():
    got = quotes_of(
        "Carol Hale, the group's strategist, said the donors were calm.",
        "An email that Tom Avery sent to donors in June struck an upbeat tone. \u201cThe race has not changed,\u201d "
        "it read.",
    )
    assert got == [("The race has not changed", "Tom Avery")]


def test_a_statement_his_office_released_is_his_not_the_last_person_named():
    got = quotes_of(
        "Sen. Ansel Roe was not on the floor. His office later released a statement accusing Carol Hale of theatrics.",
        '"Senator Roe negotiated in good faith," the statement said.',
    )
    assert got == [("Senator Roe negotiated in good faith", "Ansel Roe")]


def test_a_writing_set_off_as_conducted_or_circulated_by_a_body_speaks_for_that_body():
    got = quotes_of(
        *DOE,
        "The survey, conducted by the Harbor Research Center at Reed College, found that most riders agreed that "
        '"the ferries no longer run on time."',
        'A summary, circulated to members last week by the Pier Budget Committee, describes the fare rise as "a '
        'modest correction."',
    )
    assert got[-2:] == [
        ("the ferries no longer run on time.", "Harbor Research Center"),
        ("a modest correction.", "Pier Budget Committee"),
    ]


def test_a_report_from_an_office_holder_named_after_the_office_speaks_for_that_person():
    got = quotes_of(
        *DOE,
        "The 40-page report from the inspector general, Ellen Marsh, describes a ferry line short of crews.",
        'Skippers sailed without checks, a practice the report calls "a gamble with lives."',
        '"The pressure to sail was real," the report says.',
    )
    assert got[-2:] == [("a gamble with lives.", "Ellen Marsh"), ("The pressure to sail was real", "Ellen Marsh")]


def test_a_which_after_an_owned_writing_is_its_owners_words_past_an_aside_in_dashes():
    got = quotes_of(
        "Mara Poe spoke in Salem on Monday.",
        "The remarks match the tone of her new harbour ad, which \u2014 as columnist Ansel Roe noted in the Varde "
        "Post \u2014 promises to \u201cstop the council from taking our pier away\u201d while clips of the mayor play.",
        "The speech echoed the tone of her latest statement, which promised to \u201ckeep the ferry running.\u201d",
    )
    assert got == [
        ("stop the council from taking our pier away", "Mara Poe"),
        ("keep the ferry running.", "Mara Poe"),
    ]

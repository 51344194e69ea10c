"""Quotations found and false ones left out, each on a made-up story: what the drafter keeps as quoted words."""

from __future__ import annotations

from bot.draft.clean import clean_article
from tests.test_draft_forms import quotes_of


def test_a_paragraph_that_opens_like_a_byline_but_runs_on_is_kept():
    text = (
        "Harbour row deepens\n\n"
        "The harbour board met again on Tuesday to discuss the pier and its rising costs.\n\n"
        "By Sunday morning, the ferry crews had walked out. \u201cWe have waited long enough,\u201d said Ines "
        "Oduya, who leads the crews.\n\n"
        "Tomas Reyl, senior engineer at the port, said the crews had a point about the pier and its costs.\n\n"
        "Support for the strike grew through the week as more crews joined the walkout on the quay.\n\n"
        "By Ann Lee\n\nSupport our journalism"
    )
    paragraphs = clean_article(text).paragraphs
    assert paragraphs[1].startswith("By Sunday morning")
    assert paragraphs[2].startswith("Tomas Reyl, senior engineer")
    assert paragraphs[3].startswith("Support for the strike")
    assert "By Ann Lee" not in paragraphs and "Support our journalism" not in paragraphs


def test_a_short_sentence_quoted_after_a_quotation_goes_on_the_same_speaker():
    got = quotes_of(
        "\u201cThe water came in over the wall,\u201d Ines Oduya said. \u201cBoats everywhere.\u201d",
        "\u201cWe asked the board for help three times,\u201d Tomas Reyl told reporters. \u201cMarta Quill.\u201d",
    )
    assert got == [
        ("The water came in over the wall", "Ines Oduya"),
        ("Boats everywhere.", "Ines Oduya"),
        ("We asked the board for help three times", "Tomas Reyl"),
        ("Marta Quill.", "Tomas Reyl"),
    ]


def test_a_short_title_case_quotation_handed_to_its_speaker_is_speech():
    got = quotes_of(
        "Ines Oduya spoke to the harbour board on Monday about the pier.",
        "\u201cAs Chair,\u201d she said, \u201cI will not sign off on another delay to the repairs.\u201d",
        "The board also heard from the ferry crews, who want the pier fixed this year.",
        "\u201cSafe Harbour,\u201d Tomas Reyl replied when asked what the crews want.",
        "The crews also watched \u201cHarbour Nights,\u201d Reyl said.",
    )
    assert got == [
        ("As Chair", "Ines Oduya"),
        ("I will not sign off on another delay to the repairs.", "Ines Oduya"),
        ("Safe Harbour", "Tomas Reyl"),
    ]


def test_an_exclamation_keeps_its_speaker_across_a_party_and_state_tag():
    got = quotes_of(
        "The harbour board met on Monday to discuss the new pier.",
        "\u201cNever again!\u201d Rep. Ines Oduya, D-Ore., said of the delays.",
    )
    assert got == [("Never again!", "Ines Oduya")]


def test_the_name_one_person_calls_another_is_that_persons_words_but_a_named_thing_is_not():
    got = quotes_of(
        "Ines Oduya and Tomas Reyl clashed again at the harbour board on Monday.",
        "Within minutes, Oduya called Reyl \u201cPier Boy\u201d twice.",
        "Reyl set up a website called \u201cSave Our Pier\u201d last spring.",
    )
    assert got == [("Pier Boy", "Ines Oduya")]


def test_a_title_case_name_with_a_subtitle_is_a_book_however_long():
    got = quotes_of(
        "Ines Oduya, who wrote \u201cLow Tide: How One Town Lost Its Harbour and Found It Again,\u201d said "
        "the board \u201chas never once asked the crews what they need.\u201d",
    )
    assert got == [("has never once asked the crews what they need.", "Ines Oduya")]


def test_a_title_case_quotation_right_after_a_speech_verb_is_speech_but_not_after_told():
    got = quotes_of(
        "Ines Oduya won the harbour board vote on Tuesday night.",
        "She declared \u201cWhat a Night!\u201d and thanked the crews.",
        "Tomas Reyl told \u201cHarbour Hour\u201d that he would appeal.",
    )
    assert got == [("What a Night!", "Ines Oduya")]


def test_a_title_case_quotation_a_colon_hands_to_its_speaker_is_speech():
    got = quotes_of(
        "Tomas Reyl lost the harbour board vote on Tuesday night.",
        "Reyl emailed the crews a link to the result with one sentence: \u201cWE ARE NOT DONE.\u201d",
    )
    assert got == [("WE ARE NOT DONE.", "Tomas Reyl")]


def test_a_speaker_named_between_two_quotations_takes_the_second_with_straight_marks_as_with_curly():
    for opening, closing in (('"', '"'), ("\u201c", "\u201d")):
        got = quotes_of(
            "The harbour board met on Monday to discuss the new pier.",
            f"Ines Oduya replied, {opening}Why now?{closing} Tomas Reyl then wrote back, "
            f"{opening}Because the money is there.{closing}",
        )
        assert got == [("Why now?", "Ines Oduya"), ("Because the money is there.", "Tomas Reyl")]


def test_a_first_paragraph_followed_by_an_embedded_post_or_a_short_introduction_is_body():
    text = (
        "Ferry crews walk out over the pier\n\n"
        "Ines Oduya told the harbour board on Monday that the crews were \u201cdone waiting for a safe pier.\u201d\n\n"
        '<post post-id="12345"><post/>.\n\n'
        "The crews have asked for repairs to the pier for three years, and the board has delayed them twice.\n\n"
        "From the Harbour Gazette:\n\n"
        "Tomas Reyl, who chairs the board, said the money for the repairs would come in the spring budget."
    )
    paragraphs = clean_article(text).paragraphs
    assert paragraphs[0].startswith("Ines Oduya told the harbour board")
    assert "From the Harbour Gazette:" in paragraphs
    got = quotes_of(*text.split("\n\n")[1:])
    assert got[0] == ("done waiting for a safe pier.", "Ines Oduya")


def test_words_a_crowd_chanted_or_shouted_are_quoted_even_when_short_and_the_crowd_is_no_she():
    got = quotes_of(
        "Ines Oduya told the harbour board on Monday that the pier would be fixed by spring.",
        "\u201cDo you want another delay?\u201d she asked. \u201cNo!\u201d the crowd shouted back.",
        "\u201cThen we will vote on it tonight,\u201d she said.",
        "Outside, about a hundred ferry crew members were chanting \u201cFix it now\u201d as the board met.",
        "Later some 50 marchers stopped traffic on the quay, chanting \u201cSafe piers\u201d and \u201cNo more.\u201d",
        "The crews say the old \u201cslipway\u201d has been closed since March.",
    )
    assert got == [
        ("Do you want another delay?", "Ines Oduya"),
        ("No!", "Unnamed crowd"),
        ("Then we will vote on it tonight", "Ines Oduya"),
        ("Fix it now", "Unattributed (the story does not say whose words these are)"),
        ("Safe piers", "Unnamed marchers"),
        ("No more.", "Unnamed marchers"),
    ]


def test_a_lead_paragraph_followed_by_a_sentence_of_a_few_words_is_body():
    text = (
        "Ferry crews walk out over the pier\n\n"
        "One evening last spring, Ines Oduya told the harbour board that the crews were \u201cdone waiting.\u201d\n\n"
        "Things went badly fast.\n\n"
        "The crews have asked for repairs to the pier for three years, and the board has delayed them twice.\n\n"
        "Tomas Reyl, who chairs the board, said the money for the repairs would come in the spring budget."
    )
    assert clean_article(text).paragraphs[:2] == [
        "One evening last spring, Ines Oduya told the harbour board that the crews were \u201cdone waiting.\u201d",
        "Things went badly fast.",
    ]

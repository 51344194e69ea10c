"""Speakers named after a quotation, and the party-and-state tag after a lawmaker's name, on made-up stories."""

from __future__ import annotations

import yaml

from bot.draft import draft_brief
from tests.draftstories import HEADLINE, quotes_of


def people(*paragraphs: str) -> list[str]:
    draft = draft_brief(HEADLINE + "\n\n".join(paragraphs), date="2026-03-02")
    return [p["name"] for p in yaml.safe_load(draft.yaml_text).get("people") or []]


def test_a_party_and_state_tag_in_brackets_is_not_the_speaker():
    got = quotes_of(
        "Speaking in Salem after the vote, Gov. Dana Whitcombe (R-OH), said, "
        "\u201cWe will fix the pier before the winter.\u201d",
        "Sen. Ansel Roe (D-Wis.) said \u201cthe pier has waited long enough for this harbour.\u201d",
    )
    assert got == [
        ("We will fix the pier before the winter.", "Dana Whitcombe"),
        ("the pier has waited long enough for this harbour.", "Ansel Roe"),
    ]


def test_a_party_and_state_tag_is_no_one_in_the_people_list():
    got = people(
        "\u201cThe pier is a disgrace to this harbour,\u201d said Sen. Ansel Roe (D-Conn.), who voted against it.",
        "Rep. Mara Bell, R-N.Y., and Rep. Tomas Vidal (R-New Mexico) backed the repairs on Monday.",
    )
    assert "Ansel Roe" in got and "Mara Bell" in got and "Tomas Vidal" in got
    assert not [name for name in got if name.startswith(("D-", "R-"))]


def test_a_party_and_hometown_tag_of_three_words_is_no_one_and_does_not_speak():
    got = quotes_of(
        "The harbour bill passed the state Senate 16-14 on Friday.",
        "Its author, Sen. Wendell Prouse, R-Lake Havasu City, argued that it gave towns \u201cbreathing room.\u201d",
    )
    assert got == [("breathing room.", "Wendell Prouse")]


def test_a_speaker_of_the_house_is_one_title_before_the_name():
    got = quotes_of(
        "After the storm, Speaker of the House Rep. Ansel Roe (R-WI) said "
        "\u201cthe pier has no place in this budget.\u201d",
    )
    assert got == [("the pier has no place in this budget.", "Ansel Roe")]


def test_a_lone_name_after_the_quotation_is_a_surname_before_a_first_name():
    got = quotes_of(
        "Paul Hartley runs the county party, and he backs the harbour plan.",
        "Grace Paul, the district chair, disagreed with him at the meeting on Monday.",
        "\u201cNobody in this district asked for a new pier,\u201d Paul said.",
    )
    assert got == [("Nobody in this district asked for a new pier", "Grace Paul")]


def test_he_or_she_after_the_quotation_is_the_one_person_an_opening_clause_names():
    got = quotes_of(
        "Dana Whitcombe and Mara Bell both fish from the north pier.",
        "Though Mara Bell has lived in Dover all her life, the harbour has changed more in a year than in "
        "a decade, she said.",
        "\u201cThe boats are bigger and the rents are higher,\u201d she said.",
    )
    assert got == [("The boats are bigger and the rents are higher", "Mara Bell")]


def test_a_name_that_opens_what_was_said_is_not_the_speaker_of_the_pronoun_after_the_next_quotation():
    got = quotes_of(
        "Ansel Roe still has fences to mend in the county. Brian Mott, the chairman of the county party, for "
        "example, said Roe continued to hurt his cause by attacking the harbour board.",
        "\u201cIt is not helpful to anyone on this coast,\u201d he said.",
    )
    assert got == [("It is not helpful to anyone on this coast", "Brian Mott")]


def test_a_she_in_what_a_man_told_the_paper_does_not_make_him_a_woman():
    got = quotes_of(
        "Irene Castell, a teacher from Dover, was on the ferry when it sank. Her husband, Marcus Castell, was not.",
        "Walter Hale, a minister at the harbour church, told the local paper that she was a regular at "
        "Sunday services. He said her family had asked for privacy.",
        "\u201cShe never missed a single week,\u201d he added.",
    )
    assert got == [("She never missed a single week", "Walter Hale")]


def test_someone_described_but_not_named_after_the_quotation_speaks_it():
    got = quotes_of(
        "Dana Whitcombe and Ansel Roe have fought the pier plan for a year.",
        "\u201cThe pier is the best plan this harbour has had in fifty years,\u201d the harbour economists wrote "
        "in a joint letter.",
        "\u201cVote for the pier and keep the harbour working,\u201d a voice-over in the advertisement says.",
        "\u201cWho pays for the repairs?\u201d a reporter can be heard asking Roe in the recording.",
        "\u201cWe were shocked by the vote,\u201d one Dover & Deal Shipping clerk told the paper.",
    )
    assert got == [
        ("The pier is the best plan this harbour has had in fifty years", "Unnamed harbour economists"),
        ("Vote for the pier and keep the harbour working", "Unnamed voice-over in the advertisement"),
        ("Who pays for the repairs?", "Unnamed reporter"),
        ("We were shocked by the vote", "Unnamed one Dover & Deal Shipping clerk"),
    ]


def test_a_singular_description_or_a_relative_clause_after_the_quotation_is_no_unnamed_speaker():
    got = quotes_of(
        "Dana Whitcombe, the harbour master, opposed the pier plan for a year.",
        "\u201cThe pier is the best plan this harbour has had in fifty years,\u201d the harbour master wrote.",
        "\u201cKeep the old pier standing,\u201d a banner that protesters held up read.",
    )
    assert got[0] == ("The pier is the best plan this harbour has had in fifty years", "Dana Whitcombe")
    assert not got[1][1].startswith("Unnamed banner")


def test_a_quotation_inside_an_opening_clause_is_the_clause_speakers_not_the_name_after_it():
    got = quotes_of(
        "Ines Oduya sat down with the radio host Petra Lund on Monday to talk about the harbour plan.",
        "When Lund pointed out that the plan builds a \u201charbour for the few,\u201d Oduya brushed the phrase aside.",
        "\u201cIt is a harbour for everyone,\u201d she said.",
    )
    assert got == [("harbour for the few", "Petra Lund"), ("It is a harbour for everyone", "Ines Oduya")]


def test_a_she_after_according_to_a_woman_means_that_woman_not_one_named_before():
    got = quotes_of(
        "Mayor Ines Oduya opened the rebuilt pier on Sunday.",
        "The Harbour Gazette will cover the pier vote as news, according to a post from Zoltessa Ferro.",
        "\u201cWe will report every vote and every dollar,\u201d she wrote.",
    )
    assert got == [("We will report every vote and every dollar", "Zoltessa Ferro")]


def test_a_he_after_a_sentence_opening_to_a_man_means_that_man_whose_view_it_gives():
    got = quotes_of(
        "The harbour board met on Tuesday to back Arno Velt for the pier seat.",
        "To harbour consultant Tomas Reyl, the official party line on Arno Velt \u2015 from the idea that he will win "
        "the vote to the hope that he can fill the hall \u2015 is plain silly.",
        "\u201cThey are whistling past the graveyard,\u201d he said.",
    )
    assert got == [("They are whistling past the graveyard", "Tomas Reyl")]


def test_a_body_and_a_rank_or_role_before_a_name_after_the_quotation_leave_the_speaker_that_name():
    got = quotes_of(
        "\u201cNobody asked us about the pier,\u201d said Coast Guard 2nd Lt. Dana Whitcombe. "
        "\u201cWe found out.\u201d",
        "\u201cThe board has lost its way,\u201d said Harbour ranking Democrat Ansel Roe (D-Md.).",
        "\u201cShe means well,\u201d said Whitcombe ally Mara Bell.",
        "\u201cThe vote was close,\u201d wrote Gazette City Hall bureau chief Tomas Vidal, citing two members.",
    )
    assert got == [
        ("Nobody asked us about the pier", "Dana Whitcombe"),
        ("We found out.", "Dana Whitcombe"),
        ("The board has lost its way", "Ansel Roe"),
        ("She means well", "Mara Bell"),
        ("The vote was close", "Tomas Vidal"),
    ]


def test_a_plural_in_men_after_the_quotation_is_an_unnamed_group_and_the_woman_is_not_the_women():
    got = quotes_of(
        "Harbour chief Dana Whitcombe said those statements were wrong. Her staff found the emails, she said.",
        "\u201cThe evidence appears to contradict her testimony,\u201d the committee chairmen wrote. "
        "\u201cThe board should investigate.\u201d",
    )
    assert got == [
        ("The evidence appears to contradict her testimony", "Unnamed committee chairmen"),
        ("The board should investigate.", "Unnamed committee chairmen"),
    ]
    got = quotes_of(
        "Two women waited outside the hall. One of them, a young teacher, stood up.",
        "\u201cShould we believe them as well?\u201d the woman asked.",
    )
    assert got == [("Should we believe them as well?", "Unnamed woman")]


def test_a_document_filed_by_a_titled_person_after_the_quotation_speaks_for_that_person():
    got = quotes_of(
        "\u201cThere was cause to make an arrest, but the evidence cannot prove the crime,\u201d according to a "
        "court document filed by state attorney Dana Whitcombe.",
    )
    assert got == [("There was cause to make an arrest, but the evidence cannot prove the crime", "Dana Whitcombe")]


def test_a_body_named_before_a_role_and_a_name_is_the_role_not_the_speaker():
    got = quotes_of(
        "\u201cThe pier will not pass this year,\u201d said Midvale State University professor Dana Whitlock.",
        "\u201cImagine a harbour without boats,\u201d mused Gazette co-host Lee Marlow.",
    )
    assert got == [
        ("The pier will not pass this year", "Dana Whitlock"),
        ("Imagine a harbour without boats", "Lee Marlow"),
    ]


def test_a_verb_of_a_relative_clause_after_the_quotation_is_not_its_cue():
    got = quotes_of(
        "\u201cIf the board obtains additional records, it intends to search them for records\u201d that would "
        "respond to requests from Harbour Watch, board counsel Rita Collins wrote in a court filing.",
    )
    assert got == [("If the board obtains additional records, it intends to search them for records", "Rita Collins")]


def test_a_name_after_a_hyphen_prefixed_word_is_still_a_name():
    got = quotes_of(
        "\u201cBut that was the first time in a long time, mayor,\u201d Harbour Morning co-Anchor Lee Marlow said.",
        "The pro-Whitlock Dover Ledger ran a string of editorials on the pier. \u201cThe pier is a monument to "
        "waste,\u201d the Dover Ledger wrote.",
    )
    assert got == [
        ("But that was the first time in a long time, mayor", "Lee Marlow"),
        ("The pier is a monument to waste", "Dover Ledger"),
    ]


def test_a_lawmakers_constituent_named_after_the_quotation_speaks_not_the_lawmaker():
    got = quotes_of(
        "Sen. Dana Whitlock will headline a fundraiser on Friday.",
        "\u201cAnyone who skips the ferry fare puts riders at risk,\u201d said Whitlock constituent Omar Fenwick.",
    )
    assert got == [("Anyone who skips the ferry fare puts riders at risk", "Omar Fenwick")]


def test_will_as_a_given_name_before_a_surname_and_an_apposition_is_part_of_the_name():
    got = quotes_of(
        "\u201cHe just stopped and said, 'How do we win Dover?'\u201d Will Fenwick, the chairman for the county "
        "party, said of the encounter.",
        "Will Whitlock win the county? Nobody knows.",
    )
    assert got == [("He just stopped and said, 'How do we win Dover?'", "Will Fenwick")]


def test_the_sentence_after_a_quotation_can_credit_it_to_whom_it_came_from():
    got = quotes_of(
        "\u201cI would rather have a sister in a casino than a brother on the harbour board.\u201d That quote from "
        "Ohio Harbour Commissioner Tom Krell appeared on the front page of the Gazette.",
        "\u201cWe will not be moved.\u201d The words came from Ines Oduya, the mayor, at a rally on Friday.",
    )
    assert got == [
        ("I would rather have a sister in a casino than a brother on the harbour board.", "Tom Krell"),
        ("We will not be moved.", "Ines Oduya"),
    ]


def test_exhorting_imploring_and_intoning_are_verbs_of_saying():
    got = quotes_of(
        "Mayor Ines Oduya spoke at the pier on Friday.",
        "Then came the most obvious change of all: \u201cIt is about time we had a woman running this town,\u201d "
        "exhorted Oduya's introducer, actress Dana Whitlock.",
        "\u201cVote for the pier,\u201d implored Tomas Reyl, the harbour master.",
        "\u201cThe board stands adjourned,\u201d intoned Omar Fenwick, its chairman.",
    )
    assert got == [
        ("It is about time we had a woman running this town", "Dana Whitlock"),
        ("Vote for the pier", "Tomas Reyl"),
        ("The board stands adjourned", "Omar Fenwick"),
    ]


def test_a_description_reporting_after_the_quotation_leaves_it_to_the_named_person_who_said_it():
    got = quotes_of(
        "Tomas Reyl argued that the harbour caucus should not endorse Dana Whitlock.",
        "Reyl said Whitlock \u201cwould have no chance to win,\u201d the source recalled.",
        "Reyl wrote to the board's chairman, threatening \u201ca major lawsuit,\u201d according to a copy of the "
        "letter seen by the Gazette.",
    )
    assert got == [("would have no chance to win", "Tomas Reyl"), ("a major lawsuit", "Tomas Reyl")]


def test_the_one_quoted_is_the_speaker_not_the_one_quoting():
    got = quotes_of(
        "Tomas Reyl of the Harbour Weekly has waged a lonely battle over the pier records.",
        "\u201cThey have not done anything close to a full review,\u201d he quoted one analyst in May.",
        "He quoted Dana Whitlock as saying, \u201cNothing is done.\u201d",
    )
    assert got == [
        ("They have not done anything close to a full review", "Unnamed analyst"),
        ("Nothing is done.", "Dana Whitlock"),
    ]


def test_bodies_named_in_the_plural_after_the_quotation_speak_not_the_owner_of_the_remarks():
    got = quotes_of(
        "The Harbour Union and the Pier League wrote to Dana Whitcombe on Monday.",
        "Ansel Roe\u2019s comments fuel \u201cthe old harbour feud,\u201d the groups say.",
        "While Whitcombe has condemned the plan, the unions who wrote to her say they are "
        "\u201cworried about the pier.\u201d",
    )
    assert got == [
        ("the old harbour feud", "Unnamed groups"),
        ("worried about the pier.", "Unnamed unions"),
    ]


def test_the_spokesman_after_the_mayors_spokesman_said_is_that_spokesman_not_the_mayor():
    got = quotes_of(
        "Dana Whitcombe spoke on Monday. Whitcombe will work with whoever wins, the mayor\u2019s spokesman said.",
        "\u201cThe mayor has made her views very clear. She disagrees with them,\u201d the spokesman said.",
    )
    assert got == [("The mayor has made her views very clear. She disagrees with them", "Unnamed mayor spokesman")]


def test_the_group_after_a_trade_group_for_named_plans_is_that_trade_group_not_an_earlier_group_by_name():
    got = quotes_of(
        "One insurer, Acme Health Group, has threatened to leave. Just this week, the trade group for the Blue "
        "Shore plans, which dominate many exchanges, spelled out its concerns. \u201cThe current risk pool is out "
        "of balance,\u201d the group wrote."
    )
    assert got == [("The current risk pool is out of balance", "trade group for the Blue Shore plans")]


def test_a_long_apposition_between_the_quotation_and_said_still_names_the_speaker():
    got = quotes_of(
        "\u201cVery good reporter, very good reporter this guy,\u201d Avery, the 2016 party frontrunner nationally "
        "and current polling leader in South Carolina by a wide margin after winning the New Hampshire primaries, "
        "said when Roe asked him a question."
    )
    assert got == [("Very good reporter, very good reporter this guy", "Avery")]


def test_a_cued_quotation_closing_on_an_exclamation_or_question_mark_ends_its_sentence():
    got = quotes_of(
        "Mary Roe spoke on Monday.",
        'Ansel Doe was known for his famous demand in 1987: "Tear down this pier!" Critics still praise his refusal.',
        'Ansel Doe wrote to the council on Friday, asking, "Who will pay for the pier?" Mary Roe says nobody has '
        "asked her.",
        '"Who will pay for the dredging?" Ansel Doe asked.',
    )
    assert got == [
        ("Tear down this pier!", "Ansel Doe"),
        ("Who will pay for the pier?", "Ansel Doe"),
        ("Who will pay for the dredging?", "Ansel Doe"),
    ]


def test_a_paragraph_opening_on_who_said_the_words_above_it_credits_them():
    got = quotes_of(
        "The harbour board met on Monday to discuss the new pier. Mayor Dana Whitcombe opened the meeting.",
        "Councillor Tomas Brandt spoke against it.",
        "\u201cThis pier will bankrupt the town.\u201d",
        "So said Brandt, who has opposed the plan for a year.",
        "\u201cWe will build it anyway.\u201d",
        "That was how Whitcombe answered him.",
        "\u201cThe vote is Thursday.\u201d",
        "Those were the words of Ilse Marchetti, the board's clerk.",
    )
    assert got == [
        ("This pier will bankrupt the town.", "Tomas Brandt"),
        ("We will build it anyway.", "Dana Whitcombe"),
        ("The vote is Thursday.", "Ilse Marchetti"),
    ]

"""Reports, polls and outlets as sources, each form on a made-up story: who said each quotation."""

from __future__ import annotations

from tests.draftstories import quotes_of


def test_a_count_of_points_is_a_noun_so_the_source_according_to_names_speaks():
    got = quotes_of(
        "The harbour board met on Monday.",
        "According to Harbour Watch, Tomas Brandt leads by 29 points among \u201cvery young\u201d voters.",
        "Other divisions, according to Harbour Watch, include age: Ilse Marchetti leads by 12 points among"
        " \u201csomewhat older\u201d residents.",
    )
    assert got == [("very young", "Harbour Watch"), ("somewhat older", "Harbour Watch")]


def test_a_writing_is_by_whom_the_story_named_on_it_not_the_person_named_last():
    got = quotes_of(
        "The Varde Courier poll shows the harbour race breaking along familiar lines.",
        "According to the poll, Tomas Brandt leads by 29 points among \u201cvery young\u201d voters.",
    )
    assert got == [("very young", "Varde Courier")]


def test_an_outlet_reporting_what_someone_did_owns_the_quoted_words():
    got = quotes_of(
        "The harbour board met on Monday.",
        "The Varde Courier reported that Tomas Brandt was ousted \u201cat the urging of his own board.\u201d",
        "The Varde Courier reported that Ilse Marchetti told the board, \u201cThe pier is falling apart.\u201d",
    )
    assert got == [
        ("at the urging of his own board.", "Varde Courier"),
        ("The pier is falling apart.", "Ilse Marchetti"),
    ]


def test_according_to_later_in_the_sentence_is_the_source_past_a_verb_no_one_says_the_words_with():
    got = quotes_of(
        "The harbour board met on Monday.",
        "After Radio Varde's Dana Whitcombe asked about the trip in an interview, the owners became"
        " \u201cagitated\u201d once the cameras were off, according to a source at the station.",
        "The harbour office gave an \u201cincomplete and late\u201d response when it told a residents' group"
        " that it had no files, according to Harbour Watch.",
        "\u201cThe pier is safe,\u201d Ilse Marchetti said, according to Harbour Watch.",
    )
    assert got == [
        ("agitated", "Unnamed source"),
        ("incomplete and late", "Harbour Watch"),
        ("The pier is safe", "Ilse Marchetti"),
    ]


def test_she_after_a_possessor_leading_her_sentence_is_that_possessor_not_the_last_woman_quoted():
    got = quotes_of(
        "Ilse Marchetti won the harbour seat in 2015.",
        "\u201cPeople stood for hours in line,\u201d said Dana Whitcombe, an analyst at Harbour Watch.",
        "Marchetti's fate is still unclear, but she said at a news conference last week that she would govern"
        " despite the rules. \u201cI'm going to be above the mayor,\u201d she said.",
    )
    assert got == [
        ("People stood for hours in line", "Dana Whitcombe"),
        ("I'm going to be above the mayor", "Ilse Marchetti"),
    ]


def test_a_writing_with_its_quoted_title_in_apposition_still_speaks_for_its_author():
    got = quotes_of(
        "Harbour Watch released a new ad on Monday attacking Tomas Brandt.",
        "The ad, titled \u201cUnifier?\u201d, concludes that Brandt is too \u201cdangerous and reckless\u201d to lead"
        " the board.",
    )
    assert got == [("dangerous and reckless", "Harbour Watch")]


def test_a_writing_from_a_body_named_paragraphs_before_is_that_bodys():
    got = quotes_of(
        "The violence at the pier is the focus of a new television ad from Harbour Watch, which is spending"
        " heavily against Tomas Brandt.",
        "The 60-second spot starts with a montage of Brandt's remarks about the pier.",
        "It also includes footage of a scuffle at the ferry terminal.",
        "The ad, titled \u201cUnifier?\u201d, concludes that Brandt is too \u201cdangerous and reckless\u201d to lead"
        " the board.",
    )
    assert got == [("dangerous and reckless", "Harbour Watch")]


def test_a_campaign_releasing_an_ad_is_its_author_paragraphs_later():
    got = quotes_of(
        "The Ilse Marchetti campaign is releasing a new online ad Monday aimed at Tomas Brandt.",
        "The \u201cNo Comparison\u201d ad contrasts Marchetti's record with Brandt's record as harbour master.",
        "The ad comes only a day before the vote, where Brandt, Marchetti and others are in a fight for second place.",
        "The nearly 90-second ad slams Brandt for voting for the dock tax in 1994.",
        "The ad claims \u201cIlse is the councillor you can trust.\u201d",
    )
    assert got == [("Ilse is the councillor you can trust.", "Ilse Marchetti campaign")]


def test_the_message_is_by_whoever_the_story_said_wrote_in_one_just_before():
    got = quotes_of(
        "Another Marchetti email reflects early frustration on the harbour team.",
        "\u201cMore and more I am hearing that the board is setting the agenda,\u201d Ilse Marchetti wrote in a"
        " June 10, 2009 email.",
        "The message, sent to the harbour master and forwarded to Tomas Brandt, called it \u201ccritical\u201d that"
        " he make such a speech.",
    )
    assert got == [
        ("More and more I am hearing that the board is setting the agenda", "Ilse Marchetti"),
        ("critical", "Ilse Marchetti"),
    ]


def test_it_reads_in_a_paragraph_after_one_about_an_email_is_the_sender_a_description_names():
    got = quotes_of(
        "Councillor Tomas Brandt is protesting the dock tax by giving away a ferry pass.",
        "The harbour councillor sent out an email to supporters Tuesday inviting them to enter the contest.",
        "The email includes a photo of Brandt on the pier.",
        "At the bottom it reads, \u201cYou can further support the cause by chipping in $35.\u201d",
    )
    assert got == [("You can further support the cause by chipping in $35.", "Tomas Brandt")]


def test_it_reads_opening_a_paragraph_after_one_that_opens_on_an_email_is_that_emails_sender():
    got = quotes_of(
        "Tomas Brandt is protesting the board's dock tax by giving away a ferry pass to Paulo Renner's rivals.",
        "The harbour candidate sent out an email to supporters Tuesday inviting them to enter the contest.",
        "The email includes a photo of Brandt on the pier, holding a rope.",
        "At the bottom it reads, \u201cYou can further support the cause by chipping in $35.\u201d",
    )
    assert got == [("You can further support the cause by chipping in $35.", "Tomas Brandt")]


def test_one_of_several_unnamed_people_after_an_inverted_verb_speaks():
    got = quotes_of(
        "The harbour board met on Monday in Varde.",
        "\u201cIt was awful,\u201d said one of two witnesses who relayed the same story.",
    )
    assert got == [("It was awful", "Unnamed one of two witnesses")]


def test_according_to_the_outlet_described_is_the_outlet_named_before():
    got = quotes_of(
        "The Salemport Gazette reported on Thursday that the ferry board had missed two safety inspections.",
        "The rule can be applied \u201cwhen an operator misses an inspection without notice,\u201d according to the "
        "news outlet.",
    )
    assert got[-1] == ("when an operator misses an inspection without notice", "Salemport Gazette")


def test_according_to_a_source_described_and_not_named_is_that_source_unnamed():
    got = quotes_of(
        "Jane Doe was seen walking into the Bayline Ferries office in Salemport on Monday.",
        "According to some on the harbour forum, Doe was \u201cin disguise and in a hurry,\u201d sparking talk.",
    )
    assert got == [("in disguise and in a hurry", "Unnamed some on the harbour forum")]


def test_an_opening_according_to_speaks_when_the_verb_after_it_has_no_speaker():
    got = quotes_of(
        "\u201cJane Doe beat John Roe at his own game,\u201d said Salemport professor Ann Lee.",
        "According to the exit polls in Salemport, 24% of voters put a priority on a candidate who would "
        "\u201cspeak plainly to the town,\u201d and most of them chose Doe.",
    )
    assert got[-1] == ("speak plainly to the town", "Unnamed exit polls in Salemport")


def test_according_to_a_writing_described_with_a_name_in_it_is_that_writing_unnamed():
    got = quotes_of(
        "Jane Doe runs the Salemport ferry school.",
        "According to the recently released Bayline staff handbook, its sellers were told, \u201cYou do not sell "
        "ferry tickets. You sell hope.\u201d",
    )
    handbook = "Unnamed recently released Bayline staff handbook"
    assert got == [("You do not sell ferry tickets. You sell hope.", handbook)]

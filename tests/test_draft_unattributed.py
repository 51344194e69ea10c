"""Quotations the drafter used to leave unattributed, each form on a made-up story: who said each."""

from __future__ import annotations

from bot.draft.quotes import UNATTRIBUTED
from tests.draftstories import quotes_of


def test_a_fragment_in_a_sentence_naming_nobody_goes_to_the_speaker_of_the_sentence_before():
    got = quotes_of(
        "Dana Whitcombe, who teaches shipping law in Dover, has studied the harbour for a decade.",
        "The old pier will be hard to save, she said. Repairs can still work, but only when "
        "\u201cthe money arrives before the winter storms.\u201d",
    )
    assert got == [("the money arrives before the winter storms.", "Dana Whitcombe")]


def test_a_fragment_after_a_sentence_with_no_speaker_stays_unattributed():
    got = quotes_of(
        "Dana Whitcombe, who teaches shipping law in Dover, has studied the harbour for a decade.",
        "The old pier was built in 1910. Repairs can still work, but only when "
        "\u201cthe money arrives before the winter storms.\u201d",
    )
    assert got == [("the money arrives before the winter storms.", UNATTRIBUTED)]


def test_a_fragment_in_a_sentence_with_its_own_subject_is_not_the_speaker_befores():
    got = quotes_of(
        "The old pier will be hard to save, Dana Whitcombe said. Ansel Roe, the harbour master, wants "
        "repairs \u201cbefore the winter storms arrive.\u201d",
    )
    assert got[-1][1] != "Dana Whitcombe"


def test_a_paragraph_opening_with_a_colon_that_names_nobody_goes_on_the_previous_speaker():
    got = quotes_of(
        "Ansel Roe has changed his mind about the pier more than once.",
        '"We must never build it," he told a radio station in May.',
        'Then, a month later on television: "The pier is the best plan this harbour has ever had."',
    )
    assert got == [
        ("We must never build it", "Ansel Roe"),
        ("The pier is the best plan this harbour has ever had.", "Ansel Roe"),
    ]


def test_a_colon_after_a_verb_of_saying_with_an_unnamed_subject_is_not_the_previous_speaker():
    got = quotes_of(
        "Ansel Roe has changed his mind about the pier more than once.",
        '"We must never build it," he told a radio station in May.',
        'The new advertisement ends with a narrator saying: "Vote for the pier, vote for the harbour."',
    )
    assert got[-1] == ("Vote for the pier, vote for the harbour.", "Unnamed narrator")


def test_a_named_body_that_opens_the_sentence_and_acts_speaks_the_fragment_it_quotes():
    got = quotes_of(
        "The harbour plan has drawn critics across the county.",
        "The Dover Harbour Trust projects that \u201crepairs to the old pier would cost more than a new one\u201d "
        "within a decade.",
        "On its website, the Coastal Heritage Society lists \u201cthe old pier as the county's oldest structure.\u201d",
        "CHRA filed a request last month for \u201cevery survey of the pier made since 1990.\u201d",
    )
    assert got == [
        ("repairs to the old pier would cost more than a new one", "Dover Harbour Trust"),
        ("the old pier as the county's oldest structure.", "Coastal Heritage Society"),
        ("every survey of the pier made since 1990.", "CHRA"),
    ]


def test_a_body_that_is_only_the_topic_or_a_modifier_does_not_speak_the_fragment():
    got = quotes_of(
        "The harbour plan has drawn critics across the county.",
        "The Dover Harbour Trust \u201creceived as much as two million pounds in unreported gifts\u201d last year.",
        "The Dover Harbour Trust engineer, a quiet man, met the critics with a \u201cplan that pleased nobody.\u201d",
    )
    assert got[0][1] == UNATTRIBUTED
    assert got[1][1] != "Dover Harbour Trust"


def test_a_new_voice_with_its_own_verb_of_saying_does_not_continue_the_quotation_before():
    got = quotes_of(
        "\u201cThe pier has served us well,\u201d said one harbour pilot. Yet another said, "
        "\u201cNothing will change until the council pays for it.\u201d",
        'Some residents chanted "Save the pier!" outside the hall. Others, tired of the wait, shouted, '
        '"Vote now or go home!"',
    )
    assert got[1] == ("Nothing will change until the council pays for it.", UNATTRIBUTED)
    assert got[-1] == ("Vote now or go home!", "Unnamed others")  # a crowd of its own


def test_a_sentence_of_the_speakers_own_still_continues_the_quotation_before():
    got = quotes_of(
        '"The pier will stand," Ansel Roe said. He then added, as the crowd cheered, "It always has."',
        '"We will rebuild it," said Dana Whitcombe. "Every plank of it."',
    )
    assert got == [
        ("The pier will stand", "Ansel Roe"),
        ("It always has.", "Ansel Roe"),
        ("We will rebuild it", "Dana Whitcombe"),
        ("Every plank of it.", "Dana Whitcombe"),
    ]


def test_a_quotation_after_a_sentence_opened_by_someone_else_is_that_persons_turn():
    got = quotes_of(
        "Ansel Roe and Dana Whitcombe have run the ferry together for years.",
        "\u201cThe tide is the only boss we have,\u201d Ansel Roe said, pointing at the water. Dana Whitcombe "
        "shook her head. \u201cAnsel is far calmer about it than I am.\u201d",
    )
    assert got[-1] == ("Ansel is far calmer about it than I am.", "Dana Whitcombe")


def test_a_sentence_about_a_thing_named_for_someone_leaves_the_quotation_with_its_speaker():
    got = quotes_of(
        "Ansel Roe and Dana Whitcombe have run the ferry together for years.",
        "\u201cThe tide is the only boss we have,\u201d said Ansel Roe. But the painted Whitcombe sign over the "
        "dock has not hurt trade. \u201cPeople come just to see it.\u201d",
    )
    assert got[-1] == ("People come just to see it.", "Ansel Roe")


def test_a_quotation_opening_a_paragraph_shares_its_own_sentences_later_attribution():
    got = quotes_of(
        'The Acme Press said in 2001 that it would publish a memoir by Dana Whitcombe, "the whole story."',
        '"Every tide turns in the end" was to be a "warning to every harbour town," said Ansel Roe, her agent at '
        "the time.",
    )
    assert got[1:] == [
        ("Every tide turns in the end", "Ansel Roe"),
        ("warning to every harbour town", "Ansel Roe"),
    ]


def test_an_unnamed_speaker_opening_the_sentence_with_a_verb_of_saying_speaks_the_quotation():
    got = quotes_of(
        "Children from the harbour school toured the town hall on Monday.",
        "One girl pointed at a portrait of the first mayor and asked who he was. Another child answered, "
        "\u201cThat is the man who built the pier.\u201d",
        "In the hours after the vote in Dover, Kent, a familiar voice hailed the result on the radio: "
        "\u201cWe have won the harbour back for good.\u201d",
    )
    assert got == [
        ("That is the man who built the pier.", "Unnamed child"),
        ("We have won the harbour back for good.", "Unnamed familiar voice"),
    ]


def test_a_bare_another_or_a_phrase_of_function_words_names_no_unnamed_speaker():
    got = quotes_of(
        "Children from the harbour school toured the town hall on Monday.",
        "Another answered, \u201cThat is the man who built the pier.\u201d",
        "On the wall, one of his recent sayings hangs in a frame: \u201cThe tide waits for nobody at all.\u201d",
    )
    assert [speaker for _, speaker in got] == [UNATTRIBUTED, UNATTRIBUTED]


def test_a_quotation_inside_a_passage_set_off_after_a_colon_is_in_the_words_of_whom_the_colon_introduces():
    got = quotes_of(
        "The harbour board met on Friday to vote on the pier.",
        "In a note to members before the meeting, Dana Whitcombe wrote:",
        "I think the vote comes too early. The board has not seen the costs. What we should ask is "
        "\u201cwho pays for the pier when the storms come?\u201d",
    )
    assert got == [("who pays for the pier when the storms come?", "Dana Whitcombe")]


def test_a_quotation_after_a_colon_line_that_names_nobody_stays_unattributed():
    got = quotes_of(
        "The harbour board met on Friday to vote on the pier.",
        "The agenda had one more item:",
        "A motion to ask \u201cwho pays for the pier when the storms come?\u201d before any vote.",
    )
    assert got == [("who pays for the pier when the storms come?", UNATTRIBUTED)]


def test_a_crowd_that_opens_the_sentence_and_shouts_the_words_speaks_them():
    got = quotes_of(
        "Ansel Roe spoke at the pier on Friday.",
        "\u201cWe will build it this year,\u201d Roe said. The crowd shouted, \u201cNot on our harbour!\u201d",
        "Others, angry at the long delay, yelled: \u201cFix the old pier first!\u201d",
        "Protesters outside the hall shouted \u201cShame on the harbour board!\u201d as he left.",
    )
    assert got == [
        ("We will build it this year", "Ansel Roe"),
        ("Not on our harbour!", "Unnamed crowd"),
        ("Fix the old pier first!", "Unnamed others"),
        ("Shame on the harbour board!", "Unnamed protesters"),
    ]


def test_a_named_person_who_shouts_at_a_crowd_keeps_the_words():
    got = quotes_of(
        "Ansel Roe spoke at the pier on Friday.",
        "Roe shouted at the protesters, \u201cThis pier will be built!\u201d",
    )
    assert got == [("This pier will be built!", "Ansel Roe")]


def test_a_passage_quoted_over_paragraphs_whose_opening_mark_a_quotation_inside_takes_is_still_the_passage():
    got = quotes_of(
        "The pier has a long history, as the Dover Harbour Trust website notes:",
        '"In 1910 the town built the pier with money from the fishing fleet. Opened \u201cfor the good of all '
        "who sail,\u201d the pier served the fleet for sixty years.",
        '"The pier closed in 1975 after a storm broke its last span, and the town has argued about it since.',
        '"Today the pier stands closed to the public, its future still unsettled."',
    )
    assert [speaker for _, speaker in got] == ["Dover Harbour Trust"] * 3


def test_a_paragraph_opening_with_a_mark_after_a_line_that_introduces_nobody_stays_unattributed():
    got = quotes_of(
        "The pier has a long history.",
        '"In 1910 the town built the pier with money from the fishing fleet. Opened \u201cfor the good of all '
        "who sail,\u201d the pier served the fleet for sixty years.",
    )
    assert got == [("for the good of all who sail", UNATTRIBUTED)]


def test_a_colon_hands_the_quotation_to_the_unnamed_people_who_lead_the_sentence():
    got = quotes_of(
        "Dana Whitcombe, the harbour master, took questions on the pier plan on Monday.",
        "At the hearing, the first three questioners ranged from wary to hostile: "
        '"Is it time for the plan to change?" . . . "Have you underestimated the cost?"',
        "After the vote, Whitcombe's two aides were blunt: \u201cThe pier cannot wait another winter.\u201d",
    )
    assert [speaker for _, speaker in got] == [
        "Unnamed first three questioners",
        "Unnamed first three questioners",
        "Unnamed two aides for Dana Whitcombe",
    ]


def test_a_colon_after_a_sentence_led_by_no_one_leaves_the_quotation_unattributed():
    got = quotes_of(
        "The harbour board held a hearing on the pier plan on Monday.",
        'At the hearing, the mood ranged from wary to hostile: "Is it time for the plan to change?"',
    )
    assert got == [("Is it time for the plan to change?", UNATTRIBUTED)]


def test_a_quotation_opening_a_paragraph_goes_to_whom_the_paragraph_before_introduces_ahead_of_its_closing_aside():
    got = quotes_of(
        "Dana Whitcombe also spoke about the pier bill now before the council. (The bill requires boats to moor "
        "at the new dock. It also sets three separate fees for owners.)",
        "\u201cThe pier is the heart of the town. But a pier nobody can reach is no pier at all.\u201d",
    )
    assert got == [
        ("The pier is the heart of the town. But a pier nobody can reach is no pier at all.", "Dana Whitcombe")
    ]


def test_an_aside_in_parentheses_inside_a_sentence_is_no_closing_aside():
    got = quotes_of(
        "Dana Whitcombe left early. The bill before the council sets fees (three of them).",
        "\u201cThe pier is the heart of the town. But a pier nobody can reach is no pier at all.\u201d",
    )
    assert got[0][1] != "Dana Whitcombe"


def test_a_cue_inside_a_quotation_whose_closing_mark_is_missing_names_its_speaker():
    got = quotes_of(
        "Ansel Roe spoke first at the hearing on the pier, and Dana Whitcombe, who runs it, spoke last.",
        '"We waited ten years for the council to act," Roe said.',
        '"There was no help for boat owners in the early years, said Dana Whitcombe, whose office now runs the pier.',
    )
    assert got[-1][1] == "Dana Whitcombe"


def test_an_unclosed_quotation_with_no_cue_inside_is_not_given_a_name_from_it():
    got = quotes_of(
        "Ansel Roe spoke first at the hearing on the pier, and Dana Whitcombe, who runs it, spoke last.",
        "\u201cThere was no help for boat owners in the early years, said the old rules, and Dana Whitcombe knew it.",
    )
    assert got[-1][1] != "Dana Whitcombe"


def test_a_recording_of_someone_speaking_gives_them_the_words():
    got = quotes_of(
        "A new advertisement from the Harbour Trust attacks Ansel Roe over the pier.",
        "The ad then cuts to footage of Roe saying, \u201cWe will build this pier with our own hands if we must.\u201d",
    )
    assert got == [("We will build this pier with our own hands if we must.", "Ansel Roe")]


def test_the_subject_of_a_recording_of_something_is_no_speaker():
    got = quotes_of(
        "A new advertisement from the Harbour Trust attacks Ansel Roe over the pier.",
        "The ad then cuts to footage of the pier saying, \u201cWe will build this pier with our own hands.\u201d",
    )
    assert got[0][1] != "Ansel Roe"


def test_a_paragraph_ending_in_a_colon_that_names_her_remarks_hands_the_block_to_her():
    got = quotes_of(
        "Sen. Carol Hale spoke on the floor for eleven minutes on Thursday.",
        "Hale was not in a forgiving mood. Here is an excerpt of her remarks, which they deserve to be read in full:",
        "\u201cI sat in a room with these men for fourteen weeks.",
        "\u201cSo spare me the speeches. I have read them.\u201d",
    )
    assert got == [
        ("I sat in a room with these men for fourteen weeks.", "Carol Hale"),
        ("So spare me the speeches. I have read them.", "Carol Hale"),
    ]


def test_a_woman_named_in_the_sentence_before_speaks_the_words_after_it():
    got = quotes_of(
        "Rep. Ansel Roe held a town hall in Salemport on Thursday.",
        "A woman named Carol Hale, 71, stood with the budget in her hand. \u201cPage 34. What does that mean?\u201d",
    )
    assert got == [("Page 34. What does that mean?", "Carol Hale")]


def test_the_man_who_gave_his_name_speaks_under_that_name():
    got = quotes_of(
        "Rep. Ansel Roe held a town hall in Salemport on Thursday.",
        "\u201cYou told us you would fight for us,\u201d said the man, who gave his name as Tom Avery.",
    )
    assert got == [("You told us you would fight for us", "Tom Avery")]


def test_a_description_leading_the_sentence_before_speaks_as_whom_it_describes():
    got = quotes_of(
        "Rep. Ansel Roe held a town hall in Salemport on Thursday.",
        "\u201cIt is the job,\u201d Roe said.",
        "Asked about the crowd, the congressman shrugged. \u201cSome of them, sure.\u201d",
    )
    assert got[1] == ("Some of them, sure.", "Ansel Roe")


def test_a_number_with_a_comma_in_an_opening_clause_does_not_end_it_before_the_colon_hands_over():
    got = quotes_of(
        "Sen. Carol Hale has raised money from the ferry lines since 2019.",
        "Asked about the $410,000 Hale has collected from ferry executives since 2019, Tom Avery did not hesitate:",
        "\u201cLook, everybody takes money. But there is taking money and there is being owned.\u201d",
    )
    assert got == [("Look, everybody takes money. But there is taking money and there is being owned.", "Tom Avery")]


def test_a_question_after_a_sentence_saying_whom_it_came_from_is_theirs():
    got = quotes_of(
        "Press secretary Carol Hale took questions about the ferry contract on Monday.",
        "The first question came from Tom Avery of the Salemport Ledger. \u201cDid the mayor ever call you?\u201d",
    )
    assert got == [("Did the mayor ever call you?", "Tom Avery")]


def test_words_a_colon_says_are_from_someones_account_are_theirs_not_the_last_speakers():
    got = quotes_of(
        "Harbour board chair Tom Avery posted the words \u201cBlowing in the wind, Carol.\u201d",
        "And then there was this from Carol Hale's own campaign account: "
        "\u201cFacts: the pier, the ferry, the fees.\u201d",
    )
    assert got[-1] == ("Facts: the pier, the ferry, the fees.", "Carol Hale")

"""bench/relatives.py and the measure: a relative "which" or "that" as source means the phrase before it."""

from __future__ import annotations

from bench.antecedents import modifies_a_noun
from bench.polnear import gold_quotes
from bench.referents import Mention
from bench.relatives import relative_antecedent
from tests.test_polnear_reader import speakers


def antecedent(text: str) -> str | None:
    found = relative_antecedent(text, 0, text.rindex(" ") + 1)
    return found[1] if found else None


def pronoun_gold(text: str, cue: str, opening: str) -> list[tuple[str, str]]:
    """(source, speaker) of the quotation opening with these words, annotated with the pronoun that opens the cue
    ("he said") as its source."""
    pronoun, at, start = cue.split()[0], text.index(cue), text.index("\u201c" + opening)
    end = text.index("\u201d", start) + 1
    ann = f"T1\tContent {start} {end}\t{text[start:end]}\nT2\tSource {at} {at + len(pronoun)}\t{pronoun}\n"
    ann += "E1\tAttribution:T9 Content:T1 Source:T2\n"
    return [(q.source, q.speaker) for q in gold_quotes(text, ann)]


def test_a_relative_stands_for_the_noun_phrase_right_before_it():
    assert antecedent("She was profiled in the Harbor Times, which") == "the Harbor Times"
    assert antecedent("His release linked to the Bayline Ferries report, which") == "the Bayline Ferries report"
    assert antecedent("It echoes her new Salemport ad, which") == "her new Salemport ad"
    assert antecedent("Mr. Doe's remarks, which") == "Mr. Doe's remarks"
    assert antecedent("They passed out water bottles that") == "water bottles"
    assert antecedent("The couple started Harbor Trust, a foundation that") == "Harbor Trust"


def test_no_noun_phrase_before_a_relative_leaves_none():
    assert antecedent("He spoke of a bill he was introducing which") is None
    assert antecedent("Two articles were published in October that") is None


def test_a_relative_as_source_means_the_body_before_it():
    text = "Doe profiled\n\nJane Doe was profiled in the Harbor Times, which called her a \u201crising star.\u201d\n"
    got = speakers(text, [("which", "called her a \u201crising star.\u201d")])
    assert got == [("which", "the Harbor Times")]


def test_an_owned_writing_before_a_relative_is_its_owners():
    text = "Ad war\n\nSen. John Roe spoke. Critics cited Mr. Roe's remarks, which called it \u201ca mess.\u201d\n"
    got = speakers(text, [("which", "called it \u201ca mess.\u201d")])
    assert got == [("which", "John Roe")]


def test_it_in_a_relative_clause_means_the_name_the_relative_stands_for():
    text = (
        "Ad spending\n\n"
        "Harbor PAC paid Bayline Ferries. The group also paid a firm called Salemport Data, which sells what "
        "it calls \u201cmood\u201d profiles.\n"
    )
    got = speakers(text, [("Harbor PAC", "paid Bayline Ferries."), ("it", "\u201cmood\u201d")])
    assert got[-1] == ("it", "Salemport Data")


def test_it_means_the_writing_or_the_owners_website_the_sentence_before_opens_on():
    text = (
        "Suit filed\n\n"
        "Jane Doe filed a suit on Monday. The lawsuit contends that the city \u201cfailed.\u201d It goes on to call "
        "the mayor \u201creckless.\u201d\n\n"
        "On his website, John Roe has changed his tone. \u201cThis is your town,\u201d it now says.\n"
    )
    got = speakers(text, [("It", "to call the mayor \u201creckless.\u201d"), ("it", "\u201cThis is your town,\u201d")])
    assert got == [("It", "The lawsuit"), ("it", "John Roe's website")]


def test_a_release_after_a_body_announced_something_is_that_bodys_not_a_persons_it_names():
    text = (
        "Speaker cancels\n\n"
        "Gov. Jane Doe had been due in Salemport, but on Thursday, the Harbor Party announced she was not coming. "
        "\u201cThe governor will not attend,\u201d the release said.\n"
    )
    got = speakers(text, [("the release", "\u201cThe governor will not attend,\u201d")])
    assert got == [("the release", "the Harbor Party")]


def test_a_headline_in_capitals_as_source_gives_the_words_to_whom_its_item_reports():
    text = (
        "Morning digest\n\n"
        "FERRY FARES RISE IN SALEMPORT Jane Doe said the new fares were \u201ctoo steep.\u201d [Harbor Times.]\n"
    )
    got = speakers(text, [("FERRY FARES RISE IN SALEMPORT", "Jane Doe said the new fares were \u201ctoo steep.\u201d")])
    assert got == [("FERRY FARES RISE IN SALEMPORT", "Jane Doe")]


def test_a_transcript_as_source_is_its_labelled_speakers_or_whom_the_story_reports_before_it():
    text = (
        "Debate night\n\n"
        "Gov. Jane Doe spoke in Salemport on Monday. Transcript as follows:\n\n"
        "\u201cTonight we came home to Salemport.\u201d\n\n"
        "Partial transcript of the debate:\n\n"
        "\u201cROE: Will you raise fares?\u201d\n\n"
        "\u201cDOE: We will not.\u201d\n"
    )
    got = speakers(
        text,
        [
            ("Transcript", "\u201cTonight we came home to Salemport.\u201d"),
            ("Partial transcript", "\u201cROE: Will you raise fares?\u201d"),
            ("transcript of the debate", "\u201cDOE: We will not.\u201d"),
        ],
    )
    assert got == [("Transcript", "Jane Doe"), ("Partial transcript", "Roe"), ("transcript of the debate", "Jane Doe")]


def test_a_verb_between_two_names_is_no_role_of_the_second():
    from bench.referents import read_story

    story = read_story("Talks\n\nSen. Jane Doe met Sen. John Roe in Salemport on Monday.\n", [], [])
    roe = next(p for p in story.people if p.name.endswith("Roe"))
    assert "met" not in roe.roles and "senator" in roe.roles


def test_words_with_neither_source_nor_cue_marked_are_whose_the_clause_before_them_says():
    text = "Fares\n\nMs. Jane Doe spoke on Monday. She was asked to defend her criticism of \u201cferry greed.\u201d\n"
    start = text.index("her criticism")
    end = text.index("\u201d") + 1
    ann = f"T1\tContent {start} {end}\t{text[start:end]}\nE1\tAttribution:T9 Content:T1\n"
    assert [(q.source, q.speaker) for q in gold_quotes(text, ann)] == [("", "Jane Doe")]


def test_words_a_report_gives_someone_in_a_verb_of_their_own_are_theirs_not_the_reports():
    text = (
        "Memoir\n\n"
        "Ms. Jane Doe met John Roe. She later compared the talk to a \u201croot canal,\u201d "
        "according to Roe\u2019s memoir.\n"
    )
    got = speakers(text, [("Roe\u2019s memoir", "She later compared the talk to a \u201croot canal,\u201d")])
    assert got == [("Roe\u2019s memoir", "Jane Doe")]


def test_a_holiday_is_no_body_a_description_can_mean():
    text = (
        "Records\n\n"
        "The Harbor Department said the files were \u201cready.\u201d Reporters waited. Many came back. Few stayed. "
        "The files released on New Year\u2019s Eve were short.\n\n"
        "The department said it will \u201cadd more soon.\u201d\n"
    )
    got = speakers(
        text, [("The Harbor Department", "\u201cready.\u201d"), ("The department", "\u201cadd more soon.\u201d")]
    )
    assert got[-1] == ("The department", "The Harbor Department")


def test_an_unnamed_group_names_a_group_the_story_describes_with_examples_but_not_one_named_person():
    from bench.polnear import GoldQuote
    from bench.speaker_match import speaker_matches

    group = GoldQuote("x", 0, "they", "three economists -- Jane Doe at Salemport College and John Roe")
    assert speaker_matches("Unnamed economists", group)
    assert not speaker_matches("Unnamed economist", GoldQuote("x", 0, "she", "Salemport economist Jane Doe"))


def test_a_participle_cue_after_a_clause_opening_on_a_description_has_whom_it_means():
    text = (
        "Ferries\n\n"
        "Sen. Jane Doe spoke on Monday. "
        "The senator changed her story later, stating that fares were \u201ctoo low.\u201d\n"
    )
    cue = text.index("stating")
    start, end = text.index("that fares"), text.rindex("\u201d") + 1
    ann = (
        f"T1\tContent {start} {end}\t{text[start:end]}\nT2\tCue {cue} {cue + 7}\tstating\n"
        "E1\tAttribution:T9 Content:T1 Cue:T2\n"
    )
    assert [(q.source, q.speaker) for q in gold_quotes(text, ann)] == [("", "Jane Doe")]


def test_a_present_tense_verb_of_ones_own_words_inside_a_sources_content_gives_them_to_its_subject():
    text = "Rally\n\nJohn Roe spoke. Some cheer when he insists that \u201cferries matter.\u201d\n"
    got = speakers(text, [("Some", "cheer when he insists that \u201cferries matter.\u201d")])
    assert got == [("Some", "John Roe")]


def test_it_after_a_letter_from_a_body_is_that_bodys():
    text = (
        "Board vote\n\n"
        "A letter this month to the board from the staff union urged a wider search. "
        "\u201cWe want a say,\u201d it said.\n"
    )
    got = speakers(text, [("it", "\u201cWe want a say,\u201d")])
    assert got == [("it", "the staff union")]


def test_a_participle_cue_after_a_dash_or_a_capitalised_description_has_the_main_clauses_subject():
    text = (
        "Ferries\n\n"
        "Sen. Jane Doe spoke on Monday. "
        "The Salemport senator blasted the plan, calling it \u201ctoo costly.\u201d "
        "Mayor John Roe spoke later. He denounced the plan - saying it fanned \u201cfear and blame.\u201d\n"
    )
    lines = []
    for n, (cue, words) in enumerate([("calling", "it \u201ctoo costly.\u201d"), ("saying", "it fanned \u201cfear")]):
        at, start = text.index(cue), text.index(words)
        end = text.index("\u201d", start) + 1
        lines += [
            f"T{2 * n + 1}\tContent {start} {end}\t{text[start:end]}",
            f"T{2 * n + 2}\tCue {at} {at + len(cue)}\t{cue}",
            f"E{n + 1}\tAttribution:T9 Content:T{2 * n + 1} Cue:T{2 * n + 2}",
        ]
    got = [(q.source, q.speaker) for q in gold_quotes(text, "\n".join(lines))]
    assert got == [("", "Jane Doe"), ("", "John Roe")]


def test_a_cue_of_saying_joined_by_and_to_the_verb_before_has_the_main_clauses_subject():
    text = (
        "Ferries\n\n"
        "Mayor John Roe spoke on Monday. "
        "He called the fares \u201ctoo high,\u201d and said any \u201cfair rider\u201d would agree.\n"
    )
    at, start = text.index("said"), text.index("any \u201cfair")
    end = text.index("\u201d", start) + 1
    ann = f"T1\tContent {start} {end}\t{text[start:end]}\nT2\tCue {at} {at + 4}\tsaid\n"
    ann += "E1\tAttribution:T9 Content:T1 Cue:T2\n"
    assert [(q.text, q.speaker) for q in gold_quotes(text, ann)] == [("fair rider", "John Roe")]


def test_words_brought_in_as_comments_from_a_named_person_are_that_persons():
    text = (
        "Ferries\n\n"
        "The memo contradicts comments from former Secretary of Transport Jane Doe that "
        "\u201cno ferry was late.\u201d\n"
    )
    start = text.index("The memo")
    end = text.index("\u201d") + 1
    ann = f"T1\tContent {start} {end}\t{text[start:end]}\nE1\tAttribution:T9 Content:T1\n"
    assert [(q.source, q.speaker) for q in gold_quotes(text, ann)] == [("", "Jane Doe")]


def test_a_name_after_a_or_an_and_before_a_noun_modifies_it_and_is_no_ones_subject():
    text = (
        "Ferries\n\n"
        "Mr. John Roe came to town. Gov. Bob Lee spoke at the pier. "
        "As we walked past the docks, a 1930s-era Art Deco ferry terminal and old bars, Roe defended his plan.\n\n"
        "\u201cWe will build it,\u201d he said. Mr. Roe praised a claim Lee made.\n"
    )
    assert pronoun_gold(text, "he said", "We") == [("he", "John Roe")]

    def modifies(words: str, name: str) -> bool:
        return modifies_a_noun(words, Mention(words.index(name), words.index(name) + len(name), 0, ""))

    assert modifies("He met an Abe Lee impersonator.", "Abe Lee")
    assert not modifies("He praised a claim Abe Lee made.", "Abe Lee")
    assert not modifies("He met a worker named Abe Lee today.", "Abe Lee")


def test_a_place_of_two_words_ending_a_name_run_is_no_part_of_the_name():
    from bench.polnear import quoted_passages
    from bench.referents import read_story

    text = "Ferries\n\nSupporters gathered at the Jane Doe South Carolina victory party. Mr. John F. Kerry came too.\n"
    names = [p.name for p in read_story(text, quoted_passages(text), []).people]
    assert names == ["Jane Doe", "John F. Kerry"]


def test_a_name_after_a_description_and_is_or_was_is_the_clauses_subject():
    text = (
        "Ferries\n\n"
        "Gov. Bob Lee backed the plan. "
        "The new congressman is Rep. John Roe, who won fame when he yelled \u201cSail on!\u201d at a rally.\n"
    )
    assert pronoun_gold(text, "he yelled", "Sail") == [("he", "John Roe")]


def test_a_name_whose_appositive_says_it_is_a_person_is_a_person_though_no_list_knows_its_first_name():
    from bench.polnear import quoted_passages
    from bench.referents import read_story

    text = (
        "Ferries\n\n"
        "Mr. John Roe spoke. He was joined by Xyla Quorn, president of the Salemport Riders. "
        "Bayline Ferries, a ferry operator, agreed. Zorvek Tand, a Democratic strategist, did not.\n"
    )
    names = [p.name for p in read_story(text, quoted_passages(text), []).people]
    assert names == ["John Roe", "Xyla Quorn", "Zorvek Tand"]


def test_a_name_a_verb_of_arguing_follows_is_whom_a_he_after_it_means():
    text = (
        "Ferries\n\n"
        "Mr. John Roe backs Gov. Bob Lee. Lee is not only right, he is also the ablest one Roe argues.\n\n"
        "\u201cLee is our best sailor,\u201d he says.\n"
    )
    assert pronoun_gold(text, "he says", "Lee") == [("he", "John Roe")]


def test_a_cue_with_no_source_after_his_or_her_and_a_plural_is_that_group():
    from bench.speaker_match import speaker_matches

    text = "Rally\n\nScreens showed Mayor John Roe's party, where his supporters were shown chanting \u201cRoe!\u201d\n"
    cue, start = text.index("were shown"), text.index("\u201cRoe!")
    end = text.index("\u201d", start) + 1
    ann = f"T1\tContent {start} {end}\t{text[start:end]}\nT2\tCue {cue} {cue + 10}\twere shown\n"
    ann += "E1\tAttribution:T9 Content:T1 Cue:T2\n"
    quotes = gold_quotes(text, ann)
    assert [(q.source, q.speaker) for q in quotes] == [("", "his supporters")]
    assert speaker_matches("Unnamed supporters", quotes[0]) and not speaker_matches("John Roe", quotes[0])


def test_a_name_given_an_age_is_a_person_a_he_can_mean_though_its_gender_is_in_doubt():
    text = (
        "Rally\n\n"
        "Sen. Bob Lee spoke to the crowd. One voter, Robin Quorn, 35, came in a red cap. "
        "He had waited all night.\n\n"
        "\u201cI like the plan,\u201d he said.\n"
    )
    assert pronoun_gold(text, "he said", "I like") == [("he", "Robin Quorn")]


def test_a_name_with_a_particle_is_one_name():
    text = (
        "Ferries\n\n"
        "Gov. Bob Lee spoke first. \u201cWe are on time,\u201d said Marco de la Quorn, a strategist.\n\n"
        "\u201cLater would be worse,\u201d he added.\n"
    )
    assert pronoun_gold(text, "he added", "Later") == [("he", "Marco de la Quorn")]


def test_one_word_no_first_name_list_knows_followed_by_who_is_a_person_known_by_one_name():
    text = (
        "Awards\n\n"
        "Two singers, Ms. Ann Lee and Zorvana, won awards. In her speech, Lee thanked the crowd.\n\n"
        "Meanwhile Zorvana, who won the top award, spoke about ferries. \u201cLove the sea,\u201d she said.\n"
    )
    assert pronoun_gold(text, "she said", "Love") == [("she", "Zorvana")]


def test_a_name_a_predicate_calls_a_person_is_a_person_a_she_can_mean():
    text = (
        "Ferries\n\n"
        "Mr. John Roe founded the club. Zadie Quorn is listed as the chairman of Riders for Roe. "
        "Recently she wrote on her page, \u201cAll aboard!\u201d\n"
    )
    assert pronoun_gold(text, "she wrote", "All") == [("she", "Zadie Quorn")]


def test_a_headline_in_capitals_whose_item_names_no_speaker_gives_the_words_to_the_outlet_it_credits():
    text = (
        "Morning digest\n\n"
        "FERRY FARES RISE IN SALEMPORT \u201cThe new fares start in May and hit commuters hardest.\u201d "
        "Read more tonight. [Harbor Times.]\n\n"
        "BAYLINE ADDS A ROUTE \u201cThe boats will run every hour.\u201d\n"
    )
    got = speakers(
        text,
        [
            ("FERRY FARES RISE IN SALEMPORT", "\u201cThe new fares start in May and hit commuters hardest.\u201d"),
            ("BAYLINE ADDS A ROUTE", "\u201cThe boats will run every hour.\u201d"),
        ],
    )
    assert got == [("FERRY FARES RISE IN SALEMPORT", "Harbor Times"), ("BAYLINE ADDS A ROUTE", "")]

"""bench/polnear.py on a made-up article in PolNeAR's layout: which passages are gold quotations, and whose."""

from __future__ import annotations

from bench.polnear import GoldQuote, read_split
from bench.speaker_match import speaker_matches

TEXT = (
    "Council delays bridge vote\n\n"
    "Mayor Dana Reyes said the city \u201ccannot afford it this year.\u201d\n\n"
    "\u201cWe will find the money,\u201d she said. The so-called \u201cbridge fund\u201d is empty.\n\n"
    "A council aide said the vote was \u201crushed.\n"
)


def span(text: str, part: str) -> str:
    start = TEXT.index(part)
    return f"{start} {start + len(part)}\t{part}"


ANN = "\n".join(
    [
        "T1\tSource " + span(TEXT, "Mayor Dana Reyes"),
        "T2\tContent " + span(TEXT, "the city \u201ccannot afford it this year.\u201d"),
        "E1\tAttribution:T9 Content:T2 Source:T1",
        "T3\tSource " + span(TEXT, "she"),
        "T4\tContent " + span(TEXT, "\u201cWe will find the money,\u201d"),
        "E2\tAttribution:T9 Content:T4 Source:T3",
        "T5\tSource " + span(TEXT, "A council aide"),
        "T6\tContent " + span(TEXT, "the vote was \u201crushed."),
        "E3\tAttribution:T9 Content:T6 Source:T5",
    ]
)


def write_corpus(root):
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir(parents=True)
    (root / "metadata.tsv").write_text(
        "compartment\tfilename\tpublisher\tpublication_date\ndev\tsample\texample-post\t2016-05-01\n", encoding="utf-8"
    )
    (root / "dev" / "text" / "sample.txt").write_text(TEXT, encoding="utf-8")
    (root / "dev" / "attributions" / "sample_ab12.ann").write_text(ANN + "\n", encoding="utf-8")


def test_gold_quotations_are_the_quoted_words_of_attributions_with_pronouns_resolved(tmp_path):
    write_corpus(tmp_path)
    (article,) = read_split(tmp_path, "dev")
    assert (article.publisher, article.date) == ("example-post", "2016-05-01")
    got = [(q.text, q.source, q.speaker) for q in article.quotes]
    assert got == [
        ("cannot afford it this year.", "Mayor Dana Reyes", "Mayor Dana Reyes"),
        ("We will find the money,", "she", "Dana Reyes"),
        ("rushed.", "A council aide", "A council aide"),
    ]  # the scare quote "bridge fund" is in no attribution; an open quote runs to the paragraph's end


def test_a_drafted_speaker_names_the_gold_one_by_its_last_word():
    reyes = GoldQuote("We will find the money", 0, "she", "Mayor Dana Reyes")
    assert speaker_matches("Dana Reyes", reyes)
    assert not speaker_matches("Dana Smith", reyes)
    assert not speaker_matches("Unattributed (the story does not say whose words these are)", reyes)
    aide = GoldQuote("rushed.", 0, "A council aide", "A council aide")
    assert speaker_matches("Unnamed council aide", aide)
    assert speaker_matches("Unattributed (no speaker)", GoldQuote("x", 0, "", ""))


def test_two_apostrophes_mark_a_quotation_as_double_marks_do():
    from bench.polnear import quoted_passages

    text = "''We are ready,'' the mayor said. She called it ''a fair deal.'' It isn't.\n"
    assert [text[s:e] for s, e in quoted_passages(text)] == ["We are ready,", "a fair deal."]


def test_a_description_as_source_resolves_to_the_named_person_with_that_title():
    from bench.source_reading import needs_resolving

    text = "Gov. Ana Ruiz spoke. Later the state's governor said \u201cwe are done.\u201d\n"

    def at(part: str) -> str:
        start = text.index(part)
        return f"{start} {start + len(part)}\t{part}"

    ann = "\n".join(
        [
            "T1\tSource " + at("Gov. Ana Ruiz"),
            "T2\tContent " + at("spoke."),
            "E1\tAttribution:T9 Content:T2 Source:T1",
            "T3\tSource " + at("the state's governor"),
            "T4\tContent " + at("\u201cwe are done.\u201d"),
            "E2\tAttribution:T9 Content:T4 Source:T3",
        ]
    )
    assert needs_resolving("the New Jersey governor") and not needs_resolving("The Washington Post")
    from bench.polnear import gold_quotes

    (quote,) = gold_quotes(text, ann)
    assert (quote.source, quote.speaker) == ("the state's governor", "Ana Ruiz")


def test_a_generational_suffix_or_a_family_name_first_still_names_the_source():
    biden = GoldQuote("x", 0, "Mr. Biden", "Mr. Biden")
    assert speaker_matches("Joseph R. Biden Jr.", biden)
    lou = GoldQuote("x", 0, "Mr. Lou", "Mr. Lou")
    assert speaker_matches("Lou Jiwei", lou)
    assert not speaker_matches("Wang Yi", lou)


def test_a_place_or_group_from_the_description_of_a_named_source_is_not_that_person():
    pollster = GoldQuote("x", 0, "Dana Reyes of Dayton, Ohio", "Dana Reyes of Dayton, Ohio")
    assert not speaker_matches("Ohio", pollster)
    assert speaker_matches("Dana Reyes", pollster)
    chair = GoldQuote(
        "x", 0, "Dana Reyes, who chairs Citizens for Acme PAC", "Dana Reyes, who chairs Citizens for Acme PAC"
    )
    assert not speaker_matches("Acme PAC", chair)
    assert speaker_matches("Reyes", chair)
    # a description the ruler resolved to a person, named by the drafter as annotated, is not judged so
    suit = GoldQuote("x", 0, "the lawsuit", "Dana Reyes, a plaintiff in the lawsuit")
    assert speaker_matches("Unnamed lawsuit", suit)


def test_a_family_name_with_another_first_name_is_another_person():
    wife = GoldQuote("x", 0, "she", "Dana Reyes")
    assert not speaker_matches("Robert Reyes", wife)
    assert speaker_matches("Dana M. Reyes", wife)
    assert speaker_matches("Reyes", wife)
    assert speaker_matches("Robert Reyes", GoldQuote("x", 0, "Mr. Reyes", "Mr. Reyes"))


def test_a_surname_particle_capitalised_as_a_sentence_opens_is_no_first_name():
    luca = GoldQuote("x", 0, "De Luca", "De Luca")
    assert speaker_matches("Marta de Luca", luca)
    assert speaker_matches("Marta de Luca", GoldQuote("x", 0, "Mr. De Luca", "Mr. De Luca"))
    assert not speaker_matches("Robert Luca", GoldQuote("x", 0, "Dana Luca", "Dana Luca"))
    assert not speaker_matches("Al Brandt", GoldQuote("x", 0, "Dana Brandt", "Dana Brandt"))  # "Al" is a given name


def test_the_owner_does_not_name_the_person_a_possessive_source_means():
    spokeswoman = GoldQuote("x", 0, "Reyes's spokeswoman", "Reyes's spokeswoman")
    assert not speaker_matches("Dana Reyes", spokeswoman)
    assert speaker_matches("Unnamed spokeswoman for Dana Reyes", spokeswoman)
    assert not speaker_matches(
        "Dana Reyes", GoldQuote("x", 0, "Reyes\u2019 defense counsel", "Reyes\u2019 defense counsel")
    )
    assert speaker_matches("Dana Reyes", GoldQuote("x", 0, "Reyes's office", "Reyes's office"))  # a body stays hers


def test_a_word_of_a_source_that_names_a_person_is_not_that_person():
    def source(words: str) -> GoldQuote:
        return GoldQuote("x", 0, words, words)

    ally = source("Acme ally Dana Quill")
    assert not speaker_matches("Robert Acme", ally)
    assert speaker_matches("Dana Quill", ally)
    officer = source("Air Force 1st Lt. Dana Quill")
    assert not speaker_matches("Air Force", officer)
    assert speaker_matches("Quill", officer)
    # one named after a preposition is not the source
    assert not speaker_matches("Robert Zorvan", source("Acme spokeswoman Dana Quill, a cousin of Robert Zorvan"))
    assert speaker_matches("Dana-Marie Zorvan", source("Dana-Marie Zorvan and Robert Quill"))  # either of two
    assert speaker_matches("Ann Quill", source("Quill, a Sylvia Heights resident"))  # a name before a noun: a place
    assert speaker_matches("Acme supporters", source("Acme supporters and the Sylvia Park Club"))  # a body
    assert speaker_matches("Unnamed man", source("a man calling himself Robert Quill"))  # the description as written


def test_a_possessive_written_with_a_bare_apostrophe_names_its_owner():
    campaign = GoldQuote("x", 0, "Reynolds\u2019 campaign", "Reynolds\u2019 campaign")
    assert speaker_matches("Dana Reynolds", campaign)
    assert speaker_matches("Dana Reynolds", GoldQuote("x", 0, "Reynolds' words", "Reynolds' words"))
    assert not speaker_matches("Dana Reyes", campaign)


def annotate(text: str, attributions: list[tuple[str, str]]) -> str:
    """brat lines for (source, content) pairs, each the first occurrence of its words in the text."""
    import re

    def at(part: str) -> str:
        start = re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text).start()
        return f"{start} {start + len(part)}\t{part}"

    lines = []
    for n, (source, content) in enumerate(attributions):
        lines += [f"T{2 * n + 1}\tSource " + at(source), f"T{2 * n + 2}\tContent " + at(content)]
        lines.append(f"E{n + 1}\tAttribution:T99 Content:T{2 * n + 2} Source:T{2 * n + 1}")
    return "\n".join(lines)


def speakers(text: str, attributions: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from bench.polnear import gold_quotes

    return [(q.source, q.speaker) for q in gold_quotes(text, annotate(text, attributions))]


def test_a_pronoun_agrees_in_gender_and_may_mean_someone_no_attribution_names():
    text = (
        "Budget talks stall\n\n"
        "Ms. Ana Ruiz, the treasurer, met Gov. Tom Hale on Monday. "
        "Mr. Hale said the state \u201cwill not pay.\u201d\n\n"
        "\u201cThen the city will,\u201d she said.\n\n"
        "Paul Stone, a retired judge, watched the talks. \u201cNobody listens,\u201d he said.\n"
    )
    got = speakers(
        text,
        [
            ("Mr. Hale", "the state \u201cwill not pay.\u201d"),
            ("she", "\u201cThen the city will,\u201d"),
            ("he", "\u201cNobody listens,\u201d"),
        ],
    )
    # the nearest annotated name is Mr. Hale both times: a woman's words are not his, and Paul Stone,
    # whom no attribution names, is the one who has just been named
    assert got == [("Mr. Hale", "Mr. Hale"), ("she", "Ana Ruiz"), ("he", "Paul Stone")]


def test_a_pronoun_means_the_subject_before_it_not_the_last_name_read():
    text = (
        "Aide quits\n\n"
        "Sam Ortiz, the mayor's spokesman, said Lee Park had resigned on Friday. "
        "\u201cIt was time,\u201d he said. Nina Cole, who chairs the board, called it \u201ca loss.\u201d\n"
    )
    got = speakers(text, [("he", "\u201cIt was time,\u201d"), ("who", "\u201ca loss.\u201d")])
    assert got == [("he", "Sam Ortiz"), ("who", "Nina Cole")]


def test_a_title_or_a_company_means_the_last_one_the_story_named_so():
    text = (
        "Contract fight\n\n"
        "Gov. Tom Hale met Ana Ruiz, the city's lawyer, on Monday. Acme Corp. sued the city the next day. "
        "\u201cThe contract is void,\u201d the company said. "
        "Later the governor told reporters \u201cthe talks are over.\u201d\n"
    )
    got = speakers(
        text,
        [("the company", "\u201cThe contract is void,\u201d"), ("the governor", "\u201cthe talks are over.\u201d")],
    )
    assert got == [("the company", "Acme Corp."), ("the governor", "Tom Hale")]


def test_an_institution_is_one_the_story_names_not_a_place_or_a_capital_opening_a_sentence():
    text = (
        "Vote delayed\n\n"
        "Regarding the plan, Ohio officials and the Dale City Council met. "
        "The council said it was \u201cready to vote.\u201d\n\n"
        "In Ohio, Korvo cut jobs. The company said it would \u201chire again.\u201d\n"
    )
    council, company = "it was \u201cready to vote.\u201d", "it would \u201chire again.\u201d"
    got = speakers(text, [("The council", council), ("The company", company)])
    assert got == [("The council", "Dale City Council"), ("The company", "Korvo")]


def test_her_campaign_is_the_campaign_of_whom_her_means():
    text = "Race tightens\n\nMs. Ana Ruiz toured the state. Her campaign said she was \u201cfeeling strong.\u201d\n"
    got = speakers(text, [("Her campaign", "she was \u201cfeeling strong.\u201d")])
    assert got == [("Her campaign", "Ana Ruiz's campaign")]


def test_it_means_a_body_the_story_names_never_a_person():
    text = "Plan opposed\n\nMr. Tom Hale said the letter was \u201cunfair.\u201d \u201cWe object,\u201d it said.\n"
    got = speakers(text, [("Mr. Tom Hale", "the letter was \u201cunfair.\u201d"), ("it", "\u201cWe object,\u201d")])
    assert got == [("Mr. Tom Hale", "Mr. Tom Hale"), ("it", "it")]
    text = "Plan opposed\n\nThe Harbor Trust sent a note. \u201cWe object,\u201d it said.\n"
    got = speakers(text, [("The Harbor Trust", "sent a note."), ("it", "\u201cWe object,\u201d")])
    assert got == [("it", "The Harbor Trust")]


def test_a_crowd_or_someone_brought_in_unnamed_stands_but_a_statement_is_its_authors():
    text = (
        "Rally\n\n"
        "Gov. Tom Hale spoke first. \u201cFour more years,\u201d the crowd chanted.\n\n"
        "Ms. Ana Ruiz and her husband, Paul, were greeted by an organizer at the office. "
        "\u201cYou will help,\u201d the organizer told them.\n\n"
        "Gov. Tom Hale released a statement. \u201cWe will rebuild,\u201d the statement said.\n"
    )
    got = speakers(
        text,
        [
            ("the crowd", "\u201cFour more years,\u201d"),
            ("the organizer", "\u201cYou will help,\u201d"),
            ("the statement", "\u201cWe will rebuild,\u201d"),
        ],
    )
    assert got == [("the crowd", "the crowd"), ("the organizer", "the organizer"), ("the statement", "Tom Hale")]


def test_he_means_who_said_it_not_the_name_after_said():
    text = (
        "Budget fight\n\n"
        "Mr. Paul Stone, who chairs the panel, said Mr. Tom Hale had misled the board. "
        "\u201cIt was a bad deal,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cIt was a bad deal,\u201d")]) == [("he", "Paul Stone")]


def test_a_pronoun_after_as_for_a_name_means_that_name():
    from bench.polnear import gold_quotes

    text = (
        "Debate\n\n"
        "Mr. Tom Hale warned of a long fight. As for Paul Stone, he said he was calm. "
        "\u201cWe will win,\u201d he said.\n"
    )
    quote, source = text.index("\u201cWe"), text.rindex("he said")
    ann = "\n".join(
        [
            f"T1\tSource {source} {source + 2}\the",
            f"T2\tContent {quote} {quote + 15}\t\u201cWe will win,\u201d",
            "E1\tAttribution:T9 Content:T2 Source:T1",
        ]
    )
    assert [(q.source, q.speaker) for q in gold_quotes(text, ann)] == [("he", "Paul Stone")]


def test_a_plural_description_stands_for_a_body_of_people():
    text = "Rally\n\nGov. Tom Hale spoke first. \u201cNo more taxes,\u201d the protesters shouted.\n"
    got = speakers(text, [("Gov. Tom Hale", "spoke first."), ("the protesters", "\u201cNo more taxes,\u201d")])
    assert got == [("the protesters", "the protesters")]


def test_a_plural_in_men_stands_for_a_body_of_people():
    text = (
        "Inquiry\n\nChairman Tom Hale and Chairman Bo Vance wrote to Director Ann Pike. She answered. "
        "\u201cWe want the files,\u201d the committee chairmen wrote.\n"
    )
    attributions = [("Director Ann Pike", "answered."), ("the committee chairmen", "\u201cWe want the files,\u201d")]
    assert speakers(text, attributions) == [("the committee chairmen", "the committee chairmen")]


def test_a_dash_after_a_name_ends_it():
    text = (
        "Mailers\n\n"
        "Walter Brisk IV\u2014a shipping heir\u2014paid for the mailers. Gov. Tom Hale called them unfair. "
        "Brisk disagreed. \u201cI am proud of them,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cI am proud of them,\u201d")]) == [("he", "Walter Brisk IV")]


def test_he_or_she_never_means_a_poll_or_a_body():
    text = (
        "Turnout\n\n"
        "A new Civic Pulse poll found \u201cwide support.\u201d Quennet Okafor voted early. "
        "\u201cIt was easy,\u201d she said.\n"
    )
    got = speakers(text, [("A new Civic Pulse poll", "\u201cwide support.\u201d"), ("she", "\u201cIt was easy,\u201d")])
    assert got == [("A new Civic Pulse poll", "A new Civic Pulse poll"), ("she", "she")]


def test_a_name_with_an_age_or_written_as_a_source_is_a_person():
    text = (
        "Turnout\n\n"
        "Gov. Tom Hale praised the count. Quennet Okafor, 34, a nurse, voted early. "
        "\u201cIt was easy,\u201d she said.\n\n"
        "Mr. Paul Stone gave money. So did Xandru Tolliver, a hotelier. Tolliver said he was \u201cglad to help.\u201d "
        "\u201cWe all should,\u201d he added.\n"
    )
    got = speakers(
        text,
        [
            ("she", "\u201cIt was easy,\u201d"),
            ("Tolliver", "he was \u201cglad to help.\u201d"),
            ("he", "\u201cWe all should,\u201d"),
        ],
    )
    assert got == [("she", "Quennet Okafor"), ("Tolliver", "Tolliver"), ("he", "Xandru Tolliver")]


def test_who_means_the_name_before_it_known_or_not():
    text = "Posts\n\nMr. Paul Stone shared a post from Quennet Okafor who wrote \u201cvote early.\u201d\n"
    assert speakers(text, [("who", "\u201cvote early.\u201d")]) == [("who", "Quennet Okafor")]
    text = "Posts\n\nCritics such as Sen. Tom Hale of Ohio, who spoke on Monday, called it \u201ca mess.\u201d\n"
    assert speakers(text, [("who", "\u201ca mess.\u201d")]) == [("who", "Tom Hale")]


def test_a_name_after_but_is_its_own_clause_subject_and_a_verb_is_no_name_modifier():
    text = (
        "Debate\n\n"
        "Mr. Paul Stone spoke first. The moderators wanted to move on, but Gov. Tom Hale was not done. "
        "\u201cLet me finish,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cLet me finish,\u201d")]) == [("he", "Tom Hale")]
    text = (
        "Debate\n\nRepeating his old line, Mr. Paul Stone mocked Mr. Tom Hale's plan. "
        "\u201cIt is a fantasy,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cIt is a fantasy,\u201d")]) == [("he", "Paul Stone")]


def test_said_a_name_after_a_description_subject_is_that_name_and_a_surname_with_an_age_is_a_person():
    text = (
        "Poll\n\n"
        "Gov. Tom Hale announced the plan. The plan appeals to voters who feel left out, said Mr. Paul Stone, "
        "a pollster. \u201cThey want change,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cThey want change,\u201d")]) == [("he", "Paul Stone")]
    text = "Poll\n\nGov. Tom Hale spoke first. Quarnby, 47, came to listen. \u201cI liked it,\u201d he said.\n"
    assert speakers(text, [("he", "\u201cI liked it,\u201d")]) == [("he", "Quarnby")]


def test_a_name_in_the_reporting_tag_closing_a_sentence_is_its_speaker():
    from bench.polnear import gold_quotes

    text = (
        "Race\n\n"
        "Gov. Tom Hale leads the race. The lead could grow in the spring, when he is expected to win Ohio, "
        "Mr. Paul Stone said. \u201cHe has a plan,\u201d he said.\n"
    )
    quote, source = text.index("\u201cHe"), text.rindex("he said")
    ann = "\n".join(
        [
            f"T1\tSource {source} {source + 2}\the",
            f"T2\tContent {quote} {quote + 17}\t\u201cHe has a plan,\u201d",
            "E1\tAttribution:T9 Content:T2 Source:T1",
        ]
    )
    assert [(q.source, q.speaker) for q in gold_quotes(text, ann)] == [("he", "Paul Stone")]
    text = (
        "Race\n\n"
        "Ms. Ana Ruiz spoke first. The Ruiz plan is popular, said Ms. Nina Cole, a pollster. "
        "\u201cIt will pass,\u201d she said.\n"
    )
    assert speakers(text, [("she", "\u201cIt will pass,\u201d")]) == [("she", "Nina Cole")]


def test_a_name_after_a_description_that_is_no_person_is_the_subject_of_the_clause():
    text = (
        "Debate\n\n"
        "Gov. Tom Hale spoke first. The anger grew so loud that Mr. Paul Stone was asked about it. "
        "\u201cI hope not,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cI hope not,\u201d")]) == [("he", "Paul Stone")]
    text = "Debate\n\nGov. Tom Hale spoke first. The Stone campaign answered him. \u201cWe won,\u201d he said.\n"
    assert speakers(text, [("he", "\u201cWe won,\u201d")]) == [("he", "Tom Hale")]


def test_a_verb_of_saying_marked_as_the_source_means_the_name_after_it():
    import re

    from bench.polnear import gold_quotes

    text = (
        "Turnout\n\n"
        "\u201cWe came early,\u201d said Quennet Okafor of Dale. \u201cIt was easy,\u201d said Sen. J. Hale.\n\n"
        "\u201cToo slow,\u201d said Stone. The line moved.\n"
    )
    lines = []
    for n, (quote, said) in enumerate(
        zip(re.finditer("\u201c[^\u201d]*\u201d", text), re.finditer("said", text), strict=True)
    ):
        lines += [f"T{2 * n + 1}\tSource {said.start()} {said.end()}\tsaid"]
        lines += [f"T{2 * n + 2}\tContent {quote.start()} {quote.end()}\t{quote.group()}"]
        lines += [f"E{n + 1}\tAttribution:T99 Content:T{2 * n + 2} Source:T{2 * n + 1}"]
    got = [(q.source, q.speaker) for q in gold_quotes(text, "\n".join(lines))]
    assert got == [("said", "Quennet Okafor"), ("said", "Sen. J. Hale"), ("said", "Stone")]


def test_words_a_source_reports_are_theirs_whom_the_reporting_clause_names():
    text = (
        "Plant\n\n"
        "Gov. Tom Hale toured the plant. "
        "According to a pool report, he told workers \u201cthe jobs will stay.\u201d\n\n"
        "\u201cWe will win,\u201d Ms. Ana Ruiz said, according to the Dale Herald. \u201cCount on it.\u201d\n\n"
        "According to the Kell Courier, turnout was \u201cthe highest in years.\u201d\n"
    )
    got = speakers(
        text,
        [
            ("a pool report", "he told workers \u201cthe jobs will stay.\u201d"),
            (
                "the Dale Herald",
                "\u201cWe will win,\u201d Ms. Ana Ruiz said, according to the Dale Herald. \u201cCount on it.\u201d",
            ),
            ("the Kell Courier", "turnout was \u201cthe highest in years.\u201d"),
        ],
    )
    assert got == [
        ("a pool report", "Tom Hale"),
        ("the Dale Herald", "Ms. Ana Ruiz"),
        ("the Dale Herald", "Ms. Ana Ruiz"),
        ("the Kell Courier", "the Kell Courier"),
    ]


def test_a_description_in_the_reporting_clause_of_reported_words_means_whom_it_names():
    text = (
        "Budget\n\n"
        "Mayor Ana Ruiz met the council on Monday. "
        "\u201cWe are ready,\u201d the mayor told reporters, according to the Kell Courier.\n"
    )
    content = "\u201cWe are ready,\u201d the mayor told reporters"
    assert speakers(text, [("the Kell Courier", content)]) == [("the Kell Courier", "Ana Ruiz")]


def test_a_he_never_falls_back_to_a_first_name_given_only_to_women():
    text = (
        "Repairs lag\n\n"
        "Margaret blamed the council for the \u201cslow repairs.\u201d\n\n"
        "\u201cThe council failed the town,\u201d he wrote.\n"
    )
    got = speakers(
        text,
        [
            ("Margaret", "the council for the \u201cslow repairs.\u201d"),
            ("he", "\u201cThe council failed the town,\u201d"),
        ],
    )
    assert got == [("Margaret", "Margaret"), ("he", "he")]  # no man is named: the "he" stands as written


def test_a_verb_of_saying_marked_as_the_source_after_a_name_means_that_name():
    text = (
        "Turnout\n\n"
        "\u201cWe came early,\u201d Quennet Okafor said in a statement. \u201cWho counts?\u201d Stone asked.\n"
    )
    got = speakers(text, [("said in a statement", "\u201cWe came early,\u201d"), ("asked", "\u201cWho counts?\u201d")])
    assert got == [("said in a statement", "Quennet Okafor"), ("asked", "Stone")]


def test_words_inside_a_quotation_before_a_name_tell_nothing_of_its_gender():
    text = (
        "Debate\n\n"
        "Paul Stone spoke first. Tom Hale answered him. \u201cShe plays the woman card,\u201d Hale said. "
        "On \u2018the woman card,\u2019 Hale was firm. On 'my wife,' Hale was firm too.\n\n"
        "\u201cWe won,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cWe won,\u201d")]) == [("he", "Tom Hale")]


def test_initials_written_together_open_a_name():
    text = (
        "Plan\n\n"
        "Mr. Paul Stone backed the plan. "
        "\u201cIt will not hold,\u201d said K.T. Osei, a fellow at the Dale Institute. "
        "He added that the plan was \u201ca mess.\u201d\n"
    )
    got = speakers(text, [("K.T. Osei", "\u201cIt will not hold,\u201d"), ("He", "\u201ca mess.\u201d")])
    assert got == [("K.T. Osei", "K.T. Osei"), ("He", "K.T. Osei")]


def test_the_person_means_the_source_the_story_keeps_unnamed():
    text = (
        "Talks\n\n"
        "Ms. Ana Ruiz led the talks. \u201cWe are close,\u201d said a longtime aide to the mayor. "
        "\u201cIt will take a week,\u201d the person added.\n"
    )
    got = speakers(
        text,
        [
            ("a longtime aide to the mayor", "\u201cWe are close,\u201d"),
            ("the person", "\u201cIt will take a week,\u201d"),
        ],
    )
    assert got == [
        ("a longtime aide to the mayor", "a longtime aide to the mayor"),
        ("the person", "a longtime aide to the mayor"),
    ]


def test_a_description_joining_two_roles_means_whom_the_story_last_gave_either():
    text = (
        "Race\n\n"
        "Mr. Tom Hale, the presidential candidate, spoke first. Sen. Ana Ruiz spoke next. "
        "\u201cWe will win,\u201d the Ohio senator and presidential candidate said.\n"
    )
    source = "the Ohio senator and presidential candidate"
    assert speakers(text, [(source, "\u201cWe will win,\u201d")]) == [(source, "Ana Ruiz")]


def test_a_name_and_its_initials_name_each_other():
    memo = GoldQuote("x", 0, "A 2015 DWB memo", "A 2015 DWB memo")
    assert speaker_matches("Dale Water Board", memo)
    assert speaker_matches("D.W.B.", GoldQuote("x", 0, "the Dale Water Board", "the Dale Water Board"))
    assert not speaker_matches("Dana Reyes", memo)


def test_a_role_written_right_before_a_name_is_its_title_not_a_description_subject():
    text = (
        "Column\n\n"
        "Mr. Paul Stone spoke on Monday. The Dale Herald columnist Ann Lee wrote that he was wrong. "
        "\u201cHe is wrong,\u201d she wrote.\n"
    )
    assert speakers(text, [("she", "\u201cHe is wrong,\u201d")]) == [("she", "Ann Lee")]


def test_a_he_or_she_after_an_unnamed_man_or_woman_as_subject_means_that_one():
    text = (
        "Fines\n\n"
        "Ms. Ana Ruiz, the judge, spoke on Monday. A 40-year-old Dale woman was fined after she posted a threat. "
        "\u201cLeave now!\u201d she wrote.\n"
    )
    assert speakers(text, [("she", "\u201cLeave now!\u201d")]) == [("she", "A 40-year-old Dale woman")]
    text = "Arrest\n\nMr. Tom Hale led the search. The officers questioned a man. \u201cWe let him go,\u201d he said.\n"
    assert speakers(text, [("he", "\u201cWe let him go,\u201d")]) == [("he", "Tom Hale")]


def test_a_name_modifying_a_noun_is_no_ones_subject():
    text = (
        "Plan\n\n"
        "Mr. Tom Hale hired Sam Ortiz in May. But on Thursday, in the Tom Hale release, Sam Ortiz described the plan. "
        "\u201cWe will win,\u201d he vowed.\n"
    )
    assert speakers(text, [("he", "\u201cWe will win,\u201d")]) == [("he", "Sam Ortiz")]
    text = (
        "Vigil\n\nMr. Paul Stone spoke first. Later the Rev. Al Lee spoke to the crowd. \u201cGo home,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cGo home,\u201d")]) == [("he", "Al Lee")]


def test_a_clause_opening_on_soon_after_is_an_introduction():
    text = (
        "Vigil\n\nSoon after the death of Mr. Sam Ortiz in Dale, Mr. Tom Hale spoke: \u201cWe grieve,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cWe grieve,\u201d")]) == [("he", "Tom Hale")]
    text = text.replace("Soon after", "One month after")
    assert speakers(text, [("he", "\u201cWe grieve,\u201d")]) == [("he", "Tom Hale")]


def test_a_writing_means_who_sent_or_issued_it():
    text = (
        "Funds\n\n"
        "Ms. Ana Ruiz spoke on Monday. The Hale campaign sent out a fundraising email on Tuesday. "
        "\u201cGive now,\u201d the email read.\n"
    )
    assert speakers(text, [("the email", "\u201cGive now,\u201d")]) == [("the email", "The Hale campaign")]
    text = (
        "Funds\n\nMr. Tom Hale spoke. On Saturday, his campaign sent an email. \u201cGive now,\u201d the email read.\n"
    )
    assert speakers(text, [("the email", "\u201cGive now,\u201d")]) == [("the email", "Tom Hale's campaign")]
    text = (  # issued by someone: theirs, not the subject's of the sentence before
        "Funds\n\nMr. Tom Hale spoke on Monday. But a statement issued by the Ruiz campaign on Tuesday was brief. "
        "Instead, the statement talked of \u201cthe voters.\u201d\n"
    )
    assert speakers(text, [("the statement", "\u201cthe voters.\u201d")]) == [("the statement", "the Ruiz campaign")]


def test_it_after_a_writing_the_story_names_by_its_head_means_that_writing():
    text = (
        "Funds\n\n"
        "The Hale campaign sent an email on Tuesday. \u201cGive now,\u201d the email read. "
        "It said the race was \u201cclose.\u201d\n"
    )
    got = speakers(text, [("the email", "\u201cGive now,\u201d"), ("It", "the race was \u201cclose.\u201d")])
    assert got == [("the email", "The Hale campaign"), ("It", "The Hale campaign")]


def test_the_statement_means_who_said_something_in_a_statement():
    text = (
        "Water\n\n"
        "\u201cWe met twice,\u201d Dale Water Board said in a statement. Ms. Ana Ruiz disagreed.\n\n"
        "\u201cWe will pay,\u201d the statement said.\n"
    )
    assert speakers(text, [("the statement", "\u201cWe will pay,\u201d")]) == [("the statement", "Dale Water Board")]


def test_a_source_the_annotation_starts_inside_a_word_is_taken_from_the_words_start():
    from bench.polnear import gold_quotes

    text = (
        "Roads\n\n"
        "In the May 9 cable, Ms. Ana Ruiz reported that the roads were open. "
        "The cable said the guards were \u201ctoo few.\u201d\n"
    )
    source, content = text.index("The cable") + 1, text.index("the guards")
    ann = "\n".join(
        [
            f"T1\tSource {source} {source + len('he cable')}\the cable",
            f"T2\tContent {content} {len(text) - 1}\t{text[content:-1]}",
            "E1\tAttribution:T9 Content:T2 Source:T1",
        ]
    )
    assert [(q.source, q.speaker) for q in gold_quotes(text, ann)] == [("The cable", "Ana Ruiz")]


def test_words_according_to_a_recording_an_outlet_provided_are_the_speakers_the_clause_names():
    text = (
        "Tests\n\n"
        "\u201cThe tests are too many,\u201d Ann Lee said Monday in Dale, "
        "according to audio provided by the Dale Sun.\n"
    )
    quote = "\u201cThe tests are too many,\u201d Ann Lee said Monday in Dale"
    assert speakers(text, [("the Dale Sun", quote)]) == [("the Dale Sun", "Ann Lee")]


def test_a_first_name_mis_decoded_on_the_page_is_still_a_first_name():
    text = (
        "Talks\n\n"
        "Mr. Tom Hale spoke first. Later the envoy, Fran\u00c3\u00a7ois Dufour, whispered to reporters. "
        "\u201cWe hope,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cWe hope,\u201d")]) == [("he", "Fran\u00c3\u00a7ois Dufour")]


def test_a_capitalised_word_ending_a_name_is_not_a_title():
    text = (
        "Plan\n\n"
        "The Dale Leader, a weekly, wrote that the plan was \u201cbold.\u201d "
        "Mr. Tom Hale praised the plan in an interview. \u201cIt is good,\u201d the Senate majority leader said.\n"
    )
    got = speakers(
        text,
        [
            ("The Dale Leader, a weekly,", "the plan was \u201cbold.\u201d"),
            ("the Senate majority leader", "\u201cIt is good,\u201d"),
        ],
    )
    assert got[1] == ("the Senate majority leader", "Tom Hale")


def test_a_source_span_cut_inside_a_word_is_read_to_the_word_s_end():
    from bench.polnear import gold_quotes

    text = "Audit\n\n\u201cThe books are fine,\u201d Quennby said.\n"
    start = text.index("Quennby")
    quote = text.index("\u201c")
    ann = (
        f"T1\tSource {start} {start + 4}\tQuen\n"
        f"T2\tContent {quote} {text.index(' Quennby')}\t{text[quote : text.index(' Quennby')]}\n"
        "E1\tAttribution:T9 Content:T2 Source:T1"
    )
    [gold] = gold_quotes(text, ann)
    assert (gold.source, gold.speaker) == ("Quennby", "Quennby")


def test_a_who_after_someone_a_reporting_tag_brings_in_unnamed_is_that_one():
    text = (
        "Talks\n\nMr. Paul Stone met Gov. Tom Hale. \u201cIt went badly,\u201d said one aide familiar with the talks, "
        "who added that the governor was \u201cangry.\u201d\n"
    )
    assert speakers(text, [("who", "\u201cangry.\u201d")]) == [("who", "one aide familiar with the talks")]


def test_his_response_or_her_statement_is_the_words_of_whom_the_pronoun_means():
    text = (
        "Dispute\n\nWhen Gov. Tom Hale was asked about the feud, his response was that it was \u201cover.\u201d "
        "Ms. Ana Ruiz spoke next. Her statement called the plan \u201ca mess.\u201d\n"
    )
    got = speakers(text, [("his response", "\u201cover.\u201d"), ("Her statement", "\u201ca mess.\u201d")])
    assert got == [("his response", "Tom Hale"), ("Her statement", "Ana Ruiz")]


def test_a_name_in_an_opening_phrase_is_not_the_subject_when_the_main_clause_opens_on_a_description():
    text = (
        "Address\n\nGov. Tom Hale spoke on Monday. "
        "Speaking to Mr. Paul Stone at the hall, the governor called the budget fair. "
        "He said voters would \u201csee the results.\u201d\n"
    )
    assert speakers(text, [("He", "\u201csee the results.\u201d")]) == [("He", "Tom Hale")]
    # a clause opening the sentence may hold whom the description and the pronoun after it mean
    text = (
        "Address\n\nMs. Ana Ruiz spoke first. When Gov. Tom Hale was asked, the governor called the budget fair. "
        "He said voters would \u201csee the results.\u201d\n"
    )
    assert speakers(text, [("He", "\u201csee the results.\u201d")]) == [("He", "Tom Hale")]


def test_the_newspaper_or_the_editorial_board_is_the_news_organisation_last_named():
    text = (
        "Guns\n\nThe Ridgefield Gazette says the Acme Rifle League blocks every bill. "
        "According to the newspaper, the league \u201cwrites the laws.\u201d "
        "The Acme Rifle League disagreed, and the editorial board wrote that it was \u201cwrong again.\u201d\n"
    )
    got = speakers(
        text, [("the newspaper", "\u201cwrites the laws.\u201d"), ("the editorial board", "\u201cwrong again.\u201d")]
    )
    assert got == [("the newspaper", "Ridgefield Gazette"), ("the editorial board", "Ridgefield Gazette")]


def test_the_role_of_someone_brought_in_unnamed_three_sentences_before_stays_unnamed():
    text = (
        "Pay\n\nAs Gov. Tom Hale spoke, a clerk at the county office watched. The worker of ten years said "
        "the pay was low. So she found a second job. \u201cIt is hard,\u201d said the clerk.\n"
    )
    assert speakers(text, [("the clerk", "\u201cIt is hard,\u201d")]) == [("the clerk", "the clerk")]


def test_a_name_only_in_what_follows_a_description_s_head_is_not_the_speaker():
    def source(text: str) -> GoldQuote:
        return GoldQuote("x", 0, text, text)

    assert not speaker_matches("Ohio", source("a woman in Dayton, Ohio,"))  # a place she is from
    assert not speaker_matches("Ann Lee", source("The veteran delegate, who backs Lee"))  # whom she backs
    assert not speaker_matches("Quennet", source("a columnist for the news site Quennet"))  # where he writes
    assert not speaker_matches("Acme Union", source("One group campaigning to leave the Acme Union"))
    assert not speaker_matches("Ann Roe", source("One of his backers who still backs Roe, former Rep. Bob Quill"))
    # a name in apposition, a group's members, the body a spokesman speaks for, a writing's author still match
    assert speaker_matches("Bob Quill", source("One of his backers who still backs Roe, former Rep. Bob Quill"))
    assert speaker_matches("Mitt Quill", source("the party's last nominee, Mitt Quill,"))
    assert speaker_matches("Acme donors", source("A group of Acme donors"))
    assert speaker_matches("Acme Democrats", source("a spokesman for Acme Democrats"))
    assert speaker_matches("Acme Institute", source("A report released in May by the Acme Institute"))
    assert speaker_matches("Unnamed woman", source("a woman in Dayton, Ohio,"))


def test_someone_who_in_a_phrase_opening_the_sentence_is_the_main_clause_s_subject():
    text = (
        "Primary\n\nFor someone who admitted she is \u201cno natural speaker,\u201d Ms. Ana Ruiz won easily. "
        "Gov. Tom Hale met somebody who called the vote \u201ca farce.\u201d\n"
    )
    got = speakers(text, [("someone who", "\u201cno natural speaker,\u201d"), ("somebody who", "\u201ca farce.\u201d")])
    assert got == [("someone who", "Ana Ruiz"), ("somebody who", "somebody who")]


def test_his_criticism_according_to_an_outlet_is_his_words():
    text = (
        "Feud\n\nGov. Tom Hale rarely spoke of the mayor. His criticism, according to the Dale Sun, was short: "
        "\u201cShe is late.\u201d\n"
    )
    ann_text = "His criticism, according to the Dale Sun, was short: \u201cShe is late.\u201d"
    got = speakers(text, [("the Dale Sun", ann_text)])
    assert got == [("the Dale Sun", "Tom Hale")]


def test_one_of_her_ads_is_the_words_of_whom_the_pronoun_means():
    text = (
        "Court race\n\nJudge Ana Ruiz and her backers tied Tom Hale to the governor, with one of her ads asking, "
        "\u201cIs he fair?\u201d Gov. Bob Quill met one of his aides, who called it \u201cnoise.\u201d\n"
    )
    got = speakers(text, [("one of her ads", "\u201cIs he fair?\u201d"), ("one of his aides", "\u201cnoise.\u201d")])
    # an ad is her words; an aide is someone else, who stands as written
    assert got == [("one of her ads", "Ana Ruiz"), ("one of his aides", "one of his aides")]


def test_according_to_marked_as_the_source_is_the_name_after_it():
    text = "Book deal\n\nAnn Lee spoke in Dover. According to Lee, \u201cThe deal is done.\u201d\n"
    got = speakers(text, [("According to", "\u201cThe deal is done.\u201d")])
    assert got == [("According to", "Lee")]


def test_the_share_of_a_group_or_a_community_stands_as_written():
    text = (
        "Poll\n\nAnn Lee, a delegate, said she wanted \u201cfewer guns.\u201d Since 2007 the share of Acme voters "
        "saying \u201cguns matter most\u201d has grown. The farming community called it \u201ca relief.\u201d\n"
    )
    got = speakers(
        text,
        [
            ("Ann Lee", "\u201cfewer guns.\u201d"),
            ("the share of Acme voters", "\u201cguns matter most\u201d"),
            ("The farming community", "\u201ca relief.\u201d"),
        ],
    )
    assert got[1:] == [
        ("the share of Acme voters", "the share of Acme voters"),
        ("The farming community", "The farming community"),
    ]
    share = GoldQuote("x", 0, "the share of Acme voters", "the share of Acme voters")
    assert speaker_matches("Acme voters", share)
    assert not speaker_matches("Ann Lee", share)


def test_a_person_a_writing_owns_stands_unless_its_author():
    text = (
        "Ad war\n\nAnn Lee drew a new ad from Acme PAC. \u201cShe is late,\u201d the ad\u2019s narrator says. "
        "Tom Hale wrote a memo. \u201cWe will win,\u201d the memo\u2019s author wrote.\n"
    )
    got = speakers(
        text,
        [
            ("the ad\u2019s narrator", "\u201cShe is late,\u201d"),
            ("the memo\u2019s author", "\u201cWe will win,\u201d"),
        ],
    )
    # the ad brings its narrator in unnamed (not Ann Lee, whom a pronoun would mean); the memo's author is its writer
    assert got == [("the ad\u2019s narrator", "the ad\u2019s narrator"), ("the memo\u2019s author", "Tom Hale")]


def test_he_after_a_reporting_clause_of_someone_brought_in_unnamed_is_that_one():
    partner = (
        "Savings\n\nTom Hale once worked at a big firm. A partner at the firm told him what to buy. "
        "The answer, the partner told them, was simple. \u201cBuy bonds,\u201d he said.\n"
    )
    assert speakers(partner, [("he", "\u201cBuy bonds,\u201d")]) == [("he", "the partner")]
    # once someone is named after the clause, "he" is looked for as before
    named = (
        "Savings\n\nA partner at the firm told Tom Hale what to buy. The answer, the partner said, was simple. "
        "Tom Hale laughed. \u201cI did,\u201d he said.\n"
    )
    assert speakers(named, [("he", "\u201cI did,\u201d")]) == [("he", "Tom Hale")]


def test_i_or_we_outside_quotation_marks_is_the_writer_not_the_last_name_read():
    text = (
        "My day in court\n\n"
        "Judge Tom Hale said the case was \u201cclosed.\u201d Then I stood up. "
        "\u201cYour Honor, I regret it,\u201d I said.\n"
    )
    quotes = [("Judge Tom Hale", "the case was \u201cclosed.\u201d"), ("I", "\u201cYour Honor, I regret it,\u201d")]
    got = speakers(text, quotes)
    assert got == [("Judge Tom Hale", "Judge Tom Hale"), ("I", "I")]


def test_a_verb_before_a_name_ends_the_words_that_give_its_role():
    text = "Plant reopens\n\nAn inspector praised Mr. Tom Hale on Monday. \u201cIt is safe,\u201d the inspector said.\n"
    # "inspector" is the subject of "praised", not Hale's role: the inspector is the one brought in unnamed
    assert speakers(text, [("the inspector", "\u201cIt is safe,\u201d")]) == [("the inspector", "the inspector")]


def test_words_before_a_comma_ending_another_clause_give_no_role_but_a_kin_word_does():
    text = (
        "Race\n\n"
        "President Tom Hale spoke on Monday. "
        "Asked whether she was fit to be president, Ms. Ana Ruiz laughed on Tuesday. "
        "\u201cI am ready,\u201d the president said.\n"
    )
    assert speakers(text, [("the president", "\u201cI am ready,\u201d")]) == [("the president", "Tom Hale")]


def test_a_vice_president_is_no_president_and_a_president_no_vice_president():
    text = (
        "Summit\n\n"
        "President Ana Ruiz arrived on Monday. Vice President Tom Hale met her. "
        "\u201cWe agree,\u201d the president said. \u201cWe do,\u201d the vice president said.\n"
    )
    got = speakers(text, [("the president", "\u201cWe agree,\u201d"), ("the vice president", "\u201cWe do,\u201d")])
    assert got == [("the president", "Ana Ruiz"), ("the vice president", "Tom Hale")]


def test_a_description_that_gives_a_body_s_own_name_stands_as_written():
    text = (
        "Raids\n\n"
        "Families fled violence in Central Dalia. The Stop4Good campaign said it was \u201conly the start.\u201d\n\n"
        "Gov. Tom Hale opened the zone. Today, the Harbor's Voice newspaper calls it \u201ca farce.\u201d\n"
    )
    campaign, newspaper = "The Stop4Good campaign", "the Harbor's Voice newspaper"
    got = speakers(text, [(campaign, "\u201conly the start.\u201d"), (newspaper, "\u201ca farce.\u201d")])
    assert got == [
        ("The Stop4Good campaign", "The Stop4Good campaign"),
        ("the Harbor's Voice newspaper", "the Harbor's Voice newspaper"),
    ]


def test_a_capitalised_run_after_in_is_a_place_not_the_body_a_description_means():
    text = (
        "Charge dropped\n\n"
        "Acme Corp. hired a lawyer. The state attorney in Port Dale dropped the case. "
        "The company said it was \u201cgrateful.\u201d\n"
    )
    assert speakers(text, [("The company", "it was \u201cgrateful.\u201d")]) == [("The company", "Acme Corp.")]


def test_a_writing_is_whose_name_it_bears_or_who_filed_it_not_whom_it_is_against():
    text = (
        "Suit filed\n\n"
        "Ann Lee and Bob Roe, the owners of a Dale bakery, have filed a lawsuit against Gov. Tom Hale. "
        "The lawsuit says the state was \u201creckless.\u201d\n\n"
        "The Harbor Institute poll shows a close race. Gov. Tom Hale leads among older voters. "
        "Younger voters, according to the poll, are \u201cundecided.\u201d\n"
    )
    got = speakers(
        text, [("The lawsuit", "the state was \u201creckless.\u201d"), ("the poll", "are \u201cundecided.\u201d")]
    )
    assert got == [("The lawsuit", "Ann Lee and Bob Roe"), ("the poll", "Harbor Institute")]


def test_a_title_of_two_people_ends_no_sentence():
    text = (
        "Debate\n\n"
        "Speaking on Monday, Ms. Ana Ruiz spared her rivals, particularly Govs. Tom Hale and Bob Roe, who doubt her. "
        "She said the debate \u201cwent well.\u201d\n"
    )
    assert speakers(text, [("She", "the debate \u201cwent well.\u201d")]) == [("She", "Ana Ruiz")]
    text = text.replace("Ms. Ana Ruiz", "Mr. Al Ruiz").replace("her", "his").replace("She", "He")
    assert speakers(text, [("He", "the debate \u201cwent well.\u201d")]) == [("He", "Al Ruiz")]


def test_a_name_in_an_aside_between_the_pieces_of_a_quotation_is_not_who_speaks():
    text = (
        "Outlook\n\n"
        "Gov. Tom Hale's pollster, Ann Ruiz, says the race is open. "
        "\u201cI doubt the old view\u201d -- that Mr. Hale is aloof -- \u201cwill last,\u201d she says.\n"
    )
    assert speakers(text, [("she", "\u201cwill last,\u201d")]) == [("she", "Ann Ruiz")]
    text = text.replace("Ann Ruiz", "Al Ruiz").replace("she says", "he says")
    assert speakers(text, [("he", "\u201cwill last,\u201d")]) == [("he", "Al Ruiz")]


def test_a_body_an_appositive_in_a_source_brings_in_is_no_person():
    from bench.referents import read_story

    text = (
        "Tone\n\n"
        "\u201cTone matters,\u201d said Mr. Al Ruiz, the director of the Harbor Partnership for Civic Trust, "
        "who agreed.\n"
    )
    source = "Mr. Al Ruiz, the director of the Harbor Partnership for Civic Trust"
    story = read_story(text, [], [(text.index(source), source)])
    assert [p.name for p in story.people] == ["Al Ruiz"]


def test_who_after_a_name_and_its_appositive_means_that_name():
    text = (
        "Tone\n\n"
        "\u201cTone matters,\u201d said Mr. Al Ruiz, the director of the Harbor Partnership for Civic Trust, "
        "who also said the party \u201cmust do more.\u201d\n"
    )
    assert speakers(text, [("who", "the party \u201cmust do more.\u201d")]) == [("who", "Al Ruiz")]


def test_the_main_clause_after_an_opening_phrase_is_no_appositive_of_the_name_before_it():
    text = (
        "Interview\n\n"
        "Ms. Lia Moss spoke on Monday.\n\n"
        "In an interview with hosts Mr. Tom Hale and Ms. Ann Ruiz, the Democratic candidate stated that the plan "
        "was \u201ca mistake.\u201d\n"
    )
    got = speakers(text, [("the Democratic candidate", "the plan was \u201ca mistake.\u201d")])
    assert got == [("the Democratic candidate", "Lia Moss")]


def test_a_he_or_she_carrying_on_from_the_owner_a_sentence_opens_on_means_that_owner():
    text = (
        "Debate\n\n"
        "\u201cIt has consequences,\u201d Mr. Tom Hale said.\n\n"
        "Ms. Ann Ruiz's temper came under scrutiny: She was asked about a remark, and she said it was "
        "\u201cfair.\u201d\n"
    )
    assert speakers(text, [("she", "it was \u201cfair.\u201d")]) == [("she", "Ann Ruiz")]
    text = text.replace("Ms. Ann Ruiz", "Mr. Al Ruiz").replace("She", "He").replace("she", "he")
    assert speakers(text, [("he", "it was \u201cfair.\u201d")]) == [("he", "Al Ruiz")]


def test_they_after_two_people_joined_as_the_subject_means_the_two():
    text = (
        "Debate\n\n"
        "Mr. Tom Hale spoke first. "
        "Ms. Ann Ruiz and Mr. Al Roe, who are rivals, teamed up against him. "
        "They called his plan \u201ca fantasy.\u201d\n"
    )
    quotes = [("Mr. Tom Hale", "spoke first."), ("They", "his plan \u201ca fantasy.\u201d")]
    assert speakers(text, quotes) == [("They", "Ms. Ann Ruiz and Mr. Al Roe")]  # not Hale, the last source named


def test_a_role_with_its_owner_written_before_a_name_is_the_name_s_title():
    text = (
        "Convention\n\n"
        "\u201cIt matters,\u201d House Speaker Tom Hale told the delegates.\n\n"
        "The candidate's glamorous wife Ann Ruiz brought some pizzazz to the night. "
        "\u201cHe is a leader,\u201d said the 46-year-old.\n"
    )
    assert speakers(text, [("the 46-year-old", "\u201cHe is a leader,\u201d")]) == [("the 46-year-old", "Ann Ruiz")]


def test_a_description_after_someone_the_sentence_before_reports_unnamed_means_that_one():
    text = (
        "Talks\n\n"
        "Gov. Tom Hale spoke on Monday.\n\n"
        "One operative inside the Dale campaign played down Hale's remarks, saying they were minor. "
        "\u201cNobody cares,\u201d the insider said.\n"
    )
    assert speakers(text, [("the insider", "\u201cNobody cares,\u201d")]) == [("the insider", "One operative")]


def test_who_right_after_a_description_means_that_one_as_written():
    text = (
        "Ads\n\n"
        "Mr. Paul Stone called it \u201ca plan.\u201d "
        "One ad stars a Lou Varga impersonator who promises that Stone will \u201clower taxes.\u201d\n"
    )
    got = speakers(text, [("Mr. Paul Stone", "\u201ca plan.\u201d"), ("who", "\u201clower taxes.\u201d")])
    assert got[1] == ("who", "a Lou Varga impersonator")  # not Stone, the last source named
    text = (
        "Leaks\n\n"
        "Mr. Paul Stone called it \u201ca plan.\u201d "
        "Readers shared a passage from the memoirs of a former Dalish spymaster who wrote about "
        "the \u201cclever use\u201d of forgeries.\n"
    )
    got = speakers(text, [("Mr. Paul Stone", "\u201ca plan.\u201d"), ("who", "\u201cclever use\u201d")])
    assert got[1] == ("who", "a former Dalish spymaster")
    # "who" means a person: not the place a prepositional phrase ends on
    text = (
        "Ads\n\n"
        "Mr. Paul Stone called it \u201ca plan.\u201d "
        "Her allies and donors across the country, who quoted Mr. Stone saying he \u201cmight win,\u201d agreed.\n"
    )
    got = speakers(text, [("Mr. Paul Stone", "\u201ca plan.\u201d"), ("who", "\u201cmight win,\u201d")])
    assert got[1] == ("who", "Mr. Paul Stone")  # the last source named, not "the country"


def test_a_name_written_before_the_head_of_an_unnamed_source_is_not_that_source():
    impersonator = GoldQuote("lower taxes", 0, "who", "a Lou Varga impersonator")
    assert not speaker_matches("Lou Varga", impersonator)
    assert speaker_matches("Unnamed impersonator", impersonator)
    spymaster = GoldQuote("clever", 0, "who", "a former Dalish spymaster")
    assert not speaker_matches("Dalish", spymaster)
    assert speaker_matches("Dalish spymaster", spymaster)
    spokesman = GoldQuote("no comment", 0, "a Varga spokesman", "a Varga spokesman")
    assert speaker_matches("Varga campaign", spokesman)  # the body a spokesman speaks for is not judged so


def test_a_writing_from_someone_is_theirs():
    text = (
        "Books\n\n"
        "On his wall, the writer Mr. Paul Stone has a framed, handwritten note from Lou Varga. "
        "\u201cYou are a loser!\u201d the note says.\n"
    )
    assert speakers(text, [("the note", "\u201cYou are a loser!\u201d")]) == [("the note", "Lou Varga")]
    text = (
        "Bank\n\n"
        "Mr. Paul Stone leads the bank. A letter this month to the board from the staff association urged a change. "
        "As for Mr. Stone, the staff letter said he was \u201cout of touch.\u201d\n"
    )
    got = speakers(text, [("the staff letter", "\u201cout of touch.\u201d")])
    assert got == [("the staff letter", "the staff association")]  # not Stone, whom the letter is about
    text = (
        "Ads\n\n"
        "The Dale PAC ad ran first. Then came a new ad from Our Values PAC, which opposes Mr. Paul Stone. "
        "The ad concludes that Mr. Stone is too \u201creckless\u201d to lead.\n"
    )
    quotes = [("The Dale PAC ad", "The Dale PAC ad"), ("The ad", "\u201creckless\u201d")]
    assert speakers(text, quotes)[-1] == ("The ad", "Our Values PAC")  # not a Dale PAC taken for a person


def test_a_name_with_its_first_name_is_that_one_of_two_people_sharing_the_family_name():
    text = (
        "Family\n\n"
        "Mr. Lou Varga and Ms. Ana Varga run the firm. "
        "The workers keep a note from Mr. Lou Varga. \u201cWork hard,\u201d the note says.\n"
    )
    assert speakers(text, [("the note", "\u201cWork hard,\u201d")]) == [("the note", "Lou Varga")]


def test_he_or_she_is_not_whom_its_own_verb_takes_as_object():
    text = (
        "Town hall\n\n"
        "Mr. Sam Ortiz, a voter, asked Sen. Tom Hale about visas. Hale backs more visas. "
        "\u201cWe are abused,\u201d he told Hale.\n"
    )
    # not Hale, the subject of the sentence before
    assert speakers(text, [("he", "\u201cWe are abused,\u201d")]) == [("he", "Sam Ortiz")]


def test_he_or_she_after_an_opening_participle_phrase_is_not_a_name_inside_it():
    text = (
        "Interview\n\n"
        "\u201cIt is early,\u201d Ms. Ana Ruiz said on Monday.\n\n"
        "Asked about her vote in the event that Ms. Dana Reyes faces Mr. Tom Hale, who has insulted women, "
        "she replied: \u201cI don\u2019t know.\u201d\n"
    )
    assert speakers(text, [("she", "\u201cI don\u2019t know.\u201d")]) == [("she", "Ana Ruiz")]  # not Reyes


def test_a_letter_is_of_whoever_wrote_to_someone_even_four_sentences_before():
    text = (
        "Groups press the mayor\n\n"
        "Mayor Dana Reyes backs the plan. While Reyes has praised it, the groups who wrote to her on Monday say they "
        "are worried. They ask the mayor to act. Critics of the plan, the groups say, are right. They argue that "
        "Reyes should lead. \u201cMs. Reyes has refused to answer,\u201d the letter says.\n"
    )
    got = speakers(text, [("the letter", "\u201cMs. Reyes has refused to answer,\u201d")])
    assert got == [("the letter", "the groups")]  # not Reyes, to whom they wrote


def test_a_headline_in_title_case_names_no_one_by_its_capitalised_runs():
    text = (
        "Ana Ruiz Blasts Mayor Over Roads\n\n"
        "Ana Ruiz spoke to reporters on Monday. \u201cThe roads are bad,\u201d she said.\n"
    )
    assert speakers(text, [("she", "\u201cThe roads are bad,\u201d")]) == [("she", "Ana Ruiz")]  # not "… Blasts Mayor"


def test_a_name_in_apposition_to_the_description_opening_a_clause_is_its_subject():
    text = (
        "Voters\n\n"
        "One of the men, Mr. Sam Ortiz, 70, had served in the Army. "
        "The other man, his cousin Jim Varga, 40, cited the economy. \u201cIt is bad,\u201d he said.\n"
    )
    assert speakers(text, [("he", "\u201cIt is bad,\u201d")]) == [("he", "Jim Varga")]


def test_a_reporting_clause_beside_the_quotation_inside_the_content_names_its_speaker():
    text = (
        "Ferry dispute\n\n"
        "The Salemport Courier reported on Monday that talks had failed. "
        "\u201cWe will not sail,\u201d Jane Doe said, according to the paper. "
        "Doe said: \u201cThe boats are unsafe.\u201d\n\n"
        "Bayline Ferries said nothing the mayor said \u201cwill change our plans.\u201d\n"
    )
    got = speakers(
        text,
        [
            ("The Salemport Courier", "\u201cWe will not sail,\u201d Jane Doe said"),
            ("The Salemport Courier", "Doe said: \u201cThe boats are unsafe.\u201d"),
            ("Bayline Ferries", "nothing the mayor said \u201cwill change our plans.\u201d"),
        ],
    )
    assert got == [
        ("The Salemport Courier", "Jane Doe"),  # the paper reports her words
        ("The Salemport Courier", "Doe"),
        ("Bayline Ferries", "Bayline Ferries"),  # "the mayor said" with no comma or colon is no reporting clause
    ]


def test_they_means_a_group_annotated_before_it_not_the_one_person_named_last():
    text = (
        "Ferry letter\n\n"
        "Mayor Jane Doe backs the new pier. The groups who wrote to her on Monday say they are worried. "
        "They ask her to \u201clisten to the riders.\u201d\n"
    )
    got = speakers(
        text,
        [("The groups who wrote to her on Monday", "they are worried"), ("They", "\u201clisten to the riders.\u201d")],
    )
    assert got == [("They", "The groups who wrote to her on Monday")]  # not Jane Doe, to whom they wrote


def test_his_or_her_plan_demand_or_office_is_of_whom_the_pronoun_means():
    text = (
        "Pier plans\n\n"
        "Mayor Jane Doe spoke on Monday. Her economic plan promises to \u201cbring the ferries back.\u201d\n\n"
        "Sen. John Roe disagreed. His office put out a statement saying the pier is \u201ctoo costly.\u201d "
        "He repeated his famous demand: \u201cFix the roads first!\u201d\n"
    )
    got = speakers(
        text,
        [
            ("Her economic plan", "to \u201cbring the ferries back.\u201d"),
            ("His office", "the pier is \u201ctoo costly.\u201d"),
            ("his famous demand", "\u201cFix the roads first!\u201d"),
        ],
    )
    assert got == [
        ("Her economic plan", "Jane Doe"),
        ("His office", "John Roe's office"),
        ("his famous demand", "John Roe"),
    ]


def test_the_owner_of_a_mind_or_words_is_their_speaker():
    quote = GoldQuote("choked", 0, "Roe's mind", "Roe's mind")
    assert speaker_matches("John Roe", quote)
    assert not speaker_matches("John Roe", GoldQuote("choked", 0, "Roe's aide", "Roe's aide"))


def test_a_first_name_spelt_with_a_letter_doubled_is_the_same_person():
    quote = GoldQuote("We will sail", 0, "she", "Ana Philips")
    assert speaker_matches("Anna Philips", quote)
    assert not speaker_matches("Bob Philips", quote)  # another first name is another person


def test_the_newspaper_is_never_a_body_of_another_kind():
    text = (
        "Ferry vote\n\n"
        "The Salemport Harbor Board voted on Monday. The newspaper said the vote \u201cwas rushed.\u201d\n"
    )
    got = speakers(text, [("The newspaper", "the vote \u201cwas rushed.\u201d")])
    assert got == [("The newspaper", "The newspaper")]  # not the Harbor Board


def test_who_after_a_possessed_description_means_that_description():
    text = (
        "Small stories\n\n"
        "Will the Salemport Courier publish them? And will their editors, who once called such stories "
        "\u201cspinach,\u201d want them?\n"
    )
    assert speakers(text, [("who", "once called such stories \u201cspinach,\u201d")]) == [("who", "their editors")]


def test_quoted_words_after_an_owners_call_or_claim_are_the_owners():
    text = (
        "Pier row\n\n"
        "Bayline Ferries denounced Jane Doe's call for \u201ca second pier.\u201d "
        "The promise to \u201cfix the roads\u201d appeals to riders, said John Roe.\n"
    )
    got = speakers(
        text,
        [
            ("Bayline Ferries", "Jane Doe's call for \u201ca second pier.\u201d"),
            ("John Roe", "The promise to \u201cfix the roads\u201d appeals to riders"),
        ],
    )
    assert got == [("Bayline Ferries", "Jane Doe"), ("John Roe", "John Roe")]  # a promise no one's is the source's


def test_the_speaker_most_annotators_give_a_quotation_wins_over_the_first_annotators(tmp_path):
    text = "Ferry news\n\nJane Doe spoke at the pier. \u201cWe will sail,\u201d Doe said.\n"
    content = "\u201cWe will sail,\u201d"
    start = text.index(content)
    bare = f"T1\tContent {start} {start + len(content)}\t{content}\nE1\tAttribution:T9 Content:T1\n"
    named = annotate(text, [("Doe", content)]) + "\n"
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir(parents=True)
    (tmp_path / "metadata.tsv").write_text(
        "compartment\tfilename\tpublisher\tpublication_date\ndev\tpier\texample-post\t2016-05-01\n", encoding="utf-8"
    )
    (tmp_path / "dev" / "text" / "pier.txt").write_text(text, encoding="utf-8")
    for annotator, ann in (("a1", bare), ("b2", named), ("c3", named)):
        (tmp_path / "dev" / "attributions" / f"pier_{annotator}.ann").write_text(ann, encoding="utf-8")
    (article,) = read_split(tmp_path, "dev")
    assert [(q.source, q.speaker) for q in article.quotes] == [("Doe", "Doe")]  # two of three name her
    (tmp_path / "dev" / "attributions" / "pier_c3.ann").write_text(bare, encoding="utf-8")
    (article,) = read_split(tmp_path, "dev")
    assert [(q.source, q.speaker) for q in article.quotes] == [("", "")]  # one of three is no majority


def test_words_a_clause_inside_the_content_reports_with_a_verb_like_called_are_its_subjects():
    text = (
        "Ferry video\n\n"
        "The Courier posted a video in which Jane Doe called herself \u201ca sailor at heart.\u201d "
        "John Roe said Doe called on riders to be \u201cpatient.\u201d\n"
    )
    got = speakers(
        text,
        [
            ("The Courier", "a video in which Jane Doe called herself \u201ca sailor at heart.\u201d"),
            ("John Roe", "Doe called on riders to be \u201cpatient.\u201d"),
        ],
    )
    assert got == [("The Courier", "Jane Doe"), ("John Roe", "John Roe")]  # calling on someone quotes no one


def test_an_attribution_with_a_cue_but_no_source_is_the_subject_right_before_the_cue():
    from bench.polnear import gold_quotes

    text = (
        "Pier plan\n\n"
        "Mayor Jane Doe spoke on Monday. She called the plan \u201ca mess.\u201d "
        "Doe was asked whether it was \u201ctoo late.\u201d\n"
    )

    def spans(label: str, part: str) -> str:
        start = text.index(part)
        return f"{label} {start} {start + len(part)}\t{part}"

    ann = "\n".join(
        [
            "T1\t" + spans("Cue", "called"),
            "T2\t" + spans("Content", "the plan \u201ca mess.\u201d"),
            "E1\tAttribution:T1 Content:T2 Cue:T1",
            "T3\t" + spans("Cue", "was asked"),
            "T4\t" + spans("Content", "whether it was \u201ctoo late.\u201d"),
            "E2\tAttribution:T3 Content:T4 Cue:T3",
        ]
    )
    got = [(q.source, q.speaker) for q in gold_quotes(text, ann)]
    assert got == [("", "Jane Doe"), ("", "")]  # the one asked is not who asks


def test_a_second_content_piece_after_the_cue_is_the_same_attributions_words():
    from bench.polnear import gold_quotes

    text = "Pier plan\n\n\u201cWe will sail,\u201d Jane Doe said. \u201cThe boats are ready.\u201d\n"
    first, second = "\u201cWe will sail,\u201d", "\u201cThe boats are ready.\u201d"

    def spans(label: str, part: str) -> str:
        start = text.index(part)
        return f"{label} {start} {start + len(part)}\t{part}"

    ann = "\n".join(
        [
            "T1\t" + spans("Source", "Jane Doe"),
            "T2\t" + spans("Cue", "said"),
            "T3\t" + spans("Content", first),
            "T4\t" + spans("Content", second),
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3 Content2:T4",
        ]
    )
    got = [(q.text, q.speaker) for q in gold_quotes(text, ann)]
    assert got == [("We will sail,", "Jane Doe"), ("The boats are ready.", "Jane Doe")]


def test_a_participle_cue_with_no_source_has_the_main_clauses_subject():
    from bench.polnear import gold_quotes

    text = "Pier plan\n\nOn Monday, Mayor Jane Doe weighed in, calling the plan \u201ca mess.\u201d\n"
    cue, content = "calling", "the plan \u201ca mess.\u201d"

    def spans(label: str, part: str) -> str:
        start = text.index(part)
        return f"{label} {start} {start + len(part)}\t{part}"

    ann = "\n".join(
        ["T1\t" + spans("Cue", cue), "T2\t" + spans("Content", content), "E1\tAttribution:T1 Cue:T1 Content:T2"]
    )
    assert [(q.source, q.speaker) for q in gold_quotes(text, ann)] == [("", "Jane Doe")]


def test_an_adverb_before_the_reporting_verb_and_a_speech_to_come_still_name_the_speaker():
    text = (
        "Pier plan\n\n"
        "The Courier notes that Mayor Jane Doe later called the plan \u201ca mess.\u201d\n\n"
        "\u201cWe will build it,\u201d the new mayor will say, according to excerpts released by the city.\n"
    )
    got = speakers(
        text,
        [
            ("The Courier", "Mayor Jane Doe later called the plan \u201ca mess.\u201d"),
            ("excerpts released by the city", "\u201cWe will build it,\u201d the new mayor will say"),
        ],
    )
    assert got == [("The Courier", "Mayor Jane Doe"), ("excerpts released by the city", "Jane Doe")]


def test_it_after_the_newspaper_is_that_newspaper():
    text = (
        "Pier editorial\n\n"
        "The Salemport Courier ran an editorial on Monday. \u201cThe pier must wait,\u201d the newspaper wrote. "
        "\u201cThe roads come first,\u201d it added.\n"
    )
    got = speakers(
        text, [("the newspaper", "\u201cThe pier must wait,\u201d"), ("it", "\u201cThe roads come first,\u201d")]
    )
    assert got == [("the newspaper", "Salemport Courier"), ("it", "Salemport Courier")]


def test_a_pronoun_after_a_clause_opening_on_a_role_one_person_holds_means_that_person():
    text = (
        "Harbor standoff\n\n"
        "Adm. Tom Hale commands the fleet. Gen. Paul Stone, his superior, asked Admiral Hale about the harbor. "
        "Asked again - calm or storm - the admiral laughed.\n\n"
        "\u201cMy voice is low,\u201d he said.\n"
    )
    # the last name before the pronoun is Paul Stone's and Hale is no subject there: the admiral is
    assert speakers(text, [("he", "\u201cMy voice is low,\u201d")]) == [("he", "Tom Hale")]


def test_a_role_two_people_hold_does_not_choose_between_them():
    def story(title: str) -> str:
        return (
            "Two visitors\n\n"
            f"Mr. Tom Hale thanked {title} Paul Stone. Ann Roe watched them. The senator said the vote was close.\n\n"
            "\u201cWe wait,\u201d he said.\n"
        )

    one = speakers(story("Sen."), [("he", "\u201cWe wait,\u201d")])
    assert one == [("he", "Paul Stone")]  # the one senator opens the sentence before
    two = "Sen. Tom Hale thanked Sen. Paul Stone. Ann Roe watched them. The senator said the vote was close."
    text = f"Two senators\n\n{two}\n\n\u201cWe wait,\u201d he said.\n"
    assert speakers(text, [("he", "\u201cWe wait,\u201d")]) == [("he", "Tom Hale")]  # the subject further back


def test_another_as_source_is_another_of_the_unnamed_ones_before_it():
    text = (
        "Readers react\n\n"
        "\u201cThe ferry is late again,\u201d one commuter wrote. "
        "Another said she would \u201cnever ride Bayline Ferries\u201d again.\n"
    )
    got = speakers(
        text,
        [
            ("one commuter", "\u201cThe ferry is late again,\u201d"),
            ("Another", "\u201cnever ride Bayline Ferries\u201d"),
        ],
    )
    assert got == [("one commuter", "one commuter"), ("Another", "Another commuter")]
    assert speaker_matches(
        "Unnamed commuter", GoldQuote("never ride Bayline Ferries", 0, "Another", "Another commuter")
    )


def test_a_moderator_or_heckler_no_one_is_named_as_is_not_the_one_they_address():
    text = (
        "Forum in Salemport\n\n"
        "Mayor Dana Reyes took questions on the ferry. "
        "\u201cWhy is Bayline Ferries late?\u201d the moderator asked.\n\n"
        "\u201cWe will fix it,\u201d she said.\n"
    )
    got = speakers(
        text, [("the moderator", "\u201cWhy is Bayline Ferries late?\u201d"), ("she", "\u201cWe will fix it,\u201d")]
    )
    assert got == [("the moderator", "the moderator"), ("she", "Dana Reyes")]


def test_a_pronoun_with_a_verb_run_into_it_is_that_pronoun():
    text = (
        "Ferry riders\n\n"
        "Jane Doe, a nurse, rides Bayline Ferries daily. "
        "Why she\u2019s angry: \u201cThe boat is late every day.\u201d\n"
    )
    assert speakers(text, [("she\u2019s", "\u201cThe boat is late every day.\u201d")]) == [("she\u2019s", "Jane Doe")]


def test_a_cue_with_no_source_before_a_name_is_that_name():
    from bench.polnear import gold_quotes

    text = "Ferry vote\n\n\u201cThe boats are late,\u201d said Jane Doe, a Salemport rider.\n"
    quote = "\u201cThe boats are late,\u201d"
    q_at, c_at = text.index(quote), text.index("said")
    ann = "\n".join(
        [
            f"T1\tCue {c_at} {c_at + 4}\tsaid",
            f"T2\tContent {q_at} {q_at + len(quote)}\t{quote}",
            "E1\tAttribution:T9 Content:T2 Cue:T1",
        ]
    )
    assert [(q.source, q.speaker) for q in gold_quotes(text, ann)] == [("", "Jane Doe")]


def test_a_blind_passage_marks_the_quotation_and_shows_neither_source_nor_speaker():
    from bench.ruler_sample import marked

    text = "Ferry fares\n\nJane Doe spoke first at the pier.\n\n\u201cFares rise in May,\u201d she said.\n"
    shown = marked(text, text.index("Fares rise"), "Fares rise in May,")
    marked_words = "\u201c\u27e6Fares rise in May,\u27e7\u201d she said."
    assert shown == "Ferry fares\n\nJane Doe spoke first at the pier.\n\n" + marked_words

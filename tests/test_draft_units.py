"""Pure-function tests of the drafting pieces: quotation marks, sentences, attribution, dates, cleaning."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
import yaml

from bot.draft import draft_brief
from bot.draft.clean import clean_article, is_prose, is_timestamp, split_paragraphs
from bot.draft.dates import find_dates, parse_date_arg
from bot.draft.htmltext import looks_like_html, read_page
from bot.draft.quotes import UNATTRIBUTED
from bot.draft.scoring import score_quotes, span_key, speaker_key
from bot.draft.story import Story
from bot.draft.text import find_quotes, quote_text, sentence_spans
from tests.draftstories import quotes_in
from tests.test_draft_forms import quotes_of

# -- quotation marks ---------------------------------------------------------------------------


def test_straight_curly_and_mixed_marks_pair_up():
    par = 'He said "one thing" and then \u201canother\u201d and "a third\u201d too.'
    assert [quote_text(s.raw(par)) for s in find_quotes(par)] == ["one thing", "another", "a third"]


def test_apostrophes_and_nested_single_quotes_stay_inside():
    par = "\u201cShe told me, \u2018Don\u2019t sign,\u2019\u201d Ada said."
    spans = find_quotes(par)
    assert len(spans) == 1
    assert quote_text(spans[0].raw(par)) == "She told me, \u2018Don\u2019t sign,\u2019"


def test_trailing_comma_before_the_closing_mark_is_dropped_but_a_full_stop_is_kept():
    assert quote_text(" a positive step, ") == "a positive step"
    assert quote_text("until there is a law.") == "until there is a law."


def test_an_inch_mark_in_a_height_does_not_close_the_quotation():
    par = "\u201cI admit, he is taller than me; he is like 6\u20192\u201d,\u201d Ada said. \u201cI am 5'11\".\u201d"
    assert [quote_text(s.raw(par)) for s in find_quotes(par)] == [
        "I admit, he is taller than me; he is like 6\u20192\u201d",
        "I am 5'11\".",
    ]


def test_unclosed_quote_runs_to_the_end_of_the_paragraph():
    par = "\u201cThis goes on and on into the next paragraph"
    (span,) = find_quotes(par)
    assert not span.closed and span.raw(par) == par[1:]


def test_sentence_boundaries_ignore_abbreviations_and_quoted_full_stops():
    par = "\u201cUnderstood. Let\u2019s talk,\u201d she wrote on Sept. 15, 2017. Assistant U.S. Attorney Jo Li agreed."
    spans = sentence_spans(par, find_quotes(par))
    assert [par[s:e] for s, e in spans] == [
        "\u201cUnderstood. Let\u2019s talk,\u201d she wrote on Sept. 15, 2017.",
        "Assistant U.S. Attorney Jo Li agreed.",
    ]


# -- attribution --------------------------------------------------------------------------------


def test_said_after_the_quote_with_apposition():
    got = quotes_of("\u201cThe cuts go too far,\u201d said Nora Bell, a councillor for the east ward.")
    assert got == [("The cuts go too far", "Nora Bell")]


def test_speaker_before_the_quote_with_colon_and_told():
    got = quotes_of(
        "Mayor Ann Ruiz told reporters: \u201cWe will rebuild the bridge.\u201d",
        "Ruiz added that the city had \u201cno other choice.\u201d",
    )
    assert got == [("We will rebuild the bridge.", "Ann Ruiz"), ("no other choice.", "Ann Ruiz")]


def test_split_quote_both_halves_go_to_the_same_speaker():
    got = quotes_of('Owen Hart ran the clinic for years. "We tried," he said, "but nobody listened."')
    assert got == [("We tried", "Owen Hart"), ("but nobody listened.", "Owen Hart")]


def test_quote_spanning_sentences_is_one_quotation():
    got = quotes_of("\u201cIt rained. Then it flooded. Then we left,\u201d said Dana Cole.")
    assert got == [("It rained. Then it flooded. Then we left", "Dana Cole")]


def test_pronoun_points_back_to_the_nearest_named_person_not_an_object():
    got = quotes_of(
        "Priya Nair, who worked with Tom Ebert for a decade, was blunt.",
        "\u201cThe plan failed,\u201d she said.",
    )
    assert got == [("The plan failed", "Priya Nair")]


def test_according_to_names_the_speaker():
    got = quotes_of("The budget is \u201cnot sustainable,\u201d according to Lena Park, the city treasurer.")
    assert got == [("not sustainable", "Lena Park")]


def test_quoted_fragment_with_noted_and_wrote():
    got = quotes_of(
        "Inspector Raj Mehta noted that the wall was \u201cbadly cracked\u201d in two places.",
        "Later he wrote that repairs were \u201cunlikely before spring.\u201d",
    )
    assert got == [("badly cracked", "Raj Mehta"), ("unlikely before spring.", "Raj Mehta")]


def test_unnamed_source_keeps_the_description_and_says_the_name_is_withheld():
    got = quotes_of(
        "\u201cThey knew for months,\u201d said a senior city official who spoke on condition of anonymity.",
    )
    assert got == [("They knew for months", "Unnamed senior city official (name withheld)")]


def test_withheld_name_uses_the_title_the_story_gives():
    got = quotes_of(
        "An employee whose name was redacted, but who listed their title as the agency\u2019s records chief, "
        "wrote that the files were \u201cincomplete.\u201d",
    )
    assert got == [("incomplete.", "Unnamed agency records chief (name withheld)")]


def test_the_person_points_back_to_the_unnamed_source():
    got = quotes_of(
        "A nurse whose name was withheld described the ward as \u201cchaotic.\u201d",
        "\u201cWe had two staff for forty beds,\u201d the nurse said.",
    )
    assert [speaker for _, speaker in got] == ["Unnamed nurse (name withheld)"] * 2


def test_multi_paragraph_quote_keeps_its_speaker():
    got = quotes_of(
        "\u201cWe opened in 1990 with three tables,\u201d said owner Rosa Diaz. \u201cBy 2000 we had forty.",
        "\u201cNow we have to close.\u201d",
    )
    assert [speaker for _, speaker in got] == ["Rosa Diaz"] * 3
    assert got[1][0] == "By 2000 we had forty."


def test_transcript_turns_are_quotations_of_the_labelled_speaker():
    got = quotes_of(
        "Host Ben Ode spoke with engineer Kim Sato about the dam.",
        "ODE: Is the dam safe?",
        "SATO: For now. The spillway needs work.",
        "ODE: How soon?",
        "SATO: Before the spring melt.",
    )
    assert got == [
        ("Is the dam safe?", "Ben Ode"),
        ("For now. The spillway needs work.", "Kim Sato"),
        ("How soon?", "Ben Ode"),
        ("Before the spring melt.", "Kim Sato"),
    ]


def test_a_quoted_title_of_a_work_is_not_a_quotation_and_no_speaker_means_unattributed():
    got = quotes_of(
        "The show, \u201cRivers of the North,\u201d opens in May.",
        "Volunteers handed out leaflets reading \u201cthe water is not safe to drink\u201d all week.",
    )
    assert got == [("the water is not safe to drink", UNATTRIBUTED)]


# -- dates --------------------------------------------------------------------------------------

ANCHOR = (dt.date(2020, 6, 17), "day")


@pytest.mark.parametrize(
    ("sentence", "value", "inferred"),
    [
        ("The email was sent on Sept. 15, 2017.", "2017-09-15", False),
        ("It was approved in July 2018.", "2018-07", False),
        ("Last week, the firm said no.", "2020-06", True),
        ("Earlier this month, Amazon paused sales.", "2020-06", True),
        ("In October, the group sued.", "2019-10", True),
        ("As of February, 20 users had searched.", "2020-02", True),
        ("The vote was on Tuesday.", "2020-06-16", True),
        ("It happened two years ago.", "2018", True),
        ("The council will vote on Tuesday.", "2020-06-23", True),
        ("Yesterday the mayor resigned.", "2020-06-16", True),
    ],
)
def test_dates_absolute_and_relative(sentence, value, inferred):
    (ref,) = find_dates(sentence, ANCHOR)
    assert (ref.value, ref.inferred) == (value, inferred)
    if inferred:
        assert ref.basis.startswith("inferred: '") and "relative to 2020-06-17" in ref.basis


def test_that_year_refers_to_the_last_year_the_story_named():
    (ref,) = find_dates("In September of that year, the CTO wrote.", ANCHOR, last_year=2017)
    assert ref.value == "2017-09" and "2017" in ref.basis


def test_relative_dates_need_an_anchor_and_keep_its_precision():
    assert find_dates("Last week, the firm said no.", None) == []
    (ref,) = find_dates("Yesterday the mayor resigned.", (dt.date(2020, 6, 1), "month"))
    assert ref.value == "2020-05"


def test_date_argument_validation():
    assert parse_date_arg("2020-06-17") == (dt.date(2020, 6, 17), "day")
    assert parse_date_arg("2020-06") == (dt.date(2020, 6, 1), "month")
    assert parse_date_arg("2020-02-30") is None
    assert parse_date_arg("June 2020") is None


# -- cleaning -----------------------------------------------------------------------------------


def test_timestamps_and_prose():
    assert is_timestamp("Updated Sept. 9, 2024, 4:15 p.m.")
    assert is_timestamp("Tuesday, Nov 11, 2025")
    assert not is_timestamp("By Ellen Marsh")
    assert is_prose("The council voted 7-2 on Wednesday to approve the budget.")
    assert not is_prose("Saudi Arabia Launches Instant e-Visa Platform for Over 60 Countries")


def test_headline_lists_are_not_joined_but_hard_wrapped_prose_is():
    text = (
        "Trump Unveils Middle East Reset\nSaudi Arabia Pauses Work\n\n"
        "The council met on Tuesday evening to discuss the budget and\nvoted to approve it after a long debate."
    )
    assert split_paragraphs(text) == [
        "Trump Unveils Middle East Reset",
        "Saudi Arabia Pauses Work",
        "The council met on Tuesday evening to discuss the budget and voted to approve it after a long debate.",
    ]


def test_prose_cut_at_a_fixed_width_is_joined_even_where_lines_start_with_names():
    prose = (
        "Mayor Ellen Marsh and Board Chair Sam Oyelowo met Bayline Ferries on Tuesday. Marsh said the City of "
        "Salemport could not pay its share of the new terminal this year. Oyelowo said Bayline Ferries would lose "
        "its summer timetable. Councillor Ada Price called the delay a mistake. Price said Salemport Harbour Board "
        "members had known of the shortfall since March."
    )
    for width in (65, 72, 80):
        cut = "\n".join(textwrap.wrap(prose, width))
        assert split_paragraphs(cut) == [prose], width
    links = (
        "Mayor Backs New Stadium Plan After Long Debate Over Funding In The City\n"
        "School Board Election Results Show Record Turnout Among Young Voters\n"
        "Harbour Board Delays Ferry Terminal For A Year As City Runs Short Of Cash"
    )
    assert split_paragraphs(links) == links.splitlines()


def test_words_broken_at_a_line_end_in_copy_from_a_pdf_are_made_whole_and_compounds_keep_their_hyphen():
    cut = (
        "Mayor Ellen Marsh told the harbour board on Tuesday that the govern-\n"
        "ment of Salemport could not pay its share of the new terminal, a well-\n"
        "known sore point since the board met in March -- and it would wait for pre-\n"
        "and post-season talks.\n"
        "Board Chair Sam Oyelowo said the delay would cost Bayline its summer."
    )
    assert split_paragraphs(cut) == [
        "Mayor Ellen Marsh told the harbour board on Tuesday that the government of Salemport could not pay its "
        "share of the new terminal, a well-known sore point since the board met in March -- and it would wait for "
        "pre- and post-season talks. "
        "Board Chair Sam Oyelowo said the delay would cost Bayline its summer."
    ]


def test_plain_text_copied_from_a_page_source_has_its_character_references_read():
    text = (
        "Harbour board delays ferry terminal\n\n"
        "Mayor Ellen Marsh&#8217;s plan was put off on Tuesday by the harbour board, which meets at AT&T Hall. "
        "&#8220;We cannot borrow more this year,&#8221; Marsh said.\n"
    )
    article = clean_article(text)
    assert article.paragraphs == [
        "Mayor Ellen Marsh\u2019s plan was put off on Tuesday by the harbour board, which meets at AT&T Hall. "
        "\u201cWe cannot borrow more this year,\u201d Marsh said."
    ]
    drafted = draft_brief(text, date="2026-03-03", today=dt.date(2026, 3, 4))
    assert [(q.text, q.speaker_name) for q in drafted.quotes] == [("We cannot borrow more this year", "Ellen Marsh")]


def test_plain_text_chrome_is_dropped():
    text = (
        "Daily Example\n\nCity opens new park after long delay\n\nBy Ann Lee\nPublished March 3, 2024\n\n"
        "The city opened its new riverside park on Saturday after three years of delays.\n\n"
        "Advertisement\n\n\u201cIt was worth the wait,\u201d said parks director Sam Oyelowo.\n\n"
        "Read more: Council approves new bike lanes\n\n"
        "The park cost $4 million, according to city records.\n\n"
        "Newsletter\n\nRelated Articles\n0:00\nClose\nMayor backs new stadium plan\nSchool board election results\n"
    )
    article = clean_article(text)
    assert article.outlet == "Daily Example"
    assert article.headline == "City opens new park after long delay"
    body = "\n".join(article.paragraphs)
    for chrome in ("Advertisement", "Read more", "Newsletter", "Related", "0:00", "Close", "By Ann Lee",
                   "Mayor backs new stadium plan", "Published"):  # fmt: skip
        assert chrome not in body
    assert len(article.paragraphs) == 3


def test_html_page_reader_keeps_the_article_and_its_metadata():
    page = read_page(
        "<html><head><meta property='og:site_name' content='The Post'>"
        "<meta property='article:published_time' content='2024-05-01T10:00:00Z'></head><body>"
        "<nav><a>Home</a><a>Sports</a></nav><article><h1>Big &amp; bold</h1>"
        "<div class='share-bar'>Share</div><p>First &ldquo;para&rdquo; here.</p>"
        "<aside class='related'><a>Other story</a></aside><p>Second para.</p></article>"
        "<div class='newsletter'>Sign up now</div></body></html>"
    )
    assert page.blocks == ["First \u201cpara\u201d here.", "Second para."]
    assert (page.headline, page.site_name, page.published) == ("Big & bold", "The Post", "2024-05-01T10:00:00Z")
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert not looks_like_html("A plain story. It has <3 hearts.")


def test_a_pages_first_paragraph_is_the_story_when_its_headline_stands_apart_in_h1():
    article = clean_article(
        "<html><body><article><h1>Harbour master on the defensive</h1>"
        "<p>Tomas Reyl says he is under attack over the pier.</p>"
        "<p>\u201cThere is no question the board is after me,\u201d the harbour master told reporters on Sunday, "
        "adding that the inquiry had been called for political reasons.</p></article></body></html>"
    )
    assert article.headline == "Harbour master on the defensive"
    assert article.paragraphs[0] == "Tomas Reyl says he is under attack over the pier."
    assert quotes_in(Story(article)) == [("There is no question the board is after me", "Tomas Reyl")]


# -- scoring ------------------------------------------------------------------------------------


def test_scoring_compares_exact_spans_and_folded_speakers():
    assert span_key("\u201cWe\u2019re done,\u201d") == span_key('"We\'re done,"')
    assert speaker_key("Unnamed DEA\u2019s chief technology officer (name withheld)") == "dea chief technology officer"
    score, misses = score_quotes(
        [("We tried", "Owen Hart"), ("but nobody listened", "Jo Hart"), ("extra words", "X")],
        [("We tried,", "Owen Hart"), ("but nobody listened", "Owen Hart"), ("missing one", "Y")],
    )
    assert (score.gold, score.predicted, score.matched, score.speaker_ok) == (3, 3, 2, 1)
    assert len(misses) == 3


def test_people_leave_out_streets_and_nationalities_and_a_shared_alias():
    draft = draft_brief(
        "Residents protest at city hall\n\n"
        "Residents of Sixth Street met Chinese and American investors on Monday, said Ana Park, a tenant organizer.\n\n"
        "The investors came from the United States, Ohio and Raleigh, N.C., she said.\n\n"
        "\u201cWe were not consulted,\u201d said Leo Park, who chairs the residents\u2019 association.\n",
        date="2024-03-04",
    )
    people = yaml.safe_load(draft.yaml_text)["people"]
    names = [p["name"] for p in people]
    assert "Ana Park" in names and "Leo Park" in names
    assert not {"Sixth Street", "Chinese", "American", "United States", "Ohio", "N.C."} & set(names)
    assert not any("Park" in p.get("aliases", []) for p in people)


def test_people_leave_out_seas_coasts_and_wars_and_keep_a_long_title_as_the_role():
    draft = draft_brief(
        "Navy patrols the bay\n\n"
        "Ships from the Western Pacific sailed into the South Harbour Sea on Monday, the first since the "
        "Korean War.\n\n"
        "\u201cWe are ready,\u201d said Secretary of the Navy Ines Carvalho.\n",
        date="2024-03-04",
    )
    people = yaml.safe_load(draft.yaml_text)["people"]
    names = [p["name"] for p in people]
    assert "Ines Carvalho" in names
    assert [p["role"] for p in people if p["name"] == "Ines Carvalho"] == ["Secretary of the Navy"]
    assert not {"Western Pacific", "South Harbour Sea", "Korean War"} & set(names)


def test_the_white_house_and_the_united_nations_are_organisations():
    draft = draft_brief(
        "Pier talks\n\n"
        "Praise came from White House officials and from United Nations staff on Monday, said Ines Carvalho, "
        "the mayor.\n\n"
        "\u201cWe are ready,\u201d Carvalho said.\n",
        date="2024-03-04",
    )
    kinds = {p["name"]: p.get("kind", "person") for p in yaml.safe_load(draft.yaml_text)["people"]}
    assert kinds == {"White House": "organisation", "United Nations": "organisation", "Ines Carvalho": "person"}

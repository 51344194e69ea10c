"""`briefbot draft` end to end: the seed page, the labelled articles, the CLI, --write/--force, stdin, HTML."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import msgspec
import pytest
import yaml

from bot.briefs.model import Brief
from bot.briefs.quotes import QuoteSource
from bot.briefs.yamlread import read_yaml
from bot.cli.check import check_paths
from bot.draft import DraftExistsError, draft_brief, run_draft, write_draft
from bot.draft.scoring import score_quotes

ARTICLES = Path(__file__).parent / "articles"
LABELS = yaml.safe_load((ARTICLES / "labels.yaml").read_text(encoding="utf-8"))["articles"]
SEED = ARTICLES / "seed.txt"
SEED_HEADLINES = [
    "Trump Unveils Middle East Reset: Syria Re-engaged, Saudi Ties Amplified",
    "Saudi Arabia to Host First-Ever International WrestleMania in 2027",
    "Dick Cheney, Former U.S. Vice President, Dies at 84",
    "Ex-Microsoft Engineer Confirms Famous Windows XP Key Was Leaked Corporate License, Not a Hack",
    '"The Tsunami Is Coming, and It\u2019s Massive": The World\u2019s Richest Man Unveils a New AI Vision',
    "Altman Says GPT-5 Already Outpaces Him, Warns AI Could Automate 40% of Work",
    "Trump Organization Teams with Saudi Developer on $1 Billion Trump Plaza in Jeddah",
]


def load(yaml_text: str) -> dict:
    data, _ = read_yaml(yaml_text.encode("utf-8"))
    return data


def drafted(article: str, **kwargs):
    return draft_brief((ARTICLES / article).read_text(encoding="utf-8"), **kwargs)


@pytest.fixture(scope="module")
def seed_draft():
    return draft_brief(SEED.read_text(encoding="utf-8"), date="2020-06-17")


# -- the seed page ------------------------------------------------------------------------------


def test_seed_every_quotation_found_with_the_right_speaker(seed_draft):
    gold = [(q["quote"], q["speaker"]) for q in LABELS["seed.txt"]["quotes"]]
    score, misses = score_quotes([(q.text, q.speaker_name) for q in seed_draft.quotes], gold)
    assert misses == []
    assert score.matched == score.gold == len(gold) == 17


def test_seed_quotes_in_the_yaml_carry_speakers_and_roles(seed_draft):
    quotes = {q["text"]: q for q in load(seed_draft.yaml_text)["quotes"]}
    assert quotes["is concerning"]["speaker"] == "Kade Crockford"
    assert quotes["is concerning"]["role"] == "of the ACLU Massachusetts"
    assert quotes["is concerning"]["to"] == "BuzzFeed News"
    cto = quotes["to discuss use-cases for their Media Services."]
    assert cto["speaker"] == "Unnamed DEA chief technology officer (name withheld)"
    assert "chief technology officer" in cto["role"]
    assert quotes["a positive step"]["speaker"] == "Kade Crockford"
    assert (
        quotes["thoughtful government regulation and for the development of norms around acceptable uses"]["role"]
        == "Microsoft President"
    )


def test_seed_drops_every_piece_of_page_chrome(seed_draft):
    for text in (seed_draft.yaml_text, seed_draft.source_text):
        for headline in SEED_HEADLINES:
            assert headline not in text
        for chrome in ("Related Articles", "Newsletter", "0:00", "\nClose", "Saudi Arabia and the world", "\u00d7"):
            assert chrome not in text
    assert seed_draft.source_text.startswith("Microsoft Says It Won't Sell Facial Recognition To The Police.")
    assert seed_draft.source_text.rstrip().endswith("over the death of George Floyd.\u201d")


def test_seed_outlet_is_the_original_and_the_page_is_the_republisher(seed_draft):
    source = load(seed_draft.yaml_text)["source"]
    assert (source["outlet"], source["republisher"]) == ("BuzzFeed News", "Saudi Press")
    assert source["page_date"] == "2025-11-11"


def test_seed_with_date_resolves_relative_dates_and_marks_them_inferred(seed_draft):
    data = load(seed_draft.yaml_text)
    assert data["source"]["published"] == "2020-06-17"
    timeline = {(t["date"], t["basis"]) for t in data["timeline"]}
    assert ("2020-06", "inferred: 'Last week' relative to 2020-06-17") in timeline
    assert ("2019-10", "inferred: 'In October' relative to 2020-06-17") in timeline
    assert ("2020-06", "inferred: 'Earlier this month' relative to 2020-06-17") in timeline
    assert ("2017-09-15", "Dated in the story: 'Sept. 15, 2017'") in timeline
    assert all(t["date"] < "2021" for t in data["timeline"])


def test_seed_without_date_uses_the_page_date_with_a_todo(capsys):
    assert run_draft([str(SEED)]) == 0
    out, err = capsys.readouterr()
    source = load(out)["source"]
    assert source["published"] == source["page_date"] == "2025-11-11"
    assert source["dating"].startswith("TODO: confirm the publication date")
    assert "the date shown on the page" in source["dating"]
    assert "source.published" in out.splitlines()[3]
    assert "warning: TODO: confirm the publication date" in err


def test_seed_open_questions_come_from_what_the_story_leaves_open(seed_draft):
    questions = [q["text"] for q in load(seed_draft.yaml_text)["questions"]]
    assert "If any prototype was built?" in questions
    assert any(q.startswith("Which police departments, if any") for q in questions)
    assert any("DEA chief technology officer" in q and "withholds the name" in q for q in questions)


# -- every labelled article ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(LABELS))
def test_draft_loads_with_only_editing_warnings_and_quotes_are_verbatim(tmp_path, name):
    draft = drafted(name, date="2024-01-01")
    write_draft(draft, tmp_path, force=False)
    valid, problems = check_paths([tmp_path])
    assert valid == 1
    for problem in problems:
        assert problem.severity == "warning"
        assert problem.message.startswith(("TODO left in ", "fact copies ")), problem.message
    data = load(draft.yaml_text)
    source = QuoteSource("s", draft.source_text)
    assert all(source.contains(q["text"]) for q in data.get("quotes", []))
    ids = [
        item["id"]
        for section in ("facts", "quotes", "questions", "timeline", "people")
        for item in data.get(section, [])
    ]
    assert len(ids) == len(set(ids))
    for fact in data["facts"]:
        assert fact["text"].startswith("TODO rewrite in your words: ")
        assert fact["basis"].startswith("Article sentence: ")
        assert fact["basis"][len("Article sentence: ") :] in draft.source_text


@pytest.mark.parametrize("name", sorted(LABELS))
def test_todo_markers_are_exactly_the_documented_fields(name):
    text = drafted(name, date="2024-01-01").yaml_text
    assert text.startswith("# yaml-language-server: $schema=../config/brief.schema.json\n")
    assert "\nstatus: draft\n" in text
    data = load(text)
    assert data["summary"].startswith("TODO:")
    assert data["editors"] == [{"name": "TODO: editor"}]
    todo_fields = [path for path, value in _walk(data) if isinstance(value, str) and value.startswith("TODO")]
    facts = [f"facts[{i}].text" for i in range(len(data["facts"]))]
    assert todo_fields in (
        ["editors[0].name", "summary", *facts],
        ["source.outlet", "editors[0].name", "summary", *facts],
    )


def test_draft_validates_against_the_model_once_todos_are_filled(seed_draft):
    data = load(seed_draft.yaml_text)
    data.update(summary="Microsoft pitched facial recognition to the DEA.", status="published")
    data["facts"] = [{**fact, "text": "Microsoft met the DEA."} for fact in data["facts"]]
    data["editors"] = [{"name": "Ada Editor", "slack": "U0123ABCD"}]
    brief = msgspec.convert(data, Brief)
    assert len(brief.quotes) == 17 and brief.facts and brief.people
    assert not any("TODO" in str(v) for _, v in _walk(data))


def _walk(value, path=""):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _walk(inner, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _walk(inner, f"{path}[{i}]")
    else:
        yield path, value


# -- HTML, press release, transcript ------------------------------------------------------------


def test_html_page_chrome_is_dropped_and_metadata_kept():
    draft = drafted("council_budget.html")
    for chrome in ("Sign up", "Listen to this article", "Photo:", "Tags:", "Obituaries", "All rights reserved",
                   "Lakeshore schools brace for enrollment drop", "Mayor proposes closing two library branches",
                   "0:00", "Jamal Whitaker", "9:05 p.m."):  # fmt: skip
        assert chrome not in draft.source_text
        assert chrome not in draft.yaml_text.replace('byline: "Jamal Whitaker"', "")
    source = load(draft.yaml_text)["source"]
    assert source["byline"] == "Jamal Whitaker"  # the byline line is no body text, but who wrote the story
    assert source["outlet"] == "The Lakeshore Ledger"
    assert source["url"] == "https://lakeshoreledger.example/news/2024/06/council-budget"
    assert source["headline"] == "Council approves budget with library cuts restored"
    assert source["published"] == source["page_date"] == "2024-06-19"
    assert draft.source_text.count("\n\n") == 10
    assert "\u201cThe library is the only place" in draft.source_text


def test_press_release_dateline_gives_the_date_and_boilerplate_contact_is_dropped():
    draft = drafted("solar_press_release.txt")
    source = load(draft.yaml_text)["source"]
    assert source["published"] == "2024-04-08"
    assert source["outlet"] == "Brightwater Energy Cooperative (press release)"
    assert "lfischer@brightwater.example" not in draft.source_text
    assert "FOR IMMEDIATE RELEASE" not in draft.source_text


def test_transcript_turns_keep_their_speakers():
    quotes = drafted("levee_transcript.txt").quotes
    assert [q.speaker_name for q in quotes[:3]] == ["Jordan Pike", "Renata Solis", "Jordan Pike"]
    assert quotes[1].role == "a hydrologist at Eastern Plains University"  # the relative clause after it is cut


# -- the command line ---------------------------------------------------------------------------


def test_write_saves_brief_and_source_and_refuses_to_overwrite(tmp_path, capsys):
    article = str(ARTICLES / "harbour_strike.txt")
    assert run_draft([article, "--write", "--briefs-dir", str(tmp_path)]) == 0
    brief = tmp_path / "dockworkers-halverston-walk-out-over-automation-plan.yaml"
    source = tmp_path / "sources" / "dockworkers-halverston-walk-out-over-automation-plan.txt"
    assert brief.is_file() and source.is_file()
    assert "wrote" in capsys.readouterr().out
    assert (
        load(brief.read_text())["source"]["file"] == "sources/dockworkers-halverston-walk-out-over-automation-plan.txt"
    )
    brief.write_text(brief.read_text() + "# editor's change\n")
    assert run_draft([article, "--write", "--briefs-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "already exists; use --force" in err and len(err.strip().splitlines()) == 1
    assert brief.read_text().endswith("# editor's change\n")
    assert run_draft([article, "--write", "--force", "--briefs-dir", str(tmp_path)]) == 0
    assert not brief.read_text().endswith("# editor's change\n")
    valid, problems = check_paths([tmp_path])
    assert valid == 1 and all(p.severity == "warning" for p in problems)


def test_write_draft_raises_a_clear_error(tmp_path):
    draft = drafted("clock_profile.txt", name="clock")
    write_draft(draft, tmp_path, force=False)
    with pytest.raises(DraftExistsError, match="clock.yaml already exists"):
        write_draft(draft, tmp_path, force=False)
    assert write_draft(draft, tmp_path, force=True) == tmp_path / "clock.yaml"


def test_an_existing_source_file_is_not_overwritten_either(tmp_path, capsys):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "clock.txt").write_text("someone else's story\n")
    assert (
        run_draft([str(ARTICLES / "clock_profile.txt"), "--write", "--name", "clock", "--briefs-dir", str(tmp_path)])
        == 2
    )
    assert "sources/clock.txt already exists" in capsys.readouterr().err
    assert (tmp_path / "sources" / "clock.txt").read_text() == "someone else's story\n"


def test_stdin_is_read_with_a_dash(monkeypatch, capsys):
    text = (ARTICLES / "bookkeeper_trial.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))
    assert run_draft(["-", "--date", "2023-11-20"]) == 0
    out = capsys.readouterr().out
    data = load(out)
    assert data["source"]["published"] == "2023-11-20"
    assert "from standard input" in out
    assert {q["speaker"] for q in data["quotes"]} == {"Gloria Fenwick", "Marcus Reyes", "Victor Hale"}


def test_html_from_stdin(monkeypatch, capsys):
    html = (ARTICLES / "council_budget.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html), encoding="utf-8"))
    assert run_draft(["-"]) == 0
    assert "Related Articles" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["missing-article.txt"], "cannot read missing-article.txt"),
        ([str(ARTICLES)], "is a folder"),
        ([str(SEED), "--date", "2020-13-01"], "--date must be YYYY, YYYY-MM or YYYY-MM-DD"),
        ([str(SEED), "--force"], "--force only makes sense with --write"),
        ([str(SEED), "--name", "Not A Slug"], "--name must be lower-case"),
        ([], "required: article"),
        ([str(SEED), "--bogus"], "unrecognized arguments"),
    ],
)
def test_usage_and_io_errors_are_one_line_and_exit_2(argv, message, capsys):
    assert run_draft(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_undecodable_and_empty_input_are_errors(tmp_path, capsys):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 story".encode("latin-1"))
    assert run_draft([str(bad)]) == 2
    assert "not UTF-8" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n\n")
    assert run_draft([str(empty)]) == 2
    assert "no story text found" in capsys.readouterr().err


def test_help_exits_0(capsys):
    assert run_draft(["--help"]) == 0
    assert "--briefs-dir" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Mara Lindqvist and Ivo Brandt", "Mara Lindqvist and Ivo Brandt"),
        ("Mara Lindqvist | Staff writer", "Mara Lindqvist"),
        ("By Mara Lindqvist, Harbour Courier", "Mara Lindqvist"),
    ],
)
def test_the_byline_line_gives_source_byline_and_stays_out_of_the_body(line, byline):
    draft = draft_brief(
        f"Ferry talks reopen\n\n{line}\n\nThe council voted on Tuesday to reopen talks with the ferry operator. "
        "\u201cWe cannot wait,\u201d Dana Whitcombe said.\n",
        date="2024-03-04",
    )
    assert load(draft.yaml_text)["source"]["byline"] == byline
    assert line not in draft.source_text


def test_an_outlet_on_the_byline_line_is_the_outlet_and_a_job_title_is_not():
    def source(line: str) -> dict:
        text = f"Ferry talks reopen\n\n{line}\n\nThe council voted. \u201cWe cannot wait,\u201d Ann Roe said.\n"
        return load(draft_brief(text, date="2024-03-04").yaml_text)["source"]

    assert source("By Mara Lindqvist, Harbour Courier")["outlet"] == "Harbour Courier"
    assert source("Mara Lindqvist | Staff writer")["outlet"].startswith("TODO")


def test_no_byline_line_gives_no_byline():
    draft = draft_brief("Ferry talks reopen\n\nThe council voted on Tuesday to reopen talks.\n", date="2024-03-04")
    assert "byline" not in load(draft.yaml_text)["source"]


@pytest.mark.parametrize("wire", ["AP", "Reuters"])
def test_a_wire_in_the_dateline_is_the_outlet(wire):
    text = f"Ferry talks\n\nPORTLAND, Maine ({wire}) \u2014 The council voted. \u201cWe wait,\u201d Ann Roe said.\n"
    assert load(draft_brief(text, date="2024-03-04").yaml_text)["source"]["outlet"] == wire

"""A drafted brief is never served as finished: private in Slack, and `check` names what the editor must still do."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot import ids
from bot.cli.check import run_check
from bot.draft import run_draft
from tests.slackharness import copy_briefs, start_harness, stop_harness

ARTICLES = Path(__file__).parent / "articles"
DATED = ARTICLES / "harbour_strike.txt"
DATED_SLUG = "dockworkers-halverston-walk-out-over-automation-plan"
UNDATED = (
    "Town approves new ferry schedule\n\n"
    "The town council voted 5-2 on Tuesday to add two ferry crossings a day from the harbour to the island, "
    "a change the island's 400 residents had asked for since the old timetable was cut.\n\n"
    "\u201cWe have waited a long time for this,\u201d said Mara Quinn, who runs the island's only shop.\n"
)


@pytest.fixture
def drafted_harness(tmp_path):
    """The app on its real HTTP path, serving the repository's briefs plus a fresh `briefbot draft --write`."""
    briefs = copy_briefs(tmp_path / "briefs")
    assert run_draft([str(DATED), "--write", "--briefs-dir", str(briefs)]) == 0
    running = start_harness(briefs, tmp_path / "var" / "briefbot.sqlite3")
    yield running
    stop_harness(running)


def test_a_fresh_draft_is_shown_privately_and_posts_nothing_in_the_channel(drafted_harness):
    assert drafted_harness.library.current.get(DATED_SLUG).status == "draft"
    for typed in (DATED_SLUG, f"{DATED_SLUG} quotes", f"{DATED_SLUG} all"):
        status, name = drafted_harness.command(typed, channel="C0DESK")
        assert status == 200
        replies = drafted_harness.private_replies(name)
        assert replies and all(r.params["response_type"] == "ephemeral" for r in replies)
        first = json.dumps(replies[0].params["blocks"], ensure_ascii=False)
        assert "Unpublished draft" in first
        assert not any(b["type"] == "actions" for r in replies for b in r.params["blocks"])
    assert drafted_harness.fake.calls("chat.postMessage") == []


def test_a_forged_section_button_naming_a_draft_posts_nothing_in_the_channel(drafted_harness):
    parent = drafted_harness.fake.add_message("C0DESK", "a message", user="U0REPORTER")
    assert drafted_harness.press(ids.section_action("quotes"), DATED_SLUG, "C0DESK", parent["ts"]) == 200
    replies = drafted_harness.fake.wait_for("response_url", count=1)
    assert replies and "Unpublished draft" in json.dumps(replies[0].params["blocks"], ensure_ascii=False)
    assert drafted_harness.fake.calls("chat.postMessage") == []


def test_list_marks_the_draft(drafted_harness):
    _, name = drafted_harness.command("list")
    (reply,) = drafted_harness.private_replies(name)
    text = json.dumps(reply.params["blocks"], ensure_ascii=False)
    line = next(line for line in text.split("\\n") if DATED_SLUG in line)
    assert "draft \u2014 unpublished" in line
    other = next(line for line in text.split("\\n") if "microsoft-dea-facial-recognition" in line)
    assert "unpublished" not in other


def test_check_strict_fails_naming_every_todo(tmp_path, capsys):
    assert run_draft([str(DATED), "--write", "--briefs-dir", str(tmp_path)]) == 0
    brief = (tmp_path / f"{DATED_SLUG}.yaml").read_text(encoding="utf-8")
    capsys.readouterr()
    assert run_check([tmp_path], "text") == 0  # warnings only: the draft loads
    plain = capsys.readouterr().out
    assert run_check([tmp_path], "text", strict=True) == 1
    out = capsys.readouterr().out
    assert out == plain
    todo_lines = [n for n, line in enumerate(brief.splitlines(), 1) if re.search(r':\s*"TODO', line)]
    assert len(todo_lines) >= 4
    for n in todo_lines:
        assert re.search(rf"{DATED_SLUG}\.yaml:{n}: warning: TODO left in ", out), n
    for field in ("editors[0].name", "summary", "source.dating", "facts[0].text"):
        assert f"TODO left in {field}:" in out


def test_without_a_date_published_stays_a_todo_that_check_reports_as_an_error(tmp_path, capsys):
    article = tmp_path / "ferry.txt"
    article.write_text(UNDATED, encoding="utf-8")
    briefs = tmp_path / "briefs"
    assert run_draft([str(article), "--write", "--briefs-dir", str(briefs)]) == 0
    text = (briefs / "town-approves-new-ferry-schedule.yaml").read_text(encoding="utf-8")
    assert 'published: "TODO: publication date' in text
    capsys.readouterr()
    assert run_check([briefs], "text") == 1
    out = capsys.readouterr().out
    assert re.search(r"invalid date 'TODO: publication date .*' at source\.published", out)
    assert "TODO left in source.outlet:" in out and "TODO left in summary:" in out


def test_facts_are_candidates_to_rewrite_and_check_flags_copied_words(tmp_path, capsys):
    assert run_draft([str(DATED), "--write", "--briefs-dir", str(tmp_path)]) == 0
    path = tmp_path / f"{DATED_SLUG}.yaml"
    brief = path.read_text(encoding="utf-8")
    facts = re.findall(r'^    text: "(.*)"$', brief.split("\nfacts:\n")[1].split("\nquotes:\n")[0], re.M)
    assert facts and all(f.startswith("TODO rewrite in your words: ") for f in facts)
    assert all(len(f.split()) <= 5 + 20 + 1 for f in facts)
    # The editor drops the TODO marker but keeps the article's words: still flagged.
    copied = "The $41 million project would eliminate roughly 90 positions, the document shows."
    reworded = "The cranes would cost about $41 million and cut some 90 jobs."
    assert f'"TODO rewrite in your words: {copied}"' in brief
    line = 1 + brief[: brief.index(copied)].count("\n")
    path.write_text(brief.replace(f"TODO rewrite in your words: {copied}", copied), encoding="utf-8")
    capsys.readouterr()
    run_check([tmp_path], "text")
    flagged = f"{DATED_SLUG}.yaml:{line}: warning: fact copies 12 words in a row from sources/"
    assert flagged in capsys.readouterr().out
    path.write_text(brief.replace(f"TODO rewrite in your words: {copied}", reworded), encoding="utf-8")
    run_check([tmp_path], "text")
    out = capsys.readouterr().out
    assert f"{DATED_SLUG}.yaml:{line}:" not in out

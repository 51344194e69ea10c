"""`briefbot inbox` answers and dismisses from the command line, posting in the thread when Slack is set up."""

from __future__ import annotations

import json
import sqlite3
import time

import pytest

from bot.cli.inbox import reader
from bot.console.fakeslack import FakeSlack
from bot.settings import Settings
from bot.store import Store
from tests.slackharness import STORY, copy_briefs
from tests.test_console import run_briefbot


def setup_inbox(tmp_path) -> tuple[Store, int, object]:
    briefs = copy_briefs(tmp_path / "briefs")
    store = Store(tmp_path / "state.sqlite3")
    entry_id = store.add_to_inbox(STORY, "did Amazon stock go up?", "U0ASKER", "C0NEWS", "1700000000.000100")
    return store, entry_id, briefs


def inbox(tmp_path, *args: str, **env: str):
    env = {"BRIEFBOT_DB": str(tmp_path / "state.sqlite3"), "BRIEFS_DIR": str(tmp_path / "briefs"), **env}
    return run_briefbot(["inbox", *args], **env)


def test_answer_from_the_command_line_records_it_adds_it_to_the_brief_and_lists_it_with_all(tmp_path):
    store, entry_id, briefs = setup_inbox(tmp_path)
    before = (briefs / f"{STORY}.yaml").read_text()
    run = inbox(tmp_path, "answer", str(entry_id), "No, the story does not say.", "--add-to-brief", "--editor", "Ann")
    assert run.returncode == 0, run.stderr
    assert "SLACK_BOT_TOKEN is not set" in run.stdout and "Added to the brief as question-did-amazon" in run.stdout
    after = (briefs / f"{STORY}.yaml").read_text()
    assert (
        after.startswith(before.split("\ntimeline:")[0]) and f"Desk answer, Ann, {time.strftime('%Y-%m-%d')}" in after
    )
    entry = store.inbox_entry(entry_id)
    assert (entry.answered_by, entry.answer) == ("Ann", "No, the story does not say.")
    assert "No unanswered questions" in inbox(tmp_path).stdout
    listed = inbox(tmp_path, STORY, "--all").stdout
    assert "did Amazon stock go up?" in listed and "answered by Ann" in listed
    again = inbox(tmp_path, "answer", str(entry_id), "Yes.")
    assert again.returncode == 1 and "answered by Ann" in again.stderr
    assert store.inbox_entry(entry_id).answer == "No, the story does not say."


def test_answer_from_the_command_line_posts_in_the_askers_thread_when_slack_is_set_up(tmp_path):
    store, entry_id, _ = setup_inbox(tmp_path)
    with FakeSlack() as fake:
        run = inbox(tmp_path, "answer", str(entry_id), "Not", "that", "we", "know.", "--editor", "Ann",
                    SLACK_BOT_TOKEN="xoxb-test", SLACK_API_URL=fake.url)  # fmt: skip
        assert run.returncode == 0 and "Posted in the asker's thread" in run.stdout, run.stderr
        (post,) = fake.calls("chat.postMessage")
    assert post.params["channel"] == "C0NEWS" and post.params["thread_ts"] == "1700000000.000100"
    shown = json.dumps(post.params["blocks"])
    assert "<@U0ASKER>" in shown and "Not that we know." in shown and "Answered by Ann" in shown


def test_dismiss_records_who_and_unknown_ids_and_stories_are_errors(tmp_path):
    store, entry_id, _ = setup_inbox(tmp_path)
    run = inbox(tmp_path, "dismiss", str(entry_id), "--editor", "Bea")
    assert run.returncode == 0 and store.inbox_entry(entry_id).dismissed_by == "Bea"
    assert inbox(tmp_path, "dismiss", str(entry_id)).returncode == 1
    missing = inbox(tmp_path, "dismiss", "999")
    assert missing.returncode == 2 and "no question #999" in missing.stderr
    unknown = inbox(tmp_path, "nosuchstory")
    assert unknown.returncode == 2 and "no story named 'nosuchstory'" in unknown.stderr
    wrong = inbox(tmp_path, "answer", "x")
    assert wrong.returncode == 2 and "usage:" in wrong.stderr and "Traceback" not in wrong.stderr


def test_listing_reads_the_database_without_writing_it_and_a_missing_one_is_not_created(tmp_path):
    store, entry_id, _ = setup_inbox(tmp_path)
    store.close()
    db = tmp_path / "state.sqlite3"
    before = (db.read_bytes(), db.stat().st_mtime_ns)
    run = inbox(tmp_path)
    assert run.returncode == 0 and f"#{entry_id}" in run.stdout and "did Amazon stock go up?" in run.stdout
    assert (db.read_bytes(), db.stat().st_mtime_ns) == before, "a listing must not write the database"
    listing = reader(Settings(db_path=db))  # what the listing opens: a read-only connection, whoever runs it
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        listing.db.execute("DELETE FROM inbox")
    run = inbox(tmp_path, BRIEFBOT_DB=str(tmp_path / "none" / "state.sqlite3"))
    assert run.returncode == 0 and "No unanswered questions." in run.stdout
    assert not (tmp_path / "none").exists()
    run = run_briefbot(["audit"], BRIEFBOT_DB=str(tmp_path / "none" / "state.sqlite3"))
    assert run.returncode == 0 and "No restricted or embargoed brief" in run.stdout
    assert not (tmp_path / "none").exists()

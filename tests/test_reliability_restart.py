"""`kill -9` of a running `briefbot serve`, then a restart on the same database: follow-ups are still answered,
retries of what was answered before the kill are not answered again, and SQLite (WAL) comes back whole."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from bot.console.fakeslack import FakeSlack
from tests.slackharness import REPO, STORY, answers, copy_briefs, reply_event
from tests.test_reliability_briefs import ServeProcess

RESTART = "`kill -9` of `briefbot serve`, then a restart on the same database"
SURVIVED = "follow-ups answered after restart; no retry answered twice; integrity_check ok; no committed row lost"
TABLES = ("threads", "claims", "inbox")


def rows(db: Path) -> dict[str, set]:
    with sqlite3.connect(db) as conn:
        return {table: set(conn.execute(f"SELECT * FROM {table}").fetchall()) for table in TABLES}  # noqa: S608


def wait_for_row(db: Path, query: str, args: tuple, timeout: float = 20) -> tuple:
    deadline = time.monotonic() + timeout
    while True:
        with sqlite3.connect(db) as conn:
            row = conn.execute(query, args).fetchone()
        if row or time.monotonic() > deadline:
            assert row, f"no row for {query} {args}"
            return row
        time.sleep(0.05)


def assert_database_whole(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def assert_nothing_lost(db: Path, before: dict[str, set]) -> None:
    """Every row committed before the kill is still there, and the database is whole."""
    after = rows(db)
    for table in TABLES:
        assert before[table] <= after[table], f"{table}: committed rows lost in the kill"
    assert_database_whole(db)


@pytest.fixture
def briefs(tmp_path) -> Path:
    folder = copy_briefs(tmp_path / "briefs")
    shutil.copy(REPO / "tests" / "good_briefs" / "tiny-valid-story.yaml", folder)
    shutil.copy(REPO / "tests" / "good_briefs" / "sources" / "tiny-valid-story.txt", folder / "sources")
    return folder


def post_brief_and_wait(serving, fake: FakeSlack, db: Path, story: str, channel: str) -> str:
    """/brief STORY through a running `briefbot serve`; the thread's ts once its story is in the database."""
    assert serving.command(story, channel=channel)[0] == 200
    (post,) = fake.wait_for("chat.postMessage", timeout=30, channel=channel)
    ts = post.response["ts"]
    wait_for_row(db, "SELECT story FROM threads WHERE channel = ? AND thread_ts = ?", (channel, ts))
    return ts


@pytest.mark.reliability(RESTART, case="killed between the brief and its follow-up", outcome=SURVIVED)
def test_follow_up_after_kill_9_is_answered_and_nothing_is_lost(tmp_path, briefs):
    db, fake = tmp_path / "var" / "briefbot.sqlite3", FakeSlack()
    first = ServeProcess(briefs, db, fake, tmp_path).start()
    second = None
    try:
        ts = post_brief_and_wait(first, fake, db, STORY, "C0KILL")
        asked = reply_event(fake, "C0KILL", ts, "what will the weather be in Riyadh tomorrow?", user="U0ASKER")
        assert first.event(asked, event_id="EvBeforeKill") == 200
        fake.wait_for("chat.postMessage", timeout=30, channel="C0KILL", thread_ts=ts)
        wait_for_row(db, "SELECT key FROM claims WHERE key = ? AND state = 'done'", ("event:EvBeforeKill",))
        # the last write the answer makes: the link to where the question was asked, after the claim is done
        wait_for_row(db, "SELECT question FROM inbox WHERE user = ? AND permalink IS NOT NULL", ("U0ASKER",))
        before = rows(db)
        assert all(before.values()), before

        first.kill9()
        assert first.proc.returncode == -9
        second = ServeProcess(briefs, db, fake, tmp_path).start()

        follow_up = reply_event(fake, "C0KILL", ts, "what did the ACLU say?")
        assert second.event(follow_up, event_id="EvAfterKill") == 200
        deadline = time.monotonic() + 30
        while len(answers(fake, "C0KILL", ts)) < 2:
            assert time.monotonic() < deadline, "the follow-up after the restart was not answered"
            time.sleep(0.05)
        answer = answers(fake, "C0KILL", ts)[-1]
        assert answer.params["metadata"]["event_payload"]["story"] == STORY
        assert answer.params["metadata"]["event_payload"]["items"], "answered from the brief"
        assert not fake.calls("conversations.replies"), "the thread was known from the store, not recovered"

        assert second.event(asked, event_id="EvBeforeKill", retry=1) == 200  # Slack retrying the old event
        time.sleep(0.5)
        assert len(answers(fake, "C0KILL", ts)) == 2, "a retry of an answered event was answered again"
        assert second.command(STORY, channel="C0AFTER")[0] == 200
        (again,) = fake.wait_for("chat.postMessage", timeout=30, channel="C0AFTER")
        assert "1 unanswered question" in str(again.params["blocks"]), "the inbox survived the kill"
    finally:
        for serve in (first, second):
            if serve:
                serve.stop()
        fake.close()
    assert_nothing_lost(db, before)


@pytest.mark.reliability(RESTART, case="killed in the middle of 40 concurrent replies", outcome=SURVIVED)
def test_kill_9_during_a_burst_of_writes_loses_nothing_committed(tmp_path, briefs):
    db, fake = tmp_path / "var" / "briefbot.sqlite3", FakeSlack()
    first = ServeProcess(briefs, db, fake, tmp_path).start()
    second = None
    try:
        assert first.command("tiny-valid-story", channel="C0BURST")[0] == 200
        (post,) = fake.wait_for("chat.postMessage", timeout=30, channel="C0BURST")
        ts = post.response["ts"]
        wait_for_row(db, "SELECT story FROM threads WHERE thread_ts = ?", (ts,))
        events = [reply_event(fake, "C0BURST", ts, f"question {n} about the stock market", user=f"U0USER{n % 5}")
                  for n in range(40)]  # fmt: skip

        def fire(event):
            try:
                first.event(event)
            except OSError:
                pass  # the server was killed under this request

        threads = [threading.Thread(target=fire, args=(event,)) for event in events]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 30
        while len(answers(fake, "C0BURST", ts)) < 8 and time.monotonic() < deadline:
            time.sleep(0.005)
        first.kill9()
        for thread in threads:
            thread.join(timeout=30)
        assert_database_whole(db)
        answered_before = len(answers(fake, "C0BURST", ts))
        assert answered_before >= 8
        print(f"answered before the kill: {answered_before} of 40")
        killed = rows(db)
        # An unanswered question is in the inbox (committed) before its answer reaches Slack; an event's claim
        # is written just after, so only the last few answered may have none.
        assert len(killed["inbox"]) >= answered_before
        assert all(row[2].startswith("question ") and row[5] == ts for row in killed["inbox"]), (
            "no torn or mixed-up rows"
        )

        second = ServeProcess(briefs, db, fake, tmp_path).start()
        follow_up = reply_event(fake, "C0BURST", ts, "when does the bridge close?")
        assert second.event(follow_up) == 200
        deadline = time.monotonic() + 30
        while not any(
            a.params["metadata"]["event_payload"]["items"] for a in answers(fake, "C0BURST", ts)[answered_before:]
        ):
            assert time.monotonic() < deadline, "no answer after the restart"
            time.sleep(0.05)
    finally:
        for serve in (first, second):
            if serve:
                serve.stop()
        fake.close()
    assert_nothing_lost(db, killed)

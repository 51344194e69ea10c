"""Corrections reach everyone who saw the old version: a served brief edited on disk tells the threads where it
was posted, through the real app (`start_services`, its HTTP endpoint, signed requests, the loopback fake Slack)."""

from __future__ import annotations

import io
import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from bot import ids
from bot.app import build_app
from bot.console import ConsoleSession
from bot.console.fakeslack import FakeSlack
from bot.serve import start_services
from bot.settings import Settings
from bot.web import SlackServer
from tests.slackharness import REPO, SECRET, Harness, TrackedPool, copy_briefs, stop_harness
from tests.test_changes import QUOTE_BLOCK
from tests.test_reliability_briefs import ServeProcess
from tests.test_reliability_restart import post_brief_and_wait, wait_for_row

TINY = "tiny-valid-story"
FACT_OLD = "The bridge closes on 1 April for six weeks."
FACT_NEW = "The bridge closes on 8 April for seven weeks."
DAY = 86400


def start_served(briefs: Path, db: Path, days: int = 14) -> Harness:
    fake = FakeSlack()
    settings = Settings(
        bot_token="xoxb-test", signing_secret=SECRET, api_url=fake.url, port=0, briefs_dir=briefs, db_path=db,
        update_days=days,
    )  # fmt: skip
    library, services, _ = start_services(settings)
    listeners = TrackedPool()
    server = SlackServer(build_app(settings, services, executor=listeners), host="127.0.0.1", port=0)
    server.start()
    served = Harness(
        fake=fake, server=server, library=library, store=services.store, settings=settings, listeners=listeners
    )
    deadline = time.monotonic() + 10
    while TINY not in served.store.latest_versions():
        assert time.monotonic() < deadline, "the first versions were never recorded"
        time.sleep(0.02)
    time.sleep(0.3)  # let the watcher start before the test changes files
    return served


@pytest.fixture
def briefs(tmp_path) -> Path:
    folder = copy_briefs(tmp_path / "briefs")
    shutil.copy(REPO / "tests" / "good_briefs" / f"{TINY}.yaml", folder)
    shutil.copy(REPO / "tests" / "good_briefs" / "sources" / f"{TINY}.txt", folder / "sources")
    return folder


@pytest.fixture
def served(briefs, tmp_path):
    running = start_served(briefs, tmp_path / "var" / "briefbot.sqlite3")
    yield running
    stop_harness(running)


def post_brief(served: Harness, channel: str) -> str:
    """/brief TINY in a channel; the thread's ts once the app has recorded it."""
    status, _ = served.command(TINY, channel=channel)
    assert status == 200
    (post,) = served.posts(channel=channel)
    ts = post.response["ts"]
    assert served.wait_for_thread(channel, ts) == TINY
    return ts


def age_thread(served: Harness, channel: str, ts: str, days: float) -> None:
    """Make a thread look as if its brief was posted `days` ago."""
    with closing(sqlite3.connect(served.settings.db_path)) as conn, conn:
        conn.execute("UPDATE threads SET created = ? WHERE channel = ? AND thread_ts = ?",
                     (time.time() - days * DAY, channel, ts))  # fmt: skip


def updates(fake: FakeSlack, channel: str, ts: str) -> list:
    """Update messages posted in a thread (brief_update metadata)."""
    return [
        c for c in fake.calls("chat.postMessage", channel=channel, thread_ts=ts)
        if (c.params.get("metadata") or {}).get("event_type") == ids.EVENT_BRIEF_UPDATE
    ]  # fmt: skip


def wait_for_updates(fake: FakeSlack, threads: list[tuple[str, str]], timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        found = {thread: updates(fake, *thread) for thread in threads}
        if all(found.values()) or time.monotonic() > deadline:
            return found
        time.sleep(0.02)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def shown(call) -> str:
    """A message's text and blocks as one string, zero-width guards removed."""
    return (call.params.get("text", "") + str(call.params.get("blocks"))).replace("\u200b", "")


def test_an_edit_reaches_each_recent_thread_once_with_the_new_fact_and_the_withdrawn_quote(served, briefs):
    threads = [(channel, post_brief(served, channel)) for channel in ("C0ONE", "C0TWO")]
    old_thread = ("C0OLD", post_brief(served, "C0OLD"))
    age_thread(served, *old_thread, days=15)
    path = briefs / f"{TINY}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(FACT_OLD, FACT_NEW).replace(QUOTE_BLOCK, ""), encoding="utf-8")
    edited = time.monotonic()

    found = wait_for_updates(served.fake, threads, timeout=5)
    assert time.monotonic() - edited < 5 and all(found.values()), "every recent thread is told within 5 s"
    time.sleep(2)  # anything else would have come by now
    for thread in threads:
        (message,) = updates(served.fake, *thread)
        body = shown(message)
        assert message.params["text"].startswith("Brief updated")
        assert FACT_NEW in body and "Changed" in body, "the changed fact with its new text"
        assert FACT_OLD in body, "a changed figure shows what it said before"
        assert "Withdrawn" in body and "We have no choice but to close it" in body, "the withdrawn quote"
        payload = message.params["metadata"]["event_payload"]
        assert payload["story"] == TINY
        assert set(payload["items"]) == {"fact-closure-dates", "quote-holt-no-choice"}
    assert updates(served.fake, *old_thread) == [], "a thread older than 14 days is not told"
    history = served.store.versions(TINY)
    assert [v.seq for v in history] == [1, 2] and "quote-holt-no-choice" in history[-1].change


def test_an_edit_that_restricts_the_story_is_told_only_in_its_listed_channel(served, briefs):
    listed, other = ("C0LISTED", post_brief(served, "C0LISTED")), ("C0UNLISTED", post_brief(served, "C0UNLISTED"))
    path = briefs / f"{TINY}.yaml"
    text = path.read_text(encoding="utf-8").replace(FACT_OLD, FACT_NEW)
    path.write_text(text + "access:\n  channels: [C0LISTED]\n", encoding="utf-8")
    (message,) = wait_for_updates(served.fake, [listed], timeout=5)[listed]
    assert FACT_NEW in shown(message)
    time.sleep(2)  # the unlisted thread would have been told by now
    assert updates(served.fake, *other) == []


def test_comment_whitespace_and_key_order_edits_post_nothing(served, briefs):
    thread = ("C0WS", post_brief(served, "C0WS"))
    path = briefs / f"{TINY}.yaml"
    text = path.read_text(encoding="utf-8")
    title_line, status_line = text.splitlines()[:2]
    reordered = text.replace(f"{title_line}\n{status_line}\n", f"# a comment\n{status_line}\n\n{title_line}   \n")
    reordered = reordered.replace("  - name: Coastal Ferries\n    role: ferry operator",
                                  "  - role: ferry operator    # order changed\n    name: Coastal Ferries")  # fmt: skip
    assert reordered != text
    generation = served.library.generation
    path.write_text(reordered, encoding="utf-8")
    deadline = time.monotonic() + 5
    while served.library.generation == generation:
        assert time.monotonic() < deadline, "the edit was never reloaded"
        time.sleep(0.02)
    time.sleep(2.5)  # past the notifier's quiet wait
    assert updates(served.fake, *thread) == []
    assert len(served.store.versions(TINY)) == 1, "no new version for the same typed brief"

    edit(path, FACT_OLD, FACT_NEW)  # a real change after it is announced, so the notifier was listening
    (message,) = wait_for_updates(served.fake, [thread], timeout=5)[thread]
    assert FACT_NEW in shown(message) and "Withdrawn" not in shown(message)


def test_three_saves_in_ten_seconds_post_one_message_per_thread(served, briefs):
    threads = [(channel, post_brief(served, channel)) for channel in ("C0SAVE1", "C0SAVE2")]
    path = briefs / f"{TINY}.yaml"
    texts = [FACT_OLD, FACT_NEW, "The bridge closes on 9 April for eight weeks.", "The bridge closes in May."]
    for before, after in zip(texts, texts[1:], strict=False):
        edit(path, before, after)
        time.sleep(3)
    time.sleep(2)
    for thread in threads:
        (message,) = updates(served.fake, *thread)
        edits = served.fake.calls("chat.update", channel=thread[0], ts=message.response["ts"])
        assert edits, "later saves edit the thread's update message"
        final = shown(edits[-1])
        assert texts[-1] in final and FACT_OLD in final, "the edited message covers every save since the first"
        assert edits[-1].params["metadata"]["event_type"] == ids.EVENT_BRIEF_UPDATE
    assert len(served.store.versions(TINY)) == 4


def test_a_withdrawn_quote_cited_by_an_earlier_answer_is_called_out(served, briefs):
    channel, ts = "C0CITE", post_brief(served, "C0CITE")
    status, _ = served.reply(channel, ts, "what did Mara Holt say about closing it?")
    assert status == 200
    (answer,) = served.posts(channel=channel, thread_ts=ts)
    assert "quote-holt-no-choice" in answer.params["metadata"]["event_payload"]["items"]
    other_channel, other_ts = "C0NOCITE", post_brief(served, "C0NOCITE")
    edit(briefs / f"{TINY}.yaml", QUOTE_BLOCK, "")
    found = wait_for_updates(served.fake, [(channel, ts), (other_channel, other_ts)], timeout=5)
    (cited,) = found[(channel, ts)]
    assert "An earlier answer here cited `quote-holt-no-choice`, which has been withdrawn" in shown(cited)
    (uncited,) = found[(other_channel, other_ts)]
    assert "earlier answer" not in shown(uncited), "only the thread whose answer cited it"


def test_a_broken_edit_posts_nothing_and_keeps_the_last_good_version(served, briefs):
    thread = ("C0BROKEN", post_brief(served, "C0BROKEN"))
    path = briefs / f"{TINY}.yaml"
    good = path.read_text(encoding="utf-8")
    generation = served.library.generation
    path.write_text(good.replace(FACT_OLD, FACT_NEW).replace("status:", "status: [oops]\nold_status:", 1))
    deadline = time.monotonic() + 5
    while served.library.generation == generation:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(2.5)
    assert updates(served.fake, *thread) == []
    assert served.library.current.get(TINY).facts[0].text == FACT_OLD, "the last good version stays in service"
    path.write_text(good.replace(FACT_OLD, FACT_NEW), encoding="utf-8")
    (message,) = wait_for_updates(served.fake, [thread], timeout=5)[thread]
    assert FACT_NEW in shown(message)


def test_a_correction_leads_the_update_shows_under_the_title_and_is_listed(served, briefs):
    thread = ("C0CORR", post_brief(served, "C0CORR"))
    path = briefs / f"{TINY}.yaml"
    correction = (
        'corrections:\n  - date: "2024-03-06"\n    text: The closure starts on 8 April, not 1 April.\n'
        "    items: [fact-closure-dates, quote-holt-no-choice]\n"
    )
    text = path.read_text(encoding="utf-8").replace(FACT_OLD, FACT_NEW).replace(QUOTE_BLOCK, "")
    path.write_text(text + correction, encoding="utf-8")
    (message,) = wait_for_updates(served.fake, [thread], timeout=5)[thread]
    assert message.params["text"].startswith("Correction")
    assert message.params["blocks"][0]["text"]["text"].startswith("*Correction*")
    assert "The closure starts on 8 April, not 1 April." in shown(message)

    status, _ = served.command(TINY, channel="C0AFTER")
    (overview,) = served.posts(channel="C0AFTER")
    blocks = overview.params["blocks"]
    assert blocks[0]["type"] == "header" and "Correction" in blocks[1]["text"]["text"]
    assert "not 1 April" in blocks[1]["text"]["text"]

    _, name = served.command(f"{TINY} corrections", channel="C0AFTER")
    (listed,) = served.private_replies(name)
    assert "not 1 April" in str(listed.params) and "fact-closure-dates" in str(listed.params)
    _, name = served.command(f"{TINY} changes", channel="C0AFTER")
    (history,) = served.private_replies(name)
    lines = str(history.params).replace("\u200b", "")
    assert "v2" in lines and "v1" in lines and "withdrawn `quote-holt-no-choice`" in lines
    assert "changed `fact-closure-dates` (text)" in lines and "correction" in lines
    assert len(served.fake.calls("chat.postMessage", channel="C0AFTER")) == 1, "the history is private"


def test_restart_between_edit_and_update_announces_once(briefs, tmp_path):
    db = tmp_path / "var" / "briefbot.sqlite3"
    first = start_served(briefs, db)
    try:
        thread = ("C0RESTART", post_brief(first, "C0RESTART"))
    finally:
        stop_harness(first)
    edit(briefs / f"{TINY}.yaml", FACT_OLD, FACT_NEW)  # while no bot is running

    for attempt in range(2):  # the second start finds nothing left to announce
        again = start_served(briefs, db)
        try:
            found = wait_for_updates(again.fake, [thread], timeout=5)[thread]
            time.sleep(1)
            calls = updates(again.fake, *thread)
        finally:
            stop_harness(again)
        if attempt == 0:
            assert len(calls) == 1 and FACT_NEW in shown(found[0])
        else:
            assert calls == [], "a restart does not announce the same version again"


def test_two_instances_on_one_database_announce_an_edit_once(briefs, tmp_path):
    db = tmp_path / "var" / "briefbot.sqlite3"
    first, second = start_served(briefs, db), start_served(briefs, db)
    try:
        threads = [("C0SHARED1", post_brief(first, "C0SHARED1")), ("C0SHARED2", post_brief(second, "C0SHARED2"))]
        edit(briefs / f"{TINY}.yaml", FACT_OLD, FACT_NEW)
        deadline = time.monotonic() + 5
        while not all(updates(first.fake, *t) + updates(second.fake, *t) for t in threads):
            assert time.monotonic() < deadline, "each thread is told by one of the instances"
            time.sleep(0.02)
        time.sleep(2)
        for thread in threads:
            assert len(updates(first.fake, *thread) + updates(second.fake, *thread)) == 1
        assert [v.seq for v in first.store.versions(TINY)] == [1, 2], "one history, recorded once"
    finally:
        stop_harness(first)
        stop_harness(second)


def test_the_console_shows_an_edit_in_the_thread_and_lists_the_versions(briefs):
    out = io.StringIO()
    session = ConsoleSession(Settings(briefs_dir=briefs, db_path=briefs.parent / "console.sqlite3"), out=out)
    try:
        session.handle(f"/brief {TINY}")
        edit(briefs / f"{TINY}.yaml", FACT_OLD, FACT_NEW)
        session.handle(f"/brief {TINY} changes")
        edit(briefs / f"{TINY}.yaml", FACT_NEW, "The bridge closes in May.")
        session.handle(f"/brief {TINY} corrections")
    finally:
        session.close()
    shown = out.getvalue().replace("\u200b", "")
    update = shown.index("▌ briefbot · in thread 1")
    assert shown.index("Brief updated") > update and FACT_NEW in shown[update:]
    assert "v2 · " in shown and "changed fact-closure-dates (text)" in shown, "the versions, listed privately"
    assert "▌ briefbot · edited its message in thread 1" in shown, "a second save within a minute edits the update"
    assert "has no corrections" in shown


def test_briefbot_serve_killed_then_restarted_after_an_edit_announces_it_once(briefs, tmp_path):
    db, fake = tmp_path / "var" / "briefbot.sqlite3", FakeSlack()
    first = ServeProcess(briefs, db, fake, tmp_path).start()
    second = None
    try:
        ts = post_brief_and_wait(first, fake, db, TINY, "C0KILLED")
        wait_for_row(db, "SELECT seq FROM brief_versions WHERE story = ?", (TINY,))
        first.kill9()
        edit(briefs / f"{TINY}.yaml", FACT_OLD, FACT_NEW)
        second = ServeProcess(briefs, db, fake, tmp_path).start()
        fake.wait_for("chat.postMessage", timeout=30, channel="C0KILLED", thread_ts=ts)
        time.sleep(1)
        (message,) = updates(fake, "C0KILLED", ts)
        assert FACT_NEW in shown(message) and FACT_OLD in shown(message)
        assert "version 2 recorded" in second.log()
    finally:
        for serve in (first, second):
            if serve:
                serve.stop()
        fake.close()

"""Real `briefbot serve` processes: two on one database (SQLite, and PostgreSQL) answer each event exactly
once and share their threads; SIGTERM in the middle of a burst loses no acked request."""

from __future__ import annotations

import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.console import payloads
from bot.console.fakeslack import FakeSlack
from bot.store import Store
from tests.slackharness import STORY, answers, copy_briefs, reply_event
from tests.test_reliability_briefs import ServeProcess

QUESTIONS = ["what did the ACLU say?", "who is Kade Crockford?", "timeline please", "what don't we know?"]


def wait_until(check, timeout: float = 30, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


@pytest.mark.reliability("Two `briefbot serve` processes on one database", case=None, outcome="each answered once")
def test_two_processes_on_one_database_answer_each_question_once_and_share_threads(tmp_path, database):
    fake = FakeSlack(latency=(0.02, 0.01))
    briefs = copy_briefs(tmp_path / "briefs")
    one = ServeProcess(briefs, database, fake, tmp_path).start()
    other = ServeProcess(briefs, database, fake, tmp_path).start()
    try:
        assert one.command(STORY, channel="C0TWO")[0] == 200
        (post,) = fake.wait_for("chat.postMessage", timeout=30, channel="C0TWO")
        ts = post.response["ts"]
        wait_until(lambda: Store(database).thread_story("C0TWO", ts) == STORY, what="the thread to be stored")

        events = [reply_event(fake, "C0TWO", ts, QUESTIONS[n % len(QUESTIONS)]) for n in range(24)]
        start = threading.Barrier(2 * len(events))

        def deliver(serve: ServeProcess, n: int) -> int:
            start.wait(timeout=30)  # every copy of every event sent at the same moment
            return serve.event(events[n], event_id=f"EvTwo{n}")

        with ThreadPoolExecutor(max_workers=2 * len(events)) as pool:
            acks = list(pool.map(lambda job: deliver(*job), [(s, n) for n in range(len(events)) for s in (one, other)]))
        assert acks == [200] * len(acks)
        wait_until(lambda: len(answers(fake, "C0TWO", ts)) >= len(events), what="every question answered")
        time.sleep(1.0)  # a duplicate would come now
        assert len(answers(fake, "C0TWO", ts)) == len(events), "a question was answered twice"

        asked = reply_event(fake, "C0TWO", ts, "what did the ACLU say?")
        assert other.event(asked, event_id="EvOtherOnly") == 200
        wait_until(lambda: len(answers(fake, "C0TWO", ts)) == len(events) + 1, what="the other process's answer")
        assert not fake.calls("conversations.replies"), "the thread was known from the shared database"
    finally:
        one.stop()
        other.stop()
        fake.close()


def test_sigterm_in_the_middle_of_a_burst_answers_every_acked_request_and_exits_0(tmp_path):
    fake = FakeSlack(latency=(0.1, 0.05))
    serve = ServeProcess(copy_briefs(tmp_path / "briefs"), tmp_path / "var" / "briefbot.sqlite3", fake, tmp_path)
    serve.start()
    try:
        assert serve.command(STORY, channel="C0TERM")[0] == 200
        (post,) = fake.wait_for("chat.postMessage", timeout=30, channel="C0TERM")
        ts = post.response["ts"]
        wait_until(lambda: Store(serve.db_path).thread_story("C0TERM", ts) == STORY, what="the thread to be stored")

        began = time.monotonic()

        def ask(n: int) -> tuple[str, int | None]:
            time.sleep(max(0.0, began + n / 40 - time.monotonic()))  # 40 requests a second
            if n % 3 == 0:
                channel = f"C0TERMCMD{n}"
                body = payloads.slash_command(STORY, channel, "U0REPORTER", fake.response_url(channel))
                kind = ("command", channel)
            else:
                event = reply_event(fake, "C0TERM", ts, QUESTIONS[n % len(QUESTIONS)])
                body, kind = payloads.event_callback(event, f"EvTerm{n}"), ("event", event["ts"])
            try:
                status = serve.send(body, payloads.FORM if kind[0] == "command" else payloads.JSON)
            except OSError:
                status = None  # refused: the server had stopped taking requests
            return kind, status

        with ThreadPoolExecutor(max_workers=16) as pool:
            futures = [pool.submit(ask, n) for n in range(200)]
            time.sleep(2.0)
            serve.proc.send_signal(signal.SIGTERM)
            results = [future.result() for future in futures]
        assert serve.proc.wait(timeout=30) == 0
        acked = [kind for kind, status in results if status == 200]
        assert len(acked) >= 10, "the burst was under way when SIGTERM came"
        assert len(acked) < len(results), "SIGTERM came before the burst was over"
        acked_events = sum(1 for kind, _ in acked if kind == "event")
        assert len(answers(fake, "C0TERM", ts)) >= acked_events, "an acked question was never answered"
        store = Store(serve.db_path)
        for kind, key in acked:  # each reply sent, and Slack's answer to it taken in and recorded
            if kind == "command":
                (post,) = fake.calls("chat.postMessage", channel=key)
                assert store.thread_story(key, post.response["ts"]) == STORY, f"/brief in {key} not finished"
            else:
                assert store.db.rows("SELECT state FROM claims WHERE key = ?", (f"msg:C0TERM:{key}",)) == [("done",)], (
                    f"the question {key} was acked but its answer not finished"
                )
        assert "stopped" in serve.log()
    finally:
        serve.stop()
        fake.close()

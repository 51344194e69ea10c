"""Slack failing under the app, injected at the loopback fake Web API: what the person sees, and the next request.

Each failure mode is one case of the Reliability table in BENCHMARKS.md. For each, the test asserts what reaches
the person (the brief after a retry, or a private message saying what to do) and that the next /brief works.
"""

from __future__ import annotations

import json
import sqlite3
import time
from contextlib import closing

import pytest

from bot import ids
from tests.slackharness import STORY
from tests.test_properties import assert_sent_within_limits

SLACK = "Slack failing under the app (injected at the fake Web API)"
RECOVERED = "the brief arrives after retry, or a private note says what to do; the next /brief is served"


def mode(case: str):
    return pytest.mark.reliability(SLACK, case=case, outcome=RECOVERED)


def text_of(call) -> str:
    return json.dumps(call.params.get("blocks") or [], ensure_ascii=False) + (call.params.get("text") or "")


def is_brief(call, story: str = STORY) -> bool:
    return (call.params.get("metadata") or {}).get("event_payload", {}).get("story") == story


def assert_next_brief_is_served(harness, channel: str = "C0NEXT") -> None:
    """The app keeps serving: a fresh /brief in another channel posts once and its thread is recorded."""
    status, name = harness.command(STORY, channel=channel)
    assert status == 200
    (post,) = harness.posts(channel=channel, timeout=15)
    assert post.response["ok"] and is_brief(post)
    assert harness.wait_for_thread(channel, post.response["ts"]) == STORY
    assert not harness.fake.calls("response_url", name=name), "no private note when all is well"


def assert_nothing_stored(harness, channel: str) -> None:
    with closing(sqlite3.connect(harness.settings.db_path)) as conn:
        assert not conn.execute("SELECT * FROM threads WHERE channel = ?", (channel,)).fetchall()


def brief_thread(harness, channel: str) -> str:
    """/brief STORY in `channel`, once posted and recorded; returns the thread's ts."""
    harness.command(STORY, channel=channel)
    ts = harness.posts(channel=channel)[0].response["ts"]
    assert harness.wait_for_thread(channel, ts) == STORY
    return ts


def brief_arrived_after(harness, channel: str, injected: list[str | None], timeout: float = 20) -> object:
    """The posts to `channel`: the injected failures first, then the brief itself; returns the good post."""
    posts = harness.fake.wait_for("chat.postMessage", count=len(injected), timeout=timeout, channel=channel)
    assert [p.injected for p in posts] == injected, [str(p) for p in posts]
    good = posts[-1]
    assert good.response["ok"] and is_brief(good)
    assert_sent_within_limits(good)
    assert good.params["blocks"][0]["type"] == "header"
    assert harness.wait_for_thread(channel, good.response["ts"]) == STORY
    return good


@mode("429 with Retry-After")
def test_rate_limited_post_waits_retry_after_and_the_brief_arrives(harness):
    harness.fake.fail("chat.postMessage", "ratelimited", retry_after=1)
    status, name = harness.command(STORY, channel="C0RATE")
    assert status == 200
    first, good = harness.fake.wait_for("chat.postMessage", count=2, timeout=20, channel="C0RATE")
    assert first.response == {"ok": False, "error": "ratelimited"}
    assert good.time - first.time >= 1.0, "the retry waited for Retry-After"
    brief_arrived_after(harness, "C0RATE", ["ratelimited", None])
    assert not harness.fake.calls("response_url", name=name)
    assert_next_brief_is_served(harness)


@pytest.mark.parametrize("kind", ["http_500", "http_503"])
@pytest.mark.reliability(SLACK, outcome=RECOVERED)
def test_server_error_is_retried_and_the_brief_arrives(harness, kind):
    harness.fake.fail("chat.postMessage", kind)
    status, name = harness.command(STORY, channel="C0FIVE")
    assert status == 200
    brief_arrived_after(harness, "C0FIVE", [kind, None])
    assert not harness.fake.calls("response_url", name=name)
    assert_next_brief_is_served(harness)


@mode("connection reset")
def test_reset_connection_is_retried_and_the_brief_arrives(harness):
    harness.fake.fail("chat.postMessage", "reset")
    status, name = harness.command(STORY, channel="C0RESET")
    assert status == 200
    brief_arrived_after(harness, "C0RESET", ["reset", None])
    assert not harness.fake.calls("response_url", name=name)
    assert_next_brief_is_served(harness)


@mode("reply slower than 3 seconds")
def test_slow_slack_never_delays_the_ack_and_the_brief_arrives(harness):
    harness.fake.fail("chat.postMessage", "slow", seconds=3.5)
    status, _ = harness.command(STORY, channel="C0SLOW")
    assert status == 200
    # The fake records a call only once it has answered: the ack came back while Slack was still slow.
    assert not harness.fake.calls("chat.postMessage"), "the command's HTTP response waited for the slow post"
    (post,) = harness.fake.wait_for("chat.postMessage", timeout=20, channel="C0SLOW")
    assert post.injected == "slow" and post.response["ok"] and is_brief(post)
    assert harness.wait_for_thread("C0SLOW", post.response["ts"]) == STORY
    assert_next_brief_is_served(harness)


CANNOT_POST = {
    # error: (what the private note must say, what it must not say)
    "not_in_channel": (["/invite @briefbot", "run the command again"], ["archived"]),
    "channel_not_found": (["/invite @briefbot", "private channel", "direct message"], ["archived"]),
    "is_archived": (["archived", "another channel"], ["/invite"]),
}


@pytest.mark.parametrize("error", sorted(CANNOT_POST))
@pytest.mark.reliability(SLACK, outcome=RECOVERED)
def test_cannot_post_here_is_explained_privately_with_the_brief(harness, error):
    must, must_not = CANNOT_POST[error]
    harness.fake.fail("chat.postMessage", error)
    status, name = harness.command(STORY, channel="C0NOPE")
    assert status == 200
    (note,) = harness.private_replies(name, timeout=15)
    assert note.params["response_type"] == "ephemeral"
    shown = text_of(note)
    for phrase in must:
        assert phrase in shown, f"{error}: the note should say {phrase!r}: {shown[:400]}"
    for phrase in must_not:
        assert phrase not in shown, f"{error}: wrong advice {phrase!r}: {shown[:400]}"
    blocks = note.params["blocks"]
    assert any(b["type"] == "header" for b in blocks), "the brief itself comes with the note"
    assert not any(b["type"] == "actions" for b in blocks), "no buttons that cannot work there"
    assert_sent_within_limits(note)
    (post,) = harness.fake.calls("chat.postMessage", channel="C0NOPE")
    assert post.injected == error
    assert_nothing_stored(harness, "C0NOPE")
    assert_next_brief_is_served(harness)


@pytest.mark.parametrize("error", ["msg_too_long", "invalid_blocks"])
@pytest.mark.reliability(SLACK, outcome=RECOVERED)
def test_refused_blocks_fall_back_to_plain_text_and_say_what_to_do(harness, error):
    harness.fake.fail("chat.postMessage", error)
    status, name = harness.command(STORY, channel="C0BIG")
    assert status == 200
    refused, fallback = harness.fake.wait_for("chat.postMessage", count=2, timeout=15, channel="C0BIG")
    assert refused.injected == error and fallback.injected is None and fallback.response["ok"]
    assert not fallback.params.get("blocks"), "the fallback is text only"
    brief = harness.library.current.get(STORY)
    assert brief.title[:40] in fallback.params["text"] and "Plain-text version" in fallback.params["text"]
    assert is_brief(fallback), "the fallback carries the brief's metadata"
    assert_sent_within_limits(fallback)
    (note,) = harness.private_replies(name, timeout=15)
    shown = text_of(note)
    assert note.params["response_type"] == "ephemeral"
    assert "plain-text version" in shown and f"/brief {STORY} facts" in shown and error in shown
    ts = fallback.response["ts"]
    assert harness.wait_for_thread("C0BIG", ts) == STORY, "follow-ups in the fallback's thread are answered"
    assert_next_brief_is_served(harness)


@mode("ratelimited on response_url")
def test_rate_limited_response_url_is_retried_and_the_private_reply_arrives(harness):
    harness.fake.fail("response_url", "ratelimited", retry_after=1)
    status, name = harness.command("help")
    assert status == 200
    first, reply = harness.fake.wait_for("response_url", count=2, timeout=20, name=name)
    assert first.injected == "ratelimited" and reply.injected is None
    assert reply.response == {"status": 200, "body": "ok"}
    assert reply.params["response_type"] == "ephemeral" and "/brief STORY" in text_of(reply)
    assert reply.time - first.time >= 1.0, "the retry waited for Retry-After"
    assert_next_brief_is_served(harness)


# -- beyond the eleven: failures that outlast the retries, and partial posts ---------------------------------
@mode("500 on every retry")
def test_slack_down_after_retries_says_try_again_and_stores_nothing(harness):
    harness.fake.fail("chat.postMessage", "http_500", times=3)
    status, name = harness.command(STORY, channel="C0DOWN")
    assert status == 200
    (note,) = harness.private_replies(name, timeout=20)
    assert "try again" in text_of(note) and note.params["response_type"] == "ephemeral"
    assert [p.injected for p in harness.fake.calls("chat.postMessage", channel="C0DOWN")] == ["http_500"] * 3
    assert_nothing_stored(harness, "C0DOWN")
    assert_next_brief_is_served(harness)


@mode("blocks and plain text both refused")
def test_refused_twice_says_nothing_was_posted(harness):
    harness.fake.fail("chat.postMessage", "invalid_blocks", times=2)
    status, name = harness.command(STORY, channel="C0NONE")
    assert status == 200
    (note,) = harness.private_replies(name, timeout=15)
    shown = text_of(note)
    assert "nothing was posted" in shown and f"/brief {STORY} summary" in shown
    assert_nothing_stored(harness, "C0NONE")
    assert_next_brief_is_served(harness)


@mode("follow-on message of a long brief refused")
def test_follow_on_refused_keeps_the_thread_and_says_so(harness):
    harness.fake.fail("chat.postMessage", "slow", seconds=0)  # the first message goes through as usual
    harness.fake.fail("chat.postMessage", "msg_too_long")
    status, name = harness.command(f"{STORY} all", channel="C0PART")
    assert status == 200
    (note,) = harness.private_replies(name, timeout=15)
    assert "Only the start of the brief was posted" in text_of(note)
    first = harness.fake.calls("chat.postMessage", channel="C0PART")[0]
    assert first.response["ok"] and is_brief(first)
    assert harness.wait_for_thread("C0PART", first.response["ts"]) == STORY, "the posted start still has its thread"
    assert_next_brief_is_served(harness)


@mode("429 on a thread answer")
def test_rate_limited_answer_in_a_thread_is_retried_and_arrives(harness):
    ts = brief_thread(harness, "C0ASK")
    harness.fake.fail("chat.postMessage", "ratelimited", retry_after=1)
    harness.reply("C0ASK", ts, "what did the ACLU say?")
    answers = harness.fake.wait_for("chat.postMessage", count=2, timeout=20, thread_ts=ts)
    assert [a.injected for a in answers] == ["ratelimited", None]
    meta = answers[1].params["metadata"]
    assert meta["event_type"] == ids.EVENT_BRIEF_ANSWER and meta["event_payload"]["items"]
    time.sleep(0.3)
    assert len(harness.fake.calls("chat.postMessage", thread_ts=ts)) == 2, "answered once, not twice"
    assert_next_brief_is_served(harness)


@mode("thread answer slower than 3 seconds")
def test_slow_slack_never_delays_an_events_ack_and_the_answer_arrives(harness):
    ts = brief_thread(harness, "C0SLOWQ")
    harness.fake.fail("chat.postMessage", "slow", seconds=3.5)
    started = time.monotonic()
    status, _ = harness.reply("C0SLOWQ", ts, "what did the ACLU say?")
    assert status == 200
    assert time.monotonic() - started < 3, "the event's HTTP response waited for the slow answer"
    assert not harness.fake.calls("chat.postMessage", thread_ts=ts)
    (answer,) = harness.fake.wait_for("chat.postMessage", timeout=20, thread_ts=ts)
    assert answer.injected == "slow" and answer.params["metadata"]["event_payload"]["items"]
    assert_next_brief_is_served(harness)

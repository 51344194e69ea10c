"""Duplicates and concurrency through the real HTTP path: every question answered exactly once, in its own thread,
with no "database is locked" and no error logged."""

from __future__ import annotations

import logging
import shutil
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot import ids
from bot.console import payloads
from bot.console.fakeslack import BOT_USER_ID
from tests.slackharness import REPO, STORY
from tests.test_properties import assert_sent_within_limits

DUPES = "Duplicates: retried events, one message by two routes"
ONCE = "answered exactly once"
CONCURRENT = "Concurrency: slash commands and thread replies from several users at once"
NO_MIXUP = "each answered exactly once, in its own thread, for its own story; no 'database is locked', no error logged"
TINY = "tiny-valid-story"


@pytest.fixture
def two_stories(harness):
    folder = harness.settings.briefs_dir
    shutil.copy(REPO / "tests" / "good_briefs" / f"{TINY}.yaml", folder)
    shutil.copy(REPO / "tests" / "good_briefs" / "sources" / f"{TINY}.txt", folder / "sources")
    harness.library.refresh()
    assert harness.library.current.get(TINY) is not None
    return harness


def post_brief(harness, story: str, channel: str) -> str:
    status, _ = harness.command(story, channel=channel)
    assert status == 200
    ts = harness.posts(channel=channel, timeout=15)[0].response["ts"]
    assert harness.wait_for_thread(channel, ts, timeout=15) == story
    return ts


def answers(harness, channel: str, thread_ts: str) -> list:
    return [
        c for c in harness.fake.calls("chat.postMessage", channel=channel, thread_ts=thread_ts)
        if (c.params.get("metadata") or {}).get("event_type") == ids.EVENT_BRIEF_ANSWER
    ]  # fmt: skip


def wait_for_answers(harness, channel: str, thread_ts: str, count: int, timeout: float = 20) -> list:
    deadline = time.monotonic() + timeout
    while len(answers(harness, channel, thread_ts)) < count:
        assert time.monotonic() < deadline, f"{len(answers(harness, channel, thread_ts))} of {count} answers"
        time.sleep(0.02)
    time.sleep(0.5)  # anything extra the app might still send
    return answers(harness, channel, thread_ts)


def assert_clean_log(caplog) -> None:
    bad = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING or "locked" in r.getMessage()]
    assert not bad, bad


def message_event(harness, channel: str, thread_ts: str, text: str, user: str = "U0REPORTER") -> dict:
    message = harness.fake.add_message(channel, text, user=user, thread_ts=thread_ts)
    return payloads.thread_message(channel, user, text, message["ts"], thread_ts)


@pytest.mark.reliability(DUPES, case="retried event (X-Slack-Retry-Num 1, 2, 3)", outcome=ONCE)
def test_retried_event_is_answered_once(harness, caplog):
    ts = post_brief(harness, STORY, "C0RETRY")
    event = message_event(harness, "C0RETRY", ts, "what did the ACLU say?")
    for retry in (None, 1, 2, 3):
        assert harness.event(event, event_id="EvRetried", retry=retry) == 200
    assert len(wait_for_answers(harness, "C0RETRY", ts, 1)) == 1
    assert_clean_log(caplog)


@pytest.mark.reliability(DUPES, case="eight deliveries of one event at the same moment", outcome=ONCE)
def test_simultaneous_deliveries_of_one_event_are_answered_once(harness, caplog):
    ts = post_brief(harness, STORY, "C0SAME")
    event = message_event(harness, "C0SAME", ts, "what did the ACLU say?")
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda n: harness.event(event, event_id="EvSame", retry=n or None), range(8)))
    assert statuses == [200] * 8
    assert len(wait_for_answers(harness, "C0SAME", ts, 1)) == 1
    assert_clean_log(caplog)


@pytest.mark.reliability(DUPES, case="retried event with a new event_id", outcome=ONCE)
def test_the_same_message_under_two_event_ids_is_answered_once(harness, caplog):
    ts = post_brief(harness, STORY, "C0IDS")
    event = message_event(harness, "C0IDS", ts, "what did the ACLU say?")
    assert harness.event(event, event_id="EvFirst") == 200
    assert harness.event(event, event_id="EvSecond", retry=1) == 200
    assert len(wait_for_answers(harness, "C0IDS", ts, 1)) == 1
    assert_clean_log(caplog)


@pytest.mark.reliability(DUPES, case="one message as `message` and as `app_mention`, ten at once", outcome=ONCE)
def test_one_message_by_two_routes_at_once_is_answered_once(harness, caplog):
    ts = post_brief(harness, STORY, "C0TWO")
    routed = []
    for n in range(10):
        text = f"<@{BOT_USER_ID}> what did the ACLU say? ({n})"
        base = message_event(harness, "C0TWO", ts, text, user=f"U0USER{n}")
        routed += [{**base, "type": "app_mention"}, {**base, "type": "message"}]
    with ThreadPoolExecutor(max_workers=20) as pool:
        assert list(pool.map(harness.event, routed)) == [200] * 20
    assert len(wait_for_answers(harness, "C0TWO", ts, 10)) == 10
    assert_clean_log(caplog)


@pytest.mark.reliability(DUPES, case="a retried mention outside a thread", outcome="one private hint")
def test_retried_mention_outside_a_thread_gets_one_hint(harness, caplog):
    event = {"type": "app_mention", "channel": "C0HINT", "user": "U0REPORTER", "text": f"<@{BOT_USER_ID}> hi",
             "ts": "1700000500.000100"}  # fmt: skip
    for retry in (None, 1, 2):
        assert harness.event(event, event_id="EvHint", retry=retry) == 200
    harness.fake.wait_for("chat.postEphemeral", timeout=10)
    time.sleep(0.5)
    assert len(harness.fake.calls("chat.postEphemeral")) == 1
    assert_clean_log(caplog)


@pytest.mark.reliability(
    CONCURRENT, case="50 at once: 25 /brief and 25 thread replies, 5 users, 2 stories", outcome=NO_MIXUP
)
def test_fifty_concurrent_commands_and_replies_are_each_answered_once_in_their_thread(two_stories, caplog):
    harness = two_stories
    caplog.set_level(logging.INFO)
    threads = {}  # (channel, ts) -> story
    for n, story in enumerate((STORY, TINY, STORY, TINY, STORY)):
        channel = f"C0MIX{n}"
        threads[(channel, post_brief(harness, story, channel))] = story
    questions = {STORY: "what did the ACLU say?", TINY: "when does the bridge close?"}
    thread_list = list(threads)
    work = []
    for n in range(25):
        story = (STORY, TINY)[n % 2]
        work.append(("command", story, f"C0CMD{n:02d}", f"U0USER{n % 5}"))
        channel, ts = thread_list[n % len(thread_list)]
        work.append(("reply", threads[(channel, ts)], (channel, ts), f"U0USER{(n + 2) % 5}"))
    events = {
        id(item): message_event(harness, item[2][0], item[2][1], questions[item[1]], user=item[3])
        for item in work if item[0] == "reply"
    }  # fmt: skip

    def run(item):
        kind, story, where, user = item
        if kind == "command":
            return harness.command(story, channel=where, user=user)[0]
        return harness.event(events[id(item)])

    with ThreadPoolExecutor(max_workers=50) as pool:
        assert list(pool.map(run, work)) == [200] * 50

    for kind, story, where, _ in work:
        if kind == "command":
            (post,) = harness.posts(channel=where, timeout=20)
            assert post.params["metadata"]["event_payload"]["story"] == story
            assert harness.wait_for_thread(where, post.response["ts"], timeout=15) == story
    expected = Counter(item[2] for item in work if item[0] == "reply")
    for (channel, ts), count in expected.items():
        got = wait_for_answers(harness, channel, ts, count)
        assert len(got) == count, f"{channel}: {len(got)} answers to {count} replies"
        for answer in got:
            payload = answer.params["metadata"]["event_payload"]
            assert payload["story"] == threads[(channel, ts)], "an answer went to another story's thread"
            assert answer.params["thread_ts"] == ts
            assert_sent_within_limits(answer)
    commands = [p for p in harness.fake.calls("chat.postMessage") if p.params["channel"].startswith("C0CMD")]
    assert len(commands) == 25, "one post per command"
    assert not harness.fake.calls("response_url"), "no command needed a private apology"
    assert_clean_log(caplog)


@pytest.mark.reliability(CONCURRENT, case="40 replies at once in one thread from 8 users", outcome=NO_MIXUP)
def test_many_replies_in_one_thread_at_once_are_each_answered_once(two_stories, caplog):
    harness = two_stories
    ts = post_brief(harness, TINY, "C0HOT")
    texts = ["when does the bridge close?", "who is Mara Holt?", "will ferries run?", "what is the weather on Mars?"]
    events = [message_event(harness, "C0HOT", ts, texts[n % 4], user=f"U0USER{n % 8}") for n in range(40)]
    with ThreadPoolExecutor(max_workers=40) as pool:
        assert list(pool.map(harness.event, events)) == [200] * 40
    got = wait_for_answers(harness, "C0HOT", ts, 40, timeout=30)
    assert len(got) == 40
    assert all(a.params["metadata"]["event_payload"]["story"] == TINY for a in got)
    assert len(harness.store.inbox(TINY)) == 10, "each uncovered question in the inbox once"
    assert_clean_log(caplog)


@pytest.mark.reliability(CONCURRENT, case="20 /brief at once in one channel", outcome=NO_MIXUP)
def test_many_commands_in_one_channel_at_once_each_get_their_own_thread(two_stories, caplog):
    harness = two_stories
    stories = [(STORY, TINY)[n % 2] for n in range(20)]
    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(lambda pair: harness.command(pair[1], channel="C0BUSY", user=f"U0USER{pair[0] % 4}"),
                                enumerate(stories)))  # fmt: skip
    assert [status for status, _ in results] == [200] * 20
    posts = harness.posts(count=20, channel="C0BUSY", timeout=20)
    time.sleep(0.5)
    posts = harness.fake.calls("chat.postMessage", channel="C0BUSY")
    assert len(posts) == 20 and len({p.response["ts"] for p in posts}) == 20
    assert Counter(p.params["metadata"]["event_payload"]["story"] for p in posts) == Counter(stories)
    for post in posts:
        story = post.params["metadata"]["event_payload"]["story"]
        assert harness.wait_for_thread("C0BUSY", post.response["ts"]) == story
    assert_clean_log(caplog)

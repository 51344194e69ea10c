"""`briefbot serve` in Socket Mode: a real process connects to a loopback Socket Mode endpoint and is driven
with the envelopes Slack sends there, its Web API calls recorded by the fake Web API."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import urllib.parse

import pytest

from bot import ids
from bot.console import payloads
from bot.console.fakeslack import FakeSlack
from bot.store import Store
from tests.fake_socket_mode import FakeSocketMode
from tests.slackharness import STORY, answers, copy_briefs, reply_event
from tests.test_reliability_briefs import free_port, serve_env


def start_serve(workdir, web: FakeSlack, socket_mode: FakeSocketMode) -> subprocess.Popen:
    """`briefbot serve` in Socket Mode, once connected to the fake endpoint; its log in workdir/serve.log."""
    web.socket_mode_url = socket_mode.url
    env = serve_env(copy_briefs(workdir / "briefs"), workdir / "var" / "briefbot.sqlite3", web.url, free_port())
    del env["SLACK_SIGNING_SECRET"]  # Socket Mode needs no signing secret: the app token opens the connection
    env["SLACK_APP_TOKEN"] = "xapp-1-A0BRIEF-test"
    log_path = workdir / "serve.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve"], cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        socket_mode.wait_connected(timeout=90, still_running=lambda: process.poll() is None)
    except AssertionError as failure:
        process.kill()
        raise AssertionError(f"{failure}\n{log_path.read_text(errors='replace')[-3000:]}") from None
    return process


@pytest.fixture(scope="module")
def slack(tmp_path_factory):
    """(fake Web API, fake Socket Mode endpoint) with `briefbot serve` connected in Socket Mode."""
    web, socket_mode = FakeSlack(), FakeSocketMode()
    process = start_serve(tmp_path_factory.mktemp("socket-mode"), web, socket_mode)
    try:
        yield web, socket_mode
    finally:
        process.kill()
        process.wait(timeout=30)
        socket_mode.close()
        web.close()


def command(slack, text: str, channel: str) -> str:
    web, socket_mode = slack
    form = payloads.slash_command(text, channel, "U0REPORTER", web.response_url(channel))
    return socket_mode.send("slash_commands", dict(urllib.parse.parse_qsl(form)))


def posted_brief(slack, channel: str) -> str:
    """/brief STORY in a channel over the socket; the ts of the overview it posted."""
    web, socket_mode = slack
    envelope = command(slack, STORY, channel)
    assert socket_mode.wait_ack(envelope)["envelope_id"] == envelope
    (post,) = web.wait_for("chat.postMessage", timeout=30, channel=channel)
    return post.response["ts"]


def ask(slack, channel: str, thread_ts: str, text: str, event_id: str, retry_attempt: int = 0) -> str:
    web, socket_mode = slack
    body = json.loads(payloads.event_callback(reply_event(web, channel, thread_ts, text), event_id))
    return socket_mode.send("events_api", body, retry_attempt=retry_attempt)


def test_brief_command_is_acked_and_posted(slack):
    web, _ = slack
    ts = posted_brief(slack, "C0SOCKET")
    (post,) = web.calls("chat.postMessage", channel="C0SOCKET")
    assert post.params["metadata"] == {"event_type": ids.EVENT_BRIEF_POSTED,
                                       "event_payload": {"story": STORY, "section": "overview"}}  # fmt: skip
    assert "Microsoft pitched facial recognition to the DEA" in json.dumps(post.params["blocks"])
    assert ts


def test_unknown_story_gets_a_private_reply_and_no_post(slack):
    web, socket_mode = slack
    socket_mode.wait_ack(command(slack, "no-such-story-anywhere", "C0SOCKMISS"))
    (reply,) = web.wait_for("response_url", timeout=30, name="C0SOCKMISS")
    assert reply.params["response_type"] == "ephemeral"
    assert not web.calls("chat.postMessage", channel="C0SOCKMISS")


def test_thread_reply_is_answered_once_though_slack_sends_it_again(slack):
    web, socket_mode = slack
    ts = posted_brief(slack, "C0SOCKTHREAD")
    socket_mode.wait_ack(ask(slack, "C0SOCKTHREAD", ts, "what did the ACLU say?", "EvSocketFirst"))
    (answer,) = web.wait_for("chat.postMessage", timeout=30, channel="C0SOCKTHREAD", thread_ts=ts)
    payload = answer.params["metadata"]["event_payload"]
    assert payload["story"] == STORY and payload["items"], "answered from the brief, with citations"

    socket_mode.wait_ack(ask(slack, "C0SOCKTHREAD", ts, "what did the ACLU say?", "EvSocketFirst", retry_attempt=1))
    socket_mode.wait_ack(ask(slack, "C0SOCKTHREAD", ts, "timeline?", "EvSocketSecond"))
    web.wait_for("chat.postMessage", count=2, timeout=30, channel="C0SOCKTHREAD", thread_ts=ts)
    cited = [a.params["metadata"]["event_payload"]["items"] for a in answers(web, "C0SOCKTHREAD", ts)]
    assert len(cited) == 2 and cited[0] != cited[1], "the redelivered question was answered again"


def test_section_button_posts_the_section_in_the_thread(slack):
    web, socket_mode = slack
    ts = posted_brief(slack, "C0SOCKBUTTON")
    form = payloads.button_press(ids.section_action("timeline"), STORY, "C0SOCKBUTTON", ts, "U0REPORTER",
                                 web.response_url("button"))  # fmt: skip
    payload = json.loads(urllib.parse.parse_qs(form)["payload"][0])
    socket_mode.wait_ack(socket_mode.send("interactive", payload))
    (section,) = web.wait_for("chat.postMessage", timeout=30, channel="C0SOCKBUTTON", thread_ts=ts)
    assert section.params["metadata"]["event_payload"] == {"story": STORY, "section": "timeline"}


def test_sigterm_lets_an_acked_brief_finish_and_exits_0(tmp_path):
    web, socket_mode = FakeSlack(), FakeSocketMode()
    process = start_serve(tmp_path, web, socket_mode)
    web.fail("chat.postMessage", "slow", seconds=6.0)  # longer than closing the connection takes
    try:
        envelope = command((web, socket_mode), STORY, "C0SOCKTERM")
        socket_mode.wait_ack(envelope)
        process.send_signal(signal.SIGTERM)  # while the post is still on its way to Slack
        assert process.wait(timeout=30) == 0
        (post,) = web.calls("chat.postMessage", channel="C0SOCKTERM")
        assert Store(tmp_path / "var" / "briefbot.sqlite3").thread_story("C0SOCKTERM", post.response["ts"]) == STORY
    finally:
        if process.poll() is None:
            process.kill()
        socket_mode.close()
        web.close()

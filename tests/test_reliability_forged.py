"""Requests that are not Slack's, at each route: refused with 401, 400 or 413, nothing posted and nothing stored,
and the genuine request that follows is still served (a forged request never claims or poisons anything)."""

from __future__ import annotations

import http.client
import json
import sqlite3
import time
import urllib.parse
from contextlib import closing

import pytest

from bot import ids
from bot.console import payloads
from bot.console.fakeslack import BOT_USER_ID, sign
from bot.web import EVENTS_PATH, MAX_BODY_BYTES
from tests.slackharness import SECRET, STORY, copy_briefs, start_harness, stop_harness

FORGED = "Requests that are not Slack's"
REFUSED = "refused with 401, 400 or 413; nothing posted or stored; the genuine request after it is served"
FORMS = {
    # form: the HTTP status it must get
    "unsigned": 401,
    "wrong secret": 401,
    "stale timestamp (6 min old)": 401,
    "timestamp 6 min in the future": 401,
    "body altered after signing": 401,
    "oversize body (over 256 KiB)": 413,
    "body not in Slack's shape for the route": 400,
    "garbage body": 400,
    "JSON that is not an object": 400,
}
ROUTES = ("slash command", "thread reply event", "button press", "desk answer submitted")
DESK = "U0DESK"
TABLES = ("threads", "claims", "inbox")
_serial = iter(range(1, 1_000_000))


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forged")
    running = start_harness(copy_briefs(folder / "briefs"), folder / "briefbot.sqlite3", desk=frozenset({DESK}))
    yield running
    stop_harness(running)


def table_rows(harness) -> dict[str, list]:
    with closing(sqlite3.connect(harness.settings.db_path)) as conn:
        return {table: conn.execute(f"SELECT * FROM {table}").fetchall() for table in TABLES}  # noqa: S608


def genuine_request(harness, route: str, channel: str) -> tuple[str, str, callable]:
    """(body, content type, check) for a real request on `route`; check() asserts that it was served."""
    fake = harness.fake
    if route == "slash command":
        body = payloads.slash_command(STORY, channel, "U0REPORTER", fake.response_url(f"forged-{channel}"))

        def posted_and_recorded():
            (post,) = fake.wait_for("chat.postMessage", channel=channel, timeout=10)
            assert harness.wait_for_thread(channel, post.response["ts"]) == STORY

        return body, payloads.FORM, posted_and_recorded
    parent = fake.add_message(channel, "brief", user=BOT_USER_ID, metadata={
        "event_type": ids.EVENT_BRIEF_POSTED, "event_payload": {"story": STORY, "section": "overview"}})  # fmt: skip
    harness.store.remember_thread(channel, parent["ts"], STORY)
    if route == "thread reply event":
        reply = fake.add_message(channel, "what did the ACLU say?", user="U0REPORTER", thread_ts=parent["ts"])
        event = payloads.thread_message(channel, "U0REPORTER", reply["text"], reply["ts"], parent["ts"])
        body = payloads.event_callback(event, event_id=f"EvForged{channel}")

        def answered_and_recorded():
            fake.wait_for("chat.postMessage", channel=channel, timeout=10)
            assert harness.wait_for_handled(f"event:EvForged{channel}")

        return body, payloads.JSON, answered_and_recorded
    if route == "desk answer submitted":
        entry_id = harness.store.add_to_inbox(STORY, "is it true?", "U0REPORTER", channel, parent["ts"])
        values = {ids.BLOCK_ANSWER_TEXT: {ids.ACTION_ANSWER_TEXT: {"type": "plain_text_input", "value": "Yes."}}}
        body = payloads.view_submission(ids.VIEW_ANSWER, str(entry_id), DESK, values, view_id=f"V{channel}")

        def posted_and_recorded():
            fake.wait_for("chat.postMessage", channel=channel, thread_ts=parent["ts"], timeout=10)
            assert harness.store.inbox_entry(entry_id).answered_by == DESK

        return body, payloads.FORM, posted_and_recorded
    body = payloads.button_press(
        ids.section_action("quotes"), STORY, channel, parent["ts"], "U0REPORTER", fake.response_url("button")
    )
    return body, payloads.FORM, lambda: fake.wait_for("chat.postMessage", channel=channel, timeout=10)


def reshaped(body: str, content_type: str) -> tuple[str, str]:
    """The same request in a shape Slack never sends on that route."""
    if content_type == payloads.FORM:
        form = dict(urllib.parse.parse_qsl(body))
        if "payload" in form:  # an interaction payload sent as a JSON body
            return form["payload"], payloads.JSON
        return json.dumps(form), payloads.JSON  # a slash command as JSON
    return urllib.parse.urlencode({"event": body}), payloads.FORM  # an event as a form


def send_raw_headers(harness, content_length: int, headers: dict) -> int:
    """Announce a body over the cap and wait for the answer before sending it: refused unread."""
    conn = http.client.HTTPConnection("127.0.0.1", harness.server.port, timeout=10)
    try:
        conn.putrequest("POST", EVENTS_PATH)
        for name, value in {**headers, "Content-Length": str(content_length)}.items():
            conn.putheader(name, value)
        conn.endheaders()
        return conn.getresponse().status
    finally:
        conn.close()


def send_forged(harness, form: str, body: str, content_type: str) -> int:
    now = int(time.time())
    if form == "unsigned":
        return harness.send(body, content_type, secret=None)
    if form == "wrong secret":
        return harness.send(body, content_type, secret="not-the-signing-secret")
    if form.startswith("stale"):
        return harness.send(body, content_type, headers=sign(SECRET, body, now - 6 * 60), secret=None)
    if form.startswith("timestamp"):
        return harness.send(body, content_type, headers=sign(SECRET, body, now + 6 * 60), secret=None)
    if form == "body altered after signing":
        altered = body.replace("C0F", "C0X", 1)
        assert altered != body
        return harness.send(altered, content_type, headers=sign(SECRET, body), secret=None)
    if form.startswith("oversize"):
        big = body + "&pad=" + "x" * MAX_BODY_BYTES if content_type == payloads.FORM else body + " " * MAX_BODY_BYTES
        headers = {"Content-Type": content_type, **sign(SECRET, big)}
        return send_raw_headers(harness, len(big.encode()), headers)
    if form == "body not in Slack's shape for the route":
        other, other_type = reshaped(body, content_type)
        return harness.send(other, other_type)
    if form == "garbage body":
        return harness.send("\x00\x01 not a form, not JSON \u202e", "text/plain")
    assert form == "JSON that is not an object"
    return harness.send(json.dumps([json.loads(body)] if content_type == payloads.JSON else [body]), payloads.JSON)


CASES = [pytest.param(form, route, id=f"{form} | {route}") for form in FORMS for route in ROUTES]


@pytest.mark.parametrize("form, route", CASES)
@pytest.mark.reliability(FORGED, outcome=REFUSED)
def test_forged_request_is_refused_and_leaves_no_trace(app, form, route):
    channel = f"C0F{next(_serial):05d}"
    body, content_type, served = genuine_request(app, route, channel)
    app.settle()  # what an earlier case's genuine request set going after its ack (the desk's Homes) is over
    before_calls, before_rows = len(app.fake.calls()), table_rows(app)

    assert send_forged(app, form, body, content_type) == FORMS[form]

    time.sleep(0.2)
    assert app.fake.calls()[before_calls:] == [], "a forged request reached Slack"
    assert table_rows(app) == before_rows, "a forged request changed stored state"
    assert app.send(body, content_type) == 200, "the genuine request is still accepted"
    served()

"""FakeSlack through slack_sdk's real WebClient and WebhookClient, and `sign` through SignatureVerifier."""

from __future__ import annotations

import json
import threading
import time
from urllib.error import URLError

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator
from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook import WebhookClient

from bot.console.fakeslack import BOT_ID, BOT_USER_ID, FakeSlack, sign

NO_WAIT = FixedValueRetryIntervalCalculator(0.01)
METADATA = {"event_type": "brief_answer", "event_payload": {"brief": "water-main", "item": "f1"}}


@pytest.fixture
def fake():
    with FakeSlack() as fake:
        yield fake


def client(fake: FakeSlack, *handlers) -> WebClient:
    """A real WebClient aimed at the fake, with exactly the given retry handlers (none by default)."""
    return WebClient(token="xoxb-test", base_url=fake.url, retry_handlers=list(handlers))


def test_url_is_a_loopback_api_base(fake):
    assert fake.url == f"http://127.0.0.1:{fake.port}/api/"
    assert fake.port > 0
    assert fake.response_url("r 1").startswith(f"http://127.0.0.1:{fake.port}/")


def test_post_message_stores_and_answers_like_slack(fake):
    web = client(fake)
    first = web.chat_postMessage(channel="C1", text="parent", metadata=METADATA)
    reply = web.chat_postMessage(channel="C1", text="reply", thread_ts=first["ts"])

    assert first["ok"] and first["channel"] == "C1"
    assert first["message"]["user"] == BOT_USER_ID and first["message"]["bot_id"] == BOT_ID
    assert first["message"]["metadata"] == METADATA
    assert reply["ts"] > first["ts"]
    assert [m["text"] for m in fake.messages("C1")] == ["parent", "reply"]
    assert [m["text"] for m in fake.messages("C1", thread_ts=first["ts"])] == ["reply"]
    call = fake.calls("chat.postMessage")[0]
    assert call.headers["Authorization"] == "Bearer xoxb-test"
    assert call.params["metadata"] == METADATA


def test_replies_include_metadata_only_when_asked(fake):
    web = client(fake)
    parent = web.chat_postMessage(channel="C1", text="parent", metadata=METADATA)
    web.chat_postMessage(channel="C1", text="reply", thread_ts=parent["ts"], metadata=METADATA)

    with_meta = web.conversations_replies(channel="C1", ts=parent["ts"], include_all_metadata=True)
    without = web.conversations_replies(channel="C1", ts=parent["ts"])

    assert [m["text"] for m in with_meta["messages"]] == ["parent", "reply"]
    assert [m["metadata"] for m in with_meta["messages"]] == [METADATA, METADATA]
    assert with_meta["messages"][0]["reply_count"] == 1
    assert [m["text"] for m in without["messages"]] == ["parent", "reply"]
    assert not any("metadata" in m for m in without["messages"])


def test_replies_for_unknown_thread_is_thread_not_found(fake):
    with pytest.raises(SlackApiError) as err:
        client(fake).conversations_replies(channel="C1", ts="1.000001")
    assert err.value.response["error"] == "thread_not_found"


def test_connections_open_gives_the_socket_mode_url_to_an_app_token_only(fake):
    fake.socket_mode_url = "ws://127.0.0.1:9/link/"
    assert WebClient(base_url=fake.url).apps_connections_open(app_token="xapp-1-test")["url"] == fake.socket_mode_url
    with pytest.raises(SlackApiError) as refused:
        WebClient(token="xoxb-test", base_url=fake.url).api_call("apps.connections.open")
    assert refused.value.response["error"] == "not_allowed_token_type"


def test_seeded_user_message_can_be_replied_to_and_read_back(fake):
    question = fake.add_message("C9", "what happened?", user="U123")
    web = client(fake)
    web.chat_postMessage(channel="C9", text="answer", thread_ts=question["ts"])

    thread = web.conversations_replies(channel="C9", ts=question["ts"])["messages"]
    assert [(m["user"], m["text"]) for m in thread] == [("U123", "what happened?"), (BOT_USER_ID, "answer")]
    assert "bot_id" not in thread[0]


def test_form_encoded_json_strings_are_decoded(fake):
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*hi*"}}]
    client(fake).api_call(
        "chat.postMessage",
        params={"channel": "C1", "text": "hi", "blocks": json.dumps(blocks), "metadata": json.dumps(METADATA)},
    )
    call = fake.calls("chat.postMessage")[0]
    assert call.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    assert call.params["blocks"] == blocks and call.params["metadata"] == METADATA
    assert fake.messages("C1")[0]["blocks"] == blocks


def test_ephemeral_and_auth(fake):
    web = client(fake)
    eph = web.chat_postEphemeral(channel="C1", user="U7", text="only you")
    assert eph["message_ts"]
    assert fake.ephemerals(user="U7") == [
        {
            "channel": "C1",
            "user": "U7",
            "text": "only you",
            "blocks": None,
            "attachments": None,
            "thread_ts": None,
            "message_ts": eph["message_ts"],
        }
    ]
    assert fake.ephemerals(user="U8") == []
    auth = web.auth_test()
    assert (auth["user_id"], auth["bot_id"], auth["team_id"], auth["user"]) == ("UBOT", "BBOT", "T0001", "briefbot")


def test_unknown_methods_answer_ok_and_are_recorded(fake):
    assert client(fake).api_call("bookmarks.list", params={"channel_id": "C1"})["ok"] is True
    assert fake.calls("bookmarks.list")[0].params == {"channel_id": "C1"}


def test_a_request_without_token_is_not_authed(fake):
    with pytest.raises(SlackApiError) as err:
        WebClient(base_url=fake.url, retry_handlers=[]).auth_test()
    assert err.value.response["error"] == "not_authed"


def test_ratelimited_is_a_429_with_retry_after(fake):
    fake.fail("chat.postMessage", "ratelimited", retry_after=7)
    with pytest.raises(SlackApiError) as err:
        client(fake).chat_postMessage(channel="C1", text="hi")
    assert err.value.response.status_code == 429
    assert err.value.response.headers["Retry-After"] == "7"
    assert err.value.response["error"] == "ratelimited"
    assert fake.messages("C1") == []


def test_ratelimited_is_retried_by_rate_limit_handler(fake):
    fake.fail("chat.postMessage", "ratelimited", retry_after=0)
    response = client(fake, RateLimitErrorRetryHandler(max_retry_count=1)).chat_postMessage(channel="C1", text="hi")
    assert response["ok"]
    calls = fake.calls("chat.postMessage")
    assert [c.injected for c in calls] == ["ratelimited", None]
    assert len(fake.messages("C1")) == 1


@pytest.mark.parametrize(("kind", "status"), [("http_500", 500), ("http_503", 503)])
def test_server_errors_fail_then_retry(fake, kind, status):
    fake.fail("chat.postMessage", kind)
    with pytest.raises(SlackApiError) as err:
        client(fake).chat_postMessage(channel="C1", text="first")
    assert err.value.response.status_code == status

    fake.fail("chat.postMessage", kind)
    retried = client(fake, ServerErrorRetryHandler(max_retry_count=1, interval_calculator=NO_WAIT))
    assert retried.chat_postMessage(channel="C1", text="second")["ok"]
    assert [c.injected for c in fake.calls("chat.postMessage")] == [kind, kind, None]
    assert [m["text"] for m in fake.messages("C1")] == ["second"]


def test_reset_drops_the_connection_and_is_retried(fake):
    fake.fail("chat.postMessage", "reset")
    with pytest.raises((ConnectionError, URLError)):
        client(fake).chat_postMessage(channel="C1", text="lost")

    fake.fail("chat.postMessage", "reset")
    retried = client(fake, ConnectionErrorRetryHandler(max_retry_count=1, interval_calculator=NO_WAIT))
    assert retried.chat_postMessage(channel="C1", text="kept")["ok"]
    assert [c.injected for c in fake.calls("chat.postMessage")] == ["reset", "reset", None]
    assert [m["text"] for m in fake.messages("C1")] == ["kept"]


@pytest.mark.parametrize(
    "code", ["not_in_channel", "channel_not_found", "is_archived", "msg_too_long", "invalid_blocks"]
)
def test_slack_error_codes_raise_then_service_resumes(fake, code):
    fake.fail("chat.postMessage", code)
    web = client(fake)
    with pytest.raises(SlackApiError) as err:
        web.chat_postMessage(channel="C1", text="hi")
    assert err.value.response.status_code == 200
    assert err.value.response["error"] == code
    assert web.chat_postMessage(channel="C1", text="hi")["ok"]


def test_times_and_queued_failures_apply_in_order(fake):
    fake.fail("conversations.replies", "not_in_channel", times=2)
    fake.fail("conversations.replies", "is_archived")
    web = client(fake)
    errors = []
    for _ in range(4):
        try:
            web.conversations_replies(channel="C1", ts="1.1")
        except SlackApiError as e:
            errors.append(e.response["error"])
    assert errors == ["not_in_channel", "not_in_channel", "is_archived", "thread_not_found"]
    assert client(fake).auth_test()["ok"]  # other methods were never affected


def test_slow_answers_normally_after_the_delay(fake):
    fake.fail("auth.test", "slow", seconds=0.3)
    started = time.monotonic()
    assert client(fake).auth_test()["ok"]
    assert time.monotonic() - started >= 0.3
    assert fake.calls("auth.test")[0].injected == "slow"


def test_response_url_posts_are_recorded(fake):
    webhook = WebhookClient(fake.response_url("cmd-1"))
    body = {"text": "done", "response_type": "ephemeral", "replace_original": False, "thread_ts": "1.2"}
    response = webhook.send_dict(body)
    assert (response.status_code, response.body) == (200, "ok")

    [call] = fake.wait_for("response_url", name="cmd-1")
    assert call.params == body
    assert call.headers["Content-Type"].startswith("application/json")
    assert fake.calls("response_url", name="other") == []


def test_response_url_failures(fake):
    fake.fail("response_url:gone", "expired_url")
    fake.fail("response_url", "http_500")
    assert WebhookClient(fake.response_url("gone")).send(text="a").status_code == 404
    assert WebhookClient(fake.response_url("any")).send(text="b").status_code == 500
    assert WebhookClient(fake.response_url("gone")).send(text="c").status_code == 200
    assert [c.injected for c in fake.calls("response_url")] == ["expired_url", "http_500", None]


def test_wait_for_sees_calls_made_later_from_another_thread(fake):
    web = client(fake)

    def later():
        time.sleep(0.1)
        web.chat_postMessage(channel="C1", text="not this one")
        web.chat_postMessage(channel="C2", text="this one")

    threading.Thread(target=later).start()
    [call] = fake.wait_for("chat.postMessage", channel="C2", timeout=5)
    assert call.params["text"] == "this one"
    assert fake.wait_for("chat.postMessage", text=lambda t: t.startswith("not"))


def test_wait_for_timeout_lists_what_was_recorded(fake):
    client(fake).chat_postMessage(channel="C1", text="hello there")
    with pytest.raises(AssertionError) as err:
        fake.wait_for("chat.update", timeout=0.2, channel="C1")
    message = str(err.value)
    assert "chat.update matching {'channel': 'C1'}" in message
    assert "got 0" in message and "Recorded calls (1)" in message
    assert "chat.postMessage" in message and "hello there" in message


def test_concurrent_posts_get_unique_increasing_ts(fake):
    web = client(fake)
    threads = [
        threading.Thread(target=web.chat_postMessage, kwargs={"channel": "C1", "text": str(i)}) for i in range(20)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stored = [m["ts"] for m in fake.messages("C1")]
    assert len(set(stored)) == 20 and stored == sorted(stored)
    assert len(fake.wait_for("chat.postMessage", count=20, timeout=1)) == 20


def test_reset_forgets_calls_state_and_pending_failures(fake):
    web = client(fake)
    web.chat_postMessage(channel="C1", text="hi")
    fake.fail("auth.test", "not_authed")
    fake.reset()
    assert fake.calls() == [] and fake.calls("chat.postMessage") == [] and fake.messages("C1") == []
    assert web.auth_test()["ok"]


def test_close_stops_serving():
    fake = FakeSlack()
    web = client(fake)
    assert web.auth_test()["ok"]
    fake.close()
    fake.close()  # idempotent
    with pytest.raises((ConnectionError, URLError)):
        web.auth_test()


def test_sign_produces_headers_slack_sdk_accepts():
    body = "token=x&command=%2Fbrief&text=water-main"
    headers = sign("s3cret", body)
    verifier = SignatureVerifier("s3cret")
    ts, sig = headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"]
    assert abs(int(ts) - time.time()) < 5 and sig.startswith("v0=")
    assert verifier.is_valid(body, ts, sig)
    assert verifier.is_valid_request(body, headers)
    assert not verifier.is_valid(body + "&extra=1", ts, sig)
    assert not SignatureVerifier("other").is_valid(body, ts, sig)


def test_sign_uses_the_given_timestamp():
    headers = sign("s3cret", "{}", timestamp=1_700_000_000)
    assert headers["X-Slack-Request-Timestamp"] == "1700000000"
    expected = SignatureVerifier("s3cret").generate_signature(timestamp="1700000000", body="{}")
    assert headers["X-Slack-Signature"] == expected
    assert not SignatureVerifier("s3cret").is_valid("{}", **_split(headers))  # 5-minute window


def _split(headers: dict[str, str]) -> dict[str, str]:
    return {"timestamp": headers["X-Slack-Request-Timestamp"], "signature": headers["X-Slack-Signature"]}

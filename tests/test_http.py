"""The HTTP server on a raw socket: requests a hand-written server gets wrong are each answered with one
response (or refused with one), and the server goes on serving; stalled clients hold no threads."""

from __future__ import annotations

import re
import socket
import threading
import time

import pytest

from bot.console import payloads
from bot.console.fakeslack import sign
from bot.web import EVENTS_PATH, MAX_BODY_BYTES, MAX_HEADER_BYTES
from tests.slackharness import SECRET, STORY, post_signed

STATUS_LINE = re.compile(rb"HTTP/1\.[01] (\d{3}) ")


def exchange(port: int, data: bytes, quiet: float = 1.0, then: bytes = b"") -> list[int]:
    """Send raw bytes (and `then`, once the first answer is in), read until the server closes or says nothing
    for `quiet` seconds; the status of every response read."""
    received = b""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        _send_all(conn, data)
        conn.settimeout(quiet)
        while True:
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                break
            except ConnectionResetError:
                break
            if not chunk:
                break
            received += chunk
            if then:
                _send_all(conn, then)
                then = b""
    return [int(code) for code in STATUS_LINE.findall(received)]


def _send_all(conn: socket.socket, data: bytes) -> None:
    try:
        conn.sendall(data)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server answered and closed before reading it all


def still_serving(port: int) -> bool:
    return exchange(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", quiet=0.5) == [200]


def signed_brief(harness) -> tuple[bytes, dict]:
    body = payloads.slash_command(STORY, "C0RAW", "U0REPORTER", harness.fake.response_url("raw"))
    return body.encode(), {"Content-Type": payloads.FORM, **sign(SECRET, body)}


def head(method: str, path: str, headers: dict) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: x", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_a_body_holding_a_request_is_a_body_not_a_second_request(harness):
    smuggled = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
    for path in ("/nowhere", EVENTS_PATH):
        request = head("POST", path, {"Content-Length": len(smuggled), "Content-Type": "text/plain"}) + smuggled
        assert exchange(harness.server.port, request) == [404 if path == "/nowhere" else 400]
    assert still_serving(harness.server.port)


def test_a_chunked_body_is_read_as_one_request_and_served(harness):
    body, headers = signed_brief(harness)
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:40], body[40:])) + b"0\r\n\r\n"
    request = head("POST", EVENTS_PATH, {**headers, "Transfer-Encoding": "chunked"}) + chunks
    assert exchange(harness.server.port, request) == [200]
    (post,) = harness.posts(channel="C0RAW")
    assert post.params["metadata"]["event_payload"]["story"] == STORY


@pytest.mark.parametrize(
    "lengths",
    [["\u00b2"], ["-5"], ["1e3"], [" 12 x"], ["5", "10"], ["99999999999999999999999"]],
    ids=["superscript two", "negative", "exponent", "junk", "two that disagree", "huge"],
)
def test_a_malformed_or_duplicate_content_length_gets_one_response(harness, lengths):
    request = "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
    request += "".join(f"Content-Length: {value}\r\n" for value in lengths) + "\r\nhello world"
    statuses = exchange(harness.server.port, request.encode())
    assert len(statuses) == 1 and statuses[0] in (400, 413), statuses
    assert not harness.fake.calls("chat.postMessage")
    assert still_serving(harness.server.port)


def test_a_20_mb_body_is_refused_with_one_response(harness):
    size = 20 * 1024 * 1024
    body, headers = signed_brief(harness)
    request = head("POST", EVENTS_PATH, {**headers, "Content-Length": size})
    assert exchange(harness.server.port, request, then=body + b"x" * (size - len(body))) == [413]
    assert size > MAX_BODY_BYTES and not harness.fake.calls("chat.postMessage")
    assert still_serving(harness.server.port)


def test_a_1_mb_header_section_is_refused_with_one_response(harness):
    request = b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"X-Filler: " + b"a" * (1024 * 1024) + b"\r\n\r\n"
    statuses = exchange(harness.server.port, request)
    assert len(statuses) == 1 and statuses[0] in (400, 431), statuses
    assert 1024 * 1024 > MAX_HEADER_BYTES
    assert still_serving(harness.server.port)


def test_two_hundred_stalled_requests_hold_no_threads_and_a_brief_is_still_acked(harness):
    threads_before = threading.active_count()
    stalled = []
    try:
        for _ in range(200):
            conn = socket.create_connection(("127.0.0.1", harness.server.port), timeout=10)
            conn.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 400\r\n\r\npartial")
            stalled.append(conn)
        time.sleep(0.5)
        body, headers = signed_brief(harness)
        assert post_signed(harness.url, body.decode(), payloads.FORM, timeout=3.0) == 200  # raises if later
        (post,) = harness.posts(channel="C0RAW")
        assert post.params["metadata"]["event_payload"]["story"] == STORY
        assert threading.active_count() - threads_before < 40, "a thread per stalled connection"
    finally:
        for conn in stalled:
            conn.close()
    assert still_serving(harness.server.port)


def test_health_check_and_unknown_paths(harness):
    port = harness.server.port
    assert exchange(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n") == [
        200,
        200,
    ], "two pipelined requests on one kept connection: two responses"
    assert exchange(port, b"GET /slack/events HTTP/1.1\r\nHost: x\r\n\r\n") == [404]
    assert exchange(port, head("POST", "/elsewhere", {"Content-Length": 0})) == [404]

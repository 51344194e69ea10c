"""FakeSlack: the Web API and response_url endpoints on a loopback port, with the controls tests use (failures,
seeded messages) and what they inspect (calls, messages, ephemerals)."""

from __future__ import annotations

import random
import threading
import time
from typing import Any
from urllib.parse import quote

from bot.console.fakeslack.calls import RESPONSE_URL, Call, CallLog, Reply, api_reply, response_of
from bot.console.fakeslack.failures import FailureQueues, failure_reply
from bot.console.fakeslack.server import Handler, Server, endpoint, read_params, reset, send
from bot.console.fakeslack.webapi import WebApi

_HEADERS = ("Authorization", "Content-Type", "User-Agent")


class FakeSlack:
    """Slack's Web API and response_url endpoints on a loopback port, recording every call."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, latency: tuple[float, float] = (0.0, 0.0)) -> None:
        """`latency` (seconds, mean and spread): every call waits mean ± spread (uniform) before its answer,
        as Slack's Web API takes its time over the network."""
        self.latency = latency
        self._lock = threading.Condition()  # guards the log, the failures and the Web API's store
        self._log = CallLog()
        self._failures = FailureQueues()
        self._api = WebApi()
        self.socket_mode_url: str | None = None  # what apps.connections.open hands an app token
        self._closed = threading.Event()
        self._server = Server((host, port), self._serve)
        address = self._server.server_address
        self.host: str = str(address[0])
        self.port: int = int(address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="fakeslack", daemon=True)
        self._thread.start()

    # -- lifecycle -------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """The Web API base URL, e.g. ``http://127.0.0.1:PORT/api/`` (WebClient base_url / SLACK_API_URL)."""
        return f"http://{self.host}:{self.port}/api/"

    def response_url(self, name: str = "default") -> str:
        """A response_url on this server; POSTs to it are recorded as method ``response_url`` with `name`."""
        return f"http://{self.host}:{self.port}/{RESPONSE_URL}/{quote(name, safe='')}"

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()  # wakes "slow" sleepers
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeSlack:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reset(self) -> None:
        """Forget calls, pending failures, messages and ephemerals (ts keep increasing)."""
        with self._lock:
            self._log.clear()
            self._failures.clear()
            self._api.clear()

    # -- test controls ---------------------------------------------------------------------------------
    def fail(self, method: str, kind: str, times: int = 1, **opts: Any) -> None:
        """Serve `kind` instead of a normal answer for the next `times` calls of `method`.

        kind: "ratelimited" (opts: retry_after=1), "http_500", "http_503", "reset", "slow" (opts:
        seconds=1.0, then answers normally) or a Slack error code such as "not_in_channel" (extra opts
        go into the error body). `method` may be ``"response_url"`` or ``"response_url:<name>"``.
        Failures queued for the same method are served in order.
        """
        with self._lock:
            self._failures.add(method, kind, times, opts)

    def add_message(
        self,
        channel: str,
        text: str = "",
        *,
        user: str = "U0USER",
        thread_ts: str | None = None,
        **fields: Any,
    ) -> dict[str, Any]:
        """Seed a message (e.g. the user's thread parent an event refers to); returns it with its ts."""
        with self._lock:
            return self._api.add_message(channel, text, user, thread_ts, **fields)

    # -- inspection ------------------------------------------------------------------------------------
    def calls(self, method: str | None = None, **match: Any) -> list[Call]:
        """Recorded calls, oldest first, optionally filtered like wait_for."""
        with self._lock:
            return self._log.matching(method, match)

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0, **match: Any) -> list[Call]:
        """Block until at least `count` calls of `method` match; all matches are returned.

        A match value is compared to the call's param of that name (else its attribute, e.g. `name`),
        or, if callable, called with it. Raises AssertionError listing what was recorded on timeout.
        """
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = self._log.matching(method, match)
                left = deadline - time.monotonic()
                if len(found) >= count or left <= 0:
                    break
                self._lock.wait(left)
            if len(found) >= count:
                return found
            total, recorded = len(self._log), self._log.listing()
        wanted = method + (f" matching {match}" if match else "")
        raise AssertionError(
            f"waited {timeout}s for {count} call(s) of {wanted}, got {len(found)}.\n"
            f"Recorded calls ({total}):\n{recorded}"
        )

    def messages(self, channel: str, thread_ts: str | None = None) -> list[dict[str, Any]]:
        """Messages in `channel` in ts order; with `thread_ts`, only its replies (not the parent)."""
        with self._lock:
            return self._api.messages(channel, thread_ts)

    def ephemerals(self, channel: str | None = None, user: str | None = None) -> list[dict[str, Any]]:
        """Ephemeral messages posted with chat.postEphemeral, optionally for one channel/user."""
        with self._lock:
            return self._api.ephemerals(channel, user)

    # -- serving ---------------------------------------------------------------------------------------
    def _serve(self, handler: Handler) -> None:
        """Answer one request: record it, wait out any latency, and serve an injected failure or the answer."""
        arrived = time.time()  # when the request reached "Slack": before its body is read or decoded
        found = endpoint(handler.path)
        if found is None:
            return send(handler, 404, b"not found", "text/plain")
        method, name = found
        params, bad_json = read_params(handler)
        call = Call(method, params, {h: handler.headers[h] for h in _HEADERS if h in handler.headers}, arrived)
        call.name = name

        mean, spread = self.latency
        if mean > 0:
            self._closed.wait(max(0.0, random.uniform(mean - spread, mean + spread)))
        with self._lock:
            failure = self._failures.take(method, name)
        if failure and failure.kind == "slow":
            self._closed.wait(float(failure.opts.get("seconds", 1.0)))
            call.injected, failure = "slow", None

        reply: Reply | None
        with self._lock:
            if failure is not None:
                call.injected = failure.kind
                reply = None if failure.kind == "reset" else failure_reply(call, failure)
            elif bad_json:
                reply = api_reply({"ok": False, "error": "invalid_json"})
            elif method == RESPONSE_URL:
                reply = (200, b"ok", "text/html", {})
            else:
                reply = api_reply(self._api.answer(call, self.socket_mode_url))
            call.response = response_of(reply)
            call.answered = time.time()
            self._log.add(call)
            self._lock.notify_all()

        if reply is None:
            reset(handler)
        else:
            send(handler, *reply)

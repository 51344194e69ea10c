"""Failures injected in place of normal answers (rate limits, 5xx, resets, slowness, Slack error codes), queued per
method, and what each sends back."""

from __future__ import annotations

import json
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from bot.console.fakeslack.calls import RESPONSE_URL, Call, Reply, api_reply

_HTTP_ERRORS = {"http_500": (500, "internal_error"), "http_503": (503, "service_unavailable")}
_GONE_URL_ERRORS = {"expired_url", "used_url", "no_service"}


@dataclass
class Failure:
    """One kind of failure, served for the next `times` calls."""

    kind: str
    times: int
    opts: dict[str, Any] = field(default_factory=dict)


class FailureQueues:
    """The failures waiting for each method, or for one named response_url (not thread-safe: the fake holds its
    lock)."""

    def __init__(self) -> None:
        self._queues: dict[str, deque[Failure]] = defaultdict(deque)

    def add(self, method: str, kind: str, times: int, opts: dict[str, Any]) -> None:
        """Queue `kind` for the next `times` calls of `method` (as `FakeSlack.fail` describes them)."""
        if times < 1:
            raise ValueError("times must be >= 1")
        if kind.startswith("http_") and kind not in _HTTP_ERRORS:
            raise ValueError(f"unsupported HTTP failure {kind!r}; use one of {sorted(_HTTP_ERRORS)}")
        self._queues[method].append(Failure(kind, times, opts))

    def clear(self) -> None:
        self._queues.clear()

    def take(self, method: str, name: str | None) -> Failure | None:
        """The failure to serve this call, if any: one queued for the named response_url first, then the method's."""
        for key in (f"{method}:{name}" if name else None, method):
            queue = self._queues.get(key) if key else None
            if queue:
                failure = queue[0]
                failure.times -= 1
                if failure.times <= 0:
                    queue.popleft()
                return failure
        return None


def failure_reply(call: Call, failure: Failure) -> Reply:
    """What Slack sends back for this failure: a Web API error body, or a response_url's plain-text code."""
    kind, is_api = failure.kind, call.method != RESPONSE_URL
    if kind == "ratelimited":
        status, error = 429, "ratelimited"
        headers = {"Retry-After": str(failure.opts.get("retry_after", 1))}
    elif kind in _HTTP_ERRORS:
        (status, error), headers = _HTTP_ERRORS[kind], {}
    elif is_api:
        return api_reply({"ok": False, "error": kind, **failure.opts})
    else:  # response_url errors come back as 4xx with a plain-text code
        status, error, headers = (404 if kind in _GONE_URL_ERRORS else 400), kind, {}
    if is_api:
        return status, json.dumps({"ok": False, "error": error}).encode(), "application/json", headers
    return status, error.encode(), "text/plain", headers

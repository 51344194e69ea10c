"""What the fake received and what it answered: each call, the log of them, and the replies it sends."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

RESPONSE_URL = "response_url"  # the `method` recorded for response_url POSTs
_MISSING = object()

# A reply on the wire: status, body, content type and extra headers.
Reply = tuple[int, bytes, str, dict[str, str]]


@dataclass
class Call:
    """One request the fake received; `injected` names the failure served instead of a normal answer."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    time: float
    name: str | None = None  # the response_url name, for response_url POSTs
    injected: str | None = None
    response: Any = None
    answered: float = 0.0  # when the answer was ready to go back: `time` plus any injected latency

    def matches(self, method: str | None, match: dict[str, Any]) -> bool:
        """True if this call is `method` (any, if None) and every match key equals a param or attribute."""
        if method is not None and self.method != method:
            return False
        for key, want in match.items():
            got = self.params.get(key, getattr(self, key, _MISSING))
            if not (want(got) if callable(want) else got == want):
                return False
        return True

    def __str__(self) -> str:
        where = f"{self.method}:{self.name}" if self.name else self.method
        tag = f" [{self.injected}]" if self.injected else ""
        params = repr(self.params)
        return f"{where}{tag} {params if len(params) <= 300 else params[:297] + '...'}"


class CallLog:
    """Every call received, oldest first, and the same calls by method so that waits stay cheap (not thread-safe:
    the fake holds its lock)."""

    def __init__(self) -> None:
        self._calls: list[Call] = []
        self._calls_of: dict[str, list[Call]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._calls)

    def add(self, call: Call) -> None:
        self._calls.append(call)
        self._calls_of[call.method].append(call)

    def clear(self) -> None:
        self._calls.clear()
        self._calls_of.clear()

    def matching(self, method: str | None, match: dict[str, Any]) -> list[Call]:
        """Calls of `method` (any, if None) that match, as `Call.matches` compares them."""
        calls = self._calls if method is None else self._calls_of.get(method, [])
        return [c for c in calls if c.matches(method, match)] if match else list(calls)

    def listing(self) -> str:
        """Every call, one a line, for a failed wait's message."""
        return "\n".join(f"  {c}" for c in self._calls) or "  (none)"


def api_reply(data: dict[str, Any]) -> Reply:
    """A Web API answer: always HTTP 200, its JSON saying whether it went well."""
    return 200, json.dumps(data).encode(), "application/json; charset=utf-8", {}


def response_of(reply: Reply | None) -> Any:
    """What a call got back, for the record: the decoded JSON, the text, or None for a reset."""
    if reply is None:
        return None
    status, body, ctype, _ = reply
    return json.loads(body) if ctype.startswith("application/json") else {"status": status, "body": body.decode()}

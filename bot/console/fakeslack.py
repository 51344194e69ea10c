"""A loopback stand-in for Slack's Web API and response_url endpoints, and Slack-style request signing.

Point the app's ``WebClient`` at ``FakeSlack().url`` (``SLACK_API_URL``) and hand out
``fake.response_url(name)`` in payloads: every call is recorded, a tiny message store answers
``chat.*`` and ``conversations.replies`` the way Slack would, and ``fail()`` injects rate limits,
5xx, connection resets, slowness or Slack error codes. Tests and ``briefbot console`` both use it.
"""

from __future__ import annotations

import copy
import json
import random
import socket
import struct
import sys
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from slack_sdk.signature import SignatureVerifier

BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
TEAM_ID = "T0001"
BOT_NAME = "briefbot"
RESPONSE_URL = "response_url"  # the `method` recorded for response_url POSTs

MAX_TEXT = 40_000  # Slack rejects longer `text` with msg_too_long
MAX_BLOCKS = 50
MAX_VIEW_BLOCKS = 100  # a Home tab or a modal
_JSON_FIELDS = ("blocks", "attachments", "metadata", "view", "unfurls")
_HEADERS = ("Authorization", "Content-Type", "User-Agent")
_NO_TOKEN_METHODS = {"api.test", "oauth.v2.access", "oauth.access"}
_HTTP_ERRORS = {"http_500": (500, "internal_error"), "http_503": (503, "service_unavailable")}
_GONE_URL_ERRORS = {"expired_url", "used_url", "no_service"}
_MISSING = object()


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


@dataclass
class _Failure:
    kind: str
    times: int
    opts: dict[str, Any] = field(default_factory=dict)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # bursts of parallel calls must not wait on SYN retries
    fake: FakeSlack

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # a client hanging up is not news
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        self.server.fake._serve(self)

    do_GET = do_POST

    def log_message(self, format: str, *args: Any) -> None:  # quiet: no request log
        pass


class FakeSlack:
    """Slack's Web API and response_url endpoints on a loopback port, recording every call."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, latency: tuple[float, float] = (0.0, 0.0)) -> None:
        """`latency` (seconds, mean and spread): every call waits mean ± spread (uniform) before its answer,
        as Slack's Web API takes its time over the network."""
        self.latency = latency
        self._lock = threading.Condition()
        self._calls: list[Call] = []
        self._calls_of: dict[str, list[Call]] = defaultdict(list)  # the same calls by method, so waits stay cheap
        self._failures: dict[str, deque[_Failure]] = defaultdict(deque)
        self._messages: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._ephemerals: list[dict[str, Any]] = []
        self._ts_counter = 0
        self._view_counter = 0
        self.socket_mode_url: str | None = None  # what apps.connections.open hands an app token
        self._closed = threading.Event()
        self._server = _Server((host, port), _Handler)
        self._server.fake = self
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
            self._calls.clear()
            self._calls_of.clear()
            self._failures.clear()
            self._messages.clear()
            self._ephemerals.clear()

    # -- test controls ---------------------------------------------------------------------------------
    def fail(self, method: str, kind: str, times: int = 1, **opts: Any) -> None:
        """Serve `kind` instead of a normal answer for the next `times` calls of `method`.

        kind: "ratelimited" (opts: retry_after=1), "http_500", "http_503", "reset", "slow" (opts:
        seconds=1.0, then answers normally) or a Slack error code such as "not_in_channel" (extra opts
        go into the error body). `method` may be ``"response_url"`` or ``"response_url:<name>"``.
        Failures queued for the same method are served in order.
        """
        if times < 1:
            raise ValueError("times must be >= 1")
        if kind.startswith("http_") and kind not in _HTTP_ERRORS:
            raise ValueError(f"unsupported HTTP failure {kind!r}; use one of {sorted(_HTTP_ERRORS)}")
        with self._lock:
            self._failures[method].append(_Failure(kind, times, opts))

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
        if user == BOT_USER_ID:
            fields.setdefault("bot_id", BOT_ID)
        with self._lock:
            return copy.deepcopy(self._store(channel, text=text, user=user, thread_ts=thread_ts, **fields))

    # -- inspection ------------------------------------------------------------------------------------
    def calls(self, method: str | None = None, **match: Any) -> list[Call]:
        """Recorded calls, oldest first, optionally filtered like wait_for."""
        with self._lock:
            return self._matching(method, match)

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0, **match: Any) -> list[Call]:
        """Block until at least `count` calls of `method` match; all matches are returned.

        A match value is compared to the call's param of that name (else its attribute, e.g. `name`),
        or, if callable, called with it. Raises AssertionError listing what was recorded on timeout.
        """
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = self._matching(method, match)
                left = deadline - time.monotonic()
                if len(found) >= count or left <= 0:
                    break
                self._lock.wait(left)
            if len(found) >= count:
                return found
            total, recorded = len(self._calls), "\n".join(f"  {c}" for c in self._calls) or "  (none)"
        wanted = method + (f" matching {match}" if match else "")
        raise AssertionError(
            f"waited {timeout}s for {count} call(s) of {wanted}, got {len(found)}.\n"
            f"Recorded calls ({total}):\n{recorded}"
        )

    def _matching(self, method: str | None, match: dict[str, Any]) -> list[Call]:
        """Calls of `method` that match; the caller holds the lock."""
        calls = self._calls if method is None else self._calls_of.get(method, [])
        return [c for c in calls if c.matches(method, match)] if match else list(calls)

    def messages(self, channel: str, thread_ts: str | None = None) -> list[dict[str, Any]]:
        """Messages in `channel` in ts order; with `thread_ts`, only its replies (not the parent)."""
        with self._lock:
            msgs = self._messages.get(channel, [])
            if thread_ts is not None:
                msgs = [m for m in msgs if m.get("thread_ts") == thread_ts and m["ts"] != thread_ts]
            return copy.deepcopy(msgs)

    def ephemerals(self, channel: str | None = None, user: str | None = None) -> list[dict[str, Any]]:
        """Ephemeral messages posted with chat.postEphemeral, optionally for one channel/user."""
        with self._lock:
            return copy.deepcopy(
                [e for e in self._ephemerals if channel in (None, e["channel"]) and user in (None, e["user"])]
            )

    # -- serving ---------------------------------------------------------------------------------------
    def _serve(self, handler: _Handler) -> None:
        arrived = time.time()  # when the request reached "Slack": before its body is read or decoded
        url = urlsplit(handler.path)
        if url.path.startswith("/api/"):
            method, name = url.path[len("/api/") :], None
        elif url.path.startswith(f"/{RESPONSE_URL}/"):
            method, name = RESPONSE_URL, unquote(url.path[len(RESPONSE_URL) + 2 :])
        else:
            return _send(handler, 404, b"not found", "text/plain")
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        params, bad_json = _decode(handler.headers.get("Content-Type", ""), body, url.query)
        call = Call(method, params, {h: handler.headers[h] for h in _HEADERS if h in handler.headers}, arrived)
        call.name = name

        mean, spread = self.latency
        if mean > 0:
            self._closed.wait(max(0.0, random.uniform(mean - spread, mean + spread)))
        with self._lock:
            failure = self._take_failure(method, name)
        if failure and failure.kind == "slow":
            self._closed.wait(float(failure.opts.get("seconds", 1.0)))
            call.injected, failure = "slow", None

        with self._lock:
            if failure is not None:
                call.injected = failure.kind
                reply = None if failure.kind == "reset" else self._failure_reply(call, failure)
            elif bad_json:
                reply = _api_reply({"ok": False, "error": "invalid_json"})
            elif method == RESPONSE_URL:
                reply = (200, b"ok", "text/html", {})
            else:
                reply = _api_reply(self._answer(call))
            call.response = _response_of(reply)
            call.answered = time.time()
            self._calls.append(call)
            self._calls_of[method].append(call)
            self._lock.notify_all()

        if reply is None:
            _reset(handler)
        else:
            _send(handler, *reply)

    def _take_failure(self, method: str, name: str | None) -> _Failure | None:
        for key in (f"{method}:{name}" if name else None, method):
            queue = self._failures.get(key) if key else None
            if queue:
                failure = queue[0]
                failure.times -= 1
                if failure.times <= 0:
                    queue.popleft()
                return failure
        return None

    def _failure_reply(self, call: Call, failure: _Failure) -> tuple[int, bytes, str, dict[str, str]]:
        kind, is_api = failure.kind, call.method != RESPONSE_URL
        if kind == "ratelimited":
            status, error = 429, "ratelimited"
            headers = {"Retry-After": str(failure.opts.get("retry_after", 1))}
        elif kind in _HTTP_ERRORS:
            (status, error), headers = _HTTP_ERRORS[kind], {}
        elif is_api:
            return _api_reply({"ok": False, "error": kind, **failure.opts})
        else:  # response_url errors come back as 4xx with a plain-text code
            status, error, headers = (404 if kind in _GONE_URL_ERRORS else 400), kind, {}
        if is_api:
            return status, json.dumps({"ok": False, "error": error}).encode(), "application/json", headers
        return status, error.encode(), "text/plain", headers

    # -- the Web API -----------------------------------------------------------------------------------
    def _answer(self, call: Call) -> dict[str, Any]:
        p = call.params
        if call.method not in _NO_TOKEN_METHODS and "Authorization" not in call.headers and not p.get("token"):
            return {"ok": False, "error": "not_authed"}
        handler = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._post_message,
            "chat.postEphemeral": self._post_ephemeral,
            "chat.update": self._update_message,
            "conversations.replies": self._replies,
            "chat.getPermalink": self._permalink,
            "views.publish": self._views_publish,
            "views.open": self._views_open,
            "apps.connections.open": lambda p: self._connections_open(p, call.headers),
        }.get(call.method)
        return handler(p) if handler else {"ok": True}

    def _auth_test(self, p: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "url": "https://briefbot-test.slack.com/",
            "team": "Briefbot Test",
            "user": BOT_NAME,
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
            "is_enterprise_install": False,
        }

    def _connections_open(self, p: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        """Socket Mode's WebSocket URL, for an app-level token only (as Slack refuses a bot token)."""
        token = p.get("token") or headers.get("Authorization", "").removeprefix("Bearer ")
        if not token.startswith("xapp-"):
            return {"ok": False, "error": "not_allowed_token_type"}
        if not self.socket_mode_url:
            return {"ok": False, "error": "socket_mode_not_enabled"}
        return {"ok": True, "url": self.socket_mode_url}

    def _post_message(self, p: dict[str, Any]) -> dict[str, Any]:
        if not p.get("channel"):
            return {"ok": False, "error": "channel_not_found"}
        if error := _content_error(p):
            return {"ok": False, "error": error}
        fields = {k: p[k] for k in ("blocks", "attachments", "metadata") if p.get(k)}
        msg = self._store(
            p["channel"],
            text=p.get("text") or "",
            user=BOT_USER_ID,
            bot_id=BOT_ID,
            thread_ts=p.get("thread_ts"),
            **fields,
        )
        return {"ok": True, "channel": msg["channel"], "ts": msg["ts"], "message": _public(msg)}

    def _update_message(self, p: dict[str, Any]) -> dict[str, Any]:
        msg = self._find(p.get("channel"), p.get("ts"))
        if msg is None:
            return {"ok": False, "error": "message_not_found"}
        if error := _content_error(p):
            return {"ok": False, "error": error}
        msg.update({k: p[k] for k in ("text", "blocks", "metadata") if k in p}, edited={"user": BOT_USER_ID})
        return {"ok": True, "channel": msg["channel"], "ts": msg["ts"], "text": msg.get("text", "")}

    def _post_ephemeral(self, p: dict[str, Any]) -> dict[str, Any]:
        if not p.get("channel") or not p.get("user"):
            return {
                "ok": False,
                "error": "channel_not_found" if not p.get("channel") else "user_not_in_channel",
            }
        if error := _content_error(p):
            return {"ok": False, "error": error}
        keys = ("channel", "user", "text", "blocks", "attachments", "thread_ts")
        self._ephemerals.append({**{k: p.get(k) for k in keys}, "message_ts": self._next_ts()})
        return {"ok": True, "message_ts": self._ephemerals[-1]["message_ts"]}

    def _permalink(self, p: dict[str, Any]) -> dict[str, Any]:
        message = self._find(p.get("channel"), p.get("message_ts"))
        if message is None:
            return {"ok": False, "error": "message_not_found"}
        link = f"https://briefbot-test.slack.com/archives/{message['channel']}/p{message['ts'].replace('.', '')}"
        if message.get("thread_ts") not in (None, message["ts"]):
            link += f"?thread_ts={message['thread_ts']}&cid={message['channel']}"
        return {"ok": True, "channel": message["channel"], "permalink": link}

    def _views_publish(self, p: dict[str, Any]) -> dict[str, Any]:
        """A Home tab: a user, and a view of type home within Slack's 100 blocks."""
        if not p.get("user_id"):
            return {"ok": False, "error": "invalid_arguments"}
        return self._view(p.get("view"), "home")

    def _views_open(self, p: dict[str, Any]) -> dict[str, Any]:
        """A modal: a trigger id from an interaction, and a view of type modal with a title."""
        if not p.get("trigger_id"):
            return {"ok": False, "error": "invalid_trigger_id"}
        view = p.get("view")
        if isinstance(view, dict) and not (view.get("title") or {}).get("text"):
            return {"ok": False, "error": "invalid_arguments"}
        return self._view(view, "modal")

    def _view(self, view: Any, kind: str) -> dict[str, Any]:
        if not isinstance(view, dict) or view.get("type") != kind:
            return {"ok": False, "error": "invalid_arguments"}
        blocks = view.get("blocks")
        if not isinstance(blocks, list) or len(blocks) > MAX_VIEW_BLOCKS:
            return {"ok": False, "error": "invalid_blocks"}
        self._view_counter += 1
        return {"ok": True, "view": {**view, "id": f"V{self._view_counter:08d}"}}

    def _replies(self, p: dict[str, Any]) -> dict[str, Any]:
        root = self._find(p.get("channel"), p.get("ts"))
        if root is not None and root.get("thread_ts") not in (None, root["ts"]):
            root = self._find(root["channel"], root["thread_ts"]) or root
        if root is None:
            return {"ok": False, "error": "thread_not_found"}
        thread = [root] + [
            m for m in self._messages[root["channel"]] if m.get("thread_ts") == root["ts"] and m is not root
        ]
        keep_metadata = _truthy(p.get("include_all_metadata"))
        start, limit = int(p.get("cursor") or 0), int(p.get("limit") or 1000)
        page = [_public(m, metadata=keep_metadata) for m in thread[start : start + limit]]
        more = start + limit < len(thread)
        cursor = str(start + limit) if more else ""
        return {"ok": True, "messages": page, "has_more": more, "response_metadata": {"next_cursor": cursor}}

    # -- the message store (call with the lock held) ---------------------------------------------------
    def _next_ts(self) -> str:
        self._ts_counter += 1
        micros = 1_700_000_000_000_000 + 100 * self._ts_counter
        return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _find(self, channel: str | None, ts: str | None) -> dict[str, Any] | None:
        return next((m for m in self._messages.get(channel or "", []) if m["ts"] == ts), None)

    def _store(self, channel: str, *, thread_ts: str | None = None, **fields: Any) -> dict[str, Any]:
        msg = {
            "type": "message",
            "channel": channel,
            "ts": fields.pop("ts", None) or self._next_ts(),
            **fields,
        }
        if thread_ts:
            msg["thread_ts"] = thread_ts
            parent = self._find(channel, thread_ts)
            if parent is not None and parent is not msg:
                parent["thread_ts"] = parent["ts"]
                parent["reply_count"] = parent.get("reply_count", 0) + 1
                parent["latest_reply"] = msg["ts"]
        self._messages[channel].append(msg)
        self._messages[channel].sort(key=lambda m: m["ts"])
        return msg


def sign(secret: str, body: str | bytes, timestamp: int | None = None) -> dict[str, str]:
    """The X-Slack-Request-Timestamp and X-Slack-Signature headers Slack would send with `body`."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    assert signature is not None
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}


def _decode(content_type: str, body: bytes, query: str) -> tuple[dict[str, Any], bool]:
    """Merge query string and form/JSON body into one params dict; JSON-string fields become objects."""
    params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    ctype = content_type.split(";")[0].strip().lower()
    if ctype == "application/json" and body.strip():
        try:
            data = json.loads(body)
        except ValueError:
            return params, True
        params.update(data if isinstance(data, dict) else {"_body": data})
    elif ctype == "application/x-www-form-urlencoded":
        params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    elif body:
        params["_raw"] = body  # multipart uploads and the like are recorded, not parsed
    for key in _JSON_FIELDS:
        value = params.get(key)
        if isinstance(value, str) and value.lstrip()[:1] in ("[", "{"):
            try:
                params[key] = json.loads(value)
            except ValueError:
                pass
    return params, False


def _content_error(p: dict[str, Any], required: bool = True) -> str | None:
    text, blocks = p.get("text") or "", p.get("blocks")
    if required and not text and not blocks and not p.get("attachments"):
        return "no_text"
    if len(text) > MAX_TEXT:
        return "msg_too_long"
    if blocks is not None and (not isinstance(blocks, list) or len(blocks) > MAX_BLOCKS):
        return "invalid_blocks"
    return None


def _public(msg: dict[str, Any], metadata: bool = True) -> dict[str, Any]:
    """A stored message as Slack returns it: no channel key, no empty fields."""
    drop = {"channel"} if metadata else {"channel", "metadata"}
    return copy.deepcopy({k: v for k, v in msg.items() if k not in drop and v is not None})


def _truthy(value: Any) -> bool:
    return value in (True, 1, "1", "true", "True")


def _api_reply(data: dict[str, Any]) -> tuple[int, bytes, str, dict[str, str]]:
    return 200, json.dumps(data).encode(), "application/json; charset=utf-8", {}


def _response_of(reply: tuple[int, bytes, str, dict[str, str]] | None) -> Any:
    """What a call got back, for the record: the decoded JSON, the text, or None for a reset."""
    if reply is None:
        return None
    status, body, ctype, _ = reply
    return json.loads(body) if ctype.startswith("application/json") else {"status": status, "body": body.decode()}


def _send(handler: _Handler, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
    try:
        handler.send_response(status)
        for key, value in {
            "Content-Type": ctype,
            "Content-Length": str(len(body)),
            **(headers or {}),
        }.items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(body)
    except OSError:
        pass  # the client gave up (timeout); nothing to tell it


def _reset(handler: _Handler) -> None:
    """Drop the connection without a response: SO_LINGER 0 makes close() send a TCP RST."""
    sock = handler.connection
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.rfile.close()  # release makefile()'s reference so close() really closes
    sock.close()
    handler.close_connection = True

"""HTTP mode: Bolt's own WSGI adapter at /slack/events under waitress, plus `GET /healthz` for load balancers.

The server brings what a production front needs: a request is read in full by waitress's I/O loop before a
worker thread sees it (a client that stalls mid-request holds no thread), body and header sizes are capped,
idle and half-sent connections time out, chunked bodies are decoded, and the worker threads are a fixed pool.
Bolt verifies each request's signature and acks as it always does (ack, then the listener's work in Bolt's
listener executor). Before Bolt, a body that is not in a shape Slack sends is refused with 400.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from urllib.parse import parse_qs

import waitress
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress import wasyncore

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
MAX_BODY_BYTES = 256 * 1024  # Slack's largest payloads are a few tens of KiB
MAX_HEADER_BYTES = 64 * 1024
HTTP_THREADS = 16  # requests being dispatched at once; Bolt acks in milliseconds, the work runs elsewhere
CONNECTION_LIMIT = 2000  # open connections, stalled ones included (they cost a socket, not a thread)
IDLE_SECONDS = 30  # a connection silent this long, mid-request or between requests, is closed
TURN_SECONDS = 0.05  # the I/O loop's longest wait, and so how soon it notices it is being stopped
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
EVENTS_API_TYPES = ("event_callback", "url_verification", "app_rate_limited")
log = logging.getLogger("briefbot.http")
# waitress warns on every request that waits for a free thread; in a burst that is one line per request for a
# wait of milliseconds (the bench reports real ack times).
logging.getLogger("waitress.queue").setLevel(logging.ERROR)


def shape_problem(content_type: str, body: str) -> str | None:
    """Why a body is not one Slack sends, or None: forms carry a command, a payload or an ssl_check;
    JSON is an Events API object with a type (and never a command)."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == JSON:
        try:
            data = json.loads(body)
        except ValueError:
            return "body is not JSON"
        if not isinstance(data, dict) or data.get("type") not in EVENTS_API_TYPES:
            return "JSON body is not an Events API object (slash commands and actions come as forms)"
        if "command" in data or "payload" in data:
            return "slash commands and actions come as forms, not JSON"
        return None
    if kind != FORM:
        return f"unexpected content type '{kind[:60]}'"
    if body.lstrip().startswith(("{", "[")):
        return "form body holds JSON"
    try:
        form = parse_qs(body, keep_blank_values=True, strict_parsing=True, max_num_fields=200)
    except ValueError:
        return "body is not a form"
    present = [key for key in ("command", "payload", "ssl_check") if key in form]
    if len(present) != 1 or any(len(form[key]) != 1 for key in present):
        return "form holds no command, payload or ssl_check"
    if present == ["payload"]:
        try:
            payload = json.loads(form["payload"][0])
        except ValueError:
            return "payload is not JSON"
        if not isinstance(payload, dict) or not isinstance(payload.get("type"), str):
            return "payload is not an interaction object"
    return None


def _plain(start_response, status: str, text: bytes) -> list[bytes]:
    start_response(status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(text)))])
    return [text]


def wsgi_app(app: App) -> Callable:
    """The WSGI application: /healthz, and Slack's requests (in a shape Slack sends) to Bolt's adapter."""
    slack = SlackRequestHandler(app, EVENTS_PATH)

    def application(environ, start_response):
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            return _plain(start_response, "200 OK", b"ok")
        if path != EVENTS_PATH or method != "POST":
            return _plain(start_response, "404 Not Found", b"not found")
        body = environ["wsgi.input"].read()  # waitress has read it whole, within MAX_BODY_BYTES
        problem = shape_problem(environ.get("CONTENT_TYPE", ""), body.decode("utf-8", errors="replace"))
        if problem:
            log.warning("refused a request from %s: %s", environ.get("REMOTE_ADDR", "?"), problem)
            return _plain(start_response, "400 Bad Request", b"bad request")
        environ["wsgi.input"] = _Body(body)
        return slack(environ, start_response)

    return application


class _Body:
    """A request body already read, readable again by Bolt's adapter."""

    def __init__(self, data: bytes):
        self.data = data

    def read(self, size: int = -1) -> bytes:
        data, self.data = (self.data, b"") if size < 0 else (self.data[:size], self.data[size:])
        return data


class SlackServer:
    """waitress serving the app; `stop()` stops accepting and lets requests being dispatched finish."""

    def __init__(self, app: App, host: str = "0.0.0.0", port: int = 3000):
        self._server = waitress.create_server(
            wsgi_app(app),
            host=host,
            port=port,
            threads=HTTP_THREADS,
            connection_limit=CONNECTION_LIMIT,
            channel_timeout=IDLE_SECONDS,
            cleanup_interval=5,
            max_request_body_size=MAX_BODY_BYTES,
            max_request_header_size=MAX_HEADER_BYTES,
            asyncore_use_poll=True,  # select() cannot watch more than 1024 sockets
            clear_untrusted_proxy_headers=True,
            ident="briefbot",
        )
        self._loop: threading.Thread | None = None
        self._refusing = threading.Event()
        self._closing = threading.Event()

    @property
    def host(self) -> str:
        return self._server.effective_host

    @property
    def port(self) -> int:
        return int(self._server.effective_port)

    def start(self) -> None:
        """Serve from a thread of its own."""
        self._loop = threading.Thread(target=self._run, name="http-loop", daemon=True)
        self._loop.start()

    def _run(self) -> None:
        """waitress's I/O loop, a turn at a time, so that stopping happens in this thread, between turns."""
        server, sockets = self._server, self._server._map
        while not self._closing.is_set():
            if self._refusing.is_set() and server.socket is not None:
                wasyncore.dispatcher.close(server)  # the listening socket only; new connections are refused
            wasyncore.loop(timeout=TURN_SECONDS, map=sockets, use_poll=True, count=1)
        for channel in list(sockets.values()):
            if channel is not server.trigger:
                channel.close()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop taking connections, wait (up to `timeout`) for the requests in hand, then close every
        connection and stop the worker threads."""
        server = self._server
        deadline = time.monotonic() + timeout
        self._refusing.set()
        while server.socket is not None and self._loop is not None and self._loop.is_alive():
            time.sleep(0.01)
        while _busy(server) and time.monotonic() < deadline:
            time.sleep(0.02)
        server.task_dispatcher.shutdown(cancel_pending=True, timeout=max(0.1, deadline - time.monotonic()))
        self._closing.set()
        if self._loop is not None:
            self._loop.join(timeout=5)
        server.trigger.close()  # last: no worker is left to pull it


def _busy(server) -> bool:
    """Whether a request is queued for, or held by, a worker thread."""
    dispatcher = server.task_dispatcher
    return bool(dispatcher.queue) or dispatcher.active_count > 0

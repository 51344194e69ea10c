"""HTTP mode: a threaded server that hands Slack's requests at /slack/events to the Bolt app.

Bolt verifies each request's signature; this layer enforces the path, the method, a body size
limit and the shapes Slack sends (slash commands and buttons as forms, events as a JSON object),
so a flood of oversize, stray or malformed requests never reaches the app. A request's listener runs in
the request's own thread and its ack is written when the listener is done, or after ACK_DEADLINE at the
latest, so a reply goes out first and Slack still has its ack in time.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from slack_bolt import App, BoltRequest, BoltResponse

EVENTS_PATH = "/slack/events"
MAX_BODY_BYTES = 256 * 1024
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
EVENTS_API_TYPES = ("event_callback", "url_verification", "app_rate_limited")
log = logging.getLogger("briefbot.http")


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


# Slack counts a request failed when its ack has not arrived within 3 seconds; a listener still running
# after ACK_DEADLINE has its ack sent by the watchdog, which looks every ACK_CHECK_SECONDS.
ACK_DEADLINE = 1.0
ACK_CHECK_SECONDS = 0.25
_this_request = threading.local()
_date: list = [0, ""]  # the Date header: (second, its text), formatted once a second


def _http_date() -> str:
    now = int(time.time())
    if _date[0] != now:
        _date[:] = [now, formatdate(now, usegmt=True)]
    return _date[1]


class ListenerExecutor(Executor):
    """Where Bolt runs listeners.

    Inside an HTTP request a listener runs at once, in the request's own thread, and the request's ack is
    written when it is done (see _PendingAck): a reply reaches Slack without waiting on a thread hand-off or
    on the ack's own write, and the watchdog still acks a request whose listener is slow. Elsewhere (Socket
    Mode, the console) listeners go to a thread pool, as with Bolt's own executor.
    """

    def __init__(self, workers: int = 5):
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="briefbot-listener")

    def submit(self, fn, /, *args, **kwargs) -> Future:
        if not getattr(_this_request, "inline", False):
            return self._pool.submit(fn, *args, **kwargs)
        future: Future = Future()
        future.set_running_or_notify_cancel()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # Bolt's own wrapper logs listener errors; the request still gets its answer
            future.set_exception(exc)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)


class _PendingAck:
    """One request's HTTP response, written exactly once: by the request's thread when Bolt is done with it,
    or by the watchdog once ACK_DEADLINE has passed and the listener has acked (the listener carries on)."""

    def __init__(self, handler: _Handler, request: BoltRequest):
        self.handler = handler
        self.request = request
        self.deadline = time.monotonic() + ACK_DEADLINE
        self._lock = threading.Lock()
        self._sent = False

    def send(self, response: BoltResponse | None, early: bool = False) -> bool:
        with self._lock:
            if self._sent:
                return False
            self._sent = True
            if response is None:
                self.handler._reply(500, b"internal error")
            else:
                # An ack sent early leaves the thread busy with its listener: the connection is not kept.
                self.handler._reply(response.status, response.body.encode("utf-8"), response.headers, close=early)
            return True

    def send_if_acked(self) -> bool:
        """At the deadline: send the ack if the listener has made it; False if it has not yet."""
        ack = self.request.context.get("ack")  # .get: never create an Ack the listener would not see
        response = getattr(ack, "response", None)
        if response is None:
            return False
        if self.send(response, early=True):
            log.warning("a listener took over %.1f s; its request was acked before it finished", ACK_DEADLINE)
        return True


class _AckWatchdog:
    """Sends the ack of every request whose listener is still running at its deadline."""

    def __init__(self):
        self._pending: set[_PendingAck] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def watch(self, pending: _PendingAck) -> None:
        with self._lock:
            self._pending.add(pending)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="ack-watchdog", daemon=True)
                self._thread.start()

    def forget(self, pending: _PendingAck) -> None:
        with self._lock:
            self._pending.discard(pending)

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(ACK_CHECK_SECONDS):
            now = time.monotonic()
            with self._lock:
                due = [pending for pending in self._pending if pending.deadline <= now]
            for pending in due:
                if pending.send_if_acked():
                    self.forget(pending)


class _Handler(BaseHTTPRequestHandler):
    app: App
    protocol_version = "HTTP/1.1"
    timeout = 60  # a client that stops sending mid-request is dropped, not waited on forever

    def do_POST(self):  # noqa: N802 - http.server's naming
        if self.path.split("?", 1)[0] != EVENTS_PATH:
            return self._reply(404, b"not found")
        length = self.headers.get("Content-Length", "")
        if not length.isdigit():
            return self._reply(411, b"length required")
        if int(length) > MAX_BODY_BYTES:
            self.close_connection = True
            return self._reply(413, b"request too large")
        body = self.rfile.read(int(length)).decode("utf-8", errors="replace")
        problem = shape_problem(self.headers.get("Content-Type", ""), body)
        if problem:
            log.warning("refused a request from %s: %s", self.address_string(), problem)
            return self._reply(400, b"bad request")
        headers = {key.lower(): [value] for key, value in self.headers.items()}
        query = self.path.split("?", 1)[1] if "?" in self.path else ""
        request = BoltRequest(body=body, query=query, headers=headers)
        pending = _PendingAck(self, request)
        self.server.acks.watch(pending)
        _this_request.inline = True
        try:
            response = self.app.dispatch(request)
        except Exception:  # one bad request must never cost the connection its answer
            log.exception("request failed")
            response = None
        finally:
            _this_request.inline = False
            self.server.acks.forget(pending)
        pending.send(response)

    def do_GET(self):  # noqa: N802
        if self.path == "/healthz":
            return self._reply(200, b"ok")
        self._reply(404, b"not found")

    def _reply(self, status: int, body: bytes, headers: dict | None = None, close: bool = False) -> None:
        """The whole response in one write: one system call, and no body held back behind its headers."""
        self.log_request(status)
        lines = [f"{self.protocol_version} {status} {self.responses.get(status, ('',))[0]}", f"Date: {_http_date()}"]
        for name, values in (headers or {}).items():
            if name.lower() not in ("content-length", "connection", "date"):
                lines.extend(f"{name}: {value}" for value in values)
        lines.append(f"Content-Length: {len(body)}")
        if close:
            lines.append("Connection: close")
            self.close_connection = True
        self.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

    def log_message(self, format, *args):  # noqa: A002 - http.server's signature
        log.debug("%s " + format, self.address_string(), *args)


class SlackHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, app: App, host: str = "0.0.0.0", port: int = 3000):
        handler = type("BoundHandler", (_Handler,), {"app": app})
        super().__init__((host, port), handler)
        self.acks = _AckWatchdog()

    def server_close(self) -> None:
        self.acks.stop()
        super().server_close()

    @property
    def port(self) -> int:
        return self.server_address[1]

    def start_background(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, name="slack-http", daemon=True)
        thread.start()
        return thread

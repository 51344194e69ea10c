"""HTTP mode: a threaded server that hands Slack's requests at /slack/events to the Bolt app.

Bolt verifies each request's signature; this layer enforces the path, the method, a body size
limit and the shapes Slack sends (slash commands and buttons as forms, events as a JSON object),
so a flood of oversize, stray or malformed requests never reaches the app.
"""

from __future__ import annotations

import json
import logging
import threading
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from slack_bolt import App, BoltRequest

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


_this_request = threading.local()


class ListenerExecutor(Executor):
    """Where Bolt runs listeners once a request is acked.

    An Events API listener (Bolt acks those before it starts them) runs in its own request's thread, right
    after the ack has been written: one thread hand-off fewer per event, and the ack never waits on the
    listener. Everything else (slash commands and buttons, which ack from inside the listener while Bolt
    waits for it; Socket Mode; the console) goes to a thread pool, as Bolt's own executor does.
    """

    def __init__(self, workers: int = 5):
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="briefbot-listener")

    def submit(self, fn, /, *args, **kwargs) -> Future:
        after_response = getattr(_this_request, "after_response", None)
        if after_response is None:
            return self._pool.submit(fn, *args, **kwargs)
        future: Future = Future()
        after_response.append((future, fn, args, kwargs))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)


def _run_after_response(work: list) -> None:
    for future, fn, args, kwargs in work:
        if not future.set_running_or_notify_cancel():
            continue
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # Bolt's own wrapper logs listener errors; keep the thread alive
            future.set_exception(exc)


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
        work: list = []
        _this_request.after_response = work if body.startswith("{") else None  # Events API: JSON
        try:
            response = self.app.dispatch(BoltRequest(body=body, query=query, headers=headers))
        except Exception:  # one bad request must never cost the connection its answer
            log.exception("request failed")
            response = None
        finally:
            _this_request.after_response = None
        if response is None:
            self._reply(500, b"internal error")
        else:
            # A connection whose thread goes on to run a listener is not kept open for the next request.
            self._reply(response.status, response.body.encode("utf-8"), response.headers, close=bool(work))
        _run_after_response(work)

    def do_GET(self):  # noqa: N802
        if self.path == "/healthz":
            return self._reply(200, b"ok")
        self._reply(404, b"not found")

    def _reply(self, status: int, body: bytes, headers: dict | None = None, close: bool = False) -> None:
        self.send_response(status)
        for name, values in (headers or {}).items():
            if name.lower() not in ("content-length", "connection"):
                for value in values:
                    self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        if close:
            self.send_header("Connection", "close")  # send_header also marks the connection to be closed
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 - http.server's signature
        log.debug("%s " + format, self.address_string(), *args)


class SlackHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, app: App, host: str = "0.0.0.0", port: int = 3000):
        handler = type("BoundHandler", (_Handler,), {"app": app})
        super().__init__((host, port), handler)

    @property
    def port(self) -> int:
        return self.server_address[1]

    def start_background(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, name="slack-http", daemon=True)
        thread.start()
        return thread

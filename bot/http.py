"""HTTP mode: a threaded server that hands Slack's requests at /slack/events to the Bolt app.

Bolt verifies each request's signature; this layer enforces the path, the method, a body size
limit and the shapes Slack sends (slash commands and buttons as forms, events as a JSON object),
so a flood of oversize, stray or malformed requests never reaches the app.
"""

from __future__ import annotations

import json
import logging
import threading
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
        try:
            response = self.app.dispatch(BoltRequest(body=body, query=query, headers=headers))
        except Exception:  # one bad request must never cost the connection its answer
            log.exception("request failed")
            return self._reply(500, b"internal error")
        self._reply(response.status, response.body.encode("utf-8"), response.headers)

    def do_GET(self):  # noqa: N802
        if self.path == "/healthz":
            return self._reply(200, b"ok")
        self._reply(404, b"not found")

    def _reply(self, status: int, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        for name, values in (headers or {}).items():
            if name.lower() != "content-length":
                for value in values:
                    self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
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

"""HTTP mode: a threaded server that hands Slack's requests at /slack/events to the Bolt app.

Bolt verifies each request's signature; this layer only enforces the path, the method and a
body size limit, so a flood of oversize or stray requests never reaches the app.
"""

from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from slack_bolt import App, BoltRequest

EVENTS_PATH = "/slack/events"
MAX_BODY_BYTES = 256 * 1024
log = logging.getLogger("briefbot.http")


class _Handler(BaseHTTPRequestHandler):
    app: App
    protocol_version = "HTTP/1.1"

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
        headers = {key.lower(): [value] for key, value in self.headers.items()}
        query = self.path.split("?", 1)[1] if "?" in self.path else ""
        response = self.app.dispatch(BoltRequest(body=body, query=query, headers=headers))
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

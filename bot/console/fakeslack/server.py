"""The fake's HTTP server on a loopback port: which endpoint a request is for, its params decoded from the query and
the form or JSON body, and a reply (or a reset connection) sent back."""

from __future__ import annotations

import json
import socket
import struct
import sys
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from bot.console.fakeslack.calls import RESPONSE_URL

_JSON_FIELDS = ("blocks", "attachments", "metadata", "view", "unfurls")


class Server(ThreadingHTTPServer):
    """A threading HTTP server that hands every request to `serve`."""

    daemon_threads = True
    request_queue_size = 128  # bursts of parallel calls must not wait on SYN retries

    def __init__(self, address: tuple[str, int], serve: Callable[[Handler], None]) -> None:
        super().__init__(address, Handler)
        self.serve = serve

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # a client hanging up is not news
            super().handle_error(request, client_address)


class Handler(BaseHTTPRequestHandler):
    server: Server

    def do_POST(self) -> None:
        self.server.serve(self)

    do_GET = do_POST

    def log_message(self, format: str, *args: Any) -> None:  # quiet: no request log
        pass


def endpoint(path: str) -> tuple[str, str | None] | None:
    """The Web API method a request path is for, or ``RESPONSE_URL`` and the response_url's name; None for neither."""
    url = urlsplit(path)
    if url.path.startswith("/api/"):
        return url.path[len("/api/") :], None
    if url.path.startswith(f"/{RESPONSE_URL}/"):
        return RESPONSE_URL, unquote(url.path[len(RESPONSE_URL) + 2 :])
    return None


def read_params(handler: Handler) -> tuple[dict[str, Any], bool]:
    """The request's query string and form/JSON body as one params dict, and whether its JSON body was bad."""
    body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
    return _decode(handler.headers.get("Content-Type", ""), body, urlsplit(handler.path).query)


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


def send(handler: Handler, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
    """Send a reply; a client that gave up waiting is let go quietly."""
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


def reset(handler: Handler) -> None:
    """Drop the connection without a response: SO_LINGER 0 makes close() send a TCP RST."""
    sock = handler.connection
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.rfile.close()  # release makefile()'s reference so close() really closes
    sock.close()
    handler.close_connection = True

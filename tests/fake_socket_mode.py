"""Slack's Socket Mode endpoint on a loopback port: envelopes go to the connected app, its acks are recorded.

The app finds it through the fake Web API (FakeSlack.socket_mode_url answers apps.connections.open). Slack
serves Socket Mode over TLS on port 443; slack_sdk's client speaks plain WebSocket to any other port.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve


class FakeSocketMode:
    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._connection: ServerConnection | None = None
        self._acks: dict[str, dict[str, Any]] = {}
        self._server = serve(self._session, "127.0.0.1", 0, compression=None)
        self.url = f"ws://127.0.0.1:{self._server.socket.getsockname()[1]}/link/?ticket=briefbot-test"
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-socket-mode", daemon=True)
        self._thread.start()

    def _session(self, connection: ServerConnection) -> None:
        connection.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0BRIEF"}}))
        with self._changed:
            self._connection = connection
            self._changed.notify_all()
        try:
            for message in connection:
                ack = json.loads(message)
                with self._changed:
                    self._acks[ack.get("envelope_id", "")] = ack
                    self._changed.notify_all()
        except ConnectionClosed:
            pass

    def wait_connected(self, timeout: float, still_running=lambda: True) -> None:
        """Until an app has connected; fails early when `still_running()` turns false."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._connection is None:
                assert still_running(), "the app stopped before it connected"
                assert time.monotonic() < deadline, f"no app connected within {timeout}s"
                self._changed.wait(0.1)

    def send(self, kind: str, payload: dict[str, Any], retry_attempt: int = 0) -> str:
        """One envelope (events_api, slash_commands or interactive) to the app; returns its envelope_id."""
        envelope_id = str(uuid.uuid4())
        envelope = {
            "envelope_id": envelope_id, "type": kind, "payload": payload,
            "accepts_response_payload": kind != "events_api",
            "retry_attempt": retry_attempt, "retry_reason": "timeout" if retry_attempt else "",
        }  # fmt: skip
        assert self._connection is not None, "no app is connected"
        self._connection.send(json.dumps(envelope))
        return envelope_id

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        with self._changed:
            while envelope_id not in self._acks:
                assert time.monotonic() < deadline, f"envelope {envelope_id} was not acked within {timeout}s"
                self._changed.wait(0.1)
            return self._acks[envelope_id]

    def close(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=5)

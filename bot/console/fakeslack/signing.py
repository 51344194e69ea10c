"""Slack-style request signing: the headers Slack sends so an app can check a request came from it."""

from __future__ import annotations

import time

from slack_sdk.signature import SignatureVerifier


def sign(secret: str, body: str | bytes, timestamp: int | None = None) -> dict[str, str]:
    """The X-Slack-Request-Timestamp and X-Slack-Signature headers Slack would send with `body`."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    assert signature is not None
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}

"""The baseline: a bare Bolt app on the same HTTP server that acks and posts one fixed message.

Run as `python bench/bare_app.py PORT API_URL SECRET`; it listens until killed.
"""

from __future__ import annotations

import sys
import threading

from slack_bolt import App
from slack_sdk import WebClient

from bot.web import SlackServer


def build_bare_app(api_url: str, secret: str) -> App:
    app = App(client=WebClient(token="xoxb-bench", base_url=api_url), signing_secret=secret)

    @app.command("/brief")
    def fixed_post(ack, command, client):
        ack()
        client.chat_postMessage(channel=command["channel_id"], text="A fixed message.")

    @app.event("message")
    def fixed_reply(event, client):
        if event.get("thread_ts") and not event.get("bot_id"):
            client.chat_postMessage(channel=event["channel"], thread_ts=event["thread_ts"], text="A fixed reply.")

    return app


if __name__ == "__main__":
    port, api_url, secret = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    server = SlackServer(build_bare_app(api_url, secret), host="127.0.0.1", port=port)
    server.start()
    print("listening", flush=True)
    threading.Event().wait()

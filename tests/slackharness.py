"""Drive the real app through its HTTP server: signed requests in, calls recorded by a loopback fake Web API."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from bot import ids
from bot.answer import build_index
from bot.app import LISTENER_THREADS, build_app
from bot.briefs.live import LiveLibrary
from bot.console import payloads
from bot.console.fakeslack import FakeSlack, sign
from bot.settings import Settings
from bot.slack.services import Services
from bot.store import Store
from bot.web import EVENTS_PATH, SlackServer

REPO = Path(__file__).resolve().parent.parent
SECRET = "test-signing-secret"
STORY = "microsoft-dea-facial-recognition"


def post_signed(
    url: str, body: str, content_type: str, headers: dict | None = None, secret: str | None = SECRET, timeout=30
) -> int:
    """POST a body to the app as Slack would, signed with `secret` (None: unsigned); returns the HTTP status."""
    all_headers = {"Content-Type": content_type, **(sign(secret, body) if secret else {}), **(headers or {})}
    request = urllib.request.Request(url, data=body.encode(), headers=all_headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def answers(fake: FakeSlack, channel: str, thread_ts: str) -> list:
    """The bot's answers posted in a thread (messages carrying brief_answer metadata)."""
    return [
        c for c in fake.calls("chat.postMessage", channel=channel, thread_ts=thread_ts)
        if (c.params.get("metadata") or {}).get("event_type") == ids.EVENT_BRIEF_ANSWER
    ]  # fmt: skip


def reply_event(fake: FakeSlack, channel: str, thread_ts: str, text: str, user: str = "U0REPORTER") -> dict:
    """A reply seeded in the fake's thread, as the message event Slack would deliver for it."""
    message = fake.add_message(channel, text, user=user, thread_ts=thread_ts)
    return payloads.thread_message(channel, user, text, message["ts"], thread_ts)


def copy_briefs(target: Path) -> Path:
    """The repository's briefs (with their sources) in a folder the test may change."""
    shutil.copytree(REPO / "briefs", target)
    return target


class TrackedPool(ThreadPoolExecutor):
    """The app's listener pool, counting the work it has been given and not finished, so a test can wait for it."""

    def __init__(self) -> None:
        super().__init__(max_workers=LISTENER_THREADS, thread_name_prefix="harness-listener")
        self._unfinished = 0
        self._changed = threading.Condition()

    def submit(self, fn, /, *args, **kwargs) -> Future:
        with self._changed:
            self._unfinished += 1
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(self._finished)
        return future

    def _finished(self, _future: Future) -> None:
        with self._changed:
            self._unfinished -= 1
            self._changed.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Whether every listener given so far has finished within `timeout` seconds."""
        with self._changed:
            return self._changed.wait_for(lambda: self._unfinished == 0, timeout)


@dataclass
class Harness:
    fake: FakeSlack
    server: SlackServer
    library: LiveLibrary
    store: Store
    settings: Settings
    listeners: TrackedPool
    posted: list = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}{EVENTS_PATH}"

    def send(self, body: str, content_type: str, headers: dict | None = None, secret: str = SECRET) -> int:
        """POST a body signed with `secret` (None: unsigned); returns the HTTP status."""
        return post_signed(self.url, body, content_type, headers, secret)

    def send_for_body(self, body: str, content_type: str) -> tuple[int, bytes]:
        """POST a signed body; (HTTP status, the response body: the ack, e.g. a modal's errors)."""
        request = urllib.request.Request(
            self.url, data=body.encode(), headers={"Content-Type": content_type, **sign(SECRET, body)}, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def command(self, text: str, channel: str = "C0NEWS", user: str = "U0REPORTER") -> tuple[int, str]:
        """A signed /brief slash command; returns (status, the name of its response_url)."""
        name = payloads.next_id("cmd-")
        body = payloads.slash_command(text, channel, user, self.fake.response_url(name))
        return self.send(body, payloads.FORM), name

    def event(self, event: dict, event_id: str | None = None, retry: int | None = None) -> int:
        """A signed Events API callback wrapping `event`."""
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else {}
        return self.send(payloads.event_callback(event, event_id), payloads.JSON, headers)

    def reply(self, channel: str, thread_ts: str, text: str, user: str = "U0REPORTER", **fields) -> tuple[int, dict]:
        """Someone replies in a thread: the message event Slack would send."""
        message = self.fake.add_message(channel, text, user=user, thread_ts=thread_ts)
        event = payloads.thread_message(channel, user, text, message["ts"], thread_ts, **fields)
        return self.event(event), event

    def press(self, action_id: str, value: str, channel: str, message_ts: str, user: str = "U0REPORTER") -> int:
        """A signed block_actions payload for a button on a posted message."""
        response_url = self.fake.response_url(payloads.next_id("act-"))
        body = payloads.button_press(action_id, value, channel, message_ts, user, response_url)
        return self.send(body, payloads.FORM)

    def settle(self, quiet: float = 0.05, timeout: float = 10.0) -> None:
        """Wait until the app's listeners have finished what they were given and nothing new is sent for `quiet` s."""
        deadline = time.monotonic() + timeout
        count = -1
        while time.monotonic() < deadline and count != len(self.fake.calls()):
            count = len(self.fake.calls())
            assert self.listeners.wait_idle(deadline - time.monotonic()), "the app's listeners never finished"
            time.sleep(quiet)

    def wait_for_thread(self, channel: str, ts: str, timeout: float = 5.0) -> str | None:
        """The story stored for a thread, once the app has recorded it (it does so right after posting)."""
        deadline = time.monotonic() + timeout
        while self.store.thread_story(channel, ts) is None and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.store.thread_story(channel, ts)

    def wait_for_handled(self, key: str, timeout: float = 5.0) -> bool:
        """Whether `key` is claimed as done in the database (the app marks it once the reply is sent)."""
        deadline = time.monotonic() + timeout
        while True:
            with closing(sqlite3.connect(self.settings.db_path)) as conn:
                if conn.execute("SELECT 1 FROM claims WHERE key = ? AND state = 'done'", (key,)).fetchone():
                    return True
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)

    def private_replies(self, name: str, timeout: float = 5.0) -> list:
        return self.fake.wait_for("response_url", timeout=timeout, name=name)

    def posts(self, count: int = 1, timeout: float = 5.0, **match) -> list:
        return self.fake.wait_for("chat.postMessage", count=count, timeout=timeout, **match)


def start_harness(briefs_dir: Path, db_path: Path, desk: frozenset[str] = frozenset()) -> Harness:
    fake = FakeSlack()
    settings = Settings(
        bot_token="xoxb-test", signing_secret=SECRET, api_url=fake.url, port=0, briefs_dir=briefs_dir, db_path=db_path,
        desk=desk,
    )  # fmt: skip
    library = LiveLibrary(briefs_dir, settings.max_brief_bytes, index_with=build_index)
    library.refresh()
    store = Store(db_path)
    listeners = TrackedPool()
    app = build_app(settings, Services(library=library, store=store, reload=library.refresh), executor=listeners)
    server = SlackServer(app, host="127.0.0.1", port=0)
    server.start()
    return Harness(fake=fake, server=server, library=library, store=store, settings=settings, listeners=listeners)


def stop_harness(harness: Harness) -> None:
    harness.server.stop()
    harness.listeners.shutdown(wait=True)
    harness.library.stop()
    harness.store.close()
    harness.fake.close()

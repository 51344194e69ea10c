"""SQLite state: which story each thread is about, what was already handled, and the inbox.

WAL mode, one connection per thread and a generous busy timeout, so concurrent requests never see
"database is locked". Every write is a single statement, which SQLite runs as its own transaction:
a killed process loses nothing it had committed and leaves nothing half-written.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS threads (
    channel TEXT NOT NULL, thread_ts TEXT NOT NULL, story TEXT NOT NULL, created REAL NOT NULL,
    PRIMARY KEY (channel, thread_ts)
);
CREATE TABLE IF NOT EXISTS handled (key TEXT PRIMARY KEY, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS inbox (
    id INTEGER PRIMARY KEY, story TEXT NOT NULL, question TEXT NOT NULL, user TEXT NOT NULL,
    channel TEXT NOT NULL, thread_ts TEXT NOT NULL, asked REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS inbox_story ON inbox (story);
"""


# What a question typed in Slack must not bring to an editor's terminal: control characters (escape
# sequences that move the cursor, retitle or clear the window) and invisible direction/zero-width marks.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def printable(text: str) -> str:
    """Text safe to print on a terminal: control and bidi characters shown as U+XXXX, newlines as spaces."""
    return _UNPRINTABLE.sub(lambda m: " " if m.group() in "\n\t" else f"<U+{ord(m.group()):04X}>", text)


@dataclass(frozen=True)
class InboxEntry:
    story: str
    question: str
    user: str
    channel: str
    thread_ts: str
    asked: float


# Threads whose story is kept in memory as well (a thread's story never changes); older ones are read again.
THREADS_REMEMBERED = 100_000
# How long an inbox count read from the database is trusted; this process's own additions are counted at once.
WAITING_FRESH_SECONDS = 10.0


class Store:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._raw().executescript(SCHEMA)
        # Answering reads a thread's story and a story's inbox count on every request; memory answers both
        # without touching the database, which costs a request more than all the rest of its work.
        self._threads: dict[tuple[str, str], str] = {}
        self._waiting: dict[str, tuple[int, float]] = {}
        self._waiting_lock = threading.Lock()

    def _raw(self) -> sqlite3.Connection:
        """This thread's connection (sqlite3 connections are not shared between threads)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=30000")
            self._local.conn = conn
        return conn

    def remember_thread(self, channel: str, thread_ts: str, story: str) -> None:
        self._raw().execute(
            "INSERT OR REPLACE INTO threads (channel, thread_ts, story, created) VALUES (?, ?, ?, ?)",
            (channel, thread_ts, story, time.time()),
        )
        self._keep_thread(channel, thread_ts, story)

    def thread_story(self, channel: str, thread_ts: str) -> str | None:
        story = self._threads.get((channel, thread_ts))
        if story is not None:
            return story
        row = (
            self._raw()
            .execute("SELECT story FROM threads WHERE channel = ? AND thread_ts = ?", (channel, thread_ts))
            .fetchone()
        )
        if row:
            self._keep_thread(channel, thread_ts, row[0])
        return row[0] if row else None

    def _keep_thread(self, channel: str, thread_ts: str, story: str) -> None:
        threads = self._threads
        threads[(channel, thread_ts)] = story
        while len(threads) > THREADS_REMEMBERED:
            try:
                del threads[next(iter(threads))]  # the oldest remembered
            except (KeyError, RuntimeError, StopIteration):  # another thread got there first
                break

    def claim(self, *keys: str) -> bool:
        """Mark keys handled; False when any of them was handled before (so the work is skipped).

        One INSERT of all the keys: the primary key refuses it whole if any key is there already.
        """
        rows = ",".join("(?, ?)" for _ in keys)
        now = time.time()
        try:
            self._raw().execute(
                f"INSERT INTO handled (key, created) VALUES {rows}", [v for k in keys for v in (k, now)]
            )
        except sqlite3.IntegrityError:
            return False
        return True

    def add_to_inbox(self, story: str, question: str, user: str, channel: str, thread_ts: str) -> None:
        self._raw().execute(
            "INSERT INTO inbox (story, question, user, channel, thread_ts, asked) VALUES (?, ?, ?, ?, ?, ?)",
            (story, question, user, channel, thread_ts, time.time()),
        )
        with self._waiting_lock:
            if story in self._waiting:
                count, read_at = self._waiting[story]
                self._waiting[story] = (count + 1, read_at)

    def inbox(self, story: str | None = None) -> list[InboxEntry]:
        query = "SELECT story, question, user, channel, thread_ts, asked FROM inbox"
        args: tuple = ()
        if story:
            query, args = query + " WHERE story = ?", (story,)
        rows = self._raw().execute(query + " ORDER BY asked, id", args).fetchall()
        return [InboxEntry(*row) for row in rows]

    def waiting(self, story: str) -> int:
        """How many unanswered questions the story's inbox holds (others' additions seen within seconds)."""
        now = time.monotonic()
        with self._waiting_lock:
            known = self._waiting.get(story)
        if known is not None and now - known[1] < WAITING_FRESH_SECONDS:
            return known[0]
        count = self._raw().execute("SELECT COUNT(*) FROM inbox WHERE story = ?", (story,)).fetchone()[0]
        with self._waiting_lock:
            self._waiting[story] = (count, now)
        return count

    def print_inbox(self, story: str | None = None, out=None) -> int:
        """`briefbot inbox`: one line per unanswered question, oldest first."""
        out = out or sys.stdout
        entries = self.inbox(story)
        if not entries:
            print("No unanswered questions" + (f" for {story}." if story else "."), file=out)
            return 0
        for entry in entries:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(entry.asked))
            who, where, question = printable(entry.user), printable(entry.channel), printable(entry.question)
            print(f"{when}  {printable(entry.story)}  <@{who}> in {where}: {question}", file=out)
        return 0

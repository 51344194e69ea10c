"""SQLite state: which story each thread is about, what was already handled, and the inbox.

WAL mode, one connection used one statement at a time, and a generous busy timeout for other processes
(`briefbot inbox`), so concurrent requests never see "database is locked". Every write is a single
statement, which SQLite runs as its own transaction: a killed process loses nothing it had committed and
leaves nothing half-written.

Handled messages and events are claimed in memory, where the check and the claim are one step under a
lock, and written to the database once the reply is sent, off the reply's path; a restart reads back the
last hour's (Slack retries an event within minutes). An unanswered question goes into the inbox before
its reply is sent, so the desk never loses one.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bot.store_versions import VERSIONS_SCHEMA, VersionStore

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
CREATE TABLE IF NOT EXISTS last_asks (
    channel TEXT NOT NULL, thread_ts TEXT NOT NULL, question TEXT NOT NULL, asked REAL NOT NULL,
    PRIMARY KEY (channel, thread_ts)
);
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
# How old an inbox count read from the database may be before a reply's aftermath reads it again; this
# process's own additions are counted at once.
WAITING_FRESH_SECONDS = 10.0
# Claims kept in memory: those of the last hour, checked for pruning once there are more than this.
CLAIMS_RECENT_SECONDS = 3600.0
CLAIMS_KEPT = 50_000


class Store(VersionStore):
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # One connection for the process, one statement at a time: requests run on short-lived threads, and
        # opening a connection per thread cost each request more than its own work.
        self._conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self._lock = threading.Lock()
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "busy_timeout=30000"):
            self._conn.execute(f"PRAGMA {pragma}")
        self._conn.executescript(SCHEMA)
        self._conn.executescript(VERSIONS_SCHEMA)
        # Answering reads a thread's story and a story's inbox count on every request; memory answers both
        # without touching the database, which costs a request more than all the rest of its work.
        self._threads: dict[tuple[str, str], str] = {}
        self._waiting: dict[str, tuple[int, float]] = {}
        self._load_recent_claims()

    def _write(self, sql: str, args) -> None:
        with self._lock:
            self._conn.execute(sql, args)

    def _rows(self, sql: str, args) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, args).fetchall()

    def remember_thread(self, channel: str, thread_ts: str, story: str) -> None:
        self._write(
            "INSERT OR REPLACE INTO threads (channel, thread_ts, story, created) VALUES (?, ?, ?, ?)",
            (channel, thread_ts, story, time.time()),
        )
        self._keep_thread(channel, thread_ts, story)

    def thread_story(self, channel: str, thread_ts: str) -> str | None:
        story = self._threads.get((channel, thread_ts))
        if story is not None:
            return story
        rows = self._rows("SELECT story FROM threads WHERE channel = ? AND thread_ts = ?", (channel, thread_ts))
        if rows:
            self._keep_thread(channel, thread_ts, rows[0][0])
        return rows[0][0] if rows else None

    def remember_ask(self, channel: str, thread_ts: str, question: str) -> None:
        """Keep a thread's latest question, which the next one may lean on ("what did he say")."""
        self._write(
            "INSERT OR REPLACE INTO last_asks (channel, thread_ts, question, asked) VALUES (?, ?, ?, ?)",
            (channel, thread_ts, question, time.time()),
        )

    def last_ask(self, channel: str, thread_ts: str) -> str | None:
        rows = self._rows("SELECT question FROM last_asks WHERE channel = ? AND thread_ts = ?", (channel, thread_ts))
        return rows[0][0] if rows else None

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

        Checked and claimed in memory in one step; `record_claim` writes them to the database afterwards.
        """
        now = time.time()
        with self._lock:
            if any(key in self._handled for key in keys):
                return False
            for key in keys:
                self._handled[key] = now
            if len(self._handled) > self._handled_limit:
                self._forget_old_claims(now)
        return True

    def record_claim(self, *keys: str) -> None:
        """Write claimed keys to the database, so a restart still knows them."""
        rows = ",".join("(?, ?)" for _ in keys)
        now = time.time()
        self._write(f"INSERT OR IGNORE INTO handled (key, created) VALUES {rows}", [v for k in keys for v in (k, now)])

    def _load_recent_claims(self) -> None:
        since = time.time() - CLAIMS_RECENT_SECONDS
        self._handled: dict[str, float] = dict(
            self._conn.execute("SELECT key, created FROM handled WHERE created > ?", (since,))
        )
        self._handled_limit = max(CLAIMS_KEPT, 2 * len(self._handled))

    def _forget_old_claims(self, now: float) -> None:
        """Drop claims older than the retry window from memory (the database keeps them)."""
        since = now - CLAIMS_RECENT_SECONDS
        self._handled = {key: at for key, at in self._handled.items() if at > since}
        self._handled_limit = max(CLAIMS_KEPT, 2 * len(self._handled))

    def add_to_inbox(self, story: str, question: str, user: str, channel: str, thread_ts: str) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT INTO inbox (story, question, user, channel, thread_ts, asked) VALUES (?, ?, ?, ?, ?, ?)",
                (story, question, user, channel, thread_ts, time.time()),
            )
            if story in self._waiting:
                count, read_at = self._waiting[story]
                self._waiting[story] = (count + 1, read_at)

    def inbox(self, story: str | None = None) -> list[InboxEntry]:
        query = "SELECT story, question, user, channel, thread_ts, asked FROM inbox"
        args: tuple = ()
        if story:
            query, args = query + " WHERE story = ?", (story,)
        rows = self._rows(query + " ORDER BY asked, id", args)
        return [InboxEntry(*row) for row in rows]

    def waiting(self, story: str) -> int:
        """How many unanswered questions the story's inbox holds, as last counted: read from the database
        only the first time; `refresh_waiting` brings it up to date after a reply."""
        known = self._waiting.get(story)
        return known[0] if known is not None else self._count_waiting(story)

    def refresh_waiting(self, story: str) -> None:
        """Count the story's inbox again if the last count is a few seconds old, so questions other processes
        added show up on the next ask. Meant for after a reply is sent, where the query costs no one time."""
        known = self._waiting.get(story)
        if known is None or time.monotonic() - known[1] >= WAITING_FRESH_SECONDS:
            self._count_waiting(story)

    def _count_waiting(self, story: str) -> int:
        with self._lock:
            count = self._conn.execute("SELECT COUNT(*) FROM inbox WHERE story = ?", (story,)).fetchone()[0]
            self._waiting[story] = (count, time.monotonic())
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

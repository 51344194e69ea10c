"""SQLite state: which story each thread is about, what was already handled, the inbox and the access audit.

WAL mode, one connection used one statement at a time, and a generous busy timeout for other processes
(`briefbot inbox`), so concurrent requests never see "database is locked". Every write is a single
statement, which SQLite runs as its own transaction: a killed process loses nothing it had committed and
leaves nothing half-written.

Handled messages and events are claimed in memory, where the check and the claim are one step under a
lock, and written to the database once the reply is sent, off the reply's path; a restart reads back the
last hour's (Slack retries an event within minutes). An unanswered question goes into the inbox before
its reply is sent, so the desk never loses one. It is answered or dismissed by one UPDATE that matches only
a question still waiting, so of two editors handling it at once exactly one succeeds.
"""

from __future__ import annotations

import re
import sqlite3
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
CREATE TABLE IF NOT EXISTS served (
    id INTEGER PRIMARY KEY, story TEXT NOT NULL, user TEXT NOT NULL, channel TEXT NOT NULL,
    what TEXT NOT NULL, how TEXT NOT NULL, served REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS served_story ON served (story);
CREATE TABLE IF NOT EXISTS last_asks (
    channel TEXT NOT NULL, thread_ts TEXT NOT NULL, question TEXT NOT NULL, asked REAL NOT NULL,
    PRIMARY KEY (channel, thread_ts)
);
"""
# Added to the inbox after it first shipped: where a question was asked, and who handled it, when and how.
INBOX_HANDLING = {
    "permalink": "TEXT",
    "answered": "REAL",
    "answered_by": "TEXT",
    "answered_by_name": "TEXT",
    "answer": "TEXT",
    "dismissed": "REAL",
    "dismissed_by": "TEXT",
}
INBOX_COLUMNS = "id, story, question, user, channel, thread_ts, asked, " + ", ".join(INBOX_HANDLING)
WAITING = "answered IS NULL AND dismissed IS NULL"


# What a question typed in Slack must not bring to an editor's terminal: control characters (escape
# sequences that move the cursor, retitle or clear the window) and invisible direction/zero-width marks.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def printable(text: str) -> str:
    """Text safe to print on a terminal: control and bidi characters shown as U+XXXX, newlines as spaces."""
    return _UNPRINTABLE.sub(lambda m: " " if m.group() in "\n\t" else f"<U+{ord(m.group()):04X}>", text)


@dataclass(frozen=True)
class InboxEntry:
    id: int
    story: str
    question: str
    user: str
    channel: str
    thread_ts: str
    asked: float
    permalink: str | None = None
    answered: float | None = None
    answered_by: str | None = None
    answered_by_name: str | None = None
    answer: str | None = None
    dismissed: float | None = None
    dismissed_by: str | None = None

    @property
    def waiting(self) -> bool:
        """Neither answered nor dismissed yet."""
        return self.answered is None and self.dismissed is None


@dataclass(frozen=True)
class ServedEntry:
    """One time a restricted or embargoed brief was served: what, to whom, where, how (public/private), when."""

    story: str
    what: str
    user: str
    channel: str
    how: str
    served: float


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
        self._add_inbox_handling()
        self._conn.executescript(VERSIONS_SCHEMA)
        # Answering reads a thread's story and a story's inbox count on every request; memory answers both
        # without touching the database, which costs a request more than all the rest of its work.
        self._threads: dict[tuple[str, str], str] = {}
        self._waiting: dict[str, tuple[int, float]] = {}
        self._load_recent_claims()

    def _add_inbox_handling(self) -> None:
        """Give an inbox table from before answering existed its handling columns (each ALTER is atomic)."""
        have = {row[1] for row in self._conn.execute("PRAGMA table_info(inbox)")}
        for name, kind in INBOX_HANDLING.items():
            if name not in have:
                try:
                    self._conn.execute(f"ALTER TABLE inbox ADD COLUMN {name} {kind}")
                except sqlite3.OperationalError as exc:  # another process added it first
                    if "duplicate column" not in str(exc):
                        raise

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

    def add_to_inbox(self, story: str, question: str, user: str, channel: str, thread_ts: str) -> int:
        """File a question for the desk; returns its inbox id."""
        with self._lock:
            cursor = self._conn.execute(
                "INSERT INTO inbox (story, question, user, channel, thread_ts, asked) VALUES (?, ?, ?, ?, ?, ?)",
                (story, question, user, channel, thread_ts, time.time()),
            )
            if story in self._waiting:
                count, read_at = self._waiting[story]
                self._waiting[story] = (count + 1, read_at)
        return cursor.lastrowid

    def inbox(self, story: str | None = None, include_handled: bool = False) -> list[InboxEntry]:
        """Questions for the desk, oldest first: those still waiting, or every one with include_handled."""
        where, args = [], []
        if story:
            where, args = ["story = ?"], [story]
        if not include_handled:
            where.append(WAITING)
        query = f"SELECT {INBOX_COLUMNS} FROM inbox" + (" WHERE " + " AND ".join(where) if where else "")
        return [InboxEntry(*row) for row in self._rows(query + " ORDER BY asked, id", args)]

    def inbox_entry(self, entry_id: int) -> InboxEntry | None:
        rows = self._rows(f"SELECT {INBOX_COLUMNS} FROM inbox WHERE id = ?", (entry_id,))
        return InboxEntry(*rows[0]) if rows else None

    def waiting_entry(self, channel: str, thread_ts: str, question: str) -> InboxEntry | None:
        """The thread's question, if it is in the inbox and still waiting."""
        rows = self._rows(
            f"SELECT {INBOX_COLUMNS} FROM inbox WHERE channel = ? AND thread_ts = ? AND question = ? AND {WAITING} "
            "ORDER BY id DESC LIMIT 1",
            (channel, thread_ts, question),
        )
        return InboxEntry(*rows[0]) if rows else None

    def set_permalink(self, entry_id: int, permalink: str) -> None:
        self._write("UPDATE inbox SET permalink = ? WHERE id = ?", (permalink, entry_id))

    def answer_entry(self, entry_id: int, editor: str, editor_name: str, answer: str) -> bool:
        """Record the desk's answer; False when the question was already answered or dismissed.

        One UPDATE that only matches a waiting question, so of two editors answering at once exactly one wins.
        """
        return self._handle(
            "UPDATE inbox SET answered = ?, answered_by = ?, answered_by_name = ?, answer = ? "
            f"WHERE id = ? AND {WAITING}",
            (time.time(), editor, editor_name, answer, entry_id),
        )

    def dismiss_entry(self, entry_id: int, editor: str) -> bool:
        """Record that an editor dismissed the question; False when it was already handled."""
        return self._handle(
            f"UPDATE inbox SET dismissed = ?, dismissed_by = ? WHERE id = ? AND {WAITING}",
            (time.time(), editor, entry_id),
        )

    def _handle(self, sql: str, args: tuple) -> bool:
        with self._lock:
            won = self._conn.execute(sql, args).rowcount == 1
            if won:
                self._waiting.clear()  # counted again on the next ask
        return won

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
            query = f"SELECT COUNT(*) FROM inbox WHERE story = ? AND {WAITING}"
            count = self._conn.execute(query, (story,)).fetchone()[0]
            self._waiting[story] = (count, time.monotonic())
        return count

    def record_served(self, story: str, what: str, user: str, channel: str, how: str) -> None:
        """Audit: a restricted or embargoed brief was served."""
        self._write(
            "INSERT INTO served (story, what, user, channel, how, served) VALUES (?, ?, ?, ?, ?, ?)",
            (story, what, user, channel, how, time.time()),
        )

    def served(self, story: str | None = None) -> list[ServedEntry]:
        """The audit of restricted and embargoed briefs served, oldest first."""
        query = "SELECT story, what, user, channel, how, served FROM served"
        args: tuple = ()
        if story:
            query, args = query + " WHERE story = ?", (story,)
        return [ServedEntry(*row) for row in self._rows(query + " ORDER BY served, id", args)]

"""The state every briefbot process shares through one database: which story each thread is about, which
events were answered (claims), each thread's last question, the desk's inbox, the audit of restricted briefs
served, and (in `versions`) every version of each brief.

Every read goes to the database, so a thread posted through one process is answered by another, and nothing
is kept in memory that another process could have changed. An event is claimed before it is answered, with
one atomic insert: of several processes (or Socket Mode connections) given the same event, exactly one
gets it. A claim whose answer failed is released, so a retry can answer it; one left by a process that died
mid-answer can be taken over once it is CLAIM_STALE_SECONDS old.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from bot.errors import ConfigError
from bot.store.backends import database_errors, open_database
from bot.store.schema import MIGRATIONS, migrate, version_of
from bot.store.versions import VersionStore

# How long a claim being worked on holds before another process may take it over (its holder presumed dead).
CLAIM_STALE_SECONDS = 120.0
# Claims older than this are deleted when a process opens the store (Slack retries an event within an hour).
CLAIMS_KEPT_SECONDS = 7 * 24 * 3600.0

# What a question typed in Slack must not bring to an editor's terminal: control characters (escape
# sequences that move the cursor, retitle or clear the window) and invisible direction/zero-width marks.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def printable(text: str) -> str:
    """Text safe to print on a terminal: control and bidi characters shown as U+XXXX, newlines as spaces."""
    return _UNPRINTABLE.sub(lambda m: " " if m.group() in "\n\t" else f"<U+{ord(m.group()):04X}>", text)


class ThreadAsks(NamedTuple):
    """A thread's latest question, the one before it, and the ids of the items shown in answer to the latest."""

    question: str | None
    earlier: str | None
    shown: frozenset[str]


# The inbox's columns as InboxEntry holds them; a question is waiting until it is answered or dismissed.
INBOX_COLUMNS = (
    'id, story, question, "user", channel, thread_ts, asked, permalink, answered, answered_by, answered_by_name, '
    "answer, dismissed, dismissed_by"
)
WAITING = "answered IS NULL AND dismissed IS NULL"


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


class Store(VersionStore):
    """Open on an SQLite path or a postgresql:// URL; the schema is brought up to date on opening."""

    def __init__(self, location: str | Path, readonly: bool = False):
        self.db = open_database(location, readonly)
        try:
            if readonly:
                if version_of(self.db) != len(MIGRATIONS):
                    raise ConfigError(f"BRIEFBOT_DB: {location} is not up to date; start `briefbot serve` once")
                return
            migrate(self.db)
        except database_errors() as exc:
            self.db.close()
            raise ConfigError(f"BRIEFBOT_DB: cannot open the database at {location}: {exc}") from None
        self.db.execute("DELETE FROM claims WHERE created < ?", (time.time() - CLAIMS_KEPT_SECONDS,))

    def close(self) -> None:
        self.db.close()

    def remember_thread(self, channel: str, thread_ts: str, story: str) -> None:
        self.db.execute(
            "INSERT INTO threads (channel, thread_ts, story, created) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (channel, thread_ts) DO UPDATE SET story = excluded.story",
            (channel, thread_ts, story, time.time()),
        )

    def thread_story(self, channel: str, thread_ts: str) -> str | None:
        rows = self.db.rows("SELECT story FROM threads WHERE channel = ? AND thread_ts = ?", (channel, thread_ts))
        return rows[0][0] if rows else None

    def remember_ask(self, channel: str, thread_ts: str, question: str, shown: list[str] | None = None) -> None:
        """Keep a thread's latest question, which the next one may lean on ("what did he say"), the one before, and
        the items its answer showed."""
        self.db.execute(
            "INSERT INTO last_asks (channel, thread_ts, question, asked, shown) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (channel, thread_ts) DO UPDATE SET earlier = last_asks.question, "
            "question = excluded.question, asked = excluded.asked, shown = excluded.shown",
            (channel, thread_ts, question, time.time(), json.dumps(shown or [])),
        )

    def remember_shown(self, channel: str, thread_ts: str, shown: list[str]) -> None:
        """Add to the items shown in answer to a thread's latest question (its answer gone on: "more?")."""
        with self.db.transaction() as tx:
            rows = tx.rows("SELECT shown FROM last_asks WHERE channel = ? AND thread_ts = ?", (channel, thread_ts))
            if rows:
                before = json.loads(rows[0][0] or "[]")
                after = before + [item for item in shown if item not in before]
                tx.execute(
                    "UPDATE last_asks SET shown = ? WHERE channel = ? AND thread_ts = ?",
                    (json.dumps(after), channel, thread_ts),
                )

    def last_ask(self, channel: str, thread_ts: str) -> str | None:
        return self.last_asks(channel, thread_ts).question

    def last_asks(self, channel: str, thread_ts: str) -> ThreadAsks:
        """A thread's latest question, the one before it, which the latest may have leaned on, and what was shown."""
        rows = self.db.rows(
            "SELECT question, earlier, shown FROM last_asks WHERE channel = ? AND thread_ts = ?", (channel, thread_ts)
        )
        if not rows:
            return ThreadAsks(None, None, frozenset())
        question, earlier, shown = rows[0]
        return ThreadAsks(question, earlier, frozenset(json.loads(shown or "[]")))

    def claim(self, *keys: str) -> bool:
        """Claim every key for this process, or none: False when any is claimed already (so the work is skipped).

        Each key is one `INSERT … ON CONFLICT` whose row count says whether it was ours; a stale claim still
        being worked on is taken over. Keys go in sorted order, so two claims never wait on each other.
        """
        now = time.time()
        try:
            with self.db.transaction() as tx:
                for key in sorted(set(keys)):
                    won = tx.execute(
                        "INSERT INTO claims (key, state, created) VALUES (?, 'working', ?) "
                        "ON CONFLICT (key) DO UPDATE SET created = excluded.created "
                        "WHERE claims.state = 'working' AND claims.created < ?",
                        (key, now, now - CLAIM_STALE_SECONDS),
                    )
                    if won != 1:
                        raise _Taken
        except _Taken:
            return False
        return True

    def finish(self, *keys: str) -> None:
        """The claimed work is done: the keys stay claimed for good."""
        self._each(keys, "UPDATE claims SET state = 'done' WHERE key IN ({})")

    def release(self, *keys: str) -> None:
        """The claimed work failed: give the keys up, so a retry may claim them."""
        self._each(keys, "DELETE FROM claims WHERE state = 'working' AND key IN ({})")

    def _each(self, keys: tuple[str, ...], sql: str) -> None:
        self.db.execute(sql.format(", ".join("?" for _ in keys)), keys)

    def add_to_inbox(self, story: str, question: str, user: str, channel: str, thread_ts: str) -> int:
        """File a question for the desk; returns its inbox id."""
        rows = self.db.rows(
            'INSERT INTO inbox (story, question, "user", channel, thread_ts, asked) VALUES (?, ?, ?, ?, ?, ?) '
            "RETURNING id",
            (story, question, user, channel, thread_ts, time.time()),
        )
        return rows[0][0]

    def inbox(self, story: str | None = None, include_handled: bool = False) -> list[InboxEntry]:
        """Questions for the desk, oldest first: those still waiting, or every one with include_handled."""
        where, args = [], []
        if story:
            where, args = ["story = ?"], [story]
        if not include_handled:
            where.append(WAITING)
        query = f"SELECT {INBOX_COLUMNS} FROM inbox" + (" WHERE " + " AND ".join(where) if where else "")
        return [InboxEntry(*row) for row in self.db.rows(query + " ORDER BY asked, id", args)]

    def inbox_entry(self, entry_id: int) -> InboxEntry | None:
        rows = self.db.rows(f"SELECT {INBOX_COLUMNS} FROM inbox WHERE id = ?", (entry_id,))
        return InboxEntry(*rows[0]) if rows else None

    def waiting_entry(self, channel: str, thread_ts: str, question: str) -> InboxEntry | None:
        """The thread's question, if it is in the inbox and still waiting."""
        rows = self.db.rows(
            f"SELECT {INBOX_COLUMNS} FROM inbox WHERE channel = ? AND thread_ts = ? AND question = ? AND {WAITING} "
            "ORDER BY id DESC LIMIT 1",
            (channel, thread_ts, question),
        )
        return InboxEntry(*rows[0]) if rows else None

    def set_permalink(self, entry_id: int, permalink: str) -> None:
        self.db.execute("UPDATE inbox SET permalink = ? WHERE id = ?", (permalink, entry_id))

    def answer_entry(self, entry_id: int, editor: str, editor_name: str, answer: str) -> bool:
        """Record the desk's answer; False when the question was already answered or dismissed.

        One UPDATE that only matches a waiting question, so of two editors answering at once exactly one wins.
        """
        return 1 == self.db.execute(
            "UPDATE inbox SET answered = ?, answered_by = ?, answered_by_name = ?, answer = ? "
            f"WHERE id = ? AND {WAITING}",
            (time.time(), editor, editor_name, answer, entry_id),
        )

    def dismiss_entry(self, entry_id: int, editor: str) -> bool:
        """Record that an editor dismissed the question; False when it was already handled."""
        return 1 == self.db.execute(
            f"UPDATE inbox SET dismissed = ?, dismissed_by = ? WHERE id = ? AND {WAITING}",
            (time.time(), editor, entry_id),
        )

    def waiting(self, story: str) -> int:
        """How many of the story's questions wait for the desk."""
        return self.db.rows(f"SELECT COUNT(*) FROM inbox WHERE story = ? AND {WAITING}", (story,))[0][0]

    def record_served(self, story: str, what: str, user: str, channel: str, how: str) -> None:
        """Audit: a restricted or embargoed brief was served."""
        self.db.execute(
            'INSERT INTO served (story, what, "user", channel, how, served) VALUES (?, ?, ?, ?, ?, ?)',
            (story, what, user, channel, how, time.time()),
        )

    def served(self, story: str | None = None) -> list[ServedEntry]:
        """The audit of restricted and embargoed briefs served, oldest first."""
        query = 'SELECT story, what, "user", channel, how, served FROM served'
        args: tuple = ()
        if story:
            query, args = query + " WHERE story = ?", (story,)
        return [ServedEntry(*row) for row in self.db.rows(query + " ORDER BY served, id", args)]


class _Taken(Exception):
    """A key of the claim was someone else's: the whole claim is rolled back."""

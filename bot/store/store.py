"""The state every briefbot process shares through one database: which story each thread is about, which
events were answered (claims), each thread's last question, and the inbox of unanswered questions.

Every read goes to the database, so a thread posted through one process is answered by another, and nothing
is kept in memory that another process could have changed. An event is claimed before it is answered, with
one atomic insert: of several processes (or Socket Mode connections) given the same event, exactly one
gets it. A claim whose answer failed is released, so a retry can answer it; one left by a process that died
mid-answer can be taken over once it is CLAIM_STALE_SECONDS old.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bot.store.backends import open_database
from bot.store.schema import migrate

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


@dataclass(frozen=True)
class InboxEntry:
    story: str
    question: str
    user: str
    channel: str
    thread_ts: str
    asked: float


class Store:
    """Open on an SQLite path or a postgresql:// URL; the schema is brought up to date on opening."""

    def __init__(self, location: str | Path):
        self.db = open_database(location)
        migrate(self.db)
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

    def remember_ask(self, channel: str, thread_ts: str, question: str) -> None:
        """Keep a thread's latest question, which the next one may lean on ("what did he say")."""
        self.db.execute(
            "INSERT INTO last_asks (channel, thread_ts, question, asked) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (channel, thread_ts) DO UPDATE SET question = excluded.question, asked = excluded.asked",
            (channel, thread_ts, question, time.time()),
        )

    def last_ask(self, channel: str, thread_ts: str) -> str | None:
        rows = self.db.rows("SELECT question FROM last_asks WHERE channel = ? AND thread_ts = ?", (channel, thread_ts))
        return rows[0][0] if rows else None

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

    def add_to_inbox(self, story: str, question: str, user: str, channel: str, thread_ts: str) -> None:
        self.db.execute(
            'INSERT INTO inbox (story, question, "user", channel, thread_ts, asked) VALUES (?, ?, ?, ?, ?, ?)',
            (story, question, user, channel, thread_ts, time.time()),
        )

    def inbox(self, story: str | None = None) -> list[InboxEntry]:
        query = 'SELECT story, question, "user", channel, thread_ts, asked FROM inbox'
        args: tuple = ()
        if story:
            query, args = query + " WHERE story = ?", (story,)
        return [InboxEntry(*row) for row in self.db.rows(query + " ORDER BY asked, id", args)]

    def waiting(self, story: str) -> int:
        """How many unanswered questions the story's inbox holds."""
        return self.db.rows("SELECT COUNT(*) FROM inbox WHERE story = ?", (story,))[0][0]

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


class _Taken(Exception):
    """A key of the claim was someone else's: the whole claim is rolled back."""

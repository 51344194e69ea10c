"""The store's share of brief history: every version of each story, the items each answer cited, and the update
messages posted in threads. A mixin over the store's database (its tables are in `schema`, migration 5).

A version is claimed by its number: two instances that notice the same edit both try to record the story's next
version, and only the one whose insert lands announces it. An update message is claimed per thread the same way
before it is sent, so a restart or a second instance never posts it twice.
"""

from __future__ import annotations

import json
import time
import zlib
from typing import NamedTuple

import msgspec

from bot.briefs.model import Brief
from bot.store.backends import Database

_BRIEF = msgspec.msgpack.Decoder(Brief)


def _packed(blob: bytes) -> bytes:
    """A version's brief as stored: msgpack, deflated (about a quarter of the size; 10,000 briefs ≈ 28 MB)."""
    return zlib.compress(blob)


def _brief(packed: bytes) -> Brief:
    return _BRIEF.decode(zlib.decompress(packed))


class Version(NamedTuple):
    story: str
    seq: int
    digest: str
    recorded: float
    change: str


class UpdatePost(NamedTuple):
    """An update message in a thread: the version it announced, the one it was measured from, where it is."""

    seq: int
    base_seq: int
    ts: str
    posted: float


class VersionStore:
    """Methods the Store gains for brief history, over its `db`."""

    db: Database

    def latest_versions(self) -> dict[str, tuple[int, str]]:
        """Each story's latest recorded version: story → (number, digest)."""
        rows = self.db.rows(
            "SELECT v.story, v.seq, v.digest FROM brief_versions v JOIN (SELECT story, MAX(seq) AS seq "
            "FROM brief_versions GROUP BY story) m ON m.story = v.story AND m.seq = v.seq",
            (),
        )
        return {story: (seq, digest) for story, seq, digest in rows}

    def record_version(self, story: str, seq: int, digest: str, change: str, blob: bytes, announced: bool) -> bool:
        """Record version `seq` of a story; False when another process recorded that number first."""
        now = time.time()
        return 1 == self.db.execute(
            "INSERT INTO brief_versions (story, seq, digest, recorded, change, brief, announced) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (story, seq, digest, now, change, _packed(blob), now if announced else None),
        )

    def record_first_versions(self, rows: list[tuple[str, str, bytes]]) -> None:
        """Version 1 of stories with no history yet (story, digest, brief), in one transaction: nothing to announce."""
        now = time.time()
        with self.db.transaction() as tx:
            for story, digest, blob in rows:
                tx.execute(
                    "INSERT INTO brief_versions (story, seq, digest, recorded, change, brief, announced) "
                    "VALUES (?, 1, ?, ?, '{}', ?, ?) ON CONFLICT DO NOTHING",
                    (story, digest, now, _packed(blob), now),
                )

    def mark_announced(self, story: str, seq: int) -> None:
        sql = "UPDATE brief_versions SET announced = ? WHERE story = ? AND seq = ?"
        self.db.execute(sql, (time.time(), story, seq))

    def unannounced_versions(self) -> list[tuple[str, int]]:
        """Versions recorded but not yet announced in their threads (a process stopped in between)."""
        return self.db.rows("SELECT story, seq FROM brief_versions WHERE announced IS NULL ORDER BY story, seq", ())

    def versions(self, story: str) -> list[Version]:
        rows = self.db.rows(
            "SELECT story, seq, digest, recorded, change FROM brief_versions WHERE story = ? ORDER BY seq", (story,)
        )
        return [Version(*row) for row in rows]

    def version_brief(self, story: str, seq: int) -> Brief | None:
        rows = self.db.rows("SELECT brief FROM brief_versions WHERE story = ? AND seq = ?", (story, seq))
        return _brief(rows[0][0]) if rows else None

    def version_at(self, story: str, when: float) -> int | None:
        """The version in service at a moment: the latest recorded by then."""
        rows = self.db.rows("SELECT MAX(seq) FROM brief_versions WHERE story = ? AND recorded <= ?", (story, when))
        return rows[0][0] if rows else None

    def recorded_item_ids(self, story: str) -> frozenset[str] | None:
        """Every item id any recorded version of the story had; None when it has no recorded version."""
        rows = self.db.rows("SELECT brief FROM brief_versions WHERE story = ?", (story,))
        if not rows:
            return None
        return frozenset(item.id for (packed,) in rows for _, item in _brief(packed).all_items())

    def recent_threads(self, story: str, since: float) -> list[tuple[str, str, float]]:
        """Threads where the story's brief was posted since a moment: (channel, thread_ts, created)."""
        return self.db.rows(
            "SELECT channel, thread_ts, created FROM threads WHERE story = ? AND created >= ? ORDER BY created",
            (story, since),
        )

    def remember_citations(self, channel: str, thread_ts: str, story: str, items: list[str]) -> None:
        """The items an answer in a thread cited, so a later change to them can be pointed out there."""
        self.db.execute(
            "INSERT INTO answer_citations (channel, thread_ts, story, items, answered) VALUES (?, ?, ?, ?, ?)",
            (channel, thread_ts, story, json.dumps(items), time.time()),
        )

    def cited_items(self, channel: str, thread_ts: str, story: str) -> set[str]:
        rows = self.db.rows(
            "SELECT items FROM answer_citations WHERE channel = ? AND thread_ts = ? AND story = ?",
            (channel, thread_ts, story),
        )
        return {item for (items,) in rows for item in json.loads(items)}

    def last_update_post(self, story: str, channel: str, thread_ts: str) -> UpdatePost | None:
        """The latest update message sent in a thread about a story."""
        rows = self.db.rows(
            "SELECT seq, base_seq, ts, posted FROM update_posts WHERE story = ? AND channel = ? AND thread_ts = ? "
            "AND ts IS NOT NULL ORDER BY seq DESC LIMIT 1",
            (story, channel, thread_ts),
        )
        return UpdatePost(*rows[0]) if rows else None

    def claim_update_post(self, story: str, channel: str, thread_ts: str, seq: int, base_seq: int, posted: float):
        """Claim the update of a thread to version `seq`; False when it was claimed before (here or elsewhere)."""
        return 1 == self.db.execute(
            "INSERT INTO update_posts (story, channel, thread_ts, seq, base_seq, ts, posted) "
            "VALUES (?, ?, ?, ?, ?, NULL, ?) ON CONFLICT DO NOTHING",
            (story, channel, thread_ts, seq, base_seq, posted),
        )

    def record_update_post(self, story: str, channel: str, thread_ts: str, seq: int, ts: str) -> None:
        self.db.execute(
            "UPDATE update_posts SET ts = ? WHERE story = ? AND channel = ? AND thread_ts = ? AND seq = ?",
            (ts, story, channel, thread_ts, seq),
        )

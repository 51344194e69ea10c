"""The store on its own: claims (memory first, then the database), thread stories and inbox counts."""

from __future__ import annotations

import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing

from bot import store as store_module
from bot.store import Store


def handled_keys(db) -> set[str]:
    with closing(sqlite3.connect(db)) as conn:
        return {key for (key,) in conn.execute("SELECT key FROM handled")}


def test_a_claim_is_granted_once_and_refused_if_any_key_was_claimed(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    assert store.claim("msg:C1:1.0", "event:Ev1")
    assert not store.claim("msg:C1:1.0", "event:Ev1")
    assert not store.claim("msg:C1:1.0", "event:Ev2"), "the same message by another route"
    assert not store.claim("event:Ev1")
    assert store.claim("msg:C1:2.0", "event:Ev3")


def test_concurrent_claims_of_one_key_grant_exactly_one(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    with ThreadPoolExecutor(max_workers=16) as pool:
        granted = list(pool.map(lambda n: store.claim("msg:C1:1.0", f"event:Ev{n}"), range(64)))
    assert granted.count(True) == 1


def test_recorded_claims_hold_across_a_restart_and_unrecorded_ones_do_not(tmp_path):
    db = tmp_path / "s.sqlite3"
    first = Store(db)
    assert first.claim("msg:C1:1.0", "event:Ev1") and first.claim("msg:C1:2.0", "event:Ev2")
    first.record_claim("msg:C1:1.0", "event:Ev1")
    first.record_claim("msg:C1:1.0", "event:Ev1")  # recorded twice: still one row each
    assert handled_keys(db) == {"msg:C1:1.0", "event:Ev1"}
    restarted = Store(db)
    assert not restarted.claim("event:Ev1"), "a retry after the restart is refused"
    assert restarted.claim("msg:C1:2.0", "event:Ev2"), "never recorded, so the restart does not know it"


def test_claims_older_than_the_retry_window_are_not_read_back(tmp_path):
    db = tmp_path / "s.sqlite3"
    Store(db)
    with closing(sqlite3.connect(db)) as conn, conn:
        old = time.time() - store_module.CLAIMS_RECENT_SECONDS - 60
        conn.execute("INSERT INTO handled (key, created) VALUES ('event:EvOld', ?), ('event:EvNew', ?)",
                     (old, time.time()))  # fmt: skip
    restarted = Store(db)
    assert not restarted.claim("event:EvNew")
    assert restarted.claim("event:EvOld")


def test_memory_keeps_only_recent_claims_once_past_its_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "CLAIMS_KEPT", 10)
    store = Store(tmp_path / "s.sqlite3")
    clock = [1_000_000.0]
    monkeypatch.setattr(store_module.time, "time", lambda: clock[0])
    for n in range(10):
        assert store.claim(f"event:Ev{n}")
    clock[0] += store_module.CLAIMS_RECENT_SECONDS + 1
    assert store.claim("event:EvLate")  # the 11th claim: the hour-old ten are dropped from memory
    assert store.claim("event:Ev3"), "forgotten after the retry window"
    assert not store.claim("event:EvLate")


def test_thread_story_is_read_from_the_database_when_not_in_memory(tmp_path):
    db = tmp_path / "s.sqlite3"
    Store(db).remember_thread("C1", "1.0", "story-a")
    restarted = Store(db)
    assert restarted.thread_story("C1", "1.0") == "story-a"
    assert restarted.thread_story("C1", "2.0") is None


def test_remembered_threads_in_memory_are_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "THREADS_REMEMBERED", 3)
    db = tmp_path / "s.sqlite3"
    store = Store(db)
    for n in range(5):
        store.remember_thread("C1", f"{n}.0", f"story-{n}")
    assert len(store._threads) == 3
    assert store.thread_story("C1", "0.0") == "story-0", "forgotten in memory, still in the database"


def test_inbox_count_counts_own_additions_at_once_and_others_once_refreshed(tmp_path, monkeypatch):
    db = tmp_path / "s.sqlite3"
    mine, other = Store(db), Store(db)
    assert mine.waiting("story-a") == 0
    mine.add_to_inbox("story-a", "q1", "U1", "C1", "1.0")
    assert mine.waiting("story-a") == 1
    other.add_to_inbox("story-a", "q2", "U2", "C1", "1.0")  # another process on the same database
    mine.refresh_waiting("story-a")
    assert mine.waiting("story-a") == 1, "a count a few seconds old is not read again"
    later = time.monotonic() + store_module.WAITING_FRESH_SECONDS + 1
    monkeypatch.setattr(store_module.time, "monotonic", lambda: later)
    assert mine.waiting("story-a") == 1, "asking never waits on the database once the story was counted"
    mine.refresh_waiting("story-a")
    assert mine.waiting("story-a") == 2

"""The store on both backends (SQLite and a real PostgreSQL): claims, thread stories, the inbox, migrations."""

from __future__ import annotations

import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing

import pytest

from bot.store import Store
from bot.store import store as store_module
from bot.store.schema import MIGRATIONS


@pytest.fixture
def open_store(database):
    """Opens stores on the test's database and closes them when it ends: a PostgreSQL pool left open is collected
    later, in another test's thread."""
    opened: list[Store] = []

    def opening() -> Store:
        opened.append(Store(database))
        return opened[-1]

    yield opening
    for store in opened:
        store.close()


def claim_rows(store: Store) -> dict[str, str]:
    return dict(store.db.rows("SELECT key, state FROM claims"))


def test_a_claim_is_granted_once_and_refused_if_any_key_was_claimed(open_store):
    store = open_store()
    assert store.claim("msg:C1:1.0", "event:Ev1")
    assert not store.claim("msg:C1:1.0", "event:Ev1")
    assert not store.claim("msg:C1:1.0", "event:Ev2"), "the same message by another route"
    assert not store.claim("event:Ev1")
    assert store.claim("event:Ev2"), "a refused claim takes none of its keys"
    assert store.claim("msg:C1:2.0", "event:Ev3")


def test_concurrent_claims_of_one_key_grant_exactly_one_across_store_objects(open_store):
    stores = [open_store() for _ in range(4)]  # as if four processes shared the database
    with ThreadPoolExecutor(max_workers=16) as pool:
        granted = list(pool.map(lambda n: stores[n % 4].claim("msg:C1:1.0", f"event:Ev{n}"), range(64)))
    assert granted.count(True) == 1
    assert sorted(claim_rows(stores[0])) == sorted(["msg:C1:1.0", f"event:Ev{granted.index(True)}"])


def test_claims_hold_across_a_restart_and_a_released_claim_can_be_claimed_again(open_store):
    first = open_store()
    assert first.claim("msg:C1:1.0", "event:Ev1") and first.claim("msg:C1:2.0", "event:Ev2")
    first.finish("msg:C1:1.0", "event:Ev1")
    first.release("msg:C1:2.0", "event:Ev2")  # its answer failed
    assert claim_rows(first) == {"msg:C1:1.0": "done", "event:Ev1": "done"}
    first.close()
    restarted = open_store()
    assert not restarted.claim("event:Ev1"), "a retry after the restart is refused"
    assert restarted.claim("msg:C1:2.0", "event:Ev2"), "released, so a retry answers it"
    restarted.release("event:Ev1")
    assert not restarted.claim("event:Ev1"), "a finished claim is never released"


def test_a_claim_left_working_by_a_dead_process_is_taken_over_once_stale(open_store, monkeypatch):
    store = open_store()
    clock = [1_000_000.0]
    monkeypatch.setattr(store_module.time, "time", lambda: clock[0])
    assert store.claim("event:Ev1")  # and the process dies before finishing
    clock[0] += store_module.CLAIM_STALE_SECONDS - 1
    assert not store.claim("event:Ev1"), "still being worked on"
    clock[0] += 2
    assert store.claim("event:Ev1"), "stale: taken over"
    store.finish("event:Ev1")
    clock[0] += store_module.CLAIM_STALE_SECONDS * 10
    assert not store.claim("event:Ev1"), "a finished claim is never taken over"


def test_old_claims_are_deleted_when_the_store_opens(open_store):
    store = open_store()
    old = time.time() - store_module.CLAIMS_KEPT_SECONDS - 60
    store.db.execute("INSERT INTO claims (key, state, created) VALUES ('event:EvOld', 'done', ?)", (old,))
    assert store.claim("event:EvNew")
    assert set(claim_rows(open_store())) == {"event:EvNew"}


def test_thread_story_and_last_question_are_shared_between_store_objects(open_store):
    one, other = open_store(), open_store()
    one.remember_thread("C1", "1.0", "story-a")
    assert other.thread_story("C1", "1.0") == "story-a"
    assert other.thread_story("C1", "2.0") is None
    one.remember_thread("C1", "1.0", "story-b")
    assert other.thread_story("C1", "1.0") == "story-b"
    other.remember_ask("C1", "1.0", "who paid?")
    other.remember_ask("C1", "1.0", "and when?")
    assert one.last_ask("C1", "1.0") == "and when?"
    assert one.last_asks("C1", "1.0") == ("and when?", "who paid?", frozenset())  # it leans on the one before
    other.remember_ask("C1", "1.0", "source?", ["fact-a", "quote-b"])
    assert one.last_asks("C1", "1.0") == ("source?", "and when?", {"fact-a", "quote-b"})
    other.remember_shown("C1", "1.0", ["quote-b", "time-c"])  # "more?": the same question, more of it shown
    assert one.last_asks("C1", "1.0") == ("source?", "and when?", {"fact-a", "quote-b", "time-c"})
    other.remember_ask("C1", "1.0", "who?")
    assert one.last_asks("C1", "1.0") == ("who?", "source?", frozenset())
    assert one.last_ask("C1", "9.0") is None and one.last_asks("C1", "9.0") == (None, None, frozenset())


def test_inbox_is_shared_and_counted_as_it_is(open_store):
    mine, other = open_store(), open_store()
    assert mine.waiting("story-a") == 0
    mine.add_to_inbox("story-a", "q1", "U1", "C1", "1.0")
    other.add_to_inbox("story-a", "q2\x1b[2J", "U2", "C1", "1.0")  # another process on the same database
    other.add_to_inbox("story-b", "q3", "U3", "C2", "2.0")
    assert mine.waiting("story-a") == 2 and mine.waiting("story-b") == 1
    assert [(e.question, e.user) for e in mine.inbox("story-a")] == [("q1", "U1"), ("q2\x1b[2J", "U2")]
    assert len(mine.inbox()) == 3


def test_migrations_run_once_and_record_the_version(open_store):
    open_store()
    again = open_store()  # a second opening finds the schema current and changes nothing
    assert again.db.rows("SELECT version FROM schema_version") == [(len(MIGRATIONS),)]


def test_a_database_from_before_versioning_keeps_its_rows_and_answered_events(tmp_path):
    db = tmp_path / "old.sqlite3"
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.executescript(MIGRATIONS[0].replace("{id}", "INTEGER PRIMARY KEY"))
        conn.execute("INSERT INTO handled (key, created) VALUES ('event:EvOld', ?)", (time.time(),))
        conn.execute("INSERT INTO threads VALUES ('C1', '1.0', 'story-a', 0)")
    with closing(Store(db)) as store:
        assert not store.claim("event:EvOld"), "an event answered before the upgrade stays answered"
        assert store.thread_story("C1", "1.0") == "story-a"


def test_briefbot_db_selects_postgresql_by_its_url_and_sqlite_otherwise():
    from pathlib import Path

    from bot.settings import load_settings

    url = "postgresql://bot:secret@db.internal/briefbot"
    on_postgres = load_settings({"BRIEFBOT_DB": url, "HOST": "127.0.0.1"}, dotenv=False)
    assert on_postgres.database == url and on_postgres.host == "127.0.0.1"
    assert on_postgres.cache_path == Path("var/brief-cache.msgpack")
    on_sqlite = load_settings({"BRIEFBOT_DB": "state/bot.sqlite3"}, dotenv=False)
    assert on_sqlite.database == Path("state/bot.sqlite3") and on_sqlite.host == "0.0.0.0"
    assert on_sqlite.cache_path == Path("state/brief-cache.msgpack")


def test_briefbot_inbox_reads_a_postgresql_database(postgres):
    from tests.slackharness import STORY
    from tests.test_console import run_briefbot

    url = postgres.new_database()
    with closing(Store(url)) as store:
        store.add_to_inbox(STORY, "what about the sky stadium?", "U0ASKER", "C0NEWS", "1.000")
    run = run_briefbot(["inbox", STORY], BRIEFBOT_DB=url)
    assert run.returncode == 0 and "sky stadium" in run.stdout and "U0ASKER" in run.stdout


def test_an_unreachable_postgresql_is_named_without_a_traceback(tmp_path):
    from tests.test_console import run_briefbot

    run = run_briefbot(["inbox"], BRIEFBOT_DB=f"postgresql://nobody@/briefbot?host={tmp_path}")
    assert run.returncode == 2 and "BRIEFBOT_DB" in run.stderr and "PostgreSQL" in run.stderr
    assert "Traceback" not in run.stderr

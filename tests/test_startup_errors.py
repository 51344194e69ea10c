"""Misconfiguration stops `briefbot serve` with exit status 2 and one plain line naming what to fix."""

from __future__ import annotations

import logging
import socket

import pytest

from bot.console.fakeslack import FakeSlack
from bot.serve import start_services
from bot.settings import Settings
from tests.slackharness import REPO
from tests.test_console import run_briefbot

BRIEFS = str(REPO / "briefs")


@pytest.fixture
def fake():
    slack = FakeSlack()
    yield slack
    slack.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(tmp_path, **env):
    settings = {
        "SLACK_BOT_TOKEN": "xoxb-1",
        "SLACK_SIGNING_SECRET": "s",
        "PORT": str(free_port()),
        "BRIEFS_DIR": BRIEFS,
    }
    settings.setdefault("BRIEFBOT_DB", str(tmp_path / "var" / "db.sqlite3"))
    return run_briefbot(["serve"], cwd=tmp_path, **{**settings, **env})


def assert_plain_stop(run, *names):
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    for name in names:
        assert name in run.stderr


def test_missing_briefs_folder_or_a_file_in_its_place_stops_serve(tmp_path, fake):
    run = serve(tmp_path, BRIEFS_DIR=str(tmp_path / "nowhere"), SLACK_API_URL=fake.url)
    assert_plain_stop(run, "BRIEFS_DIR", "nowhere")
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    run = serve(tmp_path, BRIEFS_DIR=str(tmp_path / "afile"), SLACK_API_URL=fake.url)
    assert_plain_stop(run, "BRIEFS_DIR", "is a file")
    assert not fake.calls("chat.postMessage")


def test_database_folder_that_cannot_be_made_stops_serve_naming_the_variable(tmp_path, fake):
    (tmp_path / "var").write_text("a file where the folder should be", encoding="utf-8")
    run = serve(tmp_path, BRIEFBOT_DB=str(tmp_path / "var" / "db.sqlite3"), SLACK_API_URL=fake.url)
    assert_plain_stop(run, "BRIEFBOT_DB", str(tmp_path / "var"))


def test_database_path_that_is_a_folder_stops_serve_naming_the_variable(tmp_path, fake):
    (tmp_path / "dbdir").mkdir()
    run = serve(tmp_path, BRIEFBOT_DB=str(tmp_path / "dbdir"), SLACK_API_URL=fake.url)
    assert_plain_stop(run, "BRIEFBOT_DB", "dbdir")


@pytest.mark.parametrize("error", ["invalid_auth", "not_authed", "account_inactive"])
def test_a_token_slack_rejects_stops_serve_naming_the_variable(tmp_path, fake, error):
    fake.fail("auth.test", error)
    run = serve(tmp_path, SLACK_API_URL=fake.url)
    assert_plain_stop(run, "SLACK_BOT_TOKEN", error, "OAuth")
    assert len(run.stderr.strip().splitlines()) <= 2


def test_an_unreachable_api_stops_serve_naming_the_variable(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/api/"  # nothing listens there
    run = serve(tmp_path, SLACK_API_URL=url)
    assert_plain_stop(run, "SLACK_API_URL", url)


def test_debug_shows_the_traceback_behind_the_message(tmp_path, fake):
    run = serve(tmp_path, BRIEFS_DIR=str(tmp_path / "nowhere"), SLACK_API_URL=fake.url, BRIEFBOT_DEBUG="1")
    assert run.returncode == 2 and "Traceback" in run.stderr and "BRIEFS_DIR" in run.stderr


def test_an_empty_briefs_folder_is_a_warning_not_a_stop(tmp_path, caplog):
    empty = tmp_path / "briefs"
    empty.mkdir()
    settings = Settings(briefs_dir=empty, db_path=tmp_path / "db.sqlite3", bot_token="xoxb-1")
    with caplog.at_level(logging.WARNING, logger="briefbot"):
        library, services, notifier = start_services(settings)
    try:
        assert len(library.current) == 0
        assert any("no briefs in" in r.getMessage() and str(empty) in r.getMessage() for r in caplog.records)
    finally:
        notifier.stop()
        library.stop()
        services.store.close()

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

from tests.slackharness import copy_briefs, start_harness, stop_harness

# Property tests: sized for `make test` by default; HYPOTHESIS_PROFILE=thorough searches ten times as long.
settings.register_profile("ci", max_examples=100, deadline=None)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def harness(tmp_path):
    """The app's HTTP server on a loopback port, briefs copied to tmp, a fake Slack recording calls."""
    running = start_harness(copy_briefs(tmp_path / "briefs"), tmp_path / "var" / "briefbot.sqlite3")
    yield running
    stop_harness(running)


# -- the reliability table ------------------------------------------------------------------------------------
# A test marked `@pytest.mark.reliability(row, case=..., outcome=...)` is one case of a row of the
# "Reliability" table; each run writes every such case's result to BRIEFBOT_RELIABILITY_JSON (default
# var/reliability.json), and bench/reliability_table.py turns that file into the table.
RELIABILITY_JSON = "BRIEFBOT_RELIABILITY_JSON"
_reliability: dict[str, dict] = {}


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "reliability(row, case=None, outcome=''): a case of a row of the Reliability table",
    )


def reliability_case(item) -> dict | None:
    """The (row, case, outcome) a marked test stands for; the case defaults to its parameter id."""
    marker = item.get_closest_marker("reliability")
    if marker is None:
        return None
    row = marker.args[0] if marker.args else marker.kwargs["row"]
    case = marker.kwargs.get("case") or (marker.args[1] if len(marker.args) > 1 else None)
    if case is None:
        callspec = getattr(item, "callspec", None)
        case = callspec.id if callspec is not None else item.name
    return {"row": row, "case": case, "outcome": marker.kwargs.get("outcome", "")}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    case = reliability_case(item)
    if case is not None:
        outcome.get_result().user_properties.append(("reliability", case))


def pytest_runtest_logreport(report):
    case = dict(report.user_properties).get("reliability")
    if case is None:
        return
    entry = _reliability.setdefault(report.nodeid, {**case, "nodeid": report.nodeid, "passed": True})
    if report.failed or report.skipped:
        entry["passed"] = False


def pytest_sessionfinish(session):
    if hasattr(session.config, "workerinput") or not _reliability:
        return
    target = Path(os.environ.get(RELIABILITY_JSON) or Path(session.config.rootpath) / "var" / "reliability.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(sorted(_reliability.values(), key=lambda e: e["nodeid"]), indent=1) + "\n")


def pytest_collection_finish(session):
    """With BRIEFBOT_RELIABILITY_COLLECT set, write the marked cases collected (for the bar test)."""
    target = os.environ.get("BRIEFBOT_RELIABILITY_COLLECT")
    if target and not hasattr(session.config, "workerinput"):
        cases = [{**case, "nodeid": item.nodeid} for item in session.items if (case := reliability_case(item))]
        Path(target).write_text(json.dumps(cases, indent=1) + "\n")


# -- PostgreSQL ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL server of the test run's own (see tests/pgserver.py); where none can be started the tests
    that need one fail, saying why, rather than pass unrun."""
    from tests.pgserver import start_postgres

    server, why = start_postgres()
    if server is None:
        pytest.fail(f"PostgreSQL tests need a server and none could be started: {why}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path):
    """A fresh, empty database on each backend: an SQLite path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return tmp_path / "var" / "briefbot.sqlite3"
    return request.getfixturevalue("postgres").new_database()

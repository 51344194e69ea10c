from __future__ import annotations

import pytest

from tests.slackharness import copy_briefs, start_harness, stop_harness


@pytest.fixture
def harness(tmp_path):
    """The app's HTTP server on a loopback port, briefs copied to tmp, a fake Slack recording calls."""
    running = start_harness(copy_briefs(tmp_path / "briefs"), tmp_path / "var" / "briefbot.sqlite3")
    yield running
    stop_harness(running)

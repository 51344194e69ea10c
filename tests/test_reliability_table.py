"""The Reliability table's bar: the marked cases the suite holds, and the generator that turns results into the table.

Fails if the suite ever holds fewer than 40 bad briefs (through check and through serve), the eleven Slack
failure modes, the seven forged-request forms or the injection set.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections import defaultdict

from tests.slackharness import REPO

SLACK_MODES = {
    "429 with Retry-After", "http_500", "http_503", "connection reset", "reply slower than 3 seconds",
    "not_in_channel", "channel_not_found", "is_archived", "msg_too_long", "invalid_blocks",
    "ratelimited on response_url",
}  # fmt: skip
FORGED_FORMS = {
    "unsigned", "wrong secret", "stale timestamp (6 min old)", "timestamp 6 min in the future",
    "body altered after signing", "oversize body (over 256 KiB)", "body not in Slack's shape for the route",
}  # fmt: skip
INJECTION_SET = {
    "<!channel>", "<!here> and <!everyone>", "<!subteam^S...>", "<@U...> user mention", "<#C...> channel link",
    "<https://...|...> link", "HTML entities", "zero-width characters", "right-to-left override", "10 KB words",
    "Slack markdown that could break the layout",
}  # fmt: skip


def load_generator():
    spec = importlib.util.spec_from_file_location("reliability_table", REPO / "bench" / "reliability_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def collected_cases(tmp_path) -> dict[str, set[str]]:
    """Row -> cases, as the suite holds them now (pytest --collect-only -m reliability)."""
    target = tmp_path / "collected.json"
    env = {**os.environ, "BRIEFBOT_RELIABILITY_COLLECT": str(target)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-m", "reliability", "-p", "no:xdist",
         "-p", "no:cacheprovider"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    rows: dict[str, set[str]] = defaultdict(set)
    for case in json.loads(target.read_text()):
        rows[case["row"]].add(case["case"])
    return rows


def row(rows: dict, prefix: str) -> set[str]:
    found = [cases for name, cases in rows.items() if name.startswith(prefix)]
    assert len(found) == 1, f"one row starting {prefix!r}: {sorted(rows)}"
    return found[0]


def test_the_suite_holds_the_cases_the_bar_asks_for(tmp_path):
    rows = collected_cases(tmp_path)
    assert len(row(rows, "Hostile and malformed briefs through `briefbot check`")) >= 40
    assert len(row(rows, "Hostile and malformed briefs beside good ones")) >= 40
    assert SLACK_MODES <= row(rows, "Slack failing"), SLACK_MODES - row(rows, "Slack failing")
    forms = {case.split(" | ")[0] for case in row(rows, "Requests that are not Slack's")}
    assert FORGED_FORMS <= forms, FORGED_FORMS - forms
    assert INJECTION_SET <= row(rows, "Injection"), INJECTION_SET - row(rows, "Injection")
    assert row(rows, "Duplicates") and row(rows, "`kill -9`") and row(rows, "Concurrency")
    assert row(rows, "Property tests") and row(rows, "Briefs broken while")


def test_the_table_is_built_from_recorded_results(tmp_path):
    generator = load_generator()
    entries = [
        {"row": "Slack failing under the app", "case": "http_500", "outcome": "recovered", "passed": True,
         "nodeid": "a"},
        {"row": "Slack failing under the app", "case": "http_503", "outcome": "recovered", "passed": True,
         "nodeid": "b"},
        {"row": "Requests that are not Slack's", "case": "unsigned | slash command", "outcome": "refused",
         "passed": True, "nodeid": "c"},
        {"row": "Requests that are not Slack's", "case": "unsigned | button press", "outcome": "refused",
         "passed": False, "nodeid": "d"},
        {"row": "Hostile and malformed briefs through `briefbot check`", "case": "01 | x", "outcome": "refused",
         "passed": True, "nodeid": "e"},
    ]  # fmt: skip
    text = generator.table(entries)
    lines = text.splitlines()
    assert lines[0] == "| What was tried | Cases | Outcome |"
    assert lines[2].startswith("| Hostile and malformed briefs"), "rows in reading order"
    assert "| Slack failing under the app | 2 | 2/2 survived: recovered |" in lines
    forged = next(line for line in lines if line.startswith("| Requests"))
    assert "2 (1 forms × 2 routes)" in forged and "**1/2 survived**" in forged and "unsigned \\| button press" in forged
    assert "4 of 5 cases survived" in text

    results = tmp_path / "results.json"
    results.write_text(json.dumps(entries))
    readme = tmp_path / "README.md"
    start, end = generator.START, generator.END
    assert (start, end) == ("<!-- reliability-table:start -->", "<!-- reliability-table:end -->"), "the table's"
    readme.write_text(f"# x\n\n## Reliability\n{start}\nold\n{end}\nafter\n")
    run = subprocess.run(
        [sys.executable, str(REPO / "bench" / "reliability_table.py"), "--no-run", "--json", str(results),
         "--write", str(readme)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode == 1, "a failed case makes the generator fail"
    assert run.stdout == text
    written = readme.read_text()
    assert "old" not in written and text in written and written.endswith("<!-- reliability-table:end -->\nafter\n")

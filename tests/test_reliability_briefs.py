"""Hostile and malformed briefs beside good ones, through `briefbot check` and a running `briefbot serve`.

The loader's corpus (tests/bad_briefs, every case) and a few more built here (a 20 MB file, 5,000-deep nesting
three ways, a wider alias bomb, a dangling symlink, a FIFO, a link to /dev/zero, binary bytes) are laid out in
one briefs folder with the repository's brief and the tiny good brief. Each case must be refused with its file
and line, by `check` and in the log of a running `serve`; the good briefs are served unchanged; nothing
executes; memory stays bounded.

`ServeProcess` (a real `python -m bot serve` subprocess) is shared with the restart tests.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import pytest
import yaml

from bot.briefs.library import load_library
from bot.console import payloads
from bot.console.fakeslack import FakeSlack
from bot.render import briefs
from bot.render.blockkit import fit
from bot.web import EVENTS_PATH
from tests.slackharness import REPO, SECRET, STORY, post_signed

BAD = REPO / "tests" / "bad_briefs"
GOOD = REPO / "tests" / "good_briefs"
EXPECTED = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))
RSS_BOUND = 300 * 1024 * 1024
CHECK_ROW = "Hostile and malformed briefs through `briefbot check`"
CHECK_OUTCOME = (
    "refused with file:line; the good briefs stay valid; exit 1, no traceback; nothing executed; peak RSS < 300 MB"
)
SERVE_ROW = "Hostile and malformed briefs beside good ones in a running `briefbot serve`"
SERVE_OUTCOME = (
    "refused with file:line in the log; good briefs served unchanged; process up; nothing executed; RSS < 300 MB"
)
RELOAD_ROW = "Briefs broken while `briefbot serve` runs (hot reload)"
RELOAD_OUTCOME = "refused with file:line; the served briefs (or their last good version) stay in service"


# -- a real `briefbot serve` ----------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_env(briefs_dir: Path, db_path: Path, api_url: str, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BRIEFBOT_", "BRIEFS_"))}
    env.update(
        SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=api_url, PORT=str(port),
        BRIEFS_DIR=str(briefs_dir), BRIEFBOT_DB=str(db_path), PYTHONUNBUFFERED="1",
    )  # fmt: skip
    return env


@dataclass
class ServeProcess:
    """`python -m bot serve` on a free port, its log in a file, driven with signed requests."""

    briefs_dir: Path
    db_path: Path
    fake: FakeSlack
    workdir: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None
    log_path: Path | None = None

    def start(self, timeout: float = 90) -> ServeProcess:
        self.log_path = self.workdir / f"serve-{self.port}.log"
        env = serve_env(self.briefs_dir, self.db_path, self.fake.url, self.port)
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot", "serve"], cwd=self.workdir, env=env, stdout=log, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + timeout
        while not self.healthy():
            assert self.proc.poll() is None, f"serve exited with {self.proc.returncode}:\n{self.log()[-3000:]}"
            assert time.monotonic() < deadline, f"serve did not listen within {timeout}s:\n{self.log()[-3000:]}"
            time.sleep(0.05)
        return self

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2) as response:
                return response.status == 200
        except (OSError, urllib.error.URLError):
            return False

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path else ""

    def wait_for_log(self, needle: str, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        while needle not in self.log():
            assert time.monotonic() < deadline, f"{needle!r} not in the serve log:\n{self.log()[-3000:]}"
            time.sleep(0.05)
        return self.log()

    def send(self, body: str, content_type: str, headers: dict | None = None) -> int:
        return post_signed(f"http://127.0.0.1:{self.port}{EVENTS_PATH}", body, content_type, headers)

    def command(self, text: str, channel: str = "C0NEWS", user: str = "U0REPORTER") -> tuple[int, str]:
        name = payloads.next_id("serve-cmd-")
        return self.send(payloads.slash_command(text, channel, user, self.fake.response_url(name)), payloads.FORM), name

    def event(self, event: dict, event_id: str | None = None, retry: int | None = None) -> int:
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else {}
        return self.send(payloads.event_callback(event, event_id), payloads.JSON, headers)

    def rss(self) -> int:
        return psutil.Process(self.proc.pid).memory_info().rss

    def peak_rss(self) -> int:
        """The high-water mark of resident memory (VmHWM), where the platform tells it; else RSS now."""
        try:
            status = Path(f"/proc/{self.proc.pid}/status").read_text()
        except OSError:
            return self.rss()
        line = next((row for row in status.splitlines() if row.startswith("VmHWM:")), None)
        return int(line.split()[1]) * 1024 if line else self.rss()

    def kill9(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill9()


# -- the hostile folder ---------------------------------------------------------------------------------------
def good_text_without_aliases() -> str:
    text = (GOOD / "tiny-valid-story.yaml").read_text(encoding="utf-8")
    return text.replace("aliases:\n  - tiny story\n  - the tiny bridge story\n", "")


def extra_cases() -> dict[str, tuple[bytes | str, list[dict]]]:
    """Hostile files beyond the corpus: name -> (bytes, "fifo" or "symlink:TARGET"; expected problems)."""
    good = good_text_without_aliases()
    after = good.count("\n") + 1  # the first line added after the good brief's own
    bomb = "&a [" + ",".join(["lol"] * 10) + "]"
    for level in range(8):
        bomb += f", &{chr(98 + level)} [" + ",".join([f"*{chr(97 + level)}"] * 10) + "]"
    padded = (GOOD / "tiny-valid-story.yaml").read_text(encoding="utf-8")
    padded = padded.replace("summary: ", "summary: " + "x" * 20_000_000, 1)
    return {
        "huge-20-mb.yaml": (padded.encode(), [{"line": 1, "message": "over the"}]),
        "deep-5000-flow-lists.yaml": (
            (good + "aliases: " + "[" * 5000 + "]" * 5000 + "\n").encode(),
            [{"line": after, "message": "nested deeper than"}],
        ),
        "deep-5000-block-lists.yaml": (
            (good + "aliases:\n  " + "- " * 5000 + "x\n").encode(),
            [{"line": after + 1, "message": "nested deeper than"}],
        ),
        "deep-5000-flow-mappings.yaml": (
            (good + "aliases: " + "{a: " * 5000 + "x" + "}" * 5000 + "\n").encode(),
            [{"line": after, "message": "nested deeper than"}],
        ),
        "alias-bomb-billion.yaml": ((good + f"aliases: [{bomb}]\n").encode(), [{"line": after, "message": "expand"}]),
        "dangling-symlink.yaml": ("symlink:no-such-brief.yaml", [{"line": 1, "message": "cannot read file"}]),
        "fifo-brief.yaml": ("fifo", [{"line": 1, "message": "not a regular file"}]),
        "dev-zero-link.yaml": ("symlink:/dev/zero", [{"line": 1, "message": "not a regular file"}]),
        "binary-bytes.yaml": (
            b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
            [{"line": 1, "message": "not valid UTF-8"}],
        ),
    }


def lay_out(folder: Path) -> dict[str, list[dict]]:
    """The good briefs, every corpus case and the extra cases in one briefs folder.

    Returns case -> expected problems, each {"path": path as the app shows it, "line", "parts": [...]}.
    """
    shutil.copytree(REPO / "briefs", folder)
    shutil.copy(GOOD / "tiny-valid-story.yaml", folder)
    shutil.copy(GOOD / "sources" / "tiny-valid-story.txt", folder / "sources")
    shown = f"{folder.name}/"
    cases: dict[str, list[dict]] = {}
    for name, expectations in EXPECTED.items():
        source = BAD / name
        if expectations[0].get("generate"):
            padding = "x" * expectations[0]["generate"]["bytes"]
            text = (GOOD / "tiny-valid-story.yaml").read_text(encoding="utf-8")
            (folder / name).write_text(text.replace("summary: ", f"summary: {padding} ", 1), encoding="utf-8")
        elif source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            shutil.copy(source, folder / name)
        cases[name] = [
            {"path": shown + e["file"], "line": e["line"], "parts": [e["message"], *e.get("also", [])]}
            for e in expectations
        ]
    for name, (content, expectations) in extra_cases().items():
        if content == "fifo":
            os.mkfifo(folder / name)
        elif isinstance(content, str):
            os.symlink(folder / content.removeprefix("symlink:"), folder / name)
        else:
            (folder / name).write_bytes(content)
        cases[name] = [{"path": shown + name, "line": e["line"], "parts": [e["message"]]} for e in expectations]
    return cases


def case_of(path: str, cases: dict) -> str | None:
    """The case a problem's file belongs to: `briefs/CASE` (a file) or `briefs/CASE/...` (a folder)."""
    parts = path.split("/")
    return parts[1] if len(parts) >= 2 and parts[1] in cases else None


def pwned() -> set[str]:
    return set(glob.glob("/tmp/briefbot-pwned-*"))


@dataclass
class Hostile:
    root: Path
    folder: Path
    cases: dict[str, list[dict]]
    pwned_before: set[str]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Hostile:
    root = tmp_path_factory.mktemp("hostile")
    before = pwned()
    cases = lay_out(root / "briefs")
    return Hostile(root, root / "briefs", cases, before)


def clean_briefs(tmp_root: Path):
    """The good briefs loaded from a folder holding nothing else: what they must look like when served."""
    folder = tmp_root / "clean"
    if not folder.exists():
        shutil.copytree(REPO / "briefs", folder)
        shutil.copy(GOOD / "tiny-valid-story.yaml", folder)
        shutil.copy(GOOD / "sources" / "tiny-valid-story.txt", folder / "sources")
    library = load_library(folder)
    return {story: library.get(story) for story in library.briefs}


# -- briefbot check -------------------------------------------------------------------------------------------
# The check process's own high-water mark: VmHWM where /proc tells it. Its ru_maxrss is no measure on Linux: a
# process started by fork (or vfork) and exec inherits the parent's, here the pytest worker's, however large.
PEAK_RSS = """
import pathlib, resource, sys
from bot.cli.main import main
code = main(sys.argv[1:])
status = pathlib.Path("/proc/self/status")
hwm = [int(r.split()[1]) for r in status.read_text().splitlines() if r.startswith("VmHWM:")] if status.exists() else []
own = hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
peak = max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.stderr.write(f"\\npeak-rss-kb {peak}\\n")
sys.exit(code)
"""


@dataclass
class CheckRun:
    returncode: int
    report: dict
    stderr: str
    peak_rss: int


@pytest.fixture(scope="module")
def check_run(hostile) -> CheckRun:
    """`briefbot check briefs --format json` over the whole hostile folder, in a subprocess."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BRIEFBOT_", "BRIEFS_"))}
    run = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, "check", hostile.folder.name, "--format", "json"],
        cwd=hostile.root, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    peak_kb = int(run.stderr.rsplit("peak-rss-kb", 1)[1].split()[0])
    return CheckRun(run.returncode, json.loads(run.stdout), run.stderr, peak_kb * 1024)


def problems_of(case: str, problems: list[dict], cases: dict) -> list[dict]:
    return [p for p in problems if p["severity"] == "error" and case_of(p["path"], cases) == case]


def assert_refused_with_file_and_line(case: str, found: list[dict], expected: list[dict]) -> None:
    assert len(found) == len(expected), f"{case}: {found}"
    for want in expected:
        match = [p for p in found if p["path"] == want["path"] and p["line"] == want["line"]]
        assert match, f"{case}: expected {want['path']}:{want['line']}, got {found}"
        for part in want["parts"]:
            assert part in match[0]["message"], f"{case}: {part!r} not in {match[0]['message']!r}"


ALL_CASES = sorted(EXPECTED) + [
    "huge-20-mb.yaml", "deep-5000-flow-lists.yaml", "deep-5000-block-lists.yaml", "deep-5000-flow-mappings.yaml",
    "alias-bomb-billion.yaml", "dangling-symlink.yaml", "binary-bytes.yaml", "fifo-brief.yaml", "dev-zero-link.yaml",
]  # fmt: skip


@pytest.mark.parametrize("case", ALL_CASES)
@pytest.mark.reliability(CHECK_ROW, outcome=CHECK_OUTCOME)
def test_briefbot_check_refuses_each_case_with_file_and_line(hostile, check_run, case):
    assert check_run.returncode == 1
    assert "Traceback" not in check_run.stderr
    assert_refused_with_file_and_line(case, problems_of(case, check_run.report["problems"], hostile.cases),
                                      hostile.cases[case])  # fmt: skip
    assert check_run.peak_rss < RSS_BOUND, f"check peaked at {check_run.peak_rss / 2**20:.0f} MB"
    assert pwned() == hostile.pwned_before, "a YAML tag executed code"


def test_check_finds_no_problem_outside_the_cases_and_counts_the_good_briefs(hostile, check_run):
    stray = [
        p for p in check_run.report["problems"] if p["severity"] == "error" and not case_of(p["path"], hostile.cases)
    ]
    assert not stray, stray
    assert set(hostile.cases) == set(ALL_CASES)
    assert len(ALL_CASES) >= 40
    print(f"check peak RSS {check_run.peak_rss / 2**20:.0f} MB")
    # the two good briefs, plus the valid neighbours inside the directory cases (41, 59)
    assert check_run.report["valid_briefs"] >= 2


# -- briefbot serve -------------------------------------------------------------------------------------------
@dataclass
class Served:
    serve: ServeProcess
    fake: FakeSlack
    posts: dict[str, list]
    rss: int
    peak_rss: int
    alive: bool


@pytest.fixture(scope="module")
def served(hostile) -> Served:
    """A running serve over the hostile folder; the good briefs asked for once, memory read after."""
    fake = FakeSlack()
    serve = ServeProcess(hostile.folder, hostile.root / "var" / "briefbot.sqlite3", fake, hostile.root).start()
    try:
        posts = {}
        for number, typed in enumerate((STORY, "tiny-valid-story", "tiny-valid-story all")):
            channel = f"C0GOOD{number}"
            status, _ = serve.command(typed, channel=channel)
            assert status == 200
            fake.wait_for("chat.postMessage", timeout=30, channel=channel)
            time.sleep(0.3)
            posts[typed] = fake.calls("chat.postMessage", channel=channel)
        yield Served(serve, fake, posts, serve.rss(), serve.peak_rss(), serve.proc.poll() is None and serve.healthy())
    finally:
        serve.stop()
        fake.close()


def log_problems(log: str) -> list[dict]:
    """`path:line: message` lines the serve logged (after the logger's prefix)."""
    found = []
    for row in log.splitlines():
        if "briefbot.reload: " not in row and "briefbot.startup: " not in row:
            continue
        text = row.split(": ", 1)[1] if ": " in row else row
        path, _, rest = text.partition(":")
        line, _, message = rest.partition(": ")
        if line.isdigit():
            found.append({"path": path, "line": int(line), "message": message, "severity": "error"})
    return found


@pytest.mark.parametrize("case", ALL_CASES)
@pytest.mark.reliability(SERVE_ROW, outcome=SERVE_OUTCOME)
def test_serve_refuses_each_case_with_file_and_line_and_serves_the_good_briefs(hostile, served, case):
    problems = [p for p in log_problems(served.serve.log()) if "warning:" not in p["message"]]
    assert_refused_with_file_and_line(case, problems_of(case, problems, hostile.cases), hostile.cases[case])
    assert served.alive, "the server stayed up"
    assert served.posts[STORY] and served.posts["tiny-valid-story"], "the good briefs are served"
    assert served.rss < RSS_BOUND and served.peak_rss < RSS_BOUND, f"serve peaked at {served.peak_rss / 2**20:.0f} MB"
    assert pwned() == hostile.pwned_before, "a YAML tag executed code"


def test_good_briefs_are_served_exactly_as_when_alone(hostile, served):
    """A valid brief is never changed or dropped because a neighbour is broken."""
    clean = clean_briefs(hostile.root)
    for typed, story, expected in (
        (STORY, STORY, [briefs.overview_message(clean[STORY])]),
        ("tiny-valid-story", "tiny-valid-story", [briefs.overview_message(clean["tiny-valid-story"])]),
        ("tiny-valid-story all", "tiny-valid-story", briefs.section_messages(clean["tiny-valid-story"], "all")),
    ):
        posts = served.posts[typed]
        assert [p.params["blocks"] for p in posts] == [fit(m).blocks for m in expected], typed
        assert all(p.params["metadata"]["event_payload"]["story"] == story for p in posts)
    assert "Traceback" not in served.serve.log()


def test_the_serve_log_names_every_case(hostile, served):
    problems = log_problems(served.serve.log())
    named = {case_of(p["path"], hostile.cases) for p in problems}
    assert set(ALL_CASES) <= named, set(ALL_CASES) - named
    print(f"serve RSS {served.rss / 2**20:.0f} MB, peak {served.peak_rss / 2**20:.0f} MB")


# -- hot reload -----------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def live(tmp_path_factory):
    root = tmp_path_factory.mktemp("live")
    folder = root / "briefs"
    shutil.copytree(REPO / "briefs", folder)
    shutil.copy(GOOD / "tiny-valid-story.yaml", folder)
    shutil.copy(GOOD / "sources" / "tiny-valid-story.txt", folder / "sources")
    fake = FakeSlack()
    serve = ServeProcess(folder, root / "var" / "briefbot.sqlite3", fake, root).start()
    yield serve, folder, clean_briefs(root)
    serve.stop()
    fake.close()


def assert_still_served(serve: ServeProcess, story: str, expected_blocks: list, channel: str) -> None:
    status, _ = serve.command(story, channel=channel)
    assert status == 200
    (post,) = serve.fake.wait_for("chat.postMessage", timeout=30, channel=channel)
    assert post.params["blocks"] == expected_blocks, f"{story} changed after a neighbour broke"


RELOAD_CASES = {
    # case: (file written while serving, its content, (line, message) logged)
    "a good brief's edit breaks its YAML": ("tiny-valid-story.yaml", None, (6, "still serving the last good version")),
    "an alias bomb is added": ("added-bomb.yaml", "bomb", (None, "expand")),
    "a 5,000-deep file is added": ("added-deep.yaml", "deep", (None, "nested deeper than")),
    "a python/object tag is added": ("added-tag.yaml", "tag", (None, "not allowed")),
    "a new brief claims a served brief's alias": ("added-thief.yaml", "thief", (None, "is also claimed by")),
}


@pytest.mark.parametrize("case", list(RELOAD_CASES))
@pytest.mark.reliability(RELOAD_ROW, outcome=RELOAD_OUTCOME)
def test_breaking_a_brief_while_serving_keeps_the_good_ones(live, case):
    serve, folder, clean = live
    name, kind, (line, message) = RELOAD_CASES[case]
    good = good_text_without_aliases()
    after = good.count("\n") + 1
    before = pwned()
    if kind is None:  # the tiny brief's 6th line indented with a tab: refused at that line
        lines = (folder / name).read_text(encoding="utf-8").splitlines(keepends=True)
        lines[5] = "\t" + lines[5].lstrip()
        content = "".join(lines)
    elif kind == "bomb":
        levels = [f"&{chr(98 + n)} [" + ",".join([f"*{chr(97 + n)}"] * 10) + "]" for n in range(8)]
        content, line = good + "aliases: [&a [x,x,x,x,x,x,x,x,x,x], " + ", ".join(levels) + "]\n", after
    elif kind == "deep":
        content, line = good + "aliases: " + "[" * 5000 + "]" * 5000 + "\n", after
    elif kind == "tag":
        content, line = good + "aliases: !!python/object/apply:os.system ['touch /tmp/briefbot-pwned-live']\n", after
    else:
        content, line = good + "aliases:\n  - tiny story\n", after + 1
    (folder / name).write_text(content, encoding="utf-8")
    log = serve.wait_for_log(f"briefs/{name}:{line}: ")
    logged = [row for row in log.splitlines() if f"briefs/{name}:{line}: " in row]
    assert any(message in row for row in logged), logged
    assert serve.proc.poll() is None and serve.healthy()
    channel = f"C0LIVE{list(RELOAD_CASES).index(case)}"
    assert_still_served(serve, "tiny-valid-story", fit(briefs.overview_message(clean["tiny-valid-story"])).blocks,
                        channel + "T")  # fmt: skip
    assert_still_served(serve, STORY, fit(briefs.overview_message(clean[STORY])).blocks, channel + "M")
    assert pwned() == before, "a YAML tag executed code"
    assert serve.rss() < RSS_BOUND

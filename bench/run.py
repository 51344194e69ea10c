"""`make bench`: start-up, memory, a breaking-news burst against a stock Bolt app, lookups and reloads at scale.

Prints a table and writes BENCHMARKS.md with the machine, the date and the commit. Every figure
comes from real processes: `briefbot serve` started as a subprocess, requests signed and sent over
loopback, posts seen at the fake Web API.
"""

from __future__ import annotations

import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import synth  # noqa: E402
from reliability_table import replace_section  # noqa: E402

from bot.briefs.library import load_library  # noqa: E402
from bot.command import parse_command  # noqa: E402
from bot.console import payloads  # noqa: E402
from bot.console.fakeslack import FakeSlack, sign  # noqa: E402

SECRET = "bench-secret"
SEED = "microsoft-dea-facial-recognition"
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "100,1000,10000").split(",")]
WORK = Path(os.environ.get("BENCH_DIR", Path(tempfile.gettempdir()) / "briefbot-bench"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def briefs_folder(count: int) -> Path:
    """N synthetic briefs plus the seed brief, generated once and reused."""
    folder = WORK / f"briefs-{count}"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        synth.write_briefs(folder, count)
        shutil.copy(REPO / "briefs" / f"{SEED}.yaml", folder)
        shutil.copy(REPO / "briefs" / "sources" / f"{SEED}.txt", folder / "sources")
        (folder / ".complete").write_text("ok")
    return folder


def pyyaml_parse_seconds(folder: Path, workers: int = 1) -> float:
    """PyYAML's C loader alone over the same brief files, on `workers` processes (as many cores)."""
    script = (
        "import sys, time, yaml, glob\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "def parse(paths):\n"
        "    for p in paths:\n"
        "        yaml.load(open(p, 'rb').read(), Loader=yaml.CSafeLoader)\n"
        "if __name__ == '__main__':\n"
        "    paths, workers = sorted(glob.glob(sys.argv[1] + '/*.yaml')), int(sys.argv[2])\n"
        "    t = time.perf_counter()\n"
        "    if workers == 1:\n"
        "        parse(paths)\n"
        "    else:\n"
        "        with ProcessPoolExecutor(workers) as pool:\n"
        "            list(pool.map(parse, [paths[i::workers] for i in range(workers)]))\n"
        "    print(time.perf_counter() - t)\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(folder), str(workers)], capture_output=True, text=True,
                         check=True)  # fmt: skip
    return float(run.stdout)


@contextmanager
def serve(folder: Path, state: Path, api_url: str):
    """`briefbot serve` as a subprocess; yields (process, port, seconds until it listened, peak RSS in MB)."""
    port = free_port()
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": api_url,
           "PORT": str(port), "BRIEFS_DIR": str(folder), "BRIEFBOT_DB": str(state / "briefbot.sqlite3")}  # fmt: skip
    for name in ("SLACK_APP_TOKEN",):
        env.pop(name, None)
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "bot", "serve"], env=env, cwd=REPO, stderr=subprocess.DEVNULL)
    watched = psutil.Process(process.pid)
    peak = 0.0
    try:
        while True:
            peak = max(peak, watched.memory_info().rss / 1e6)
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                    break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError("briefbot serve exited during start-up") from None
                time.sleep(0.02)
        listened = time.perf_counter() - started
        yield process, port, listened, peak
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()


def post_signed(port: int, body: str, content_type: str) -> int:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/slack/events", data=body.encode(), method="POST",
        headers={"Content-Type": content_type, **sign(SECRET, body)},
    )  # fmt: skip
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status


def validation_rows(count: int = 1000) -> list[list[str]]:
    """Loading and validating briefs one by one on one core, beside PyYAML's C loader alone on the same files."""
    folder = briefs_folder(count)
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from bot.briefs.library import load_library\n"
        "t = time.perf_counter()\n"
        "library = load_library(Path(sys.argv[1]))\n"
        "assert not library.problems and len(library) > 1\n"
        "print(time.perf_counter() - t)\n"
    )
    ours_runs: list[float] = []
    parse_runs: list[float] = []
    for _ in range(3):  # alternate the two and keep each one's best, so a busy moment hurts neither
        ours_runs.append(float(subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True,
                                         text=True, check=True, cwd=REPO).stdout))  # fmt: skip
        parse_runs.append(pyyaml_parse_seconds(folder))
    ours, parse = min(ours_runs), min(parse_runs)
    return [[f"{count:,}", f"{parse:.2f} s", f"{ours:.2f} s", f"{(ours / parse - 1) * 100:+.0f}%"]]


def cold_start(folder: Path, state: Path, api_url: str) -> tuple[float, float]:
    """`briefbot serve` with nothing cached: seconds until it listened, and its peak RSS in MB.

    Waits for the cache it writes in the background once it listens, so a warm start can follow.
    """
    with serve(folder, state, api_url) as (process, _, cold, peak):
        cache = state / "brief-cache.msgpack"
        deadline = time.time() + 120
        while not cache.exists() and time.time() < deadline:
            peak = max(peak, psutil.Process(process.pid).memory_info().rss / 1e6)
            time.sleep(0.05)
    return cold, peak


def startup_rows() -> list[list[str]]:
    rows = []
    for count in SIZES:
        folder = briefs_folder(count)
        parse = pyyaml_parse_seconds(folder, os.cpu_count() or 1)  # serve parses on every core too
        with FakeSlack() as fake, tempfile.TemporaryDirectory() as state:
            cold, cold_peak = cold_start(folder, Path(state), fake.url)
            with serve(folder, Path(state), fake.url) as (process, _, warm, warm_peak):
                time.sleep(1.0)
                settled = psutil.Process(process.pid).memory_info().rss / 1e6
        # Each side at its best of two runs: the baseline, then a second cold start on a fresh cache.
        parse = min(parse, pyyaml_parse_seconds(folder, os.cpu_count() or 1))
        with FakeSlack() as fake, tempfile.TemporaryDirectory() as state:
            again, again_peak = cold_start(folder, Path(state), fake.url)
        cold, cold_peak = min(cold, again), max(cold_peak, again_peak)
        rows.append([f"{count:,}", f"{parse:.2f} s", f"{cold:.2f} s ({cold / parse:.2f}×)", f"{warm:.2f} s",
                     f"{max(cold_peak, warm_peak):.0f} MB", f"{settled:.0f} MB"])  # fmt: skip
    return rows


def lookup_rows(count: int) -> list[list[str]]:
    library = load_library(briefs_folder(count))
    typed = ["synthetc 4242", "stroy 99999 quotes", "microsfot dea", "zzqx budget", "sythetic 1234 counsil",
             "no such story at all", "electoin ballot", "msft facial recog"]  # fmt: skip
    timings = []
    for _ in range(20):
        for text in typed:
            started = time.perf_counter()
            parse_command(text, library)
            timings.append((time.perf_counter() - started) * 1000)
    exact = []
    for _ in range(2000):
        started = time.perf_counter()
        library.exact("story 4242")
        exact.append((time.perf_counter() - started) * 1e6)
    return [[f"{count:,}", f"{percentile(exact, 0.5):.1f} µs", f"{percentile(timings, 0.5):.1f} ms",
             f"{percentile(timings, 0.99):.1f} ms"]]  # fmt: skip


def overviews(fake: FakeSlack) -> list:
    """The overviews `/brief` posted in the reload channel (not the updates the edit sends to their threads)."""
    return [
        call
        for call in fake.calls("chat.postMessage", channel="CRELOAD")
        if not call.params.get("thread_ts") and (call.params.get("metadata") or {}).get("event_type") == "brief_posted"
    ]


def reload_rows(count: int) -> list[list[str]]:
    """Edit one brief with `count` loaded while requests keep coming; then break it."""
    folder = briefs_folder(count)
    target = folder / "synthetic-00042.yaml"
    original = target.read_text(encoding="utf-8")
    failures, sent = [], [0]
    stop = threading.Event()
    try:
        with FakeSlack() as fake, tempfile.TemporaryDirectory() as state:
            with serve(folder, Path(state), fake.url) as (_, port, _, _):

                def fire():
                    while not stop.is_set():
                        name = payloads.next_id("reload-")
                        try:
                            status = post_signed(
                                port,
                                payloads.slash_command(
                                    "synthetic-00042", "CRELOAD", "U0BENCH", fake.response_url(name)
                                ),
                                payloads.FORM,
                            )
                        except OSError as exc:
                            failures.append(repr(exc))
                            continue
                        sent[0] += 1
                        if status != 200:
                            failures.append(status)
                        time.sleep(0.02)

                firing = threading.Thread(target=fire)
                firing.start()
                time.sleep(1.0)
                edited = time.time()
                target.write_text(original.replace('title: "Story 42:', 'title: "Edited story 42:'), encoding="utf-8")
                served = None
                deadline = time.time() + 30
                while served is None and time.time() < deadline:
                    for call in overviews(fake):
                        if call.time > edited and "Edited story 42" in call.params.get("text", ""):
                            served = call.time - edited
                            break
                    time.sleep(0.02)
                broken_at = time.time()
                target.write_text(original.replace("status: developing", "status: [broken"), encoding="utf-8")
                time.sleep(2.0)
                later = [c for c in overviews(fake) if c.time > broken_at + 1.0]
                kept = bool(later) and all("Edited story 42" in c.params.get("text", "") for c in later)
                stop.set()
                firing.join()
                posted = len(overviews(fake))
    finally:
        stop.set()
        target.write_text(original, encoding="utf-8")
    served_text = f"{served:.2f} s" if served is not None else "not within 30 s"
    return [[f"{count:,}", served_text, "yes" if kept else "NO", f"{sent[0]}", f"{len(failures)}",
             f"{sent[0] - posted}"]]  # fmt: skip


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    cpu = platform.processor() or platform.machine()
    memory = psutil.virtual_memory().total / 2**30
    return (f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · commit {commit.stdout.strip() or '?'} · "
            f"{platform.system()} {platform.release()} · {cpu} · {os.cpu_count()} cores · {memory:.0f} GiB · "
            f"Python {platform.python_version()}")  # fmt: skip


def main() -> int:
    import burst  # the breaking-news burst (bench/burst.py), which reuses this module's helpers

    WORK.mkdir(parents=True, exist_ok=True)
    largest = max(SIZES)
    sections = [
        ("Loading and validating, one process, one core (parse, types, dates, ids, verbatim quotes)",
         ["briefs", "PyYAML C loader alone", "briefbot load + validate", "added to parsing"], validation_rows()),
        ("Start-up and memory (`briefbot serve` until it answers on its port)",
         ["briefs", "PyYAML C loader alone, every core", "serve cold", "serve warm", "peak RSS", "RSS after start"],
         startup_rows()),
        burst.section(),
        ("Finding a story", ["briefs", "exact id/alias", "miss (typo) p50", "miss (typo) p99"], lookup_rows(largest)),
        ("Hot reload while requests keep coming",
         ["briefs", "edit served after", "broken edit keeps last good", "requests sent", "failed", "not posted"],
         reload_rows(largest)),
    ]  # fmt: skip
    text = [
        f"Measured {machine()}.",
        "",
        "Made by `make bench` (bench/run.py); figures from one run, except that PyYAML's parse and the cold start "
        "are each the best of two.",
        "",
    ]
    for title, header, rows in sections:
        text += [f"## {title}", "", table(header, rows), ""]
    report = "\n".join(text)
    print(report)
    benchmarks = REPO / "BENCHMARKS.md"
    document = benchmarks.read_text(encoding="utf-8")
    benchmarks.write_text(replace_section(document, report, *MARKERS), encoding="utf-8")
    return 0


# `make bench` rewrites what stands between these in BENCHMARKS.md; the sections after them are recorded by hand
# from `make bench-answers` and `make bench-draft`, and the reliability table by `make reliability`.
MARKERS = ("<!-- make-bench:start -->", "<!-- make-bench:end -->")


if __name__ == "__main__":
    raise SystemExit(main())

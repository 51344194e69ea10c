"""The breaking-news burst, as Slack users feel it: `python bench/burst.py` (also part of `make bench`).

10,000 briefs loaded; the fake Web API answers every call in 100 ms ± 50 ms; 40 requests a second for 60 s,
a third `/brief STORY` (each in a channel of its own) and two thirds questions in the threads of 50 users.
Each request is sent at its scheduled moment whatever the server is doing (an open loop, as Slack sends).

- ack: from sending a request to its HTTP response; Slack counts one over 3 s as failed.
- reply: from sending a request to the fake Web API having answered the post it caused (the moment the message
  is in Slack). A thread's answers are paired with its questions in order.
- missing / duplicate: requests with no reply 15 s after the last was sent, and replies beyond one a request.
- peak RSS and thread count: the highest seen in any serving process, sampled every 0.2 s.

Targets: `briefbot serve` on SQLite; a stock Bolt app (bench/bare_app.py) on the same server; 2 and 4
`briefbot serve` processes on one PostgreSQL, requests spread over them in turn as a load balancer would.
Then, for each, the highest rate (of RATES) held for RATE_SECONDS with ack p99 under 300 ms and nothing missing.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import psutil
import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from run import SECRET, SEED, briefs_folder, free_port, percentile, post_signed, table  # noqa: E402

from bot.answer import asks_something  # noqa: E402
from bot.console import payloads  # noqa: E402
from bot.console.fakeslack import FakeSlack  # noqa: E402
from tests.pgserver import start_postgres  # noqa: E402

BRIEFS = int(os.environ.get("BENCH_BURST_BRIEFS", "10000"))
RATE = int(os.environ.get("BENCH_BURST_RATE", "40"))
SECONDS = int(os.environ.get("BENCH_BURST_SECONDS", "60"))
USERS = 50
LATENCY = (0.100, 0.050)
RATES = [int(r) for r in os.environ.get("BENCH_BURST_RATES", "40,80,120,160").split(",")]
RATE_SECONDS = int(os.environ.get("BENCH_BURST_RATE_SECONDS", "20"))
DRAIN_SECONDS = 15.0
ACK_BAR = 0.300


@dataclass
class Target:
    name: str
    ports: list[int]
    pids: list[int]


@dataclass
class Sent:
    kind: str  # "brief" or "question"
    key: tuple  # ("CB7",) for a /brief's channel, (channel, thread_ts) for a question's thread
    at: float
    ack: float | None = None  # seconds, or None when no 200 came


@dataclass
class Sampler:
    pids: list[int]
    rss: float = 0.0
    threads: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        processes = [psutil.Process(pid) for pid in self.pids]
        while not self._stop.wait(0.2):
            for process in processes:
                try:
                    self.rss = max(self.rss, process.memory_info().rss / 2**20)
                    self.threads = max(self.threads, process.num_threads())
                except psutil.Error:
                    pass

    def stop(self) -> None:
        self._stop.set()


def wait_healthy(port: int, process: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the server did not start") from None
            time.sleep(0.05)


@contextmanager
def briefbot(count: int, database: str, state: Path, api_url: str):
    """`count` briefbot serve processes on one database, started one after the other (the first writes the
    brief cache the others read)."""
    folder = briefs_folder(BRIEFS)
    processes, ports = [], []
    try:
        for _ in range(count):
            port = free_port()
            env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SECRET,
                   "SLACK_API_URL": api_url, "PORT": str(port), "HOST": "127.0.0.1", "BRIEFS_DIR": str(folder),
                   "BRIEFBOT_DB": database}  # fmt: skip
            env.pop("SLACK_APP_TOKEN", None)
            process = subprocess.Popen([sys.executable, "-m", "bot", "serve"], env=env, cwd=state,
                                       stderr=subprocess.DEVNULL)  # fmt: skip
            processes.append(process)
            wait_healthy(port, process)
            ports.append(port)
        yield Target(f"briefbot × {count}", ports, [p.pid for p in processes])
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


@contextmanager
def bare(api_url: str):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(HERE / "bare_app.py"), str(port), api_url, SECRET], cwd=REPO,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    try:
        assert process.stdout is not None  # a pipe, asked for above
        process.stdout.readline()
        yield Target("stock Bolt app", [port], [process.pid])
    finally:
        process.kill()
        process.wait()


def questions() -> list[str]:
    """Reporters' questions about the seed story (the tuning set's), in the thread of its brief."""
    path = REPO / "tests" / "stories" / "tuning" / "questions" / f"{SEED}.yaml"
    return [q["ask"] for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"] if asks_something(q["ask"])]


def open_threads(target: Target, fake: FakeSlack, run: str) -> list[tuple[str, str]]:
    """A /brief thread for each user, posted before the burst."""
    threads = []
    for user in range(USERS):
        channel = f"CT{run}{user}"
        body = payloads.slash_command(SEED, channel, f"U{user:04d}", fake.response_url())
        post_signed(target.ports[user % len(target.ports)], body, payloads.FORM)
        threads.append((channel, fake.wait_for("chat.postMessage", channel=channel, timeout=30)[0].response["ts"]))
    time.sleep(1.0)  # every thread stored before it is asked in
    return threads


def burst(target: Target, fake: FakeSlack, rate: int, seconds: int, run: str) -> dict:
    rng = random.Random(f"{run}-{rate}")
    asks = questions()
    threads = open_threads(target, fake, run)
    plan: list[tuple[str, tuple[str, ...], int]] = []
    for n in range(rate * seconds):
        user = rng.randrange(USERS)
        if rng.random() < 1 / 3:
            plan.append(("brief", (f"CB{run}{n}",), user))
        else:
            plan.append(("question", threads[user], user))
    sampler = Sampler(target.pids)
    threading.Thread(target=sampler.run, daemon=True).start()
    sent: list[Sent] = []
    lock = threading.Lock()
    began = time.time() + 0.5

    def send(n: int) -> None:
        kind, key, user = plan[n]
        time.sleep(max(0.0, began + n / rate - time.time()))
        port = target.ports[n % len(target.ports)]
        if kind == "brief":
            body = payloads.slash_command(SEED, key[0], f"U{user:04d}", fake.response_url())
            content_type = payloads.FORM
        else:
            channel, ts = key
            message = fake.add_message(channel, asks[n % len(asks)], user=f"U{user:04d}", thread_ts=ts)
            body = payloads.event_callback(payloads.thread_message(channel, f"U{user:04d}", message["text"],
                                                                   message["ts"], ts))  # fmt: skip
            content_type = payloads.JSON
        record = Sent(kind, key, time.time())
        try:
            if post_signed(port, body, content_type) == 200:
                record.ack = time.time() - record.at
        except OSError:
            pass
        with lock:
            sent.append(record)

    with ThreadPoolExecutor(max_workers=256) as pool:
        list(pool.map(send, range(len(plan))))
    expected = len(plan)
    deadline = time.time() + DRAIN_SECONDS
    while time.time() < deadline and len(replies(fake, began)) < expected:
        time.sleep(0.2)
    sampler.stop()
    return measure(sent, replies(fake, began), sampler)


def replies(fake: FakeSlack, since: float) -> list:
    return [c for c in fake.calls("chat.postMessage") if c.time >= since and c.response and c.response.get("ok")]


def measure(sent: list[Sent], posted: list, sampler: Sampler) -> dict:
    by_channel: dict[str, list] = {}
    by_thread: dict[tuple, list] = {}
    for call in posted:
        thread = call.params.get("thread_ts")
        if thread:
            by_thread.setdefault((call.params["channel"], thread), []).append(call)
        else:
            by_channel.setdefault(call.params["channel"], []).append(call)
    reply_times, missing, duplicates = [], 0, 0
    questions_by_thread: dict[tuple, list[Sent]] = {}
    for record in sorted(sent, key=lambda r: r.at):
        if record.kind == "brief":
            posts = by_channel.get(record.key[0], [])
            if posts:
                reply_times.append(posts[0].answered - record.at)
            missing += not posts
            duplicates += max(0, len(posts) - 1)
        else:
            questions_by_thread.setdefault(record.key, []).append(record)
    for key, asked in questions_by_thread.items():
        answered = sorted(by_thread.get(key, []), key=lambda c: c.answered)
        for record, call in zip(asked, answered, strict=False):
            reply_times.append(call.answered - record.at)
        missing += max(0, len(asked) - len(answered))
        duplicates += max(0, len(answered) - len(asked))
    acks = [r.ack for r in sent if r.ack is not None]
    return {
        "requests": len(sent),
        "ack_p50": percentile(acks, 0.5) if acks else float("nan"),
        "ack_p99": percentile(acks, 0.99) if acks else float("nan"),
        "late": sum(1 for r in sent if r.ack is None or r.ack > 3.0),
        "reply_p50": percentile(reply_times, 0.5) if reply_times else float("nan"),
        "reply_p95": percentile(reply_times, 0.95) if reply_times else float("nan"),
        "reply_p99": percentile(reply_times, 0.99) if reply_times else float("nan"),
        "missing": missing,
        "duplicates": duplicates,
        "rss": sampler.rss,
        "threads": sampler.threads,
    }


def highest_rate(target: Target, fake: FakeSlack, run: str) -> str:
    held = None
    for rate in RATES:
        result = burst(target, fake, rate, RATE_SECONDS, f"{run}r{rate}")
        print(f"  {target.name} at {rate}/s: ack p99 {result['ack_p99'] * 1000:.0f} ms, missing {result['missing']}")
        if result["ack_p99"] >= ACK_BAR or result["missing"] or result["late"]:
            break
        held = rate
    if held is None:
        return f"under {RATES[0]}/s"
    return f"{held}/s" + ("" if held < RATES[-1] else " (the highest tried)")


def row(target: Target, result: dict, rate: str) -> list[str]:
    ms = lambda seconds: f"{seconds * 1000:.0f} ms"  # noqa: E731
    return [target.name, f"{result['requests']:,}", ms(result["ack_p50"]), ms(result["ack_p99"]), str(result["late"]),
            ms(result["reply_p50"]), ms(result["reply_p95"]), ms(result["reply_p99"]), str(result["missing"]),
            str(result["duplicates"]), f"{result['rss']:.0f} MB", str(result["threads"]), rate]  # fmt: skip


HEADER = ["target", "requests", "ack p50", "ack p99", "acks > 3 s", "reply p50", "reply p95", "reply p99",
          "missing", "duplicate", "peak RSS", "threads", "held with ack p99 < 300 ms"]  # fmt: skip


def burst_rows() -> list[list[str]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
        fake = stack.enter_context(FakeSlack(latency=LATENCY))
        state = Path(folder)
        setups: list[tuple[str, Callable[[], Any]]] = [
            ("sqlite", lambda: briefbot(1, str(state / "one.sqlite3"), state, fake.url)),
            ("bare", lambda: bare(fake.url)),
        ]
        postgres, why = start_postgres()
        if postgres is None:
            print(f"no PostgreSQL for the 2- and 4-process runs: {why}")
        else:
            stack.callback(postgres.stop)
            server = postgres

            def on_postgres(count: int) -> Any:
                return briefbot(count, server.new_database(), state, fake.url)

            for count in (2, 4):
                setups.append((f"pg{count}", partial(on_postgres, count)))
        for run, start in setups:
            with start() as target:
                print(f"{target.name}: {RATE}/s for {SECONDS} s")
                result = burst(target, fake, RATE, SECONDS, run)
                rate = highest_rate(target, fake, run)
                rows.append(row(target, result, rate))
                print("  " + " | ".join(rows[-1]))
    return rows


def section() -> tuple[str, list[str], list[list[str]]]:
    title = (f"Breaking-news burst: {BRIEFS:,} briefs, Slack answering in 100 ± 50 ms, {RATE} requests/s for "
             f"{SECONDS} s from {USERS} users (a third /brief, the rest thread questions)")  # fmt: skip
    return title, HEADER, burst_rows()


if __name__ == "__main__":
    heading, header, rows = section()
    print(f"## {heading}\n\n{table(header, rows)}")

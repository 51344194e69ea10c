"""The local console drives the same app and listeners as Slack; the CLI's settings errors are clear."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bot.answer import answer_question
from bot.console import ConsoleSession
from bot.render.briefs import answer_message, overview_message
from bot.settings import Settings
from tests.slackharness import REPO, STORY

SLACK_VARS = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL")


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without Slack credentials, and a database of its own unless one is given (so no run
    leaves state in the repository's var/)."""
    env = {k: v for k, v in os.environ.items() if k not in SLACK_VARS}
    env["BRIEFBOT_DB"] = str(Path(tempfile.mkdtemp(prefix="briefbot-test-")) / "briefbot.sqlite3")
    return {**env, **extra}


def run_briefbot(args: list[str], stdin: str = "", cwd: Path = REPO, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True, cwd=cwd,
        env=clean_env(**env), timeout=120,
    )  # fmt: skip


def test_make_run_with_piped_input_shows_the_list_and_the_quotes():
    run = subprocess.run(
        ["make", "-s", "run"], input=f"/brief list\n/brief {STORY} quotes\n", capture_output=True, text=True,
        cwd=REPO, env=clean_env(), timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert STORY in run.stdout
    assert "Kade Crockford" in run.stdout and "is concerning" in run.stdout
    assert "only visible to you" in run.stdout and "posted in the channel" in run.stdout
    assert "Traceback" not in run.stderr


def test_console_blocks_are_the_ones_slack_would_get(tmp_path):
    out = io.StringIO()
    session = ConsoleSession(Settings(briefs_dir=REPO / "briefs", db_path=tmp_path / "console.sqlite3"), out=out)
    try:
        session.handle(f"/brief {STORY}")
        session.handle("> what did the ACLU say?")
        brief = session.library.current.get(STORY)
        overview, answer = session.fake.calls("chat.postMessage")
        assert overview.params["blocks"] == json.loads(json.dumps(overview_message(brief).blocks))
        expected = answer_message(brief, answer_question(brief, "what did the ACLU say?"))
        assert answer.params["blocks"] == json.loads(json.dumps(expected.blocks))
        assert answer.params["thread_ts"] == overview.response["ts"]
    finally:
        session.close()
    printed = out.getvalue()
    assert brief.title in printed and "Kade Crockford" in printed and "in thread 1" in printed


def test_console_sends_what_is_typed_as_slack_writes_it(tmp_path):
    out = io.StringIO()
    session = ConsoleSession(Settings(briefs_dir=REPO / "briefs", db_path=tmp_path / "console.sqlite3"), out=out)
    try:
        session.handle("/brief microsoft dea zzyzx &lt;3 & <qqq>")  # typed as shown
        session.handle(f"/brief {STORY}")
        session.handle("> who is Brad Smith & what did he write?")
        (answer,) = session.fake.calls("chat.postMessage")[1:]
        assert answer.params["metadata"]["event_payload"]["items"][0] == "who-brad-smith"
    finally:
        session.close()
    assert out.getvalue().count("zzyzx &lt;3 & <qqq>") == 2  # the line typed, and the reply that names it


def test_the_console_run_again_on_the_same_state_still_answers(tmp_path):
    database = str(tmp_path / "console.sqlite3")
    for _run in range(2):  # two runs of `make run`: each a process of its own, the state kept between them
        run = run_briefbot(["console"], stdin=f"/brief {STORY}\n> who is Brad Smith?\n", BRIEFBOT_DB=database)
        answer = run.stdout.split("you, in thread 1: who is Brad Smith?", 1)[1]
        assert "cited: who-brad-smith" in answer, run.stdout[-2000:]


def test_console_presses_buttons_by_name_and_replies_by_thread_number(tmp_path):
    out = io.StringIO()
    session = ConsoleSession(Settings(briefs_dir=REPO / "briefs", db_path=tmp_path / "console.sqlite3"), out=out)
    try:
        session.handle(f"/brief {STORY}")
        session.handle("press timeline")
        session.handle(">1 who is Brad Smith")
        posts = session.fake.calls("chat.postMessage")
        assert [p.params.get("metadata", {}).get("event_payload", {}).get("section") for p in posts[:2]] == [
            "overview", "timeline",
        ]  # fmt: skip
        assert posts[2].params["thread_ts"] == posts[0].response["ts"]
        session.handle("press nonexistent")
    finally:
        session.close()
    assert "no button 'nonexistent'" in out.getvalue()


def test_console_presses_the_last_briefs_buttons_after_a_section_and_refuses_a_missing_thread(tmp_path):
    out = io.StringIO()
    session = ConsoleSession(Settings(briefs_dir=REPO / "briefs", db_path=tmp_path / "console.sqlite3"), out=out)
    try:
        session.handle(">3 hello")
        session.handle(f"/brief {STORY}")
        session.handle(f"/brief {STORY} facts")
        session.handle("press quotes")
        session.handle(">7 who is Brad Smith")
        posts = session.fake.calls("chat.postMessage")
        sections = [p.params.get("metadata", {}).get("event_payload", {}).get("section") for p in posts]
        assert sections == ["overview", "facts", "quotes"]  # the thread question went nowhere
    finally:
        session.close()
    text = out.getvalue()
    assert "there is no thread 3; no threads yet" in text and "there is no thread 7; threads 1 to 2" in text
    assert "buttons: \n" not in text


def test_briefbot_without_credentials_starts_the_console_and_says_how_to_connect():
    run = run_briefbot([], stdin=f"/brief {STORY} people\n")
    assert run.returncode == 0
    assert "SLACK_BOT_TOKEN" in run.stderr and "console" in run.stderr
    assert "Kade Crockford" in run.stdout


def test_serve_without_credentials_exits_2_naming_the_variables(tmp_path):
    run = run_briefbot(["serve"], cwd=tmp_path)
    assert run.returncode == 2
    assert "SLACK_BOT_TOKEN" in run.stderr and "SLACK_SIGNING_SECRET" in run.stderr and "console" in run.stderr
    assert "Traceback" not in run.stderr


def test_malformed_credentials_and_port_are_refused_clearly(tmp_path):
    run = run_briefbot(["serve"], cwd=tmp_path, SLACK_BOT_TOKEN="xoxp-user-token", SLACK_APP_TOKEN="bad")
    assert run.returncode == 2 and "xoxb-" in run.stderr and "xapp-" in run.stderr
    run = run_briefbot(["serve"], cwd=tmp_path, SLACK_BOT_TOKEN="xoxb-1", SLACK_SIGNING_SECRET="s", PORT="eighty")
    assert run.returncode == 2 and "PORT" in run.stderr and "Traceback" not in run.stderr


def test_dotenv_is_read_but_never_overrides_the_environment(tmp_path):
    (tmp_path / ".env").write_text("SLACK_BOT_TOKEN=xoxb-from-dotenv\nBRIEFS_DIR=/nowhere\n", encoding="utf-8")
    from bot.settings import load_settings

    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        os.environ["BRIEFS_DIR"] = "kept"
        settings = load_settings()
    finally:
        os.chdir(cwd)
        os.environ.pop("BRIEFS_DIR", None)
        os.environ.pop("SLACK_BOT_TOKEN", None)
    assert settings.bot_token == "xoxb-from-dotenv" and settings.briefs_dir == Path("kept")


def test_inbox_lists_unanswered_questions_and_an_unknown_story_is_an_error(tmp_path):
    from bot.store import Store

    db = tmp_path / "state.sqlite3"
    Store(db).add_to_inbox(STORY, "what about the sky stadium?", "U0ASKER", "C0NEWS", "1.000")
    run = run_briefbot(["inbox", STORY], BRIEFBOT_DB=str(db))
    assert run.returncode == 0 and "sky stadium" in run.stdout and "U0ASKER" in run.stdout
    run = run_briefbot(["inbox", "other-story"], BRIEFBOT_DB=str(db))
    assert run.returncode == 2 and "no story named 'other-story'" in run.stderr and not run.stdout


def test_a_question_the_console_passes_to_the_desk_is_in_briefbot_inbox_afterwards(tmp_path):
    db = tmp_path / "state.sqlite3"
    run = run_briefbot(["console"], stdin=f"/brief {STORY}\n> did Amazon stock go up?\n", BRIEFBOT_DB=str(db))
    assert run.returncode == 0 and "passed the question to the desk" in run.stdout and str(db) in run.stdout
    run = run_briefbot(["inbox"], BRIEFBOT_DB=str(db))
    assert run.returncode == 0 and "did Amazon stock go up?" in run.stdout and "U0LOCAL" in run.stdout

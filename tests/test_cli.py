"""The command line explains itself: a version, help for every command, and the briefs folder on every command."""

from __future__ import annotations

import shutil

import pytest

from bot.cli.main import COMMANDS
from tests.slackharness import REPO, STORY
from tests.test_console import run_briefbot


def test_version_is_the_installed_packages():
    run = run_briefbot(["--version"])
    assert run.returncode == 0 and run.stdout.startswith("briefbot ") and run.stdout.split()[1][0].isdigit()


@pytest.mark.parametrize("name", [name for name, _, _ in COMMANDS if name != "help"] + ["draft"])
def test_every_command_has_help_with_a_description(name):
    for args in (["help", name], [name, "--help"]):
        run = run_briefbot(args)
        assert run.returncode == 0, run.stderr
        assert f"usage: briefbot {name}" in run.stdout
        description = run.stdout.split("\n\n")[1]
        assert len(description.split()) >= 5, run.stdout


def test_help_alone_lists_the_commands_and_an_unknown_topic_is_refused():
    run = run_briefbot(["help"])
    assert run.returncode == 0 and all(name in run.stdout for name, _, _ in COMMANDS)
    run = run_briefbot(["help", "nosuch"])
    assert run.returncode == 2 and "invalid choice" in run.stderr


def test_briefs_dir_option_overrides_the_environment(tmp_path):
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    shutil.copy(REPO / "briefs" / f"{STORY}.yaml", folder)
    shutil.copytree(REPO / "briefs" / "sources", folder / "sources")
    run = run_briefbot(["check", "--briefs-dir", str(folder)], BRIEFS_DIR=str(tmp_path / "nowhere"))
    assert run.returncode == 0 and "1 valid brief(s)" in run.stderr
    run = run_briefbot(["console", "--briefs-dir", str(tmp_path / "nowhere")], stdin="/brief list\n")
    assert run.returncode == 2 and "BRIEFS_DIR" in run.stderr and "Traceback" not in run.stderr
    run = run_briefbot(["console", "--briefs-dir", str(folder)], stdin="/brief list\n", BRIEFS_DIR="/nowhere")
    assert run.returncode == 0 and STORY in run.stdout

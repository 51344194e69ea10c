"""The malformed and hostile brief corpus: each case refused with its file, line and message."""

from __future__ import annotations

import glob
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.briefs.library import load_library

HERE = Path(__file__).parent
BAD = HERE / "bad_briefs"
GOOD = HERE / "good_briefs"
EXPECTED = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))


def lay_out_case(name: str, expectations: list[dict], folder: Path) -> None:
    """The case beside the good neighbour, in a briefs folder of its own."""
    shutil.copytree(GOOD, folder)
    source = BAD / name
    generate = expectations[0].get("generate")
    if generate:
        good = (GOOD / "tiny-valid-story.yaml").read_text(encoding="utf-8")
        padding = "x" * generate["bytes"]
        (folder / name).write_text(good.replace("summary: ", f"summary: {padding} ", 1), encoding="utf-8")
    elif source.is_dir():
        shutil.copytree(source, folder, dirs_exist_ok=True)
    else:
        shutil.copy(source, folder / name)


def pwned_files() -> set[str]:
    return set(glob.glob("/tmp/briefbot-pwned-*"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_case_is_refused_with_file_line_and_message(name, tmp_path):
    before = pwned_files()
    expectations = EXPECTED[name]
    folder = tmp_path / "briefs"
    lay_out_case(name, expectations, folder)
    library = load_library(folder)
    errors = [p for p in library.problems if p.severity == "error"]
    assert len(errors) == len(expectations), [str(p) for p in library.problems]
    for expected, problem in zip(expectations, errors, strict=True):
        assert Path(problem.path).name == Path(expected["file"]).name, str(problem)
        assert problem.line == expected["line"], str(problem)
        for part in [expected["message"], *expected.get("also", [])]:
            assert part in problem.message, str(problem)
    assert "tiny-valid-story" in library.briefs, "the good neighbour must still be served"
    assert pwned_files() == before, "a YAML tag executed code"


def test_corpus_is_large_enough():
    assert len(EXPECTED) >= 40


def test_check_command_reports_every_case_without_traceback(tmp_path):
    """`briefbot check` exits 1 on each broken file and prints path:line: message, never a traceback."""
    folder = tmp_path / "briefs"
    for name, expectations in EXPECTED.items():
        lay_out_case(name, expectations, tmp_path / "cases" / name.replace(".yaml", ""))
    run = subprocess.run(
        [sys.executable, "-m", "bot", "check", str(tmp_path / "cases")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stdout + run.stderr
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    assert len(lines) >= len(EXPECTED)
    for line in lines:
        path, number, message = line.split(":", 2)
        assert number.isdigit() and message.strip(), line
    del folder

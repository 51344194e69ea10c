"""What people type after /brief, parsed without Slack."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.command import parse_command
from bot.library import load_library

LIBRARY = load_library(Path(__file__).resolve().parent.parent / "briefs")
STORY = "microsoft-dea-facial-recognition"


@pytest.mark.parametrize(
    "typed, kind, section, words",
    [
        ("", "help", None, ""),
        ("help", "help", None, ""),
        ("LIST", "list", None, ""),
        (STORY, "overview", None, ""),
        ("microsoft dea", "overview", None, ""),
        ("micrsoft dea", "overview", None, ""),
        (f"{STORY} key facts", "section", "facts", ""),
        ("microsfot dea quotes", "section", "quotes", ""),
        ("msft facial recog when", "section", "timeline", ""),
        (f"{STORY} q", "section", "questions", ""),
        ("microsoft crockford", "search", None, "crockford"),
        ("mcrsft", "unknown", None, ""),
        ("quantum banking scandal", "unknown", None, ""),
    ],
)
def test_parse_command(typed, kind, section, words):
    request = parse_command(typed, LIBRARY)
    assert (request.kind, request.section, request.words) == (kind, section, words)
    if kind in ("overview", "section", "search"):
        assert request.brief.id == STORY


def test_a_near_miss_suggests_the_story_and_a_far_one_does_not():
    assert [b.id for b in parse_command("mcrsft", LIBRARY).suggestions] == [STORY]
    assert parse_command("quantum banking scandal", LIBRARY).suggestions == ()


@pytest.mark.parametrize("keyword, kind", [("list", "list"), ("help", "help")])
def test_a_keyword_wins_over_a_story_id_spelt_the_same(tmp_path, keyword, kind):
    briefs = Path(__file__).resolve().parent.parent / "briefs"
    shutil.copytree(briefs / "sources", tmp_path / "sources")
    shutil.copy(briefs / f"{STORY}.yaml", tmp_path / f"{keyword}.yaml")
    library = load_library(tmp_path)
    assert library.get(keyword) is not None
    assert parse_command(keyword, library).kind == kind
    assert parse_command(f"  {STORY}  ", LIBRARY).kind == "overview"

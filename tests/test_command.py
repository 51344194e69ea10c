"""What people type after /brief, parsed without Slack."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.briefs.library import load_library
from bot.command import Help, ListStories, Overview, Search, Section, Unknown, parse_command

LIBRARY = load_library(Path(__file__).resolve().parent.parent / "briefs")
STORY = "microsoft-dea-facial-recognition"


@pytest.mark.parametrize(
    "typed, kind, detail",
    [
        ("", Help, None),
        ("help", Help, None),
        ("LIST", ListStories, None),
        (STORY, Overview, None),
        ("microsoft dea", Overview, None),
        ("micrsoft dea", Overview, None),
        (f"{STORY} key facts", Section, "facts"),
        ("microsfot dea quotes", Section, "quotes"),
        ("msft facial recog when", Section, "timeline"),
        (f"{STORY} q", Section, "questions"),
        ("microsoft crockford", Search, "crockford"),
        ("mcrsft", Unknown, None),
        ("quantum banking scandal", Unknown, None),
    ],
)
def test_parse_command(typed, kind, detail):
    request = parse_command(typed, LIBRARY)
    assert type(request) is kind
    if kind in (Overview, Section, Search):
        assert request.brief.id == STORY
    if kind is Section:
        assert request.section == detail
    if kind is Search:
        assert request.words == detail


def test_a_near_miss_suggests_the_story_and_a_far_one_does_not():
    assert [b.id for b in parse_command("mcrsft", LIBRARY).suggestions] == [STORY]
    assert parse_command("quantum banking scandal", LIBRARY).suggestions == ()


@pytest.mark.parametrize("keyword, kind", [("list", ListStories), ("help", Help)])
def test_a_keyword_wins_over_a_story_id_spelt_the_same(tmp_path, keyword, kind):
    briefs = Path(__file__).resolve().parent.parent / "briefs"
    shutil.copytree(briefs / "sources", tmp_path / "sources")
    shutil.copy(briefs / f"{STORY}.yaml", tmp_path / f"{keyword}.yaml")
    library = load_library(tmp_path)
    assert library.get(keyword) is not None
    assert type(parse_command(keyword, library)) is kind
    assert type(parse_command(f"  {STORY}  ", LIBRARY)) is Overview

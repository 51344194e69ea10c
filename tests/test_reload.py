"""Hot reload: edits, breakage, deletions, renames and source changes are picked up without a restart."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from bot.briefs.live import LiveLibrary
from bot.briefs.startup import BriefCache

GOOD = Path(__file__).parent / "good_briefs"
STORY = "tiny-valid-story"


def wait_until(condition, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.fixture
def live(tmp_path):
    folder = tmp_path / "briefs"
    shutil.copytree(GOOD, folder)
    library = LiveLibrary(folder, 1 << 20)
    library.refresh()
    library.watch()
    time.sleep(0.3)  # let the watcher start before the test changes files
    yield library
    library.stop()


def brief_path(live: LiveLibrary, stem: str = STORY) -> Path:
    return live.briefs_dir / f"{stem}.yaml"


def test_an_edit_is_served_without_a_restart(live):
    old = live.current.get(STORY)
    path = brief_path(live)
    path.write_text(path.read_text(encoding="utf-8").replace(old.title, "A new headline"), encoding="utf-8")
    assert wait_until(lambda: live.current.get(STORY).title == "A new headline")


def test_a_broken_edit_keeps_the_last_good_version_and_says_where(live, caplog):
    path = brief_path(live)
    generation = live.generation
    path.write_text(path.read_text(encoding="utf-8").replace("status:", "status: [oops]\nold_status:", 1))
    assert wait_until(lambda: live.generation > generation)
    assert live.current.get(STORY) is not None
    (problem,) = [p for p in live.current.problems if p.severity == "error"]
    assert problem.path.endswith(f"{STORY}.yaml") and problem.line > 1
    assert "last good version" in problem.message


def test_a_new_file_appears_and_a_deleted_one_disappears(live):
    shutil.copy(brief_path(live), brief_path(live, "second-story"))
    assert wait_until(lambda: live.current.get("second-story") is not None)
    claimed = [p for p in live.current.problems if "also claimed by" in p.message]
    assert claimed and all(p.path.endswith("second-story.yaml") for p in claimed), "the copy's aliases clash"
    brief_path(live).unlink()
    assert wait_until(lambda: live.current.get(STORY) is None)
    assert live.current.get("second-story") is not None


def test_a_rename_moves_the_story(live):
    brief_path(live).rename(brief_path(live, "renamed-story"))
    assert wait_until(lambda: live.current.get("renamed-story") is not None and live.current.get(STORY) is None)


def test_editing_the_source_text_re_verifies_the_quotes(live):
    source = live.briefs_dir / "sources" / f"{STORY}.txt"
    generation = live.generation
    source.write_text("The story text no longer holds any of the quotes.\n", encoding="utf-8")
    assert wait_until(lambda: live.generation > generation)
    errors = [p for p in live.current.problems if p.severity == "error"]
    assert errors and all("not found verbatim" in p.message for p in errors)
    assert live.current.get(STORY) is not None, "the last good version stays in service"


def test_the_cache_never_serves_a_changed_or_tampered_brief(tmp_path):
    folder = tmp_path / "briefs"
    shutil.copytree(GOOD, folder)
    cache = BriefCache(tmp_path / "var" / "brief-cache.msgpack")
    first = LiveLibrary(folder, 1 << 20, cache)
    first.refresh()
    first.save_cache()
    cache.writer.join(timeout=30)
    assert cache.read(), "the first start writes the cache"
    path = folder / f"{STORY}.yaml"
    title = first.current.get(STORY).title
    path.write_text(path.read_text(encoding="utf-8").replace(title, "Edited while the bot was down"))
    second = LiveLibrary(folder, 1 << 20, cache)
    second.refresh()
    assert second.current.get(STORY).title == "Edited while the bot was down"
    second.save_cache()
    cache.writer.join(timeout=30)
    blob = bytearray(cache.path.read_bytes())
    blob[-5] ^= 0xFF
    cache.path.write_bytes(bytes(blob))
    assert cache.read() == {}, "an altered cache is ignored whole"
    third = LiveLibrary(folder, 1 << 20, cache)
    third.refresh()
    assert third.current.get(STORY).title == "Edited while the bot was down"

"""The brief library: the seed brief, the schema, the check command, lookups."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import msgspec
import yaml

from bot.briefs.library import load_library, name_key
from bot.briefs.loader import display_path, load_brief_file, read_regular_file
from bot.briefs.model import SECTIONS, Brief
from bot.briefs.quotes import QuoteSource, normalize_quote_text
from bot.cli.check import schema_text

REPO = Path(__file__).resolve().parent.parent
BRIEFS = REPO / "briefs"
SEED = BRIEFS / "microsoft-dea-facial-recognition.yaml"
SEED_PAGE = REPO / "tests" / "articles" / "seed.txt"  # the seed page as published, chrome and all


def run_cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_check_passes_on_the_repository_briefs():
    run = run_cli("check", "briefs/")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 error(s)" in run.stderr


def test_check_says_a_non_yaml_file_is_not_a_brief_and_warns_on_an_empty_folder(tmp_path):
    run = run_cli("check", "Makefile")
    assert run.returncode == 1 and "Makefile:1: not a brief" in run.stdout and "story id" not in run.stdout
    run = run_cli("check", str(tmp_path))
    assert run.returncode == 0 and "warning: no briefs here" in run.stdout
    run = run_cli("check", "--strict", str(tmp_path))
    assert run.returncode == 1


def test_check_json_format_is_machine_readable(tmp_path):
    bad = tmp_path / "broken-story.yaml"
    bad.write_text("title: [unclosed\n", encoding="utf-8")
    run = run_cli("check", "--format", "json", str(bad))
    assert run.returncode == 1
    report = json.loads(run.stdout)
    assert report["errors"] == 1 and report["problems"][0]["line"] >= 1


def test_seed_brief_loads_and_round_trips():
    result = load_brief_file(SEED, BRIEFS)
    assert result.brief is not None, [str(p) for p in result.problems]
    assert not result.problems
    brief = result.brief
    assert brief.id == "microsoft-dea-facial-recognition"
    encoded = msgspec.json.encode(brief)
    assert msgspec.json.decode(encoded, type=Brief) == brief
    again = msgspec.convert(yaml.safe_load(yaml.safe_dump(msgspec.to_builtins(brief))), Brief)
    assert again == brief


def test_seed_brief_has_the_real_dates_not_the_page_date():
    brief = load_brief_file(SEED, BRIEFS).brief
    assert brief.source.published.startswith("2020-06")
    assert brief.source.page_date == "2025-11-11"
    story_dates = [item.date for _, item in brief.all_items() if getattr(item, "date", None)]
    assert story_dates and not any(date.startswith("2025") for date in story_dates)
    timeline = [entry.date for entry in brief.timeline]
    assert "2017-09-15" in timeline and any(d.startswith("2019-10") for d in timeline)


def test_seed_brief_quotes_every_direct_quotation_verbatim():
    """Every quotation in the story text appears as a quote item, verbatim, with a speaker."""
    brief = load_brief_file(SEED, BRIEFS).brief
    story = (BRIEFS / brief.source.file).read_text(encoding="utf-8")
    source = QuoteSource("story", story)
    quoted = [normalize_quote_text(q.text) for q in brief.quotes]
    for quote in brief.quotes:
        assert source.contains(quote.text) and quote.speaker and quote.role
    import re

    for fragment in re.findall(r"[“\"]([^”\"]+)[”\"]", story.split("\n", 1)[1]):
        fragment = normalize_quote_text(fragment).rstrip(",")
        assert any(fragment in q or q in fragment for q in quoted), fragment
    crockford = [q for q in brief.quotes if "Crockford" in q.speaker]
    assert len(crockford) == 3 and all("ACLU" in q.role for q in crockford)


def test_seed_brief_holds_none_of_the_page_chrome():
    page = SEED_PAGE.read_text(encoding="utf-8")
    related = page.split("Related Articles", 1)[1]
    headlines = [line.strip() for line in related.splitlines() if len(line.strip()) > 25]
    assert len(headlines) > 40
    for path in (SEED, BRIEFS / "sources" / "microsoft-dea-facial-recognition.txt"):
        text = path.read_text(encoding="utf-8")
        for headline in headlines:
            assert headline not in text, headline
        assert "0:00" not in text and "Newsletter" not in text


def test_committed_schema_matches_the_model():
    assert (REPO / "config" / "brief.schema.json").read_text(encoding="utf-8") == schema_text()
    run = run_cli("schema")
    assert run.returncode == 0 and json.loads(run.stdout)["$defs"]["Brief"]["required"]


def test_item_ids_are_stable_when_other_items_are_added(tmp_path):
    good = (REPO / "tests" / "good_briefs" / "tiny-valid-story.yaml").read_text(encoding="utf-8")
    without_ids = "\n".join(line for line in good.splitlines() if not line.strip().startswith("id:")) + "\n"
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "tiny-valid-story.txt").write_text(
        (REPO / "tests" / "good_briefs" / "sources" / "tiny-valid-story.txt").read_text(encoding="utf-8")
    )
    path = tmp_path / "tiny-valid-story.yaml"
    path.write_text(without_ids, encoding="utf-8")
    before = {s: [i.id for i in load_brief_file(path, tmp_path).brief.items(s)] for s in SECTIONS}
    extra = without_ids.replace("facts:\n", "facts:\n  - text: A new fact added at the top.\n    basis: Desk.\n", 1)
    path.write_text(extra, encoding="utf-8")
    after = {s: [i.id for i in load_brief_file(path, tmp_path).brief.items(s)] for s in SECTIONS}
    assert after["facts"][1:] == before["facts"]
    assert all(after[s] == before[s] for s in SECTIONS if s != "facts")


def test_alias_lookup_is_exact_then_prefix_then_forgiving():
    library = load_library(BRIEFS)
    story = "microsoft-dea-facial-recognition"
    assert library.exact("Microsoft DEA").id == story
    assert library.find("microsoft-dea-fac").brief.id == story
    assert library.find("micrsoft dea").brief.id == story
    assert library.find("tsunami").brief is None
    assert name_key("  Microsoft--DEA ") == "microsoft dea"


def test_python_tags_never_execute(tmp_path):
    marker = tmp_path / "executed"
    path = tmp_path / "evil.yaml"
    path.write_text(f'title: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    run = run_cli("check", str(path))
    assert run.returncode == 1 and "not allowed" in run.stdout and "Traceback" not in run.stderr
    assert not marker.exists()


def test_a_source_reached_through_a_symlink_out_of_the_folder_is_refused(tmp_path):
    briefs, outside = tmp_path / "briefs", tmp_path / "outside"
    (briefs / "sources").mkdir(parents=True)
    outside.mkdir()
    (outside / "tiny-valid-story.txt").write_text(
        (REPO / "tests" / "good_briefs" / "sources" / "tiny-valid-story.txt").read_text(encoding="utf-8")
    )
    path = briefs / "tiny-valid-story.yaml"
    path.write_text((REPO / "tests" / "good_briefs" / "tiny-valid-story.yaml").read_text(encoding="utf-8"))
    (briefs / "sources" / "tiny-valid-story.txt").symlink_to(outside / "tiny-valid-story.txt")
    assert any("must be a path under" in p.message for p in load_brief_file(path, briefs).problems)
    (briefs / "sources" / "tiny-valid-story.txt").unlink()
    (briefs / "sources").rmdir()
    (briefs / "sources").symlink_to(outside)  # the whole folder a link out
    assert any("must be a path under" in p.message for p in load_brief_file(path, briefs).problems)
    (briefs / "sources").unlink()
    (briefs / "sources").mkdir()
    (briefs / "sources" / "tiny-valid-story.txt").write_text((outside / "tiny-valid-story.txt").read_text())
    assert load_brief_file(path, briefs).ok


def test_display_path_is_relative_under_the_working_folder_and_as_given_elsewhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert display_path(tmp_path / "briefs" / "a.yaml") == "briefs/a.yaml"
    assert display_path(Path("briefs/a.yaml")) == "briefs/a.yaml"
    assert display_path(tmp_path.parent / "elsewhere.yaml") == str(tmp_path.parent / "elsewhere.yaml")
    assert display_path(Path(str(tmp_path) + "-sibling") / "a.yaml") == str(tmp_path) + "-sibling/a.yaml"
    assert display_path(tmp_path / "briefs" / ".." / "a.yaml") == "a.yaml"
    assert display_path(Path("../a.yaml")) == "../a.yaml"


def test_read_regular_file_reads_to_the_limit_plus_one_byte(tmp_path):
    for size in (0, 1, 9, 10, 11, 5000):
        path = tmp_path / f"f{size}"
        path.write_bytes(bytes(range(256)) * (size // 256) + bytes(size % 256))
        assert read_regular_file(path, 10) == path.read_bytes()[:11]
        assert read_regular_file(path, 10_000) == path.read_bytes()


def test_the_library_keeps_each_briefs_answer_index_beside_it_built_once_and_bounded(tmp_path, monkeypatch):
    import bot.answer
    import bot.briefs.library

    built: list[str] = []

    def slow_build(brief):  # slow enough that every thread below asks before the first build ends
        built.append(brief.id)
        time.sleep(0.05)
        return bot.answer.build_index(brief)

    story = SEED.stem
    library = load_library(BRIEFS, index_with=slow_build)
    with ThreadPoolExecutor(8) as pool:
        indexes = list(pool.map(lambda _: library.index(story), range(16)))
    assert built == [story] and all(index is indexes[0] for index in indexes)
    assert library.get(story) is library.get(story) and library.index("no-such-story") is None
    assert load_library(BRIEFS, index_with=slow_build).index(story) is not indexes[0]  # a reload builds its own

    monkeypatch.setattr(bot.briefs.library, "DECODED_KEPT", 1)  # room for one decoded brief: its index goes with it
    folder = tmp_path / "briefs"
    shutil.copytree(BRIEFS, folder)
    shutil.copy(REPO / "tests" / "good_briefs" / "tiny-valid-story.yaml", folder)
    shutil.copy(REPO / "tests" / "good_briefs" / "sources" / "tiny-valid-story.txt", folder / "sources")
    two = load_library(folder, index_with=slow_build)
    built.clear()
    first = two.index(story)
    assert two.index("tiny-valid-story") is not None and two.index(story) is not first
    assert built == [story, "tiny-valid-story", story]

"""Adding a desk answer to a brief file: only the appended lines change, and nothing is written when it can't be
done cleanly (the file changed, the result would not validate, or other lines would be reformatted)."""

from __future__ import annotations

import difflib
import shutil
import sqlite3
from contextlib import closing

import pytest

from bot.briefs.edit import add_answered_question
from bot.briefs.library import load_library
from bot.briefs.loader import DEFAULT_MAX_BYTES
from bot.briefs.model import is_real_user
from bot.errors import ConfigError
from bot.settings import load_settings
from bot.store import Store
from tests.slackharness import REPO, STORY, copy_briefs

GOOD = (REPO / "tests" / "good_briefs").resolve()


def served(briefs, story=STORY):
    return load_library(briefs).briefs[story]


def add(briefs, question="who paid for the demo?", answer="Microsoft did.", story=STORY):
    path = briefs / f"{story}.yaml"
    return add_answered_question(
        path, served(briefs, story), question, answer, "Desk answer, Ann, 2026-12-01", briefs, DEFAULT_MAX_BYTES
    )


def test_the_new_question_is_appended_validated_and_cited_by_a_fresh_id(tmp_path):
    briefs = copy_briefs(tmp_path / "briefs")
    first = add(briefs)
    second = add(briefs)  # the same question again gets an id of its own
    assert first.written and second.written and first.item_id != second.item_id
    brief = load_library(briefs).get(STORY)
    section, item = brief.item(second.item_id)
    assert section == "questions" and item.status == "answered" and item.answer == "Microsoft did."
    assert item.basis == "Desk answer, Ann, 2026-12-01"


def test_a_multi_line_answer_is_kept_line_for_line(tmp_path):
    briefs = copy_briefs(tmp_path / "briefs")
    edit = add(briefs, answer="First line.\nSecond line: with a colon.")
    assert edit.written
    assert load_library(briefs).get(STORY).item(edit.item_id)[1].answer == "First line.\nSecond line: with a colon."


def test_an_answer_that_would_not_validate_is_not_written(tmp_path):
    briefs = copy_briefs(tmp_path / "briefs")
    before = (briefs / f"{STORY}.yaml").read_bytes()
    edit = add(briefs, answer="")  # an answered question with no answer fails `briefbot check`
    assert not edit.written and "would not pass `briefbot check`" in edit.reason and "no answer" in edit.reason
    assert (briefs / f"{STORY}.yaml").read_bytes() == before
    assert not list(briefs.glob(".*.tmp"))  # no temporary file left behind


def test_a_file_changed_since_it_was_loaded_is_left_alone(tmp_path):
    briefs = copy_briefs(tmp_path / "briefs")
    path = briefs / f"{STORY}.yaml"
    loaded = served(briefs)
    path.write_text(path.read_text().replace('title: "', 'title: "Updated: ', 1))
    changed = path.read_bytes()
    edit = add_answered_question(path, loaded, "q?", "a.", "Desk answer, Ann, 2026-12-01", briefs, DEFAULT_MAX_BYTES)
    assert not edit.written and "changed on disk" in edit.reason and path.read_bytes() == changed


def test_a_brief_without_questions_gets_the_key_and_nothing_else_changes(tmp_path):
    briefs = tmp_path / "briefs"
    shutil.copytree(GOOD, briefs)
    target = briefs / "tiny-valid-story.yaml"
    text = target.read_text()
    start, end = text.index("questions:\n"), text.index("timeline:\n")
    before = text[:start] + text[end:]  # the same brief with no questions at all
    target.write_text(before)
    edit = add(briefs, story="tiny-valid-story")
    assert edit.written and target.read_text().startswith(before)
    assert target.read_text()[len(before) :].startswith("questions:\n  - id: question-who-paid-for-the-demo")
    assert load_library(briefs).get("tiny-valid-story").item(edit.item_id)


def test_an_escape_the_editor_wrote_stays_as_written(tmp_path):
    """A dump would spell an escape ("\\u00a0", a no-break space) as the raw character; the file keeps the escape."""
    briefs = tmp_path / "briefs"
    shutil.copytree(GOOD, briefs)
    target = briefs / "tiny-valid-story.yaml"
    text = target.read_text().replace("    role: council transport lead", '    role: "council\\u00a0transport lead"')
    assert "\\u00a0" in text
    target.write_text(text)
    edit = add(briefs, story="tiny-valid-story")
    assert edit.written, edit.reason
    after = target.read_text()
    assert '"council\\u00a0transport lead"' in after and "\u00a0" not in after
    matcher = difflib.SequenceMatcher(None, text.splitlines(True), after.splitlines(True), autojunk=False)
    assert [op[0] for op in matcher.get_opcodes() if op[0] != "equal"] == ["insert"]


def test_placeholder_user_ids_are_not_real():
    assert is_real_user("U012AB3CDE") and is_real_user("W0EDITOR")
    assert not is_real_user("U0000000000") and not is_real_user("UXXXXXXXX") and not is_real_user("editor")
    assert not is_real_user(None) and not is_real_user("")


def test_briefbot_desk_must_be_slack_user_ids():
    assert load_settings({"BRIEFBOT_DESK": "U0ONE, W0TWO"}, dotenv=False).desk == frozenset({"U0ONE", "W0TWO"})
    with pytest.raises(ConfigError, match="BRIEFBOT_DESK"):
        load_settings({"BRIEFBOT_DESK": "U0ONE,@ann"}, dotenv=False)


def test_an_inbox_from_before_answering_gains_the_handling_columns_and_keeps_its_questions(tmp_path):
    db = tmp_path / "old.sqlite3"
    with closing(sqlite3.connect(db)) as conn:
        conn.execute(
            "CREATE TABLE inbox (id INTEGER PRIMARY KEY, story TEXT NOT NULL, question TEXT NOT NULL, "
            "user TEXT NOT NULL, channel TEXT NOT NULL, thread_ts TEXT NOT NULL, asked REAL NOT NULL)"
        )
        conn.execute("INSERT INTO inbox VALUES (1, 's', 'old question?', 'U0A', 'C0', '1.0', 1.0)")
        conn.commit()
    store = Store(db)
    (entry,) = store.inbox()
    assert entry.question == "old question?" and entry.waiting
    assert store.answer_entry(1, "U0ED", "Ed", "yes") and not store.answer_entry(1, "U0ED2", "Ed2", "no")
    assert not store.dismiss_entry(1, "U0ED2") and store.inbox() == [] and store.waiting("s") == 0
    assert store.inbox_entry(1).answered_by == "U0ED" and Store(db).inbox(include_handled=True)[0].answer == "yes"


def test_every_brief_in_the_repository_takes_a_desk_answer_as_an_insertion_only(tmp_path):
    """The seed brief, the answer-quality stories and the good fixtures: each edit is lines inserted, nothing else."""
    paths = sorted(
        [*(REPO / "briefs").glob("*.yaml"), *(REPO / "tests" / "stories").glob("*/briefs/*.yaml"), *GOOD.glob("*.yaml")]
    )
    assert len(paths) >= 10
    for number, path in enumerate(paths):
        folder = shutil.copytree(path.parent, tmp_path / str(number))
        target = folder / path.name
        before = target.read_text()
        if number % 2:  # half of them without a final newline
            target.write_text(before.rstrip("\n"))
        edit = add(folder, answer="Yes.\nOn two lines.", story=target.stem)
        assert edit.written, f"{path}: {edit.reason}"
        after = target.read_text()
        kept = before if before.endswith("\n") else before + "\n"
        matcher = difflib.SequenceMatcher(None, kept.splitlines(True), after.splitlines(True), autojunk=False)
        assert [op[0] for op in matcher.get_opcodes() if op[0] != "equal"] == ["insert"], path
        assert load_library(folder).get(target.stem).item(edit.item_id)

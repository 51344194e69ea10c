"""What changed between two versions of a brief (pure), and how `briefbot check` treats corrections."""

from __future__ import annotations

import shutil
from pathlib import Path

import msgspec

from bot.briefs.changes import brief_digest, diff_briefs, shows_before
from bot.briefs.loader import load_brief_bytes
from bot.briefs.model import Fact, StoredBrief
from bot.store import Store
from bot.store.versions import UpdatePost
from bot.updates import ThreadState, plan_updates, thread_state
from tests.slackharness import REPO
from tests.test_console import run_briefbot

GOOD = REPO / "tests" / "good_briefs"
TINY = "tiny-valid-story"
QUOTE_BLOCK = """  - id: quote-holt-no-choice
    text: We have no choice but to close it
    speaker: Mara Holt
    role: the council's transport lead
    date: "2024-03-04"
    context: At a meeting of the works committee.
"""


def load(text: str, folder: Path = GOOD):
    result = load_brief_bytes(text.encode(), folder / f"{TINY}.yaml", folder)
    assert result.ok, result.problems
    return result.brief


def tiny_text() -> str:
    return (GOOD / f"{TINY}.yaml").read_text(encoding="utf-8")


def test_comments_whitespace_and_key_order_leave_the_digest_alone_and_a_word_does_not():
    text = tiny_text()
    lines = text.splitlines(keepends=True)
    shuffled = "# comment\n" + lines[1] + "\n" + lines[0].rstrip("\n") + "   # the title\n" + "".join(lines[2:])
    digest = brief_digest(StoredBrief.of(load(text)))
    assert brief_digest(StoredBrief.of(load(shuffled))) == digest
    changed = text.replace("six weeks.", "seven weeks.")
    assert brief_digest(StoredBrief.of(load(changed))) != digest


def test_the_diff_names_each_item_and_field_by_id():
    old = load(tiny_text())
    quote = msgspec.structs.replace(old.quotes[0], speaker="M. Holt", date="2024-03-05")
    answered = msgspec.structs.replace(old.questions[0], status="answered", answer="Yes.")
    new = msgspec.structs.replace(
        old,
        title="A new title",
        quotes=[quote, *old.quotes[1:]],
        questions=[answered, *old.questions[1:]],
        facts=[*old.facts, Fact(id="fact-new", text="Tolls are waived.", basis="The story.")],
        people=old.people[:1],
    )
    change = diff_briefs(old, new)
    found = {(c.kind, c.id): c.fields for c in change.items}
    assert found == {
        ("changed", "quote-holt-no-choice"): ("speaker", "date"),
        ("changed", old.questions[0].id): ("status", "answer"),
        ("added", "fact-new"): (),
        ("withdrawn", old.people[1].id): (),
    }
    assert change.title and not change.summary and not change.corrections
    assert diff_briefs(old, old).empty


def test_what_it_said_before_is_shown_for_quotes_names_dates_and_figures_only():
    fact = Fact(id="fact-a", text="The council met.", basis="The story.")
    assert not shows_before("facts", fact, msgspec.structs.replace(fact, text="The council met twice."), ("text",))
    assert shows_before("facts", fact, msgspec.structs.replace(fact, text="The council met 3 times."), ("text",))
    assert shows_before("facts", fact, msgspec.structs.replace(fact, date="2024"), ("date",))


def brief_folder(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "briefs"
    shutil.copytree(GOOD, folder)
    (folder / f"{TINY}.yaml").write_text(text, encoding="utf-8")
    return folder


def test_check_verifies_correction_dates_and_items_against_recorded_versions(tmp_path):
    original = tiny_text()
    withdrawn = original.replace(QUOTE_BLOCK, "") + (
        'corrections:\n  - date: "2024-03-06"\n    text: The quote was misattributed.\n'
        "    items: [quote-holt-no-choice]\n"
    )
    folder = brief_folder(tmp_path, withdrawn)
    path = str(folder / f"{TINY}.yaml")
    line = withdrawn.splitlines().index("    items: [quote-holt-no-choice]") + 1

    run = run_briefbot(["check", path], BRIEFBOT_DB=str(tmp_path / "none.sqlite3"))
    warning = f"{TINY}.yaml:{line}: warning: correction names item 'quote-holt-no-choice'"
    assert run.returncode == 0 and warning in run.stdout
    assert "BRIEFBOT_DB" in run.stdout, "without history, a warning says where history comes from"

    db = tmp_path / "var" / "briefbot.sqlite3"
    stored = StoredBrief.of(load(original))
    Store(db).record_first_versions([(TINY, brief_digest(stored), stored.blob)])
    run = run_briefbot(["check", path], BRIEFBOT_DB=str(db))
    assert run.returncode == 0 and run.stdout == "", "the withdrawn quote was in a recorded version"

    unknown = withdrawn.replace("items: [quote-holt-no-choice]", "items: [quote-never-there]")
    (folder / f"{TINY}.yaml").write_text(unknown.replace('date: "2024-03-06"', 'date: "2024-02-30"'))
    run = run_briefbot(["check", path], BRIEFBOT_DB=str(db))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert f"{TINY}.yaml:{line}: correction names item 'quote-never-there', which is in neither" in run.stdout
    assert "invalid date '2024-02-30': no such day" in run.stdout


def test_where_a_thread_stands_for_a_new_version():
    now = 1_000_000.0
    assert thread_state("C", "1.0", None, 1, 2, now) == ThreadState("C", "1.0", 1, None, now), "posted at v1"
    assert thread_state("C", "1.0", None, None, 2, now).base_seq == 1, "posted before any history: the version before"
    assert thread_state("C", "1.0", None, 2, 2, now) is None, "posted after v2 was recorded: nothing to hear"
    recent = UpdatePost(seq=2, base_seq=1, ts="5.0", posted=now - 30)
    assert thread_state("C", "1.0", recent, 1, 3, now) == ThreadState("C", "1.0", 1, "5.0", now - 30), "edit it"
    assert thread_state("C", "1.0", recent, 1, 2, now) is None, "already told"
    older = recent._replace(posted=now - 120)
    assert thread_state("C", "1.0", older, 1, 3, now) == ThreadState("C", "1.0", 2, None, now), "a new message"


def test_the_plan_tells_each_thread_what_changed_since_its_base_and_skips_a_thread_with_nothing_new():
    v1 = load(tiny_text())
    v2 = msgspec.structs.replace(v1, quotes=v1.quotes[1:])
    v3 = msgspec.structs.replace(v2, summary="A new summary.")
    versions = {1: v1, 2: v2, 3: v3}
    threads = [
        ThreadState("C1", "1.0", 1, None, 0.0, frozenset({"quote-holt-no-choice"})),
        ThreadState("C2", "2.0", 2, None, 0.0),
        ThreadState("C3", "3.0", 3, None, 0.0),
    ]
    plans = {plan.channel: plan for plan in plan_updates(TINY, v3, threads, versions.get)}
    assert set(plans) == {"C1", "C2"}
    assert plans["C1"].metadata["event_payload"] == {"story": TINY, "items": ["quote-holt-no-choice"]}
    first = str(plans["C1"].message.blocks)
    assert "Withdrawn" in first and "Summary" in first and "An earlier answer here cited" in first
    second = str(plans["C2"].message.blocks)
    assert "Withdrawn" not in second and "Summary" in second

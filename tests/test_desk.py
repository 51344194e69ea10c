"""The desk in Slack through the real HTTP path: the Home tab, Answer and Dismiss, the answer modal, the brief
that learns from the answer, and requests from people who are not on the desk."""

from __future__ import annotations

import difflib
import json
import subprocess
import sys
import threading
import time

import pytest

from bot import ids
from bot.console import payloads
from bot.console.fakeslack import sign
from tests.slackharness import REPO, SECRET, STORY, copy_briefs, start_harness, stop_harness

EDITOR = "U0EDITOR1"  # named in the brief's editors
DESK = "U0DESK2"  # on the desk through BRIEFBOT_DESK
REPORTER = "U0REPORTER"
QUESTION = "did Amazon stock go up after the pledge?"
DESK_ROW = "The desk: answers from two editors at once, a brief edited under it, requests from off the desk"
DESK_OUTCOME = "one answer posted and recorded; an edited brief never overwritten; nothing changed or posted otherwise"


@pytest.fixture
def desk(tmp_path):
    """The app with the brief's placeholder editor replaced by a real Slack id, and one more desk member."""
    briefs = copy_briefs(tmp_path / "briefs")
    path = briefs / f"{STORY}.yaml"
    path.write_text(path.read_text().replace('slack: "U0000000000"', f'slack: "{EDITOR}"'))
    running = start_harness(briefs, tmp_path / "var" / "briefbot.sqlite3", desk=frozenset({DESK}))
    running.brief_path = path
    yield running
    stop_harness(running)


def post_brief(harness, channel: str = "C0NEWS") -> str:
    harness.command(STORY, channel=channel)
    ts = harness.posts(channel=channel)[0].response["ts"]
    harness.wait_for_thread(channel, ts)
    return ts


def thread_answers(harness, channel: str, ts: str, count: int = 1) -> list:
    return harness.fake.wait_for(
        "chat.postMessage", count=count, channel=channel, thread_ts=ts,
        metadata=lambda m: (m or {}).get("event_type") == ids.EVENT_BRIEF_ANSWER,
    )  # fmt: skip


def file_question(harness, question: str = QUESTION) -> tuple[str, object]:
    """A reporter asks in a brief's thread what the brief does not cover; (thread ts, the inbox entry)."""
    ts = post_brief(harness)
    harness.reply("C0NEWS", ts, question, user=REPORTER)
    (answer,) = thread_answers(harness, "C0NEWS", ts)
    assert answer.params["metadata"]["event_payload"]["items"] == []
    (entry,) = harness.store.inbox(STORY)
    # The desk's Homes are republished once the answer is out: wait for it, so later publishes are the test's own.
    for member in (EDITOR, DESK):
        harness.fake.wait_for("views.publish", user_id=member, view=lambda view: question in json.dumps(view))
    return ts, entry


def homes(harness, user: str, count: int = 1) -> list[dict]:
    return [call.params["view"] for call in harness.fake.wait_for("views.publish", count=count, user_id=user)]


def submit(harness, entry_id: int, user: str, text: str, add: bool = False) -> tuple[int, dict]:
    values = {
        ids.BLOCK_ANSWER_TEXT: {ids.ACTION_ANSWER_TEXT: {"type": "plain_text_input", "value": text}},
        ids.BLOCK_ADD_TO_BRIEF: {
            ids.ACTION_ADD_TO_BRIEF: {"type": "checkboxes", "selected_options": [{"value": "add"}] if add else []}
        },
    }
    body = payloads.view_submission(ids.VIEW_ANSWER, str(entry_id), user, values)
    status, response = harness.send_for_body(body, payloads.FORM)
    return status, json.loads(response) if response.strip() else {}


def test_a_desk_members_home_shows_the_new_question_and_anyone_elses_shows_only_the_stories(desk):
    ts, entry = file_question(desk)
    # The question's arrival refreshes every desk member's Home, with a link to the question in its thread.
    for member in (EDITOR, DESK):
        view = json.dumps(homes(desk, member)[-1])
        assert QUESTION in view and ids.ACTION_ANSWER in view and ids.ACTION_DISMISS in view
    entry = desk.store.inbox_entry(entry.id)
    assert f"thread_ts={ts}&cid=C0NEWS" in entry.permalink and entry.permalink.replace("&", "&amp;") in view
    desk.event(payloads.app_home_opened(REPORTER))
    (home,) = homes(desk, REPORTER)
    text = json.dumps(home)
    brief = desk.library.current.get(STORY)
    assert home["type"] == "home" and json.dumps(brief.title)[1:-1] in text
    assert "Desk inbox" not in text and QUESTION not in text
    assert ids.ACTION_ANSWER not in text and ids.ACTION_DISMISS not in text
    desk.event(payloads.app_home_opened(EDITOR))
    opened = homes(desk, EDITOR, count=2)[-1]
    assert "Desk inbox (1 waiting)" in json.dumps(opened) and entry.permalink.replace("&", "&amp;") in json.dumps(
        opened
    )


def test_answer_with_add_to_the_brief_reaches_the_asker_and_the_brief_learns_it_without_a_restart(desk):
    desk.library.watch()
    ts, entry = file_question(desk)
    before = desk.brief_path.read_text()
    desk.send(payloads.home_button_press(ids.ACTION_ANSWER, str(entry.id), EDITOR), payloads.FORM)
    (opened,) = desk.fake.wait_for("views.open")
    modal = opened.params["view"]
    assert modal["callback_id"] == ids.VIEW_ANSWER and modal["private_metadata"] == str(entry.id)
    assert QUESTION in json.dumps(modal) and ids.BLOCK_ADD_TO_BRIEF in json.dumps(modal)

    status, ack = submit(desk, entry.id, EDITOR, "No: the story does not mention Amazon's stock.", add=True)
    assert status == 200 and "errors" not in ack
    replies = thread_answers(desk, "C0NEWS", ts, count=2)
    desk.settle()
    desk_replies = [c for c in desk.fake.calls("chat.postMessage", thread_ts=ts) if f"<@{REPORTER}>" in str(c.params)]
    assert len(desk_replies) == 1 and desk_replies[0] is replies[1]
    shown = json.dumps(desk_replies[0].params["blocks"])
    assert "Amazon's stock" in shown and "Story editor" in shown  # the editor, by the name the brief gives

    after = desk.brief_path.read_text()
    diff = [line for line in difflib.ndiff(before.splitlines(True), after.splitlines(True)) if line[:1] in "+-"]
    assert all(line.startswith("+ ") for line in diff) and len(diff) == 5
    added = "".join(line[2:] for line in diff)
    assert f'text: "{QUESTION}"' in added and "status: answered" in added
    assert f'basis: "Desk answer, Story editor, {time.strftime("%Y-%m-%d")}"' in added
    assert after.replace(added, "", 1) == before  # everything else byte for byte
    check = subprocess.run(
        [sys.executable, "-m", "bot", "check", str(desk.brief_path.parent)], capture_output=True, text=True, cwd=REPO
    )
    assert check.returncode == 0, check.stdout + check.stderr

    record = desk.store.inbox_entry(entry.id)
    assert (record.answered_by, record.answered_by_name) == (EDITOR, "Story editor") and record.answered
    assert record.answer == "No: the story does not mention Amazon's stock." and not desk.store.inbox(STORY)
    item_id = desk_replies[0].params["metadata"]["event_payload"]["items"][0]
    note = desk.fake.wait_for("chat.postMessage", channel=EDITOR)[0]
    assert "Added to the brief" in json.dumps(note.params["blocks"]) and item_id in json.dumps(note.params)

    deadline = time.monotonic() + 10
    while desk.library.current.get(STORY).item(item_id) is None and time.monotonic() < deadline:
        time.sleep(0.05)
    new_ts = post_brief(desk, channel="C0OTHER")
    desk.reply("C0OTHER", new_ts, QUESTION, user="U0SECOND")
    (answer,) = thread_answers(desk, "C0OTHER", new_ts)
    assert item_id in answer.params["metadata"]["event_payload"]["items"]
    assert "Amazon's stock" in json.dumps(answer.params["blocks"]) and not desk.store.inbox(STORY)


@pytest.mark.reliability(DESK_ROW, case="Answer, Dismiss and a submission from off the desk", outcome=DESK_OUTCOME)
def test_someone_not_on_the_desk_can_neither_answer_nor_dismiss(desk):
    ts, entry = file_question(desk)
    before = desk.brief_path.read_bytes()
    desk.settle()
    posts_before = len(desk.fake.calls("chat.postMessage"))
    assert desk.send(payloads.home_button_press(ids.ACTION_ANSWER, str(entry.id), REPORTER), payloads.FORM) == 200
    assert desk.send(payloads.home_button_press(ids.ACTION_DISMISS, str(entry.id), REPORTER), payloads.FORM) == 200
    status, ack = submit(desk, entry.id, REPORTER, "Yes it did", add=True)
    assert status == 200 and ack["response_action"] == "errors"
    desk.settle()
    assert desk.store.inbox_entry(entry.id).waiting
    assert not desk.fake.calls("views.open")
    assert len(desk.fake.calls("chat.postMessage")) == posts_before
    assert desk.brief_path.read_bytes() == before


def test_forged_and_replayed_submissions_are_refused(desk):
    ts, entry = file_question(desk)
    values = {ids.BLOCK_ANSWER_TEXT: {ids.ACTION_ANSWER_TEXT: {"value": "forged"}}}
    body = payloads.view_submission(ids.VIEW_ANSWER, str(entry.id), EDITOR, values)
    assert desk.send(body, payloads.FORM, secret="not-the-secret") == 401
    stale = sign(SECRET, body, timestamp=int(time.time()) - 600)
    assert desk.send(body, payloads.FORM, headers=stale) == 401
    desk.settle()
    assert desk.store.inbox_entry(entry.id).waiting
    assert len(thread_answers(desk, "C0NEWS", ts)) == 1  # only the bot's own "not covered"


@pytest.mark.reliability(DESK_ROW, case="two editors submit at once", outcome=DESK_OUTCOME)
def test_two_editors_answering_at_once_one_answer_is_posted_and_the_other_is_told_who(desk):
    ts, entry = file_question(desk)
    start = threading.Barrier(2)
    results = {}

    def answer(user: str) -> None:
        start.wait()
        results[user] = submit(desk, entry.id, user, f"answer from {user}")

    threads = [threading.Thread(target=answer, args=(user,)) for user in (EDITOR, DESK)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    thread_answers(desk, "C0NEWS", ts, count=2)
    desk.settle()
    posted = [c for c in desk.fake.calls("chat.postMessage", thread_ts=ts) if "answer from" in str(c.params)]
    assert len(posted) == 1
    record = desk.store.inbox_entry(entry.id)
    loser = DESK if record.answered_by == EDITOR else EDITOR
    assert "errors" not in results[record.answered_by][1]
    error = results[loser][1]["errors"][ids.BLOCK_ANSWER_TEXT]
    assert error.startswith("Already answered by ") and (record.answered_by_name or record.answered_by) in error
    assert f"answer from {record.answered_by}" in str(posted[0].params)


@pytest.mark.reliability(DESK_ROW, case="brief edited on disk after loading", outcome=DESK_OUTCOME)
def test_a_brief_edited_on_disk_after_loading_is_not_overwritten_and_the_answer_still_goes_out(desk):
    ts, entry = file_question(desk)
    edited = desk.brief_path.read_text().replace("summary: >-", "summary: >-\n  An editor's new first line.", 1)
    desk.brief_path.write_text(edited)  # not reloaded yet: the bot still serves the version it loaded
    status, ack = submit(desk, entry.id, EDITOR, "Not that we know.", add=True)
    assert status == 200 and "errors" not in ack
    (reply,) = [c for c in thread_answers(desk, "C0NEWS", ts, count=2) if f"<@{REPORTER}>" in str(c.params)]
    assert reply.params["metadata"]["event_payload"]["items"] == []
    assert desk.brief_path.read_text() == edited
    note = json.dumps(desk.fake.wait_for("chat.postMessage", channel=EDITOR)[0].params["blocks"])
    assert "Not added to the brief" in note and "changed on disk" in note
    assert desk.store.inbox_entry(entry.id).answer == "Not that we know."


def test_dismiss_records_who_and_takes_the_question_off_every_desk_home(desk):
    ts, entry = file_question(desk)
    published = len(desk.fake.calls("views.publish", user_id=DESK))
    desk.send(payloads.home_button_press(ids.ACTION_DISMISS, str(entry.id), EDITOR), payloads.FORM)
    home = homes(desk, DESK, count=published + 1)[-1]
    record = desk.store.inbox_entry(entry.id)
    assert record.dismissed_by == EDITOR and record.dismissed and record.answered is None
    assert QUESTION not in json.dumps(home) and "Desk inbox (0 waiting)" in json.dumps(home)
    desk.send(payloads.home_button_press(ids.ACTION_ANSWER, str(entry.id), DESK), payloads.FORM)
    (opened,) = desk.fake.wait_for("views.open")
    assert "Already dismissed by" in json.dumps(opened.params["view"])


def test_ask_the_desk_after_an_unanswered_question_says_who_asked_what_and_mentions_the_real_editor(desk):
    ts, entry = file_question(desk)
    desk.press(ids.ACTION_ASK_DESK, STORY, "C0NEWS", ts, user=REPORTER)
    (post,) = [c for c in desk.fake.wait_for("chat.postMessage", count=2, thread_ts=ts) if not c.params.get("metadata")]
    text = post.params["blocks"][0]["text"]["text"]
    assert text.startswith(f"<@{EDITOR}>: <@{REPORTER}> asked “{QUESTION}” about *")
    assert text.endswith("and the brief doesn't cover it. The question is in the desk's inbox.")
    assert [e.id for e in desk.store.inbox(STORY)] == [entry.id]  # already there; not filed twice


def test_anyone_can_post_a_story_from_their_home_in_a_channel_they_choose(desk):
    desk.event(payloads.app_home_opened(REPORTER))
    (home,) = homes(desk, REPORTER)
    buttons = [b["accessory"] for b in home["blocks"] if b.get("accessory", {}).get("action_id")]
    assert [b["value"] for b in buttons if b["action_id"] == ids.ACTION_POST_STORY] == [STORY]
    desk.send(payloads.home_button_press(ids.ACTION_POST_STORY, STORY, REPORTER), payloads.FORM)
    (opened,) = desk.fake.wait_for("views.open")
    assert opened.params["view"]["callback_id"] == ids.VIEW_POST_STORY
    values = {
        ids.BLOCK_CHANNEL: {ids.ACTION_CHANNEL: {"type": "conversations_select", "selected_conversation": "C0DESK"}}
    }
    body = payloads.view_submission(ids.VIEW_POST_STORY, STORY, REPORTER, values)
    assert desk.send(body, payloads.FORM) == 200
    (post,) = desk.posts(channel="C0DESK")
    assert post.params["metadata"]["event_payload"] == {"story": STORY, "section": "overview"}
    assert desk.wait_for_thread("C0DESK", post.response["ts"]) == STORY  # replies in its thread are answered


def test_every_view_the_desk_sends_is_valid_block_kit(desk):
    """Home tabs and modals as sent, parsed and validated by slack_sdk's Block Kit models."""
    from slack_sdk.models.views import View

    ts, entry = file_question(desk)
    desk.event(payloads.app_home_opened(EDITOR))
    desk.send(payloads.home_button_press(ids.ACTION_ANSWER, str(entry.id), EDITOR), payloads.FORM)
    desk.send(payloads.home_button_press(ids.ACTION_POST_STORY, STORY, EDITOR), payloads.FORM)
    desk.fake.wait_for("views.open", count=2)
    sent = [c.params["view"] for c in desk.fake.calls("views.publish") + desk.fake.calls("views.open")]
    assert {view["type"] for view in sent} == {"home", "modal"}
    for view in sent:
        View(**view).validate_json()


def test_the_manifest_turns_on_what_the_desk_needs():
    import yaml

    manifest = yaml.safe_load((REPO / "config" / "manifest.yml").read_text())
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True  # the notes to an answering editor
    assert "app_home_opened" in manifest["settings"]["event_subscriptions"]["bot_events"]
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert "chat:write" in manifest["oauth_config"]["scopes"]["bot"]


@pytest.mark.reliability(DESK_ROW, case="two answers added in a row", outcome=DESK_OUTCOME)
def test_two_answers_added_to_the_same_brief_one_after_the_other_are_both_kept(desk):
    ts = post_brief(desk)
    for count, question in enumerate((QUESTION, "who paid for the demo in Reston?"), start=1):
        desk.reply("C0NEWS", ts, question, user=REPORTER)  # as people do: the second after the first is answered
        thread_answers(desk, "C0NEWS", ts, count=count)
    first, second = desk.store.inbox(STORY)
    before = desk.brief_path.read_text()
    for entry in (first, second):  # no pause: the first edit is in service before the second compares with it
        assert submit(desk, entry.id, EDITOR, f"Answer to {entry.question}", add=True)[0] == 200
    notes = desk.fake.wait_for("chat.postMessage", count=2, channel=EDITOR)
    assert all("Added to the brief" in json.dumps(note.params["blocks"]) for note in notes)
    after = desk.brief_path.read_text()
    assert f'"Answer to {QUESTION}"' in after and '"Answer to who paid for the demo in Reston?"' in after
    assert len(after.splitlines()) == len(before.splitlines()) + 10
    brief = desk.library.current.get(STORY)
    assert sum(q.basis is not None and q.basis.startswith("Desk answer") for q in brief.questions) == 2

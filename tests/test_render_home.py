"""The Home tab and the desk's messages as Block Kit: within Slack's limits however full the inbox, and inert."""

from __future__ import annotations

import json

from slack_sdk.models.views import View

from bot.briefs.edit import BriefEdit
from bot.briefs.library import load_library
from bot.briefs.model import StoredBrief
from bot.render.home import MAX_VIEW_BLOCKS, desk_answer_message, editor_note, home_view
from bot.store import InboxEntry
from tests.slackharness import REPO, STORY

HOSTILE = "<!channel> *bold* <@U0VICTIM> <https://evil.example|click>"


def entry(number: int, story: str = STORY, question: str = "what happened next?", **fields) -> InboxEntry:
    return InboxEntry(number, story, question, "U0ASKER", "C0NEWS", f"17000000{number:02d}.000100", 1.7e9 + number,
                      **fields)  # fmt: skip


def stories(count: int) -> list[StoredBrief]:
    seed = load_library(REPO / "briefs").briefs[STORY]
    return [StoredBrief(f"story-{n}", f"Story {n}", "published", "2026-01-01", [], seed.blob) for n in range(count)]


def test_a_full_inbox_and_many_stories_stay_within_a_home_tabs_limits_and_say_how_many_more():
    inbox = [entry(n, story=f"story-{n % 40}") for n in range(300)]
    view = home_view(stories(500), inbox, {f"story-{n}": f"Story {n}" for n in range(40)})
    assert len(view["blocks"]) <= MAX_VIEW_BLOCKS
    View(**view).validate_json()
    text = json.dumps(view)
    assert "Desk inbox (300 waiting)" in text and "280 more" in text and "485 more" in text
    newest = next(b for b in view["blocks"] if "what happened next" in json.dumps(b))
    assert "1700000299" in json.dumps(newest)  # newest first


def test_question_and_answer_text_cannot_mention_broadcast_or_link():
    view = json.dumps(home_view([], [entry(1, question=HOSTILE)], {STORY: HOSTILE}))
    message = desk_answer_message(entry(1, question=HOSTILE, answer=HOSTILE), HOSTILE, None)
    note = editor_note(entry(1, question=HOSTILE), True, BriefEdit(False, HOSTILE))
    for shown in (view, *(json.dumps(m.blocks) for m in (message, note))):
        assert "<!channel>" not in shown and "<@U0VICTIM>" not in shown and "<https://evil" not in shown
    assert "<@U0ASKER>" in json.dumps(message.blocks)  # the asker is mentioned, from the stored id

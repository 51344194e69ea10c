"""Two running apps side by side: one with a restricted brief, one where that brief was never written.

Whatever a stranger does, the first must send exactly what the second sends.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from bot import ids
from bot.console import payloads
from bot.console.fakeslack import BOT_USER_ID
from tests.slackharness import REPO, Harness

ACCESS_BRIEFS = Path(__file__).resolve().parent / "access_briefs"
SECRET_STORY = "quillon-quarry-inquiry"
PUBLIC_NEIGHBOUR = "quillon-ferry-timetable"
LISTED_CHANNEL, OTHER_CHANNEL = "C0SECRET", "C0OTHER"
EDITOR, INSIDER, STRANGER = "U0EDITOR", "U0INSIDER", "U0STRANGER"
# Text only the restricted brief holds: none of it may reach anyone it is hidden from, unless they typed it.
SECRET_WORDS = ("vexmoor", "brackwater", "ostrander", "zephyrite", "crewdson", "quarry", "blasting", "shareholding")
SENT = ("chat.postMessage", "chat.postEphemeral", "chat.update", "response_url", "views.publish", "views.open")


def lay_out(folder: Path, with_secret: bool) -> Path:
    """The repository's briefs, the public neighbour and (or not) the restricted brief."""
    shutil.copytree(REPO / "briefs", folder)
    shutil.copy(ACCESS_BRIEFS / f"{PUBLIC_NEIGHBOUR}.yaml", folder)
    if with_secret:
        shutil.copy(ACCESS_BRIEFS / f"{SECRET_STORY}.yaml", folder)
    return folder


def sent_since(harness: Harness, start: int) -> list[tuple]:
    """What reached people since call number `start`: each message's kind, where, text, blocks and metadata."""
    out = []
    for call in harness.fake.calls()[start:]:
        if call.method not in SENT:
            continue
        params = call.params
        out.append(
            (
                call.method,
                params.get("channel"),
                params.get("user"),
                bool(params.get("thread_ts")),
                params.get("response_type"),
                params.get("text"),
                params.get("blocks"),
                params.get("metadata"),
                params.get("view"),
            )
        )
    return out


def leaked_words(sent: list[tuple], typed: str) -> set[str]:
    """Words of the restricted brief in what was sent, other than those the person typed themselves."""
    text = " ".join(str(item) for item in sent).lower()
    own = typed.lower()
    return {word for word in SECRET_WORDS if word in text and word not in own}


def act(harness: Harness, path: str, text: str, user: str, channel: str) -> list[tuple]:
    """Do one thing as `user` in `channel` and return what the app sent because of it."""
    harness.settle()
    start = len(harness.fake.calls())
    if path == "command":
        status, _ = harness.command(text, channel=channel, user=user)
    elif path in ("button", "desk button"):
        action_id = ids.section_action(text.split()[1]) if path == "button" else ids.ACTION_ASK_DESK
        parent = harness.fake.add_message(channel, "a message", user=BOT_USER_ID)
        status = harness.press(action_id, text.split()[0], channel, parent["ts"], user=user)
    elif path in ("thread", "mention", "replayed thread"):
        story, question = text.split(" ", 1)
        metadata = {"event_type": ids.EVENT_BRIEF_POSTED, "event_payload": {"story": story, "section": "overview"}}
        parent = harness.fake.add_message(channel, "a brief", user=BOT_USER_ID, metadata=metadata)
        if path != "replayed thread":  # a thread the store knows; a replayed one is traced by its parent's metadata
            harness.store.remember_thread(channel, parent["ts"], story)
        message = harness.fake.add_message(channel, question, user=user, thread_ts=parent["ts"])
        if path == "mention":
            question = f"<@{BOT_USER_ID}> {question}"
        event = payloads.thread_message(channel, user, question, message["ts"], parent["ts"])
        if path == "mention":
            event = {**event, "type": "app_mention"}
        status = harness.event(event)
    elif path == "home":
        status = harness.event(payloads.app_home_opened(user))
    elif path == "post button":
        status = harness.send(payloads.home_button_press(ids.ACTION_POST_STORY, text, user), payloads.FORM)
    elif path == "post submit":
        chosen = {"type": "conversations_select", "selected_conversation": channel}
        values = {ids.BLOCK_CHANNEL: {ids.ACTION_CHANNEL: chosen}}
        status = harness.send(payloads.view_submission(ids.VIEW_POST_STORY, text, user, values), payloads.FORM)
    else:
        raise ValueError(path)
    assert status == 200
    harness.settle()
    return sent_since(harness, start)


def normalised(sent: list[tuple]) -> list[tuple]:
    """Sent messages with what differs between two runs of the same request (timestamps, serials) folded."""
    return [
        tuple(re.sub(r"\d{10}\.\d+|cmd-\d+|act-\d+|trigger-\d+|V-?\d+", "#", str(part)) for part in item)
        for item in sent
    ]

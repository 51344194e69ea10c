"""The desk in Slack: the Home tab, the inbox's Answer and Dismiss buttons, and the answer modal.

Only desk members (editors named in a brief with a real Slack id, and BRIEFBOT_DESK) see the inbox or can
answer and dismiss; anyone else's button press or submission changes nothing and posts nothing.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from slack_sdk import WebClient

from bot import ids
from bot.briefs.edit import BriefEdit
from bot.desk import Desk, answer_entry, editor_name, learn
from bot.render import briefs, home
from bot.slack.homes import publish_desk_homes, publish_home_of
from bot.slack.send import PostFailed, open_modal, post
from bot.slack.services import Services
from bot.store import InboxEntry

log = logging.getLogger("briefbot.desk")


@dataclass(frozen=True)
class Press:
    """A button pressed on the Home tab, read once: who pressed it, the value it carries, the trigger for a modal."""

    user: str
    value: str
    trigger_id: str


def read_press(body: dict, action: dict) -> Press:
    return Press(body["user"]["id"], action.get("value") or "", body.get("trigger_id", ""))


@dataclass(frozen=True)
class Submission:
    """An answer modal as submitted: which inbox entry, the answer, and whether to add it to the brief."""

    entry_id: int
    text: str
    add_to_brief: bool


def parse_submission(view: dict) -> Submission | None:
    """The answer modal's values, read once; None when the modal is not one of ours as sent."""
    try:
        entry_id = int(view.get("private_metadata", ""))
        values = view["state"]["values"]
        text = values[ids.BLOCK_ANSWER_TEXT][ids.ACTION_ANSWER_TEXT].get("value") or ""
        chosen = (values.get(ids.BLOCK_ADD_TO_BRIEF) or {}).get(ids.ACTION_ADD_TO_BRIEF) or {}
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return Submission(entry_id, text, bool(chosen.get("selected_options")))


@dataclass(frozen=True)
class PostRequest:
    """The Post modal as submitted: who asked for which story in which channel."""

    user: str
    story: str
    channel: str


def parse_post_request(body: dict, view: dict) -> PostRequest | None:
    """The Post modal's values, read once; None when no channel was chosen."""
    user = body["user"]["id"]
    values = (view.get("state") or {}).get("values") or {}
    channel = ((values.get(ids.BLOCK_CHANNEL) or {}).get(ids.ACTION_CHANNEL) or {}).get("selected_conversation")
    if not isinstance(channel, str) or not channel:
        return None
    return PostRequest(user, view.get("private_metadata", ""), channel)


class DeskListeners:
    """The Home tab's listeners, and the lock that lets one brief edit run at a time (each edit is reloaded
    before the next compares against it)."""

    def __init__(self, services: Services, desk: Desk):
        self.services = services
        self.desk = desk
        self._edits = threading.Lock()

    def on_home_opened(self, event, client):
        if event.get("tab", "home") == "home" and event.get("user"):
            publish_home_of(client, self.services, self.desk, event["user"])

    def on_answer_button(self, ack, body, action, client):
        ack()
        press = read_press(body, action)
        if not self._pressed_by_desk(press, "Answer"):
            return
        entry = self._entry_for(press.user, press.value)
        if entry is None or not entry.waiting:
            open_modal(client, press.trigger_id, home.handled_modal(entry))
            return
        stored = self.services.library().briefs.get(entry.story)
        open_modal(client, press.trigger_id, home.answer_modal(entry, stored.title if stored else entry.story))

    def on_dismiss_button(self, ack, body, action, client):
        ack()
        press = read_press(body, action)
        if not self._pressed_by_desk(press, "Dismiss"):
            return
        entry = self._entry_for(press.user, press.value)
        if entry is not None and self.services.store.dismiss_entry(entry.id, press.user):
            publish_desk_homes(client, self.services, self.desk)
        else:
            publish_home_of(client, self.services, self.desk, press.user)

    def on_answer_submitted(self, ack, body, view, client):
        user = body["user"]["id"]
        submission = parse_submission(view)
        if not self._on_desk(user):
            log.warning("an answer was submitted by %s, who is not on the desk; refused", user)
            ack(response_action="errors", errors={ids.BLOCK_ANSWER_TEXT: home.NOT_ON_THE_DESK})
            return
        if submission is None or not submission.text.strip() or self._entry_for(user, str(submission.entry_id)) is None:
            ack(response_action="errors", errors={ids.BLOCK_ANSWER_TEXT: home.NO_ANSWER_WRITTEN})
            return
        name = editor_name(self.services.library(), user, body["user"].get("name", ""))
        outcome = answer_entry(self.services.store, submission.entry_id, user, name, submission.text.strip())
        if not outcome.won or outcome.entry is None:
            ack(response_action="errors", errors={ids.BLOCK_ANSWER_TEXT: home.handled_plain(outcome.entry)})
            return
        ack()
        self._deliver_answer(client, user, name, outcome.entry, submission.add_to_brief)

    def on_post_story_button(self, ack, body, action, client):
        ack()
        press = read_press(body, action)
        visible = self.services.view(press.user, "").decision(press.value).visible
        stored = self.services.library().briefs.get(press.value) if visible else None
        if stored is not None and stored.status != "draft":
            open_modal(client, press.trigger_id, home.post_story_modal(stored))

    def on_post_story_submitted(self, ack, body, view, client):
        ack()
        request = parse_post_request(body, view)
        if request is None:
            return
        seen = self.services.view(request.user, request.channel)
        brief = seen.get(request.story)
        if brief is None or brief.status == "draft":
            return
        decision = seen.decision(brief.id)
        if decision.private:  # a restricted story is posted only in its own channels
            _tell(client, request.user, home.cannot_post_note(brief.id, request.channel, "restricted_story"))
            return
        message = briefs.overview_message(brief, waiting=self.services.store.waiting(brief.id))
        try:
            ts = post(client, request.channel, message, metadata=briefs.brief_metadata(brief))
        except PostFailed as failure:
            _tell(client, request.user, home.cannot_post_note(brief.id, request.channel, failure.error))
            return
        self.services.audit(seen, brief.id, "home post", decision)
        self.services.store.remember_thread(request.channel, ts, brief.id)

    def _on_desk(self, user: str | None) -> bool:
        return self.desk.is_member(self.services.library(), user)

    def _pressed_by_desk(self, press: Press, button: str) -> bool:
        """Whether a desk member pressed the button; anyone else's press is logged and changes nothing."""
        if self._on_desk(press.user):
            return True
        log.warning("%s pressed by %s, who is not on the desk; ignored", button, press.user)
        return False

    def _entry_for(self, user: str, value: str) -> InboxEntry | None:
        """The inbox entry a button or modal names, if its story exists for this desk member."""
        entry = self.services.store.inbox_entry(int(value)) if value and value.isdigit() else None
        return entry if entry is not None and self.services.view(user, "").decision(entry.story).visible else None

    def _deliver_answer(self, client: WebClient, user: str, name: str, entry: InboxEntry, add: bool) -> None:
        """After the desk's answer is recorded: add it to the brief if asked, post it in the asker's thread, tell
        the editor how that went, and update the desk's Homes."""
        edit = None
        if add:
            with self._edits:
                edit = add_to_brief(self.services, self.desk, entry, name)
        posted = post_answer(client, entry, name, edit)
        _tell(client, user, home.editor_note(entry, posted, edit))
        publish_desk_homes(client, self.services, self.desk)


def register(app, services: Services, desk: Desk) -> None:
    listeners = DeskListeners(services, desk)
    app.event("app_home_opened")(listeners.on_home_opened)
    app.action(ids.ACTION_ANSWER)(listeners.on_answer_button)
    app.action(ids.ACTION_DISMISS)(listeners.on_dismiss_button)
    app.view(ids.VIEW_ANSWER)(listeners.on_answer_submitted)
    app.action(ids.ACTION_POST_STORY)(listeners.on_post_story_button)
    app.view(ids.VIEW_POST_STORY)(listeners.on_post_story_submitted)


def add_to_brief(services: Services, desk: Desk, entry: InboxEntry, name: str) -> BriefEdit:
    """Add an answered entry to its brief and put the edited brief in service at once."""
    library = services.library()
    edit = learn(desk, library, entry, name)
    if edit.written and services.reload is not None:
        services.reload({Path(library.paths[entry.story])})
    if not edit.written:
        log.warning("desk answer %d not added to %s: %s", entry.id, entry.story, edit.reason)
    return edit


def post_answer(client: WebClient, entry: InboxEntry, name: str, edit: BriefEdit | None) -> bool:
    """The desk's answer in the asker's thread; False when Slack did not take it."""
    message = home.desk_answer_message(entry, name, edit)
    try:
        post(client, entry.channel, message, entry.thread_ts, home.desk_answer_metadata(entry, edit))
    except PostFailed as failure:
        log.error("desk answer %d in %s/%s failed: %s", entry.id, entry.channel, entry.thread_ts, failure.error)
        return False
    return True


def _tell(client: WebClient, user: str, message) -> None:
    """A note to one person, in their messages with the app."""
    try:
        post(client, user, message)
    except PostFailed as failure:
        log.warning("note to %s failed: %s", user, failure.error)

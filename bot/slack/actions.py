"""Buttons on a brief: a section into the message's thread, or a hand-off to the story's editors."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot import ids
from bot.desk import waiting_in_thread
from bot.render import briefs
from bot.render.blockkit import Message
from bot.slack.send import PostFailed, post, respond_private
from bot.slack.services import Services

log = logging.getLogger("briefbot.actions")


@dataclass(frozen=True)
class BriefPress:
    """A button pressed on a posted brief, read once: who pressed it, in which conversation and thread, naming
    which story, and where a reply only they see goes."""

    user: str
    channel: str
    thread_ts: str | None
    story: str
    response_url: str | None


def read_press(body: dict, action: dict) -> BriefPress | None:
    """None when the payload does not say which conversation the pressed message is in."""
    channel, thread_ts = _where(body)
    if not channel:
        return None
    response_url = body.get("response_url")
    user = (body.get("user") or {}).get("id", "")
    return BriefPress(
        user, channel, thread_ts, action.get("value", ""), response_url if isinstance(response_url, str) else None
    )


class BriefButtons:
    """The listeners for a brief's buttons."""

    def __init__(self, services: Services):
        self.services = services

    def on_section_button(self, ack, body, action, client):
        ack()
        section = ids.SECTION_ACTION.match(action["action_id"])[1]
        press = read_press(body, action)
        if press is None or section not in ids.ALL_SECTIONS:
            return
        view = self.services.view(press.user, press.channel)
        brief = view.get(press.story)
        if brief is None:
            return
        decision = view.decision(brief.id)
        messages = briefs.section_messages(brief, section)
        if decision.private:
            _respond_privately(press, briefs.restricted_messages(messages, decision.embargoed_until))
            self.services.audit(view, brief.id, f"button {section}", decision)
            return
        if brief.status == "draft":  # only a forged or replayed button names a draft: never posted
            _respond_privately(press, briefs.unpublished_draft_messages(messages))
            return
        try:
            for message in messages:
                post(client, press.channel, message, press.thread_ts, briefs.brief_metadata(brief, section))
            self.services.audit(view, brief.id, f"button {section}", decision)
        except PostFailed as failure:
            log.error("section %s for %s failed: %s", section, brief.id, failure.error)

    def on_ask_desk(self, ack, body, action, client):
        ack()
        press = read_press(body, action)
        if press is None:
            return
        view = self.services.view(press.user, press.channel)
        brief = view.get(press.story)
        if brief is None:
            return
        decision = view.decision(brief.id)
        waiting = waiting_in_thread(self.services.store, press.channel, press.thread_ts)  # who asked what
        message = briefs.desk_message(
            brief, waiting.user if waiting else press.user, waiting.question if waiting else None
        )
        if decision.private:
            _respond_privately(press, briefs.restricted_messages([message], decision.embargoed_until))
            self.services.audit(view, brief.id, "ask the desk", decision)
            return
        try:
            post(client, press.channel, message, press.thread_ts)
            self.services.audit(view, brief.id, "ask the desk", decision)
        except PostFailed as failure:
            log.error("ask-the-desk for %s failed: %s", brief.id, failure.error)


def register(app, services: Services) -> None:
    buttons = BriefButtons(services)
    app.action(ids.SECTION_ACTION)(buttons.on_section_button)
    app.action(ids.ACTION_ASK_DESK)(buttons.on_ask_desk)


def _respond_privately(press: BriefPress, messages: list[Message]) -> None:
    """Messages only the presser sees, through the action's response_url."""
    if press.response_url is not None:
        for message in messages:
            respond_private(press.response_url, message)


def _where(body: dict) -> tuple[str | None, str | None]:
    """The channel and the thread the pressed message belongs to."""
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    message = body.get("message") or {}
    thread_ts = message.get("thread_ts") or message.get("ts") or (body.get("container") or {}).get("message_ts")
    return channel, thread_ts

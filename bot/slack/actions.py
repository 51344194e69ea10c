"""Buttons on a brief: a section into the message's thread, or a hand-off to the story's editors."""

from __future__ import annotations

import logging

from bot import ids, render
from bot.slack import Services
from bot.slack.send import PostFailed, post

log = logging.getLogger("briefbot.actions")


def register(app, services: Services) -> None:
    @app.action(ids.SECTION_ACTION)
    def handle_section_button(ack, body, action, client):
        ack()
        brief = services.library().get(action.get("value", ""))
        section = ids.SECTION_ACTION.match(action["action_id"])[1]
        channel, thread_ts = _where(body)
        if brief is None or section not in ids.ALL_SECTIONS or not channel:
            return
        messages = render.section_messages(brief, section)
        try:
            for message in messages:
                post(client, channel, message, thread_ts, render.brief_metadata(brief, section))
        except PostFailed as failure:
            log.error("section %s for %s failed: %s", section, brief.id, failure.error)

    @app.action(ids.ACTION_ASK_DESK)
    def handle_ask_desk(ack, body, action, client):
        ack()
        brief = services.library().get(action.get("value", ""))
        channel, thread_ts = _where(body)
        if brief is None or not channel:
            return
        question = services.store.last_ask(channel, thread_ts) if thread_ts else None
        waiting = services.store.waiting_entry(channel, thread_ts, question) if question else None  # who asked what
        asker = waiting.user if waiting else body["user"]["id"]
        try:
            post(client, channel, render.desk_message(brief, asker, waiting.question if waiting else None), thread_ts)
        except PostFailed as failure:
            log.error("ask-the-desk for %s failed: %s", brief.id, failure.error)


def _where(body: dict) -> tuple[str | None, str | None]:
    """The channel and the thread the pressed message belongs to."""
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    message = body.get("message") or {}
    thread_ts = message.get("thread_ts") or message.get("ts") or (body.get("container") or {}).get("message_ts")
    return channel, thread_ts

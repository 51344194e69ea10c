"""Buttons on a brief: a section into the message's thread, or a hand-off to the story's editors."""

from __future__ import annotations

import logging

from bot import ids
from bot.render import briefs
from bot.slack import Services
from bot.slack.send import PostFailed, post, respond_private

log = logging.getLogger("briefbot.actions")


def register(app, services: Services) -> None:
    @app.action(ids.SECTION_ACTION)
    def handle_section_button(ack, body, action, client):
        ack()
        section = ids.SECTION_ACTION.match(action["action_id"])[1]
        channel, thread_ts = _where(body)
        view = services.view((body.get("user") or {}).get("id", ""), channel or "")
        brief = view.get(action.get("value", ""))
        if brief is None or section not in ids.ALL_SECTIONS or not channel:
            return
        decision = view.decision(brief.id)
        messages = briefs.section_messages(brief, section)
        if decision.private:
            _respond_privately(body, briefs.restricted_messages(messages, decision.embargoed_until))
            services.audit(view, brief.id, f"button {section}", decision)
            return
        if brief.status == "draft":  # only a forged or replayed button names a draft: never posted
            _respond_privately(body, briefs.unpublished_draft_messages(messages))
            return
        try:
            for message in messages:
                post(client, channel, message, thread_ts, briefs.brief_metadata(brief, section))
            services.audit(view, brief.id, f"button {section}", decision)
        except PostFailed as failure:
            log.error("section %s for %s failed: %s", section, brief.id, failure.error)

    @app.action(ids.ACTION_ASK_DESK)
    def handle_ask_desk(ack, body, action, client):
        ack()
        channel, thread_ts = _where(body)
        view = services.view((body.get("user") or {}).get("id", ""), channel or "")
        brief = view.get(action.get("value", ""))
        if brief is None or not channel:
            return
        decision = view.decision(brief.id)
        question = services.store.last_ask(channel, thread_ts) if thread_ts else None
        waiting = services.store.waiting_entry(channel, thread_ts, question) if question else None  # who asked what
        asker = waiting.user if waiting else body["user"]["id"]
        message = briefs.desk_message(brief, asker, waiting.question if waiting else None)
        if decision.private:
            _respond_privately(body, briefs.restricted_messages([message], decision.embargoed_until))
            services.audit(view, brief.id, "ask the desk", decision)
            return
        try:
            post(client, channel, message, thread_ts)
            services.audit(view, brief.id, "ask the desk", decision)
        except PostFailed as failure:
            log.error("ask-the-desk for %s failed: %s", brief.id, failure.error)


def _respond_privately(body: dict, messages: list) -> None:
    """Messages only the presser sees, through the action's response_url."""
    response_url = body.get("response_url")
    if isinstance(response_url, str):
        for message in messages:
            respond_private(response_url, message)


def _where(body: dict) -> tuple[str | None, str | None]:
    """The channel and the thread the pressed message belongs to."""
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    message = body.get("message") or {}
    thread_ts = message.get("thread_ts") or message.get("ts") or (body.get("container") or {}).get("message_ts")
    return channel, thread_ts

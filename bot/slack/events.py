"""Thread replies and @mentions: answer from the thread's brief, once and once only."""

from __future__ import annotations

import logging
import re
import threading

from cachetools import LRUCache
from slack_sdk.errors import SlackClientError

from bot import ids
from bot.answer import answer_question, asks_something
from bot.answer.vague import is_vague
from bot.desk import Desk
from bot.render import briefs
from bot.slack import Services
from bot.slack.desk import question_filed
from bot.slack.send import PostFailed, post, post_ephemeral

log = logging.getLogger("briefbot.events")
_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
_NOT_OURS_LIMIT = 4096


def register(app, services: Services, desk: Desk) -> None:
    not_ours: LRUCache[tuple[str, str], bool] = LRUCache(maxsize=_NOT_OURS_LIMIT)  # threads whose parent is not ours
    not_ours_lock = threading.Lock()

    def story_of_thread(client, channel: str, thread_ts: str, bot_user_id: str | None) -> str | None:
        """The story a thread is about: from the store, else from the parent's metadata (then stored again)."""
        story = services.store.thread_story(channel, thread_ts)
        with not_ours_lock:
            if story or (channel, thread_ts) in not_ours:
                return story
        story = _recover_story(client, channel, thread_ts, bot_user_id)
        if story:
            services.store.remember_thread(channel, thread_ts, story)
        else:
            with not_ours_lock:
                not_ours[(channel, thread_ts)] = True
        return story

    def answer_in_thread(event: dict, body: dict, client, context) -> bool:
        """Answer a reply in one of our threads; False when the thread is not one of ours."""
        channel, thread_ts = event.get("channel"), event.get("thread_ts")
        if not channel or not thread_ts or thread_ts == event.get("ts"):
            return False
        story = story_of_thread(client, channel, thread_ts, context.bot_user_id)
        view = services.view(event.get("user", ""), channel)
        brief = view.get(story) if story else None
        if brief is None:
            return False
        question = event.get("text", "")
        if "<@" in question:
            question = _MENTION.sub(" ", question)
        question = question.strip()
        if not asks_something(question):
            return True
        claim = (f"msg:{channel}:{event['ts']}", f"event:{body.get('event_id', event['ts'])}")
        if not services.store.claim(*claim):
            return True
        previous = services.store.last_ask(channel, thread_ts)
        answer = answer_question(brief, question, previous, index=view.index(brief.id))
        # kept before the answer is posted: the reporter's next reply may come the moment this one shows
        services.store.remember_ask(channel, thread_ts, question)
        vague = not answer.covered and is_vague(question)  # "what?": asked again, not passed to the desk
        filed = None
        if not answer.covered and not vague:
            filed = services.store.add_to_inbox(brief.id, question, event.get("user", ""), channel, thread_ts)
        message = briefs.vague_ask_message(brief) if vague else briefs.answer_message(brief, answer)
        decision = view.decision(brief.id)
        if decision.private:
            private = briefs.restricted_messages([message], decision.embargoed_until)[0]
            post_ephemeral(client, channel, event.get("user", ""), private, thread_ts)
        else:
            try:
                post(client, channel, message, thread_ts, briefs.answer_metadata(brief.id, answer))
            except PostFailed as failure:
                log.error("answer in %s/%s failed after retries: %s", channel, thread_ts, failure.error)
                services.store.release(*claim)  # a retry of the event may answer it
                return True
            if answer.covered:  # so a later change to these items can be pointed out in this thread
                services.store.remember_citations(channel, thread_ts, brief.id, [item.id for _, item in answer.cited])
        services.audit(view, brief.id, "answer", decision)
        services.store.finish(*claim)
        if filed is not None:
            question_filed(client, services, desk, filed, channel, event["ts"])
        return True

    @app.event("message")
    def handle_thread_reply(event, body, client, context):
        subtype = event.get("subtype")
        if subtype and subtype != "thread_broadcast":
            return
        if event.get("bot_id") or event.get("user") in (None, context.bot_user_id):
            return
        answer_in_thread(event, body, client, context)

    @app.event("app_mention")
    def handle_mention(event, body, client, context):
        if event.get("bot_id") or event.get("user") in (None, context.bot_user_id):
            return
        if answer_in_thread(event, body, client, context):
            return
        claim = f"hint:{event['channel']}:{event['ts']}"
        if services.store.claim(claim):
            hinted = post_ephemeral(
                client, event["channel"], event["user"], briefs.mention_hint_message(), event.get("thread_ts")
            )
            (services.store.finish if hinted else services.store.release)(claim)


def _recover_story(client, channel: str, thread_ts: str, bot_user_id: str | None) -> str | None:
    try:
        response = client.conversations_replies(channel=channel, ts=thread_ts, include_all_metadata=True, limit=1)
    except (SlackClientError, OSError) as exc:
        log.warning("could not read thread %s/%s to find its story: %s", channel, thread_ts, exc)
        return None
    messages = response.get("messages") or []
    parent = messages[0] if messages else {}
    if parent.get("ts") != thread_ts or (bot_user_id and parent.get("user") not in (bot_user_id, None)):
        return None
    metadata = parent.get("metadata") or {}
    if metadata.get("event_type") not in (ids.EVENT_BRIEF_POSTED, ids.EVENT_BRIEF_ANSWER):
        return None
    story = (metadata.get("event_payload") or {}).get("story")
    return story if isinstance(story, str) else None

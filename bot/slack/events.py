"""Thread replies and @mentions: answer from the thread's brief, once and once only."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from cachetools import LRUCache
from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

from bot import ids
from bot.access import Decision
from bot.answer import asks_something
from bot.briefs.library import LibraryView
from bot.briefs.model import Brief
from bot.desk import Desk
from bot.render import briefs
from bot.replies import ReplyAnswer, answer_reply
from bot.slack.homes import question_filed
from bot.slack.send import PostFailed, post, post_ephemeral
from bot.slack.services import Services
from bot.slack.typedtext import addressed_to_another, as_typed
from bot.store import Store

log = logging.getLogger("briefbot.events")
_NOT_OURS_LIMIT = 4096


@dataclass(frozen=True)
class Reply:
    """A person's message or @mention, read once from its event."""

    channel: str
    ts: str
    user: str
    question: str  # the text without its mentions
    thread_ts: str | None
    event_id: str
    to_another: bool = False  # it opens by mentioning someone else, not the bot: it speaks to them

    @property
    def thread(self) -> str | None:
        """The thread this replies in; None outside a thread and for a thread's first message."""
        return self.thread_ts if self.thread_ts and self.thread_ts != self.ts else None

    @property
    def claims(self) -> tuple[str, str]:
        """Once-only keys: the message (whether it came as a message or a mention) and the event (retries)."""
        return f"msg:{self.channel}:{self.ts}", f"event:{self.event_id}"


def read_message(event: dict, body: dict, bot_user_id: str | None) -> Reply | None:
    """A message event as a Reply; None for edits, joins and other subtypes (a thread broadcast is a reply)."""
    subtype = event.get("subtype")
    if subtype and subtype != "thread_broadcast":
        return None
    return read_mention(event, body, bot_user_id)


def read_mention(event: dict, body: dict, bot_user_id: str | None) -> Reply | None:
    """An event as a Reply; None for another bot's, the app's own, or one without its author or conversation."""
    user, channel, ts = event.get("user"), event.get("channel"), event.get("ts")
    if event.get("bot_id") or user in (None, bot_user_id) or not channel or not ts:
        return None
    text = event.get("text", "")
    event_id = str(body.get("event_id", ts))
    to_another = addressed_to_another(text, bot_user_id)
    return Reply(channel, ts, user, as_typed(text).strip(), event.get("thread_ts"), event_id, to_another)


class ThreadStories:
    """Which story a thread is about: from the store, else from the parent's metadata (then stored again).

    Threads found not to be ours are remembered (the most recent few thousand, for the app's lifetime), so
    replies in them cost no Web API call.
    """

    def __init__(self, store: Store):
        self.store = store
        self._not_ours: LRUCache[tuple[str, str], bool] = LRUCache(maxsize=_NOT_OURS_LIMIT)
        self._lock = threading.Lock()

    def story_of(self, client: WebClient, channel: str, thread_ts: str, bot_user_id: str | None) -> str | None:
        story = self.store.thread_story(channel, thread_ts)
        with self._lock:
            if story or (channel, thread_ts) in self._not_ours:
                return story
        story = _recover_story(client, channel, thread_ts, bot_user_id)
        if story:
            self.store.remember_thread(channel, thread_ts, story)
        else:
            with self._lock:
                self._not_ours[(channel, thread_ts)] = True
        return story


class ThreadReplies:
    """The listeners for messages and mentions: each reply in one of our threads answered once."""

    def __init__(self, services: Services, desk: Desk):
        self.services = services
        self.desk = desk
        self.stories = ThreadStories(services.store)

    def on_message(self, event, body, client, context):
        reply = read_message(event, body, context.bot_user_id)
        if reply is None or self.answer(client, reply, context.bot_user_id):
            return
        if event.get("channel_type") == "im" and reply.thread is None and asks_something(reply.question):
            self.hint(client, reply)  # a message to the bot in its own conversation, outside a brief's thread

    def on_mention(self, event, body, client, context):
        reply = read_mention(event, body, context.bot_user_id)
        if reply is not None and not self.answer(client, reply, context.bot_user_id):
            self.hint(client, reply)

    def answer(self, client: WebClient, reply: Reply, bot_user_id: str | None) -> bool:
        """Answer a reply in one of our threads; False when the thread is not one of ours."""
        thread_ts = reply.thread
        if thread_ts is None:
            return False
        story = self.stories.story_of(client, reply.channel, thread_ts, bot_user_id)
        view = self.services.view(reply.user, reply.channel)
        brief = view.get(story) if story else None
        if brief is None:
            return False
        if not reply.to_another and asks_something(reply.question) and self.services.store.claim(*reply.claims):
            self._answer_claimed(client, reply, thread_ts, view, brief)
        return True

    def _answer_claimed(self, client: WebClient, reply: Reply, thread_ts: str, view: LibraryView, brief: Brief) -> None:
        """Answer, file what the brief does not cover, send; the claim is finished, or released if Slack refused."""
        store = self.services.store
        result = answer_reply(store, brief, reply.question, reply.channel, thread_ts, view.index(brief.id))
        filed = None
        if result.for_the_desk:
            filed = store.add_to_inbox(brief.id, reply.question, reply.user, reply.channel, thread_ts)
        decision = view.decision(brief.id)
        if not self._send(client, reply, brief, result, decision):
            store.release(*reply.claims)  # a retry of the event may answer it
            return
        if result.answer.covered and not decision.private:  # so a later change to these items can be pointed out
            store.remember_citations(reply.channel, thread_ts, brief.id, [item.id for _, item in result.answer.cited])
        self.services.audit(view, brief.id, "answer", decision)
        store.finish(*reply.claims)
        if filed is not None:
            question_filed(client, self.services, self.desk, filed, reply.channel, reply.ts)

    def _send(self, client: WebClient, reply: Reply, brief: Brief, result: ReplyAnswer, decision: Decision) -> bool:
        """The answer in the thread, or to the asker alone when the brief is private; False when Slack refused."""
        message = briefs.vague_ask_message(brief) if result.vague else briefs.answer_message(brief, result.answer)
        if decision.private:
            private = briefs.restricted_messages([message], decision.embargoed_until)[0]
            post_ephemeral(client, reply.channel, reply.user, private, reply.thread_ts)
            return True
        try:
            post(client, reply.channel, message, reply.thread_ts, briefs.answer_metadata(brief.id, result.answer))
        except PostFailed as failure:
            log.error("answer in %s/%s failed after retries: %s", reply.channel, reply.thread_ts, failure.error)
            return False
        return True

    def hint(self, client: WebClient, reply: Reply) -> None:
        """A mention outside our threads, or a message to the bot alone: how to use the bot, to the person, once."""
        claim = f"hint:{reply.channel}:{reply.ts}"
        if self.services.store.claim(claim):
            hinted = post_ephemeral(client, reply.channel, reply.user, briefs.mention_hint_message(), reply.thread_ts)
            (self.services.store.finish if hinted else self.services.store.release)(claim)


def register(app, services: Services, desk: Desk) -> None:
    replies = ThreadReplies(services, desk)
    app.event("message")(replies.on_message)
    app.event("app_mention")(replies.on_mention)


def _recover_story(client: WebClient, channel: str, thread_ts: str, bot_user_id: str | None) -> str | None:
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

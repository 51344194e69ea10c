"""The one way out to Slack: posting, private replies and their failures.

Every message passes `blockkit.fit` on its way out, so nothing built anywhere can break Slack's limits.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TypeVar

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.webhook import WebhookClient

from bot.render.blockkit import Message, fit

T = TypeVar("T")

log = logging.getLogger("briefbot.send")


def quiet_logger(name: str) -> logging.Logger:
    """A logger with a level of its own (INFO, or DEBUG with BRIEFBOT_DEBUG set).

    slack_sdk and Bolt build their debug messages, request and response bodies included, whenever their
    logger's own level is unset; a level of its own keeps that work off the request path.
    """
    logger = logging.getLogger(name)
    logger.setLevel(logging.DEBUG if os.environ.get("BRIEFBOT_DEBUG") else logging.INFO)
    return logger


SDK_LOG = quiet_logger("briefbot.slack_sdk")


# Errors that mean "the bot can't post in this conversation", which the person can fix.
NOT_A_MEMBER = {"not_in_channel", "channel_not_found", "is_archived", "restricted_action", "ekm_access_denied"}
# Errors that mean "Slack won't take this message as built"; a plainer version may still go through.
CONTENT_REFUSED = {"msg_too_long", "invalid_blocks", "invalid_blocks_format", "too_many_blocks"}


def retry_handlers():
    """Rate limits waited out (Retry-After), server errors and dropped connections retried with backoff."""
    return [
        RateLimitErrorRetryHandler(max_retry_count=3),
        ServerErrorRetryHandler(max_retry_count=2),
        ConnectionErrorRetryHandler(max_retry_count=2),
    ]


class PostFailed(Exception):
    """Slack refused or never answered; `error` is Slack's code or a short description.

    `ts` is the first message's when a thread of messages was cut short after it was posted.
    """

    def __init__(self, error: str, ts: str | None = None):
        super().__init__(error)
        self.error = error
        self.ts = ts

    @property
    def not_a_member(self) -> bool:
        return self.error in NOT_A_MEMBER

    @property
    def content_refused(self) -> bool:
        return self.error in CONTENT_REFUSED


def post(
    client: WebClient, channel: str, message: Message, thread_ts: str | None = None, metadata: dict | None = None
) -> str:
    """chat.postMessage; returns the new message's ts or raises PostFailed."""
    message = fit(message)
    response = _required(
        f"chat.postMessage to {channel}",
        lambda: client.chat_postMessage(
            channel=channel,
            text=message.text,
            blocks=message.blocks or None,
            thread_ts=thread_ts,
            metadata=metadata,
            unfurl_links=False,
            unfurl_media=False,
        ),
    )
    return response["ts"]


def update(client: WebClient, channel: str, ts: str, message: Message, metadata: dict | None = None) -> str:
    """chat.update of a message the bot posted; returns its ts or raises PostFailed."""
    message = fit(message)
    _required(
        f"chat.update in {channel}",
        lambda: client.chat_update(channel=channel, ts=ts, text=message.text, blocks=message.blocks, metadata=metadata),
    )
    return ts


def _required(what: str, call: Callable[[], T]) -> T:
    """A Web API call whose failure the caller must handle: logged, then raised as PostFailed with Slack's error."""
    try:
        return call()
    except SlackApiError as exc:
        error = exc.response.get("error", "unknown_error") if exc.response is not None else "unknown_error"
        log.warning("%s failed: %s", what, error)
        raise PostFailed(error) from None
    except (SlackClientError, OSError) as exc:
        log.warning("%s failed: %s", what, exc)
        raise PostFailed(type(exc).__name__) from None


def post_thread(client: WebClient, channel: str, messages: list[Message], metadata: dict | None = None) -> str:
    """Post the first message, the rest in its thread; returns the first message's ts.

    When a follow-on fails, PostFailed carries the first message's ts: that thread exists.
    """
    ts = post(client, channel, messages[0], metadata=metadata)
    for follow_on in messages[1:]:
        try:
            post(client, channel, follow_on, thread_ts=ts, metadata=metadata)
        except PostFailed as failure:
            raise PostFailed(failure.error, ts=ts) from None
    return ts


def respond_private(response_url: str, message: Message) -> bool:
    """An ephemeral reply through the command's response_url; False when Slack never took it."""
    message = fit(message)
    webhook = WebhookClient(response_url, timeout=10, retry_handlers=retry_handlers(), logger=SDK_LOG)
    try:
        response = webhook.send(
            text=message.text, blocks=message.blocks or None, response_type="ephemeral", replace_original=False
        )
    except (SlackClientError, OSError) as exc:
        log.error("response_url reply failed: %s", exc)
        return False
    if response.status_code != 200:
        log.error("response_url reply refused: %s %s", response.status_code, response.body)
        return False
    return True


def post_ephemeral(client: WebClient, channel: str, user: str, message: Message, thread_ts: str | None = None) -> bool:
    message = fit(message)
    return _attempt(
        f"chat.postEphemeral in {channel}",
        lambda: client.chat_postEphemeral(
            channel=channel, user=user, text=message.text, blocks=message.blocks or None, thread_ts=thread_ts
        ),
    )


def publish_home(client: WebClient, user: str, view: dict) -> bool:
    """views.publish: a person's Home tab; False when Slack refused it."""
    return _attempt(f"views.publish for {user}", lambda: client.views_publish(user_id=user, view=view))


def open_modal(client: WebClient, trigger_id: str, view: dict) -> bool:
    """views.open: a modal in answer to a button press; False when Slack refused it."""
    return _attempt("views.open", lambda: client.views_open(trigger_id=trigger_id, view=view))


def _attempt(what: str, call: Callable[[], object]) -> bool:
    """Make one Web API call whose failure is only logged; False when Slack refused it or was not reached."""
    try:
        call()
    except (SlackClientError, OSError) as exc:
        log.warning("%s failed: %s", what, exc)
        return False
    return True


def permalink(client: WebClient, channel: str, ts: str) -> str | None:
    """A message's permalink, or None when Slack gives none."""
    try:
        response = client.api_call("chat.getPermalink", http_verb="GET", params={"channel": channel, "message_ts": ts})
    except (SlackClientError, OSError) as exc:
        log.warning("chat.getPermalink in %s failed: %s", channel, exc)
        return None
    link = response.get("permalink")
    return link if isinstance(link, str) and link.startswith("https://") else None

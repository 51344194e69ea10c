"""Private notes when Slack refuses a post: why, and what the person can do (pure; Block Kit only)."""

from __future__ import annotations

import re

from bot import ids
from bot.render.blockkit import Message, escape, plain, section

# Why the bot can't post in a conversation, and what the person can do about it: (notification, advice).
_CANNOT_POST = {
    "not_in_channel": (
        "briefbot can't post here yet — /invite @briefbot",
        "I can't post in this conversation: invite me first with `/invite @briefbot` (in a channel), "
        "then run the command again.",
    ),
    "channel_not_found": (
        "briefbot can't see this conversation — /invite @briefbot in a private channel",
        "I can't see this conversation. If it is a private channel, add me with `/invite @briefbot` and run "
        "the command again; in a direct message, run it in a channel instead.",
    ),
    "is_archived": (
        "This channel is archived — run /brief in another channel",
        "This channel is archived, so nothing can be posted in it. Unarchive it, or run the command "
        "in another channel.",
    ),
}
_CANNOT_POST_OTHER = (
    "briefbot isn't allowed to post here",
    "A workspace setting stops me posting in this conversation ({error}). Ask a Slack admin, or run the command "
    "in another channel.",
)


def cannot_post_message(error: str, messages: list[Message]) -> Message:
    """Private note when the bot cannot post in the conversation: why, what to do, and the brief itself."""
    short, advice = _CANNOT_POST.get(error) or _CANNOT_POST_OTHER
    note = section(advice.format(error=_code(error)) + " Meanwhile, here is the brief just for you:")
    brief_blocks = [block for block in messages[0].blocks if block.get("type") != "actions"]
    return Message(text=plain(short), blocks=[note, *brief_blocks[:49]])


def partly_posted_message(story: str, error: str) -> Message:
    note = (
        f"Only the start of the brief was posted: Slack refused the rest ({_code(error)}). "
        f"Ask for one section at a time, e.g. `{ids.COMMAND} {escape(story)} facts`."
    )
    return _note("Only the start of the brief was posted", note)


def nothing_posted_message(story: str, error: str) -> Message:
    note = (
        f"Slack refused the brief ({_code(error)}) and a plain-text version of it, so nothing was posted. "
        f"Ask for one section at a time, e.g. `{ids.COMMAND} {escape(story)} summary`, and tell the brief's editors."
    )
    return _note("Slack refused the brief; nothing was posted", note)


def text_version_posted_message(story: str, error: str) -> Message:
    note = (
        f"Slack refused the brief as formatted ({_code(error)}), so I posted a plain-text version. For the full "
        f"layout, ask for one section at a time, e.g. `{ids.COMMAND} {escape(story)} facts`; if it keeps "
        "happening, tell the brief's editors."
    )
    return _note("Slack refused the formatted brief; a plain-text version was posted", note)


def failure_message(what: str) -> Message:
    text = f"Sorry — Slack didn't accept the brief ({escape(what)}). Please try again in a minute."
    return Message(text=plain(f"Slack didn't accept the brief ({what})"), blocks=[section(text)])


def _code(error: str) -> str:
    """Slack's error code as `code` (its underscores shown as they are), anything else escaped."""
    return f"`{error}`" if re.fullmatch(r"[a-z0-9_]{1,60}", error) else escape(error)


def _note(notification: str, mrkdwn: str) -> Message:
    return Message(text=plain(notification), blocks=[section(mrkdwn)])

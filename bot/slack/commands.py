"""/brief: ack at once, parse the text once, call the core, send."""

from __future__ import annotations

import logging
import re

from bot import ids, render
from bot.answer import find_items
from bot.blockkit import Message, escape, plain, section, text_version
from bot.command import BriefRequest, parse_command
from bot.slack import Services
from bot.slack.send import PostFailed, post, post_thread, respond_private

log = logging.getLogger("briefbot.commands")

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


def register(app, services: Services) -> None:
    def handle_brief_command(ack, command, client):
        ack()
        library = services.library()
        request = parse_command(command.get("text", ""), library)
        response_url = command["response_url"]
        private = _private_reply(request, library)
        if private is not None:
            for message in private:
                respond_private(response_url, message)
            return
        messages = _public_messages(request, services)
        if request.brief.status == "draft":
            for message in render.unpublished_draft_messages(messages):
                respond_private(response_url, message)
            return
        channel = command["channel_id"]
        metadata = render.brief_metadata(request.brief, request.section or "overview")
        try:
            ts = post_thread(client, channel, messages, metadata=metadata)
        except PostFailed as failure:
            ts = _after_failure(client, channel, response_url, request, messages, metadata, failure)
        if ts:
            services.store.remember_thread(channel, ts, request.brief.id)

    app.command(ids.COMMAND)(handle_brief_command)


def _after_failure(client, channel, response_url, request, messages, metadata, failure: PostFailed) -> str | None:
    """Tell the person privately what went wrong and what to do; the ts of whatever did get posted."""
    story = request.brief.id
    if failure.ts:
        log.error("/brief %s in %s: follow-on message refused: %s", request.typed, channel, failure.error)
        note = (
            f"Only the start of the brief was posted: Slack refused the rest ({_code(failure.error)}). "
            f"Ask for one section at a time, e.g. `{ids.COMMAND} {escape(story)} facts`."
        )
        respond_private(response_url, _note("Only the start of the brief was posted", note))
        return failure.ts
    if failure.not_a_member:
        respond_private(response_url, cannot_post_message(failure.error, messages))
        return None
    if failure.content_refused:
        return _post_text_version(client, channel, response_url, request, messages, metadata, failure)
    log.error("/brief %s in %s: posting failed after retries: %s", request.typed, channel, failure.error)
    respond_private(response_url, render.failure_message(failure.error))
    return None


def _post_text_version(client, channel, response_url, request, messages, metadata, failure) -> str | None:
    """Slack refused the formatted brief (too long, blocks refused): post it as plain text, and say so."""
    story, error = escape(request.brief.id), _code(failure.error)
    log.error("/brief %s in %s: Slack refused the blocks (%s); posting text", request.typed, channel, failure.error)
    fallback = text_version(messages, note="_(Plain-text version: Slack refused the formatted brief.)_")
    try:
        ts = post(client, channel, fallback, metadata=metadata)
    except PostFailed as again:
        log.error("/brief %s in %s: the text version was refused too: %s", request.typed, channel, again.error)
        note = (
            f"Slack refused the brief ({error}) and a plain-text version of it, so nothing was posted. "
            f"Ask for one section at a time, e.g. `{ids.COMMAND} {story} summary`, and tell the brief's editors."
        )
        respond_private(response_url, _note("Slack refused the brief; nothing was posted", note))
        return None
    note = (
        f"Slack refused the brief as formatted ({error}), so I posted a plain-text version. For the full layout, "
        f"ask for one section at a time, e.g. `{ids.COMMAND} {story} facts`; if it keeps happening, tell the "
        "brief's editors."
    )
    respond_private(response_url, _note("Slack refused the formatted brief; a plain-text version was posted", note))
    return ts


def cannot_post_message(error: str, messages: list[Message]) -> Message:
    """Private note when the bot cannot post in the conversation: why, what to do, and the brief itself."""
    short, advice = _CANNOT_POST.get(error) or _CANNOT_POST_OTHER
    note = section(advice.format(error=_code(error)) + " Meanwhile, here is the brief just for you:")
    brief_blocks = [block for block in messages[0].blocks if block.get("type") != "actions"]
    return Message(text=plain(short), blocks=[note, *brief_blocks[:49]])


def _code(error: str) -> str:
    """Slack's error code as `code` (its underscores shown as they are), anything else escaped."""
    return f"`{error}`" if re.fullmatch(r"[a-z0-9_]{1,60}", error) else escape(error)


def _note(notification: str, mrkdwn: str) -> Message:
    return Message(text=plain(notification), blocks=[section(mrkdwn)])


def _private_reply(request: BriefRequest, library) -> list | None:
    if request.kind == "help":
        return [render.help_message(library.summaries())]
    if request.kind == "list":
        return render.list_messages(library.summaries())
    if request.kind == "ambiguous":
        return [render.candidates_message(request.typed, request.candidates)]
    if request.kind == "unknown":
        return [render.unknown_message(request.typed, request.suggestions)]
    return None


def _public_messages(request: BriefRequest, services: Services) -> list:
    brief = request.brief
    if request.kind == "overview":
        return [render.overview_message(brief, waiting=services.store.waiting(brief.id))]
    if request.kind == "section":
        return render.section_messages(brief, request.section)
    return render.matches_messages(brief, request.words, find_items(brief, request.words))

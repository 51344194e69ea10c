"""/brief: ack at once, parse the text once, call the core, send."""

from __future__ import annotations

import logging

from bot import ids, render
from bot.answer import find_items
from bot.command import BriefRequest, parse_command
from bot.slack import Services
from bot.slack.send import PostFailed, post_thread, respond_private

log = logging.getLogger("briefbot.commands")


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
        channel = command["channel_id"]
        try:
            ts = post_thread(
                client, channel, messages, metadata=render.brief_metadata(request.brief, request.section or "overview")
            )
        except PostFailed as failure:
            if failure.not_a_member:
                respond_private(response_url, render.not_in_channel_message(messages))
            else:
                log.error("/brief %s in %s: posting failed after retries: %s", request.typed, channel, failure.error)
                respond_private(response_url, render.failure_message(failure.error))
            return
        services.store.remember_thread(channel, ts, request.brief.id)

    app.command(ids.COMMAND)(handle_brief_command)


def _private_reply(request: BriefRequest, library) -> list | None:
    briefs = sorted(library.briefs.values(), key=lambda b: b.id)
    if request.kind == "help":
        return [render.help_message(briefs)]
    if request.kind == "list":
        return render.list_messages(briefs)
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

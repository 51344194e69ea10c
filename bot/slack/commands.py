"""/brief: ack at once, parse the text once, call the core, send."""

from __future__ import annotations

import logging

from bot import ids, notices, render, render_updates
from bot.answer import find_items
from bot.blockkit import text_version
from bot.command import BriefRequest, close_section, parse_command
from bot.slack import Services
from bot.slack.send import PostFailed, post, post_thread, respond_private

log = logging.getLogger("briefbot.commands")


def register(app, services: Services) -> None:
    def handle_brief_command(ack, command, client):
        ack()
        view = services.view(command.get("user_id", ""), command.get("channel_id", ""))
        request = parse_command(command.get("text", ""), view)
        response_url = command["response_url"]
        private = _private_reply(request, view) or _history_reply(request, services)
        if private is not None:
            for message in private:
                respond_private(response_url, message)
            return
        messages = _public_messages(request, services)
        decision = view.decision(request.brief.id)
        if decision.private:
            messages = render.restricted_messages(messages, decision.embargoed_until)
        if request.brief.status == "draft":
            messages = render.unpublished_draft_messages(messages)
        if request.brief.status == "draft" or decision.private:
            for message in messages:
                respond_private(response_url, message)
            services.audit(view, request.brief.id, request.section or request.kind, decision, privately=True)
            return
        channel = command["channel_id"]
        metadata = render.brief_metadata(request.brief, request.section or "overview")
        try:
            ts = post_thread(client, channel, messages, metadata=metadata)
        except PostFailed as failure:
            ts = _after_failure(client, channel, response_url, request, messages, metadata, failure)
            if failure.not_a_member:  # the brief went to the person privately instead
                services.audit(view, request.brief.id, request.section or request.kind, decision, privately=True)
        if ts:
            services.store.remember_thread(channel, ts, request.brief.id)
            services.audit(view, request.brief.id, request.section or request.kind, decision)
        services.store.refresh_waiting(request.brief.id)  # for the next overview, now that this one is out

    app.command(ids.COMMAND)(handle_brief_command)


def _after_failure(client, channel, response_url, request, messages, metadata, failure: PostFailed) -> str | None:
    """Tell the person privately what went wrong and what to do; the ts of whatever did get posted."""
    story = request.brief.id
    if failure.ts:
        log.error("/brief %s in %s: follow-on message refused: %s", request.typed, channel, failure.error)
        respond_private(response_url, notices.partly_posted_message(story, failure.error))
        return failure.ts
    if failure.not_a_member:
        respond_private(response_url, notices.cannot_post_message(failure.error, messages))
        return None
    if failure.content_refused:
        return _post_text_version(client, channel, response_url, request, messages, metadata, failure)
    log.error("/brief %s in %s: posting failed after retries: %s", request.typed, channel, failure.error)
    respond_private(response_url, notices.failure_message(failure.error))
    return None


def _post_text_version(client, channel, response_url, request, messages, metadata, failure) -> str | None:
    """Slack refused the formatted brief (too long, blocks refused): post it as plain text, and say so."""
    story = request.brief.id
    log.error("/brief %s in %s: Slack refused the blocks (%s); posting text", request.typed, channel, failure.error)
    fallback = text_version(messages, note="_(Plain-text version: Slack refused the formatted brief.)_")
    try:
        ts = post(client, channel, fallback, metadata=metadata)
    except PostFailed as again:
        log.error("/brief %s in %s: the text version was refused too: %s", request.typed, channel, again.error)
        respond_private(response_url, notices.nothing_posted_message(story, failure.error))
        return None
    respond_private(response_url, notices.text_version_posted_message(story, failure.error))
    return ts


def _private_reply(request: BriefRequest, library) -> list | None:
    if request.kind == "help":
        return [render.help_message(library.summaries())]
    if request.kind == "list":
        return render.list_messages(library.summaries())
    if request.kind == "ambiguous":
        return [render.candidates_message(request.typed, request.candidates)]
    if request.kind == "unknown":
        return [render.unknown_message(request.typed, request.suggestions)]
    if request.kind == "search" and not find_items(request.brief, request.words):  # a misspelt section, or a miss
        return [render.no_match_message(request.brief, request.words, close_section(request.words))]
    return None


def _history_reply(request: BriefRequest, services: Services) -> list | None:
    """`/brief STORY corrections` and `/brief STORY changes`, shown only to whoever asked."""
    if request.kind == "corrections":
        return [render_updates.corrections_message(request.brief)]
    if request.kind == "changes":
        return render_updates.changes_messages(request.brief, services.store.versions(request.brief.id))
    return None


def _public_messages(request: BriefRequest, services: Services) -> list:
    brief = request.brief
    if request.kind == "overview":
        return [render.overview_message(brief, waiting=services.store.waiting(brief.id))]
    if request.kind == "section":
        return render.section_messages(brief, request.section)
    return render.matches_messages(brief, request.words, find_items(brief, request.words))

"""/brief: ack at once, parse the text once, call the core, send."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot import ids
from bot.access import Decision
from bot.answer import find_items
from bot.briefs.library import LibraryView
from bot.command import (
    Ambiguous,
    BriefRequest,
    Help,
    History,
    ListStories,
    Overview,
    Search,
    Section,
    StoryRequest,
    Unknown,
    close_section,
    parse_command,
)
from bot.render import briefs, notices, updates
from bot.render.blockkit import Message, text_version
from bot.slack.send import PostFailed, post, post_thread, respond_private
from bot.slack.services import Services
from bot.slack.typedtext import as_typed

log = logging.getLogger("briefbot.commands")


@dataclass(frozen=True)
class SlashCommand:
    """/brief as Slack sent it, read once: who typed what (as typed, not as Slack writes it) in which conversation,
    and where a private reply goes."""

    user: str
    channel: str
    text: str
    response_url: str


def read_command(command: dict) -> SlashCommand:
    return SlashCommand(
        command.get("user_id", ""),
        command.get("channel_id", ""),
        as_typed(command.get("text", "")),
        command["response_url"],
    )


class BriefCommand:
    """The /brief listener: help, lists and misses to the person alone; a story in the channel where allowed."""

    def __init__(self, services: Services):
        self.services = services

    def on_brief(self, ack, command, client):
        ack()
        typed = read_command(command)
        view = self.services.view(typed.user, typed.channel)
        request = parse_command(typed.text, view)
        messages = _public_messages(request, view, self.services) if isinstance(request, StoryRequest) else None
        if not isinstance(request, StoryRequest) or messages is None:
            _respond_privately(typed, _private_reply(request, view, self.services))
            return
        decision = view.decision(request.brief.id)
        if decision.private or request.brief.status == "draft":
            self._show_privately(typed, view, request, messages, decision)
        else:
            self._post(client, typed, view, request, messages, decision)

    def _show_privately(
        self, typed: SlashCommand, view: LibraryView, request: StoryRequest, messages: list[Message], decision: Decision
    ) -> None:
        """A restricted story, or a draft, to the person alone, marked as such."""
        if decision.private:
            messages = briefs.restricted_messages(messages, decision.embargoed_until)
        if request.brief.status == "draft":
            messages = briefs.unpublished_draft_messages(messages)
        _respond_privately(typed, messages)
        self.services.audit(view, request.brief.id, request.what, decision, privately=True)

    def _post(
        self,
        client,
        typed: SlashCommand,
        view: LibraryView,
        request: StoryRequest,
        messages: list[Message],
        decision: Decision,
    ) -> None:
        """The story in the channel, its thread remembered; when Slack refuses, the person is told what to do."""
        brief = request.brief
        metadata = briefs.brief_metadata(brief, request.what if isinstance(request, Section) else "overview")
        ts: str | None
        try:
            ts = post_thread(client, typed.channel, messages, metadata=metadata)
        except PostFailed as failure:
            ts = _after_failure(client, typed, request, messages, metadata, failure)
            if failure.not_a_member:  # the brief went to the person privately instead
                self.services.audit(view, brief.id, request.what, decision, privately=True)
        if ts:
            self.services.store.remember_thread(typed.channel, ts, brief.id)
            self.services.audit(view, brief.id, request.what, decision)


def register(app, services: Services) -> None:
    app.command(ids.COMMAND)(BriefCommand(services).on_brief)


def _respond_privately(typed: SlashCommand, messages: list[Message]) -> None:
    """Messages only the person who typed the command sees."""
    for message in messages:
        respond_private(typed.response_url, message)


def _after_failure(client, typed: SlashCommand, request, messages, metadata, failure: PostFailed) -> str | None:
    """Tell the person privately what went wrong and what to do; the ts of whatever did get posted."""
    story = request.brief.id
    if failure.ts:
        log.error("/brief %s in %s: follow-on message refused: %s", request.typed, typed.channel, failure.error)
        respond_private(typed.response_url, notices.partly_posted_message(story, failure.error))
        return failure.ts
    if failure.not_a_member:
        respond_private(typed.response_url, notices.cannot_post_message(failure.error, messages))
        return None
    if failure.content_refused:
        return _post_text_version(client, typed, request, messages, metadata, failure)
    log.error("/brief %s in %s: posting failed after retries: %s", request.typed, typed.channel, failure.error)
    respond_private(typed.response_url, notices.failure_message(failure.error))
    return None


def _post_text_version(client, typed: SlashCommand, request, messages, metadata, failure) -> str | None:
    """Slack refused the formatted brief (too long, blocks refused): post it as plain text, and say so."""
    story, channel = request.brief.id, typed.channel
    log.error("/brief %s in %s: Slack refused the blocks (%s); posting text", request.typed, channel, failure.error)
    fallback = text_version(messages, note="_(Plain-text version: Slack refused the formatted brief.)_")
    try:
        ts = post(client, channel, fallback, metadata=metadata)
    except PostFailed as again:
        log.error("/brief %s in %s: the text version was refused too: %s", request.typed, channel, again.error)
        respond_private(typed.response_url, notices.nothing_posted_message(story, failure.error))
        return None
    respond_private(typed.response_url, notices.text_version_posted_message(story, failure.error))
    return ts


def _private_reply(request: BriefRequest, library: LibraryView, services: Services) -> list[Message]:
    """What only the person who typed it sees: help, the list, lookups that found no one story, history, misses."""
    match request:
        case Help():
            return [briefs.help_message(library.summaries())]
        case ListStories():
            return briefs.list_messages(library.summaries())
        case Ambiguous(typed=typed, candidates=candidates):
            return [briefs.candidates_message(typed, candidates)]
        case Unknown(typed=typed, suggestions=suggestions):
            return [briefs.unknown_message(typed, suggestions)]
        case History(brief=brief, kind="corrections"):
            return [updates.corrections_message(brief)]
        case History(brief=brief):
            return updates.changes_messages(brief, services.store.versions(brief.id))
        case Search(brief=brief, words=words):
            return [briefs.no_match_message(brief, words, close_section(words))]
    raise ValueError(f"not a private request: {request!r}")


def _public_messages(request: StoryRequest, view: LibraryView, services: Services) -> list[Message] | None:
    """What a story request posts in the channel; None for a search that matches nothing (a misspelt section, or
    a miss), which is answered privately instead."""
    match request:
        case Overview(brief=brief):
            return [briefs.overview_message(brief, waiting=services.store.waiting(brief.id))]
        case Section(brief=brief, section=section):
            return briefs.section_messages(brief, section)
        case Search(brief=brief, words=words):
            found = find_items(brief, words, index=view.index(brief.id))
            return briefs.matches_messages(brief, words, found) if found else None

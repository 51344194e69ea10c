"""Home tabs brought up to date: one person's, or every desk member's when the inbox changes."""

from __future__ import annotations

from slack_sdk import WebClient

from bot.briefs.library import BriefLibrary
from bot.desk import Desk, inbox_for, stories_for
from bot.render import home
from bot.slack.send import permalink, publish_home
from bot.slack.services import Services
from bot.store import InboxEntry


def question_filed(client: WebClient, services: Services, desk: Desk, entry_id: int, channel: str, ts: str) -> None:
    """After a question lands in the inbox: keep a link to it, and show it on the desk's Homes."""
    link = permalink(client, channel, ts)
    if link:
        services.store.set_permalink(entry_id, link)
    publish_desk_homes(client, services, desk)


def publish_home_of(client: WebClient, services: Services, desk: Desk, user: str) -> None:
    """One person's Home, with the inbox when they are on the desk."""
    library = services.library()
    inbox = services.store.inbox() if desk.is_member(library, user) else None
    _publish_home(client, services, library, user, inbox)


def publish_desk_homes(client: WebClient, services: Services, desk: Desk) -> None:
    """Bring every desk member's Home up to date (after a question arrives or is handled)."""
    library = services.library()
    inbox = services.store.inbox()
    for user in sorted(desk.members(library)):
        _publish_home(client, services, library, user, inbox)


def _publish_home(
    client: WebClient, services: Services, library: BriefLibrary, user: str, inbox: list[InboxEntry] | None
) -> None:
    """One person's Home: the stories and (for the desk) the questions about stories that exist for them."""
    view = services.view(user, "")  # the Home tab is in no conversation
    shown = inbox_for(view, inbox) if inbox is not None else None
    publish_home(client, user, home.home_view(stories_for(view), shown, _titles(library, shown)))


def _titles(library: BriefLibrary, inbox: list[InboxEntry] | None) -> dict[str, str]:
    """The titles of the stories the inbox's questions are about."""
    stories = {entry.story for entry in inbox or ()}
    return {story: library.briefs[story].title for story in stories if story in library.briefs}

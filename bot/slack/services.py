"""What listeners need from the core (`Services`): the library in service now, the store, and how a brief is seen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.access import Decision, Viewer
from bot.briefs.library import BriefLibrary, LibraryView
from bot.store import Store


@dataclass
class Services:
    """What listeners need from the core: the library in service now, the store, and a way to re-read a
    brief file the app itself changed (so it is in service at once)."""

    library: Callable[[], BriefLibrary]
    store: Store
    reload: Callable[[set[Path]], object] | None = None

    def view(self, user: str, channel: str) -> LibraryView:
        """The briefs as this person in this conversation may see them now: how every listener finds a story."""
        return self.library().visible_to(Viewer.asking_now(user, channel))

    def audit(self, view: LibraryView, story: str, what: str, decision: Decision, privately: bool = False) -> None:
        """Record that a restricted or embargoed brief was served (others are not recorded); `privately` when
        it went to the person alone although the decision allowed posting it (a draft, a channel the bot is
        not in)."""
        if decision.audited:
            how = "private" if privately or decision.private else "public"
            self.store.record_served(story, what, view.viewer.user, view.viewer.channel, how)

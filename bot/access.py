"""Who may see a story, where and when: a brief's restriction, and the one decision every lookup takes (pure; no
Slack here; built on nothing else of the bot's, so the brief's model and the library both build on it).

A story with neither an embargo nor an access list is public. Under embargo it exists only for its editors,
privately. With an access list it is public in the listed channels, private for listed users and its editors
anywhere else, and does not exist for anyone else.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

import msgspec


class Restriction(msgspec.Struct, frozen=True, gc=False, array_like=True):
    """A brief's embargo and access list, kept beside the stored brief so lookups can decide without decoding it.

    ``channels`` is None when the brief has no access list (only an embargo).
    """

    embargo: dt.datetime | None
    channels: frozenset[str] | None
    users: frozenset[str]
    editors: frozenset[str]


class Visibility(enum.Enum):
    PUBLIC = "public"
    PRIVATE = "private"
    HIDDEN = "hidden"


@dataclass(frozen=True)
class Viewer:
    """Who asks, in which conversation, at what moment."""

    user: str
    channel: str
    now: dt.datetime

    @classmethod
    def asking_now(cls, user: str, channel: str) -> Viewer:
        """The viewer of a request being handled: the clock is read here, so an embargo lifts on time."""
        return cls(user or "", channel or "", dt.datetime.now(dt.UTC))


@dataclass(frozen=True)
class Decision:
    """What a viewer gets of a story; `audited` when serving it must be recorded (restricted or embargoed)."""

    visibility: Visibility
    embargoed_until: dt.datetime | None = None
    audited: bool = False

    @property
    def visible(self) -> bool:
        return self.visibility is not Visibility.HIDDEN

    @property
    def private(self) -> bool:
        return self.visibility is Visibility.PRIVATE


PUBLIC = Decision(Visibility.PUBLIC)
HIDDEN = Decision(Visibility.HIDDEN)


def decide(restriction: Restriction | None, viewer: Viewer) -> Decision:
    """Whether the story is served publicly, served privately, or does not exist, for this viewer now."""
    if restriction is None:
        return PUBLIC
    editor = bool(viewer.user) and viewer.user in restriction.editors
    if restriction.embargo is not None and viewer.now < restriction.embargo:
        return Decision(Visibility.PRIVATE, restriction.embargo, audited=True) if editor else HIDDEN
    if restriction.channels is None:
        return PUBLIC
    if viewer.channel in restriction.channels:
        return Decision(Visibility.PUBLIC, audited=True)
    if editor or viewer.user in restriction.users:
        return Decision(Visibility.PRIVATE, audited=True)
    return HIDDEN

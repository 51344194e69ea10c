"""The Slack shell: the only package that imports slack_bolt. Listeners ack, parse, call the core, send."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.desk import Desk
from bot.library import BriefLibrary
from bot.store import Store


@dataclass
class Services:
    """What listeners need from the core: the library in service now, the store, and a way to re-read a
    brief file the app itself changed (so it is in service at once)."""

    library: Callable[[], BriefLibrary]
    store: Store
    reload: Callable[[set[Path]], object] | None = None


def register(app, services: Services, desk: Desk) -> None:
    from bot.slack import actions, commands, events
    from bot.slack import desk as desk_listeners

    commands.register(app, services)
    events.register(app, services, desk)
    actions.register(app, services)
    desk_listeners.register(app, services, desk)

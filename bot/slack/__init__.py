"""The Slack shell: the only package that imports slack_bolt. Listeners ack, parse, call the core, send."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.library import BriefLibrary
from bot.store import Store


@dataclass
class Services:
    """What listeners need from the core: the library in service now, and the store."""

    library: Callable[[], BriefLibrary]
    store: Store


def register(app, services: Services) -> None:
    from bot.slack import actions, commands, events

    commands.register(app, services)
    events.register(app, services)
    actions.register(app, services)

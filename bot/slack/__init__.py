"""The Slack shell: the only package that imports slack_bolt. Listeners ack, parse, call the core, send.

`register` adds every listener module's listeners to the app; what they need from the core is `services.Services`,
a module of its own that imports no listener, so imports flow one way: this package → listeners → services."""

from __future__ import annotations

from bot.desk import Desk
from bot.slack import actions, commands, events
from bot.slack import desk as desk_listeners
from bot.slack.services import Services


def register(app, services: Services, desk: Desk) -> None:
    """Add the listeners of slash commands, events, buttons and the desk's Home tab to the app."""
    commands.register(app, services)
    events.register(app, services, desk)
    actions.register(app, services)
    desk_listeners.register(app, services, desk)

"""The local console: the real app with Slack played by a loopback fake (`fakeslack`), the payloads Slack would
send (`payloads`), and what a terminal shows of Slack's messages (`terminal`)."""

from bot.console.session import ConsoleSession, run_console

__all__ = ["ConsoleSession", "run_console"]

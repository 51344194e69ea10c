"""The `briefbot` command: a thin skin over the library, one core call per subcommand."""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import traceback
from dataclasses import replace
from importlib import metadata
from pathlib import Path

from bot.briefs.model import SLACK_CHANNEL, SLACK_USER
from bot.errors import ConfigError
from bot.settings import load_settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefbot",
        description="Newsroom story briefs in Slack. With no command: serve Slack if credentials are set, "
        "else start the local console.",
    )
    parser.add_argument("--version", action="version", version=f"briefbot {_version()}")
    briefs = argparse.ArgumentParser(add_help=False)
    briefs.add_argument(
        "--briefs-dir", type=Path, metavar="DIR", help="the folder of briefs (default: BRIEFS_DIR, else ./briefs)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, summary, description in COMMANDS:
        command = commands.add_parser(name, help=summary, description=description, parents=[briefs])
        if name == "console":
            command.add_argument("--user", default="U0LOCAL", help="the Slack user id you act as (default U0LOCAL)")
            command.add_argument("--channel", default="C0CONSOLE", help="the channel id you are in (default C0CONSOLE)")
        elif name == "check":
            command.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the briefs folder)")
            command.add_argument("--format", choices=("text", "json"), default="text", help="output format")
            command.add_argument("--strict", action="store_true", help="exit 1 on warnings too (TODOs, copied facts)")
        elif name == "audit":
            command.add_argument("story", nargs="?", help="one story id (default: all)")
        elif name == "inbox":
            command.add_argument(
                "words", nargs="*", metavar="STORY | answer ID TEXT | dismiss ID", help="one story (default: all)"
            )
            command.add_argument("--all", action="store_true", help="answered and dismissed questions too")
            command.add_argument("--add-to-brief", action="store_true", help="with answer: add it to the brief")
            command.add_argument("--editor", metavar="NAME", help="who answers or dismisses (default: your login)")
        elif name == "help":
            command.add_argument("topic", nargs="?", help="a command to explain")
    commands.add_parser(
        "draft", help="draft a brief from an article: briefbot draft ARTICLE|- [--date D] [--write]", add_help=False
    )
    return parser


# (name, one line for the command list, what `briefbot NAME --help` says)
COMMANDS = (
    (
        "serve",
        "serve Slack (Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT)",
        "Serve Slack: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT at /slack/events. Checks the "
        "briefs folder, the database (BRIEFBOT_DB) and the bot token before it starts.",
    ),
    (
        "console",
        "try the bot locally: type /brief … as in Slack",
        "A local Slack for one person: type `/brief STORY`, press buttons by name, reply in threads. "
        "Example: briefbot console --user U0123ABCD",
    ),
    (
        "check",
        "validate briefs: one 'path:line: message' per problem; exit 1 on errors",
        "Validate briefs. Example: briefbot check briefs/  (exit 0 when all are valid, 1 when not)",
    ),
    (
        "schema",
        "print the JSON Schema of a brief (config/brief.schema.json)",
        "Print the JSON Schema of a brief file, for editors' autocompletion. Example: briefbot schema > "
        "config/brief.schema.json",
    ),
    (
        "audit",
        "list each time a restricted or embargoed brief was served: when, what, to whom, where",
        "List each time a restricted or embargoed brief was served. Example: briefbot audit school-board-inquiry",
    ),
    (
        "inbox",
        "the desk's questions: list them, answer or dismiss one",
        "List the questions reporters asked that the briefs did not answer, newest last; answer one (posted in "
        "the asker's thread when SLACK_BOT_TOKEN is set) or dismiss one. Examples: briefbot inbox "
        "microsoft-dea-facial-recognition · briefbot inbox answer 12 'No, it did not.' --add-to-brief · "
        "briefbot inbox dismiss 12",
    ),
    (
        "help",
        "explain a command: briefbot help COMMAND",
        "Explain briefbot, or one command. Example: briefbot help check",
    ),
)


def _version() -> str:
    try:
        return metadata.version("briefbot")
    except metadata.PackageNotFoundError:
        return "(not installed)"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["draft"]:  # draft parses its own options, before or after the article
        from bot.draft import run_draft

        return run_draft(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "help":
        return _print_help(parser, args.topic)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings()
        if getattr(args, "briefs_dir", None):
            settings = replace(settings, briefs_dir=args.briefs_dir)
        return _run(args, settings)
    except ConfigError as exc:
        if os.environ.get("BRIEFBOT_DEBUG"):
            traceback.print_exc()
        print(f"briefbot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _print_help(parser: argparse.ArgumentParser, topic: str | None) -> int:
    if topic == "draft":
        from bot.draft import run_draft

        return run_draft(["--help"])
    if topic is None:
        parser.print_help()
        return 0
    try:
        parser.parse_args([topic, "--help"])
    except SystemExit as done:  # argparse exits after printing help (0) or an unknown command (2)
        return int(done.code or 0)
    return 0


def _run(args, settings) -> int:
    if args.command == "check":
        from bot.cli.check import run_check

        history = None
        if settings.db_path.is_file():  # the bot's recorded versions, where a correction finds an item it withdrew
            from bot.store import Store

            history = Store(settings.db_path).recorded_item_ids
        paths = args.paths or [settings.briefs_dir]
        return run_check(paths, args.format, settings.max_brief_bytes, args.strict, history)
    if args.command == "schema":
        from bot.cli.check import schema_text

        sys.stdout.write(schema_text())
        return 0
    if args.command == "inbox":
        from bot.cli.inbox import run_inbox

        return run_inbox(args, settings)
    if args.command == "audit":
        from bot.cli.audit import print_audit
        from bot.cli.inbox import reader

        return print_audit(reader(settings), args.story)
    if args.command == "console" or (args.command is None and not settings.has_slack_credentials):
        from bot.console import run_console
        from bot.preflight import check_briefs_dir

        check_briefs_dir(settings.briefs_dir)

        if args.command is None:
            print("No Slack credentials set: starting the local console. " + CONNECT_HINT, file=sys.stderr)
        user, channel = getattr(args, "user", "U0LOCAL"), getattr(args, "channel", "C0CONSOLE")
        _require_ids(user, channel)
        return run_console(settings, user=user, channel=channel)
    from bot.serve import serve

    settings.require_slack()
    return serve(settings)


def _require_ids(user: str, channel: str) -> None:
    """The console's --user and --channel must be Slack ids, or access rules could not apply to them."""
    if not re.match(SLACK_USER, user):
        raise ConfigError(f"--user {user!r} is not a Slack user id (it looks like U0123ABCD)")
    if not re.match(SLACK_CHANNEL, channel):
        raise ConfigError(f"--channel {channel!r} is not a Slack channel id (it looks like C0123ABCD)")


CONNECT_HINT = "To connect to Slack, set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or SLACK_SIGNING_SECRET) in .env."

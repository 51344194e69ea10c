"""The `briefbot` command: a thin skin over the library, one core call per subcommand."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from bot.errors import ConfigError
from bot.settings import load_settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefbot",
        description="Newsroom story briefs in Slack. With no command: serve Slack if credentials are set, "
        "else start the local console.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("serve", help="serve Slack (Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT)")
    console = commands.add_parser("console", help="try the bot locally: type /brief … as in Slack")
    console.add_argument("--user", default="U0LOCAL", help="the Slack user id you act as (default U0LOCAL)")
    check = commands.add_parser(
        "check",
        help="validate briefs: one 'path:line: message' per problem; exit 1 on errors",
        description="Validate briefs. Example: briefbot check briefs/  (exit 0 when all are valid, 1 when not)",
    )
    check.add_argument("paths", nargs="*", type=Path, help="files or folders (default: BRIEFS_DIR)")
    check.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    check.add_argument("--strict", action="store_true", help="exit 1 on warnings too (TODOs left, copied facts)")
    commands.add_parser("schema", help="print the JSON Schema of a brief (config/brief.schema.json)")
    inbox = commands.add_parser(
        "inbox",
        help="list questions the briefs did not answer",
        description="Example: briefbot inbox microsoft-dea-facial-recognition",
    )
    inbox.add_argument("story", nargs="?", help="one story id (default: all)")
    commands.add_parser("draft", help="draft a brief from an article: briefbot draft ARTICLE|- [--date D] [--write]")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["draft"]:  # draft parses its own options, before or after the article
        from bot.draft import run_draft

        return run_draft(argv[1:])
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings()
        return _run(args, settings)
    except ConfigError as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _run(args, settings) -> int:
    if args.command == "check":
        from bot.check import run_check

        return run_check(args.paths or [settings.briefs_dir], args.format, settings.max_brief_bytes, args.strict)
    if args.command == "schema":
        from bot.check import schema_text

        sys.stdout.write(schema_text())
        return 0
    if args.command == "inbox":
        from bot.store import Store

        return Store(settings.database).print_inbox(args.story)
    if args.command == "console" or (args.command is None and not settings.has_slack_credentials):
        from bot.console import run_console

        if args.command is None:
            print("No Slack credentials set: starting the local console. " + CONNECT_HINT, file=sys.stderr)
        return run_console(settings, user=getattr(args, "user", "U0LOCAL"))
    from bot.serve import serve

    settings.require_slack()
    return serve(settings)


CONNECT_HINT = "To connect to Slack, set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or SLACK_SIGNING_SECRET) in .env."

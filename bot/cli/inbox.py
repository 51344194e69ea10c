"""`briefbot inbox`: the desk's questions from the command line: list them, answer one, dismiss one."""

from __future__ import annotations

import getpass
import sys
import time

from bot.briefs.library import load_library
from bot.desk import Desk, answer_entry, learn
from bot.settings import Settings
from bot.store import InboxEntry, Store, printable

USAGE = "briefbot inbox [STORY] [--all] | inbox answer ID TEXT [--add-to-brief] | inbox dismiss ID"


def run_inbox(args, settings: Settings) -> int:
    """List, answer or dismiss; exit 2 on a mistake in what was typed, 1 when the question was already handled."""
    words = list(args.words)
    if words[:1] == ["answer"] and len(words) >= 3 and words[1].isdigit():
        text = " ".join(words[2:])
        return _answer(Store(settings.database), settings, int(words[1]), text, args.add_to_brief, args.editor)
    if words[:1] == ["dismiss"] and len(words) == 2 and words[1].isdigit():
        return _dismiss(Store(settings.database), int(words[1]), args.editor)
    if len(words) > 1 or words[:1] in (["answer"], ["dismiss"]):
        return _mistake(f"usage: {USAGE}")
    story = words[0] if words else None
    store = reader(settings)
    if story and story not in load_library(settings.briefs_dir, settings.max_brief_bytes).briefs:
        if store is None or not store.inbox(story, include_handled=True):
            return _mistake(f"no story named '{story}' in {settings.briefs_dir} (run `briefbot check` to see why)")
    entries = store.inbox(story, include_handled=args.all) if store is not None else []
    if not entries:
        kind = "questions" if args.all else "unanswered questions"
        print(f"No {kind}" + (f" for {story}." if story else "."))
        return 0
    for entry in entries:
        print(entry_line(entry))
    return 0


def reader(settings: Settings) -> Store | None:
    """The store opened only for reading, as listing needs; None when no bot has written one yet."""
    if not settings.db_url and not settings.db_path.exists():
        return None
    return Store(settings.database, readonly=True)


def entry_line(entry: InboxEntry) -> str:
    """One question: id, when, story, who asked where, what; and how it was handled, if it was."""
    who, where, question = printable(entry.user), printable(entry.channel), printable(entry.question)
    line = f"#{entry.id}  {_when(entry.asked)}  {printable(entry.story)}  {who} in {where}: {question}"
    if entry.answered is not None:
        by = printable(entry.answered_by_name or entry.answered_by or "")
        line += f"\n      answered by {by} {_when(entry.answered)}: {printable(entry.answer or '')}"
    elif entry.dismissed is not None:
        line += f"\n      dismissed by {printable(entry.dismissed_by or '')} {_when(entry.dismissed)}"
    return line


def _answer(store: Store, settings: Settings, entry_id: int, text: str, add: bool, editor: str | None) -> int:
    if store.inbox_entry(entry_id) is None:
        return _mistake(f"no question #{entry_id} in the inbox (`briefbot inbox --all` lists them)")
    name = editor or getpass.getuser()
    outcome = answer_entry(store, entry_id, name, name, text.strip())
    if not outcome.won or outcome.entry is None:
        now = outcome.entry or store.inbox_entry(entry_id)
        print(f"#{entry_id} was not answered again:\n{entry_line(now) if now else ''}", file=sys.stderr)
        return 1
    library = load_library(settings.briefs_dir, settings.max_brief_bytes)
    desk = Desk(settings.desk, settings.briefs_dir, settings.max_brief_bytes)
    edit = learn(desk, library, outcome.entry, name) if add else None
    if settings.bot_token:
        from bot.app import build_client
        from bot.slack.desk import post_answer

        posted = post_answer(build_client(settings), outcome.entry, name, edit)
        print("Posted in the asker's thread." if posted else "Slack did not take the post; the answer is recorded.")
    else:
        print("Recorded. Not posted in Slack: SLACK_BOT_TOKEN is not set.")
    if edit is not None:
        print(f"Added to the brief as {edit.item_id}." if edit.written else f"Not added to the brief: {edit.reason}.")
    return 0


def _dismiss(store: Store, entry_id: int, editor: str | None) -> int:
    entry = store.inbox_entry(entry_id)
    if entry is None:
        return _mistake(f"no question #{entry_id} in the inbox (`briefbot inbox --all` lists them)")
    if not store.dismiss_entry(entry_id, editor or getpass.getuser()):
        print(f"#{entry_id} was already handled:\n{entry_line(store.inbox_entry(entry_id) or entry)}", file=sys.stderr)
        return 1
    print(f"Dismissed #{entry_id}.")
    return 0


def _when(at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(at))


def _mistake(message: str) -> int:
    print(f"briefbot inbox: {message}", file=sys.stderr)
    return 2

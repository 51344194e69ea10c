"""The desk: who is on it, what a person's Home lists, and the desk's answers to questions (no Slack here)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from bot.briefs.edit import BriefEdit, add_answered_question
from bot.briefs.library import BriefLibrary, LibraryView
from bot.briefs.loader import DEFAULT_MAX_BYTES
from bot.briefs.model import StoredBrief
from bot.store import InboxEntry, Store


@dataclass(frozen=True)
class Desk:
    """The desk's settings: members named outside the briefs (BRIEFBOT_DESK), and where briefs are written."""

    extra_members: frozenset[str] = frozenset()
    briefs_dir: Path = Path("briefs")
    max_brief_bytes: int = DEFAULT_MAX_BYTES

    def members(self, library: BriefLibrary) -> frozenset[str]:
        """Slack users named in any brief's editors, and those in BRIEFBOT_DESK."""
        return frozenset(library.editor_names) | self.extra_members

    def is_member(self, library: BriefLibrary, user_id: str | None) -> bool:
        return bool(user_id) and (user_id in self.extra_members or user_id in library.editor_names)


def editor_name(library: BriefLibrary, user_id: str, fallback: str = "") -> str:
    """What to call an editor: their name in a brief's editors, else the fallback (a Slack name), else the id."""
    return library.editor_names.get(user_id) or fallback or user_id


def stories_for(view: LibraryView) -> list[StoredBrief]:
    """The stories a person's Home lists, most recently updated first: those the access rules let them see."""
    return sorted(view.summaries(), key=lambda brief: brief.updated, reverse=True)


def inbox_for(view: LibraryView, inbox: list[InboxEntry]) -> list[InboxEntry]:
    """The inbox questions a desk member may see: those about stories that exist for them."""
    return [entry for entry in inbox if view.decision(entry.story).visible]


def waiting_in_thread(store: Store, channel: str, thread_ts: str | None) -> InboxEntry | None:
    """The question asked last in a thread, if it is in the inbox and still waiting."""
    if not thread_ts:
        return None
    question = store.last_ask(channel, thread_ts)
    return store.waiting_entry(channel, thread_ts, question) if question else None


@dataclass(frozen=True)
class DeskAnswer:
    """What came of an editor answering: whether theirs was the answer, and the entry as it now stands."""

    won: bool
    entry: InboxEntry | None


def answer_entry(store: Store, entry_id: int, editor: str, name: str, text: str) -> DeskAnswer:
    """Record an editor's answer; only the first of several editors answering at once wins."""
    won = store.answer_entry(entry_id, editor, name, text)
    return DeskAnswer(won, store.inbox_entry(entry_id))


def learn(desk: Desk, library: BriefLibrary, entry: InboxEntry, name: str) -> BriefEdit:
    """Add an answered entry to its brief as an answered question, or say why it was not."""
    stored = library.briefs.get(entry.story)
    path = library.paths.get(entry.story)
    if stored is None or path is None:
        return BriefEdit(False, f"the story {entry.story} is not in service any more")
    basis = f"Desk answer, {name}, {time.strftime('%Y-%m-%d')}"
    return add_answered_question(
        Path(path), stored, entry.question, entry.answer or "", basis, desk.briefs_dir, desk.max_brief_bytes
    )

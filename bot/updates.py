"""Which threads hear about a new version of a brief, and what each is told (pure; no Slack, no store).

A thread is told what changed since the version it last saw: the one in service when the brief was posted
there, or the one its last update announced. Saves that follow within the coalescing window do not post again:
the thread's update message is edited to cover everything since the version it was first measured from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.briefs.changes import diff_briefs
from bot.briefs.model import Brief
from bot.render.blockkit import Message
from bot.render.updates import reverted_message, update_message, update_metadata
from bot.store.versions import UpdatePost

# Saves within this long of a thread's update message edit that message instead of posting another.
COALESCE_SECONDS = 60.0


@dataclass(frozen=True)
class ThreadState:
    """A thread to bring up to date: the version it is measured from and, when editing, the message to edit."""

    channel: str
    thread_ts: str
    base_seq: int
    edit_ts: str | None
    posted: float
    cited: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ThreadUpdate:
    """What to send in one thread: a new update message, or an edit of the one at `edit_ts`."""

    channel: str
    thread_ts: str
    base_seq: int
    edit_ts: str | None
    posted: float
    message: Message
    metadata: dict


def thread_state(
    channel: str, thread_ts: str, last: UpdatePost | None, seen_when_posted: int | None, seq: int, now: float
) -> ThreadState | None:
    """Where a thread stands for version `seq`, or None when it has nothing to hear.

    `seen_when_posted` is the version in service when the brief was posted in the thread (None: before any
    version was recorded, so the version before `seq`).
    """
    if last is not None and last.seq >= seq:
        return None
    if last is not None and now - last.posted < COALESCE_SECONDS:
        return ThreadState(channel, thread_ts, last.base_seq, last.ts, last.posted)
    base = last.seq if last is not None else (seen_when_posted if seen_when_posted is not None else seq - 1)
    if base >= seq or base < 1:
        return None
    return ThreadState(channel, thread_ts, base, None, now)


def plan_updates(
    story: str, new: Brief, threads: list[ThreadState], version: Callable[[int], Brief | None]
) -> list[ThreadUpdate]:
    """One update per thread: what changed from its base version to `new`. Nothing for a thread whose base reads
    the same as `new` (a whitespace or phrasing edit) unless its message is being edited back."""
    changes = {}
    plans = []
    for thread in threads:
        if thread.base_seq not in changes:
            old = version(thread.base_seq)
            changes[thread.base_seq] = (old, diff_briefs(old, new) if old is not None else None)
        old, change = changes[thread.base_seq]
        if old is None or change is None:
            continue
        if change.empty:
            if thread.edit_ts is None:
                continue
            message = reverted_message(new)
        else:
            message = update_message(old, new, change, set(thread.cited))
        where = (thread.channel, thread.thread_ts, thread.base_seq, thread.edit_ts, thread.posted)
        plans.append(ThreadUpdate(*where, message, update_metadata(story, change)))
    return plans

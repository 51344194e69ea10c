"""`briefbot audit`: who was served a restricted or embargoed brief, where, when and what."""

from __future__ import annotations

import sys
import time

from bot.store import Store, printable


def print_audit(store: Store | None, story: str | None = None, out=None) -> int:
    """One line per time a restricted or embargoed brief was served, oldest first (none without a database)."""
    out = out or sys.stdout
    entries = store.served(story) if store is not None else []
    if not entries:
        print("No restricted or embargoed brief has been served" + (f" for {story}." if story else "."), file=out)
        return 0
    for entry in entries:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(entry.served))
        story_id, what, how = printable(entry.story), printable(entry.what), printable(entry.how)
        who, where = printable(entry.user), printable(entry.channel)
        print(f"{when}  {story_id}  {what} ({how}) to <@{who}> in {where}", file=out)
    return 0

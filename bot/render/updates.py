"""Messages about a brief's changes: the update posted in a thread, its corrections, its version history (pure)."""

from __future__ import annotations

import time

from bot import ids
from bot.briefs.changes import ChangeSummary, ItemChange, decode_summary, shows_before
from bot.briefs.model import Brief, Item
from bot.render.blockkit import Message, clip, context, escape, header, paginate, plain, section
from bot.render.briefs import ITEM_LABELS, correction_line, item_line, render_item

# Item changes listed in one update message; the rest are counted and left to `/brief STORY changes`.
MAX_LISTED = 40
VERB = {"changed": "has changed", "withdrawn": "has been withdrawn"}


def said(item: Item) -> str:
    """An item's words on one line, as an update shows what it said before (escaped)."""
    return escape(item_line(item))


def update_message(old: Brief, new: Brief, change: ChangeSummary, cited: set[str]) -> Message:
    """One thread's update: corrections first, then what changed, was withdrawn or was added, and the
    earlier answers in the thread that cited a changed or withdrawn item."""
    lead = "Correction" if change.corrections else "Brief updated"
    opening = f"*{lead}* — *{escape(new.title)}*"
    blocks = [section("\n".join([opening, *(correction_line(c) for c in change.corrections)]))]
    if change.title:
        blocks.append(section(f"*Title* is now “{escape(new.title)}” (was “{escape(old.title)}”)"))
    if change.summary:
        blocks.append(section(f"*Summary* now reads: {escape(new.summary)}"))
    listed = change.items[:MAX_LISTED]
    blocks.extend(section(_item_change(old, new, each)) for each in listed)
    if len(change.items) > len(listed):
        more = len(change.items) - len(listed)
        blocks.append(context(f"…and {more} more: `{ids.COMMAND} {escape(new.id)} changes`"))
    touched = {each.id: each.kind for each in change.items if each.kind in VERB}
    notes = [
        f"An earlier answer here cited `{escape(item_id)}`, which {VERB[touched[item_id]]}."
        for item_id in sorted(cited)
        if item_id in touched
    ]
    if notes:
        blocks.append(section("\n".join(notes)))
    story = escape(new.id)
    blocks.append(context(f"From the brief `{story}` · every version: `{ids.COMMAND} {story} changes`"))
    return Message(text=clip(plain(f"{lead}: {new.title}"), 3000), blocks=blocks)


def _item(brief: Brief, item_id: str) -> Item:
    """An item a change names: the diff took it from this very brief, so it is there."""
    found = brief.item(item_id)
    if found is None:
        raise KeyError(f"{brief.id} has no item {item_id}")
    return found[1]


def _item_change(old: Brief, new: Brief, each: ItemChange) -> str:
    label = ITEM_LABELS[each.section]
    if each.kind == "withdrawn":
        item = _item(old, each.id)
        return f"*Withdrawn* · {label} `{escape(each.id)}`: ~{said(item)}~"
    item = _item(new, each.id)
    if each.kind == "added":
        return f"*Added* · {label} `{escape(each.id)}`\n{render_item(each.section, item)}"
    before = _item(old, each.id)
    fields = ", ".join(each.fields)
    text = f"*Changed* · {label} `{escape(each.id)}` ({fields}) — now:\n{render_item(each.section, item)}"
    if shows_before(each.section, before, item, each.fields):
        text += f"\n_Before:_ {said(before)}"
    return text


def reverted_message(brief: Brief) -> Message:
    """An update message edited after the brief went back to what the thread first saw."""
    text = f"*Brief updated, then changed back* — *{escape(brief.title)}* is again as this thread first saw it."
    return Message(text=clip(plain(f"Brief changed back: {brief.title}"), 3000), blocks=[section(text)])


def update_metadata(story: str, change: ChangeSummary) -> dict:
    return {"event_type": ids.EVENT_BRIEF_UPDATE, "event_payload": {"story": story, "items": change.ids()}}


def corrections_message(brief: Brief) -> Message:
    """Every correction of a brief, latest first."""
    title = f"{brief.title} — Corrections"
    if not brief.corrections:
        return Message(text=plain(title), blocks=[section(f"*{escape(brief.title)}* has no corrections.")])
    ordered = sorted(brief.corrections, key=lambda c: c.date, reverse=True)
    blocks = [header(title)]
    for correction in ordered:
        items = ", ".join(f"`{escape(item)}`" for item in correction.items)
        blocks.append(section(correction_line(correction) + (f"\n_Items:_ {items}" if items else "")))
    return paginate(title, blocks)[0]


def changes_messages(brief: Brief, versions: list) -> list[Message]:
    """The recorded versions of a story, newest first, with what changed in each."""
    title = f"{brief.title} — Versions"
    if not versions:
        text = f"No versions of *{escape(brief.title)}* are recorded yet."
        return [Message(text=plain(title), blocks=[section(text)])]
    lines = []
    for version in reversed(versions):
        when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(version.recorded))
        what = "first recorded" if version.seq == 1 else describe(decode_summary(version.change))
        lines.append(f"*v{version.seq}* · {when} · {what}")
    return paginate(title, [header(title), *(section(line) for line in lines)])


def describe(change: ChangeSummary) -> str:
    """A change in one line: corrections, title and summary, then items by kind."""
    parts = []
    if change.corrections:
        parts.append(f"correction{'s' if len(change.corrections) > 1 else ''}")
    parts += [name for name, changed in (("title", change.title), ("summary", change.summary)) if changed]
    for kind in ("changed", "withdrawn", "added"):
        found = [each for each in change.items if each.kind == kind]
        if found:
            shown = ", ".join(
                f"`{escape(each.id)}`" + (f" ({', '.join(each.fields)})" if each.fields else "") for each in found
            )
            parts.append(f"{kind} {shown}")
    return "; ".join(parts) if parts else "nothing a reader sees (phrasings or ids only)"

"""What changed between two versions of a brief, item by item (pure).

Versions are compared as parsed, typed briefs, never as bytes: comments, white space and key order make no
difference. An item is matched by its id; an item whose own words changed and that has no written id gets a
new derived id, so it shows as one item withdrawn and another added.
"""

from __future__ import annotations

import hashlib
import re

import msgspec

from bot.briefs.model import Brief, Correction, Item, StoredBrief

# Fields that are not what a reader sees: the citation id itself and the phrasings that feed the answerer.
_UNSEEN = frozenset({"id", "asks"})
# A change to these fields is shown with what the item said before; so is any change where a figure is involved.
_SHOWN_BEFORE = frozenset({"date", "speaker", "name", "to"})
_FIGURE = re.compile(r"\d")


class ItemChange(msgspec.Struct, frozen=True, gc=False):
    """One item added, changed (with the fields that changed) or withdrawn."""

    kind: str  # added | changed | withdrawn
    section: str
    id: str
    fields: tuple[str, ...] = ()


class ChangeSummary(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    """What changed from one version to the next, as the store keeps it."""

    items: tuple[ItemChange, ...] = ()
    title: bool = False
    summary: bool = False
    corrections: tuple[Correction, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.items or self.title or self.summary or self.corrections)

    def ids(self, *kinds: str) -> list[str]:
        return [change.id for change in self.items if not kinds or change.kind in kinds]


_SUMMARY_ENCODER = msgspec.json.Encoder()
_SUMMARY_DECODER = msgspec.json.Decoder(ChangeSummary)


def encode_summary(summary: ChangeSummary) -> str:
    return _SUMMARY_ENCODER.encode(summary).decode()


def decode_summary(text: str) -> ChangeSummary:
    return _SUMMARY_DECODER.decode(text)


def brief_digest(stored: StoredBrief) -> str:
    """The digest of a brief's typed content: equal for files that differ only in comments, spacing or key order."""
    return hashlib.blake2b(stored.blob, digest_size=20).hexdigest()


def diff_briefs(old: Brief, new: Brief) -> ChangeSummary:
    """Items added, changed (saying which fields) and withdrawn; title, summary and new corrections."""
    before = {item.id: (section, item) for section, item in old.all_items()}
    after = {item.id: (section, item) for section, item in new.all_items()}
    changes = []
    for item_id, (section, item) in after.items():
        if item_id not in before:
            changes.append(ItemChange("added", section, item_id))
            continue
        fields = changed_fields(before[item_id][1], item)
        if fields:
            changes.append(ItemChange("changed", section, item_id, fields))
    for item_id, (section, _) in before.items():
        if item_id not in after:
            changes.append(ItemChange("withdrawn", section, item_id))
    return ChangeSummary(
        items=tuple(changes),
        title=old.title != new.title,
        summary=old.summary != new.summary,
        corrections=tuple(c for c in new.corrections if c not in old.corrections),
    )


def changed_fields(old: Item, new: Item) -> tuple[str, ...]:
    """The reader-visible fields whose values differ (an item moved to another section counts as all of them)."""
    if type(old) is not type(new):
        return tuple(f for f in new.__struct_fields__ if f not in _UNSEEN)
    return tuple(f for f in new.__struct_fields__ if f not in _UNSEEN and getattr(old, f) != getattr(new, f))


def shows_before(section: str, old: Item, new: Item, fields: tuple[str, ...]) -> bool:
    """Whether an update shows what the item said before: a quote, a name, a date or a figure changed."""
    if section == "quotes" or _SHOWN_BEFORE.intersection(fields):
        return True
    return any(_FIGURE.search(str(getattr(item, f, "") or "")) for f in fields for item in (old, new))

"""The brief: one story's curated summary, as typed, compact, immutable records.

msgspec Structs validate a parsed YAML mapping in one pass, hold no per-instance
``__dict__`` (10,000 briefs fit in memory), and give the JSON Schema editors use.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from bot.access import Restriction

PARTIAL_DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
ITEM_ID = r"^[a-z0-9][a-z0-9-]{0,63}$"
SLACK_USER = r"^[UW][A-Z0-9]{2,20}$"
SLACK_CHANNEL = r"^[CG][A-Z0-9]{2,20}$"
# An id that only holds a place: one character repeated (U0000000000, UXXXXXXXX) is no one's.
_PLACEHOLDER_USER = re.compile(r"^[UW](.)\1+$")


def is_real_user(user_id: str | None) -> bool:
    """A Slack user id (U… or W…) that can be mentioned: well formed and not a placeholder."""
    return user_id is not None and re.match(SLACK_USER, user_id) is not None and not _PLACEHOLDER_USER.match(user_id)


PartialDate = Annotated[
    str,
    Meta(
        pattern=PARTIAL_DATE,
        description="A date at day, month or year precision: 2020-06-17, 2020-06 or 2020.",
        examples=["2020-06-17", "2020-06", "2020"],
    ),
]
ItemId = Annotated[
    str,
    Meta(
        pattern=ITEM_ID,
        description="Stable id used in citations; lower-case letters, digits and dashes.",
    ),
]
Text = Annotated[str, Meta(min_length=1)]
Status = Literal["draft", "developing", "published", "archived"]

SECTIONS = ("facts", "quotes", "questions", "timeline", "people")


class Item(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True, gc=False):
    """Fields every brief item shares: a citation id and editor-written phrasings."""

    id: ItemId = ""
    asks: list[Text] = []


class Fact(Item, frozen=True):
    text: Annotated[Text, Meta(description="The fact, in the editor's own words.")]
    basis: Annotated[Text, Meta(description="Where the fact comes from.")]
    date: PartialDate | None = None


class Quote(Item, frozen=True):
    text: Annotated[Text, Meta(description="The quotation, verbatim from the source.")]
    speaker: Annotated[Text, Meta(description="Who said it; for a withheld name, say so.")]
    role: Annotated[Text, Meta(description="The speaker's role as the story gives it.")]
    to: Annotated[str | None, Meta(description="To whom it was said or written.")] = None
    date: PartialDate | None = None
    context: str | None = None


class Question(Item, frozen=True):
    text: Annotated[Text, Meta(description="What the story leaves unknown.")]
    status: Literal["open", "answered"] = "open"
    answer: str | None = None
    basis: str | None = None


class TimelineEntry(Item, frozen=True):
    date: PartialDate
    event: Text
    basis: str | None = None


class Person(Item, frozen=True):
    name: Text
    role: Text
    kind: Literal["person", "organisation"] = "person"
    aliases: list[Text] = []


class Editor(msgspec.Struct, frozen=True, forbid_unknown_fields=True, gc=False):
    name: Text
    slack: Annotated[str, Meta(pattern=SLACK_USER, description="Slack user id, e.g. U0123ABCD.")] | None = None


SlackUser = Annotated[str, Meta(pattern=SLACK_USER, description="Slack user id, e.g. U0123ABCD or W0123ABCD.")]
SlackChannel = Annotated[
    str, Meta(pattern=SLACK_CHANNEL, description="Slack channel id, e.g. C0123ABCD (or G0123ABCD, a private one).")
]
Embargo = Annotated[
    dt.datetime,
    Meta(
        tz=True,
        description="Not served before this moment (except to its editors, privately): an ISO 8601 date-time "
        "with its time zone.",
        examples=["2026-12-24T06:00:00Z", "2026-12-24T07:00:00+01:00"],
    ),
]


class Access(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True, gc=False):
    """Where and to whom a restricted story exists; its editors always see it."""

    channels: Annotated[list[SlackChannel], Meta(description="Channels where it is posted as usual.")] = []
    users: Annotated[list[SlackUser], Meta(description="People who see it privately anywhere else.")] = []


class Source(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True, gc=False):
    outlet: Text
    headline: str | None = None
    byline: Annotated[str, Meta(description="Who wrote the story, as the byline gives it.")] | None = None
    url: Annotated[str, Meta(pattern=r"^https?://\S+$")] | None = None
    published: Annotated[PartialDate, Meta(description="When the story was first published.")]
    page_date: Annotated[PartialDate, Meta(description="The date on the page the text was taken from.")] | None = None
    republisher: str | None = None
    file: Annotated[str, Meta(description="Stored source text, a path under briefs/.")] | None = None
    dating: Annotated[str, Meta(description="How the dates were anchored.")] | None = None


class Correction(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True, gc=False):
    """A published correction: when, what was wrong, and the items it concerns (a withdrawn one included)."""

    date: PartialDate
    text: Annotated[Text, Meta(description="What was wrong and what is right now, in the editor's words.")]
    items: Annotated[list[ItemId], Meta(description="Ids of the items the correction changed or withdrew.")] = []


class Brief(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True, gc=False):
    """One story. ``id`` is the file name's stem and is filled in by the loader."""

    title: Text
    status: Status
    updated: PartialDate
    editors: Annotated[list[Editor], Meta(min_length=1)]
    source: Source
    summary: Text
    facts: Annotated[list[Fact], Meta(min_length=1)]
    aliases: list[Text] = []
    quotes: list[Quote] = []
    questions: list[Question] = []
    timeline: list[TimelineEntry] = []
    people: list[Person] = []
    embargo: Embargo | None = None
    access: Access | None = None
    corrections: list[Correction] = []
    id: str = ""

    def items(self, section: str) -> list[Item]:
        return getattr(self, section)

    def restriction(self) -> Restriction | None:
        """Who the story is for, when it is not for everyone: its embargo, access list and editors."""
        if self.embargo is None and self.access is None:
            return None
        return Restriction(
            self.embargo,
            frozenset(self.access.channels) if self.access else None,
            frozenset(self.access.users) if self.access else frozenset(),
            frozenset(editor.slack for editor in self.editors if editor.slack),
        )

    def all_items(self):
        """Yield (section, item) over every section in reading order."""
        for section in SECTIONS:
            for item in getattr(self, section):
                yield section, item

    def item(self, item_id: str) -> tuple[str, Item] | None:
        for section, item in self.all_items():
            if item.id == item_id:
                return section, item
        return None


SECTION_PREFIX = {
    "facts": "fact",
    "quotes": "quote",
    "questions": "question",
    "timeline": "time",
    "people": "who",
}
_WORD = re.compile(r"[a-z0-9]+")


def derive_item_id(section: str, item: Item) -> str:
    """An id from the item's own words, so adding other items never changes it."""
    source = {
        Fact: lambda i: i.text,
        Quote: lambda i: f"{i.speaker} {i.text}",
        Question: lambda i: i.text,
        TimelineEntry: lambda i: f"{i.date} {i.event}",
        Person: lambda i: i.name,
    }[type(item)](item)
    words = _WORD.findall(source.lower())[:5]
    return "-".join([SECTION_PREFIX[section], *words])[:64].rstrip("-")


class StoredBrief(msgspec.Struct, frozen=True, gc=False, array_like=True):
    """A brief as the library keeps it: the fields lookups and lists need, and the rest as msgpack.

    Holding briefs encoded keeps 10,000 of them in about a third of the memory that decoded
    objects take; `decode()` restores the full Brief for the one story a request is about.
    """

    id: str
    title: str
    status: str
    updated: str
    aliases: list[str]
    blob: bytes
    restriction: Restriction | None = None

    @classmethod
    def of(cls, brief: Brief) -> StoredBrief:
        encoded = _BRIEF_ENCODER.encode(brief)
        return cls(brief.id, brief.title, brief.status, brief.updated, brief.aliases, encoded, brief.restriction())

    def decode(self) -> Brief:
        return _BRIEF_DECODER.decode(self.blob)

    def editors(self) -> list[Editor]:
        """The brief's editors alone, read from the msgpack without decoding the rest (about 30 times faster)."""
        return _EDITORS_DECODER.decode(self.blob).editors


class _EditorsOnly(msgspec.Struct, gc=False):
    editors: list[Editor]


_BRIEF_ENCODER = msgspec.msgpack.Encoder()
_BRIEF_DECODER = msgspec.msgpack.Decoder(Brief)
_EDITORS_DECODER = msgspec.msgpack.Decoder(_EditorsOnly)

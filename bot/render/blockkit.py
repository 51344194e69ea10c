"""Block Kit building blocks within Slack's limits, and the one escaping function.

Every piece of text that comes from a brief or a person goes through ``escape`` before it is
placed in a message, so nothing typed or curated can become a mention, a link or markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_MESSAGE_TEXT = 40000
MAX_BUTTON_TEXT = 75
# A message this size stays well inside Slack's message limits (and readable on a phone).
MESSAGE_BUDGET = 12000

# Invisible characters that can hide or reorder text: zero-width and bidirectional controls.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Markup characters: a zero-width space after each keeps them from pairing into *bold*, `code` …
_MARKUP = re.compile(r"([*_~`])")
ZWSP = "\u200b"
# Shown where a text would otherwise be blank: Slack refuses empty texts, and invisible ones are removed.
BLANK = "—"


def escape(text: object) -> str:
    """Text from a brief or a person, made inert for Slack's mrkdwn.

    ``&``, ``<`` and ``>`` become entities (so ``<!channel>`` or ``<@U1>`` stay literal), invisible
    direction and zero-width characters are removed, and markup characters cannot pair up.
    """
    text = _CONTROL.sub("", _INVISIBLE.sub("", str(text)))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKUP.sub("\\1" + ZWSP, text)


def plain(text: object) -> str:
    """Text for plain_text objects and notification fallbacks: visible characters only."""
    text = _CONTROL.sub("", _INVISIBLE.sub("", str(text)))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


MAX_LINK_URL = 1000
MAX_LINK_LABEL = 150


def link(url: str, label: str) -> str:
    """A link from a brief's own URL field (validated http/https), with an escaped label.

    The whole link stays short enough to sit inside one section (a URL too long to be one is shown as its
    label alone), so splitting a long text never cuts a link in two."""
    safe_url = url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
    label = escape(clip(label, MAX_LINK_LABEL))
    if len(safe_url) > MAX_LINK_URL:
        return label
    return f"<{safe_url}|{label}>"


def clip(text: str, size: int) -> str:
    """At most `size` characters; a cut never leaves half an entity or a markup character without its guard."""
    if len(text) <= size:
        return text
    cut = size - 1
    amp = text.rfind("&", max(cut - 6, 0), cut)
    if amp != -1 and ";" not in text[amp:cut]:
        cut = amp
    if text[cut - 1 : cut] in ("*", "_", "~", "`") and text[cut : cut + 1] == ZWSP:
        cut -= 1
    return text[:cut].rstrip() + "…"


def split_text(text: str, size: int = MAX_SECTION_TEXT) -> list[str]:
    """Split escaped text into pieces of at most `size`, at spaces where possible.

    Never inside an entity or a link, never between a markup character and the zero-width space that
    keeps it inert, and no piece is left blank (Slack refuses blank texts).
    """
    pieces = []
    while len(text) > size:
        cut = text.rfind(" ", size // 2, size)
        if cut <= 0:
            cut = size
            amp = text.rfind("&", cut - 6, cut)
            if amp != -1 and ";" not in text[amp:cut]:
                cut = amp
            if text[cut] == ZWSP and text[cut - 1] in "*_~`":
                cut -= 1
        opened = text.rfind("<", 0, cut)
        if opened > 0 and ">" not in text[opened:cut]:  # never inside a link the app made
            cut = opened
        if text[:cut].strip():
            pieces.append(text[:cut])
        text = text[cut:].lstrip(" ")
    if text.strip() or not pieces:
        pieces.append(text if text.strip() else BLANK)
    return pieces


def _filled(text: str) -> str:
    return text if text.strip() else BLANK


def header(text: str) -> dict:
    shown = _filled(clip(plain(text), MAX_HEADER_TEXT))
    return {"type": "header", "text": {"type": "plain_text", "text": shown}}


def section(mrkdwn: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _filled(mrkdwn), "verbatim": True}}


def context(*parts: str) -> dict:
    elements = [
        {"type": "mrkdwn", "text": clip(p, MAX_SECTION_TEXT), "verbatim": True} for p in parts if p and p.strip()
    ]
    if not elements:
        elements = [{"type": "mrkdwn", "text": BLANK, "verbatim": True}]
    return {"type": "context", "elements": elements[:MAX_CONTEXT_ELEMENTS]}


def divider() -> dict:
    return {"type": "divider"}


def button(label: str, action_id: str, value: str, style: str | None = None) -> dict:
    element = {
        "type": "button",
        "text": {"type": "plain_text", "text": clip(plain(label), MAX_BUTTON_TEXT)},
        "action_id": action_id,
        "value": value[:2000],
    }
    if style:
        element["style"] = style
    return element


def actions(*elements: dict, block_id: str | None = None) -> dict:
    block = {"type": "actions", "elements": list(elements)[:25]}
    if block_id:
        block["block_id"] = block_id
    return block


@dataclass
class Message:
    """One Slack message: notification text and blocks."""

    text: str
    blocks: list[dict] = field(default_factory=list)


def _block_size(block: dict) -> int:
    if "text" in block:
        return len(block["text"]["text"])
    return sum(len(e.get("text", "")) if isinstance(e.get("text"), str) else 40 for e in block.get("elements", []))


def paginate(text: str, blocks: list[dict], continued: str = "(continued)") -> list[Message]:
    """Blocks laid into as many messages as Slack's limits need; long sections are split, never cut.

    A section longer than Slack allows becomes several sections; when the blocks outgrow one
    message the rest go into follow-on messages (posted in the first one's thread).
    """
    flat: list[dict] = []
    for block in blocks:
        if block["type"] == "section" and len(block["text"]["text"]) > MAX_SECTION_TEXT:
            flat.extend(section(piece) for piece in split_text(block["text"]["text"]))
        else:
            flat.append(block)
    text = plain(text)  # the notification text is built from titles and typed words: never live
    messages = [Message(text=clip(text, MAX_MESSAGE_TEXT))]
    used = 0
    for block in flat:
        size = _block_size(block)
        current = messages[-1]
        if current.blocks and (len(current.blocks) >= MAX_BLOCKS or used + size > MESSAGE_BUDGET):
            messages.append(Message(text=clip(f"{text} {continued}", MAX_MESSAGE_TEXT)))
            used = 0
        messages[-1].blocks.append(block)
        used += size
    return messages


def _split_sections(blocks: list[dict]) -> list[dict]:
    out: list[dict] = []
    for block in blocks:
        text = (block.get("text") or {}).get("text", "") if block.get("type") == "section" else ""
        if len(text) > MAX_SECTION_TEXT:
            out.extend(section(piece) for piece in split_text(text))
        else:
            out.append(block)
    return out


_CUT_ENTITY = re.compile(r"&[a-z]{0,3}$")
_BARE_AMP = re.compile(r"&(?!amp;|lt;|gt;)")


_UNGUARDING = re.compile("(?<![*_~`])\u200b|[\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")


def _inert_text(text: str) -> str:
    """A message's text with no reason to hold a mention or a link: whatever built it, none goes out.

    Invisible characters go (but not the zero-width spaces that guard markup), an entity cut short by
    slicing is dropped, and any other bare & becomes &amp;."""
    text = _UNGUARDING.sub("", _CONTROL.sub("", text)).replace("<", "&lt;").replace(">", "&gt;")
    return _BARE_AMP.sub("&amp;", _CUT_ENTITY.sub("", text))


def fit(message: Message) -> Message:
    """The message within Slack's limits whatever built it: the last check before anything is sent.

    An oversize section is split into several (or, if that would pass 50 blocks, cut with "…"),
    blocks past the 50th are dropped with a note, and the notification text is capped.
    """
    blocks = _split_sections(message.blocks)
    if len(blocks) > MAX_BLOCKS:
        blocks = [
            section(clip(block["text"]["text"], MAX_SECTION_TEXT))
            if block.get("type") == "section" and len((block.get("text") or {}).get("text", "")) > MAX_SECTION_TEXT
            else block
            for block in message.blocks
        ]
    if len(blocks) > MAX_BLOCKS:
        blocks = blocks[: MAX_BLOCKS - 1] + [context("_…more than one Slack message can hold._")]
    text = clip(_inert_text(message.text), MAX_MESSAGE_TEXT)
    if not text.strip() and not blocks:
        text = BLANK
    return Message(text=text, blocks=blocks)


def text_version(messages: list[Message], note: str = "", size: int = MAX_SECTION_TEXT) -> Message:
    """The messages as one text-only message of at most `size` characters (no blocks), for when Slack
    refuses the formatted ones. Every piece was escaped when the blocks were built; header text gets
    its markup guarded too."""
    lines: list[str] = []
    for message in messages:
        for block in message.blocks:
            kind = block.get("type")
            if kind == "header":
                lines.append("*" + _MARKUP.sub("\\1" + ZWSP, block["text"]["text"]) + "*")
            elif kind == "section" and "text" in block:
                lines.append(block["text"]["text"])
            elif kind == "context":
                lines.extend(e["text"] for e in block.get("elements", []) if isinstance(e.get("text"), str))
    room = size - len(note) - 2
    pieces = split_text("\n".join(lines) or BLANK, room)
    body = pieces[0] + ("…" if len(pieces) > 1 else "")
    return Message(text=f"{body}\n{note}" if note else body, blocks=[])

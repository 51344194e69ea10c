"""Block Kit → terminal text, for the console: what a person would see in Slack, readably."""

from __future__ import annotations

import re
import textwrap

_BOLD = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])")
_CODE = re.compile(r"`([^`\n]+)`")
_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]+)>")
_USER = re.compile(r"<@([UW][A-Z0-9]+)>")
WIDTH = 88


class Style:
    """ANSI styling when writing to a terminal; plain text otherwise (pipes, tests)."""

    def __init__(self, color: bool):
        self.color = color

    def wrap(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text

    def bold(self, text: str) -> str:
        return self.wrap("1", text)

    def dim(self, text: str) -> str:
        return self.wrap("2", text)


def mrkdwn_to_text(text: str, style: Style) -> str:
    """Slack mrkdwn as terminal text: markup applied, entities decoded, invisible characters dropped."""
    text = text.replace("\u200b", "")
    text = _LINK.sub(lambda m: f"{m[2]} ({m[1]})", text)
    text = _USER.sub(lambda m: "@" + m[1], text)
    text = _BOLD.sub(lambda m: style.bold(m[1]), text)
    text = _ITALIC.sub(lambda m: style.dim(m[1]), text)
    text = _CODE.sub(lambda m: m[1], text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _wrapped(text: str, indent: str = "  ") -> list[str]:
    lines = []
    for raw in text.split("\n"):
        quote = raw.startswith(">")
        body = raw[1:] if quote else raw
        prefix = indent + ("│ " if quote else "")
        lines.extend(textwrap.wrap(body, WIDTH, initial_indent=prefix, subsequent_indent=prefix) or [prefix])
    return lines


def blocks_to_lines(blocks: list[dict], style: Style) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            title = mrkdwn_to_text(block["text"]["text"], style)
            lines += ["  " + style.bold(title), "  " + "═" * min(len(title), WIDTH)]
        elif kind == "section":
            lines += _wrapped(_mrkdwn_quotes(block["text"]["text"], style))
        elif kind == "context":
            text = "  ".join(mrkdwn_to_text(e.get("text", ""), style) for e in block.get("elements", []))
            lines += [style.dim(line) for line in _wrapped(text)]
        elif kind == "actions":
            buttons = " ".join(f"[ {e['text']['text']} ]" for e in block.get("elements", []) if "text" in e)
            lines += _wrapped(buttons)
        elif kind == "divider":
            lines.append("  " + "─" * 40)
    return lines


def _mrkdwn_quotes(text: str, style: Style) -> str:
    """Keep Slack's quote bars (lines starting with &gt;) as quote lines before decoding entities."""
    return "\n".join(
        (">" + mrkdwn_to_text(line[4:], style)) if line.startswith("&gt;") else mrkdwn_to_text(line, style)
        for line in text.split("\n")
    )

"""What a person typed, read back from how Slack writes it in a message or a slash command's text."""

from __future__ import annotations

import re

_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
# Slack's markup besides mentions: a link or a channel with its label, a bare link, a special mention ("<!here>");
# "&", "<" and ">" typed come written as entities.
_MARKUP = re.compile(r"<(?:#[CG][A-Z0-9]+|(?:https?|mailto):[^|>]*)\|([^>]*)>|<((?:https?|mailto):[^|>]*)>|<![^>]*>")


def as_typed(text: str) -> str:
    """The text as its author typed it: mentions out, links and channels as their labels, "&amp;" as "&"."""
    if "<" in text:
        text = _MARKUP.sub(lambda m: m[1] if m[1] is not None else m[2] or " ", _MENTION.sub(" ", text))
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") if "&" in text else text

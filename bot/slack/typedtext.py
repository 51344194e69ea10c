"""What a person typed, read back from how Slack writes it in a message or a slash command's text."""

from __future__ import annotations

import re

_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_OPENING_MENTION = re.compile(r"\s*" + _MENTION.pattern)
# Slack's markup besides mentions: a link or a channel with its label, a bare link, a special mention ("<!here>");
# "&", "<" and ">" typed come written as entities.
_MARKUP = re.compile(r"<(?:#[CG][A-Z0-9]+|(?:https?|mailto):[^|>]*)\|([^>]*)>|<((?:https?|mailto):[^|>]*)>|<![^>]*>")
# An emoji as Slack writes it, typed or picked (":thinking_face:", ":+1::skin-tone-2:"); not after a letter or digit,
# so a time or a ratio ("10:30:15", "2:1:1") stays as typed.
_EMOJI = re.compile(r"(?<![0-9A-Za-z]):[a-z0-9_+'-]+:")


def as_typed(text: str) -> str:
    """The text as its author typed it: mentions and emoji out, links and channels as their labels, "&amp;" as "&"."""
    if "<" in text:
        text = _MARKUP.sub(lambda m: m[1] if m[1] is not None else m[2] or " ", _MENTION.sub(" ", text))
    if ":" in text:
        text = _EMOJI.sub(" ", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") if "&" in text else text


def addressed_to_another(text: str, bot_user_id: str | None) -> bool:
    """Whether a message opens by mentioning someone who is not the bot and never mentions the bot ("@Jane can you
    call the DEA?"): it speaks to that person, not to the bot. Not knowing the bot's id, no message is taken so."""
    opening = _OPENING_MENTION.match(text) if bot_user_id else None
    return opening is not None and opening[1] != bot_user_id and bot_user_id not in _MENTION.findall(text)

"""Where an ask gives words pasted from the story: between quotation marks ("what did he mean by 'a wall with a door
in it'"), or after "who said" ("who said we will not back down"). An item holding those words is what it asks about."""

from __future__ import annotations

import re

from bot.answer.forms import BE

# "who said …", "whose line is …", "who tweeted …": what follows is the line asked about.
PASTED_LEAD = re.compile(
    rf"^\W*(?:who|whose)\s+(?:said|says|wrote|writes|tweeted|posted|(?:line|words|quote)(?:\s+{BE})?)\b",
    re.IGNORECASE,
)
# Words between a pair of quotation marks, straight or curly, double or single; not an apostrophe inside a word.
QUOTED = re.compile(
    r"(?<![\w'\u2019])[\"\u201c\u2018'](?P<words>[^\"\u201c\u201d\u2018]+?)[\"\u201d\u2019'](?![\w'\u2019])"
)


def pasted_spans(text: str) -> list[str]:
    """The parts of an ask that may be words pasted from the story."""
    spans = [m["words"] for m in QUOTED.finditer(text)]
    lead = PASTED_LEAD.match(text)
    return [*spans, text[lead.end() :]] if lead else spans

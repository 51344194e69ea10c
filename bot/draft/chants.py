"""Words a crowd chanted or shouted: quoted however short, and the crowd's, not the sentence subject's."""

from __future__ import annotations

import re

from bot.draft.text import QuoteSpan

# 'protesters chanting "No more!"', '"Out!" the crowd yelled': words a crowd chanted or shouted, short as they are
_CROWDS = (
    r"crowd|audience|attendees|protesters|demonstrators|supporters|marchers|spectators|activists|fans|students|others"
)
CHANTED_BEFORE = re.compile(
    r"\b(?:chant(?:s|ed|ing)?(?:\s+of)?(?:\s+back(?:\s+at\s+\w+)?)?,?|(?:shouts|cries|calls)\s+of)\s+[\"\u201c]$"
)
_CRIED = r"(?:chanted|yelled|shouted|screamed|cried|roared|responded|answered)"
CHANTED_AFTER = re.compile(rf"[\s,]*(?:the|some|many)\s+(?P<group>{_CROWDS})\s+(?:\w+ly\s+)?{_CRIED}\b")
# 'The crowd shouted, "…"', 'Protesters outside yelled: "…"': a crowd opens the sentence and cries the words
CRIED_BEFORE = re.compile(
    rf"(?:[A-Z][^;:\u201c\u201d\"]{{0,120}}?,\s*)?(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Oo]ther)\s+)?(?:[a-z][\w-]*\s+)?"
    rf"(?P<group>(?i:{_CROWDS}))(?:,[^,;:\u201c\u201d\"]{{1,120}},)?(?:\s+[a-z][\w-]*){{0,3}}?\s+{_CRIED}[,:]?\s+[\"\u201c]$"
)
CROWD = re.compile(rf"\b(?:{_CROWDS})\b")


def chanted_by(masked: str, span: QuoteSpan, start: int, chant_end: int | None) -> tuple[bool, str | None]:
    """Whether a crowd chanted or shouted the quotation (or it is joined to one that was: 'chanting "…" and "…"'),
    and the crowd that did, when the sentence names one ("protesters", "the audience")."""
    after = CHANTED_AFTER.match(masked, span.end) or CRIED_BEFORE.match(masked, start, span.open + 1)
    if after:
        return True, after["group"].lower()
    joined = chant_end is not None and re.fullmatch(r"\s*,?\s*(?:and|or)?\s*", masked[chant_end : span.open])
    if not (joined or CHANTED_BEFORE.search(masked, start, span.open + 1)):
        return False, None
    crowds = CROWD.findall(masked, start, span.open)
    return True, crowds[-1] if crowds else None

"""Whether a mention is named only in passing, inside an aside of its sentence: in parentheses ("Sen. Jane Doe (who
replaced Sen. Mark Roe)"), in a relative clause set off by a comma ("Jane Doe, whose father Ray Doe founded the
firm, …") or in another person's description ("Doe, a longtime rival of Sen. Mark Roe, …"). Such a person is not
who a later description or bare surname means when the sentence also names someone in their own right."""

from __future__ import annotations

import re

from bot.draft.mentions import Mention
from bot.draft.paragraphs import Paragraph

# what an aside opening after a comma looks like up to the mention, the aside not yet closed by a comma
RELATIVE_OPEN = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;:()\u2014]*$")
RELATION_OPEN = re.compile(
    r",\s+(?:a|an|the|his|her|their|its)\s+(?:[\w\u2019'-]+\s+){0,4}?(?:of|to|for|with)\s+"
    r"(?:[A-Z][\w.\u2019'-]*\s+){0,2}$"
)


def in_aside(par: Paragraph, mention: Mention) -> bool:
    """The mention sits in parentheses, a comma-set relative clause, or a description of someone named before it in
    its sentence."""
    start, _ = par.sentence_of(mention.start)
    before = par.masked[start : mention.start]
    if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
        return True
    named_before = any(start <= m.start < mention.start and m.kind == "name" for m in par.mentions)
    return named_before and (RELATIVE_OPEN.search(before) is not None or RELATION_OPEN.search(before) is not None)

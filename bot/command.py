"""What someone typed after /brief → what they asked for (pure; no Slack here)."""

from __future__ import annotations

from difflib import get_close_matches
from typing import NamedTuple

from bot import ids
from bot.library import FUZZY_ACCEPT, BriefLibrary, Lookup, accepted_match, name_key
from bot.model import Brief, StoredBrief

MAX_STORY_WORDS = 8
SECTION_TYPO_CUTOFF = 0.75  # difflib ratio: one swapped or missing letter in a section name of five or more
_HELP = frozenset({"", "help", "h", "?"})
_LIST = frozenset({"list", "ls", "stories", "index"})
_KEYWORDS = _HELP | _LIST  # these win over a story id spelt the same


class BriefRequest(NamedTuple):
    """kind: help | list | overview | section | search | corrections | changes | ambiguous | unknown."""

    kind: str
    typed: str = ""
    brief: Brief | None = None
    section: str | None = None
    words: str = ""
    candidates: tuple[StoredBrief, ...] = ()
    suggestions: tuple[StoredBrief, ...] = ()


def parse_command(text: str, library: BriefLibrary) -> BriefRequest:
    typed = " ".join(text.split())
    brief = library.get(typed) if typed not in _KEYWORDS else None
    if brief is not None:  # the usual ask: a story's id as listed, nothing after it
        return BriefRequest("overview", typed, brief=brief)
    keyword = name_key(typed)
    if keyword in _HELP:
        return BriefRequest("help", typed)
    if keyword in _LIST:
        return BriefRequest("list", typed)
    tokens = typed.split(" ")
    found = _resolve_story(tokens, library)
    if isinstance(found, Lookup):
        if found.candidates:
            return BriefRequest("ambiguous", typed, candidates=found.candidates)
        return BriefRequest("unknown", typed, suggestions=found.suggestions)
    brief, used = found
    rest = " ".join(tokens[used:])
    if not rest:
        return BriefRequest("overview", typed, brief=brief)
    history = ids.HISTORY_NAMES.get(name_key(rest))
    if history:
        return BriefRequest(history, typed, brief=brief)
    section = ids.SECTION_NAMES.get(name_key(rest))
    if section:
        return BriefRequest("section", typed, brief=brief, section=section)
    return BriefRequest("search", typed, brief=brief, words=rest)


def close_section(words: str) -> str | None:
    """The section name a misspelling is closest to ("quotse" → quotes), if one is close."""
    close = get_close_matches(name_key(words), ids.SECTION_NAMES, n=1, cutoff=SECTION_TYPO_CUTOFF)
    return ids.SECTION_NAMES[close[0]] if close else None


def _resolve_story(tokens: list[str], library: BriefLibrary) -> tuple[Brief, int] | Lookup:
    """The longest leading words that name a story: exact names first, then prefixes, then typos."""
    spans = range(min(len(tokens), MAX_STORY_WORDS), 0, -1)
    for used in spans:
        brief = library.exact(" ".join(tokens[:used]))
        if brief:
            return brief, used
    ambiguous = None
    for used in spans:
        head = " ".join(tokens[:used])
        prefixed = library.by_prefix(head)
        if len(prefixed) == 1:
            return library.get(prefixed[0].id), used
        if prefixed and ambiguous is None:
            ambiguous = Lookup(candidates=tuple(prefixed))
    if ambiguous:
        return ambiguous
    whole = " ".join(tokens[:MAX_STORY_WORDS])
    close = library.fuzzy(whole)
    accepted = accepted_match(close)
    if accepted is None:
        return Lookup(suggestions=tuple(brief for brief, _ in close[:3]))
    # One forgiving pass found the story; its name is the leading words that match it best, preferring a
    # split that leaves a section name ("msft facial recog when" is the timeline).
    scores = {n: library.name_score(" ".join(tokens[:n]), accepted.id) for n in spans}
    sections = [n for n in spans if scores[n] >= FUZZY_ACCEPT and name_key(" ".join(tokens[n:])) in ids.SECTION_NAMES]
    used = sections[0] if sections else max(spans, key=lambda n: (scores[n], n))
    return library.get(accepted.id), used

"""What someone typed after /brief → what they asked for (pure; no Slack here)."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import get_close_matches

from bot import ids
from bot.briefs.library import FUZZY_ACCEPT, BriefLibrary, LibraryView, Lookup, accepted_match, name_key
from bot.briefs.model import Brief, StoredBrief

MAX_STORY_WORDS = 8
SECTION_TYPO_CUTOFF = 0.75  # difflib ratio: one swapped or missing letter in a section name of five or more
_HELP = frozenset({"", "help", "h", "?"})
_LIST = frozenset({"list", "ls", "stories", "index"})
_KEYWORDS = _HELP | _LIST  # these win over a story id spelt the same


@dataclass(frozen=True)
class Help:
    typed: str


@dataclass(frozen=True)
class ListStories:
    typed: str


@dataclass(frozen=True)
class Ambiguous:
    """The name fits several stories."""

    typed: str
    candidates: tuple[StoredBrief, ...]


@dataclass(frozen=True)
class Unknown:
    """The name fits no story; the closest ones, if any are close."""

    typed: str
    suggestions: tuple[StoredBrief, ...]


@dataclass(frozen=True)
class Overview:
    typed: str
    brief: Brief
    what: str = "overview"


@dataclass(frozen=True)
class Section:
    typed: str
    brief: Brief
    section: str

    @property
    def what(self) -> str:
        return self.section


@dataclass(frozen=True)
class Search:
    """Words after the story's name: the brief's items that match them."""

    typed: str
    brief: Brief
    words: str
    what: str = "search"


@dataclass(frozen=True)
class History:
    """`corrections` or `changes` after the story's name: shown only to whoever asked."""

    typed: str
    brief: Brief
    kind: str


StoryRequest = Overview | Section | Search
BriefRequest = Help | ListStories | Ambiguous | Unknown | StoryRequest | History


def parse_command(text: str, library: BriefLibrary | LibraryView) -> BriefRequest:
    typed = " ".join(text.split())
    brief = library.get(typed) if typed not in _KEYWORDS else None
    if brief is not None:  # the usual ask: a story's id as listed, nothing after it
        return Overview(typed, brief)
    keyword = name_key(typed)
    if keyword in _HELP:
        return Help(typed)
    if keyword in _LIST:
        return ListStories(typed)
    tokens = typed.split(" ")
    found = _resolve_story(tokens, library)
    if isinstance(found, Lookup):
        if found.candidates:
            return Ambiguous(typed, found.candidates)
        return Unknown(typed, found.suggestions)
    brief, used = found
    rest = " ".join(tokens[used:])
    if not rest:
        return Overview(typed, brief)
    history = ids.HISTORY_NAMES.get(name_key(rest))
    if history:
        return History(typed, brief, history)
    section = ids.SECTION_NAMES.get(name_key(rest))
    if section:
        return Section(typed, brief, section)
    return Search(typed, brief, rest)


def close_section(words: str) -> str | None:
    """The section name a misspelling is closest to ("quotse" → quotes), if one is close."""
    close = get_close_matches(name_key(words), ids.SECTION_NAMES, n=1, cutoff=SECTION_TYPO_CUTOFF)
    return ids.SECTION_NAMES[close[0]] if close else None


def _resolve_story(tokens: list[str], library: BriefLibrary | LibraryView) -> tuple[Brief, int] | Lookup:
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
        only = library.get(prefixed[0].id) if len(prefixed) == 1 else None
        if only is not None:
            return only, used
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
    brief = library.get(accepted.id)
    return (brief, used) if brief is not None else Lookup()

"""The set of briefs in service and the ways people name a story."""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from cachetools import LRUCache
from rapidfuzz import fuzz, process

from bot.access import HIDDEN, PUBLIC, Decision, Viewer, decide
from bot.briefs.loader import DEFAULT_MAX_BYTES, EarlierIds, LoadResult, brief_files, display_path, load_brief_file
from bot.briefs.model import Brief, StoredBrief, is_real_user
from bot.errors import Problem

_NON_WORD = re.compile(r"[^a-z0-9]+")
FUZZY_ACCEPT = 80
FUZZY_SUGGEST = 60
DECODED_KEPT = 256

# The answer engine's index of one brief, which the library keeps beside it but never builds itself: whoever serves
# the library gives it the engine's build_index (the briefs know nothing of answering, which is built over them).
AnswerIndex = Any
IndexBuilder = Callable[[Brief], AnswerIndex]


def name_key(text: str) -> str:
    """How a story name compares: case, punctuation and spacing folded away."""
    return _NON_WORD.sub(" ", text.lower()).strip()


@dataclass
class Decoded:
    """A brief decoded for service, and its answer index, built on first use: once, however many threads ask."""

    brief: Brief
    _index: AnswerIndex | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def index(self, build: IndexBuilder) -> AnswerIndex:
        with self._lock:
            if self._index is None:
                self._index = build(self.brief)
            return self._index


@dataclass(frozen=True)
class Lookup:
    """A story name resolved: one brief, several candidates, or suggestions for a miss."""

    brief: Brief | None = None
    candidates: tuple[StoredBrief, ...] = ()
    suggestions: tuple[StoredBrief, ...] = ()


@dataclass
class BriefLibrary:
    """Every valid brief by id (kept encoded), with an index of the names people type for them.

    Lookups take the set of stories to skip from a `LibraryView`; called without one they skip every restricted
    or embargoed story, so code that forgets who is asking serves nothing it should not. The most recently used
    briefs stay decoded, each with its answer index beside it, built by `index_with` (none without it: `check`,
    `inbox`); a reload builds a new library, and so new indexes.
    """

    briefs: dict[str, StoredBrief] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    paths: dict[str, str] = field(default_factory=dict)
    _names: dict[str, str] = field(default_factory=dict)
    _sorted_names: list[str] = field(default_factory=list)
    _fuzzy_names: list[str] = field(default_factory=list)
    _fuzzy_ids: list[str] = field(default_factory=list)
    _fuzzy_count: dict[str, int] = field(default_factory=dict)
    _restricted: frozenset[str] = frozenset()
    _decoded: LRUCache[str, Decoded] = field(default_factory=lambda: LRUCache(maxsize=DECODED_KEPT))
    _decoded_lock: threading.Lock = field(default_factory=threading.Lock)
    index_with: IndexBuilder | None = None

    @classmethod
    def build(
        cls, results: list[LoadResult], previous: BriefLibrary | None = None, index_with: IndexBuilder | None = None
    ) -> BriefLibrary:
        """Index every valid result; where two briefs claim a name, the one that held it before keeps it."""
        library = cls(index_with=index_with)
        ordered = sorted(results, key=lambda r: str(r.path))
        for result in ordered:
            library.problems.extend(result.problems)
        claimed = []
        for result in ordered:
            stored = result.stored_brief()
            if stored is not None and library._claim_id(result, stored):
                claimed.append((result, stored))
        held = previous._names if previous else {}
        for keep_held in (True, False):
            for result, stored in claimed:
                library._claim_aliases(result, stored, held, keep_held)
        library._index()
        return library

    def _claim_id(self, result: LoadResult, brief: StoredBrief) -> bool:
        key = name_key(brief.id)
        shown = display_path(result.path)
        if key in self._names:
            other = self.paths[self._names[key]]
            self.problems.append(Problem(shown, 1, f"story id '{brief.id}' is also claimed by {other}; rename one"))
            return False
        self.briefs[brief.id] = brief
        self.paths[brief.id] = shown
        self._names[key] = brief.id
        return True

    def _claim_aliases(self, result: LoadResult, brief: StoredBrief, held: dict[str, str], keep_held: bool) -> None:
        """Claim the brief's aliases: in the first pass those it held before, in the second the rest."""
        shown = self.paths[brief.id]
        for alias, line in zip(brief.aliases, result.alias_lines or [1] * len(brief.aliases), strict=False):
            key = name_key(alias)
            if (held.get(key) == brief.id) != keep_held:
                continue
            owner = self._names.get(key)
            if owner is None:
                self._names[key] = brief.id
            elif owner != brief.id:
                what = "story id" if name_key(owner) == key else "alias"
                message = f"alias '{alias}' is also claimed by {self.paths[owner]} (its {what}); choose another"
                self.problems.append(Problem(shown, line, message))

    def _index(self) -> None:
        self._sorted_names = sorted(self._names)
        # Every (name, story) pair once: titles, then ids and aliases (an id is among the names already).
        pairs = {(name_key(brief.title), story_id): None for story_id, brief in self.briefs.items()}
        pairs.update(((key, story_id), None) for key, story_id in self._names.items())
        for name, story_id in pairs:
            self._fuzzy_names.append(name)
            self._fuzzy_ids.append(story_id)
            self._fuzzy_count[story_id] = self._fuzzy_count.get(story_id, 0) + 1
        self._restricted = frozenset(story_id for story_id, brief in self.briefs.items() if brief.restriction)

    def visible_to(self, viewer: Viewer) -> LibraryView:
        """The library as one viewer may see it now: the stories hidden from them are not in it at all."""
        return LibraryView(self, viewer, self.hidden_from(viewer))

    def hidden_from(self, viewer: Viewer) -> frozenset[str]:
        """The stories that do not exist for this viewer now."""
        return frozenset(
            story_id for story_id in self._restricted if not decide(self.briefs[story_id].restriction, viewer).visible
        )

    def _hiding(self, hidden: frozenset[str] | None) -> frozenset[str]:
        """The stories a lookup skips: a view's hidden set, or, asked with none, every restricted story."""
        return self._restricted if hidden is None else hidden

    def __len__(self) -> int:
        return len(self.briefs)

    def get(self, story_id: str, hidden: frozenset[str] | None = None) -> Brief | None:
        """The full brief, decoded on first use; the most recently used stay decoded."""
        decoded = self._decoded_entry(story_id, hidden)
        return decoded.brief if decoded else None

    def index(self, story_id: str, hidden: frozenset[str] | None = None) -> AnswerIndex | None:
        """The answer index of the brief `get` gives, built on first use and kept beside it; what every path that
        answers or searches a brief in service passes to the engine, so a thread's asks share one index. None for a
        story not found, or from a library given no `index_with` (the engine then builds one for the ask)."""
        decoded = self._decoded_entry(story_id, hidden)
        return decoded.index(self.index_with) if decoded and self.index_with else None

    def _decoded_entry(self, story_id: str, hidden: frozenset[str] | None) -> Decoded | None:
        if story_id in self._hiding(hidden):
            return None
        with self._decoded_lock:
            decoded = self._decoded.get(story_id)
        if decoded is not None:
            return decoded
        stored = self.briefs.get(story_id)
        if stored is None:
            return None
        decoded = Decoded(stored.decode())
        with self._decoded_lock:
            return self._decoded.setdefault(story_id, decoded)  # a brief decoded twice at once: both get one

    @cached_property
    def editor_names(self) -> dict[str, str]:
        """Every editor with a real Slack user id, across the briefs: id → name (read once per library)."""
        names: dict[str, str] = {}
        for stored in self.briefs.values():
            for editor in stored.editors():
                if editor.slack is not None and is_real_user(editor.slack):
                    names.setdefault(editor.slack, editor.name)
        return names

    def summaries(self, hidden: frozenset[str] | None = None) -> list[StoredBrief]:
        """Every story's id, title, status and date, by id: what lists and help show."""
        hidden = self._hiding(hidden)
        return [self.briefs[story_id] for story_id in sorted(self.briefs) if story_id not in hidden]

    def exact(self, text: str, hidden: frozenset[str] | None = None) -> Brief | None:
        """The brief whose id or alias this is, in constant time."""
        story_id = self._names.get(name_key(text))
        return self.get(story_id, hidden) if story_id else None

    def by_prefix(self, text: str, limit: int = 10, hidden: frozenset[str] | None = None) -> list[StoredBrief]:
        key = name_key(text)
        if not key:
            return []
        hidden = self._hiding(hidden)
        found: dict[str, StoredBrief] = {}
        start = bisect.bisect_left(self._sorted_names, key)
        for name in self._sorted_names[start:]:
            if not name.startswith(key) or len(found) > limit:
                break
            story_id = self._names[name]
            if story_id not in hidden:
                found[story_id] = self.briefs[story_id]
        return list(found.values())

    def fuzzy(self, text: str, limit: int = 5, hidden: frozenset[str] | None = None) -> list[tuple[StoredBrief, float]]:
        """Briefs whose names are close to the text (typos, title words), best first.

        Names of hidden stories are skipped after the search, which asks for as many more matches as they
        have names, so the result is the one a library without them would give.
        """
        key = name_key(text)
        if not key or not self._fuzzy_names:
            return []
        wanted, hidden = limit * 3, self._hiding(hidden)
        extra = sum(self._fuzzy_count.get(story_id, 0) for story_id in hidden)
        matches = process.extract(
            key, self._fuzzy_names, scorer=fuzz.WRatio, limit=wanted + extra, score_cutoff=FUZZY_SUGGEST
        )
        if hidden:
            matches = [match for match in matches if self._fuzzy_ids[match[2]] not in hidden][:wanted]
        best: dict[str, float] = {}
        for _name, score, index in matches:
            story_id = self._fuzzy_ids[index]
            best[story_id] = max(score, best.get(story_id, 0))
        ranked = sorted(best.items(), key=lambda pair: -pair[1])[:limit]
        return [(self.briefs[story_id], score) for story_id, score in ranked]

    def find(self, text: str, hidden: frozenset[str] | None = None) -> Lookup:
        """Resolve what someone typed: id, alias, unique prefix, then a forgiving match."""
        hidden = self._hiding(hidden)
        brief = self.exact(text, hidden)
        if brief:
            return Lookup(brief=brief)
        prefixed = self.by_prefix(text, hidden=hidden)
        if len(prefixed) == 1:
            return Lookup(brief=self.get(prefixed[0].id, hidden))
        if prefixed:
            return Lookup(candidates=tuple(prefixed))
        close = self.fuzzy(text, hidden=hidden)
        accepted = accepted_match(close)
        if accepted:
            return Lookup(brief=self.get(accepted.id, hidden))
        return Lookup(suggestions=tuple(brief for brief, _ in close[:3]))

    def name_score(self, text: str, story_id: str) -> float:
        """How well text matches one story's names (title, id, aliases)."""
        stored = self.briefs[story_id]
        names = {name_key(stored.title), name_key(story_id), *(name_key(alias) for alias in stored.aliases)}
        key = name_key(text)
        return max(fuzz.WRatio(key, name) for name in names) if key else 0.0


@dataclass(frozen=True)
class LibraryView:
    """The library as one viewer sees it at one moment: the lookups of BriefLibrary, without hidden stories.

    Every path that serves a story looks it up through a view, so a story hidden from someone is never found,
    listed or suggested for them, and what they get is what they would get if it had never been written.
    """

    library: BriefLibrary
    viewer: Viewer
    hidden: frozenset[str]

    def decision(self, story_id: str) -> Decision:
        """How this viewer may be served the story: publicly, privately (and why), or not at all."""
        stored = self.library.briefs.get(story_id)
        if stored is None or story_id in self.hidden:
            return HIDDEN
        return decide(stored.restriction, self.viewer) if stored.restriction else PUBLIC

    def get(self, story_id: str) -> Brief | None:
        return self.library.get(story_id, self.hidden)

    def index(self, story_id: str) -> AnswerIndex | None:
        return self.library.index(story_id, self.hidden)

    def summaries(self) -> list[StoredBrief]:
        return self.library.summaries(self.hidden)

    def exact(self, text: str) -> Brief | None:
        return self.library.exact(text, self.hidden)

    def by_prefix(self, text: str, limit: int = 10) -> list[StoredBrief]:
        return self.library.by_prefix(text, limit, self.hidden)

    def fuzzy(self, text: str, limit: int = 5) -> list[tuple[StoredBrief, float]]:
        return self.library.fuzzy(text, limit, self.hidden)

    def find(self, text: str) -> Lookup:
        return self.library.find(text, self.hidden)

    def name_score(self, text: str, story_id: str) -> float:
        return self.library.name_score(text, story_id) if story_id not in self.hidden else 0.0

    def __len__(self) -> int:
        return len(self.library) - len(self.hidden)


def accepted_match(close: list[tuple[StoredBrief, float]]) -> StoredBrief | None:
    """The best forgiving match when it is good and clearly ahead of the next story."""
    if close and close[0][1] >= FUZZY_ACCEPT and (len(close) == 1 or close[0][1] - close[1][1] >= 5):
        return close[0][0]
    return None


def load_library(
    briefs_dir: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    history: EarlierIds | None = None,
    index_with: IndexBuilder | None = None,
) -> BriefLibrary:
    """Every brief under a folder; a broken file becomes problems, never stops the rest. `index_with` builds the
    answer index kept beside each brief in service."""
    results = [load_brief_file(path, briefs_dir, max_bytes, history) for path in brief_files(briefs_dir)]
    return BriefLibrary.build(results, index_with=index_with)

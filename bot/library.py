"""The set of briefs in service and the ways people name a story."""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from cachetools import LRUCache
from rapidfuzz import fuzz, process

from bot.errors import Problem
from bot.loader import DEFAULT_MAX_BYTES, LoadResult, brief_files, display_path, load_brief_file
from bot.model import Brief, StoredBrief

_NON_WORD = re.compile(r"[^a-z0-9]+")
FUZZY_ACCEPT = 80
FUZZY_SUGGEST = 60
DECODED_KEPT = 256


def name_key(text: str) -> str:
    """How a story name compares: case, punctuation and spacing folded away."""
    return _NON_WORD.sub(" ", text.lower()).strip()


@dataclass(frozen=True)
class Lookup:
    """A story name resolved: one brief, several candidates, or suggestions for a miss."""

    brief: Brief | None = None
    candidates: tuple[StoredBrief, ...] = ()
    suggestions: tuple[StoredBrief, ...] = ()


@dataclass
class BriefLibrary:
    """Every valid brief by id (kept encoded), with an index of the names people type for them."""

    briefs: dict[str, StoredBrief] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    paths: dict[str, str] = field(default_factory=dict)
    _names: dict[str, str] = field(default_factory=dict)
    _sorted_names: list[str] = field(default_factory=list)
    _fuzzy_names: list[str] = field(default_factory=list)
    _fuzzy_ids: list[str] = field(default_factory=list)
    _decoded: LRUCache[str, Brief] = field(default_factory=lambda: LRUCache(maxsize=DECODED_KEPT))
    _decoded_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def build(cls, results: list[LoadResult], previous: BriefLibrary | None = None) -> BriefLibrary:
        """Index every valid result; where two briefs claim a name, the one that held it before keeps it."""
        library = cls()
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

    def __len__(self) -> int:
        return len(self.briefs)

    def get(self, story_id: str) -> Brief | None:
        """The full brief, decoded on first use; the most recently used stay decoded."""
        with self._decoded_lock:
            brief = self._decoded.get(story_id)
        if brief is not None:
            return brief
        stored = self.briefs.get(story_id)
        if stored is None:
            return None
        brief = stored.decode()
        with self._decoded_lock:
            return self._decoded.setdefault(story_id, brief)  # a brief decoded twice at once: both get one

    def summaries(self) -> list[StoredBrief]:
        """Every story's id, title, status and date, by id: what lists and help show."""
        return [self.briefs[story_id] for story_id in sorted(self.briefs)]

    def exact(self, text: str) -> Brief | None:
        """The brief whose id or alias this is, in constant time."""
        story_id = self._names.get(name_key(text))
        return self.get(story_id) if story_id else None

    def by_prefix(self, text: str, limit: int = 10) -> list[StoredBrief]:
        key = name_key(text)
        if not key:
            return []
        found: dict[str, StoredBrief] = {}
        start = bisect.bisect_left(self._sorted_names, key)
        for name in self._sorted_names[start:]:
            if not name.startswith(key) or len(found) > limit:
                break
            story_id = self._names[name]
            found[story_id] = self.briefs[story_id]
        return list(found.values())

    def fuzzy(self, text: str, limit: int = 5) -> list[tuple[StoredBrief, float]]:
        """Briefs whose names are close to the text (typos, title words), best first."""
        key = name_key(text)
        if not key or not self._fuzzy_names:
            return []
        matches = process.extract(
            key, self._fuzzy_names, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=FUZZY_SUGGEST
        )
        best: dict[str, float] = {}
        for _name, score, index in matches:
            story_id = self._fuzzy_ids[index]
            best[story_id] = max(score, best.get(story_id, 0))
        ranked = sorted(best.items(), key=lambda pair: -pair[1])[:limit]
        return [(self.briefs[story_id], score) for story_id, score in ranked]

    def find(self, text: str) -> Lookup:
        """Resolve what someone typed: id, alias, unique prefix, then a forgiving match."""
        brief = self.exact(text)
        if brief:
            return Lookup(brief=brief)
        prefixed = self.by_prefix(text)
        if len(prefixed) == 1:
            return Lookup(brief=self.get(prefixed[0].id))
        if prefixed:
            return Lookup(candidates=tuple(prefixed))
        close = self.fuzzy(text)
        accepted = accepted_match(close)
        if accepted:
            return Lookup(brief=self.get(accepted.id))
        return Lookup(suggestions=tuple(brief for brief, _ in close[:3]))

    def name_score(self, text: str, story_id: str) -> float:
        """How well text matches one story's names (title, id, aliases)."""
        stored = self.briefs[story_id]
        names = {name_key(stored.title), name_key(story_id), *(name_key(alias) for alias in stored.aliases)}
        key = name_key(text)
        return max(fuzz.WRatio(key, name) for name in names) if key else 0.0


def accepted_match(close: list[tuple[StoredBrief, float]]) -> StoredBrief | None:
    """The best forgiving match when it is good and clearly ahead of the next story."""
    if close and close[0][1] >= FUZZY_ACCEPT and (len(close) == 1 or close[0][1] - close[1][1] >= 5):
        return close[0][0]
    return None


def load_library(briefs_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> BriefLibrary:
    """Every brief under a folder; a broken file becomes problems, never stops the rest."""
    return BriefLibrary.build([load_brief_file(path, briefs_dir, max_bytes) for path in brief_files(briefs_dir)])

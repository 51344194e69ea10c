"""The library in service, kept fresh: changed files are re-read, a new library is built aside and swapped in whole.

A brief whose edit breaks it keeps its last good version in service; a deleted brief disappears.
A watcher (inotify through watchfiles) says which files changed, so a reload reads only those;
a burst of changes (a `git pull`, a renamed folder) falls back to comparing every file's stat.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import watchfiles

from bot.briefs.library import BriefLibrary, IndexBuilder
from bot.briefs.loader import BRIEF_SUFFIXES, LoadResult, brief_files, display_path, load_brief_file
from bot.briefs.startup import BriefCache, load_with_cache

log = logging.getLogger("briefbot.reload")
logging.getLogger("watchfiles").setLevel(logging.WARNING)
WATCH_DEBOUNCE_MS = 200
FULL_SCAN_FROM = 1000


def _signature(path: Path, source: Path | None) -> tuple:
    """What says a brief may have changed: its stat, and its source file's."""
    parts = []
    for each in (path, source):
        try:
            st = os.stat(each) if each else None
        except OSError:
            st = None
        parts.append((st.st_mtime_ns, st.st_size, st.st_ino) if st else None)
    return tuple(parts)


class LiveLibrary:
    """Holds the current BriefLibrary; `refresh()` re-reads what changed and swaps atomically."""

    def __init__(
        self, briefs_dir: Path, max_bytes: int, cache: BriefCache | None = None, index_with: IndexBuilder | None = None
    ):
        """`index_with` builds the answer index each library keeps beside a brief in service (the app gives the
        answer engine's build_index)."""
        self.briefs_dir = Path(briefs_dir)
        self.max_bytes = max_bytes
        self.cache = cache
        self.index_with = index_with
        self._unsaved: list | None = None
        self._seen: dict[Path, tuple[tuple, LoadResult]] = {}
        self._last_good: dict[Path, LoadResult] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.current = BriefLibrary(index_with=index_with)
        self.generation = 0
        self._listeners: list[Callable[[], None]] = []

    def on_reload(self, listener: Callable[[], None]) -> None:
        """Call `listener` (briefly: it runs under the reload lock) after every reload that swapped a library in."""
        self._listeners.append(listener)

    def __call__(self) -> BriefLibrary:
        return self.current

    def _load(self, paths: list[Path]) -> list[LoadResult]:
        """The first load uses every core and the cache; a reload reads just the changed files."""
        if self.generation == 0:
            entries, parsed = load_with_cache(paths, self.briefs_dir, self.max_bytes, self.cache)
            self._unsaved = entries if parsed and self.cache else None
            return [entry.result() for entry in entries]
        return [load_brief_file(path, self.briefs_dir, self.max_bytes) for path in paths]

    def refresh(self, hint: set[Path] | None = None) -> list[Path]:
        """Re-read new and changed files; returns the paths that changed (deletions included).

        With a hint (paths a watcher saw change) only those files, and briefs whose source file is
        among them, are looked at; without one, every file under the folder is.
        """
        with self._lock:
            if hint is None or not self.generation or self._needs_full_scan(hint):
                candidates = brief_files(self.briefs_dir) if self.briefs_dir.is_dir() else []
                removed = set(self._seen) - set(candidates)
            else:
                candidates, removed = self._affected(hint), set()
            changed = []
            for path in candidates:
                previous = self._seen.get(path)
                if not os.path.lexists(path):
                    removed.add(path)
                elif previous is None or previous[0] != _signature(path, previous[1].source_path):
                    changed.append(path)
            removed &= set(self._seen)
            if not changed and not removed and self.generation:
                return []
            for path, result in zip(changed, self._load(changed), strict=True):
                self._seen[path] = (_signature(path, result.source_path), result)
                if result.ok:
                    self._last_good[path] = result
            for path in removed:
                self._seen.pop(path, None)
                self._last_good.pop(path, None)
            self._swap(changed)
            for listener in self._listeners:
                listener()
            return changed + sorted(removed)

    def _swap(self, changed: list[Path]) -> None:
        """Build the new library aside from every file's result, then replace the old one in one step."""
        results = [self._in_service(path) for path in sorted(self._seen)]
        library = BriefLibrary.build(results, self.current, self.index_with)
        first = self.generation == 0
        self.current = library
        self.generation += 1
        touched = {display_path(path) for path in changed}
        for problem in library.problems:
            if first or problem.path in touched:
                (log.warning if problem.severity == "error" else log.info)("%s", problem)

    def _needs_full_scan(self, hint: set[Path]) -> bool:
        return len(hint) > FULL_SCAN_FROM or any(path.is_dir() for path in hint)

    def _affected(self, hint: set[Path]) -> list[Path]:
        """Brief files among the hinted paths, and the briefs whose stored source is among them."""
        root = self.briefs_dir.resolve()
        by_source: dict[Path, list[Path]] = {}
        for path, (_, result) in self._seen.items():
            if result.source_path is not None:
                by_source.setdefault(result.source_path.resolve(), []).append(path)
        found: set[Path] = set()
        for changed in hint:
            resolved = changed.resolve()
            found.update(by_source.get(resolved, ()))
            try:
                relative = resolved.relative_to(root)
            except ValueError:
                continue
            hidden = any(part.startswith(".") or part == "sources" for part in relative.parts[:-1])
            if relative.suffix in BRIEF_SUFFIXES and not hidden:
                found.add(self.briefs_dir / relative)
        return sorted(found)

    def _in_service(self, path: Path) -> LoadResult:
        """The file's latest result, or its last good brief when the latest edit broke it."""
        result = self._seen[path][1]
        good = self._last_good.get(path)
        if not result.ok and good is not None:
            note = [replace(p, message=p.message + " (still serving the last good version)") for p in result.problems]
            return replace(good, problems=note)
        return result

    def save_cache(self) -> None:
        """Write the cache of what the first load parsed, in the background: call once serving has begun."""
        if self._unsaved is not None and self.cache is not None:
            self.cache.write_in_background(self._unsaved)
            self._unsaved = None

    def wait_for_cache(self, timeout: float) -> None:
        """Let a cache write under way finish (it replaces the file whole, so stopping mid-write loses nothing)."""
        writer = self.cache.writer if self.cache else None
        if writer is not None:
            writer.join(timeout)

    def watch(self) -> threading.Thread:
        """Follow changes under the folder in a background thread (inotify via watchfiles) until stop()."""

        def loop():
            for changes in watchfiles.watch(
                self.briefs_dir, stop_event=self._stop, debounce=WATCH_DEBOUNCE_MS, step=50, raise_interrupt=False
            ):
                try:
                    changed = self.refresh({Path(name) for _, name in changes})
                except Exception:  # a reload must never take the bot down; the old library stays
                    log.exception("reloading briefs failed; still serving the previous library")
                    continue
                if changed:
                    log.info("reloaded %d changed brief file(s); %d briefs in service", len(changed), len(self.current))

        thread = threading.Thread(target=loop, name="brief-reload", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()

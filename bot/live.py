"""The library in service, kept fresh: changed files are re-read, a new library is built aside and swapped in whole.

A brief whose edit breaks it keeps its last good version in service; a deleted brief disappears.
Polling stats only (no reads) for unchanged files, so a reload costs what changed.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import replace
from pathlib import Path

from bot.library import BriefLibrary
from bot.loader import LoadResult, brief_files, display_path, load_brief_file

log = logging.getLogger("briefbot.reload")


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

    def __init__(self, briefs_dir: Path, max_bytes: int, loader=None):
        self.briefs_dir = Path(briefs_dir)
        self.max_bytes = max_bytes
        self._load_many = loader or self._load_sequential
        self._seen: dict[Path, tuple[tuple, LoadResult]] = {}
        self._last_good: dict[Path, LoadResult] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.current = BriefLibrary()
        self.generation = 0

    def __call__(self) -> BriefLibrary:
        return self.current

    def _load_sequential(self, paths: list[Path]) -> list[LoadResult]:
        return [load_brief_file(path, self.briefs_dir, self.max_bytes) for path in paths]

    def refresh(self) -> list[Path]:
        """Re-read new and changed files; returns the paths that changed (deletions included)."""
        with self._lock:
            paths = brief_files(self.briefs_dir) if self.briefs_dir.is_dir() else []
            signatures = {}
            changed = []
            for path in paths:
                previous = self._seen.get(path)
                source = previous[1].source_path if previous else None
                signatures[path] = _signature(path, source)
                if previous is None or previous[0] != signatures[path]:
                    changed.append(path)
            removed = [path for path in self._seen if path not in signatures]
            if not changed and not removed and self.generation:
                return []
            for path, result in zip(changed, self._load_many(changed), strict=True):
                signatures[path] = _signature(path, result.source_path)
                self._seen[path] = (signatures[path], result)
                if result.brief is not None:
                    self._last_good[path] = result
            for path in removed:
                self._seen.pop(path, None)
                self._last_good.pop(path, None)
            self.current = BriefLibrary.build([self._in_service(path) for path in paths])
            first = self.generation == 0
            self.generation += 1
            touched = {display_path(path) for path in changed}
            for problem in self.current.problems:
                if first or problem.path in touched:
                    (log.warning if problem.severity == "error" else log.info)("%s", problem)
            return changed + removed

    def _in_service(self, path: Path) -> LoadResult:
        """The file's latest result, or its last good brief when the latest edit broke it."""
        result = self._seen[path][1]
        good = self._last_good.get(path)
        if result.brief is None and good is not None:
            note = [replace(p, message=p.message + " (still serving the last good version)") for p in result.problems]
            return replace(good, problems=note)
        return result

    def watch(self, interval: float = 1.0) -> threading.Thread:
        """Poll for changes in a background thread until stop()."""

        def loop():
            while not self._stop.wait(interval):
                try:
                    changed = self.refresh()
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

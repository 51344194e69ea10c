"""Start-up at newsroom scale: briefs parsed on every core, and a content-keyed cache of validated briefs.

A cache entry is used only when the brief file's bytes and its source file's bytes hash to the
digest stored with it, so an edited brief or source is always parsed again; the cache file itself
carries an HMAC under a per-installation key, so a cache that was altered is ignored whole.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import multiprocessing
import os
import secrets
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import msgspec

from bot.briefs.loader import MAX_SOURCE_BYTES, LoadResult, content_digest, load_brief_file, read_regular_file
from bot.briefs.model import StoredBrief
from bot.errors import Problem

log = logging.getLogger("briefbot.startup")
PARALLEL_FROM = 64
CHUNK = 200
DIGEST_READ_LIMIT = 64 * 1024 * 1024  # past any brief's size cap, so an oversize file never matches


class Entry(msgspec.Struct, array_like=True, gc=False):
    """One file's load result in a form that crosses processes and sits in the cache."""

    path: str
    digest: str
    stored: StoredBrief | None
    problems: list[tuple[str, int, str, str]]
    alias_lines: list[int]
    source_path: str | None

    @classmethod
    def of(cls, result: LoadResult) -> Entry:
        problems = [(p.path, p.line, p.message, p.severity) for p in result.problems]
        source = str(result.source_path) if result.source_path else None
        return cls(str(result.path), result.digest, result.stored_brief(), problems, result.alias_lines, source)

    def result(self) -> LoadResult:
        source = Path(self.source_path) if self.source_path else None
        problems = [Problem(*p) for p in self.problems]
        return LoadResult(Path(self.path), None, problems, self.alias_lines, source, self.digest, self.stored)


_encoder = msgspec.msgpack.Encoder()
_entries = msgspec.msgpack.Decoder(list[Entry])
_entry = msgspec.msgpack.Decoder(Entry)


def current_digest(path: Path, source_path: str | None) -> str | None:
    """The digest a brief would have now, from its file and its source file as they are on disk."""
    try:
        raw = read_regular_file(path, DIGEST_READ_LIMIT)
        source = read_regular_file(Path(source_path), MAX_SOURCE_BYTES) if source_path else None
    except OSError:
        return None
    return content_digest(raw, source)


def _load_entries(paths: list[str], briefs_dir: str, max_bytes: int) -> bytes:
    """Worker: load a chunk of briefs and hand them back as msgpack (fast to send, typed on arrival)."""
    results = (load_brief_file(Path(name), Path(briefs_dir), max_bytes) for name in paths)
    return _encoder.encode([Entry.of(result) for result in results])


def load_entries(paths: list[Path], briefs_dir: Path, max_bytes: int, workers: int | None = None) -> list[Entry]:
    """Load briefs on every core when there are enough of them to be worth it."""
    workers = workers or os.cpu_count() or 1
    names = [str(path) for path in paths]
    if workers < 2 or len(names) < PARALLEL_FROM:
        return _entries.decode(_load_entries(names, str(briefs_dir), max_bytes))
    chunks = [names[i : i + CHUNK] for i in range(0, len(names), CHUNK)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        encoded = pool.map(_load_entries, chunks, [str(briefs_dir)] * len(chunks), [max_bytes] * len(chunks))
        return [entry for blob in encoded for entry in _entries.decode(blob)]


class BriefCache:
    """Validated briefs by file, kept in one HMAC-signed msgpack file beside the database."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.key_path = self.path.with_name(self.path.name + ".key")
        self.writer: threading.Thread | None = None

    def _key(self) -> bytes:
        try:
            return self.key_path.read_bytes()
        except FileNotFoundError:
            self.key_path.parent.mkdir(parents=True, exist_ok=True)
            key = secrets.token_bytes(32)
            descriptor = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(key)
            return key

    def read(self) -> dict[str, Entry]:
        """Entries by path; empty when there is no cache or it fails its HMAC or format check."""
        try:
            blob = self.path.read_bytes()
            key = self.key_path.read_bytes()
        except OSError:
            return {}
        tag, body = blob[:32], memoryview(blob)[32:]
        if not hmac.compare_digest(tag, hmac.new(key, body, hashlib.sha256).digest()):
            log.warning("brief cache %s failed its integrity check; parsing every brief", self.path)
            return {}
        entries, offset = {}, 0
        try:
            while offset < len(body):
                size = int.from_bytes(body[offset : offset + 4], "little")
                entry = _entry.decode(body[offset + 4 : offset + 4 + size])
                entries[entry.path] = entry
                offset += 4 + size
        except msgspec.DecodeError:
            return {}
        return entries

    def write(self, entries: list[Entry]) -> None:
        """Stream the entries out one record at a time (length, msgpack), the HMAC tag first, then swap in."""
        signer = hmac.new(self._key(), digestmod=hashlib.sha256)
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")  # processes never share one
        with open(temporary, "wb") as handle:
            handle.write(bytes(32))
            for entry in entries:
                record = _encoder.encode(entry)
                framed = len(record).to_bytes(4, "little") + record
                signer.update(framed)
                handle.write(framed)
            handle.seek(0)
            handle.write(signer.digest())
        os.replace(temporary, self.path)

    def write_in_background(self, entries: list[Entry]) -> threading.Thread:
        """Write the cache without holding up start-up: it only speeds up the next start."""

        def write():
            try:
                self.write(entries)
            except OSError as exc:
                log.warning("could not write the brief cache %s: %s", self.path, exc)

        self.writer = threading.Thread(target=write, name="brief-cache-write", daemon=True)
        self.writer.start()
        return self.writer


def load_with_cache(
    paths: list[Path], briefs_dir: Path, max_bytes: int, cache: BriefCache | None
) -> tuple[list[Entry], bool]:
    """Every brief: from the cache where its content is unchanged, else parsed (in parallel).

    Returns the entries and whether any were parsed, i.e. whether the cache is worth writing again.
    """
    cached = cache.read() if cache else {}
    ready: dict[str, Entry] = {}
    for path in paths:
        entry = cached.get(str(path))
        if entry is None or entry.stored is None or not entry.digest:
            continue
        if entry.digest == current_digest(path, entry.source_path):
            ready[str(path)] = entry
    missing = [path for path in paths if str(path) not in ready]
    for entry in load_entries(missing, briefs_dir, max_bytes) if missing else []:
        ready[entry.path] = entry
    return [ready[str(path)] for path in paths], bool(missing)

"""Reading brief files: one file → a Brief or its problems, never an exception."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

from bot.briefs.model import SECTIONS, Brief, StoredBrief, derive_item_id
from bot.briefs.quotes import QuoteSource
from bot.briefs.unedited import todo_paths
from bot.briefs.validate import check_brief, explain, format_path, resolve_source_file
from bot.briefs.yamlread import line_of, node_at, read_yaml
from bot.errors import BriefError, Problem

DEFAULT_MAX_BYTES = 1024 * 1024
BRIEF_SUFFIXES = (".yaml", ".yml")
DIGEST_VERSION = b"briefbot-brief-3"  # 2: an embargo and an access list; 3: corrections
MAX_SOURCE_BYTES = 16 * 1024 * 1024
STORY_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# A story id → the item ids of its recorded versions (None: no history recorded).
EarlierIds = Callable[[str], frozenset[str] | None]


@dataclass
class LoadResult:
    """What reading one file gave: the brief (None when it has errors) and every problem."""

    path: Path
    brief: Brief | None
    problems: list[Problem] = field(default_factory=list)
    alias_lines: list[int] = field(default_factory=list)
    source_path: Path | None = None
    digest: str = ""
    stored: StoredBrief | None = None

    @property
    def ok(self) -> bool:
        """True when the file gave a brief that can be served."""
        return self.brief is not None or self.stored is not None

    def stored_brief(self) -> StoredBrief | None:
        if self.stored is None and self.brief is not None:
            self.stored = StoredBrief.of(self.brief)
        return self.stored


def display_path(path: Path) -> str:
    """The path as messages show it: relative to the working folder when it is under it, else as given."""
    text = os.fspath(path)
    if ".." not in path.parts:  # a Path is already normal, so only the prefix can differ from relpath's answer
        if not os.path.isabs(text):
            return text
        folder = os.path.join(os.getcwd(), "")
        return text[len(folder) :] if text.startswith(folder) and len(text) > len(folder) else text
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return text
    return text if relative.startswith("..") else relative


def brief_files(briefs_dir: Path) -> list[Path]:
    """Every brief under a folder (sources/ and hidden folders are not briefs), sorted."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(briefs_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "sources")
        found.extend(Path(dirpath, name) for name in filenames if name.endswith(BRIEF_SUFFIXES))
    return sorted(found)


def read_regular_file(path: Path, limit: int) -> bytes:
    """At most limit + 1 bytes of a regular file; a FIFO, device or folder is refused, never waited on.

    Reads are sized to the file rather than to the limit, so a 10 KB brief never costs a limit-sized buffer;
    a file that grows while it is read is still read on, up to the limit.
    """
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        left, step = limit + 1, min(status.st_size, limit) + 1
        chunks = []
        while left > 0:
            chunk = os.read(descriptor, min(step, left))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def load_brief_file(
    path: Path, briefs_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES, history: EarlierIds | None = None
) -> LoadResult:
    shown = display_path(path)
    stem = path.stem
    if not STORY_ID.match(stem):
        message = f"story id '{stem}' (the file name) must be lower-case letters, digits and dashes"
        return LoadResult(path, None, [Problem(shown, 1, message)])
    try:
        raw = read_regular_file(path, max_bytes)
    except OSError as exc:
        return LoadResult(path, None, [Problem(shown, 1, f"cannot read file: {exc.strerror or exc}")])
    if len(raw) > max_bytes:
        message = f"file is {path.stat().st_size:,} bytes, over the {max_bytes:,}-byte limit for a brief"
        return LoadResult(path, None, [Problem(shown, 1, message)])
    return load_brief_bytes(raw, path, briefs_dir, history)


def content_digest(raw: bytes, source: bytes | None) -> str:
    """What a brief's validity depends on, hashed: its bytes and its stored source's bytes."""
    digest = hashlib.blake2b(DIGEST_VERSION, digest_size=20)
    for data in (raw, source if source is not None else b"\0none"):
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def load_brief_bytes(raw: bytes, path: Path, briefs_dir: Path, history: EarlierIds | None = None) -> LoadResult:
    """Parse, type-check and verify one brief's bytes; source.file is relative to the brief's folder.

    `history` gives the item ids of a story's recorded versions, where a correction's withdrawn items are looked
    for; without it such an item is a warning."""
    shown, stem = display_path(path), path.stem
    try:
        data, root = read_yaml(raw)
    except BriefError as exc:
        return LoadResult(path, None, [Problem(shown, exc.line, exc.message)])
    if "id" in data:
        _, key_node = node_at(root, ["id"])
        message = f"unknown key 'id': the story id comes from the file name ('{stem}'); remove 'id:'"
        return LoadResult(path, None, [Problem(shown, line_of(key_node), message)])
    todos = [
        Problem(shown, _line(root, where), f"TODO left in {format_path(where)}: {text[:100]}", "warning")
        for where, text in todo_paths(data)
    ]
    try:
        brief = msgspec.convert(data, Brief)
    except msgspec.ValidationError as exc:
        line, message = explain(exc, data, root)
        return LoadResult(path, None, [Problem(shown, line, message), *todos])
    brief = with_ids(brief, stem)
    problems: list[Problem] = todos
    source_path, source_problem = resolve_source_file(brief, path.parent, briefs_dir)
    if source_problem:
        problems.append(Problem(shown, _line(root, ["source", "file"]), source_problem))
    source, source_bytes = None, None
    if source_path is not None:
        try:
            source_bytes = read_regular_file(source_path, MAX_SOURCE_BYTES)
            if len(source_bytes) > MAX_SOURCE_BYTES:
                raise OSError(errno.EFBIG, f"over {MAX_SOURCE_BYTES:,} bytes")
            source = QuoteSource(str(brief.source.file), source_bytes.decode("utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(shown, _line(root, ["source", "file"]), f"cannot read source file: {exc}"))
    earlier = history(stem) if history else None
    for where, message, severity in check_brief(brief, source, warn_unverified=not problems, earlier_ids=earlier):
        problems.append(Problem(shown, _line(root, where), message, severity))
    errors = any(p.severity == "error" for p in problems)
    aliases_node, _ = node_at(root, ["aliases"])
    alias_lines = [line_of(node) for node in aliases_node.value] if brief.aliases else []
    digest = content_digest(raw, source_bytes)
    return LoadResult(path, None if errors else brief, problems, alias_lines, source_path, digest)


def with_ids(brief: Brief, stem: str) -> Brief:
    """The brief as served: its id from the file name, and every item without an id given one from its words."""
    sections = {}
    for section in SECTIONS:
        items = brief.items(section)
        if any(not item.id for item in items):
            sections[section] = [
                item if item.id else msgspec.structs.replace(item, id=derive_item_id(section, item)) for item in items
            ]
    return msgspec.structs.replace(brief, id=stem, **sections)


def _line(root, path: list) -> int:
    value_node, key_node = node_at(root, path)
    return line_of(key_node if key_node is not None and path and path[-1] in ("id", "access") else value_node)

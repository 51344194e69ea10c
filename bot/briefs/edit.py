"""Adding a desk answer to a brief file: the new item rendered by ruamel.yaml and inserted after the questions, checked,
then an atomic replace.

Only the appended question changes: comments, key order, quoting, escapes and layout elsewhere stay byte for byte.
Nothing is written when the file is not what the bot has in service, cannot be written, would not pass
`briefbot check`, or would change anywhere but the appended lines.
"""

from __future__ import annotations

import difflib
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from bot.briefs.loader import display_path, load_brief_bytes, read_regular_file
from bot.briefs.model import Question, StoredBrief, derive_item_id


@dataclass(frozen=True)
class BriefEdit:
    """Whether the brief file was written; if not, why (said to the editor); the new item's id if it was."""

    written: bool
    reason: str = ""
    item_id: str | None = None


def add_answered_question(
    path: Path, served: StoredBrief, question: str, answer: str, basis: str, briefs_dir: Path, max_bytes: int
) -> BriefEdit:
    """Append `question` to the brief's questions as answered, if the file on disk is the brief in service."""
    shown = display_path(path)
    try:
        raw = read_regular_file(path, max_bytes)
    except OSError as exc:
        return BriefEdit(False, f"{shown} could not be read ({exc.strerror or exc})")
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return BriefEdit(False, f"{shown} is not writable by the bot")
    current = load_brief_bytes(raw, path, briefs_dir).stored_brief()
    if current is None or current.blob != served.blob:
        return BriefEdit(False, f"{shown} was changed on disk since the bot loaded it, so it was left as it is")
    item_id = _new_id(current, question)
    try:
        new = _appended(raw.decode("utf-8"), item_id, question, answer, basis).encode("utf-8")
    except (YAMLError, UnicodeDecodeError, TypeError, ValueError) as exc:
        return BriefEdit(False, f"{shown} could not be edited safely ({exc})")
    if not _only_inserted(raw if raw.endswith(b"\n") else raw + b"\n", new):  # a final newline may be added
        return BriefEdit(False, f"adding the question would have reformatted other lines of {shown}")
    result = load_brief_bytes(new, path, briefs_dir)
    errors = [problem for problem in result.problems if problem.severity == "error"]
    if errors or result.brief is None:
        return BriefEdit(False, f"the brief would not pass `briefbot check`: {errors[0] if errors else shown}")
    return _replace(path, raw, new, item_id)


def _new_id(brief: StoredBrief, question: str) -> str:
    taken = {item.id for _, item in brief.decode().all_items()}
    base = derive_item_id("questions", Question(text=question))
    item_id, number = base, 2
    while item_id in taken:
        item_id, number = f"{base[:60]}-{number}", number + 1
    return item_id


def _appended(text: str, item_id: str, question: str, answer: str, basis: str) -> str:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1 << 16  # never re-wrap a line
    yaml.indent(**_indents(text))
    data = yaml.load(text)
    if not isinstance(data, CommentedMap):
        raise ValueError("the file is not a mapping")
    item = CommentedMap()
    item["id"] = item_id
    item["text"] = DoubleQuotedScalarString(question)
    item["status"] = "answered"
    item["answer"] = LiteralScalarString(answer) if "\n" in answer else DoubleQuotedScalarString(answer)
    item["basis"] = DoubleQuotedScalarString(basis)
    questions = data.get("questions")
    if isinstance(questions, CommentedSeq) and questions and not questions.fa.flow_style():
        # Insert the new item's own lines after the list's last item: the rest of the file is never re-emitted, so
        # what a dump would spell differently (an escape such as "\u200b") stays as the editor wrote it.
        rendered = _dump(yaml, CommentedMap(questions=CommentedSeq([item])))
        lines = text.splitlines(keepends=True)
        end = _end_of_list(data, "questions", lines)
        if not lines[-1].endswith("\n"):
            lines[-1] += "\n"  # a final newline, as a dump would write
        return "".join(lines[:end] + rendered.splitlines(keepends=True)[1:] + lines[end:])
    if questions is None:
        data["questions"] = CommentedSeq([item])
    elif isinstance(questions, CommentedSeq):
        questions.append(item)
    else:
        raise ValueError("questions is not a list")
    return _dump(yaml, data)


def _dump(yaml: YAML, data: CommentedMap) -> str:
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _end_of_list(data: CommentedMap, key: str, lines: list[str]) -> int:
    """The line after the last item of the top-level list `key`: before the next top-level key and the blank
    lines and column-0 comments that lead up to it."""
    start = data.lc.key(key)[0]
    following = [line for line in (data.lc.key(other)[0] for other in data) if line > start]
    end = min(following, default=len(lines))
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1
    return end


def _indents(text: str) -> dict:
    """The file's own list layout, read from its first `- ` under a key: `key:\\n  - x` or `key:\\n- x`."""
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if stripped.startswith("- ") and not line.startswith("#"):
            offset = len(line) - len(stripped)
            return {"mapping": 2, "sequence": offset + 2, "offset": offset}
    return {"mapping": 2, "sequence": 4, "offset": 2}


def _only_inserted(old: bytes, new: bytes) -> bool:
    """True when `new` is `old` with lines inserted in one place and nothing else changed."""
    matcher = difflib.SequenceMatcher(None, old.splitlines(True), new.splitlines(True), autojunk=False)
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    return len(changes) == 1 and changes[0][0] == "insert"


def _replace(path: Path, raw: bytes, new: bytes, item_id: str) -> BriefEdit:
    """Write beside the file, then rename over it, unless the file changed since it was read."""
    shown = display_path(path)
    handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    temp = Path(handle.name)
    try:
        with handle:
            handle.write(new)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, path.stat().st_mode & 0o7777)
        if path.read_bytes() != raw:
            return BriefEdit(False, f"{shown} changed on disk while the answer was being added, so it was left alone")
        os.replace(temp, path)
    except OSError as exc:
        return BriefEdit(False, f"{shown} could not be written ({exc.strerror or exc})")
    finally:
        temp.unlink(missing_ok=True)
    return BriefEdit(True, item_id=item_id)

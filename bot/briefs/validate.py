"""Plain data → Brief, with every problem located at a line of the file."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path

import msgspec
from yaml.nodes import Node

from bot.briefs import model
from bot.briefs.model import Brief, Question
from bot.briefs.quotes import QuoteSource
from bot.briefs.unedited import copied_facts
from bot.briefs.yamlread import line_of, node_at

_ERROR = re.compile(r"^(?P<what>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.S)
_STEP = re.compile(r"\.([A-Za-z_][\w-]*)|\[(\d+)\]")
_PATTERN_NAMES = {
    model.PARTIAL_DATE: ("invalid date", "use YYYY, YYYY-MM or YYYY-MM-DD"),
    model.ITEM_ID: ("invalid item id", "use lower-case letters, digits and dashes"),
    model.SLACK_USER: ("invalid Slack user id", "it looks like U0123ABCD (or W0123ABCD)"),
    model.SLACK_CHANNEL: ("invalid Slack channel id", "it looks like C0123ABCD (or G0123ABCD for a private channel)"),
}
_EMBARGO_EXAMPLE = "write it as 2026-12-24T06:00:00Z (UTC) or with an offset, 2026-12-24T07:00:00+01:00"
_ENUMS = {"status": "draft, developing, published, archived", "kind": "person, organisation"}
_ITEM_TYPES = {
    "facts": model.Fact,
    "quotes": model.Quote,
    "questions": model.Question,
    "timeline": model.TimelineEntry,
    "people": model.Person,
}


def parse_path(text: str) -> list:
    return [name if name else int(index) for name, index in _STEP.findall(text or "")]


def format_path(path: list) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out or "the top level"


def struct_at(path: list) -> type[msgspec.Struct]:
    """The model type of the mapping found at a path."""
    if not path:
        return Brief
    head = path[0]
    if head == "source":
        return model.Source
    if head == "editors":
        return model.Editor
    if head == "access":
        return model.Access
    if head == "corrections":
        return model.Correction
    return _ITEM_TYPES.get(head, Brief)


def explain(exc: msgspec.ValidationError, data: dict, root: Node) -> tuple[int, str]:
    """A msgspec error as (line, editor-readable message)."""
    match = _ERROR.match(str(exc))
    if match is None:  # a wording this msgspec version does not use: say it as msgspec does
        return 1, str(exc)
    what, path = match["what"], parse_path(match["path"])
    where = format_path(path)
    value_node, key_node = node_at(root, path)
    line = line_of(key_node if key_node is not None else value_node)
    if what.startswith("Object contains unknown field"):
        key = what.split("`")[1]
        node, key_node = node_at(root, [*path, key])
        line = line_of(key_node if key_node is not None else node)
        fields = struct_at(path).__struct_fields__
        close = difflib.get_close_matches(key, fields, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else f"; known keys: {', '.join(fields)}"
        return line, f"unknown key '{key[:60]}' in {where}{hint}"
    if what.startswith("Object missing required field"):
        key = what.split("`")[1]
        line = line_of(value_node)
        return line, f"missing required key '{key}'" + ("" if not path else f" in {where}")
    value = _value_at(data, path)
    if "with a timezone component" in what:
        return line, f"{where} '{value}' has no time zone, so the moment is ambiguous; {_EMBARGO_EXAMPLE}"
    if "Invalid RFC3339 encoded datetime" in what:
        return line, f"{where} '{value}' is not an ISO 8601 date and time; {_EMBARGO_EXAMPLE}"
    if "matching regex" in what:
        regex = what.split("'", 1)[1].rsplit("'", 1)[0].replace("\\\\", "\\")
        name, hint = _PATTERN_NAMES.get(regex, ("invalid url", "it must start with http:// or https://"))
        return line, f"{name} '{value}' at {where}; {hint}"
    if what.startswith("Invalid enum value"):
        allowed = _ENUMS.get(path[-1] if path else "", "")
        return line, f"{where} must be one of {allowed}; got '{value}'"
    if "of length >=" in what:
        if what.startswith("Expected `array`"):
            return line, f"section '{where}' is empty; add an item"
        return line, f"{where} is empty"
    if what.startswith("Expected `"):
        expected, got = re.findall(r"`([^`]*)`", what)[:2] if "got" in what else (what, "?")
        return line, f"{where}: expected {_plain(expected)}, got {_plain(got)}"
    return line, f"{where}: {what}"


def _plain(type_name: str) -> str:
    return type_name.replace("array", "list").replace("object", "mapping")


def _value_at(data, path: list):
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def check_brief(
    brief: Brief, source: QuoteSource | None, warn_unverified: bool = True, earlier_ids: frozenset[str] | None = None
) -> list[tuple[list, str, str]]:
    """Rules beyond types: real dates, answers, unique ids, verbatim quotes, corrections' items.

    `earlier_ids` are the item ids of the story's recorded versions, where a correction may find an item it
    withdrew; None when there is no recorded history to look in. Returns (path, message, severity).
    """
    found: list[tuple[list, str, str]] = []
    for path, value in _dates(brief):
        if value and len(value) == 10:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                found.append((path, f"invalid date '{value}': no such day", "error"))
    seen: dict[str, list] = {}
    for section in model.SECTIONS:
        for index, item in enumerate(brief.items(section)):
            path = [section, index]
            if item.id in seen:
                found.append(
                    (
                        [*path, "id"],
                        f"duplicate item id '{item.id}' (also {format_path(seen[item.id])})",
                        "error",
                    )
                )
            seen.setdefault(item.id, path)
            if isinstance(item, Question) and item.status == "answered" and not item.answer:
                found.append((path, "question marked answered but has no answer; add answer: and basis:", "error"))
    if brief.access is not None and not brief.access.channels and not brief.access.users:
        message = "access lists no channels and no users; add channels: or users:, or remove it"
        found.append((["access"], message, "error"))
    found.extend(_check_quotes(brief, source, warn_unverified))
    found.extend(_check_corrections(brief, set(seen), earlier_ids))
    if source is not None:
        for index, words in copied_facts(brief, source):
            found.append((["facts", index, "text"], f"fact copies {words} words in a row from {source.name}: "
                          "rewrite it in your words", "warning"))  # fmt: skip
    return found


def _check_quotes(brief: Brief, source: QuoteSource | None, warn_unverified: bool):
    if not brief.quotes or (source is None and not warn_unverified):
        return
    if source is None:
        yield (["quotes"], f"{len(brief.quotes)} quote(s) cannot be verified: no source.file", "warning")
        return
    for index, quote in enumerate(brief.quotes):
        if not source.contains(quote.text):
            yield (
                ["quotes", index, "text"],
                f'quote not found verbatim in {source.name}: "{_clip(quote.text)}"; '
                f'closest passage: "{_clip(source.closest(quote.text))}"',
                "error",
            )


def _check_corrections(brief: Brief, present: set[str], earlier_ids: frozenset[str] | None):
    """Each correction's items are in this version, or (withdrawn) in a recorded earlier one."""
    for index, correction in enumerate(brief.corrections):
        for position, item_id in enumerate(correction.items):
            if item_id in present or (earlier_ids is not None and item_id in earlier_ids):
                continue
            where = ["corrections", index, "items", position]
            if earlier_ids is None:
                message = (
                    f"correction names item '{item_id}', which is not in this brief; that is right only if the "
                    "correction withdrew it (no recorded versions to check: set BRIEFBOT_DB to the bot's database)"
                )
                yield where, message, "warning"
            else:
                message = f"correction names item '{item_id}', which is in neither this brief nor an earlier version"
                yield where, message, "error"


def _clip(text: str, size: int = 120) -> str:
    """At most size characters, cut at a word boundary."""
    return text if len(text) <= size else text[: size - 1].rsplit(" ", 1)[0] + "…"


def _dates(brief: Brief):
    yield ["updated"], brief.updated
    yield ["source", "published"], brief.source.published
    yield ["source", "page_date"], brief.source.page_date
    for section in ("facts", "quotes", "timeline"):
        for index, item in enumerate(brief.items(section)):
            yield [section, index, "date"], getattr(item, "date", None)
    for index, correction in enumerate(brief.corrections):
        yield ["corrections", index, "date"], correction.date


def resolve_source_file(brief: Brief, folder: Path, briefs_dir: Path) -> tuple[Path | None, str | None]:
    """The stored source's path, or a message saying why it can't be used."""
    name = brief.source.file
    if not name:
        return None, None
    base = briefs_dir.resolve()
    target = (folder / name).resolve()  # symlinks in folder resolve on the way, as in folder.resolve() / name
    if Path(name).is_absolute() or not target.is_relative_to(base):
        return None, f"source.file must be a path under {briefs_dir}/ (got '{name}')"
    if not target.is_file():
        return None, f"source file not found: {name} (looked in {briefs_dir}/)"
    return target, None

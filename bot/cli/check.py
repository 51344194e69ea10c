"""`briefbot check` and `briefbot schema`: what editors run before they commit."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import msgspec

from bot.briefs.library import load_library
from bot.briefs.loader import BRIEF_SUFFIXES, DEFAULT_MAX_BYTES, EarlierIds, display_path, load_brief_file
from bot.briefs.model import Brief
from bot.errors import Problem

SCHEMA_ID = "https://briefbot.invalid/brief.schema.json"
NO_BRIEFS = "no briefs here (a brief is a .yaml file; see briefs/README.md)"
NOT_A_BRIEF = "not a brief: briefs are .yaml or .yml files"


def check_paths(
    paths: list[Path], max_bytes: int = DEFAULT_MAX_BYTES, history: EarlierIds | None = None
) -> tuple[int, list[Problem]]:
    """(number of valid briefs, every problem) for files and folders of briefs; `history` gives the item ids of
    each story's recorded versions, for corrections that withdraw an item."""
    valid, problems = 0, []
    for path in paths:
        if path.is_dir():
            library = load_library(path, max_bytes, history)
            valid += len(library)
            problems.extend(library.problems)
            if not len(library) and not library.problems:
                problems.append(Problem(display_path(path), 1, NO_BRIEFS, "warning"))
        elif path.is_file() and path.suffix not in BRIEF_SUFFIXES:
            problems.append(Problem(display_path(path), 1, NOT_A_BRIEF))
        elif path.is_file():
            result = load_brief_file(path, path.parent, max_bytes, history)
            valid += result.ok
            problems.extend(result.problems)
        else:
            problems.append(Problem(display_path(path), 1, "no such file or folder"))
    return valid, problems


def run_check(
    paths: list[Path],
    output_format: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    strict: bool = False,
    history: EarlierIds | None = None,
) -> int:
    """Print every problem; exit status 1 on errors, or with strict on any warning too."""
    valid, problems = check_paths(paths, max_bytes, history)
    errors = sum(p.severity == "error" for p in problems)
    if output_format == "json":
        report = {"valid_briefs": valid, "errors": errors, "problems": [p.as_dict() for p in problems]}
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for problem in problems:
            print(problem)
        warnings = len(problems) - errors
        print(f"checked: {valid} valid brief(s), {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors or (strict and problems) else 0


def brief_schema() -> dict:
    """The JSON Schema of a brief file, for yaml-language-server autocompletion."""
    schema = msgspec.json.schema(Brief)
    brief = schema["$defs"]["Brief"]
    brief["properties"].pop("id", None)
    brief["description"] = "A briefbot story brief. The story id is the file name's stem."
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_text() -> str:
    return json.dumps(brief_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"

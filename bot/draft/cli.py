"""The command line: `briefbot draft ARTICLE|- [--write [--force]] [--date D] [--briefs-dir DIR]`.

Prints the draft YAML, or with --write saves briefs/<slug>.yaml and briefs/sources/<slug>.txt.
Errors are one line on stderr, never a traceback: exit 2 for usage, input and file problems
(including a brief that exists when --force is not given); exit 0 on success.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from bot.draft.build import Draft, DraftError, draft_brief, slugify
from bot.draft.dates import parse_date_arg

PROG = "briefbot draft"


class DraftExistsError(Exception):
    """The brief (or its source file) is already there and --force was not given."""


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise _UsageError(message)

    def exit(self, status=0, message=None):
        if message:
            print(message, file=sys.stderr, end="")
        raise SystemExit(status)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Draft a brief from an article (plain text or a saved web page). Prints the YAML; "
        "--write saves it as BRIEFS_DIR/<slug>.yaml with the story text in BRIEFS_DIR/sources/<slug>.txt.",
    )
    parser.add_argument("article", help="the article file, or - to read standard input")
    parser.add_argument("--write", action="store_true", help="save the brief and its source instead of printing")
    parser.add_argument("--force", action="store_true", help="with --write: overwrite an existing brief")
    parser.add_argument(
        "--date", help="the story's publication date (YYYY, YYYY-MM or YYYY-MM-DD) when the text lacks it"
    )
    parser.add_argument("--name", help="the story id (file name) to use instead of one made from the headline")
    parser.add_argument(
        "--briefs-dir", type=Path, metavar="DIR", default=Path(os.environ.get("BRIEFS_DIR") or "briefs"),
        help="where briefs live (default: BRIEFS_DIR, else ./briefs)",
    )  # fmt: skip
    return parser


def _atomic_write(path: Path, text: str):
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_draft(draft: Draft, briefs_dir: Path, force: bool) -> Path:
    """Save briefs_dir/<slug>.yaml and briefs_dir/sources/<slug>.txt; refuse to overwrite unless force."""
    brief_path = briefs_dir / f"{draft.slug}.yaml"
    source_path = briefs_dir / "sources" / f"{draft.slug}.txt"
    if not force:
        for path in (brief_path, source_path):
            if path.exists():
                raise DraftExistsError(f"{path} already exists; use --force to overwrite it (or --name for another id)")
    source_path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(source_path, draft.source_text)
    _atomic_write(brief_path, draft.yaml_text)
    return brief_path


def _read(article: str) -> tuple[str, str]:
    if article == "-":
        raw, name = sys.stdin.buffer.read(), "standard input"
    else:
        path = Path(article)
        if path.is_dir():
            raise IsADirectoryError(21, "it is a folder, not an article file")
        raw, name = path.read_bytes(), path.name
    try:
        return raw.decode("utf-8"), name
    except UnicodeDecodeError:
        raise _UsageError(f"{name} is not UTF-8 text; save it as UTF-8 and try again") from None


def run_draft(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
    except _UsageError as exc:
        print(f"{PROG}: error: {exc} (see {PROG} --help)", file=sys.stderr)
        return 2
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.force and not args.write:
        print(f"{PROG}: error: --force only makes sense with --write", file=sys.stderr)
        return 2
    if args.date is not None and parse_date_arg(args.date) is None:
        print(f"{PROG}: error: --date must be YYYY, YYYY-MM or YYYY-MM-DD and a real date (got '{args.date}')",
              file=sys.stderr)  # fmt: skip
        return 2
    if args.name is not None and slugify(args.name) != args.name:
        print(f"{PROG}: error: --name must be lower-case letters, digits and dashes, e.g. '{slugify(args.name)}'",
              file=sys.stderr)  # fmt: skip
        return 2
    try:
        text, source_name = _read(args.article)
    except OSError as exc:
        print(f"{PROG}: error: cannot read {args.article}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except _UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    try:
        draft = draft_brief(text, date=args.date, name=args.name, source_name=source_name)
        if args.write:
            path = write_draft(draft, args.briefs_dir, args.force)
            print(f"wrote {path} and {args.briefs_dir / 'sources' / (draft.slug + '.txt')}")
        else:
            sys.stdout.write(draft.yaml_text)
        for warning in draft.warnings:
            print(f"{PROG}: warning: {warning}", file=sys.stderr)
        return 0
    except (DraftError, DraftExistsError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f" {exc.filename}" if getattr(exc, "filename", None) else f" under {args.briefs_dir}"
        print(f"{PROG}: error: cannot write{where}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - the promise is one line, never a traceback
        print(f"{PROG}: error: could not draft this article ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 2

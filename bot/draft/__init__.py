"""`briefbot draft`: a draft brief from an article (plain text or a saved web page).

    draft = draft_brief(text, date="2020-06-17")   # Draft(slug, yaml_text, source_text, warnings)
    path = write_draft(draft, Path("briefs"), force=False)

The draft passes `briefbot check` as written; the fields an editor must decide carry ``TODO``:
``summary`` ("TODO: …"), ``status`` (``developing`` under a ``# TODO: choose …`` comment) and
``editors`` (``name: "TODO: editor"``), plus ``source.outlet`` when the page names no outlet
and ``source.dating`` when the publication date is only the page's date (or missing).

Modules: ``clean`` (page chrome, HTML → text), ``text`` (quotation marks, sentences),
``names`` (people, organisations, unnamed sources, pronouns), ``quotes`` (attribution),
``dates``, ``facts`` (facts, questions, timeline, people), ``build`` (the YAML), ``cli``.
"""

from __future__ import annotations

from bot.draft.build import Draft, DraftError, draft_brief
from bot.draft.cli import DraftExistsError, run_draft, write_draft

__all__ = ["Draft", "DraftError", "DraftExistsError", "draft_brief", "run_draft", "write_draft"]

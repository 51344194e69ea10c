"""Made-up briefs for the answering tests: the scaffolding every made-up story shares (published, one desk editor,
its outlet and day) around the items a test gives, and the first item an answer cites."""

from __future__ import annotations

from typing import Any

from bot.answer import answer_question
from bot.briefs.model import Brief, Editor, Source


def made_up_brief(story: str, title: str, outlet: str, day: str, summary: str, **items: Any) -> Brief:
    """A published brief of a made-up story (`story` its id), run by `outlet` on `day`, with these items
    (`facts=…`, `people=…`, `timeline=…`)."""
    return Brief(
        id=story,
        title=title,
        status="published",
        updated=day,
        editors=[Editor(name="Desk")],
        source=Source(outlet=outlet, published=day),
        summary=summary,
        **items,
    )


def first_cited(brief: Brief, ask: str, previous: str | None = None) -> list[str]:
    """The id of the item the answer to `ask` (after `previous`) cites first, in a list; empty when it cites none."""
    return [item.id for _, item in answer_question(brief, ask, previous).cited][:1]

"""Candidate facts, open questions and timeline entries, each tied to its source sentence (people are listed by
:mod:`bot.draft.people`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.draft.dates import DateRef, find_dates
from bot.draft.story import Story

MAX_FACTS = 25
MAX_STATEMENT_WORDS = 20
TODO_REWRITE = "TODO rewrite in your words:"
MAX_TIMELINE = 30
UNCLEAR = re.compile(
    r"\b(?:(?:it|that) (?:was|is|remains|remained) (?:not (?:yet )?|un)(?:clear|known)|unclear|not (?:yet )?known|"
    r"remains to be seen|did not (?:immediately )?(?:respond|reply|return|say|disclose|answer|provide|comment|"
    r"specify|explain|confirm)|(?:has|have|had) not (?:yet )?(?:said|disclosed|confirmed|explained|responded)|"
    r"declined to (?:comment|say|disclose|answer|specify|discuss|elaborate|confirm|identify|name|provide|"
    r"be interviewed)|refused to (?:comment|say|disclose|answer|discuss|name|identify|provide)|"
    r"would not (?:say|comment|disclose|confirm)|"
    r"could not be reached|no record|not immediately (?:clear|known|available)|under investigation)\b",
    re.I,
)
CLAUSE = re.compile(r"\b(?P<clause>(?:whether|if|how|which|what|who|when|why|where)\b[^.;!?]{6,220})", re.I)
LEADING = re.compile(r"^(?:But|And|However|Still|Yet|Meanwhile|Also|So)\b,?\s+")
FIGURE = re.compile(r"\d|\b(?:percent|million|billion|dozen|hundred|thousand)\b", re.I)


@dataclass
class Sentence:
    paragraph: int
    start: int
    text: str
    masked: str
    dates: list[DateRef]
    has_quote: bool
    in_turn: bool


def story_sentences(story: Story, anchor: tuple[dt.date, str] | None) -> list[Sentence]:
    """Every sentence of the body with its dates (relative ones resolved against the anchor)."""
    out: list[Sentence] = []
    last_year: int | None = None
    for par in story.paragraphs:
        for start, end in par.sentences:
            text = par.text[start:end].strip()
            masked = par.masked[start:end].strip() if not par.turn_label else text
            dates = find_dates(masked, anchor, last_year)
            for ref in dates:
                if not ref.inferred:
                    last_year = int(ref.value[:4])
            has_quote = bool(re.search('["\u201c\u201d]', text)) or bool(par.turn_label)
            out.append(Sentence(par.index, start, text, masked, dates, has_quote, bool(par.turn_label)))
    return out


def _statement(sentence: str) -> str:
    """The sentence's main statement, short: cut at the first clause break after a few words."""
    text = _fact_text(sentence.strip().lstrip("\u2014\u2013- "))
    words = text.split()
    if len(words) <= MAX_STATEMENT_WORDS:
        return text
    window = " ".join(words[:MAX_STATEMENT_WORDS])
    cut = re.compile(r"[,;:\u2014\u2013]\s|\s(?:--|-)\s").search(window, len(" ".join(words[:6])))
    return window[: cut.start() if cut else len(window)].rstrip(" ,;:") + " \u2026"


def _fact_text(sentence: str) -> str:
    text = LEADING.sub("", sentence).strip()
    return text[:1].upper() + text[1:]


def find_facts(story: Story, sentences: list[Sentence]) -> list[dict]:
    orgs = {e.name for e in story.cast.entities if e.kind == "organisation" and not e.anon}
    picked = []
    for s in sentences:
        if s.has_quote or s.in_turn or len(s.text.split()) < 6:
            continue
        named_org = any(re.search(rf"\b{re.escape(name)}\b", s.masked) for name in orgs if name[:1].isupper())
        score = 2 * bool(FIGURE.search(s.masked)) + bool(s.dates) + bool(named_org)
        if score:
            picked.append((score, s))
    if len(picked) > MAX_FACTS:
        keep = {id(s) for _, s in sorted(picked, key=lambda p: -p[0])[:MAX_FACTS]}
        picked = [p for p in picked if id(p[1]) in keep]
    if not picked:
        first = next((s for s in sentences if not s.in_turn), sentences[0] if sentences else None)
        picked = [(0, first)] if first else []
    facts = []
    for _, s in picked:
        fact = {"statement": _statement(s.masked), "basis": f"Article sentence: {s.text}"}
        fact["text"] = f"{TODO_REWRITE} {fact['statement']}"
        dated = [d for d in s.dates if not d.inferred]
        if dated:
            fact["date"] = dated[0].value
        facts.append(fact)
    return facts


def find_questions(story: Story, sentences: list[Sentence]) -> list[dict]:
    questions = []
    for s in sentences:
        unclear = UNCLEAR.search(s.masked)
        if s.in_turn or not unclear:
            continue
        clause = CLAUSE.search(s.masked[unclear.start() :]) or CLAUSE.search(s.masked)
        if clause:
            words = clause["clause"].strip().rstrip(",")
            text = words[:1].upper() + words[1:] + "?"
        else:
            text = "Open: " + _fact_text(s.text)
        questions.append({"text": text, "status": "open", "basis": f"Article sentence: {s.text}"})
    for entity in story.cast.entities:
        if entity.anon and entity.withheld and entity.kind == "person" and not entity.plural:
            questions.append(
                {
                    "text": f"Who is the {entity.name}? The story withholds the name.",
                    "status": "open",
                    "basis": f"The story describes this source only as: {entity.role or entity.name}",
                }
            )
    return questions


def find_timeline(sentences: list[Sentence]) -> list[dict]:
    entries, seen = [], set()
    for s in sentences:
        if s.in_turn:
            continue
        for ref in s.dates:
            key = (ref.value, s.text)
            if key in seen:
                continue
            seen.add(key)
            basis = ref.basis or f"Dated in the story: '{ref.raw}'"
            entries.append({"date": ref.value, "event": _fact_text(s.text), "basis": basis})
    entries.sort(key=lambda e: e["date"])
    return entries[:MAX_TIMELINE]

"""Assemble the draft brief: dates and outlet worked out, quotes verified, YAML written out.

The YAML is written by hand (not dumped) so it can carry the schema line, the TODO comments and
a fixed key order. Every string is a JSON string literal, which is also a valid YAML
double-quoted scalar, so no text can change meaning on the way back in.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.briefs.model import Fact, Person, Question, TimelineEntry, derive_item_id
from bot.briefs.quotes import QuoteSource
from bot.draft import lexicon as lx
from bot.draft.clean import Article, clean_article, is_timestamp
from bot.draft.dates import first_absolute, fmt, parse_date_arg
from bot.draft.facts import Sentence, find_facts, find_questions, find_timeline, story_sentences
from bot.draft.people import find_people
from bot.draft.quotes import FoundQuote, extract_quotes
from bot.draft.story import DATELINE, Story

SCHEMA_LINE = "# yaml-language-server: $schema=../config/brief.schema.json"
TODO_SUMMARY = "TODO: write 2-4 sentences in your own words."
TODO_EDITOR = "TODO: editor"
TODO_PUBLISHED = "TODO: publication date (YYYY, YYYY-MM or YYYY-MM-DD)"
SLUG_STOP = {"a", "an", "the", "to", "of", "in", "on", "for", "and", "is", "it", "its", "that", "this", "how",
             "with", "at", "by", "from", "as", "these", "those", "transcript", "says", "say", "said"}  # fmt: skip


class DraftError(Exception):
    """Nothing could be drafted (no story text found)."""


@dataclass
class Draft:
    slug: str
    yaml_text: str
    source_text: str
    warnings: list[str] = field(default_factory=list)
    quotes: list[FoundQuote] = field(default_factory=list)
    article: Article | None = None


@dataclass
class Dating:
    anchor: tuple[dt.date, str] | None
    published: str
    page_date: str | None
    note: str
    todo: bool


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_text.replace("'", "")) if w not in SLUG_STOP]
    slug = "-".join(words[:7])[:60].strip("-")
    return slug or "draft"


def _page_date(article: Article) -> tuple[tuple[dt.date, str], str] | None:
    candidates = [line for line in article.header if is_timestamp(line) or re.search(r"\b(?:19|20)\d\d\b", line)]
    if article.page_published:
        candidates.insert(0, article.page_published)
    for line in candidates:
        found = first_absolute(line)
        if found:
            return (found[0], found[1]), line
    return None


def _body_date(article: Article) -> tuple[tuple[dt.date, str], str] | None:
    """A dateline: a full date at the start of the first paragraph, before any lower-case word."""
    if not article.paragraphs:
        return None
    first = article.paragraphs[0][:160]
    found = first_absolute(first)
    if not found or found[1] != "day":
        return None
    before = first[: first.find(found[2])]
    if re.search(r"\b[a-z]", before):
        return None
    return (found[0], "day"), found[2]


def work_out_dates(article: Article, date_arg: str | None, today: dt.date) -> Dating:
    page = _page_date(article)
    page_date = fmt(*page[0]) if page else None
    if date_arg:
        anchor = parse_date_arg(date_arg)
        note = f"Publication date {date_arg} given by the editor (--date); relative dates are resolved against it."
        if page and page_date != date_arg:
            note += f" The page shows {page_date} ('{page[1]}'), which is the page's date, not the story's."
        return Dating(anchor, date_arg, page_date, note, False)
    body = _body_date(article)
    if body:
        published = fmt(*body[0])
        note = f"Publication date from the story's dateline ('{body[1]}'); relative dates are resolved against it."
        return Dating(body[0], published, page_date if page_date != published else None, note, False)
    if page:
        note = (
            f"TODO: confirm the publication date. The story text gives none; {page_date} is the date shown on the "
            f"page ('{page[1]}'), which may be a republisher's or archive date rather than the story's. Relative "
            "dates were resolved against it; if it is wrong, re-run with --date YYYY-MM-DD."
        )
        return Dating(page[0], fmt(*page[0]), page_date, note, True)
    note = (
        "TODO: no date found in the story or on the page. Set source.published and re-run with --date YYYY-MM-DD "
        "to resolve relative dates."
    )
    return Dating(None, TODO_PUBLISHED, None, note, True)


SELF_REF = re.compile(
    r"\b(?:told|asked by|viewed by|reviewed by|obtained by|seen by|reported by|confirmed to|said to|provided to)\s+"
    r"(?:the\s+)?(?P<a>[A-Z][\w.&\u2019'-]*(?:\s+[A-Z][\w.&\u2019'-]*){0,3})|"
    r"(?P<b>[A-Z][\w.&\u2019'-]*(?:\s+[A-Z][\w.&\u2019'-]*){0,3})\s+(?:previously |also |first |earlier )?reported\b"
)


# The wire a dateline ends on: "PORTLAND, Maine (AP)", "WASHINGTON (Reuters)"
WIRE = re.compile(r"\((?P<agency>[A-Z][A-Za-z .&-]{1,30})\)$")


def _written_outlet(article: Article) -> str | None:
    """An outlet the article's own lines name: on its byline line ("By Jane Doe, The Harbour Courier") or as the wire
    in its dateline ("PORTLAND, Maine (AP) —")."""
    tail = article.byline_tail
    if tail and tail.split()[-1].lower() in lx.OUTLET_WORDS:
        return tail
    dateline = DATELINE.match(article.paragraphs[0]) if article.paragraphs else None
    wire = WIRE.search(dateline[0]) if dateline else None
    if wire and wire["agency"].split()[-1].lower() in lx.OUTLET_WORDS:
        return wire["agency"]
    return None


def work_out_outlet(article: Article, story: Story) -> tuple[str, str | None, bool]:
    """(outlet, republisher, outlet is a TODO)."""
    refs: Counter[str] = Counter()
    for par in story.paragraphs:
        for m in SELF_REF.finditer(par.masked):
            name = m["a"] or m["b"]
            if name.split()[-1].lower() in lx.OUTLET_WORDS:
                refs[name] += 1
    page = article.outlet
    named = refs.most_common(1)[0][0] if refs else None
    if named and page:
        overlap = {w.lower() for w in named.split()} & {w.lower() for w in page.split()} - {"the"}
        if not overlap:
            return named, page, False
    outlet = page or named or _written_outlet(article)
    if outlet:
        return outlet, None, False
    head = " ".join(article.header[:3]).lower()
    if article.paragraphs and re.search(
        r"release|prnewswire|business wire|globe newswire", head + article.paragraphs[0]
    ):
        first = story.paragraphs[0].mentions if story.paragraphs else []
        org = next((m.entity for m in first if m.entity and m.entity.kind == "organisation"), None)
        if org:
            return f"{org.name} (press release)", None, False
    return "TODO: outlet (not found on the page)", None, True


def _context(story: Story, quote: FoundQuote) -> str:
    par = story.paragraphs[quote.paragraph]
    if par.turn_label:
        return f"Transcript turn labelled '{par.turn_label}:'"
    start, end = par.sentence_of(quote.start)
    masked = par.masked[start:end]
    shown = re.sub(r"([\"\u201c])\s+([\"\u201d]?)", lambda m: m.group(1) + "\u2026" + m.group(2), masked)
    shown = re.sub(r"\s+", " ", shown).strip()
    return "Sentence: " + (shown if len(shown) <= 240 else shown[:239] + "\u2026")


def _quote_id(quote: FoundQuote) -> str:
    who = quote.speaker
    if who is None:
        key = ["unattributed"]
    elif who.anon:
        key = re.findall(r"[a-z0-9]+", who.name.lower())[:2]
    elif who.kind == "person":
        key = re.findall(r"[a-z0-9]+", who.name.lower())[-1:]
    else:
        key = re.findall(r"[a-z0-9]+", who.name.lower())[:2]
    words = re.findall(
        r"[a-z0-9]+", unicodedata.normalize("NFKD", quote.text).encode("ascii", "ignore").decode().lower()
    )
    return "-".join(["quote", *key, *words[:4]])[:64].rstrip("-")


class _Ids:
    def __init__(self):
        self.seen: set[str] = set()

    def take(self, base: str) -> str:
        base = base[:64].rstrip("-") or "item"
        candidate, n = base, 2
        while candidate in self.seen:
            candidate = f"{base[:60].rstrip('-')}-{n}"
            n += 1
        self.seen.add(candidate)
        return candidate


def _s(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _item(lines: list[str], fields: Sequence[tuple[str, object]]):
    first = True
    for key, value in fields:
        if value is None or value == []:
            continue
        prefix = "  - " if first else "    "
        if isinstance(value, list):
            lines.append(f"{prefix}{key}: [{', '.join(_s(v) for v in value)}]")
        else:
            lines.append(f"{prefix}{key}: {value if key in ('status', 'kind') else _s(str(value))}")
        first = False


def draft_brief(
    text: str,
    *,
    date: str | None = None,
    name: str | None = None,
    today: dt.date | None = None,
    source_name: str = "the article",
) -> Draft:
    today = today or dt.date.today()
    if date is not None and parse_date_arg(date) is None:
        raise ValueError(f"--date must be YYYY, YYYY-MM or YYYY-MM-DD and a real date (got '{date}')")
    article = clean_article(text)
    if not article.paragraphs:
        raise DraftError("no story text found")
    story = Story(article)
    slug = slugify(name) if name else slugify(article.headline or article.paragraphs[0])
    source_text = article.source_text()
    warnings: list[str] = []
    dating = work_out_dates(article, date, today)
    if dating.todo:
        warnings.append(dating.note)
    outlet, republisher, outlet_todo = work_out_outlet(article, story)
    checker = QuoteSource(f"sources/{slug}.txt", source_text)
    quotes = []
    for quote in extract_quotes(story):
        if checker.contains(quote.text):
            quotes.append(quote)
        else:
            warnings.append(
                f"dropped a quotation that is not verbatim in the stored text: \u201c{quote.text[:80]}\u201d"
            )
    sentences = story_sentences(story, dating.anchor)
    lines = _opening_lines(source_name, today, outlet_todo, dating.todo)
    lines += _story_lines(article, today)
    lines += _source_lines(article, slug, outlet, republisher, dating, sentences)
    ids = _Ids()  # one id each, taken section by section in the order the brief lists them
    lines += _fact_lines(story, sentences, ids)
    lines += _quote_lines(story, quotes, sentences, ids)
    lines += _question_lines(story, sentences, ids)
    lines += _timeline_lines(sentences, ids)
    lines += _people_lines(story, quotes, ids)
    yaml_text = "\n".join(lines) + "\n"
    return Draft(slug, yaml_text, source_text, warnings, quotes, article)


def _opening_lines(source_name: str, today: dt.date, outlet_todo: bool, date_todo: bool) -> list[str]:
    """The comment that opens a draft: what made it, and what the editor must still decide."""
    return [
        SCHEMA_LINE,
        "#",
        f"# DRAFT made by `briefbot draft` from {source_name} on {today.isoformat()}; no editor has checked it yet.",
        "# TODO fields the editor must decide: summary, editors, every fact's text"
        + (", source.outlet" if outlet_todo else "")
        + (", source.published (see source.dating)" if date_todo else "")
        + ".",
        "# Everything else is a candidate taken from the article: facts are its statements to rewrite",
        "# in your own words (their basis keeps the sentence), events and questions quote its sentences,",
        "# quotes were checked verbatim against the stored source, and dates whose basis says 'inferred'",
        "# were worked out from relative words. `briefbot check --strict` fails until every TODO is gone.",
        "",
    ]


def _story_lines(article: Article, today: dt.date) -> list[str]:
    """Title, status (always a draft), the day it was drafted, and the editor to name."""
    return [
        f"title: {_s(article.headline or _first_sentence(article))}",
        "# A draft is shown only privately in Slack. Once checked: developing | published | archived",
        "status: draft",
        f"updated: {_s(today.isoformat())}",
        "editors:",
        f"  - name: {_s(TODO_EDITOR)}  # TODO: the story editor's name, and slack: their Slack user id",
        "",
    ]


def _source_lines(
    article: Article, slug: str, outlet: str, republisher: str | None, dating: Dating, sentences: list[Sentence]
) -> list[str]:
    """The source block (what the page gives of outlet, headline, byline, address and dates; the stored text), and
    the summary left to write."""
    lines = ["source:", f"  outlet: {_s(outlet)}"]
    if article.headline:
        lines.append(f"  headline: {_s(article.headline)}")
    if article.byline:
        lines.append(f"  byline: {_s(article.byline)}")
    if article.url:
        lines.append(f"  url: {_s(article.url)}")
    lines.append(f"  published: {_s(dating.published)}")
    if dating.page_date:
        lines.append(f"  page_date: {_s(dating.page_date)}")
    if republisher:
        lines.append(f"  republisher: {_s(republisher)}")
    lines.append(f"  file: {_s(f'sources/{slug}.txt')}")
    note = dating.note + _relative_summary(sentences)
    if republisher:
        note += f" The page is a copy by {republisher}; the story names {outlet} as its own outlet."
    return lines + [f"  dating: {_s(note)}", "", f"summary: {_s(TODO_SUMMARY)}", ""]


def _fact_lines(story: Story, sentences: list[Sentence], ids: _Ids) -> list[str]:
    lines = ["facts:", "  # Candidates: statements with figures, dates or named organisations. Rewrite or delete."]
    for fact in find_facts(story, sentences):
        fid = ids.take(derive_item_id("facts", Fact(text=fact["statement"], basis=fact["basis"])))
        _item(lines, [("id", fid), ("text", fact["text"]), ("basis", fact["basis"]), ("date", fact.get("date"))])
    return lines


def _quote_lines(story: Story, quotes: list[FoundQuote], sentences: list[Sentence], ids: _Ids) -> list[str]:
    if not quotes:
        return []
    lines = ["", "quotes:"]
    for quote in quotes:
        fields = [
            ("id", ids.take(_quote_id(quote))),
            ("text", quote.text),
            ("speaker", quote.speaker_name),
            ("role", quote.role),
            ("to", quote.to),
            ("date", _quote_date(story, quote, sentences)),
            ("context", _context(story, quote)),
        ]
        _item(lines, fields)
    return lines


def _question_lines(story: Story, sentences: list[Sentence], ids: _Ids) -> list[str]:
    questions = find_questions(story, sentences)
    if not questions:
        return []
    lines = ["", "questions:", "  # Candidates: what the story says is unclear, declined, not answered or withheld."]
    for q in questions:
        qid = ids.take(derive_item_id("questions", Question(text=q["text"])))
        _item(lines, [("id", qid), ("text", q["text"]), ("status", "open"), ("basis", q["basis"])])
    return lines


def _timeline_lines(sentences: list[Sentence], ids: _Ids) -> list[str]:
    timeline = find_timeline(sentences)
    if not timeline:
        return []
    lines = ["", "timeline:", "  # Candidates, oldest first; each event is the article's sentence. Reword or delete."]
    for t in timeline:
        tid = ids.take(derive_item_id("timeline", TimelineEntry(date=t["date"], event=t["event"])))
        _item(lines, [("id", tid), ("date", t["date"]), ("event", t["event"]), ("basis", t["basis"])])
    return lines


def _people_lines(story: Story, quotes: list[FoundQuote], ids: _Ids) -> list[str]:
    people = find_people(story, {id(q.speaker) for q in quotes if q.speaker is not None})
    if not people:
        return []
    lines = ["", "people:"]
    for p in people:
        pid = ids.take(derive_item_id("people", Person(name=p["name"], role=p["role"])))
        fields = [("id", pid), ("name", p["name"]), ("role", p["role"]), ("kind", p.get("kind")),
                  ("aliases", p.get("aliases", []))]  # fmt: skip
        _item(lines, fields)
    return lines


def _first_sentence(article: Article) -> str:
    first = article.paragraphs[0]
    m = re.match(r"(.{20,200}?[.!?])\s", first)
    return m.group(1) if m else first[:200]


def _relative_summary(sentences) -> str:
    pairs = []
    for s in sentences:
        for ref in s.dates:
            if ref.inferred and (ref.raw, ref.value) not in pairs:
                pairs.append((ref.raw, ref.value))
    if not pairs:
        return ""
    shown = ", ".join(f"'{raw}' \u2192 {value}" for raw, value in pairs[:10])
    more = f" and {len(pairs) - 10} more" if len(pairs) > 10 else ""
    return f" Inferred: {shown}{more}."


def _quote_date(story: Story, quote: FoundQuote, sentences) -> str | None:
    """The date of the sentence holding the quotation, when it names exactly one."""
    par = story.paragraphs[quote.paragraph]
    if par.turn_label:
        return None
    start, _ = par.sentence_of(quote.start)
    refs: list = next((s.dates for s in sentences if s.paragraph == quote.paragraph and s.start == start), [])
    return refs[0].value if len(refs) == 1 else None

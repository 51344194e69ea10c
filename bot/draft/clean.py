"""Plain text or a saved web page → the story: headline, body paragraphs, and what the page says
about itself (outlet, dates, url). Navigation, related-article lists, newsletter and share
prompts, player widgets, photos' credit lines, bylines and timestamps are left out of the body.

The body is the run of prose paragraphs: it starts at the first prose paragraph followed by
more prose (an embedded post, a short introduction ending in a colon, or a sentence or two of a
few words may come between) and ends at a section marker ("Related Articles", "Newsletter", "###", "Media
contact:" …) after which no more prose follows. Lines before it are the page header.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import ftfy
from wordfreq import zipf_frequency

from bot.draft.htmltext import looks_like_html, read_page
from bot.draft.text import clean_control

INLINE_CHROME = re.compile(
    r"""^(?:
      advertisement|ad|sponsored(?:\ content)?|story\ continues\ below(?:\ advertisement)?
    | (?:read|see|watch|listen)(?:\ (?:more|also|next|this|now|live))?\s*[:|\u2013\u2014-].*
    | (?:related|also\ read|more)\s*:.*
    | (?:listen|watch)(?:\ to)?\ (?:this|the)\ (?:article|story|video|podcast).*
    | \d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?|close|\u00d7|\u2715|x|skip(?:\ ad)?|play|pause|mute|replay
    | share(?:\ this)?(?:\ (?:story|article|page|on\ \w+))?|tweet|email|print|copy\ link|facebook|twitter|linkedin
    | (?:\d+\ )?min(?:ute)?s?\ read|click\ here.*|(?:photo|image|video|credit|caption)\s*:.*
    | (?:for\ immediate\ release|news\ release|press\ release|media\ advisory)\.?
    | follow\ [^.!?]{1,120}?\ (?:on|at)\ (?:twitter|facebook|instagram)\b.*
    )$""",
    re.I | re.X,
)
# A photo's credit line set between paragraphs: "Jane Doe via Getty Images.", "Jane Doe/Reuters", "AP Photo/Jane Doe"
_AGENCIES = r"(?:Getty Images|Getty|Associated Press|AP(?: Photo)?|Reuters|AFP|EPA|Bloomberg)"
_NAME = r"(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.\u2019'-]*"  # a photographer's name, up to four words
PHOTO_CREDIT = re.compile(
    rf"\s*(?:(?:Photo|Image|Credit)s?:?\s+)?(?:{_NAME}\s*(?:via|/)\s*)?"
    rf"{_AGENCIES}(?:\s*/\s*(?:[A-Z][\w.\u2019'-]*\s*){{1,4}})?\.?\s*"
)
# A photo's caption set between paragraphs as text copied from a page has it: a short paragraph ending in its credit,
# in brackets ("Doe at the rally. (Photo: Jane Roe/Getty Images)", "(AP Photo/Jane Roe)") or after the caption
# ("… Jane Roe/Reuters", "… Jane Roe/AFP via Getty Images", "… AP Photo/Jane Roe"). A caption names the story's
# people: read as prose, "he said" after it would point to whoever it shows.
_AGENCY_CHAIN = rf"{_AGENCIES}(?:\s*(?:/|via)\s*{_AGENCIES})*"
_CREDIT = rf"(?:{_NAME}\s*(?:/|via)\s*{_AGENCY_CHAIN}(?:\s*/\s*{_NAME})?|{_AGENCY_CHAIN}\s*/\s*{_NAME})"
_CREDIT_LABEL = r"(?:Photo|Image|Credit|Photograph)s?:\s*"
CAPTION = re.compile(
    rf"(?:\((?:{_CREDIT_LABEL}[^()]{{1,80}}|{_AGENCY_CHAIN}|{_CREDIT})\)"
    rf"|(?<=[.!?])\s+(?:{_CREDIT_LABEL}[^.!?]{{1,80}}|{_CREDIT}))\.?\s*$"
)
CAPTION_WORDS = 50  # a caption is a sentence or two; a longer paragraph ending so is the story's
# A paragraph that is a quotation and nothing else ("\u201cWe will not back down.\u201d"), its words between the marks.
ONLY_QUOTED = re.compile(r"\s*[\u201c\"](?P<words>[^\u201c\u201d\"]+)[\u201d\"]\s*")
PULL_QUOTE_WORDS = 5  # fewer words repeated ("a total disaster") may well be the story quoting itself
SECTION_END = re.compile(
    r"""^(?:
      related(?:\ (?:articles|stories|coverage|content|links|reading|news))?
    | more\ (?:from|on|in|stories|news|like\ this)\b.*|read\ (?:more|next|also)
    | recommended(?:\ for\ you|\ reading)?|most\ (?:read|popular|viewed|shared|emailed)|trending(?:\ now|\ stories)?
    | you\ (?:may|might)\ (?:also\ )?(?:like|enjoy)
    | newsletters?|sign\ up\b.*|subscribe\b.*|share\ this\ (?:story|article)|comments?(?:\ \(\d+\))?
    | join\ the\ conversation|about\ the\ authors?|editor'?s\ picks|latest(?:\ news|\ stories)?|popular|top\ stories
    | tags?\s*:.*|support\ (?:us|our\ \w+|[\w\ ]{0,30}journalism)\b.*
    | listen\ live|follow\ us\b.*|(?:\u00a9|\(c\)|copyright)\s.*|all\ rights\ reserved.*
    | \#{3,}|-{3,}|\*{3,}|(?:media|press|news)\ (?:contacts?|inquiries)\s*:?.*|contacts?\s*:.*
    | for\ more\ information\b.*
    )$""",
    re.I | re.X,
)
_BY = r"^(?:by|words by|story by|written by|reporting by)\s+"  # what opens a byline ("By Jane Doe")
BYLINE = re.compile(
    _BY + r"(?-i:[A-Z])(?!\w*,)|"
    r"^[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){1,3}\s*[|,\u2014\u2013-]\s*(?:staff|senior|reporter|correspondent|"
    r"writer|editor|contributor)",
    re.I,
)
# A paragraph's last mark, before any closing quotation marks or brackets and a digest's credit in brackets ("[Acme]")
TERMINAL = re.compile(r"[.!?\u2026:][\"\u201d\u2019')\]]*(?:\s*\[[^\[\]\n]{1,40}\])?$")
TURN = re.compile(r"^[A-Z][A-Za-z.'\u2019 -]{0,40}(?: \([^)]{1,60}\))?:\s+\S")
# Between two paragraphs of the body: a post embedded as markup ('<tweet id="…"/>.') or a short line introducing
# what follows ("From the Daily Example:")
INTERLUDE = re.compile(r"(?:<[^<>]+>\s*)+\.?|[A-Z][^.!?:]{0,60}:")
BYLINE_WORDS = 12  # a longer line that opens like a byline ("By Sunday morning, …", "Doe, senior aide, …") is prose
# Only the repair of mis-decoded text (UTF-8 read as Latin-1 or cp1252, once or twice: "JuliÃ¡n" → "Julián");
# quotation marks, ligatures and control characters are left as the article has them, and HTML entities for
# `clean_article` to read (a page's parser, or _ENTITY in plain text).
_REPAIR = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False, fix_character_width=False,
    uncurl_quotes=False, fix_line_breaks=False, remove_control_chars=False, explain=False,
)  # fmt: skip
# An HTML character reference, whole, in text that is not a page ("&#8220;", "&#x2019;", "&amp;"; not "AT&T").
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BROKEN_END = re.compile(r"(?<![-\w])([A-Za-z]+)-$")  # a line ending in part of a word and a hyphen, not a dash
_LOWER_START = re.compile(r"[a-z]+")
_SUSPENDED_BEFORE = frozenset({"and", "or", "nor", "to"})  # "pre- and post-war": a hyphen left hanging on purpose
SMALL_WORDS = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "at", "by", "with", "from", "as"}


@dataclass
class Article:
    headline: str | None
    paragraphs: list[str]
    header: list[str] = field(default_factory=list)
    outlet: str | None = None
    byline: str | None = None
    byline_tail: str | None = None  # what follows the names on the byline line ("Harbour Courier", "Staff writer")
    url: str | None = None
    page_published: str | None = None  # a date the page's markup states (HTML meta or <time>)
    dropped: list[str] = field(default_factory=list)
    is_html: bool = False

    def source_text(self) -> str:
        parts = ([self.headline] if self.headline else []) + self.paragraphs
        return "\n\n".join(parts) + "\n"


def split_paragraphs(text: str) -> list[str]:
    """Blank-line blocks; a block's lines are joined only when it is hard-wrapped prose."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        breaks = len(lines) - 1
        joins = sum(
            len(a) >= 30
            and bool(re.match(r"[a-z0-9(\u2018\u201c\"'$%,;]", b))
            and not (TERMINAL.search(a) and re.match(r"[\u201c\"\u2018'(]?[A-Z]", b))
            for a, b in zip(lines, lines[1:], strict=False)
        )
        wrapped = breaks and (joins * 2 >= breaks or _cut_at_width(lines))
        if wrapped:
            out.append(re.sub(r"\s+", " ", _joined(lines)))
        else:
            out.extend(re.sub(r"[ \t]+", " ", line) for line in lines)
    return out


def _joined(lines: list[str]) -> str:
    """Wrapped lines as one paragraph; a word broken at a line's end with a hyphen, as a PDF's text has it, is made
    whole ("govern-" "ment" → "government"), or keeps its hyphen when English writes it so ("well-" "known"); a
    hyphen before "and", "or" or "to" ("pre- and post-war"), or a word English knows neither way, stays as written."""
    text = lines[0]
    for line in lines[1:]:
        broken, rest = _BROKEN_END.search(text), _LOWER_START.match(line)
        whole = hyphened = 0.0
        if broken and rest and rest[0] not in _SUSPENDED_BEFORE:
            whole = zipf_frequency(f"{broken[1]}{rest[0]}", "en")
            hyphened = zipf_frequency(f"{broken[1]}-{rest[0]}", "en")
        if whole > hyphened:
            text = text[:-1] + line
        elif hyphened > whole:
            text += line
        else:
            text = f"{text} {line}"
    return text


def _cut_at_width(lines: list[str]) -> bool:
    """Whether a block of three lines or more is prose cut at a fixed width, as e-mailed and wire copy is: every line
    but the last within a few characters of the longest, which is as wide as such copy is cut (60–100), and not a
    list of headlines."""
    if len(lines) < 3:
        return False
    widest = max(len(line) for line in lines[:-1])
    filled = 60 <= widest <= 100 and all(len(line) >= widest - 15 for line in lines[:-1])
    return filled and sum(map(is_headline_case, lines)) * 2 < len(lines)


def is_headline_case(par: str) -> bool:
    ws = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", par)[1:] if w.lower() not in SMALL_WORDS]
    return len(ws) >= 4 and sum(w[0].isupper() for w in ws) >= 0.8 * len(ws)


_STAMP_WORDS = re.compile(
    r"\b(?:published|updated|posted|aired|broadcast|for release|released|last|on|at|and|mon|tue|wed|thu|fri|sat|sun|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b[ap]\.?m\.?|\b(?:[ECMP][SD]?T|GMT|UTC)\b|"
    r"[\d:,.|/\u2013\u2014-]+",
    re.I,
)


def is_timestamp(line: str) -> bool:
    """A line that is only a date or time, perhaps with 'Published' / 'Updated' and a weekday."""
    return bool(re.search(r"\d", line)) and len(_STAMP_WORDS.sub(" ", line).split()) == 0


def is_prose(par: str) -> bool:
    if is_timestamp(par):
        return False
    n = len(par.split())
    if TURN.match(par) and n >= 3 and TERMINAL.search(par):
        return True
    return n >= 6 and bool(TERMINAL.search(par)) and not is_headline_case(par)


def _is_chrome(par: str) -> bool:
    return bool(
        INLINE_CHROME.match(par)
        or SECTION_END.match(par)
        or PHOTO_CREDIT.fullmatch(par)
        or (len(par.split()) <= CAPTION_WORDS and CAPTION.search(par))
    )


def _next_content(pars: list[str], i: int) -> int | None:
    while i < len(pars) and _is_chrome(pars[i]):
        i += 1
    return i if i < len(pars) else None


def _prose_follows(pars: list[str], i: int) -> bool:
    """True when pars[i:] starts (after chrome lines) with two prose paragraphs, or one at the end."""
    first = _next_content(pars, i)
    if first is None or not is_prose(pars[first]):
        return False
    second = _next_content(pars, first + 1)
    short = 0  # sentences of a few words passed over, which must be followed by prose
    while second is not None and not is_prose(pars[second]):
        if not INTERLUDE.fullmatch(pars[second]):
            if short == 2 or not _short_sentence(pars[second]):
                return False
            short += 1
        second = _next_content(pars, second + 1)
    return second is not None or short == 0


def _short_sentence(par: str) -> bool:
    """A sentence of a few words ("Things went bad fast.", "Getty.") that is not a section label in capitals: up to
    two may sit between a lead paragraph and the next."""
    return len(par.split()) <= 6 and bool(TERMINAL.search(par)) and par.upper() != par


def find_body(pars: list[str]) -> tuple[int, int]:
    start = next((i for i, p in enumerate(pars) if is_prose(p) and _prose_follows(pars, i)), None)
    if start is None:
        start = next((i for i, p in enumerate(pars) if is_prose(p)), 0)
    end = len(pars)
    for i in range(start + 1, len(pars)):
        if SECTION_END.match(pars[i]) and not _prose_follows(pars, i + 1):
            end = i
            break
    while end > start + 1 and not is_prose(pars[end - 1]) and not TERMINAL.search(pars[end - 1]):
        end -= 1
    return start, end


def _body_paragraphs(pars: list[str], dropped: list[str]) -> list[str]:
    """Drop chrome lines, pull quotes and runs of two or more unpunctuated lines (teaser lists) from the body."""
    keep = []
    pulled = _pull_quotes(pars)
    i = 0
    while i < len(pars):
        par = pars[i]
        if _is_chrome(par) or (BYLINE.match(par) and len(par.split()) <= BYLINE_WORDS) or i in pulled:
            dropped.append(par)
            i += 1
            continue
        if not TERMINAL.search(par):
            j = i
            while j < len(pars) and not TERMINAL.search(pars[j]) and not _is_chrome(pars[j]):
                j += 1
            if j - i >= 2:
                dropped.extend(pars[i:j])
                i = j
                continue
        keep.append(par)
        i += 1
    return keep


def _pull_quotes(pars: list[str]) -> set[int]:
    """The paragraphs that are only a quotation whose words the story gives again in another paragraph: a page sets a
    passage of the story apart in large type ("pull quote"), and read as the story's, it would be drafted twice, the
    first time as a continuation of whoever spoke last. Of two paragraphs that are the same quotation alone, the first
    is set apart and the second is the story's."""
    plain = [f" {_plain(par)} " for par in pars]
    alone = {i: f" {_plain(m['words'])} " for i, par in enumerate(pars) if (m := ONLY_QUOTED.fullmatch(par))}
    return {
        i
        for i, words in alone.items()
        if len(words.split()) >= PULL_QUOTE_WORDS
        and any(words in text and (j > i or alone.get(j) != words) for j, text in enumerate(plain) if j != i)
    }


def _plain(text: str) -> str:
    """Lower-case words and figures only, one space between: a passage as compared with its repetition."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'").replace("'", "")))


def _header_fields(header: list[str]) -> tuple[str | None, str | None]:
    """(outlet, headline) from the lines above the body."""
    candidates = [
        line
        for line in header
        if not _is_chrome(line) and not BYLINE.match(line) and not _is_dateline(line) and not is_timestamp(line)
    ]
    outlet = None
    if len(candidates) >= 2 and len(candidates[0].split()) <= 6 and not is_prose(candidates[0]):
        outlet = re.split(r"\s+[|\u2013\u2014]\s+|\s+-\s+", candidates[0])[0].strip()
        candidates = candidates[1:]
    long_enough = [c for c in candidates if len(c.split()) >= 4]
    titled = [c for c in long_enough if is_headline_case(c)]
    headline = next(iter(titled or long_enough or candidates), None)
    return outlet, headline


_DATEY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.I,
)


def _is_dateline(line: str) -> bool:
    return bool(_DATEY.search(line)) and len(line.split()) <= 12 and not is_prose(line)


def repair_text(text: str) -> str:
    """Text mis-decoded on its way to the page (UTF-8 read as Latin-1 or cp1252) decoded right."""
    return ftfy.fix_text(text, _REPAIR)


def clean_article(raw: str) -> Article:
    raw = clean_control(repair_text(raw))
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    if looks_like_html(raw):
        page = read_page(raw)
        pars = [p for block in page.blocks for p in split_paragraphs(block)]
        article = _from_paragraphs(pars, headline_apart=page.headline is not None)
        article.is_html = True
        article.headline = page.headline or page.title or article.headline
        article.outlet = page.site_name or article.outlet
        article.byline = page.author or article.byline
        article.url = page.url
        article.page_published = page.published
        return article
    if "&" in raw:
        raw = _ENTITY.sub(lambda m: html.unescape(m[0]), raw)  # text copied from a page's source: "&#8220;", "&amp;"
    return _from_paragraphs(split_paragraphs(raw))


def _headline_line(first: str, second: str) -> bool:
    """A first paragraph that is one short sentence before a longer one is the headline, even with
    a full stop ("Council delays bridge vote.")."""
    words = first.split()
    return (
        len(words) <= 20
        and not re.search(r"[.!?][\"\u201d\u2019']?\s+[A-Z\"\u201c]", first)
        and not first.startswith(('"', "\u201c"))
        and len(second.split()) > len(words)
    )


def _from_paragraphs(pars: list[str], headline_apart: bool = False) -> Article:
    """The article in these paragraphs; with ``headline_apart`` (a page's <h1>) none of them is its headline."""
    if not pars:
        return Article(None, [])
    start, end = find_body(pars)
    if start == 0 and end > 1 and not headline_apart and _headline_line(pars[0], pars[1]):
        start = 1
    dropped = list(pars[end:])
    header = pars[:start]
    body = _body_paragraphs(pars[start:end], dropped)
    outlet, headline = _header_fields(header)
    dropped.extend(line for line in header if line not in (outlet, headline))
    byline, tail = next(filter(None, map(_byline, header + dropped)), (None, None))
    return Article(headline, body, header=header, outlet=outlet, byline=byline, byline_tail=tail, dropped=dropped)


_BYLINE_LEAD = re.compile(_BY, re.I)


def _byline(line: str) -> tuple[str, str | None] | None:
    """Who wrote the story and what follows, from a byline line: "By Jane Doe and John Roe" → ("Jane Doe and John
    Roe", None), "Jane Doe | Staff writer" → ("Jane Doe", "Staff writer"), "By Jane Doe, Harbour Courier" → ("Jane
    Doe", "Harbour Courier"), "Reporting by Jane Doe; Editing by John Roe" → ("Jane Doe", "Editing by John Roe")."""
    if not BYLINE.match(line) or len(line.split()) > BYLINE_WORDS:
        return None
    parts = re.split(r"\s*[|,;\u2014\u2013]\s*|\s+-\s+", _BYLINE_LEAD.sub("", line.strip()), maxsplit=1)
    name = parts[0].strip()
    tail = (parts[1].strip() or None) if len(parts) > 1 else None
    return (name, tail) if name else None

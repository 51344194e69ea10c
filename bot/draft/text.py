"""Low-level text pieces: quotation-mark pairing and sentence boundaries within a paragraph.

Offsets always index the paragraph string itself, so every quote found can be cut from the
source verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.draft.lexicon import SHORT_MONTHS, SPEECH_VERBS, SURNAME_PREFIX

DOUBLE_MARKS = '"\u201c\u201d'
OPENING_CONTEXT = "([{\u2014\u2013-/\u2018'"
CLOSING_FOLLOW = ",.;:!?)]}\u2014\u2013-\u2019'"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def clean_control(text: str) -> str:
    """Control characters (which a brief may not hold) become spaces; line ends become \\n."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text).replace("\xa0", " ")


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation in a paragraph: marks at ``open`` and ``close`` (``close`` is len(par) if unclosed)."""

    open: int
    close: int
    closed: bool

    @property
    def end(self) -> int:
        """Index just past the closing mark (or the paragraph end)."""
        return self.close + 1 if self.closed else self.close

    def raw(self, paragraph: str) -> str:
        return paragraph[self.open + 1 : self.close]


def quote_text(raw: str) -> str:
    """The quoted words: trimmed, without a trailing comma that belongs to the sentence."""
    text = raw.strip()
    if text.endswith(","):
        text = text[:-1].rstrip()
    return text


def _mark_role(par: str, i: int) -> str:
    """'open', 'close' or '?' for the double quotation mark at i, from its neighbours."""
    before = par[i - 1] if i > 0 else " "
    after = par[i + 1] if i + 1 < len(par) else " "
    opens = (before.isspace() or before in OPENING_CONTEXT) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in CLOSING_FOLLOW)
    mark = par[i]
    if mark == "\u201c":
        return "close" if closes and not opens else "open"
    if mark == "\u201d":
        return "open" if opens and not closes else "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "?"


# A height in feet and inches ("6\u20192\u201d", "5'11\""): the mark after the inches is no quotation mark
FEET_INCHES = re.compile(r"\b[4-7][\u2019']\d{1,2}$")


def find_quotes(par: str) -> list[QuoteSpan]:
    """Pair double quotation marks (straight, curly or mixed) into quotation spans."""
    spans: list[QuoteSpan] = []
    start: int | None = None
    for i, ch in enumerate(par):
        if ch not in DOUBLE_MARKS or FEET_INCHES.search(par, max(0, i - 6), i):
            continue  # "he is 6\u20192\u201d tall": an inch mark, not a quotation's
        role = _mark_role(par, i)
        if role == "?":
            role = "close" if start is not None else "open"
        if role == "open":
            if start is None or ch != '"':
                start = i
            else:
                spans.append(QuoteSpan(start, i, True))
                start = None
        elif start is not None:
            spans.append(QuoteSpan(start, i, True))
            start = None
    if start is not None and len(par) - start > 1:
        spans.append(QuoteSpan(start, len(par), False))
    # A value of markup left in the text (author="@x") is not a quotation, nor a nickname inside a name.
    return [
        s
        for s in spans
        if re.search(r"\w", par[s.open + 1 : s.close]) and par[s.open - 1 : s.open] != "=" and not _nickname(par, s)
    ]


def _nickname(par: str, span: QuoteSpan) -> bool:
    """One or two capitalised words quoted between initials and a surname ('C.L. "Butch" Doe'): a nickname."""
    return (
        span.closed
        and re.fullmatch(r"[A-Z][\w.\u2019'-]*(?: [A-Z][\w.\u2019'-]*)?", par[span.open + 1 : span.close]) is not None
        and re.search(r"\b(?:[A-Z]\.)+ $", par[max(0, span.open - 20) : span.open]) is not None
        and re.match(r" " + SURNAME_PREFIX + r"?[A-Z][a-z]+\b", par[span.close + 1 :]) is not None
    )


def fold_double_apostrophes(par: str) -> str:
    """Two apostrophes used as a double quotation mark (''like this'') become one mark and a space,
    so offsets stay those of the paragraph: an opening pair is ' "', a closing pair '" '. Of three
    apostrophes (a single quotation closing inside a double one) the last two are the pair."""

    def one(m: re.Match) -> str:
        i = m.start()
        before = par[i - 1] if i > 0 else " "
        after = par[i + 2] if i + 2 < len(par) else " "
        if not after.isspace() and (before.isspace() or before in OPENING_CONTEXT):
            return ' "'
        return '" '

    return re.sub(r"''(?!')", one, par)


def mask_quotes(par: str, spans: list[QuoteSpan]) -> str:
    """The paragraph with each quotation's words blanked (marks kept), same length."""
    chars = list(par)
    for span in spans:
        for i in range(span.open + 1, min(span.close, len(par))):
            chars[i] = " "
    return "".join(chars)


# US states as news abbreviates them after a town ("Ava, Mo.", "Salem, Ore.")
STATE_ABBREVIATIONS = {
    "calif", "ore", "vt", "wash", "mass", "conn", "penn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
    "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "pa", "tenn", "tex", "va", "wis", "wyo", "ariz",
    "colo", "del", "ala", "ark", "n.j", "n.y", "n.c", "s.c", "n.h", "n.m", "n.d", "s.d", "w.va", "d.c",
}  # fmt: skip
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "sr", "jr", "st", "gov", "sen", "rep", "lt", "col", "gen", "capt", "sgt", "prof",
    "rev", "hon", "inc", "corp", "co", "ltd", "no", "vs", "mt", "ft", "ave", "blvd", "rd", "dept", "univ", "assn",
    "bros", "cmdr", "maj", "supt", "det", "insp", "atty", "spc", "pfc", "cpl", "pvt", "u.s", "u.k", "u.n", "a.m",
    "p.m", "e.g", "i.e",
} | SHORT_MONTHS | STATE_ABBREVIATIONS  # fmt: skip
# A sentence ends at a full stop, "?" or "!" (and the closing marks after it) before a space and a capital, or right
# before a capital where a closing quotation mark lost the space after it ('… I love piers!”Former mayor Doe said').
_BOUNDARY = re.compile(
    r"[.!?\u2026]+[\"\u201d\u2019')\]]*(?=\s+[\"\u201c\u2018'(\[]?[A-Z0-9])|[.!?\u2026]+[\"\u201d](?=[A-Z][a-z])"
)
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.+$")
_VERB = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# After a quotation that ends in ? or ! the sentence goes on when its speaker follows:
# '"Why now?" Doe asked.', '"No!" shouted the crowd.' (and '"…." Doe said.' when nothing else follows).
_WORD = r"(?:[A-Z][\w.\u2019'-]*|[a-z][\w\u2019'-]*)"
_SPEAKER_AFTER = re.compile(
    rf"\s+(?:{_WORD}\s+){{0,6}}?"
    rf"(?:{_WORD},[^,;:!?\u201c\u201d\"]{{1,100}},\s+)?"  # '"Why now?" Doe, a nurse, asked.', 'Doe, D-Ore., said'
    rf"(?:also\s+|later\s+|then\s+)?(?:{_VERB})\b"
)
# '"Why now?" He answered, "Because …"': the cue introduces the quotation after it, not the question.
_NEXT_QUOTE = re.compile(r"\s*[,:]\s*[\"\u201c][A-Z]")
_SAID_ENDS = re.compile(
    rf"\s+(?:[A-Z][\w.\u2019'-]*\s+){{1,4}}(?:{_VERB})[.,]|\s+(?:{_VERB})\s+(?:[A-Z][\w.\u2019'-]*\s*){{1,4}}[.,]"
)


def sentence_spans(par: str, quotes: list[QuoteSpan] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence; boundaries inside a quotation do not count."""
    quotes = quotes or []
    cuts = []
    for m in _BOUNDARY.finditer(par):
        end = m.end()
        if any(q.open < end <= q.close for q in quotes):
            continue
        closes_quote = par[end - 1] in '"\u201d'
        cue = _SPEAKER_AFTER.match(par, end) if closes_quote and re.search(r"[?!]", m.group()) else None
        if cue and not _NEXT_QUOTE.match(par, cue.end()):
            continue
        said = _SAID_ENDS.match(par, end) if closes_quote else None
        if said and not _NEXT_QUOTE.match(par, said.end() - 1):
            continue
        word = _LAST_WORD.search(par[max(0, m.start() - 12) : m.start() + 1])
        if word and par[m.start()] == ".":
            token = word.group(1).lower()
            if (
                token in ABBREVIATIONS
                or (len(token) == 1 and token.isalpha())
                or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)
            ):
                continue
        cuts.append(end)
    spans, start = [], 0
    for cut in cuts:
        spans.append((start, cut))
        start = cut
        while start < len(par) and par[start].isspace():
            start += 1
    if start < len(par):
        spans.append((start, len(par)))
    return [(s, e) for s, e in spans if par[s:e].strip()]


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][\w'\u2019.-]*", text)

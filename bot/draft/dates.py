"""Dates in a story: absolute ones as written, relative ones resolved against the story's date.

Every result is a :class:`DateRef` with a partial date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)
at no more precision than the words support; resolved relative dates carry ``inferred`` and a
``basis`` such as ``inferred: 'last week' relative to 2020-06-17``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.draft import lexicon as lx

MONTHS = {name[:3]: number for number, name in enumerate(lx.MONTH_NAMES, 1)}  # "jan": 1, "may": 5
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3,
}  # fmt: skip
MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
)
YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d|,\d)"
ABSOLUTE = [
    (re.compile(rf"\b{MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{YEAR}"), "day"),
    (re.compile(rf"\b(?P<day>[0-3]?\d)\s+{MONTH}\s+{YEAR}"), "day"),
    (re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"), "day"),
    (re.compile(rf"\b{MONTH}(?:\s+of)?\s+{YEAR}"), "month"),
    (re.compile(rf"(?<![$\d,.])\b{YEAR}\b"), "year"),
]
MONTH_DAY = re.compile(rf"\b{MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s+\d)")
MONTH_ONLY = re.compile(
    rf"\b(?i:(?P<lead>in|since|until|by|as of|from|during|through|last|this|next|early|mid|late|earlier|later))"
    rf"(?:[\s-]+(?i:early|mid|late|the end of|the start of))?[\s-]+{MONTH}(?!\s*\.?\s*(?:[0-3]?\d\b|of\s+\d|\d))"
)
RELATIVE = re.compile(
    r"\b(?P<phrase>today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|"
    r"(?:earlier |later )?(?:last|this|next) (?:week|month|year)|earlier this (?:week|month|year)|"
    r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few) "
    r"(?P<unit>day|week|month|year)s? ago|"
    rf"(?P<which>last |next |this (?:past |coming )?)?(?:on )?(?P<weekday>{'|'.join(lx.WEEKDAYS)})|"
    rf"(?:in )?(?:{'|'.join(lx.MONTH_NAMES)})? ?of that year)\b",
    re.I,
)
FUTURE = re.compile(
    r"\b(?:will|'ll|\u2019ll|is expected|are expected|scheduled|plans? to|set to|next|upcoming|again)\b", re.I
)


@dataclass(frozen=True)
class DateRef:
    start: int
    end: int
    raw: str
    value: str
    inferred: bool = False
    basis: str = ""


def month_number(name: str) -> int:
    return MONTHS[name[:3].lower()]


def parse_date_arg(text: str) -> tuple[dt.date, str] | None:
    """A --date value (YYYY, YYYY-MM or YYYY-MM-DD) → (anchor day, precision), None if invalid."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
    if not m:
        return None
    try:
        day = dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None
    return day, "day" if m[3] else "month" if m[2] else "year"


def first_absolute(text: str) -> tuple[dt.date, str, str] | None:
    """The first full or month date in text: (date, precision, raw words)."""
    best = None
    for pattern, precision in ABSOLUTE[:4]:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, precision)
    if best is None:
        m = re.search(r"\b((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?", text)
        if not m:
            return None
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3] or 1)), "day" if m[3] else "month", m[0]
        except ValueError:
            return None
    m, precision = best
    month = int(m["mnum"]) if m.groupdict().get("mnum") else month_number(m["month"])
    try:
        day = dt.date(int(m["year"]), month, int(m.groupdict().get("day") or 1))
    except ValueError:
        return None
    return day, precision, m[0]


def fmt(day: dt.date, precision: str) -> str:
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]


def _coarsest(a: str, b: str) -> str:
    order = ["year", "month", "day"]
    return order[min(order.index(a), order.index(b))]


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def find_dates(sentence: str, anchor: tuple[dt.date, str] | None, last_year: int | None = None) -> list[DateRef]:
    """Absolute and (given an anchor) relative dates in one sentence, in order, not overlapping."""
    found: list[DateRef] = []
    taken: list[tuple[int, int]] = []

    def add(start, end, value, inferred=False, phrase=""):
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        basis = f"inferred: '{phrase}' relative to {fmt(*anchor)}" if inferred and anchor else ""
        if inferred and "that year" in phrase.lower():
            basis = f"inferred: '{phrase}' read as the year last named in the story, {last_year}"
        found.append(DateRef(start, end, sentence[start:end], value, inferred, basis))

    for pattern, precision in ABSOLUTE:
        for m in pattern.finditer(sentence):
            month = (
                int(m["mnum"])
                if m.groupdict().get("mnum")
                else (month_number(m["month"]) if m.groupdict().get("month") else 1)
            )
            try:
                day = dt.date(int(m["year"]), month, int(m.groupdict().get("day") or 1))
            except ValueError:
                continue
            add(m.start(), m.end(), fmt(day, precision))
    if anchor is None:
        return sorted(found, key=lambda d: d.start)
    base, base_precision = anchor
    future = bool(FUTURE.search(sentence))
    for m in MONTH_DAY.finditer(sentence):
        try:
            day = dt.date(base.year, month_number(m["month"]), int(m["day"]))
        except ValueError:
            continue
        if day > base and not future and (day - base).days > 60:
            day = day.replace(year=base.year - 1)
        add(m.start(), m.end(), fmt(day, _coarsest("day", base_precision)), True, m[0])
    for m in RELATIVE.finditer(sentence):
        value = _relative(m, base, base_precision, future, last_year)
        if value:
            add(m.start(), m.end(), value, True, m[0])
    for m in MONTH_ONLY.finditer(sentence):
        month, lead, year = month_number(m["month"]), m["lead"].lower(), base.year
        if lead == "next":
            year += month <= base.month
        elif lead == "last":
            year -= month >= base.month
        elif lead != "this" and future:
            year += month < base.month
        elif lead != "this":
            year -= month > base.month
        add(m.start(), m.end(), fmt(dt.date(year, month, 1), _coarsest("month", base_precision)), True, m[0])
    return sorted(found, key=lambda d: d.start)


def _relative(m: re.Match, base: dt.date, precision: str, future: bool, last_year: int | None) -> str | None:
    phrase = m["phrase"].lower()
    if "that year" in phrase:
        if last_year is None:
            return None
        month = re.match(r"(?:in )?(\w+) of that year", phrase)
        if month and month[1][:3] in MONTHS:
            return f"{last_year}-{MONTHS[month[1][:3]]:02d}"
        return str(last_year)
    if m["weekday"]:
        which = (m["which"] or "").strip().lower()
        target = lx.WEEKDAYS.index(m["weekday"].lower())
        if which.startswith("next") or (which == "" and future) or "coming" in which:
            delta = (target - base.weekday()) % 7 or 7
        else:
            delta = -((base.weekday() - target) % 7)
            if which == "last" and delta == 0:
                delta = -7
        return fmt(base + dt.timedelta(days=delta), _coarsest("day", precision))
    if m["unit"]:
        n = m["n"].lower()
        count = int(n) if n.isdigit() else NUMBERS.get(n, 1)
        unit = m["unit"].lower()
        if unit == "day":
            return fmt(base - dt.timedelta(days=count), _coarsest("day", precision))
        if unit == "week":
            return fmt(base - dt.timedelta(days=7 * count), _coarsest("month", precision))
        if unit == "month":
            return fmt(_add_months(base, -count), _coarsest("month", precision))
        return str(base.year - count)
    table = {
        "today": (0, "day"), "tonight": (0, "day"), "this morning": (0, "day"), "this afternoon": (0, "day"),
        "this evening": (0, "day"), "yesterday": (-1, "day"), "tomorrow": (1, "day"),
    }  # fmt: skip
    if phrase in table:
        shift, unit = table[phrase]
        return fmt(base + dt.timedelta(days=shift), _coarsest(unit, precision))
    unit = phrase.split()[-1]
    shift = -1 if "last" in phrase else 1 if "next" in phrase else 0
    if unit == "week":
        return fmt(base + dt.timedelta(days=7 * shift), _coarsest("month", precision))
    if unit == "month":
        return fmt(_add_months(base, shift), _coarsest("month", precision))
    return str(base.year + shift)

"""Dates and sums as a reporter types them in a hurry, written as a brief writes them: "on 9/23" (or "tues 9/23",
"23/9") as "on september 23", "$1.1bn" as "$1.1 billion", "23m" as "23 million", "18 per cent" as "18 percent", "1st"
as "first". Both the ask, where it enters the engine, and normalise() read text through this."""

from __future__ import annotations

import re

MONTHS = "january february march april may june july august september october november december".split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# A month's name or its short form, as news and reporters write it ("September", "Sept.", "sep").
MONTH_NAME = (
    r"(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|"
    r"october|oct|november|nov|december|dec)\b\.?"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
# Dates as typed in a hurry, to the words a brief's dates are indexed by ("2016 september 23"): "2016-09-23";
# "9/23/2016" or "9/23/16" (month first, as US newsrooms write it, unless the first can only be a day: "23/9"; a year
# of two digits is left out); "9/23" after a word of time ("on 9/23", "since 9/1", "led up to 9/23"), not "2/3 of the
# vote"; "sept 23rd" and "the 23rd of sept" without the ordinal's ending.
_ISO_DATE = re.compile(rf"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-({_DAY})\b")
_TIME_WORD_BEFORE = "|".join(
    rf"(?<=\b{words} )" for words in ("on", "since", "by", "until", "before", "after", "from", "between", "led up to",
                                      "lead up to", "leading up to", *WEEKDAYS)
)  # fmt: skip
# A weekday as typed in a hurry: "thurs", "tues", "weds" anywhere; "mon", "wed", "fri", "sat", "sun", which are words
# too, only before a date or a time of day ("sat night", "sun 9/25"). And a weekday before the date it falls on says
# no more than the date ("thursday december 3"): it goes.
_SHORT_WEEKDAY = re.compile(
    r"\b(?:(thurs|thur|thu|tues|tue|weds)|(mon|wed|fri|sat|sun))\b\.?"
    r"(?(2)(?= (?:\d\d?/\d|night|morning|afternoon|evening)))",
    re.IGNORECASE,
)
_WEEKDAY_BEFORE_DATE = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}),? (?={MONTH_NAME} {_DAY}\b)", re.IGNORECASE)
_SLASH_DATE = re.compile(rf"\b(?:{_TIME_WORD_BEFORE})(\d\d?)/(\d\d?)\b(?!/)|\b(\d\d?)/(\d\d?)/(\d\d(?:\d\d)?)\b")
# The second day of a stretch typed so: "between 9/1 and 9/23", once the first is written out.
_SECOND_DATE = re.compile(
    rf"\b((?:between|from) {MONTH_NAME} {_DAY} (?:and|to|through|until) )(\d\d?)/(\d\d?)\b(?!/)", re.IGNORECASE
)
_ORDINAL_DAY = re.compile(
    rf"\b({MONTH_NAME}) ({_DAY})(?:st|nd|rd|th)\b|\b({_DAY})(?:st|nd|rd|th) of ({MONTH_NAME})", re.IGNORECASE
)
# Sums in a newsroom's shorthand: "$622m", "$1.1bn", "$3T"; and "622 million dollars", as briefs write "$622 million".
_SUM = re.compile(
    r"\$(\d+(?:\.\d+)?) ?(?:(m|mn|mil|mln)|(b|bn|bil|bln)|(t|tn|tr))\b"
    r"|\b(\d+(?:\.\d+)?) (million|billion|trillion) dollars\b",
    re.IGNORECASE,
)
# And a count so shortened without a dollar sign: "23m viewers", "the 1.7m auction", "5 mil" → "23 million".
_MILLIONS = re.compile(r"\b(\d+(?:\.\d+)?)(?:(m|mn)|(b|bn))\b|\b(\d+(?:\.\d+)?) ?(?:(mil|mln)|(bil|bln))\b", re.I)
_UNITS = ("million", "billion", "trillion")
# Thousands so shortened: "125k accounts", "$40k" → "125000", as "125,000" reads once its comma goes.
_THOUSANDS_SHORT = re.compile(r"\b(\d+(?:\.\d{1,3})?)k\b", re.IGNORECASE)
# An ordinal in figures that names no day ("his name was 1st on the scanner", "the 2nd debate") is the word; "on the
# 23rd" is left for the day it names (stretches.with_days_named).
_ORDINAL = re.compile(r"\b(1[0-9]|[1-9])(?:st|nd|rd|th)\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\b(?:on|since|after|before|until|by|from) the $", re.IGNORECASE)
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_PER_CENT = re.compile(r"(?<=\d) per cent\b", re.IGNORECASE)  # the British spelling: "18 per cent" is "18 percent"
SPELT_HINT = re.compile(
    r"\d[-/]\d|\d(?:st|nd|rd|th)\b|\d (?:million|billion|trillion) dollars|\d per cent|\d(?:m|mn|b|bn|k)\b|"
    r"\d ?(?:mil|mln|bil|bln)\b",
    re.IGNORECASE,
)


def spelt_out(text: str) -> str:
    """The text with its typed dates written as a brief's dates are indexed ("on 9/23", "tues 9/23" → "on september
    23"), so their numbers are not read as figures the ask gives; its sums and shares as briefs write them ("$1.1bn" →
    "$1.1 billion", "23m" → "23 million", "125k" → "125000", "18 per cent" → "18 percent"); and an ordinal naming no
    day as the word ("1st" → "first")."""
    text = _SHORT_WEEKDAY.sub(lambda m: next(day for day in WEEKDAYS if day.startswith(m[0][:3].lower())), text)
    text = _ISO_DATE.sub(lambda m: f"{m[1]} {MONTHS[int(m[2]) - 1]} {int(m[3])}", text)
    text = _SLASH_DATE.sub(lambda m: _written_date(*(m.groups()[:2] if m[1] else m.groups()[2:])) or m[0], text)
    text = _SECOND_DATE.sub(lambda m: m[1] + (_written_date(m[2], m[3]) or f"{m[2]}/{m[3]}"), text)
    text = _ORDINAL_DAY.sub(lambda m: f"{m[1]} {m[2]}" if m[1] else f"{m[4]} {m[3]}", text)
    text = _WEEKDAY_BEFORE_DATE.sub("", text)
    text = _ORDINAL.sub(
        lambda m: m[0] if _DAY_BEFORE.search(m.string, 0, m.start()) else _ORDINAL_WORDS[int(m[1]) - 1], text
    )
    text = _MILLIONS.sub(_millions, _SUM.sub(_sum, text))
    text = _THOUSANDS_SHORT.sub(lambda m: str(round(float(m[1]) * 1000)), text)
    return _PER_CENT.sub(" percent", text)


def _sum(m: re.Match) -> str:
    if m[5]:
        return f"${m[5]} {m[6].lower()}"
    unit = next(u for u, short in zip(_UNITS, m.groups()[1:4], strict=True) if short)
    return f"${m[1]} {unit}"


def _millions(m: re.Match) -> str:
    figure = m[1] or m[4]
    return f"{figure} {'million' if m[2] or m[5] else 'billion'}"


def _written_date(first: str, second: str, year: str | None = None) -> str | None:
    """ "9/23" (or "23/9", whose first number can only be a day) as a brief writes it, "september 23"; None for no
    date ("13/13")."""
    month, day = (int(first), int(second)) if int(first) <= 12 else (int(second), int(first))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{MONTHS[month - 1]} {day}" + (f" {year}" if year and len(year) == 4 else "")

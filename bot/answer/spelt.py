"""Dates and sums as a reporter types them in a hurry, written as a brief writes them: "on 9/23" as "on september 23",
"$1.1bn" as "$1.1 billion", "18 per cent" as "18 percent". Both the ask, where it enters the engine, and normalise()
read text through this."""

from __future__ import annotations

import re

MONTHS = "january february march april may june july august september october november december".split()
# A month's name or its short form, as news and reporters write it ("September", "Sept.", "sep").
MONTH_NAME = (
    r"(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|"
    r"october|oct|november|nov|december|dec)\b\.?"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])"
# Dates as typed in a hurry, to the words a brief's dates are indexed by ("2016 september 23"): "2016-09-23";
# "9/23/2016" or "9/23/16" (month first, as US newsrooms write it; a year of two digits is left out); "9/23" after a
# word of time ("on 9/23", "since 9/1"), not "2/3 of the vote"; "sept 23rd" and "the 23rd of sept" without the
# ordinal's ending.
_ISO_DATE = re.compile(rf"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-({_DAY})\b")
_SLASH_DATE = re.compile(
    rf"\b(?:(?<=\bon )|(?<=\bsince )|(?<=\bby )|(?<=\buntil )|(?<=\bbefore )|(?<=\bafter )|(?<=\bfrom ))"
    rf"({_MONTH_NUMBER})/({_DAY})\b(?!/)|\b({_MONTH_NUMBER})/({_DAY})/(\d\d(?:\d\d)?)\b",
    re.IGNORECASE,
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
_UNITS = ("million", "billion", "trillion")
_PER_CENT = re.compile(r"(?<=\d) per cent\b", re.IGNORECASE)  # the British spelling: "18 per cent" is "18 percent"
SPELT_HINT = re.compile(
    r"\d[-/]\d|\d(?:st|nd|rd|th)\b|\d (?:million|billion|trillion) dollars|\d per cent", re.IGNORECASE
)


def spelt_out(text: str) -> str:
    """The text with its typed dates written as a brief's dates are indexed ("on 9/23" → "on september 23"), so their
    numbers are not read as figures the ask gives, and its sums and shares as briefs write them ("$1.1bn" → "$1.1
    billion", "18 per cent" → "18 percent")."""
    text = _ISO_DATE.sub(lambda m: f"{m[1]} {MONTHS[int(m[2]) - 1]} {int(m[3])}", text)
    text = _SLASH_DATE.sub(_slash_date, text)
    text = _ORDINAL_DAY.sub(lambda m: f"{m[1]} {m[2]}" if m[1] else f"{m[4]} {m[3]}", text)
    return _PER_CENT.sub(" percent", _SUM.sub(_sum, text))


def _sum(m: re.Match) -> str:
    if m[5]:
        return f"${m[5]} {m[6].lower()}"
    unit = next(u for u, short in zip(_UNITS, m.groups()[1:4], strict=True) if short)
    return f"${m[1]} {unit}"


def _slash_date(m: re.Match) -> str:
    if m[1]:
        return f"{MONTHS[int(m[1]) - 1]} {int(m[2])}"
    year = f" {m[5]}" if len(m[5]) == 4 else ""
    return f"{MONTHS[int(m[3]) - 1]} {int(m[4])}{year}"

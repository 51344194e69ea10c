"""Asks for a stretch of the story's timeline: "what happened since Sept. 13", "anything new after the ruling", "what
happened before the vote", "events between Feb. 9 and Sept. 27", "what happened in March", and "what's next" when the
timeline goes on past the day the story ran. They are answered by the timeline entries in that stretch, in the order of
events (the nearest first, for what came before), not by the entry on the day named. The stretch's end may be a day, a
month or a year ("since mid-September", "before 2016") or an event the brief dates ("after the ruling"); a day without a
year is the one the timeline gives, else the last on or before the story ran. And days named only in part, as the brief
means them: a bare "the 23rd" (a day the timeline gives, else in the story's own month) and a weekday its items never
write ("on Tuesday": in the week the story ran)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from bot.answer.concepts import concepts, correct
from bot.answer.index import Index
from bot.answer.parsed import Parsed
from bot.answer.says import aside
from bot.answer.score import score_all
from bot.answer.spelt import MONTH_NAME, MONTHS, WEEKDAYS
from bot.answer.tuning import MAX_UNKNOWN_SHARE
from bot.answer.words import STOPWORDS, normalise, stem, stems_of

# What to ask, on its own, that asks what happened ("what's new", "any developments", "key events"): an ask saying only
# this before its stretch asks for the timeline there.
_GENERAL = frozenset(
    stems_of(
        "happen happened happening new news change changed develop developments event events come came follow followed "
        "next go went going occur occurred key major main latest update updates timeline else what right just "
        "immediately shortly soon directly"
    )
)
# "since X", "after X", "in X" (a date only: "what happened in the debate" is no stretch), "leading up to X"; and a
# stretch between two ends: "between X and Y", "from X to Y".
_STRETCH = re.compile(
    r"^(?P<head>.*?)\b(?P<rel>since|after|following|from|before|until|till|prior to|ahead of|"
    r"(?:led|lead|leading) up to|up to|in the (?:run|lead) up to|in|during)\s+(?P<start>.+)$"
)
_BETWEEN = re.compile(
    r"^(?P<head>.*?)\b(?:between (?P<start>.+?) and|from (?P<from>.+?) (?:to|through|until|till)) (?P<end>.+)$"
)
_ON_OR_AFTER, _AFTER, _BEFORE, _ON_OR_BEFORE, _WITHIN = "since", "after", "before", "until", "in"
_RELATIONS = {
    "since": _ON_OR_AFTER, "from": _ON_OR_AFTER, "after": _AFTER, "following": _AFTER, "before": _BEFORE,
    "prior to": _BEFORE, "ahead of": _BEFORE, "led up to": _BEFORE, "lead up to": _BEFORE, "leading up to": _BEFORE,
    "in the run up to": _BEFORE,
    "in the lead up to": _BEFORE, "until": _ON_OR_BEFORE, "till": _ON_OR_BEFORE, "up to": _ON_OR_BEFORE,
    "in": _WITHIN, "during": _WITHIN,
}  # fmt: skip
_DATE = re.compile(
    rf"^(?:(?P<part>early|mid|late) )?(?:(?P<year_first>\d{{4}}) )?(?P<month>{MONTH_NAME})"
    rf"(?: (?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?(?: (?P<year>\d{{4}}))?$"
    r"|^(?P<year_only>(?:19|20)\d\d)$|^(?:the )?(?P<bare_day>\d{1,2})(?:st|nd|rd|th)$"
)
# "And then?", "then what", "what happened next", "what came next", "what followed": after what the thread was told.
_THEN = re.compile(r"^(?:and |so )?(?:then|then what|what then|what happened (?:next|then|after)|what came next|"
                   r"what followed|what came after|and after)$")  # fmt: skip
_BARE_DAY = re.compile(r"\b(on|since|after|before|until|by|from) the (\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
# "What's next", "what happens next", "anything coming up?", "next steps?", "what's ahead", "what now", nothing more.
_WHATS_NEXT = re.compile(
    r"^(?:so |and |ok |okay )?(?:what is |what are |what |any |anything )?(?:the )?"
    r"(?:next|next steps?|(?:is )?(?:happens|happening|comes|coming) (?:next|now)|is next|(?:is )?coming up|now|"
    r"(?:is |lies )?ahead|upcoming|on the horizon|to (?:watch|expect)(?: for)?|(?:should|do) we expect)$"
)
_WEEKDAY = re.compile(rf"\b(?:(last|this|next|past) )?({'|'.join(WEEKDAYS)})(?:'s)?\b", re.IGNORECASE)
_PARTS = {"early": ("01", "10"), "mid": ("11", "20"), "late": ("21", "31")}
# Words standing for what the thread was just told: "what happened after that".
_THAT = frozenset({"that", "then", "this", "it"})


@dataclass(frozen=True)
class Point:
    """Where a stretch starts or ends: the first and last day a date can mean (ISO), and for an event the brief dates,
    its item (entries of the same day as a timeline entry keep the brief's order around it)."""

    first: str
    last: str
    item: int | None = None


@dataclass(frozen=True)
class Stretch:
    """A stretch of the timeline an ask names: entries on or after `start`, or after, before, on or before it, or
    within it (to `end`)."""

    relation: str
    start: Point
    end: Point | None = None


def with_days_named(text: str, index: Index) -> str:
    """The ask with a day named only in part written as the day the brief means: a bare day of the month after a word
    of time ("on the 23rd", "since the 9th"; `_bare_day`), not an ordinal before a noun ("the 19th century"); and a
    weekday the brief's items never write ("on Tuesday", "last Tuesday"; `_weekday`): "on february 23"."""

    def day_of_month(m: re.Match) -> str:
        after = text[m.end() :].split(maxsplit=1)
        word = after[0].strip("?.,!;:").lower() if after else ""
        if word and word not in STOPWORDS:
            return m[0]
        day = _bare_day(int(m[2]), index)
        return f"{m[1]} {MONTHS[int(day.first[5:7]) - 1]} {int(m[2])}" if day else m[0]

    def weekday(m: re.Match) -> str:
        name = m[2].lower()
        if any(stem(name) in own for own in index.primary.values()):
            return m[0]  # "what happened Tuesday" in a brief whose items say "on Tuesday"
        day = _weekday(WEEKDAYS.index(name), (m[1] or "").lower(), index)
        return f"{MONTHS[day.month - 1]} {day.day}" if day else m[0]

    return _WEEKDAY.sub(weekday, _BARE_DAY.sub(day_of_month, text))


def _weekday(weekday: int, which: str, index: Index) -> date | None:
    """The day a weekday means in a story: within a week of the day it ran, the one before it (on or before; "last":
    before), or the one after ("next"; or one only the brief's dates give, such as a vote still to come)."""
    published = _published(index)
    if len(published) != 10:
        return None
    ran = date.fromisoformat(published)
    back = (ran.weekday() - weekday) % 7 or (7 if which == "last" else 0)
    before, after = ran - timedelta(days=back), ran + timedelta(days=(weekday - ran.weekday()) % 7 or 7)
    if which == "next":
        return after
    dated = {getattr(item, "date", None) for _section, item in index.items}
    return after if after.isoformat() in dated and before.isoformat() not in dated and which != "last" else before


def asked_stretch(text: str, index: Index, told: Callable[[], int | None] = lambda: None) -> Stretch | None:
    """The stretch of the timeline an ask asks about, if it asks only what happened in it; `told` is the dated item
    the thread's previous answer gave first (asked for only when needed), which "after that" means."""
    if not index.timeline:
        return None
    words = normalise(text)
    if _WHATS_NEXT.match(words):
        return _after_the_story(index)
    if _THEN.match(words):  # "and then?" after "when did Doe resign": what came after what the thread was just told
        told_point = _dated_point(told(), index)
        return Stretch(_AFTER, told_point) if told_point is not None else None
    between = _BETWEEN.match(words)
    if between is not None and _asks_what_happened(between["head"]):
        start = _point(between["start"] or between["from"], index, told, date_only=False)
        end = _point(between["end"], index, told, date_only=False)
        return Stretch(_WITHIN, start, end) if start is not None and end is not None else None
    found = _STRETCH.match(words)
    if found is None or not _asks_what_happened(found["head"]):
        return None
    # A bare "since X?" asks it of a day; "until when …" is no stretch.
    date_only = found["rel"] in ("in", "during", "from") or not found["head"]  # "anything from Doe" is her words
    start = _point(found["start"], index, told, date_only)
    return Stretch(_RELATIONS[found["rel"]], start) if start is not None else None


def _after_the_story(index: Index) -> Stretch | None:
    """ "What's next": what the timeline has still to come when the story ran, if it has any; else None (the brief
    may tell it otherwise: "Doe says she will appeal")."""
    first, last = _bounds(_published(index))
    if not first:
        return None
    stretch = Stretch(_AFTER, Point(first, last))
    return stretch if entries_in(stretch, index) else None


def entries_in(stretch: Stretch, index: Index) -> list[int]:
    """The timeline entries in the stretch, in the order to cite them: the nearest first before a point, else in the
    order of events (a day before the month it falls in). An event the stretch is named by is not in it."""
    place = {n: k for k, n in enumerate(index.timeline)}
    ends = {stretch.start.item, stretch.end.item if stretch.end else None}
    kept = sorted(
        (n for n in index.timeline if n not in ends and _inside(n, stretch, index, place)),
        key=lambda n: (_bounds(_date_of(n, index)), place[n]),
    )
    return kept[::-1] if stretch.relation in (_BEFORE, _ON_OR_BEFORE) else kept


def _inside(n: int, stretch: Stretch, index: Index, place: dict[int, int]) -> bool:
    first, last = _bounds(_date_of(n, index))
    start, relation = stretch.start, stretch.relation
    if not first:
        return False
    if relation == _WITHIN:
        end = stretch.end or start
        return first >= start.first and last <= end.last
    side = _side_of_event(n, first, last, start, place)
    if relation == _ON_OR_AFTER:
        return first >= start.first and side >= 0
    if relation == _AFTER:
        return first > start.last or side > 0
    if relation == _BEFORE:
        return last < start.first or side < 0
    return last <= start.last and side <= 0


def _side_of_event(n: int, first: str, last: str, point: Point, place: dict[int, int]) -> int:
    """For an entry of the same date as the event a stretch is named by: 1 if the brief lists it after the event, -1
    before; 0 for any other entry."""
    if point.item is None or point.item not in place or (first, last) != (point.first, point.last):
        return 0
    return 1 if place[n] > place[point.item] else -1


def _asks_what_happened(head: str) -> bool:
    """Whether the words before the stretch ask only what happened ("what has happened", "anything new", "events")."""
    words = [w for w in head.split() if w not in STOPWORDS]
    return all(stem in _GENERAL for stem in stems_of(" ".join(words)))


def _point(words: str, index: Index, told: Callable[[], int | None], date_only: bool) -> Point | None:
    """A stretch's end as the ask names it: a date, else (unless only a date can be meant) the event the brief dates
    that the words name, or what the thread was just told."""
    date = _date_point(words, index)
    if date is not None or date_only:
        return date
    if words in _THAT:
        return _dated_point(told(), index)
    return _dated_point(_event(words, index), index)


def _date_point(words: str, index: Index) -> Point | None:
    found = _DATE.match(words)
    if found is None:
        return None
    if found["year_only"]:
        return Point(f"{found['year_only']}-01-01", f"{found['year_only']}-12-31")
    if found["bare_day"]:
        return _bare_day(int(found["bare_day"]), index)
    month = next(n for n, name in enumerate(MONTHS, 1) if name.startswith(found["month"].rstrip(".")[:3]))
    year = found["year"] or found["year_first"]
    day = int(found["day"]) if found["day"] else None
    year = year or _year_for(month, day, index)
    if year is None or (day is not None and not 1 <= day <= calendar.monthrange(int(year), month)[1]):
        return None
    if day is not None:
        return Point(f"{year}-{month:02d}-{day:02d}", f"{year}-{month:02d}-{day:02d}")
    first, last = _PARTS.get(found["part"] or "", ("01", str(calendar.monthrange(int(year), month)[1])))
    return Point(f"{year}-{month:02d}-{first}", f"{year}-{month:02d}-{last}")


def _bare_day(day: int, index: Index) -> Point | None:
    """ "the 23rd": a day of that number the timeline gives (`_in_timeline`), else in the month the story ran."""
    iso = _in_timeline(lambda date: len(date) == 10 and int(date[8:]) == day, index)
    published = _published(index)
    if iso is None and len(published) >= 7 and (len(published) < 10 or day <= int(published[8:])):
        iso = f"{published[:7]}-{day:02d}"
    return Point(iso, iso) if iso else None


def _year_for(month: int, day: int | None, index: Index) -> str | None:
    """The year of a month or day named without one: the timeline's (`_in_timeline`), else the last such month or day
    begun by the time the story ran."""
    tail = f"-{month:02d}" + (f"-{day:02d}" if day else "")
    given = _in_timeline(lambda date: date[4 : 4 + len(tail)] == tail and len(date) >= 4 + len(tail), index)
    if given is not None:
        return given[:4]
    published = _published(index)
    if not published:
        return None
    year = int(published[:4])
    return str(year if f"{year}{tail}"[: len(published)] <= published else year - 1)


def _in_timeline(wanted: Callable[[str], bool], index: Index) -> str | None:
    """The date of a timeline entry the test picks: the latest not after the story ran, else the earliest."""
    dates = sorted(d for d in (_date_of(n, index) for n in index.timeline) if wanted(d))
    published = _published(index)
    held = [d for d in dates if published and d[: len(published)] <= published]
    return held[-1] if held else dates[0] if dates else None


def _published(index: Index) -> str:
    """The day (or month, or year) the story ran, as far as its brief gives it; "" for none."""
    found = re.match(r"\d{4}(?:-\d\d(?:-\d\d)?)?$", index.published or "")
    return found[0] if found else ""


def _event(words: str, index: Index) -> int | None:
    """The dated item the words name best ("the ruling", "Scalia's death"), a timeline entry before another item; not
    one naming it only as the time of its own event ("After the ruling, Doe appealed"), which tells what came after."""
    fixed_words, fixed = correct(words.split(), index)
    found = concepts(fixed_words, fixed, index)
    if not found or all(c.people for c in found):  # "after Doe" names no event
        return None
    base, covering, unknown = score_all(Parsed(concepts=found), index)
    timeline = set(index.timeline)
    dated = [n for n in covering if n in index.dated and not aside(n, found, index)]
    if unknown > MAX_UNKNOWN_SHARE or not dated:
        return None
    return max(dated, key=lambda n: (base[n], n in timeline, -n))


def _dated_point(n: int | None, index: Index) -> Point | None:
    if n is None or n not in index.dated:
        return None
    first, last = _bounds(_date_of(n, index))
    return Point(first, last, n)


def _date_of(n: int, index: Index) -> str:
    """Item `n`'s own date as the brief gives it (day, month or year), "" for none."""
    return getattr(index.items[n][1], "date", None) or ""


def _bounds(date: str) -> tuple[str, str]:
    """The first and last day a date at day, month or year precision can mean."""
    if len(date) == 10:
        return date, date
    if len(date) == 7:
        return f"{date}-01", f"{date}-{calendar.monthrange(int(date[:4]), int(date[5:]))[1]:02d}"
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    return "", ""


def restates(n: int, stretch: Stretch, index: Index) -> bool:
    """Whether item `n` only tells of the event a stretch is named by (it is that item, or dated as it is): an ordinary
    answer to "what happened after the ruling" that gives no more than the ruling."""
    event = stretch.start
    return n == event.item or _bounds(_date_of(n, index)) == (event.first, event.last)

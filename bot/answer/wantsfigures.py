"""The filters of `wants` for an ask that wants a figure or a time: the figure it gives, how many or how much, a sum
of money, an age, a date, and what was still to come. Each keeps the candidates that give it, and keeps them all
when the ask does not want it."""

from __future__ import annotations

import re

from bot.answer.concepts import alternative_stems, is_light
from bot.answer.cues import figures
from bot.answer.forms import AGE, HOWMANY, MONEY, PART_ASKED, SAY_WORDS, WHEN
from bot.answer.itemtext import primary_text
from bot.answer.parsed import Asked
from bot.answer.says import aside, digits, figure_beside, latest_date, not_before, reported
from bot.answer.words import normalise, stem

# Words giving a part of a whole, which answer "how much of X" as a figure does.
_SHARES = frozenset(stem(w) for w in "half halves third thirds quarter quarters majority fraction portion".split())
# The whole of it, most of it or none of it: a share too ("all of the money would go to veterans").
_WHOLE_OR_NONE = re.compile(r"\b(?:all|most|none|every cent|every penny) of\b", re.IGNORECASE)

# An ask about what is still to come: "when will", "when are they meeting again" (not "when was the hearing again",
# which asks to be reminded), "when is the next vote", "when is the mayor meeting the union", "when's the vote" (an
# event asked of in the present is one to come).
_FUTURE = re.compile(
    r"\bwhen (?:will|would|is the next|are the next)\b|^(?!when (?:was|were|did|had)\b).*\bagain\b|\bupcoming\b|"
    r"\bgoing to\b|"
    r"\bwhen (?:is|are) (?:\w+ ){1,3}?\w+ing\b|^when (?:is|are) the \w+$|"
    r"\bwhen (?:is|are|do|does) (?:\w+ ){1,3}?next\b|"  # "when is Doe next up for election"
    r"^(?!.*\b(?:was|were|did|had)\b).*\bby when\b|"  # "the target is by when": a deadline
    # "when do the talks wrap", "when does it take effect": what is set to happen (not "when does she say he left")
    r"\bwhen (?:do|does)\b(?!(?: \w+){1,3}? (?:say|think|believe|claim|write|argue|suggest|know)\b)"
)
# A time of day as news gives it: "8:30 p.m.", "11:40", "10 am", "midnight", "noon".
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)? ?[ap]\.?m\b|\b\d{1,2}:\d\d\b|\b(?:midnight|noon|midday)\b", re.IGNORECASE)
# An item saying the date is not known yet: "set no date", "no timetable", "unclear when".
_NO_DATE = re.compile(
    r"\b(?:no|without a|without any) (?:date|time|timeline|timetable|deadline|schedule)\b|"
    r"\bnot (?:yet )?(?:set|scheduled|announced|known|clear) when\b|\bunclear when\b"
)
_MEASURES_ASKED = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades century "
    "centuries percent percentage share proportion".split()
)
_COUNT_ASKED = frozenset("count number tally toll".split())  # "the delegate count", "the number of", "death toll"
_TIMES_ASKED = frozenset("times running straight row consecutive occasions".split())  # "how many times", "… running"
# "How big a strike was it": a rank by size answers as a figure would ("one of the largest in a decade").
_RANKED_BY_SIZE = re.compile(r"\b(?:largest|biggest|smallest|widest|longest)\b", re.IGNORECASE)


def figure_given(ask: Asked, candidates: set[int]) -> set[int]:
    """A figure the ask gives says which one it means ("which two lists", "the 18 states"): an item without it is
    about something else. "One" is as often a pronoun ("that one") as a figure."""
    given = digits(figures(ask.text) - {"one"})
    if not given:
        return candidates
    index = ask.index
    return {n for n in candidates if given <= digits(index.figures[n] | index.primary[n])}


def count(ask: Asked, candidates: set[int]) -> set[int]:
    """ "How many" / "how much": an item giving a figure beside what is counted. A figure the ask itself gives ("how
    many of the 18,000 …") is not the answer; nor is a date."""
    parsed, norm, typed, index = ask.parsed, ask.norm, ask.typed, ask.index
    if not parsed.howmany or parsed.age:
        return candidates
    asked = figures(ask.text)
    # "how many times", "how many years running": "twice" or "the fifth straight year" is a count too.
    times = not _TIMES_ASKED.isdisjoint(typed)
    ago = "how long ago" in norm  # a date answers, as any figure may give one
    lasting = "how long" in norm and not ago  # "how long did the march go": "from noon into the night", "two miles"
    # "how much of the rise is the tax deal", "what share of residents": "half of it", "a third"
    part = "how much of" in norm or PART_ASKED.search(norm) is not None
    sized = "how big" in norm or "how large" in norm
    # "how many were killed" is not answered by "15 minutes late" or "90% of them"; "how many years" and "how
    # much did it fall" are.
    counting = ("how many" in norm or not _COUNT_ASKED.isdisjoint(typed)) and _MEASURES_ASKED.isdisjoint(typed)
    own = index.counts if counting else index.figures
    topic = [c for c in parsed.concepts if not c.people and not is_light(c)]
    return {
        n
        for n in candidates
        if (own[n] - asked and (ago or (not lasting and figure_beside(n, topic, asked, index))))
        or (times and n in index.counts_times)
        or (lasting and n in index.lengths)
        or (sized and _RANKED_BY_SIZE.search(primary_text(index.items[n][1])) is not None)
        or (part and not _SHARES.isdisjoint(index.primary[n]))
        or (part and _WHOLE_OR_NONE.search(primary_text(index.items[n][1])) is not None)
        or ask.unknown(n, HOWMANY)
    }


def money(ask: Asked, candidates: set[int]) -> set[int]:
    """ "How much did it cost": an item giving a sum of money."""
    if not ask.parsed.money:
        return candidates
    return {n for n in candidates if n in ask.index.has_money or ask.unknown(n, MONEY)}


def age(ask: Asked, candidates: set[int]) -> set[int]:
    """ "How old is Doe": an item giving an age."""
    if not ask.parsed.age:
        return candidates
    return {n for n in candidates if n in ask.index.has_age or ask.unknown(n, AGE)}


def dated(ask: Asked, candidates: set[int]) -> set[int]:
    """ "When": an item with a date of its event, or with none of its own giving a day in its text ("Doe toured the pier
    on Monday"; "what time": one giving a time of day). A quote's date is when it was said: the answer to "when did X
    say …", not to when an event happened. For what is still to come, an item with no date of its own may give one in
    its text ("a ruling is not expected until after Jan. 20, 2017")."""
    parsed, typed, index = ask.parsed, ask.typed, ask.index
    if not parsed.when or parsed.order:
        return candidates
    if "what time" in ask.norm:  # "what time was the curfew": a time of day ("8:30 p.m.", "a midnight curfew")
        return {n for n in candidates if _CLOCK.search(primary_text(index.items[n][1])) or ask.unknown(n, WHEN)}
    spoken = not SAY_WORDS.isdisjoint(typed)
    quotes: frozenset[int] = frozenset() if spoken else index.in_section.get("quotes", frozenset())
    future = bool(_FUTURE.search(ask.norm))
    candidates = {
        n
        for n in candidates
        if (
            (n in index.dated or n in index.day_dated or (future and _gives_date_to_come(n, index))) and n not in quotes
        )
        or ask.unknown(n, WHEN)
    }
    event = alternative_stems(c for c in parsed.concepts if not c.people)
    if not spoken and not future and "until" not in typed:
        # "when were the offices hacked", "when is the vote" are not answered by the day someone said they were
        # hacked or spoke of the vote; what is to come ("when will …", "until when …") may be in what was said.
        # "how long ago did she bring him the draft": "she says she brought it three months earlier" tells it.
        ago = "how long ago" in ask.norm
        candidates = {n for n in candidates if not reported(n, event, index) or (ago and n in index.lengths)}
    if not spoken:
        # "when did the plant close" is not answered by the day of a speech "before the closed plant".
        happened = [c for c in parsed.concepts if not c.people and not c.anchor]
        candidates = {n for n in candidates if not aside(n, happened, index)}
    if parsed.day:
        candidates = {n for n in candidates if n in index.day_dated or ask.unknown(n, WHEN)}
    return candidates


def _gives_date_to_come(n: int, index) -> bool:
    """Whether an item with no date of its own gives one in its text for what is to come: a day, or a year (or a month
    in the year the story ran) not before the story ran ("does not elect a mayor again until 2019")."""
    return n in index.day_dated or not_before(latest_date(n, index), index.published)


def to_come(ask: Asked, candidates: set[int]) -> set[int]:
    """ "When are they meeting again": only what was still to come when the story ran answers it. An item saying no
    date was set answers it too ("pledged to publish it soon but set no date")."""
    parsed, index = ask.parsed, ask.index
    if not parsed.when or parsed.order or not _FUTURE.search(ask.norm):
        return candidates
    questions = index.in_section.get("questions", frozenset())
    return {
        n
        for n in candidates
        if n in questions
        or not_before(getattr(index.items[n][1], "date", None) or latest_date(n, index), index.published)
        or _NO_DATE.search(normalise(primary_text(index.items[n][1])))
    }

"""Asks of the story's own event that do not name it: "when did it happen", "where was this", "who's behind it", "why
did they do it", "how exactly". First in a thread, or after an ask answered with a whole part of the brief, "it" is
what the story reports, and the brief's first fact tells it."""

from __future__ import annotations

import re

from bot.answer.answers import Answer, number, numbered
from bot.answer.index import Index
from bot.answer.intent import parse
from bot.answer.onequestion import answer_one
from bot.answer.score import score_all
from bot.answer.wants import focused
from bot.answer.words import normalise, stems_of
from bot.briefs.model import Brief

# What each kind of ask is asked as, plainly: the engine's own reading of a date, a place, a reason or someone wanted.
PLAIN = {
    "when": "when did it happen",
    "where": "where did it happen",
    "why": "why did it happen",
    "how": "how did it happen",
    "who": "who did it",
}
# The words that ask which of those is wanted: "what time", "what caused", "how come" ("how" before a measure is no
# such ask: "how many", "how long").
_KIND = re.compile(
    r"\b(?:(?P<when>when|what (?:time|day|date))|(?P<where>where|what (?:location|place))|"
    r"(?P<why>why|how come|what (?:was |is )?(?:the )?(?:motive|reason|cause)|what caused)|(?P<who>who)|"
    r"(?P<how>how(?! (?:many|much|long|old|far|big|often|soon|late|early|bad|badly|serious)\b)))\b"
)
# Every other word such an ask may hold: the event by pronoun or by a verb of happening, and how the ask is put.
_ASKING_OF_IT = frozenset(
    """it this that they did does do done is was were be been has have had d s
    happen happened happens occur occurred occurs take took taken place go goes went gone down come came about
    start started begin began behind responsible for
    exactly exact again though roughly any idea word on yet what known know we""".split()
)
# Words of doing it or answering for it: "who did it", "who's behind this", "who started it", not "who is it".
_DEED = frozenset("did does do done behind responsible start started begin began".split())
# Doing it, put as a phrase: "who pulled it off", "who carried this out" ("go off" is no such phrase: it explodes).
_DOING = re.compile(r"\b(?:pull|pulls|pulled|carry|carries|carried) (?:(?:it|this|that) )?(?:off|out)\b")


def event_asked(text: str) -> str | None:
    """The kind of an ask of the story's own event that names nothing ("when'd it happen": "when", asked plainly as
    `PLAIN` says); None for an ask with words of its own, or only a question word ("when?" asks for the timeline)."""
    norm = _DOING.sub("did", normalise(text))
    found = _KIND.search(norm)
    if found is None or found.lastgroup is None:
        return None
    rest = (norm[: found.start()] + " " + norm[found.end() :]).split()
    if not rest or not all(word in _ASKING_OF_IT for word in rest):
        return None
    if found.lastgroup == "who" and _DEED.isdisjoint(rest):
        return None  # "who is it" asks who someone is
    return found.lastgroup


def kinds_asked(question: str) -> set[str]:
    """Which of these kinds an open question asks ("What caused it, and who was responsible? …": why and who), read up
    to its question mark: what it asks, not what it says is known."""
    asked = normalise(question.split("?")[0])
    return {found.lastgroup for found in _KIND.finditer(asked) if found.lastgroup}


def event_words(brief: Brief) -> str:
    """The words naming the story's event: those of its first fact that its title or summary also uses (the first
    fact's own text when they share none)."""
    lead = brief.facts[0].text
    named = set(stems_of(f"{brief.title} {brief.summary}"))
    words = [w for w in lead.split() if not named.isdisjoint(stems_of(w))]
    return " ".join(dict.fromkeys(words)) or lead


def story_event(brief: Brief, index: Index, kind: str) -> Answer:
    """An ask of the story's own event that names nothing, first in a thread ("when'd it happen"), asked plainly of
    it: of the brief's first fact, the items answering the plain ask of its words and those telling of them, the ones
    giving what is asked (a date, a place, a reason), the first fact first; when none does, an open question of
    theirs asking it."""
    plain, words = PLAIN[kind], event_words(brief)
    base = score_all(parse(words, index), index).base
    related = [
        number(brief.facts[0], index),
        *numbered(answer_one(brief, index, plain.replace(" it", f" {words}", 1)).found, index),
        *numbered(answer_one(brief, index, words).found, index),
        *sorted(base, key=lambda n: -base[n]),
    ]
    giving = focused(parse(plain, index), plain, index, set(related))
    found = [n for n in related if n in giving and n not in index.open_questions]
    if not found:  # an open question of theirs asking it: the editor wrote that the story does not say
        asking = {n for n in index.open_questions if kind in kinds_asked(getattr(index.items[n][1], "text", ""))}
        found = [n for n in related if n in asking]
    return Answer(brief.id, index.cite([*dict.fromkeys(found)]))

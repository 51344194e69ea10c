"""Answers leaning on what the thread was told: what someone was just said to have said, the previous answer's items
that give what a pointing ask wants, a follow-up read without the previous ask's words no item holds, and how one
question of an ask is read with what it leans on."""

from __future__ import annotations

from bot.answer.answers import Answer, last_told, number, numbered
from bot.answer.concepts import is_light, matches
from bot.answer.followup import read_with_headline, read_with_part, read_with_previous, without_unknown
from bot.answer.index import Index
from bot.answer.intent import parse
from bot.answer.onequestion import answer_one
from bot.answer.parsed import Parsed
from bot.answer.speaking import names_speaker, speaker_bonus
from bot.answer.wants import focused
from bot.answer.words import normalise, stems_of
from bot.briefs.model import Brief, Item, Quote


def with_speaker(quoted: str, index: Index) -> str:
    """A line quoted from the thread, and who said it when it is a quote of the brief's ("> It's a disgrace" quoted
    from an answer that showed Doe saying it): what "he" in the ask after it stands for."""
    said = next((item for n in index.quoting([quoted]) if isinstance(item := index.items[n][1], Quote)), None)
    return quoted if said is None else f"{said.speaker}: {quoted}"


def what_was_said(told: Answer, text: str, index: Index, shown: frozenset[str]) -> Answer:
    """What the thread was last told someone said, asked when, where, to whom or why it was said: those items, the
    ones giving what the ask wants first ("where did he say it": the fact naming the programme), else the first item
    the answer found that gives it."""
    last = numbered(last_told(told, shown).cited, index)
    found = numbered(told.found, index)
    giving = focused(parse(text, index), text, index, set(found))
    first = [n for n in last if n in giving] or [n for n in found if n in giving][:1]
    return Answer(told.story, index.cite([*dict.fromkeys(first + last)]))


def of_what_was_said(answer: Answer, told: Answer, index: Index) -> bool:
    """Whether an answer cites first what the thread was told someone said, or another quote or item of theirs (not
    their entry)."""
    if not answer.covered:
        return False
    if answer.cited[0] in told.found:
        return True
    said, (section, first) = told.cited[0][1], answer.cited[0]
    if not isinstance(said, Quote) or section == "people":
        return False
    names = set(stems_of(said.speaker))
    if isinstance(first, Quote):
        return not names.isdisjoint(stems_of(first.speaker))
    return any(number(first, index) in index.postings.get(name, ()) for name in names)


def own_words_answer(brief: Brief, index, text: str, previous: str) -> Answer | None:
    """A follow-up that missed because the previous ask holds a word no item does ("what was it reacting to" after
    "what was the fb post she wrote"), read without that word, when its best item holds the follow-up's own words
    and the rest of the previous ask's ("post", "wrote"): not when the word the brief lacks was all it was about
    ("what did he say" after "who is John Doe")."""
    known = without_unknown(previous, index)
    own = [c for c in parse(text, index).concepts if not is_light(c)]
    kept = [c for c in parse(known, index).concepts if not is_light(c)]
    if not own or not kept or known == normalise(previous):
        return None
    answer = answer_one(brief, index, read_with_previous(text, known, index))
    if not answer.covered:
        return None
    first = number(answer.cited[0][1], index)
    return answer if all(first in matches(c, index) for c in own + kept) else None


def told_items(parsed: Parsed, text: str, index, told: tuple[tuple[str, Item], ...]) -> list[int]:
    """The items of the previous answer, in its order, that name everyone the ask names, hold one of its words (any,
    for an ask of pronouns only: "what did they tell him") and give what it wants (a date, a figure, a place, the
    speaker's words)."""
    order = numbered(told, index)
    found = [matches(c, index) for c in parsed.concepts]
    # An entry tells who someone is: it answers "did he apologize" only if it holds a word of the ask's own, not
    # for naming him.
    own = [f for c, f in zip(parsed.concepts, found, strict=True) if not c.people]
    entries = index.in_section.get("people", frozenset())
    kept = {
        n
        for n in order
        if (not found or any(n in f for f in (own if n in entries and own else found)))
        and all(n in f for c, f in zip(parsed.concepts, found, strict=True) if c.people and not c.anchor)
        and (not parsed.say or speaker_bonus(parsed.speaker, n, index) > 0 or names_speaker(parsed.speaker, n, index))
    }
    kept = focused(parsed, text, index, kept)
    return [n for n in order if n in kept]


def read_part(part: str, previous: str | None, index: Index, first_ask: bool, later: bool, alone: bool) -> str:
    """One question of an ask (the only one, `alone`), read with what it leans on: the one before it in the same ask
    (`later`), else the thread's previous ask; a thread's first ask, with the title's person for "he"."""
    if later and previous:  # a later question of the same ask leans on the one before it
        ask = read_with_part(part, previous, index)
    else:
        ask = read_with_previous(part, previous, index, alone=alone) if previous else part
    if first_ask and ask == part:
        # A thread's first ask reads "he" against the title only when no earlier question of it named whom it
        # stands for: in "who is Jane Doe and what did she say", she is Doe even if the brief never names Doe.
        ask = read_with_headline(part, index)
    return ask

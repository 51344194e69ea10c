"""Whom "he" or "she" means right after a question asking who: the person its answer gave.

"who's the officer who shot Doe" → "what's he charged with": he is the officer the answer named, not Doe, whom the
question itself named.
"""

from __future__ import annotations

import re

from bot.answer.followup import PRONOUN_SEX, sex_of
from bot.answer.index import Index, surname
from bot.answer.words import normalise, stem, stems_of
from bot.briefs.model import Person, Quote

_PERSONAL = {pronoun: sex for sex, pronouns in PRONOUN_SEX.items() for pronoun in pronouns}  # "he": "m" …
# "who shot Doe", "who's the judge", "who else spoke": the person asked for is the answer; not "who did Doe hire",
# which asks whom Doe hired while a later "he" is as often Doe.
_ASKS_WHO = re.compile(r"^(?:who|whos|who's)\b(?!\s+(?:did|does|do|will|would|can|could|should|has|have|had)\b)")


def who_asked(text: str, previous: str, earlier: str | None) -> str | None:
    """The question asking who whose answer the ask's "he" or "she" (him, his, her) stands for: the previous ask, or
    the one before it when the previous one said "he" or "she" of the same person ("who brokered the deal" → "how
    long was he at it" → "what did he say")."""
    said = [_PERSONAL[word] for word in normalise(text).split() if word in _PERSONAL]
    if not said:
        return None
    if _ASKS_WHO.match(normalise(previous)):
        return previous
    before = {_PERSONAL[word] for word in normalise(previous).split() if word in _PERSONAL}
    if earlier is not None and before == {said[0]} and _ASKS_WHO.match(normalise(earlier)):
        return earlier
    return None


def with_answered_person(text: str, who: str, told: int | None, index: Index) -> str:
    """The ask with its first "he" or "she" read as the person the answer to `who` (the question `who_asked` found)
    gave (`told`: the item it cited first); as typed when that person cannot be told."""
    words = normalise(text).split()
    at = next((n for n, word in enumerate(words) if word in _PERSONAL), None)
    if at is None or told is None:
        return text
    asked = set(stems_of(who))
    persons = [
        person
        for number, person in _people_of(told, index).items()
        if _surname(person.name) not in asked and sex_of(number, index) in (None, _PERSONAL[words[at]])
    ]
    if len(persons) != 1:
        return text
    return " ".join([*words[:at], normalise(persons[0].name), *words[at + 1 :]])  # "his title" reads as "Doe's"


def _people_of(n: int, index: Index) -> dict[int, Person]:
    """The persons an item gives, by entry number: its own entry's, a quote's speaker, else everyone it names by
    surname."""
    item = index.items[n][1]
    entries = {p: e for p in index.people_names if isinstance(e := index.items[p][1], Person) and e.kind == "person"}
    if isinstance(item, Person):
        return {n: item} if n in entries else {}
    if isinstance(item, Quote):
        return {p: e for p, e in entries.items() if not index.people_names[p].isdisjoint(stems_of(item.speaker))}
    return {p: e for p, e in entries.items() if n in index.postings.get(_surname(e.name), ())}


def _surname(name: str) -> str:
    """The stem of a person's surname ("van dyke": dyke), which an item naming them by surname alone holds too."""
    words = normalise(surname(name) or name).split()
    return stem(words[-1]) if words else ""

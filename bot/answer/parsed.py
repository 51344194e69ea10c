"""An ask as parsed: what `intent.parse` reads it into (`Parsed`: its content concepts and the intents it shows),
the ask as typed and corrected that each of its stages reads (`Typed`), and the ask as the filters of what it wants
read it (`Asked`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.answer.concepts import Concept, concepts
from bot.answer.forms import Rule
from bot.answer.index import Index
from bot.answer.words import normalise


@dataclass(slots=True)
class Parsed:
    """An ask: its content concepts and the intents it shows."""

    concepts: list[Concept]
    speaker: list[Concept] = field(default_factory=list)  # "what did X say": X's concepts
    say: bool = False
    all_quotes: bool = False
    who: list[Concept] = field(default_factory=list)  # "who is X": X's concepts
    summary: bool = False
    timeline: bool = False
    unknowns: bool = False
    people: bool = False
    when: bool = False
    howmany: bool = False
    yesno: bool = False
    event: bool = False
    where: bool = False
    name_of: tuple[str, ...] = ()  # "which states": stems of the kind a name is asked for
    several: bool = False  # "which states", "who were the judges": the kind is plural, so more than one name answers
    money: bool = False  # "how much did it cost"
    day: bool = False  # "what date", "which day": a month or a year is no answer
    responded: list[Concept] = field(default_factory=list)  # "did X comment": the people X names, else all its words
    venue: bool = False  # "where did she say that": a place or the occasion (an interview, a hearing) answers
    bound: bool = False  # "where would the money go": a place or whom it goes to answers
    why: bool = False  # "why did X do it": items giving a reason come first
    who_said: bool = False
    bare_who: bool = False  # "who?", "who's involved": the people section
    age: bool = False  # "how old is X": items giving an age come first
    party: bool = False  # "what party is X": only items giving a party answer
    order: str = ""  # "first" or "last": "when did X first …" wants the earliest dated item
    doing: bool = False  # "what's X doing", "how's X doing": what X does or how X fares now, not who X is
    typed: frozenset[str] = frozenset()  # stems of the words typed, bar stopwords and question words (see parse)
    faring: bool = False  # "how's X doing": how X fares
    wanting: bool = False  # "what do the strikers want": what X asks or pushes for
    defining: frozenset[str] = frozenset()  # "what is a levy": the stems of the thing to be defined
    term: bool = False  # "what is a levy", "what's heavy water" (no "the", no name): only what says what it is answers
    lasting: bool = False  # "how long was she at Acme": items giving a stretch of time come first
    whom: bool = False  # "who did Doe beat", "who is Doe running against": someone Doe acts on, not Doe


@dataclass(frozen=True)
class Typed:
    """An ask as typed and corrected, which each stage of `parse` reads."""

    text: str  # as typed, "the company's" replaced by the name of the brief's one company
    words: list[str]  # every word, typos corrected
    fixed: set[int]  # the positions of the words corrected to a word of the brief
    lead: int  # how many opening words ("hey", "so") come before the ask proper
    norm: str  # the ask proper: "hey, so what did X say" read from "what"
    present: frozenset[str]  # every word
    index: Index

    def concepts_in(self, match: re.Match) -> list[Concept]:
        """The concepts of the part of the ask a pattern's group "x" holds."""
        offset = self.lead + len(self.norm[: match.start("x")].split())
        return concepts(match.group("x").split(), self.fixed, self.index, offset)


@dataclass(frozen=True)
class Asked:
    """One ask as the filters of `wants` read it: what was parsed, its text as typed and normalised, its words (short
    forms read as the words: "how many yrs" asks for years), and the brief's index."""

    parsed: Parsed
    text: str
    norm: str
    typed: frozenset[str]
    index: Any

    def unknown(self, n: int, rule: Rule) -> bool:
        """Whether item n is an open question asking the same kind of thing (the brief saying it does not know)."""
        if n not in self.index.open_questions:
            return False  # an answered question, like any item, gives it or not (its answer is indexed)
        norm = normalise(self.index.items[n][1].text)
        return rule.holds(norm, set(norm.split()))

"""An answer to one ask, and the ways one is put together: items cited, a whole part of the brief, several answers
merged, an answer gone on with."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer.index import Index
from bot.answer.tuning import MAX_CITED
from bot.briefs.model import SECTIONS, Item, Question


@dataclass(frozen=True)
class Answer:
    """What the brief says to one ask: every item that answers it (best first), of which the first few are cited, or
    nothing and the nearest open questions.

    For an ask answered by a whole section ("timeline?", "who?") ``section`` names it; for one asking to go on ("more?")
    ``goes_on`` is the ask whose answer goes on, and nothing found means the brief has no more on it.
    """

    story: str
    found: tuple[tuple[str, Item], ...]
    near_questions: tuple[Question, ...] = ()
    section: str = ""
    goes_on: str = ""

    @property
    def cited(self) -> tuple[tuple[str, Item], ...]:
        """The items the answer shows: the first MAX_CITED found."""
        return self.found[:MAX_CITED]

    @property
    def more(self) -> int:
        """How many items answer the ask beyond those cited."""
        return len(self.found) - len(self.cited)

    @property
    def covered(self) -> bool:
        return bool(self.found)


def going_on(story: str, told: Answer, previous: str, shown: frozenset[str]) -> Answer:
    """The answer the thread was `told` to its `previous` ask, gone on: the items it found that the thread has not
    been shown, nothing when none are left."""
    seen = shown | {item.id for _section, item in told.cited}
    rest = tuple(pair for pair in told.found if pair[1].id not in seen)
    return Answer(story, rest, section=told.section if rest else "", goes_on=previous)


def last_told(told: Answer, shown: frozenset[str]) -> Answer:
    """What the thread was told last of an answer: its first items, or, when asked to go on since (`shown`: the ids
    shown in going on), the last of the lots it went on with, each as many as an answer cites."""
    gone_on = [pair for pair in told.found[MAX_CITED:] if pair[1].id in shown]
    if not gone_on:
        return told
    return Answer(told.story, tuple(gone_on[(len(gone_on) - 1) // MAX_CITED * MAX_CITED :]))


def numbered(cited: tuple[tuple[str, Item], ...], index: Index) -> list[int]:
    """The index's numbers of the cited items, in their order; not the brief's own details, which no number has."""
    numbers = {item.id: n for n, (_section, item) in enumerate(index.items)}
    return [numbers[item.id] for _section, item in cited if item.id in numbers]


def number(item: Item, index: Index) -> int:
    """The index's number for one of its brief's items."""
    return next(n for n, (_section, indexed) in enumerate(index.items) if indexed is item)


def stretch_answer(story: str, index: Index, numbers: list[int]) -> Answer:
    """The timeline entries of a stretch, the first few cited and the rest counted; nothing when it holds none."""
    return Answer(story, index.cite(numbers), section="timeline" if numbers else "")


def merged(story: str, answers: list[Answer]) -> Answer:
    """The answer to an ask of several questions: each one's best item first, then the rest in order."""
    cited: dict[str, tuple[str, Item]] = {}
    for answer in answers:
        if answer.cited:
            cited.setdefault(answer.cited[0][1].id, answer.cited[0])
    for answer in answers:
        for pair in answer.found:
            cited.setdefault(pair[1].id, pair)
    if not cited:
        return Answer(story, (), answers[0].near_questions)
    return Answer(story, tuple(cited.values()))


def whole(story: str, index, section: str, numbers: list[int]) -> Answer:
    """A part of the brief as an answer: its items, named as a section when they are one (not the figures, which no
    one section holds)."""
    return Answer(story, index.cite(numbers), section=section if numbers and section in SECTIONS else "")

"""Which bearer of a surname several people in the story share a titled or qualified surname means: the one of an
honorific's sex ("Mrs. Doe"), the one named with the title ("Dr. Doe"), the parent or the child ("the elder Doe"),
from what the story says where it names each of them (titles, an age, a parent's or child's tie).

Used by :mod:`bot.draft.namereading`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from bot.draft import lexicon as lx
from bot.draft.mentions import Entity
from bot.first_names import usual_sex

if TYPE_CHECKING:
    from bot.draft.names import Cast


def title_word(role: str | None) -> str:
    """The title right before a name, in full and lower case ("Sen." → "senator", "Acme Chief Dr." → "dr"), or ""."""
    word = role.split()[-1].lower().rstrip(".") if role else ""
    return lx.TITLE_WORDS.get(word, word)


def titled_bearer(cast: Cast, known: Entity, title: str) -> Entity:
    """Who a surname with a title ("Dr. Doe", "Judge Doe") means when the person the surname alone points to was
    never given that title: the one other bearer of the surname the story named with it, else the same person."""
    if title in known.titles:
        return known
    titled = [e for e in _of_surname(cast, known) if title in e.titles]
    return titled[0] if len(titled) == 1 else known


# What names a parent or a child just before a full name: "his father, Jane Doe", "Their mother, Dr. Jane Doe", "the
# son of former Gov. Jane Doe" (a parent); "her son, Tom Doe", "the mother of Tom Doe" (a child); a description may
# stand between ("His father, the Denver developer Jane Doe")
_DESCRIBED = r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,5}?)?"
_PARENTS = "mother|father|parent|grandmother|grandfather"
_CHILDREN = "son|daughter|child|grandson|granddaughter"


def _called_before(tie: str, other: str) -> re.Pattern[str]:
    """The words before a name that make its bearer one of ``tie`` ("his father, …") or the other of ``other`` ("the
    son of …")."""
    return re.compile(rf"(?:\b(?:{tie}),\s+{_DESCRIBED}|\b(?:{other})\s+of\s+(?:the\s+)?(?:(?:former|late)\s+)?)$")


_PARENT_BEFORE = _called_before(_PARENTS, _CHILDREN)
_CHILD_BEFORE = _called_before(_CHILDREN, _PARENTS)
_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")  # "Jane Doe, 41, …"


def learn_age_and_kin(entity: Entity, masked: str, start: int, end: int) -> None:
    """Keep what the story says of a person's generation where it names them: an age after the name, and whether the
    words before call them someone's parent or child (the first such words only)."""
    age = _AGE_AFTER.match(masked, end)
    if age and entity.age is None:
        entity.age = int(age[1])
    before = masked[max(0, start - 100) : start]
    if not entity.kin:
        entity.kin = "parent" if _PARENT_BEFORE.search(before) else "child" if _CHILD_BEFORE.search(before) else ""


def of_generation(cast: Cast, known: Entity, elder: bool) -> Entity:
    """Who "the elder Doe", "the older Jane Doe" or "the younger Doe" means among the story's people of that surname:
    the one it called a parent (or a child), else the one of two not called the other, else the oldest (or youngest)
    of those whose ages it gives; the person the name alone means when the story does not tell."""
    kin = _of_surname(cast, known)
    wanted = [e for e in kin if e.kin == ("parent" if elder else "child")]
    others = [e for e in kin if e.kin == ("child" if elder else "parent")]
    if len(wanted) == 1:
        return wanted[0]
    if len(kin) == 2 and len(others) == 1:
        return kin[1] if kin[0] is others[0] else kin[0]
    aged = sorted((e for e in kin if e.age is not None), key=lambda e: e.age or 0, reverse=elder)
    if len(aged) >= 2 and aged[0].age != aged[1].age:
        return aged[0]
    return known


def sex_bearer(cast: Cast, known: Entity, gender: str) -> Entity:
    """Who a surname with an honorific of that sex ("Mrs. Doe", "Mr. Doe") means when the surname
    alone points to someone of the other sex: the story's person of that surname and sex (or of
    none known), else a new person of that surname, never the relative of the other sex. A relative
    known to be of that sex comes before one whose sex is unknown ("Mrs. Doe" with Bill Doe and
    Hillary Doe met is Hillary, though "Doe" alone first meant Bill)."""
    sex = _sex(known, cast.first_names)
    if sex == gender:
        return known
    kin = [e for e in _of_surname(cast, known) if e is not known]
    fits = [e for e in kin if _sex(e, cast.first_names) == gender]
    if not fits and sex is None:
        return known
    fits = fits or [e for e in kin if _sex(e, cast.first_names) is None]
    return fits[0] if fits else cast.register(Entity(known.name.split()[-1], gender=gender))


def _of_surname(cast: Cast, known: Entity) -> list[Entity]:
    """The story's named people whose name ends in the last word of ``known``'s (``known`` among them), in the order
    met."""
    surname = known.name.split()[-1]
    return [e for e in cast.entities if e.kind == "person" and not e.anon and e.name.split()[-1] == surname]


def _sex(entity: Entity, first_names: Mapping[str, str]) -> str | None:
    """A person's sex as the story gives it so far, else as usual for their first name."""
    return entity.gender or usual_sex(entity.name, first_names)

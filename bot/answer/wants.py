"""What an ask wants, and the items that give it: a figure, a sum, an age, a name, a place, a date, or a thing as
someone's ("Doe's rating"). Items that cover an ask's words but do not give what it wants are no answer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.answer.concepts import alternative_stems, is_light, matches
from bot.answer.cues import figures
from bot.answer.forms import AGE, HOWMANY, MONEY, SAY_WORDS, WHEN, WHERE, WHO, WHY, Rule
from bot.answer.intent import defined_in
from bot.answer.itemtext import primary_text
from bot.answer.parsed import Parsed
from bot.answer.says import (
    aside,
    describes,
    digits,
    figure_beside,
    latest_year,
    not_before,
    ordinal_kind,
    reported,
    someone,
    unnamed_kind,
)
from bot.answer.score import places
from bot.answer.tuning import OWNER_SPAN
from bot.answer.words import STOPWORDS, normalise, stem, stems_of

# Words giving a part of a whole, which answer "how much of X" as a figure does.
_SHARES = frozenset(stem(w) for w in "half halves third thirds quarter quarters majority fraction portion".split())

# An ask about what is still to come: "when will", "when are they meeting again", "when is the next vote",
# "when is the mayor meeting the union".
_FUTURE = re.compile(
    r"\bwhen (?:will|would|is the next|are the next)\b|\bagain\b|\bupcoming\b|\bgoing to\b|"
    r"\bwhen (?:is|are) (?:\w+ ){1,3}?\w+ing\b"
)
# An item saying the date is not known yet: "set no date", "no timetable", "unclear when".
_NO_DATE = re.compile(
    r"\b(?:no|without a|without any) (?:date|time|timeline|timetable|deadline|schedule)\b|"
    r"\bnot (?:yet )?(?:set|scheduled|announced|known|clear) when\b|\bunclear when\b"
)
# "Doe's rating", "Acme's offer": the owner and the next word or two (looked for overlapping, "what's Doe's").
_POSSESSIVE = re.compile(r"\b(?=([a-z]+)['\u2019]s ([a-z]+)(?: ([a-z]+))?)")
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody"})
_COMING = frozenset("come comes came coming".split())  # "where did X come from": its source
_MEASURES_ASKED = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades century "
    "centuries percent percentage share proportion".split()
)
_COUNT_ASKED = frozenset("count number tally toll".split())  # "the delegate count", "the number of", "death toll"
_TIMES_ASKED = frozenset("times running straight row consecutive occasions".split())  # "how many times", "… running"
# "why is X noteworthy": asks what makes it matter, which the fact itself says, not for a cause.
_SIGNIFICANCE = re.compile(
    r"\b(?:noteworthy|notable|significant|important|newsworthy|interesting|relevant|big deal|matters?)\b"
)


@dataclass(frozen=True)
class _Ask:
    """One ask as the filters below read it: what was parsed, its text as typed and normalised, its words, and the
    brief's index."""

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


def focused(parsed: Parsed, text: str, index, candidates: set[int]) -> set[int]:
    """The candidates that give what the ask wants: a figure, a sum, an age, a name, a place, a date.

    An open question counts when it asks the same kind of thing ("how many will register?" is the brief saying
    it does not know a number); an answered one, like any item, by what its answer gives. Each filter below keeps
    the candidates that give one thing the ask wants, and keeps them all when the ask does not want it.
    """
    norm = normalise(text)
    ask = _Ask(parsed, text, norm, frozenset(norm.split()), index)
    for keep in _FILTERS:
        candidates = keep(ask, candidates)
    return candidates


def _figure_given(ask: _Ask, candidates: set[int]) -> set[int]:
    """A figure the ask gives says which one it means ("which two lists", "the 18 states"): an item without it is
    about something else. "One" is as often a pronoun ("that one") as a figure."""
    given = digits(figures(ask.text) - {"one"})
    if not given:
        return candidates
    index = ask.index
    return {n for n in candidates if given <= digits(index.figures[n] | index.primary[n])}


def _count(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "How many" / "how much": an item giving a figure beside what is counted. A figure the ask itself gives ("how
    many of the 18,000 …") is not the answer; nor is a date."""
    parsed, norm, typed, index = ask.parsed, ask.norm, ask.typed, ask.index
    if not parsed.howmany or parsed.age:
        return candidates
    asked = figures(ask.text)
    # "how many times", "how many years running": "twice" or "the fifth straight year" is a count too.
    times = not _TIMES_ASKED.isdisjoint(typed)
    lasting = "how long" in norm  # "how long did the marathon go": "from Wednesday into Thursday"
    part = "how much of" in norm  # "how much of the rise is the tax deal": "half of it", "a third"
    # "how many were killed" is not answered by "15 minutes late" or "90% of them"; "how many years" and "how
    # much did it fall" are.
    counting = ("how many" in norm or not _COUNT_ASKED.isdisjoint(typed)) and _MEASURES_ASKED.isdisjoint(typed)
    own = index.counts if counting else index.figures
    topic = [c for c in parsed.concepts if not c.people and not is_light(c)]
    return {
        n
        for n in candidates
        if (own[n] - asked and (lasting or figure_beside(n, topic, asked, index)))
        or (times and n in index.counts_times)
        or (lasting and n in index.spans)
        or (part and not _SHARES.isdisjoint(index.primary[n]))
        or ask.unknown(n, HOWMANY)
    }


def _reason(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "Why did Acme back the rule" is not answered by the fact that Acme backs it: an item giving a reason, or one
    its editor wrote explains something ("why …", "what caused …")."""
    if not ask.parsed.why or _SIGNIFICANCE.search(ask.norm):
        return candidates
    return {n for n in candidates if n in ask.index.has_reason or ask.unknown(n, WHY)}


def _term_defined(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "What is an inversion": an item saying what one is ("An inversion is …", "the inversion, a deal that …"),
    one its editor wrote says it, or an open question; not one that only mentions it."""
    parsed, index = ask.parsed, ask.index
    if not parsed.term or parsed.doing:
        return candidates
    return {
        n
        for n in candidates
        if parsed.defining in index.defines.get(n, ())
        or any(defined_in(a) == parsed.defining for a in getattr(index.items[n][1], "asks", ()))
        or n in index.open_questions
    }


def _name_defined(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "What's Acme", "what is the Doe Fund": its own entry or an item saying what it is ("Acme, a drone maker"),
    not one that only names it."""
    parsed, index = ask.parsed, ask.index
    if not _names_only(parsed, index):
        return candidates
    return {
        n
        for n in candidates
        if describes(n, parsed.concepts, index, ("who", "what"))
        or parsed.defining in index.defines.get(n, ())
        or n in index.open_questions
    }


def _not_only_as_time(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "What was the Doe gaffe" is not answered by "a month after the Doe gaffe, Roe sued": an item naming the ask's
    subject only as the time of its own event says nothing of it. "Who" (or "the name of") may be the one it names,
    and a yes or no whether it happened."""
    parsed = ask.parsed
    if parsed.when or parsed.bare_who or parsed.name_of or parsed.yesno:
        return candidates
    subject = [c for c in parsed.concepts if not c.people and not c.anchor]
    if not subject:
        return candidates
    return {n for n in candidates if not aside(n, subject, ask.index, named_only=True)}


def _sum(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "How much did it cost": an item giving a sum of money."""
    if not ask.parsed.money:
        return candidates
    return {n for n in candidates if n in ask.index.has_money or ask.unknown(n, MONEY)}


def _age(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "How old is Doe": an item giving an age."""
    if not ask.parsed.age:
        return candidates
    return {n for n in candidates if n in ask.index.has_age or ask.unknown(n, AGE)}


def _who_is(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "Who is Doe": Doe's own entry or another item saying who Doe is, not someone else's entry that names Doe in
    its role ("Roe: Doe's attorney" says who Roe is; "Judge Doe" for "who is the judge" is Doe's). "Who is X", X no
    name the brief gives ("who is the harbour master", or a name only a quote's asks hold): what someone said is not
    who anyone is, so not a quote. Not an attribute ("how old is Doe")."""
    parsed, index = ask.parsed, ask.index
    if not ask.norm.startswith("who ") or parsed.name_of:
        return candidates
    named = [c for c in parsed.who if c.people or set(c.word.split()) <= index.name_words]
    if named:
        return {n for n in candidates if describes(n, named, index)}
    if parsed.who:
        return candidates - index.in_section.get("quotes", frozenset())
    return candidates


def _someone_asked(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "Who signed it" wants someone: an item naming no one but those the ask names is no answer. A quote's speaker
    is the answer to "who said it", not to "who wrote the opinion"."""
    parsed, typed, index = ask.parsed, ask.typed, ask.index
    if not parsed.bare_who or parsed.who:
        return candidates
    said = not SAY_WORDS.isdisjoint(typed)
    candidates = {
        n
        for n in candidates
        if any(
            name.isdisjoint(typed) and someone(name, index) and (said or name != index.speaker_names.get(n))
            for name in index.names[n]
        )
        or ask.unknown(n, WHO)
    }
    if parsed.whom:  # "who did Doe beat": Doe's own entry says who Doe is, not whom Doe beat
        candidates -= {entry for c in parsed.concepts if c.people for entry in c.people}
    return candidates


def _someone_else(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "Who else voted no with Doe": an item naming someone the ask does not, not Doe's own vote again."""
    parsed, typed, index = ask.parsed, ask.typed, ask.index
    if "else" not in typed or not (parsed.bare_who or not typed.isdisjoint(_ANYONE)):
        return candidates
    besides = {p for c in parsed.concepts for p in c.people}
    if not besides:  # "who else spoke": besides the persons the story is about, those its title names
        title = [set(stems_of(name)) for name in index.title_persons]
        people = index.in_section.get("people", frozenset())
        besides = {p for p in people if any(name <= index.people_names[p] for name in title)}
    persons = [
        set(stems_of(name))
        for p in index.in_section.get("people", frozenset())
        if p not in besides and index.items[p][1].kind == "person"
        for name in (index.items[p][1].name, *index.items[p][1].aliases)
    ]
    return {
        n for n in candidates if any(names and names <= index.primary[n] for names in persons) or ask.unknown(n, WHO)
    }


def _name_untold(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "What's the governor's name" or "who's the governor" when the brief's only governor is "Governor (unnamed in
    the story)": the brief says the name is not given, so a name beside the word in some item is someone else's."""
    parsed, typed = ask.parsed, ask.typed
    asks_name = not typed.isdisjoint(("name", "names")) or parsed.bare_who
    if not (parsed.name_of and asks_name and unnamed_kind(parsed.name_of, typed, ask.index)):
        return candidates
    return {n for n in candidates if ask.unknown(n, WHO)}


def _kind_named(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "Which states", "the name of the staffer": an item naming one of that kind, by a name the ask does not give.
    An item that never uses the kind's word ("states") may still name one ("South Dakota passed ..."). A plural kind
    the item uses ("which judges") wants two names beside it at least, or a list of three or more."""
    parsed, typed, index = ask.parsed, ask.typed, ask.index
    if not parsed.name_of:
        return candidates
    least = 2 if parsed.several else 1
    # An item giving the kind in other words ("the gunman" for "the shooter", "a staff member" for "the staffer")
    # names one beside those words.
    kinds = [c for c in parsed.concepts if not set(c.own).isdisjoint(parsed.name_of)]
    others = {alt[-1] for c in kinds for alt in c.alternatives} - set(parsed.name_of)
    worded = {
        n
        for c in kinds
        for n in matches(c, index)
        if c.held_by(index.primary[n])  # in its own text, not its asks
    }

    def unasked(names) -> set[frozenset[str]]:
        return {name for name in names if name.isdisjoint(typed)}

    return {
        n
        for n in candidates
        if len(unasked(name for kind in parsed.name_of for name in index.named_kinds[n].get(kind, ()))) >= least
        or (
            index.items[n][0] != "people"  # a person entry names its own kind by its role, as above
            and not index.primary[n].intersection(parsed.name_of)
            and unasked(
                [name for head in others for name in index.named_kinds[n].get(head, ())]
                if n in worded
                else index.names[n]
            )
        )
        or (
            index.items[n][0] == "people"  # a person's role giving the kind in other words ("police officer")
            and bool(unasked(name for head in others for name in index.named_kinds[n].get(head, ())))
        )
        or (parsed.several and any(len(unasked(names)) > 2 for names in index.name_lists[n]))
        or (not parsed.several and ordinal_kind(n, parsed.name_of, index))
        or ask.unknown(n, WHO)
    }


def _place(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "Where": an item giving a place. "Where did she say that" asks for the occasion too: an interview, a hearing,
    a network's show."""
    parsed, typed, index = ask.parsed, ask.typed, ask.index
    if not parsed.where:
        return candidates
    allowed = places(parsed, index)
    if "from" in typed:  # "where is Doe from": a place of origin answers too
        allowed = allowed | index.has_origin
        if not typed.isdisjoint(_COMING):  # "where did the emails come from": whom they came from answers too
            allowed = allowed | {
                n for n in candidates if any(name.isdisjoint(typed) and someone(name, index) for name in index.names[n])
            }
    return {n for n in candidates if n in allowed or ask.unknown(n, WHERE)}


def _time(ask: _Ask, candidates: set[int]) -> set[int]:
    """ "When": an item with a date of its event. A quote's date is when it was said: the answer to "when did X say
    …", not to when an event happened. For what is still to come, an item with no date of its own may give one in
    its text ("a ruling is not expected until after Jan. 20, 2017")."""
    parsed, typed, index = ask.parsed, ask.typed, ask.index
    if not parsed.when or parsed.order:
        return candidates
    spoken = not SAY_WORDS.isdisjoint(typed)
    quotes: frozenset[int] = frozenset() if spoken else index.in_section.get("quotes", frozenset())
    future = bool(_FUTURE.search(ask.norm))
    candidates = {
        n
        for n in candidates
        if ((n in index.dated or (future and n in index.day_dated)) and n not in quotes) or ask.unknown(n, WHEN)
    }
    event = alternative_stems(c for c in parsed.concepts if not c.people)
    if not spoken and not future and "until" not in typed:
        # "when were the offices hacked", "when is the vote" are not answered by the day someone said they were
        # hacked or spoke of the vote; what is to come ("when will …", "until when …") may be in what was said.
        candidates = {n for n in candidates if not reported(n, event, index)}
    if not spoken:
        # "when did the plant close" is not answered by the day of a speech "before the closed plant".
        happened = [c for c in parsed.concepts if not c.people and not c.anchor]
        candidates = {n for n in candidates if not aside(n, happened, index)}
    if parsed.day:
        candidates = {n for n in candidates if n in index.day_dated or ask.unknown(n, WHEN)}
    return candidates


def _to_come(ask: _Ask, candidates: set[int]) -> set[int]:
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
        or not_before(getattr(index.items[n][1], "date", None) or latest_year(n, index), index.published)
        or _NO_DATE.search(normalise(primary_text(index.items[n][1])))
    }


# In this order: each filter narrows what the one before it kept.
_FILTERS = (
    _figure_given,
    _count,
    _reason,
    _term_defined,
    _name_defined,
    _not_only_as_time,
    _sum,
    _age,
    _who_is,
    _someone_asked,
    _someone_else,
    _name_untold,
    _kind_named,
    _place,
    _time,
    _to_come,
)


def _names_only(parsed: Parsed, index) -> bool:
    """Whether a "what is X" ask names nothing but a person or organisation of the brief ("what's Acme")."""
    named = [c for c in parsed.concepts if c.people or set(c.word.split()) <= index.name_words]
    return (
        bool(parsed.defining)
        and not parsed.term
        and not parsed.doing
        and bool(named)
        and len(named) == len(parsed.concepts)
        and parsed.defining <= {s for c in named for s in c.own}
    )


def owned(text: str, parsed: Parsed, index, candidates: set[int]) -> set[int]:
    """For an ask about "X's Y" (X a person or organisation of the brief), the candidates that give Y as X's: X's
    own entry or quote, or an item naming X within OWNER_SPAN words of Y ("Doe's rating" is not "Roe's rating, which
    Doe's campaign attacks"). An item that holds Y only through a synonym is let be."""
    named = alternative_stems(c for c in parsed.concepts if c.people)
    pairs = []
    for owner, thing, then in _POSSESSIVE.findall(text.lower()):
        if stem(thing) in index.people_words and then:
            thing = then  # "Doe's Acme rating": the rating
        if stem(owner) in named and stem(thing) not in index.people_words and thing not in STOPWORDS:
            pairs.append((stem(owner), stem(thing)))
    if not pairs:
        return candidates
    return {n for n in candidates if all(_owns(index, n, owner, thing) for owner, thing in pairs)}


def _owns(index, n: int, owner: str, thing: str) -> bool:
    """Whether item n gives the thing as the owner's (see owned)."""
    if owner in index.people_names.get(n, ()) or owner in index.speakers.get(n, {}):
        return True
    stems = [stem(word) for word in normalise(primary_text(index.items[n][1])).split()]
    things = [k for k, s in enumerate(stems) if s == thing]
    owners = [k for k, s in enumerate(stems) if s == owner]
    return not things or any(abs(a - b) <= OWNER_SPAN for a in things for b in owners)

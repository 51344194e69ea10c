"""What an ask wants, and the items that give it: a figure, a sum, an age, a party, a name, a place, a date, or a
thing as someone's ("Doe's rating"). Items that cover an ask's words but do not give what it wants are no answer. The
filters for someone or a name are in `wantsnames`, for a figure or a time in `wantsfigures`; here, the order they run
in and those for a reason, what a term is, a place, and a subject named only as the time of another event."""

from __future__ import annotations

import re

from bot.answer.concepts import alternative_stems
from bot.answer.forms import WHERE, WHY
from bot.answer.intent import defined_in
from bot.answer.itemtext import primary_text
from bot.answer.parsed import Asked, Parsed
from bot.answer.says import aside, someone
from bot.answer.score import places
from bot.answer.tuning import OWNER_SPAN
from bot.answer.wantsfigures import age, count, dated, figure_given, money, to_come
from bot.answer.wantsnames import kind_named, name_defined, name_untold, party, someone_asked, someone_else, who_is
from bot.answer.words import STOPWORDS, fix_typos, normalise, stem

# "Doe's rating", "Acme's offer": the owner and the next word or two (looked for overlapping, "what's Doe's").
_POSSESSIVE = re.compile(r"\b(?=([a-z]+)['\u2019]s ([a-z]+)(?: ([a-z]+))?)")
_COMING = frozenset("come comes came coming".split())  # "where did X come from": its source
# "why is X noteworthy": asks what makes it matter, which the fact itself says, not for a cause.
_SIGNIFICANCE = re.compile(
    r"\b(?:noteworthy|notable|significant|important|newsworthy|interesting|relevant|big deal|matters?)\b"
)


def focused(parsed: Parsed, text: str, index, candidates: set[int]) -> set[int]:
    """The candidates that give what the ask wants: a figure, a sum, an age, a name, a place, a date.

    An open question counts when it asks the same kind of thing ("how many will register?" is the brief saying
    it does not know a number); an answered one, like any item, by what its answer gives. Each filter keeps the
    candidates that give one thing the ask wants, and keeps them all when the ask does not want it.
    """
    norm = normalise(text)
    ask = Asked(parsed, text, norm, frozenset(fix_typos(norm.split())), index)
    for keep in _FILTERS:
        candidates = keep(ask, candidates)
    return candidates


def _reason(ask: Asked, candidates: set[int]) -> set[int]:
    """ "Why did Acme back the rule" is not answered by the fact that Acme backs it: an item giving a reason, or one
    its editor wrote explains something ("why …", "what caused …")."""
    if not ask.parsed.why or _SIGNIFICANCE.search(ask.norm):
        return candidates
    return {n for n in candidates if n in ask.index.has_reason or ask.unknown(n, WHY)}


def _term_defined(ask: Asked, candidates: set[int]) -> set[int]:
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


def _not_only_as_time(ask: Asked, candidates: set[int]) -> set[int]:
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


def _place(ask: Asked, candidates: set[int]) -> set[int]:
    """ "Where": an item giving a place. "Where did she say that" asks for the occasion too: an interview, a hearing,
    a network's show."""
    parsed, typed, index = ask.parsed, ask.typed, ask.index
    if not parsed.where:
        return candidates
    allowed = places(parsed, index)
    if "from" in typed and typed.isdisjoint(_COMING):
        # "where is Doe from": a place of origin answers, else Doe's entry giving a place ("judge in San Diego"), not
        # a place Doe went to
        origins = candidates & index.has_origin
        entries = index.in_section.get("people", frozenset())
        return origins or {n for n in candidates if (n in entries and n in allowed) or ask.unknown(n, WHERE)}
    if "from" in typed:  # "where did the emails come from": whence, and whom they came from
        allowed = (
            allowed
            | index.has_origin
            | {n for n in candidates if any(name.isdisjoint(typed) and someone(name, index) for name in index.names[n])}
        )
    return {n for n in candidates if n in allowed or ask.unknown(n, WHERE)}


# In this order: each filter narrows what the one before it kept.
_FILTERS = (
    figure_given,
    count,
    _reason,
    _term_defined,
    name_defined,
    _not_only_as_time,
    money,
    age,
    party,
    who_is,
    someone_asked,
    someone_else,
    name_untold,
    kind_named,
    _place,
    dated,
    to_come,
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

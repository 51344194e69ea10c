"""The filters of `wants` for an ask that wants someone or a name: who X is, what X (a name) is, X's party, who did
it, who else, a name of some kind, and a name the brief says it does not give. Each keeps the candidates that give it,
and keeps them all when the ask does not want it."""

from __future__ import annotations

from collections.abc import Iterable

from bot.answer.concepts import alternative_stems, matches
from bot.answer.forms import SAY_WORDS, WHO
from bot.answer.itemtext import primary_text
from bot.answer.parsed import Asked, Parsed
from bot.answer.says import describes, ordinal_kind, someone, unnamed_kind
from bot.answer.tuning import PARTY_SPAN
from bot.answer.words import normalise, stem, stems_of

_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody"})
# A party as news names it ("(R-Wis.)" is read as "(Republican, Wis.)").
_PARTIES = frozenset(
    "democrat democrats democratic republican republicans gop libertarian libertarians independent".split()
)


def name_defined(ask: Asked, candidates: set[int]) -> set[int]:
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


def who_is(ask: Asked, candidates: set[int]) -> set[int]:
    """ "Who is Doe": Doe's own entry or another item saying who Doe is, not someone else's entry that names Doe in
    its role ("Roe: Doe's attorney" says who Roe is; "Judge Doe" for "who is the judge" is Doe's). "Who is X", X no
    name the brief gives ("who is the harbour master", or a name only a quote's asks hold): what someone said is not
    who anyone is, so not a quote. An attribute ("what party is Doe", "where is Acme based") likewise, from Doe's entry
    or an item saying who Doe is, not one only naming Doe; not an age ("Doe, 45") or a stretch of time."""
    parsed, index = ask.parsed, ask.index
    if not (ask.norm.startswith("who ") or (parsed.who and not (parsed.age or parsed.lasting))) or parsed.name_of:
        return candidates
    named = [c for c in parsed.who if c.people or set(c.word.split()) <= index.name_words]
    if named:
        # "where is Doe from": an item saying where Doe grew up answers too
        origins = index.has_origin if parsed.where and "from" in ask.typed else set()
        return {n for n in candidates if describes(n, named, index) or n in origins}
    if parsed.who:
        return candidates - index.in_section.get("quotes", frozenset())
    return candidates


def someone_asked(ask: Asked, candidates: set[int]) -> set[int]:
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


def someone_else(ask: Asked, candidates: set[int]) -> set[int]:
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


def name_untold(ask: Asked, candidates: set[int]) -> set[int]:
    """ "What's the governor's name" or "who's the governor" when the brief's only governor is "Governor (unnamed in
    the story)": the brief says the name is not given, so a name beside the word in some item is someone else's."""
    parsed, typed = ask.parsed, ask.typed
    asks_name = not typed.isdisjoint(("name", "names")) or parsed.bare_who
    if not (parsed.name_of and asks_name and unnamed_kind(parsed.name_of, typed, ask.index)):
        return candidates
    return {n for n in candidates if ask.unknown(n, WHO)}


def kind_named(ask: Asked, candidates: set[int]) -> set[int]:
    """ "Which states", "the name of the staffer": an item naming one of that kind, by a name the ask does not give.
    An item that never uses the kind's word ("states") may still name one ("South Dakota passed ..."). A plural kind
    the item uses ("which judges") wants two names beside it at least, or a list of three or more."""
    parsed, index = ask.parsed, ask.index
    if not parsed.name_of:
        return candidates
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
    if parsed.several and kinds and not any(matches(c, index) for c in kinds):
        # "which teams did he pitch for", a word no item uses: an item listing names gives them.
        return {n for n in candidates if _lists_names(ask, n) or ask.unknown(n, WHO)}
    return {n for n in candidates if _names_one_of_kind(ask, n, others, n in worded) or ask.unknown(n, WHO)}


def _lists_names(ask: Asked, n: int) -> bool:
    """Whether item n lists two or more names the ask does not give ("Ohio and Utah")."""
    return any(len(_unasked(names, ask.typed)) > 1 for names in ask.index.name_lists[n])


def _names_one_of_kind(ask: Asked, n: int, others: set[str], worded: bool) -> bool:
    """Whether item n names one of the kind asked for (see kind_named) by a name the ask does not give: beside the
    kind's word; beside `others`, the kind in other words, when the item uses them (`worded`); in a list, for a
    plural kind; or, for one, by its place in a series."""
    parsed, typed, index = ask.parsed, ask.typed, ask.index
    least = 2 if parsed.several else 1
    by_kind = [name for kind in parsed.name_of for name in index.named_kinds[n].get(kind, ())]
    by_other_words = [name for head in others for name in index.named_kinds[n].get(head, ())]
    if index.items[n][0] == "people":
        # A person entry names its own kind by its role, as by_kind; its role may give it in other words ("police
        # officer").
        beside_other_words = bool(_unasked(by_other_words, typed))
    else:
        # An item that never uses the kind's word names one beside its other words, or any name if it uses none.
        beside_other_words = not index.primary[n].intersection(parsed.name_of) and bool(
            _unasked(by_other_words if worded else index.names[n], typed)
        )
    return (
        len(_unasked(by_kind, typed)) >= least
        or beside_other_words
        or (parsed.several and any(len(_unasked(names, typed)) > 2 for names in index.name_lists[n]))
        or (not parsed.several and ordinal_kind(n, parsed.name_of, index))
    )


def _unasked(names: Iterable[frozenset[str]], typed: frozenset[str]) -> set[frozenset[str]]:
    """The names that share no word with the ask."""
    return {name for name in names if name.isdisjoint(typed)}


def party(ask: Asked, candidates: set[int]) -> set[int]:
    """ "What party is Doe": Doe's entry giving a party ("Democrat", "(R-Wis.)"), or an item giving one beside Doe's
    name ("Democrat Jane Doe", "Doe, a Republican"); an entry saying only what Doe does is no answer, nor an item on
    what a party did that quotes Doe further on."""
    if not ask.parsed.party:
        return candidates
    named = [c for c in ask.parsed.concepts if c.people]
    entries = {n for c in named for n in c.people}
    stems = alternative_stems(named)
    return {n for n in candidates if _party_beside(n, stems, n in entries, ask.index)}


def _party_beside(n: int, named: set[str], entry: bool, index) -> bool:
    """Whether item n gives a party: anywhere in the named one's own entry, else within PARTY_SPAN words of a name."""
    words = normalise(primary_text(index.items[n][1])).split()
    parties = [k for k, word in enumerate(words) if word in _PARTIES]
    if entry:
        return bool(parties)
    names = [k for k, word in enumerate(words) if stem(word) in named]
    return any(abs(a - b) <= PARTY_SPAN for a in parties for b in names)

"""The names a brief's items give, and what each is the name of: a person's own, a quote's speaker, capitalised words
in a row in an item's text, the words beside them ("the staffer, Jane Doe"), lists of them, and the persons the
title names."""

from __future__ import annotations

import re

from bot.answer.spelt import MONTHS
from bot.answer.words import STOPWORDS, normalise, plural, stem, stems_of, words_of
from bot.briefs.model import Brief, Item, Person, Quote

# A name as news writes it: capitalised words in a row ("Don Guardian", "State Department"), read within a sentence;
# a party's members before it say what they are ("Democrats Jane Doe and John Roe").
_NAME = re.compile(
    r"(?<![.?!:]\s)(?<!^)\b(?!(?:Democrats|Republicans)[ \t]+[A-Z])"
    r"[A-Z][\w'\u2019-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w'\u2019-]*)*"
)
# A name saying the story does not give it: "Unnamed Acme employee", "Governor (not named)".
UNNAMED = re.compile(
    r"\b(?:not named|unnamed|unidentified|not identified|name not given|anonymous|redacted|withheld)\b", re.I
)
# Content words either side of a name that it can be the name of ("Amnesty International observers", "Doe, the
# former staffer"), looked for within _NEAR words: "the judges saw harbour witnesses Doe and Roe" are witnesses.
_BESIDE = 2
# A preposition between a name and a word puts them in different phrases: "a letter to Acme from the chairman", "the
# mayor calls in the Harbour Watch".
_PREPOSITIONS = frozenset("from to by with for at in on into against about after before over under between".split())
_NEAR = 8
# A verb of saying between a word and a name after it puts them in different clauses: "a senator said Acme agreed"
# names no senator.
_SAYING = frozenset("said says told tells wrote writes added stated argued claimed asked".split())
_LEADING_LISTED = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*(?=(?:,|[ \t]+and|[ \t]+or)[ \t]+[A-Z])")
_LIST_JOIN = re.compile(r"(?:\s|[,;()]|\band\b|\bor\b|\bthe\b)*")  # what joins the names of a list
# Months and weekdays start with a capital and name no one.
NOT_NAMES = frozenset(MONTHS) | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def names_in(item: Item, own_text: str) -> list[frozenset[str]]:
    """The names an item gives: a person's own, a quote's speaker, and names in its text."""
    found = [item.name] if isinstance(item, Person) else [item.speaker] if isinstance(item, Quote) else []
    found = [name for name in found if not UNNAMED.search(name)]  # "Unnamed Microsoft employee" names no one
    found += [m[0] for m in _NAME.finditer(own_text)]
    words = (frozenset(normalise(name).split()) - NOT_NAMES for name in found)
    return [w for w in words if w]


def _describes(name: frozenset[str], text: str, match: re.Match) -> bool:
    """Whether a one-word name right before a noun, in a phrase opening with "a" or "an", says what kind of thing
    the noun is rather than naming it: "a 5-year-old Syrian boy", "a former Republican staffer" (but "the Doe
    campaign" is Doe's)."""
    if len(name) != 1 or not re.match(r" [a-z]", text[match.end() : match.end() + 2]):
        return False
    before = words_of(text[: match.start()])
    while before and before[-1] not in STOPWORDS:
        before.pop()  # the adjectives and figures before it ("a dazed, bloodied 5-year-old")
    return bool(before) and before[-1] in ("a", "an")


def _before_preposition(words: list[str]) -> list[str]:
    """The words up to the first preposition, which starts another phrase."""
    return words[: next((k for k, w in enumerate(words) if w in _PREPOSITIONS), len(words))]


def named_kinds(item: Item, own_text: str) -> tuple[dict[str, list[frozenset[str]]], list[list[frozenset[str]]]]:
    """Word stems beside a name in the item → the names: "the staffer, Jane Doe" gives staffer → {jane, doe}; a
    person entry gives its role's words → its name, unless the entry says the name is not known. And the lists of
    names the text gives, each in order ("Ohio, Utah and Maine")."""
    if isinstance(item, Person):
        return _role_kinds(item), []
    found: dict[str, list[frozenset[str]]] = {}
    lists: list[list[frozenset[str]]] = []
    plurals: list[set[str]] = []  # per list, the plural words beside any of its names ("the judges Doe and Roe")
    end = -1
    for match in _name_matches(own_text):
        name = frozenset(normalise(match[0]).split()) - NOT_NAMES
        if not name:
            continue
        beside = _words_beside(name, own_text, match)
        for word in beside:
            found.setdefault(stem(word), []).append(name)
        if lists and _LIST_JOIN.fullmatch(own_text[end : match.start()]):
            lists[-1].append(name)
        else:
            lists.append([name])
            plurals.append(set())
        plurals[-1].update(stem(word) for word in beside if plural(word))
        end = match.end()
    for names, kinds in zip(lists, plurals, strict=True):
        for kind in kinds:  # each name of a list is one of the kind a plural beside the list says
            found[kind].extend(name for name in names if name not in found[kind])
    return found, [names for names in lists if len(names) > 1]


def _role_kinds(person: Person) -> dict[str, list[frozenset[str]]]:
    """A person entry's role words → its name, unless the entry says the name is not known."""
    found: dict[str, list[frozenset[str]]] = {}
    if not UNNAMED.search(person.name):
        name = frozenset(normalise(person.name).split())
        role = _before_preposition(words_of(person.role))
        for word in stems_of(" ".join(role)):  # "called out by the mayor" is no mayor
            found.setdefault(word, []).append(name)
    return found


def _name_matches(own_text: str) -> list[re.Match]:
    """The names in an item's own text, in order. A text's first word is capitalised anyway: it is a name when a list
    of names follows ("Ohio and Utah passed")."""
    leading = _LEADING_LISTED.match(own_text)
    matches = list(_NAME.finditer(own_text))
    if leading:
        matches = [leading, *(m for m in matches if m.start() >= leading.end())]
    return matches


def _words_beside(name: frozenset[str], own_text: str, match: re.Match) -> list[str]:
    """The content words a name can be the name of: up to _BESIDE before it and after it, within _NEAR words and the
    same phrase (no preposition or verb of saying between); none after a name that only describes ("a Syrian boy")."""
    preceding = words_of(own_text[: match.start()])[-_NEAR:]
    at = max((k + 1 for k, w in enumerate(preceding) if w in _PREPOSITIONS or w in _SAYING), default=0)
    before = [w for w in preceding[at:] if w not in STOPWORDS][-_BESIDE:]
    following = _before_preposition(words_of(own_text[match.end() :])[:_NEAR])
    after = [] if _describes(name, own_text, match) else [w for w in following if w not in STOPWORDS][:_BESIDE]
    return before + after


def title_persons(brief: Brief) -> list[tuple[int, int, int, str]]:
    """Each mention of a person in the brief's title, by name, alias or surname alone: (the person's place among the
    people, where the mention starts among the title's words, where the next mention must start to be joined to it
    by "and" (-1 if no "and" follows), the person's name)."""
    title = [stem(word) for word in normalise(brief.title).split()]
    found = []
    for listed, person in enumerate(brief.people):
        if person.kind != "person" or UNNAMED.search(person.name):
            continue
        for name in (person.name, *person.aliases):
            phrase = [stem(word) for word in normalise(name).split()]
            size = len(phrase)
            at = next((k for k in range(len(title)) if phrase and title[k : k + size] == phrase), None)
            if at is None and phrase:
                at, size = next((k for k, s in enumerate(title) if s == phrase[-1]), None), 1  # a surname alone
            if at is not None:
                joined = at + size + 1 if title[at + size : at + size + 1] == ["and"] else -1
                found.append((listed, at, joined, person.name))
    return found


def lead_person(mentions: list[tuple[int, int, int, str]]) -> str:
    """The name of the person the brief's title names, or "": of several, the one the editor lists first among the
    people ("Doe shooting video tests Mayor Roe", Roe's entry first, is about Roe)."""
    return min(mentions)[3] if mentions else ""


def title_people(mentions: list[tuple[int, int, int, str]]) -> tuple[str, ...]:
    """The names of two persons the title joins with "and" ("Doe and Roe fail to agree"), or (): whom a thread's first
    "they" means."""
    starts = {at: name for _listed, at, _joined, name in sorted(mentions, key=lambda m: m[1], reverse=True)}
    for _listed, _at, joined, name in sorted(mentions, key=lambda m: m[1]):
        if joined in starts and starts[joined] != name:
            return (name, starts[joined])
    return ()

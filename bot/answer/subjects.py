"""Whom or what an ask is about, as `intent.parse` reads it: the kind of thing whose name it asks for ("which states"),
whose words it asks for ("what did X say"), who "who is X" asks about, and an attribute of X ("how old is X");
"the company's" as the one company the brief lists."""

from __future__ import annotations

import itertools
import re

from bot.answer.concepts import DETERMINERS, Concept, matches
from bot.answer.forms import (
    ACCORDING_TO,
    AGED,
    ARGUED_BY,
    FROM_SOMEONE,
    NAME_ASKED_RE,
    NAME_OF_RE,
    NAMED_KINDS,
    NOT_KINDS,
    OPINION_OF,
    OPINION_WORDS,
    QUOTES_OF,
    SAID_IN,
    SAY_RULES,
    VIEW_OF,
    WHAT_KIND_RE,
    WHO_RE,
    WHOM_RE,
    WHOSE_KIND_RE,
)
from bot.answer.index import Index
from bot.answer.parsed import Parsed, Typed
from bot.answer.words import (
    AGE_WORDS,
    ATTRIBUTE_WORDS,
    NUMBER_WORDS,
    PARTY_WORDS,
    SPECIFIC_ATTRIBUTES,
    STOPWORDS,
    WORD_ZIPF,
    frequency,
    plural,
    stem,
    with_contractions,
)
from bot.briefs.model import Person

# "the company's ceo", "the agency's head": an organisation of the brief named by what it is, as its owner.
_GENERIC_OWNER = re.compile(
    r"\bthe (?P<g>company|firm|agency|network|campaign|party|department|organi[sz]ation|group|union|bank|newspaper|"
    r"paper|outlet|station|team|club|school|university|hospital|charity|council|board|committee|commission|ministry)"
    r"(?:'s|\u2019s|s'|s\u2019) ",
    re.IGNORECASE,
)


def owner_named(text: str, index: Index) -> str:
    """The ask with "the company's", "the agency's" as the name of the one organisation of the brief whose entry says
    it is one ("who is the company's ceo" → "who is Acme Ferries's ceo"); as typed when none or several do."""
    owner = _GENERIC_OWNER.search(text)
    if owner is None:
        return text
    kind = stem(owner["g"].lower())
    bodies = [
        item.name
        for n, (_section, item) in enumerate(index.items)
        if isinstance(item, Person) and item.kind == "organisation" and kind in index.people_kinds.get(n, ())
    ]
    return text if len(bodies) != 1 else f"{text[: owner.start()]}{bodies[0]}'s {text[owner.end() :]}"


_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
# Words before a plural that no possessive name follows: "the talks", "which judges", "three judges".
_BEFORE_PLURAL = DETERMINERS | NUMBER_WORDS | {"which", "what", "how", "many", "few", "several", "some", "all", "both"}


def with_apostrophes(text: str, index: Index) -> str:
    """The ask with the apostrophes phones and hurried typing leave out put back: in contractions ("whos" → "who's")
    and in possessives ("what did clintons campaign say" → "clinton's campaign", "wifes name"); other words as
    typed."""
    text = with_contractions(text)
    words = list(_WORD.finditer(text))
    kept, last = [], 0
    for k, word in enumerate(words):
        before = words[k - 1][0].lower() if k else ""
        after = words[k + 1][0].lower() if k + 1 < len(words) else ""
        if _bare_possessive(word[0].lower(), before, after, index):
            kept.append(f"{text[last : word.end() - 1]}'s")
            last = word.end()
    return "".join(kept) + text[last:]


def _bare_possessive(word: str, before: str, after: str, index: Index) -> bool:
    """Whether a word ending in a bare "s" is a possessive: one whose plural is not so spelt ("wifes", "citys"), or the
    name of a person or organisation the brief lists before a word of what they own ("clintons campaign"; not "the
    talks called", "which judges are")."""
    base = word[:-1]
    if len(base) < 3 or not word.endswith("s") or not base.isalpha() or word in STOPWORDS or word in index.name_words:
        return False
    if frequency(word) == 0 and frequency(base) >= WORD_ZIPF:
        return True
    named = stem(base) in index.people_words
    return named and after not in STOPWORDS and before not in _BEFORE_PLURAL and not before.isdigit()


def asks_whom(norm: str, index: Index) -> bool:
    """Whether a "who is X …ing" ask asks whom X acts on: the -ing word is a verb, not a name ("who is pete king")."""
    m = WHOM_RE.match(norm)
    return m is not None and (m["verb"] or m["last"]) not in index.name_words


def read_kind(parsed: Parsed, typed: Typed) -> None:
    """The kind of thing whose name is asked for: "which states", "the name of the staffer", "whose lawyer"."""
    norm, index = typed.norm, typed.index
    unaged = AGED.sub("", norm)  # "the name of the 5-year-old boy": the kind is boy
    kind = None if asks_whom(norm, index) else NAME_OF_RE.match(unaged) or NAME_ASKED_RE.match(unaged)
    if not kind and "who" in typed.present:
        kind = WHOSE_KIND_RE.match(typed.text.lower().replace("\u2019", "'").strip(" ?!."))
    if not kind:
        what = WHAT_KIND_RE.match(norm)
        kind = what if what and stem(what["x"]) in NAMED_KINDS else None
    if not kind:
        return
    head = [w for w in itertools.takewhile(lambda w: w not in STOPWORDS, kind["x"].split()) if not w.isdigit()]
    plurals = [k for k, w in enumerate(head) if plural(w)]
    if plurals:
        head = head[: plurals[0] + 1]  # "the four americans killed": the kind ends at its plural noun
    # "which hacking group": an -ing word before another is what kind of group, not the kind asked for.
    head = [w for k, w in enumerate(head) if k == len(head) - 1 or not w.endswith("ing")]
    # "who is the budget office": a name or alias the brief gives someone is whom the ask is about, not a kind.
    entry = tuple(w for w in kind["x"].split() if w not in DETERMINERS) in index.aliases
    if head and NOT_KINDS.isdisjoint(head) and not entry:
        parsed.name_of = tuple(stem(w) for w in head)
        parsed.several = bool(plurals)


def read_speaker(parsed: Parsed, typed: Typed) -> bool:
    """Whose words are asked for ("what did X say", "X's take"); whether it asks X's opinion ("X's take", not "what
    did X say it would take")."""
    for rule in () if parsed.all_quotes else SAY_RULES:
        m = rule.find(typed.norm, typed.present)
        if not m:
            continue
        # "what did Doe's memo say": the memo is what says it, Doe the speaker; "what did his sign say"
        # names no speaker at all.
        parsed.speaker = _speaker(typed.concepts_in(m))
        if rule is QUOTES_OF or rule is FROM_SOMEONE:
            parsed.speaker = [c for c in parsed.speaker if c.people]
        view = m.groupdict().get("view") or m[0].split()[-1]  # "Doe's take on it": the take
        if rule is ARGUED_BY and not any(c.people for c in parsed.speaker):
            continue  # "what is the power plant case about": a case, not anyone's
        if rule in (ARGUED_BY, VIEW_OF) and _told_in_own_words(view, parsed.speaker, typed.index):
            continue
        if rule in (OPINION_OF, ARGUED_BY) and any(c.people for c in parsed.speaker):
            # "what was Doe's harbour take": Doe's take on the harbour; the words after the person say on what.
            while not parsed.speaker[-1].people:
                parsed.speaker.pop()
        parsed.say = bool(parsed.speaker)
        return rule is ACCORDING_TO or view in OPINION_WORDS
    return False


def _told_in_own_words(view: str, speaker: list[Concept], index: Index) -> bool:
    """Whether an item on X holds the word of "X's complaint" or "X's position" itself ("Lew's complaint is …",
    "Rubio's position on Zika"): that item tells it, so the ask is read as any other."""
    holding = index.postings.get(stem(view), {})
    return any(n in holding for c in speaker if c.people for n in matches(c, index))


def _speaker(found: list[Concept]) -> list[Concept]:
    """X in "what did X say" without what it was said in, or the words before that which only say which one:
    "Doe's staff memo" → Doe; "the staff memo" → no one."""
    said_in = next((k for k, c in enumerate(found) if c.word in SAID_IN), None)
    if said_in is None:
        return found
    speaker = found[:said_in]
    while speaker and not speaker[-1].people:
        speaker.pop()
    return speaker


def read_who(parsed: Parsed, typed: Typed) -> bool:
    """Whom "who is X" asks about; whether it asks who is behind something ("who is behind the bill" asks who put
    it forward, not who the bill is or who stands behind something)."""
    norm = typed.norm
    behind = norm.startswith(("who is behind", "who are behind", "who was behind", "who were behind"))
    m = WHO_RE.match(norm) if "who" in typed.present and not behind and not asks_whom(norm, typed.index) else None
    if m:
        parsed.who = typed.concepts_in(m)
    return behind


_GENERAL_ATTRIBUTES = frozenset(stem(w) for w in ATTRIBUTE_WORDS - SPECIFIC_ATTRIBUTES)


def read_attribute(parsed: Parsed, present: frozenset[str], index: Index) -> None:
    """ "How old is X", "what does X do": an attribute of X, so X's own entry first. Two names and nothing more ("how
    does Doe know it was Acme") ask what joins them, not who either is. A specific attribute ("what district", "which
    employer") must be in the answer; a job or role is the entry."""
    named = [c for c in parsed.concepts if c.people]
    rest = [c for c in parsed.concepts if not c.people]
    described = [c for c in rest if c.word not in ATTRIBUTE_WORDS]
    if not named and len(described) == 1 and len(rest) > 1 and _describes_someone(described[0], index):
        # "what was her mom's job", "how old is the suspect": someone named by what their entry says they are.
        named, rest = described, [c for c in rest if c is not described[0]]
    if (
        named
        and not (parsed.say or parsed.who_said or parsed.why or parsed.doing)
        and all(c.word in ATTRIBUTE_WORDS for c in rest)
        and (rest or len(named) == 1)
    ):
        parsed.concepts = named + [c for c in rest if c.word in SPECIFIC_ATTRIBUTES]
        parsed.who = parsed.who or named
        if set(parsed.name_of) <= _GENERAL_ATTRIBUTES:
            parsed.name_of = ()  # "which party is Doe in": what Doe's entry says, not a party's name given elsewhere
        parsed.age = not AGE_WORDS.isdisjoint(present)
        # "what party is Doe", not "what is the Communist Party"
        parsed.party = not (PARTY_WORDS & present).issubset(w for c in named for w in c.word.split())


# "is Doe a Democrat", "was she a nurse or a teacher": whether the one named is of that kind.
_IS_A = re.compile(r"^(?:is|was) (?P<x>.+?) an? (?P<y>[\w' -]+?)(?: or an? (?P<z>[\w' -]+?))?$")


def read_kind_asked(parsed: Parsed, norm: str, index: Index) -> None:
    """ "Is Doe a Democrat", "is Doe a Democrat or a Republican": what Doe's entry says Doe is, when it says so (of
    two kinds asked, the one it gives)."""
    named = [c for c in parsed.concepts if c.people]
    if not parsed.yesno or len(named) != 1 or len(named[0].people) != 1 or not (asked := _IS_A.match(norm)):
        return
    entry = index.primary[next(iter(named[0].people))]
    rest = [c for c in parsed.concepts if not c.people]
    held = [c for c in rest if c.held_by(entry)]
    if held and (len(held) == len(rest) or asked["z"]):
        parsed.concepts = named + held
        parsed.who = named


def _describes_someone(concept: Concept, index: Index) -> bool:
    """Whether a concept is what a person's entry says they are ("mother", "principal"), not an organisation's."""
    persons = [kinds for n, kinds in index.people_kinds.items() if getattr(index.items[n][1], "kind", "") == "person"]
    return any(concept.held_by(kinds) for kinds in persons)

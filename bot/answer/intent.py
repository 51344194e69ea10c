"""What kind of ask it is: an ask parsed into its intents and concepts (by the forms in `forms`), and asks for a
whole section."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from bot.answer.concepts import DETERMINERS, Concept, concepts, correct, joined_particles
from bot.answer.forms import (
    ACCORDING_TO,
    AGED,
    ALL_QUOTES,
    ASKED_MEASURES,
    DAY_RE,
    DEAL_WITH,
    DO_WORDS,
    EVENT,
    EVIDENCE_OF,
    FEELINGS,
    FELT_ABOUT,
    GOING,
    HOWMANY,
    IDIOMS,
    LATEST_RE,
    LEAD_IN,
    LEAD_IN_WORDS,
    MEASURE_LEADS,
    MONEY_ASK_RE,
    NAME_ASKED_RE,
    NAME_OF_RE,
    NAMED_KINDS,
    NOT_KINDS,
    ON_SIDE,
    OPENERS,
    OPINION_OF,
    OPINION_WORDS,
    ORDER_NOUNS,
    PEOPLE,
    QUOTES_OF,
    RELATIVE_WORDS,
    RESPONDED_RE,
    SAID_IN,
    SAY_RULES,
    SAY_WORDS,
    SPEAKING,
    SUMMARY,
    TALLY_RE,
    TIME_UNITS,
    TIMELINE,
    UNKNOWNS,
    WHAT_KIND_RE,
    WHEN,
    WHERE,
    WHO_QUOTED_RE,
    WHO_RE,
    WHO_SAID,
    WHOM_RE,
    WHOSE_KIND_RE,
    WHY,
    YESNO,
)
from bot.answer.index import Index
from bot.answer.words import (
    AGE_WORDS,
    ATTRIBUTE_WORDS,
    EARLIEST_WORDS,
    HOW_WORDS,
    LATEST_WORDS,
    SPECIFIC_ATTRIBUTES,
    STOPWORDS,
    closing_do,
    fix_typos,
    normalise,
    plural,
    stem,
    stems_of,
)
from bot.briefs.model import Person


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
    order: str = ""  # "first" or "last": "when did X first …" wants the earliest dated item
    doing: bool = False  # "what's X doing", "how's X doing": what X does or how X fares now, not who X is
    typed: frozenset[str] = frozenset()  # stems of the words typed, bar stopwords and question words (see parse)
    faring: bool = False  # "how's X doing": how X fares
    wanting: bool = False  # "what do the strikers want": what X asks or pushes for
    defining: frozenset[str] = frozenset()  # "what is a levy": the stems of the thing to be defined
    term: bool = False  # "what is a levy", "what's heavy water" (no "the", no name): only what says what it is answers
    lasting: bool = False  # "how long was she at Acme": items giving a stretch of time come first
    whom: bool = False  # "who did Doe beat", "who is Doe running against": someone Doe acts on, not Doe


def without_lead_in(text: str) -> str:
    """The ask without a lead-in of filler words before a colon or dash: "quick q: when was the demo"."""
    if ":" not in text and "-" not in text and "\u2013" not in text and "\u2014" not in text:
        return text  # most asks: no colon or dash, so no lead-in to look for
    lead_in = LEAD_IN.match(text)
    if lead_in and LEAD_IN_WORDS.issuperset(normalise(lead_in[1]).split()):
        return text[lead_in.end() :]
    return text


# "what is a levy", "what are bylaws": what the thing is, which a fact defining it says.
_DEFINE_RE = re.compile(
    r"^what (?:is|are) (an? |the )?((?:[\w'-]+ ){0,3}?[\w'-]+)(?: exactly| again| anyway| actually)?$"
)
# "has Doe said if she will run": whether she will run is what is asked, not what Doe said about anything.
_SAID_WHETHER = re.compile(
    r"^(?:has|have|did|does|do) (?:\w+ ){1,3}?(?:said|say|says|indicated|signalled|signaled) (?:if|whether)\b"
)
# "what was the operation called", "what is the plan called": X's name is asked for, which X's entry gives.
_CALLED_RE = re.compile(r"^what (?:is|are|was|were) (?:\w+ ){1,4}?called$")
# "what is X doing", "how are they doing": the progressive asks what someone is up to or how they fare, unlike
# "what does X do", which asks for their job.
_DOING_RE = re.compile(r"^(?:what|how) (?:is|are|was|were) (?:\w+ ){1,4}?doing\b")
# "what does X want", "what did X think of it": what X is after or holds, not who X is.
_WANTS_RE = re.compile(r"^what (?:do|does|did) (?:\w+ ){1,4}?(?:want|need|think)\b")


def _a_term(article: str | None, words: list[str], index: Index) -> bool:
    """Whether "what is X" asks what a kind of thing is: "what is an inversion" (with "a" or "an", no name); without
    the article it as often asks what someone is doing ("what are protesters chanting") or what a thing holds."""
    return article in ("a ", "an ") and not any(w in index.name_words for w in words)


def defined_in(ask: str) -> frozenset[str]:
    """The stems of what an ask asks to be told what it is ("what is a levy" → levy), or none."""
    defined = _DEFINE_RE.match(normalise(ask))
    return frozenset(stems_of(defined[2])) if defined else frozenset()


def _asks_whom(norm: str, index: Index) -> bool:
    """Whether a "who is X …ing" ask asks whom X acts on: the -ing word is a verb, not a name ("who is pete king")."""
    m = WHOM_RE.match(norm)
    return m is not None and (m["verb"] or m["last"]) not in index.name_words


_OWNED_TIMELINE = re.compile(r"\w['\u2019]s? (?:timeline|chronology)\b")


# "the company's ceo", "the agency's head": an organisation of the brief named by what it is, as its owner.
_GENERIC_OWNER = re.compile(
    r"\bthe (?P<g>company|firm|agency|network|campaign|party|department|organi[sz]ation|group|union|bank|newspaper|"
    r"paper|outlet|station|team|club|school|university|hospital|charity|council|board|committee|commission|ministry)"
    r"(?:'s|\u2019s|s'|s\u2019) ",
    re.IGNORECASE,
)


def _owner_named(text: str, index: Index) -> str:
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


@dataclass(frozen=True)
class _Typed:
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


def parse(text: str, index: Index) -> Parsed:
    """Correct the ask's typos, read its intents and turn the rest into concepts."""
    text = _owner_named(text, index)
    norm_text = ON_SIDE.sub(r"supporting \g<x>", IDIOMS.sub(" ", normalise(without_lead_in(text))))
    words, fixed = correct(joined_particles(fix_typos(norm_text.split())), index)
    lead = 0
    while lead < len(words) - 1 and words[lead] in OPENERS:
        lead += 1
    typed = _Typed(text, words, fixed, lead, " ".join(words[lead:]), frozenset(words), index)
    parsed = Parsed(concepts=[])
    _read_intents(parsed, typed)
    _read_kind(parsed, typed)
    opinion = _read_speaker(parsed, typed)
    behind = _read_who(parsed, typed)
    drop, present = _how_asked(parsed, typed, opinion, behind)
    parsed.concepts = [c for c in concepts(words, fixed, index, yes_no=parsed.yesno) if c.word not in drop]
    if parsed.yesno:
        # "was it long", "is it far": outside "how long" the word is what the yes/no ask asks about.
        parsed.concepts += [
            Concept(w, ((stem(w),),), own=(stem(w),))
            for k, w in enumerate(words)
            if w in ASKED_MEASURES and k > 0 and words[k - 1] not in MEASURE_LEADS
        ]
    _read_attribute(parsed, present, index)
    return parsed


def _read_intents(parsed: Parsed, typed: _Typed) -> None:
    """What kind of ask it is: a summary, a section, when, how many, where, why, yes or no, who, what X is."""
    norm, present, index = typed.norm, typed.present, typed.index
    parsed.summary = SUMMARY.holds(norm, present) or LATEST_RE.match(norm) is not None
    # "Acme's timeline" is something in the story, not the brief's timeline.
    parsed.timeline = TIMELINE.holds(norm, present) and not _OWNED_TIMELINE.search(typed.text.lower())
    parsed.unknowns = UNKNOWNS.holds(norm, present)
    parsed.people = PEOPLE.holds(norm, present)
    parsed.when = WHEN.holds(norm, present)
    parsed.howmany = HOWMANY.holds(norm, present) or bool(TALLY_RE.match(norm))
    parsed.lasting = "how long" in norm and "how long ago" not in norm
    defined = _DEFINE_RE.match(norm)
    parsed.defining = frozenset(stems_of(defined[2])) if defined else frozenset()
    # "what is an inversion" asks what a kind of thing is; "what is the plan" may ask what this one holds.
    parsed.term = defined is not None and _a_term(defined[1], defined[2].split(), index)
    parsed.yesno = YESNO.holds(norm, present)
    parsed.event = EVENT.holds(norm, present)
    parsed.where = WHERE.holds(norm, present)
    response = RESPONDED_RE.match(norm)
    if response:
        named = typed.concepts_in(response)
        parsed.responded = [c for c in named if c.people] or named
    parsed.money = bool(MONEY_ASK_RE.search(norm))
    parsed.day = parsed.when and bool(DAY_RE.search(norm))
    parsed.venue = parsed.where and not present.isdisjoint(SPEAKING)
    parsed.bound = parsed.where and not present.isdisjoint(GOING)
    parsed.why = WHY.holds(norm, present)
    parsed.who_said = WHO_SAID.holds(norm, present)
    who_quoted = WHO_QUOTED_RE.match(norm) is not None
    parsed.bare_who = norm.split()[:1] == ["who"] and not who_quoted  # "who's quoted" asks for the quotes
    parsed.whom = parsed.bare_who and (" ".join(norm.split()[1:2]) in DO_WORDS or _asks_whom(norm, index))
    parsed.doing = bool(_DOING_RE.match(norm) or _WANTS_RE.match(norm))
    # Every word typed, even one that only says how the ask is put ("say", "want"), which an editor's ask may hold too.
    words = typed.words
    parsed.typed = frozenset(stem(w) for w in words if w not in STOPWORDS and w not in HOW_WORDS) | closing_do(words)
    parsed.faring = parsed.doing and norm.startswith("how")
    wanting = _WANTS_RE.match(norm)
    parsed.wanting = wanting is not None and wanting[0].endswith("want")
    parsed.all_quotes = ALL_QUOTES.holds(norm, present) or who_quoted


def _read_kind(parsed: Parsed, typed: _Typed) -> None:
    """The kind of thing whose name is asked for: "which states", "the name of the staffer", "whose lawyer"."""
    norm, index = typed.norm, typed.index
    unaged = AGED.sub("", norm)  # "the name of the 5-year-old boy": the kind is boy
    kind = None if _asks_whom(norm, index) else NAME_OF_RE.match(unaged) or NAME_ASKED_RE.match(unaged)
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


def _read_speaker(parsed: Parsed, typed: _Typed) -> bool:
    """Whose words are asked for ("what did X say", "X's take"); whether it asks X's opinion ("X's take", not "what
    did X say it would take")."""
    for rule in () if parsed.all_quotes else SAY_RULES:
        m = rule.find(typed.norm, typed.present)
        if not m:
            continue
        # "what did Doe's memo say": the memo is what says it, Doe the speaker; "what did his sign say"
        # names no speaker at all.
        parsed.speaker = _speaker(typed.concepts_in(m))
        if rule is QUOTES_OF:
            parsed.speaker = [c for c in parsed.speaker if c.people]
        if rule is OPINION_OF and any(c.people for c in parsed.speaker):
            # "what was Doe's harbour take": Doe's take on the harbour; the words after the person say on what.
            while not parsed.speaker[-1].people:
                parsed.speaker.pop()
        parsed.say = bool(parsed.speaker)
        return rule is ACCORDING_TO or m[0].split()[-1] in OPINION_WORDS
    return False


def _read_who(parsed: Parsed, typed: _Typed) -> bool:
    """Whom "who is X" asks about; whether it asks who is behind something ("who is behind the bill" asks who put
    it forward, not who the bill is or who stands behind something)."""
    norm = typed.norm
    behind = norm.startswith(("who is behind", "who are behind", "who was behind", "who were behind"))
    m = WHO_RE.match(norm) if "who" in typed.present and not behind and not _asks_whom(norm, typed.index) else None
    if m:
        parsed.who = typed.concepts_in(m)
    return behind


def _how_asked(parsed: Parsed, typed: _Typed, opinion: bool, behind: bool) -> tuple[set[str], frozenset[str]]:
    """The words that only say what kind of ask it is, which no concept is made of; and the words typed without
    those saying when as the reporter counts it ("last month"). Reads the order asked for ("first", "latest") and a
    reason asked for in other words than "why"."""
    norm, present, words = typed.norm, typed.present, typed.words
    drop = set()
    if parsed.summary:
        drop |= {"summary", "summarise", "summarize", "tldr", "gist", "overview", "recap", "nutshell", "about"}
    if LATEST_RE.match(norm):
        drop |= {"latest", "new", "update", "updates", "news", "anything"}
    if parsed.all_quotes:
        drop |= {"key", "main", "best", "top", "notable", "important", "good", "strongest", "big", "direct"}
    if WHO_QUOTED_RE.match(norm):
        drop |= {"quoted", "quote", "quotes", "we", "it", "said", "what"}
    if parsed.timeline:
        drop |= {"timeline", "timelines", "chronology", "dates", "date"}
    if parsed.unknowns:
        drop |= {"unclear", "unknown", "unknowns", "unanswered", "unresolved", "open", "gap", "gaps", "missing", "left"}
        drop |= {"still", "remain", "remains", "confirm", "confirmed", "unconfirmed"}
    if parsed.people:
        drop |= {"involved", "people", "players", "cast", "orgs", "organisations", "organizations", "persons", "key"}
    if parsed.when:
        drop |= {"date", "dated", "year", "month", "day", "ago"}
    if parsed.name_of:
        drop |= {"name", "names"}
    if _CALLED_RE.match(norm):
        drop.add("called")
    if behind:
        drop.add("behind")
    if parsed.howmany:
        drop |= {"number", "count", "counts", "tally", "tallies", "figure", "figures", "stats", "stat", "often"}
    if parsed.say:
        drop |= SAY_WORDS | (OPINION_WORDS if opinion else frozenset())
    elif parsed.who_said:
        drop |= SAY_WORDS  # "who wrote the opinion": the opinion is what the ask is about, not how it is put
    if _SAID_WHETHER.search(norm):
        drop |= SAY_WORDS  # "has Doe said if she will run": whether she will run is what the ask is about
    if not present.isdisjoint(("reason", "reasons")):  # "for ideological reasons", "the reason for it": why
        parsed.why, drop = True, drop | {"reason", "reasons"}
    evidence = EVIDENCE_OF.match(norm)
    if evidence:
        drop.add(evidence[1])
    if "deal" in present and DEAL_WITH.search(norm):
        drop.add("deal")  # "what's the deal with X": a question about X
    # A feeling before "about" and a topic ("is Doe worried about the vote"; not "what is Doe worried about").
    drop |= {w for k, w in enumerate(words[:-2]) if w in FEELINGS and words[k + 1] in FELT_ABOUT}
    relative = {w for k, w in enumerate(words[:-1]) if words[k + 1] in TIME_UNITS and w in RELATIVE_WORDS}
    if relative:  # "last month", "this week": when, as the reporter counts it, not the last of several
        drop |= relative | TIME_UNITS
        present = present - relative
    if not EARLIEST_WORDS.isdisjoint(present):
        # "when did his show start": the start is also what happened, so items saying it started count.
        parsed.order, drop = "first", drop | (EARLIEST_WORDS - {"start"}) | ORDER_NOUNS
    elif parsed.faring and not LATEST_WORDS.isdisjoint(present):
        drop |= LATEST_WORDS  # "how's Doe doing lately": how Doe stands now, not the last of several
    elif not LATEST_WORDS.isdisjoint(present):
        parsed.order, drop = "last", drop | LATEST_WORDS | ORDER_NOUNS
    return drop, present


def _read_attribute(parsed: Parsed, present: frozenset[str], index: Index) -> None:
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
        parsed.age = not AGE_WORDS.isdisjoint(present)


def _describes_someone(concept: Concept, index: Index) -> bool:
    """Whether a concept is what a person's entry says they are ("mother", "principal"), not an organisation's."""
    persons = [kinds for n, kinds in index.people_kinds.items() if getattr(index.items[n][1], "kind", "") == "person"]
    return any(concept.held_by(kinds) for kinds in persons)


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


def section_answer(parsed: Parsed, index: Index) -> tuple[str, list[int]]:
    """Asks that are all intent and no content: the section they name, and its items in answering order."""
    if parsed.unknowns:
        return "questions", index.open_questions
    if parsed.timeline or (parsed.when and not parsed.concepts):
        return "timeline", index.timeline
    if parsed.summary or (parsed.event and not parsed.concepts):  # "what happened?" with nothing more: the gist
        return "facts", index.central_facts
    if parsed.people or (parsed.bare_who and not parsed.concepts):
        return "people", sorted(index.in_section.get("people", ()))
    if parsed.all_quotes:
        return "quotes", sorted(index.in_section.get("quotes", ()))
    return "", []

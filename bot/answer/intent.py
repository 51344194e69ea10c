"""What kind of ask it is: question-word intent rules, the parsed ask, and asks for a whole section."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from bot.answer.concepts import DETERMINERS, Concept, concepts, correct, joined_particles
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

# What people type for each kind of ask. Patterns run on normalise()d, typo-corrected text.
_SUMMARY_RE = re.compile(
    r"\b(summary|summarise|summarize|tldr|gist|overview|recap|nutshell|bottom line|"
    r"main points?|key points?|what is (this|it|the story|this story) about|what is the story|what is going on|"
    r"brief me|catch me up|fill me in|the story here|big picture|in short|short version|elevator pitch)\b"
)
_TIMELINE_RE = re.compile(
    r"\b(timeline|timelines|chronology|chronological|sequence of events|order of events|key dates|dates|date list)\b"
)
_UNKNOWN_RE = re.compile(
    r"\bdo not (we )?know\b|\bunclear\b|\bunknowns?\b|\bopen questions?\b|\bunanswered\b|\bunresolved\b|"
    r"\bstill (open|unknown|unclear)\b|\bgaps?\b|\bnot clear\b|\bnot known\b|\bmissing pieces\b|\bloose ends\b|"
    r"\boutstanding (questions|issues)\b|\bopen items\b|\bholes\b|\bunconfirmed\b|\bcan not confirm\b|"
    r"\bwhat is (left|missing)\b"
)
_PEOPLE_RE = re.compile(
    r"\bwho is (involved|who|in (this|it|the story))\b|\bkey (players|people|figures)\b|\bcast\b|"
    r"\bwho are the (people|players|main people)\b|\b(people|players|parties|names) involved\b|"
    r"^(people|orgs|organisations|organizations|persons|who)$"
)
_SAY_VERBS = (
    r"say|said|saying|says|write|wrote|written|tell|told|think|thought|comment|commented|claim|claimed|argue|argued|"
    r"ask|asked|reply|replied|respond|responded|state|stated|quote"
)
# A word of speech that is also a noun before another ("how does this affect state races", "the quote wall").
_NOT_NOUN = r"(?:(?<!\bstate)(?<!\bquote)|(?<=state|quote)(?= about| on| that| regarding| of|$))"
_ALL_QUOTES_RE = re.compile(
    r"^(any |all |the |key |main |best |top |notable |important |good |strongest |big |direct )*"
    r"(quotes?|quotations?|quotables?|who said what)( pls| please)?$"
)
# "who's quoted?", "who do we quote", "who said what": the whole ask is for the quotes.
_WHO_QUOTED_RE = re.compile(
    r"^who (?:(?:is|are|was|were|gets|got|do we|did we|does it|did it) quot(?:ed|es|e)(?: here)?|said what)$"
)
# "what's the latest?", "anything new", "any updates": the whole ask is for the gist.
_LATEST_RE = re.compile(
    r"^(?:what is (?:the )?(?:latest|new)|(?:the )?latest|any(?:thing)? (?:new|updates?|news))(?: here)?$"
)
_WHO_RE = re.compile(r"^who (?:is|are|was|were) (?P<x>.+)$")
# "who is X running against", "who's he voting for": X is doing something to someone, and "who" asks whom; not
# "who's the kid selling water", which asks who the kid is. "who are the families suing" ends on its verb: whom.
_WHOM_RE = re.compile(
    r"^who (?:is|are|was|were) "
    r"(?:(?!the |a |an )(?:\w+ ){1,2}(?P<verb>\w+ing)\b|(?:the |a |an )(?:\w+ ){1,3}(?P<last>\w+ing)$)"
)
_WHEN_RE = re.compile(
    r"\b(when|what date|(?:what|which) day(?! of)|what year|what month|which year|which month|date|dated|"
    r"how long ago)\b"
)
# "which states", "what's the name of the staffer", "who were the three judges": the answer is a name of that kind.
_NAME_OF_RE = re.compile(
    r"^(?:which (?:other )?|(?:what (?:is|was|were|are) |whats )?the names? of (?:the |that |this )?|"
    r"names? of (?:the |that |this )?|"
    r"who (?:is|are|was|were) (?:the|his|her|their|its) )"
    r"(?P<x>(?:[a-z0-9]+ ?){1,3})"
)
# "who's Doe's lawyer", "who is Acme's chief": a name of that kind, like "who is her lawyer".
_WHOSE_KIND_RE = re.compile(r"^who(?:'s| is| was| are| were) [a-z][a-z .-]*?'s (?P<x>(?:[a-z0-9]+ ?){1,3})$")
_DO_WORDS = frozenset("did does do will would could can should has have had".split())  # "who did Doe …"
# "wife's name?", "what's the governor's name"
_NAME_ASKED_RE = re.compile(r"^(?:what is (?:the |his |her |their )?)?(?P<x>(?:[a-z0-9]+ ){1,2})names?$")
# "what court is it in", "what town": a kind of place or body known by its name, so a name of that kind answers.
_WHAT_KIND_RE = re.compile(r"^what (?P<x>[a-z]+) (?:is|was|are|were|did|does|do|has|have|will|would|in|of|on)\b")
_NAMED_KINDS = frozenset(
    stem(w)
    for w in "town city village county country province region neighbourhood neighborhood island court hospital "
    "school university college church airport network channel newspaper company firm bank agency ministry "
    "committee team union".split()
)
# Words that ask a measure after "how" ("how long"), and in a yes/no ask are what is asked ("was it long"), unless
# another word makes them a measure or a phrase ("as long as", "so far", "too old").
_ASKED_MEASURES = frozenset({"long", "far", "old"})
_MEASURE_LEADS = frozenset({"how", "as", "so", "too", "no", "any"})
_AGED = re.compile(r"\b\d+ (?:year|month|week|day)s? old \b")
# Words after "which" that ask for a time, a topic or a manner, not for a name: "which issues did she raise".
_NOT_KINDS = frozenset(
    "day days date dates year years month months week weeks time times one ones outlet paper "
    "issue issues topic topics subject subjects thing things point points aspect aspects area areas way ways".split()
)
# "how much did it cost", "how much $": a sum of money answers, not any figure.
_MONEY_ASK_RE = re.compile(
    r"\bhow much (?:\$|money|cash|funding|debt|\w+ (?:cost|costs|spend|spent|pay|paid|make|made|save|raise|raised|"
    r"bring in|brought in|worth|owe|fetch))|\bhow much (?:does|did|do|will|would|has|have|is|was) .*\b(?:cost|spend|"
    r"spent|pay|paid|make|save|raise|raised|bring in|worth|owe|fetch)\b"
)
# Set phrases and emphasis that say nothing of what is asked ("why was she there in the first place", "where exactly").
_IDIOMS = re.compile(
    r"\b(?:in the first place|at the end of the day|by the way|at this point|exactly|precisely|specifically)\b"
)
# "who is on Acme's side", "on the union side": who supports them (not "on the other side", "on the far side").
_ON_SIDE = re.compile(
    r"\bon (?:the |his |her |their |its )?"
    r"(?P<x>(?!(?:the|other|same|opposite|wrong|right|far|near|one|either|each|both)\b)"
    r"(?:\w+ ){0,2}?\w+?)(?: s)? side\b"
)
# "did the White House respond", "did Biden say anything", "has Doe said anything": did that person or body speak, not
# is it mentioned.
_RESPONDED_RE = re.compile(
    r"^(?:did|has|have|does) (?P<x>.+?) (?:say anything|said anything|comment|commented|respond|responded|react|"
    r"reacted|reply|replied|weigh in|weighed in|put out a statement)\b"
)
_DAY_RE = re.compile(r"\b(?:what|which|exact|precise) (?:date|dates|day)\b")
_HOWMANY_RE = re.compile(
    r"\bhow (many|much|long|big|often)\b|\bnumber of\b|\bcounts?\b|\btall(?:y|ies)\b|\bfigures?\b|\bstats?\b"
)
# "what was the vote", "what's Doe's lead in the polls", "the final tally": a count or a margin is asked for.
_TALLY_RE = re.compile(
    r"^what (?:is|was|were) (?:the |\w+ )(?:final |exact |latest )?(?:vote|lead|margin|tally|score)\b"
)
_YESNO_RE = re.compile(r"^(did|does|do|has|have|had|was|were|is|are|will|would|can|could|any)\b")
_WHERE_RE = re.compile(r"\bwhere\b(?! (?:do|does|did|will|would) (?:\w+ ){1,3}stands?\b)")  # not "where does X stand"
_WHY_RE = re.compile(r"^why\b|\bhow come\b|\bwhat for\b|\bfor what reason\b")
_EVENT_RE = re.compile(r"\bwhat happened\b|\bwhat came (of|next)\b|\bthen what\b")
_WHO_SAID_RE = re.compile(rf"^who (?:{_SAY_VERBS})\b")
SAY_WORDS = frozenset(_SAY_VERBS.split("|"))
# What something is said in, not who says it: "what did the memo say", "what did his sign say".
SAID_IN = frozenset(
    "memo memos letter letters email emails note notes sign signs placard placards banner banners statement "
    "statements report reports tweet tweets post posts ruling rulings order orders filing filings release releases "
    "document documents poll polls survey surveys study studies ad ads speech speeches column article story "
    "piece headline transcript transcripts text texts message messages caption law laws bill bills".split()
)
_GOING = frozenset("go goes going gone went headed heading sent send bound".split())  # "where is the money going"
SPEAKING = SAY_WORDS | frozenset("speak spoke spoken speaking appear appeared appearance".split())
# Words a reply may open with before the ask itself.
_OPENERS = frozenset("hey hi hello yo ok okay so um erm and also sorry btw bot briefbot quick q qq question".split())
# A lead-in before a colon or dash ("quick q:", "sorry, one more -") is dropped when it holds only these words.
_LEAD_IN_WORDS = _OPENERS | frozenset("a oh one two more another follow followup up last small little side re".split())
_LEAD_IN = re.compile(r"^([^:?!.]{0,40}?)\s*(?::|\s[-\u2013\u2014]+\s)\s*(?=\S)")
# "the last time", "the first occasion": with an order word, these only say which one.
_ORDER_NOUNS = frozenset("time times occasion one".split())
_TIME_UNITS = frozenset("week weeks month months year years night weekend summer winter spring fall autumn".split())
_RELATIVE_WORDS = frozenset("last past next this".split())
# "is Doe worried about the vote", "why is Acme nervous over the plant closing": how someone feels about a topic asks
# what they think of it, so what they said on it answers whatever word it is put in; the topic is what is asked.
_FEELINGS = frozenset(
    "worried worry worries concerned nervous afraid scared anxious fearful wary uneasy skittish alarmed troubled "
    "upset angry mad annoyed frustrated unhappy happy glad pleased excited confident optimistic pessimistic hopeful "
    "comfortable uncomfortable".split()
)
_FELT_ABOUT = frozenset("about over that of at with by".split())
# "is there evidence of fraud", "any sign that it worked": whether it is so is asked, not for the evidence itself.
_EVIDENCE_OF = re.compile(r"^(?:is|was|are|were) there (?:any |much |some )?(evidence|proof|sign|signs|indication)\b")
_DEAL_WITH = re.compile(r"\b(what|how) is the deal (with|on)\b")
_OPINION_WORDS = frozenset(
    "take view views position stance reaction response verdict opinion line comment comments statement".split()
)


class Rule(NamedTuple):
    """An intent pattern and words one of which every match of it holds: without one, it is not run."""

    pattern: re.Pattern
    words: frozenset[str]

    def find(self, norm: str, present: set[str]) -> re.Match | None:
        return None if self.words.isdisjoint(present) else self.pattern.search(norm)

    def holds(self, norm: str, present: set[str]) -> bool:
        return self.find(norm, present) is not None


def _rule(pattern: re.Pattern, words: str) -> Rule:
    return Rule(pattern, frozenset(words.split()))


SUMMARY = _rule(_SUMMARY_RE, "summary summarise summarize tldr gist overview recap nutshell bottom main key about "
                "story going brief catch fill here picture short elevator")  # fmt: skip
TIMELINE = _rule(_TIMELINE_RE, "timeline timelines chronology chronological sequence order dates date")
UNKNOWNS = _rule(_UNKNOWN_RE, "know unclear unknown unknowns open unanswered unresolved still gap gaps clear known "
                 "pieces loose outstanding holes unconfirmed confirm left missing")  # fmt: skip
PEOPLE = _rule(_PEOPLE_RE, "who key cast involved people orgs organisations organizations persons")
WHEN = _rule(_WHEN_RE, "when date day year month dated ago")
HOWMANY = _rule(_HOWMANY_RE, "how number count counts tally tallies figure figures stat stats")
YESNO = _rule(_YESNO_RE, "did does do has have had was were is are will would can could any")
EVENT = _rule(_EVENT_RE, "happened came then")
WHERE = _rule(_WHERE_RE, "where")
MONEY = _rule(_MONEY_ASK_RE, "much")
WHY = _rule(_WHY_RE, "why come for reason")
WHO = _rule(re.compile(r"\bwho\b|\bnames?\b"), "who name names")
AGE = _rule(re.compile(r"\b(age|aged|how old)\b"), "age aged old")
WHO_SAID = _rule(_WHO_SAID_RE, "who")
ALL_QUOTES = _rule(_ALL_QUOTES_RE, "quote quotes quotation quotations quotable quotables who")
_QUOTE_WORDS = "quote quotes quotation quotations"
# "what is X's take", "what was X's reaction": X's view, on what the words after X say.
_OPINION_OF = _rule(
    re.compile(
        r"^(?:what|how) (?:is|was|are|were) (?P<x>.+?) (?:take|view|views|position|stance|reaction|response|"
        r"verdict|opinion|line|comment|statement)\b"
    ),
    "take view views position stance reaction response verdict opinion line comment statement",
)
# "what's the plan per Doe", "why is it new, according to Doe": Doe's words on it, whoever else the ask names; a word
# for a view ("Acme's position per Doe") is how the ask is put. "According to the story" names no speaker.
_ACCORDING_TO = _rule(
    re.compile(
        r" (?:according to|per) (?!(?:the |this |our )?(?:story|piece|article|report|brief|writer|author|reporter|it)$)"
        r"(?P<x>(?:\w+ ){0,2}\w+)$"
    ),
    "according per",
)
# "did Doe say how the money was spent", "has she said why": Doe's words on it (not "did Doe say if", which asks
# whether it is so, nor "did Doe say when", which asks for a date).
_SAID_HOW = _rule(re.compile(r"^(?:did|does|has|have|had) (?P<x>.+?) (?:say|said) (?:how|what|why)\b"), "say said")
# "ACLU quotes", "the Doe shameful quote": the quotes of whoever it names, holding the rest of its words.
_QUOTES_OF = _rule(re.compile(r"^(?P<x>.+?) (?:quotes?|quotations?)$"), _QUOTE_WORDS)
# "What did X say", "quotes from X", "X's reaction": each finds the speaker X.
SAY_RULES = (
    _rule(re.compile(rf"^(?:what|anything|how) (?:did|does|do|has|have|had) (?P<x>.+?) (?:{_SAY_VERBS})\b{_NOT_NOUN}"),
          " ".join(SAY_WORDS)),
    _rule(re.compile(r"^(?:any |all |the )?(?:quotes?|quotations?) (?:from|by|of) (?P<x>.+?)$"), _QUOTE_WORDS),
    _QUOTES_OF,
    _rule(re.compile(r"^(?:what|anything) (?P<x>.+?) (?:said|says|wrote|told)\b"), "said says wrote told"),
    _ACCORDING_TO,
    _OPINION_OF,
    _SAID_HOW,
    _rule(
        re.compile(
            r"^(?!(?:(?:when|where|why|how) )?(?:did|does|do|has|have|had|was|were|is|are|will|would|can|could) )"
            r"(?P<x>.+?) "
            r"(?:reaction|response|take|statement|comments?)$"
        ),
        "reaction response take statement comment comments",
    ),
)  # fmt: skip


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
    lead_in = _LEAD_IN.match(text)
    if lead_in and _LEAD_IN_WORDS.issuperset(normalise(lead_in[1]).split()):
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
    m = _WHOM_RE.match(norm)
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


def parse(text: str, index: Index) -> Parsed:
    """Correct the ask's typos, read its intents and turn the rest into concepts."""
    text = _owner_named(text, index)
    norm_text = _ON_SIDE.sub(r"supporting \g<x>", _IDIOMS.sub(" ", normalise(without_lead_in(text))))
    raw = joined_particles(fix_typos(norm_text.split()))
    words, fixed = correct(raw, index)
    lead = 0
    while lead < len(words) - 1 and words[lead] in _OPENERS:
        lead += 1
    norm = " ".join(words[lead:])  # "hey, so what did X say": the intent patterns read from "what"
    present = set(words)
    parsed = Parsed(concepts=[])
    latest = _LATEST_RE.match(norm) is not None
    parsed.summary = SUMMARY.holds(norm, present) or latest
    # "Acme's timeline" is something in the story, not the brief's timeline.
    parsed.timeline = TIMELINE.holds(norm, present) and not _OWNED_TIMELINE.search(text.lower())
    parsed.unknowns = UNKNOWNS.holds(norm, present)
    parsed.people = PEOPLE.holds(norm, present)
    parsed.when = WHEN.holds(norm, present)
    parsed.howmany = HOWMANY.holds(norm, present) or bool(_TALLY_RE.match(norm))
    parsed.lasting = "how long" in norm and "how long ago" not in norm
    defined = _DEFINE_RE.match(norm)
    parsed.defining = frozenset(stems_of(defined[2])) if defined else frozenset()
    # "what is an inversion" asks what a kind of thing is; "what is the plan" may ask what this one holds.
    parsed.term = defined is not None and _a_term(defined[1], defined[2].split(), index)
    parsed.yesno = YESNO.holds(norm, present)
    parsed.event = EVENT.holds(norm, present)
    parsed.where = WHERE.holds(norm, present)
    response = _RESPONDED_RE.match(norm)
    if response and not parsed.say:
        offset = lead + len(norm[: response.start("x")].split())
        named = concepts(response["x"].split(), fixed, index, offset)
        parsed.responded = [c for c in named if c.people] or named
    unaged = _AGED.sub("", norm)  # "the name of the 5-year-old boy": the kind is boy
    kind = None if _asks_whom(norm, index) else _NAME_OF_RE.match(unaged) or _NAME_ASKED_RE.match(unaged)
    if not kind and "who" in present:
        kind = _WHOSE_KIND_RE.match(text.lower().replace("\u2019", "'").strip(" ?!."))
    if not kind:
        what = _WHAT_KIND_RE.match(norm)
        kind = what if what and stem(what["x"]) in _NAMED_KINDS else None
    if kind:
        head = [w for w in itertools.takewhile(lambda w: w not in STOPWORDS, kind["x"].split()) if not w.isdigit()]
        plurals = [k for k, w in enumerate(head) if plural(w)]
        if plurals:
            head = head[: plurals[0] + 1]  # "the four americans killed": the kind ends at its plural noun
        # "which hacking group": an -ing word before another is what kind of group, not the kind asked for.
        head = [w for k, w in enumerate(head) if k == len(head) - 1 or not w.endswith("ing")]
        # "who is the budget office": a name or alias the brief gives someone is whom the ask is about, not a kind.
        entry = tuple(w for w in kind["x"].split() if w not in DETERMINERS) in index.aliases
        if head and _NOT_KINDS.isdisjoint(head) and not entry:
            parsed.name_of = tuple(stem(w) for w in head)
            parsed.several = bool(plurals)
    parsed.money = bool(_MONEY_ASK_RE.search(norm))
    parsed.day = parsed.when and bool(_DAY_RE.search(norm))
    parsed.venue = parsed.where and not present.isdisjoint(SPEAKING)
    parsed.bound = parsed.where and not present.isdisjoint(_GOING)
    parsed.why = WHY.holds(norm, present)
    parsed.who_said = WHO_SAID.holds(norm, present)
    who_quoted = _WHO_QUOTED_RE.match(norm) is not None
    parsed.bare_who = norm.split()[:1] == ["who"] and not who_quoted  # "who's quoted" asks for the quotes
    parsed.whom = parsed.bare_who and (" ".join(norm.split()[1:2]) in _DO_WORDS or _asks_whom(norm, index))
    parsed.doing = bool(_DOING_RE.match(norm) or _WANTS_RE.match(norm))
    # Every word typed, even one that only says how the ask is put ("say", "want"), which an editor's ask may hold too.
    parsed.typed = frozenset(stem(w) for w in words if w not in STOPWORDS and w not in HOW_WORDS) | closing_do(words)
    parsed.faring = parsed.doing and norm.startswith("how")
    wanting = _WANTS_RE.match(norm)
    parsed.wanting = wanting is not None and wanting[0].endswith("want")
    parsed.all_quotes = ALL_QUOTES.holds(norm, present) or who_quoted
    opinion = False
    for rule in () if parsed.all_quotes else SAY_RULES:
        m = rule.find(norm, present)
        if m:
            offset = lead + len(norm[: m.start("x")].split())
            # "what did Doe's memo say": the memo is what says it, Doe the speaker; "what did his sign say"
            # names no speaker at all.
            parsed.speaker = _speaker(concepts(m.group("x").split(), fixed, index, offset))
            if rule is _QUOTES_OF:
                parsed.speaker = [c for c in parsed.speaker if c.people]
            if rule is _OPINION_OF and any(c.people for c in parsed.speaker):
                # "what was Doe's harbour take": Doe's take on the harbour; the words after the person say on what.
                while not parsed.speaker[-1].people:
                    parsed.speaker.pop()
            parsed.say = bool(parsed.speaker)
            # "X's take", not "what did X say it would take"
            opinion = rule is _ACCORDING_TO or m[0].split()[-1] in _OPINION_WORDS
            break
    # "who is behind the bill" asks who put it forward, not who the bill is or who stands behind something.
    behind = norm.startswith(("who is behind", "who are behind", "who was behind", "who were behind"))
    m = _WHO_RE.match(norm) if "who" in present and not behind and not _asks_whom(norm, index) else None
    if m:
        offset = lead + len(norm[: m.start("x")].split())
        parsed.who = concepts(m.group("x").split(), fixed, index, offset)
    drop = set()  # words that only say what kind of ask it is
    if parsed.summary:
        drop |= {"summary", "summarise", "summarize", "tldr", "gist", "overview", "recap", "nutshell", "about"}
    if latest:
        drop |= {"latest", "new", "update", "updates", "news", "anything"}
    if parsed.all_quotes:
        drop |= {"key", "main", "best", "top", "notable", "important", "good", "strongest", "big", "direct"}
    if who_quoted:
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
        drop |= SAY_WORDS | (_OPINION_WORDS if opinion else frozenset())
    elif parsed.who_said:
        drop |= SAY_WORDS  # "who wrote the opinion": the opinion is what the ask is about, not how it is put
    if _SAID_WHETHER.search(norm):
        drop |= SAY_WORDS  # "has Doe said if she will run": whether she will run is what the ask is about
    if not present.isdisjoint(("reason", "reasons")):  # "for ideological reasons", "the reason for it": why
        parsed.why, drop = True, drop | {"reason", "reasons"}
    evidence = _EVIDENCE_OF.match(norm)
    if evidence:
        drop.add(evidence[1])
    if "deal" in present and _DEAL_WITH.search(norm):
        drop.add("deal")  # "what's the deal with X": a question about X
    # A feeling before "about" and a topic ("is Doe worried about the vote"; not "what is Doe worried about").
    drop |= {w for k, w in enumerate(words[:-2]) if w in _FEELINGS and words[k + 1] in _FELT_ABOUT}
    relative = {w for k, w in enumerate(words[:-1]) if words[k + 1] in _TIME_UNITS and w in _RELATIVE_WORDS}
    if relative:  # "last month", "this week": when, as the reporter counts it, not the last of several
        drop |= relative | _TIME_UNITS
        present = present - relative
    if not EARLIEST_WORDS.isdisjoint(present):
        # "when did his show start": the start is also what happened, so items saying it started count.
        parsed.order, drop = "first", drop | (EARLIEST_WORDS - {"start"}) | _ORDER_NOUNS
    elif parsed.faring and not LATEST_WORDS.isdisjoint(present):
        drop |= LATEST_WORDS  # "how's Doe doing lately": how Doe stands now, not the last of several
    elif not LATEST_WORDS.isdisjoint(present):
        parsed.order, drop = "last", drop | LATEST_WORDS | _ORDER_NOUNS
    parsed.concepts = [c for c in concepts(words, fixed, index, yes_no=parsed.yesno) if c.word not in drop]
    if parsed.yesno:
        # "was it long", "is it far": outside "how long" the word is what the yes/no ask asks about.
        parsed.concepts += [
            Concept(w, ((stem(w),),), own=(stem(w),))
            for k, w in enumerate(words)
            if w in _ASKED_MEASURES and k > 0 and words[k - 1] not in _MEASURE_LEADS
        ]
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
        # "how old is X", "what does X do": an attribute of X, so X's own entry first. Two names and nothing more
        # ("how does Doe know it was Acme") ask what joins them, not who either is.
        # A specific attribute ("what district", "which employer") must be in the answer; a job or role is the entry.
        parsed.concepts = named + [c for c in rest if c.word in SPECIFIC_ATTRIBUTES]
        parsed.who = parsed.who or named
        parsed.age = not AGE_WORDS.isdisjoint(present)
    return parsed


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

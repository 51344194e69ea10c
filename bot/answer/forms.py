"""The forms asks take: the patterns and word lists that show what kind of ask it is (when, how many, who said,
what X said, a whole section), and the rules made of them. Patterns run on normalise()d, typo-corrected text."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from bot.answer.words import stem

# The auxiliary verbs questions open on, as the alternations the patterns are built from. No word of them begins
# another but "do" ("does"), and a space or word break follows DO wherever it is used, so their order cannot matter.
BE_WORDS = ("is", "are", "was", "were")
BE = f"(?:{'|'.join(BE_WORDS)})"
DO = r"(?:do|does|did)"
HAVE = r"(?:has|have|had)"
MODAL = r"(?:will|would|can|could)"
AUXILIARY = rf"(?:{DO}|{HAVE}|{BE}|{MODAL})"

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
WHO_QUOTED_RE = re.compile(
    rf"^who (?:(?:{BE}|gets|got|do we|did we|does it|did it) quot(?:ed|es|e)(?: here)?|said what)$"
)
# "what's the latest?", "anything new", "any updates": the whole ask is for the gist.
LATEST_RE = re.compile(
    r"^(?:what is (?:the )?(?:latest|new)|(?:the )?latest|any(?:thing)? (?:new|updates?|news))(?: here)?$"
)
WHO_RE = re.compile(rf"^who {BE} (?P<x>.+)$")
# "who is X running against", "who's he voting for": X is doing something to someone, and "who" asks whom; not
# "who's the kid selling water", which asks who the kid is. "who are the families suing" ends on its verb: whom.
WHOM_RE = re.compile(
    rf"^who {BE} "
    r"(?:(?!the |a |an )(?:\w+ ){1,2}(?P<verb>\w+ing)\b|(?:the |a |an )(?:\w+ ){1,3}(?P<last>\w+ing)$)"
)
_WHEN_RE = re.compile(
    r"\b(when|what date|(?:what|which) day(?! of)|what year|what month|which year|which month|date|dated|"
    rf"how long ago|what time(?= (?:{BE}|{DO}|will)\b)|(?<=\S )what time(?=\??$))\b"
)
# "which states", "what's the name of the staffer", "who were the three judges": the answer is a name of that kind.
NAME_OF_RE = re.compile(
    rf"^(?:which (?:other )?|(?:what {BE} |whats )?the names? of (?:the |that |this )?|"
    r"names? of (?:the |that |this )?|"
    rf"who {BE} (?:the|his|her|their|its) )"
    r"(?P<x>(?:[a-z0-9]+ ?){1,3})"
)
# "who's Doe's lawyer", "who is Acme's chief": a name of that kind, like "who is her lawyer".
WHOSE_KIND_RE = re.compile(rf"^who(?:'s| {BE}) [a-z][a-z .-]*?'s (?P<x>(?:[a-z0-9]+ ?){{1,3}})$")
DO_WORDS = frozenset("did does do will would could can should has have had".split())  # "who did Doe …"
# The verbs a question put with its verb first opens on ("is it good", "did she"): DO_WORDS and the forms of "be".
VERB_FIRST_WORDS = DO_WORDS | frozenset(BE_WORDS)
# "wife's name?", "what's the governor's name"
NAME_ASKED_RE = re.compile(r"^(?:what is (?:the |his |her |their )?)?(?P<x>(?:[a-z0-9]+ ){1,2})names?$")
# "what court is it in", "what town": a kind of place or body known by its name, so a name of that kind answers.
WHAT_KIND_RE = re.compile(rf"^what (?P<x>[a-z]+) (?:{BE}|{DO}|has|have|will|would|in|of|on)\b")
NAMED_KINDS = frozenset(
    stem(w)
    for w in "town city village county country province region neighbourhood neighborhood island court hospital "
    "school university college church airport network channel newspaper company firm bank agency ministry "
    "committee team union".split()
)
# Words that ask a measure after "how" ("how long"), and in a yes/no ask are what is asked ("was it long"), unless
# another word makes them a measure or a phrase ("as long as", "so far", "too old").
ASKED_MEASURES = frozenset({"long", "far", "old"})
MEASURE_LEADS = frozenset({"how", "as", "so", "too", "no", "any"})
AGED = re.compile(r"\b\d+ (?:year|month|week|day)s? old \b")
# Words after "which" that ask for a time, a topic or a manner, not for a name: "which issues did she raise".
NOT_KINDS = frozenset(
    "day days date dates year years month months week weeks time times one ones outlet paper "
    "issue issues topic topics subject subjects thing things point points aspect aspects area areas way ways".split()
)
# "how much did it cost", "how much $": a sum of money answers, not any figure.
MONEY_ASK_RE = re.compile(
    r"\bhow much (?:\$|money|cash|funding|debt|\w+ (?:cost|costs|spend|spent|pay|paid|make|made|save|raise|raised|"
    rf"bring in|brought in|worth|owe|fetch))|\bhow much (?:{DO}|will|would|has|have|is|was) .*\b(?:cost|spend|"
    r"spent|pay|paid|make|save|raise|raised|bring in|worth|owe|fetch)\b"
)
# Set phrases and emphasis that say nothing of what is asked ("why was she there in the first place", "where exactly").
IDIOMS = re.compile(
    r"\b(?:in the first place|at the end of the day|by the way|at this point|exactly|precisely|specifically|"
    r"roughly|approximately|approx|ballpark|give or take)\b"
)
# Words before "side" that say which side or where, not whose: "the other side", "the far side", "the north side".
_WHICH_SIDE = "|".join(
    "other same opposite wrong right far near one either each both north south east west left back front bright dark "
    "flip".split()
)
# "who is on Acme's side", "on the union side": who supports them (not "on the other side", "on the north side").
ON_SIDE = re.compile(
    r"\bon (?:the |his |her |their |its )?"
    rf"(?P<x>(?!(?:the|{_WHICH_SIDE})\b)"
    r"(?:\w+ ){0,2}?\w+?)(?: s)? side\b"
)
# Ways of asking what someone thinks, put in the words the rest of the engine reads: "how are officials taking it"
# (reacting to it), "what did the judge make of the clips" (think of them), "where does McConnell stand" (his stance),
# "and the GOP side" (and the GOP).
_SOMEONE = r"(?P<x>(?:\w+ ){0,3}?\w+)"
VIEW_ASKED_OTHERWISE = (
    # "where do things stand with the strike", "where are we on it": the latest
    (re.compile(rf"^where {DO} (?:things|it|this|that|everything|matters) stand\b"), "what is the latest"),
    (re.compile(r"^where (?:are|r) we (?=on|with|w)\b"), "what is the latest "),
    (re.compile(rf"\bhow (?P<be>{BE}) {_SOMEONE} taking\b"), r"how \g<be> \g<x> reacting to"),
    (re.compile(rf"\bwhat (?P<do>{DO}|will|would) {_SOMEONE} make of\b"), r"what \g<do> \g<x> think of"),
    (re.compile(rf"^where {DO} {_SOMEONE} stand$"), r"what is \g<x> stance"),
    # "is he thinking about quitting", "are they thinking of suing": considering it
    (re.compile(r"\bthinking (?:about|of) (?=\w+ing\b)"), "considering "),
    # "and the GOP side" after what the Democrats said, "how did the union side respond": the GOP, the union (not "the
    # south side of town", nor "on the union side", which ON_SIDE reads)
    (
        re.compile(
            r"(?<!\bon )\b(?P<the>the|their|his|her|its) "
            rf"(?P<x>(?!(?:{_WHICH_SIDE})\b)\w+(?: \w+)?)"
            r"(?: s)? side\b(?! of\b)"
        ),
        r"\g<the> \g<x>",
    ),
)
# "did the White House respond", "did Biden say anything", "has Doe said anything": did that person or body speak, not
# is it mentioned.
RESPONDED_RE = re.compile(
    r"^(?:did|has|have|does) (?P<x>.+?) (?:say anything|said anything|comment|commented|respond|responded|react|"
    r"reacted|reply|replied|weigh in|weighed in|put out a statement)\b"
)
DAY_RE = re.compile(r"\b(?:what|which|exact|precise) (?:date|dates|day)\b")
# "what share of residents", "what pct of the intel": a part of a whole is asked for, as "how much of" asks it.
PART_ASKED = re.compile(r"\bwhat (?P<part>share|percentage|percent|pct|proportion|fraction|portion) of\b")
# "the total", "payout amt": a figure is asked for ("in total" only stresses one asked otherwise: "how many in total").
TOTAL_ASKED = re.compile(r"(?<!\bin )\b(?P<word>total|amount)\b")
_HOWMANY_RE = re.compile(
    r"\bhow (many|much|long|big|often)\b|\bnumber of\b|\bcounts?\b|\btall(?:y|ies)\b|\bfigures?\b|\bstats?\b|"
    r"\bsize\b|" + TOTAL_ASKED.pattern + "|" + PART_ASKED.pattern
)
# "what was the vote", "what's Doe's lead in the polls", "the final tally": a count or a margin is asked for.
TALLY_RE = re.compile(
    r"^what (?:is|was|were) (?:the |\w+ )(?:final |exact |latest )?(?:vote|lead|margin|tally|score)\b"
)
_YESNO_RE = re.compile(rf"^(?:{AUXILIARY}|any)\b")
# "Where", not "where does X stand"; and "what country is X from", where X comes from in other words.
_WHERE_RE = re.compile(
    rf"\bwhere\b(?! (?:{DO}|will|would) (?:\w+ ){{1,3}}stands?\b)"
    r"|\b(?:what|which) (?:country|state|city|town)\b(?=.* from$)"
)
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
GOING = frozenset("go goes going gone went headed heading sent send bound".split())  # "where is the money going"
SPEAKING = SAY_WORDS | frozenset(
    "speak spoke spoken speaking appear appeared appearance comments remark remarks".split()
)
# Words a reply may open with before the ask itself.
OPENERS = frozenset(
    "hey hi hello yo ok okay so um erm hmm oh ah actually and also sorry btw bot briefbot quick q qq question".split()
)
# The words a question opens on to ask who, what, when, where, why, how or which.
WH_WORDS = frozenset("who whom whose what when where why how which".split())
# Pronouns for someone, and for something done or said (not who did it).
PERSON_PRONOUNS = frozenset("he she him her his hers they them their theirs".split())
THING_PRONOUNS = frozenset("it this that".split())
# A lead-in before a colon or dash ("quick q:", "sorry, one more -") is dropped when it holds only these words.
LEAD_IN_WORDS = OPENERS | frozenset("a oh one two more another follow followup up last small little side re".split())
LEAD_IN = re.compile(r"^([^:?!.]{0,40}?)\s*(?::|\s[-\u2013\u2014]+\s)\s*(?=\S)")
# What sets a lead-in of any words off from the ask ("copy editor left a query on this: where was he").
LEAD_IN_END = re.compile(r":|\s[-\u2013\u2014]+\s")
# Words that open a message before its question ("hey,", "sorry,", "btw"; "and" or "also" only before a question
# word, as elsewhere they make it a follow-up: "and the DEA?"), and requests around a question ("can you tell me",
# "do we know", "any idea", "does the brief say", "is it true that"): the question is what follows them.
_OPENING = "|".join(sorted(OPENERS - {"and", "also"}))
_QUESTION_WORDS = "who|what|when|where|why|how|which"
_REQUEST = (
    rf"(?:{MODAL} (?:you|u) (?:please |pls )?|(?:please|pls) )?(?:tell|remind|show) me|"
    rf"{DO} (?:we|you|u|anyone|anybody|the brief|the story|the piece|the article) (?:know|say|mention|have)|"
    r"(?:any|no) idea|(?:i'?m|i am) (?:wondering|curious)|i wonder|wondering|"
    r"i (?:want|need|would like|'d like) to know|"
    # a claim put to be checked: "is it true that …", "can you confirm …", "is it right that …"
    r"(?:is it|it is|it's|is that) (?:true|correct|right|accurate|confirmed|verified)(?: that)?|"
    rf"(?:{MODAL} (?:you|u|we) (?:please |pls )?)?(?:confirm|verify|check)(?: that| if| whether)?"
)
FRAME = re.compile(
    rf"^(?:@?(?:{_OPENING})\b[\s,;:!.\-\u2013\u2014]*)*(?:(?:{_REQUEST})\b[\s,:]*)?"
    rf"(?:(?:and|also)\b[\s,]*(?=(?:{_QUESTION_WORDS})\b))?(?=\w)",
    re.IGNORECASE,
)
# Thanks, a plea or a chat word after the question: "who wrote it? thanks!", "when is the vote pls", "who is he btw".
THANKS_AFTER = re.compile(
    r"(?<=\S)[\s?!.,]+(?:thanks|thank you|thx|ty|cheers|pls|please|btw|lol|haha|asap)(?: (?:bot|briefbot))?[\s!.]*$",
    re.IGNORECASE,
)
# "the last time", "the first occasion": with an order word, these only say which one.
ORDER_NOUNS = frozenset("time times occasion one".split())
TIME_UNITS = frozenset("week weeks month months year years night weekend summer winter spring fall autumn".split())
RELATIVE_WORDS = frozenset("last past next this".split())
# "is Doe worried about the vote", "why is Acme nervous over the plant closing": how someone feels about a topic asks
# what they think of it, so what they said on it answers whatever word it is put in; the topic is what is asked.
FEELINGS = frozenset(
    "worried worry worries concerned nervous afraid scared anxious fearful wary uneasy skittish alarmed troubled "
    "upset angry mad annoyed frustrated unhappy happy glad pleased excited confident optimistic pessimistic hopeful "
    "comfortable uncomfortable".split()
)
FELT_ABOUT = frozenset("about over that of at with by".split())
# "is there evidence of fraud", "any sign that it worked": whether it is so is asked, not for the evidence itself.
EVIDENCE_OF = re.compile(rf"^{BE} there (?:any |much |some )?(evidence|proof|sign|signs|indication)\b")
DEAL_WITH = re.compile(r"\b(what|how) is the deal (with|on)\b")
# Words for what someone argues ("Pruitt's argument", "what's Doe's pitch"): a view when it is someone's, but words of
# their own too ("the power plant case"), so read as one only after a person or body the brief lists.
ARGUED_WORDS = frozenset(
    "argument arguments case pitch beef answer complaint complaints point message defense defence explanation side "
    "attack criticism pushback thoughts objection objections worry worries concern concerns fear fears gripe gripes "
    "misgivings reservations".split()
)
OPINION_WORDS = ARGUED_WORDS | frozenset(
    "take takes view views position positions stance stances reaction reactions response responses verdict verdicts "
    "opinion opinions line comment comments statement statements".split()
)


class Rule(NamedTuple):
    """An intent pattern and words one of which every match of it holds: without one, it is not run."""

    pattern: re.Pattern
    words: frozenset[str]

    def find(self, norm: str, present: AbstractSet[str]) -> re.Match | None:
        return None if self.words.isdisjoint(present) else self.pattern.search(norm)

    def holds(self, norm: str, present: AbstractSet[str]) -> bool:
        return self.find(norm, present) is not None


def _rule(pattern: re.Pattern, words: str) -> Rule:
    return Rule(pattern, frozenset(words.split()))


SUMMARY = _rule(_SUMMARY_RE, "summary summarise summarize tldr gist overview recap nutshell bottom main key about "
                "story going brief catch fill here picture short elevator")  # fmt: skip
TIMELINE = _rule(_TIMELINE_RE, "timeline timelines chronology chronological sequence order dates date")
UNKNOWNS = _rule(_UNKNOWN_RE, "know unclear unknown unknowns open unanswered unresolved still gap gaps clear known "
                 "pieces loose outstanding holes unconfirmed confirm left missing")  # fmt: skip
PEOPLE = _rule(_PEOPLE_RE, "who key cast involved people orgs organisations organizations persons")
WHEN = _rule(_WHEN_RE, "when date day year month dated ago time")
HOWMANY = _rule(
    _HOWMANY_RE,
    "how number count counts tally tallies figure figures stat stats size total amount share percentage percent pct "
    "proportion fraction portion",
)
YESNO = _rule(_YESNO_RE, "did does do has have had was were is are will would can could any")
EVENT = _rule(_EVENT_RE, "happened came then")
WHERE = _rule(_WHERE_RE, "where country state city town")
MONEY = _rule(MONEY_ASK_RE, "much")
WHY = _rule(_WHY_RE, "why come for reason")
WHO = _rule(re.compile(r"\bwho\b|\bnames?\b"), "who name names")
AGE = _rule(re.compile(r"\b(age|aged|how old)\b"), "age aged old")
WHO_SAID = _rule(_WHO_SAID_RE, "who")
ALL_QUOTES = _rule(_ALL_QUOTES_RE, "quote quotes quotation quotations quotable quotables who")
_QUOTE_WORDS = "quote quotes quotation quotations"
# "what is X's take", "what was X's reaction": X's view, on what the words after X say.
OPINION_OF = _rule(
    re.compile(
        rf"^(?:what|how) {BE} (?P<x>.+?) (?:take|view|position|stance|reaction|response|"
        r"verdict|opinion|line|comment|statement)s?\b"
    ),
    "take takes view views position positions stance stances reaction reactions response responses verdict verdicts "
    "opinion opinions line lines comment comments statement statements",
)
# "what's Pruitt's argument", "Doe's pitch?": that person's view, as OPINION_OF reads it.
ARGUED_BY = _rule(
    re.compile(
        rf"^(?:(?:what|how) {BE} |(?!(?:why|when|where|who|which|{AUXILIARY}|should)\b))"
        rf"(?P<x>(?:\w+ ){{0,3}}?\w+) (?:{'|'.join(sorted(ARGUED_WORDS))})\b"
    ),
    " ".join(ARGUED_WORDS),
)
# "what's the plan per Doe", "why is it new, according to Doe": Doe's words on it, whoever else the ask names; a word
# for a view ("Acme's position per Doe") is how the ask is put. "According to the story" names no speaker.
ACCORDING_TO = _rule(
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
QUOTES_OF = _rule(re.compile(r"^(?P<x>.+?) (?:quotes?|quotations?)$"), _QUOTE_WORDS)
# "anything from Doe", "anything by Acme on the pier": a person's or body's words.
FROM_SOMEONE = _rule(re.compile(r"^anything (?:from|by) (?P<x>.+?)(?: (?:on|about|re|regarding) .+)?$"), "anything")
# "Doe's reaction", "NRA's position on it?": that person's or body's view, on what the words after it say.
VIEW_OF = _rule(
    re.compile(
        rf"^(?!(?:(?:when|where|why|how) )?{AUXILIARY} )"
        r"(?P<x>.+?)(?<!\bto)(?<!\bnot) "  # "who refused to comment", "who would not comment": a verb
        r"(?P<view>reaction|response|take|statement|comment|view|position|stance|opinion|verdict)s?"
        r"(?: (?:on|about|of|re|regarding) .+)?$"
    ),
    "reaction reactions response responses take takes statement statements comment comments view views position "
    "positions stance stances opinion opinions verdict verdicts",
)
# "What did X say", "quotes from X", "X's reaction": each finds the speaker X.
SAY_RULES = (
    _rule(re.compile(rf"^(?:what|anything|how) (?:{DO}|{HAVE}) (?P<x>.+?) (?:{_SAY_VERBS})\b{_NOT_NOUN}"),
          " ".join(SAY_WORDS)),
    _rule(re.compile(r"^(?:any |all |the )?(?:quotes?|quotations?) (?:from|by|of) (?P<x>.+?)$"), _QUOTE_WORDS),
    QUOTES_OF,
    FROM_SOMEONE,
    _rule(re.compile(r"^(?:what|anything) (?P<x>.+?) (?:said|says|wrote|told)\b"), "said says wrote told"),
    ACCORDING_TO,
    OPINION_OF,
    ARGUED_BY,
    _SAID_HOW,
    VIEW_OF,
)  # fmt: skip

"""What an item's own text shows by its wording: the patterns for a reason, a place, where something was said, a
stretch of time, an age, a sum of money or a word of speech, and the figure readers (`figures`, `counted`,
`spanned`) that the index runs over every item."""

from __future__ import annotations

import re

from bot.answer.forms import BE, DO
from bot.answer.spelt import MONTH_NAME, WEEKDAYS
from bot.answer.tuning import LASTED_WORDS
from bot.answer.words import NUMBER_WORDS, STOPWORDS, normalise, stem, stems_of, words_of
from bot.briefs.model import Item, Person

# Words that show an item reports someone speaking (for "what did X say" when X has no quotes).
SPEECH = frozenset(
    stem(w)
    for w in "said told wrote write declined comment refused announced announcement statement asked called "
    "pledged promised stated according argued warned added testified testimony insisted acknowledged complained "
    "criticized criticised replied responded".split()
)
# Where the phrase saying what a people entry is ends, its last word the head noun: "Governor of Indiana", "30-year-old
# daughter of …" (each clause of a role after a semicolon says it anew: "school principal; Jane Doe's mother").
ROLE_HEAD_END = re.compile(r"[,;(:]|\b(?:who|whose|that|which|by|of|for|to|in|at|from|with|on|and|after|since)\b", re.I)
TO_RECIPIENT = re.compile(r"(?<!according)\s(?:to|told)\s", re.IGNORECASE)  # not "according to X"
# A semicolon ends a clause of its own; a middle initial ("Garry F. McCarthy") ends no sentence.
SENTENCE_END = re.compile(r"(?<![\s.][A-Z]\.)(?<=[.?!])\s+(?=[A-Z])|(?<=;)\s+")
# A reason as news gives it: "because", "to head off", "citing", "a priority", "presented as evidence", "on the
# grounds", "fired after a post", "the result of", "driven by", a purpose ("designed to"), a consequence ("which makes
# them wary"), a motive ("trying to", "pushing at the time to expand"), or what someone went somewhere for ("went to
# Reston for a seminar") (run on normalise()d text).
_REASON = re.compile(
    r"\b(?:because|so that|in order to|due to|as a result|citing|cited|reasons?|motives?|aims?|goals?|priorit(?:y|ies)|"
    r"as (?:proof|evidence)|on (?:the )?grounds|"
    r"to (?:avoid|head off|prevent|stop|protect|keep|help|make|win|press|force|ensure|fight|end|cut|save)|"
    r"after|result of|caused|causes|driven by|thanks to|blamed? on|stems? from|owing to|led to|explains?|explained|"
    r"(?:designed|intended|meant) to|which (?:makes|made))\b|"
    r"\b(?:go|goes|went|gone|come|comes|came|travel|traveled|travelled|flew|headed) to (?:\w+ ){1,4}?for (?:a|an)\b|"
    r"\b(?:push|pushing|pushed|trying|tried|seeking|sought|hoping|hoped|wanted|wants|aiming|aimed|bid|effort)\b"
    r"(?: \w+){0,4} to \w+"
)
# A reason given in a clause after the deed: "blocked the bill, calling it a poison pill", "quit, saying she was tired".
# Run on the text as written: normalise() drops the comma that tells it from "a statement saying …".
_REASON_CLAUSE = re.compile(r"\w,\s+(?:calling|saying|arguing|contending)\b")
# An editor's ask saying the item explains something: "why is the deficit rising", "what caused it", "how does the purge
# work" (not "how did Doe react": a reaction is no explanation).
_EXPLAINING_ASK = re.compile(
    rf"^(?:how come|how (?:{DO}|{BE}) (?!\w+ (?:react|respond)))|"
    r"^what (?:caused|causes|is behind|was behind|drove|drives|led to|explains)\b|\b(?:why|reasons?|cause)\b"
)
# A place as news gives it: "in Reston, Virginia", "at the White House", "outside 131 West 23rd Street", "around the
# stadium", "through the city", "in a crowded part of Manhattan", "travelled to Orlando" (a month or a weekday after
# "in" is a time, not a place; "to a country where …" names none).
_NOT_PLACES = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
PLACE = re.compile(
    r"\b(?:in|at|near|outside|inside|around|along|across|through|toward|towards|beside|behind|in front of) "
    rf"(?:the )?{_NOT_PLACES}(?:[A-Z][a-z]|\d+ [A-Z])|"
    r"\b(?:in|at|near|outside|inside|around|to|on|aboard) (?:the|a|an|his|her|their) (?:stadium|courthouse|capitol|"
    r"square|park|church|school|hospital|station|airport|embassy|city hall|campus|arena|border|scene|headquarters|"
    r"office|building|plane|flight|bus|train|ship|boat|street|streets|stage|floor|trail|tarmac)\b|"
    r"\b(?:in|at|near|outside|inside|around|to|into|through|across|along|toward|towards) the (?:[\w-]+ )?"
    r"(?:city|town|village|county|neighbou?rhood|district|region|country|streets)\b|"
    r"\bon (?:[A-Z][a-z]+ )+(?:Street|Avenue|Road|Boulevard|Drive|Lane|Square|Place)\b|"
    r"\bin (?:a|an|the) (?:[\w-]+ ){0,2}(?:part|parts|area|corner|section|stretch|edge|heart|centre|center) of "
    rf"(?:the )?{_NOT_PLACES}[A-Z][a-z]|"
    r"\b(?:travell?ed|travels|flew|flies|returned|returns|headed|heads|drove|drives) to "
    rf"(?:the )?{_NOT_PLACES}[A-Z][a-z]"
)
# A people entry whose role says something happened there is a place: "Acme Hall: the hotel where the talks were held".
WHERE_HELD = re.compile(r"\bwhere\b")
# Where something goes: a place, or "to" or "for" a name ("all of the money would go to the Wounded Warriors").
DESTINATION = re.compile(r"\b(?:to|for|into|toward|towards) (?:the )?[A-Z][a-z]")
# Where someone or something comes from ("a nurse from Millbrook", "lives in Millbrook"): the answer to "where is X
# from", not to where something happened ("intrusions from Russia").
ORIGIN = re.compile(
    rf"\b(?:from (?:the |(?:his|her|their) (?=[A-Z][a-z]+ home\b))?|(?:lives|lived|grew up|was raised|was born) in "
    rf"|native of ){_NOT_PLACES}(?!The\b)[A-Z][a-z]|\b[A-Z][a-z]+-born\b"  # "a South Korean-born citizen"
)
# Where something was said: a place, or the occasion news names ("on CBS's Face the Nation", "told reporters at a
# news conference", "in an interview").
_OCCASIONS = (
    r"\b(?:interviews?|conferences?|briefings?|speech(?:es)?|rall(?:y|ies)|hearings?|town halls?|forums?|events?|"
    r"broadcasts?|podcasts?|op-eds?|columns?|tweets?|appearances?)\b"
)
VENUE = re.compile(rf"\b(?:on|to|told|at) (?:the |an? )?[A-Z]|{_OCCASIONS}")
# The occasion itself, which answers "where did she say it" better than a place the item names for another reason.
OCCASION = re.compile(_OCCASIONS, re.IGNORECASE)
# How many times or years running, as news counts them: "voted twice", "the fifth straight year".
TIMES = re.compile(r"\b(?:once|twice|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.IGNORECASE)
# A stretch of time given by its ends or in words: "from Wednesday into early Thursday", "overnight", "all day",
# "since 2010", "a decade", "until the end of the week".
SPAN = re.compile(
    r"\bfrom (?:\w+ ){0,3}?(?:to|into|until|through|till) |\b(?:until|till|through) the end of |"
    r"\b(?:overnight|all (?:day|night|week)|hours?|days|weeks|"
    r"months|minutes?|years|decades?)\b|\bsince (?:(?:early|late|mid) )?(?:\d{4}|january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
# "a year" as a length: "for a year", "for close to a year", "nearly a decade" (not "a year later").
_A_UNIT = r"(?:(?<=\bfor )|(?<=\bclose to )|(?<=\bnearly )|(?<=\balmost )|(?<=\bmore than )|(?<=\bless than ))an?"
# A length of time or way given by a figure and its unit: "a one-year pause", "12 years", "a two-mile march", "for a
# decade", not an age ("a 50-year-old"). With SPAN, what answers "how long"; a bare figure ("the Group of 20") does not.
LENGTH = re.compile(
    rf"\b(?:\d[\d,.]*|(?:{'|'.join(sorted(NUMBER_WORDS))})|{_A_UNIT})[ -](?:and[ -]a[ -]half[ -])?"
    r"(?:second|minute|hour|day|night|week|month|year|decade|mile|kilometer|kilometre|block|foot|feet|yard|meter|"
    r"metre)s?\b(?![ -]old)",
    re.IGNORECASE,
)
# A fact saying what something is: "A levy is a tax …", "Bylaws are the rules …", "Wardens are town officers who …".
_DEFINITION = re.compile(
    r"^(?:an? |the )?((?:[\w'-]+ ){0,3}[\w'-]+) (?:(?:is|are|refers to|means) (?:an?|the) |"
    r"are (?:(?!(?:in|on|at|to|for|from|by|with|since|as)\b)[\w'-]+ ){1,4}(?:who|that|which) )",
    re.IGNORECASE,
)
# A name given with an aside saying what it is: "the Port Board, the agency that sets fares", "Acme (a ferry firm)".
_ASIDE = re.compile(
    r"\b((?:[A-Z][\w'\u2019-]*[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?){0,3}[A-Z][\w'\u2019-]*)(?:,| \() (?:the|an?) [a-z]"
)
# A term glossed after a colon: "It uses an inversion: a U.S. company buys a foreign one and moves …".
_GLOSS = re.compile(r"\b(?:an?|the) ((?:[\w'-]+ ){0,2}[\w'-]+): (?:an?|the) ", re.IGNORECASE)
# An age as news gives it: "a 62-year-old", "Smith, 62,", "aged 62", or the year someone was born ("born in 1964").
AGE = re.compile(
    r"\b\d{1,3}[- ]years?[- ]old\b|,\s\d{2},|\baged? \d{1,3}\b|"
    r"\bborn (?:in |on )?(?:[A-Z][a-z]+\.? (?:\d{1,2}, )?)?(?:1[89]|20)\d\d\b"
)
# "One" is a figure before a measure ("a one-year pause"), not as a pronoun or article ("agreed on one point").
_ONE_MEASURES = frozenset("second minute hour day week month year decade century percent".split())
# Numbers that only say when: a year or decade, a day of a month, a time of day ("July 6", "12:25 pm", "the 1980s").
_DIGIT = re.compile(r"\d")
# A figure that measures rather than counts: a stretch of time ("three years earlier", "15 minutes late"), a share
# ("90% of the delegates") or the kind of contest ("a four-way race"). It answers "how long" or "what share", not
# "how many".
MEASURE = re.compile(
    r"\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)|"
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds of)[- ](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)\b|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)-way\b",
    re.IGNORECASE,
)
# A sum of money as news gives it: "$1.7 million", "1,000 dollars", "£5m", "20 cents".
MONEY = re.compile(r"[$£€]\s?\d|\b\d[\d,.]*\s?(?:dollars|cents|euros|pounds)\b|\b(?:dollars|USD)\b", re.IGNORECASE)
# A day of a month as news writes it ("July 6", "6 July", "the 6th of July").
MONTH_DAY = re.compile(
    rf"\b{MONTH_NAME} \d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH_NAME}", re.IGNORECASE
)
# A day of the week an item gives for its event ("on Monday", "last Tuesday"): a day, in a story of known date.
WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
_DATE_NUMBERS = re.compile(
    rf"\b(?:19|20)\d\d(?:'?s)?\b|'\d0s\b|\b{MONTH_NAME} \d{{1,2}}(?:st|nd|rd|th)?\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH_NAME}|\b\d{{1,2}}(?::\d\d)? ?(?:[ap]\.?m\b\.?)|\b\d{{1,2}}:\d\d\b",
    re.IGNORECASE,
)


def figures(text: str) -> frozenset[str]:
    """The figures a text gives, as normalised words ("$1.7 million" → 1, 7, million); dates and times left out."""
    if _DIGIT.search(text):
        text = _DATE_NUMBERS.sub(" ", text)
    words = normalise(text).split()
    return frozenset(
        w
        for k, w in enumerate(words)
        if w.isdigit() or (w in NUMBER_WORDS and (w != "one" or " ".join(words[k + 1 : k + 2]) in _ONE_MEASURES))
    )


def counted(text: str) -> frozenset[str]:
    """Stems of the words beside a figure, which say what it counts ("75 witnesses", "49 people killed")."""
    if _DIGIT.search(text):
        text = _DATE_NUMBERS.sub(" . ", text)
    words = normalise(text).split()
    found: set[str] = set()
    for k, word in enumerate(words):
        if word.isdigit() or word in NUMBER_WORDS:
            found.update(stem(w) for w in words[max(0, k - 1) : k + 3] if w not in STOPWORDS)
    return frozenset(found)


def spanned(text: str) -> frozenset[str]:
    """Stems of the words just before a stretch of time, which say what lasted it ("fought the release for a year")."""
    found: set[str] = set()
    for match in SPAN.finditer(text):
        before = words_of(text[: match.start()])[-LASTED_WORDS:]
        found.update(stem(w) for w in before if w not in STOPWORDS)
    return frozenset(found)


def defined_things(section: str, item: Item, own_text: str) -> frozenset[frozenset[str]]:
    """What an item says is what: a fact's sentence "A levy is a tax …", a name with an aside ("the Port Board, the
    agency that …"), a term glossed after a colon ("a levy: a yearly charge …"), an organisation's entry its own name
    and aliases (its role says what it is)."""
    if isinstance(item, Person):  # what a body is; who a person is answers "who", not "what is X"
        names = (item.name, *item.aliases) if item.kind == "organisation" else ()
        return frozenset(frozenset(stems_of(name)) for name in names)
    if section not in ("facts", "timeline"):
        return frozenset()
    sentences = SENTENCE_END.split(own_text) if section == "facts" else []
    things = [defined[1] for defined in map(_DEFINITION.match, sentences) if defined]
    things += [m[1] for m in _ASIDE.finditer(own_text)] + [m[1] for m in _GLOSS.finditer(own_text)]
    return frozenset(frozenset(stems_of(thing)) for thing in things)


def approximate(words: list[str], k: int) -> bool:
    """Whether "close" at k only says a figure is approximate: "close to 1,500 plants" closes nothing."""
    return words[k + 1 : k + 2] == ["to"] and bool(figures(" ".join(words[k + 2 : k + 3])))


def gives_reason(own_text: str, asks: list[str]) -> bool:
    """Whether an item gives a reason, or its editor's asks say it explains ("why …", "what caused …")."""
    return bool(
        _REASON.search(normalise(own_text))
        or _REASON_CLAUSE.search(own_text)
        or any(_EXPLAINING_ASK.search(normalise(ask)) for ask in asks)
    )

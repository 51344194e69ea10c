"""The per-brief index: every item's words once, with what the intent rules need; built by `build_index`, owned
by whoever holds the brief (no state of its own in this module)."""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field

from cachetools import LRUCache

from bot.answer.shortforms import short_forms
from bot.answer.tuning import (
    CONCEPT_CACHE_SIZE,
    CORRECTIONS_CACHE_SIZE,
    ID_WEIGHT,
    LASTED_WORDS,
    MAX_CITED,
    UNKNOWN_WEIGHT,
)
from bot.answer.vocabulary import SYNONYM_STARTS, phrase_starts
from bot.answer.words import STOPWORDS, closing_do, normalise, plural, stem, stems_of, typed_words, words_of
from bot.briefs.model import Brief, Fact, Item, Person, Question, Quote, TimelineEntry

MONTHS = "january february march april may june july august september october november december".split()
# Words that show an item reports someone speaking (for "what did X say" when X has no quotes).
_SPEECH = frozenset(
    stem(w)
    for w in "said told wrote write declined comment refused announced announcement statement asked called "
    "pledged promised stated according argued warned added testified testimony insisted acknowledged complained "
    "criticized criticised replied responded".split()
)
# A name as news writes it: capitalised words in a row ("Don Guardian", "State Department"), read within a sentence.
_NAME = re.compile(r"(?<![.?!:]\s)(?<!^)\b[A-Z][\w'\u2019-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w'\u2019-]*)*")
_UNNAMED = re.compile(
    r"\b(?:not named|unnamed|unidentified|not identified|name not given|anonymous|redacted|withheld)\b", re.I
)
# Content words either side of a name that it can be the name of ("Amnesty International observers", "Doe, the
# former staffer"), looked for within _NEAR words: "the judges saw harbour witnesses Doe and Roe" are witnesses.
_BESIDE = 2
# A preposition between a name and a word puts them in different phrases: "a letter to Acme from the chairman", "the
# mayor calls in the Harbour Watch".
_PREPOSITIONS = frozenset("from to by with for at in on into against about after before over under between".split())
_NEAR = 8
# Where the phrase saying what a people entry is ends, its last word the head noun: "Governor of Indiana", "30-year-old
# daughter of …" (each clause of a role after a semicolon says it anew: "school principal; Jane Doe's mother").
_ROLE_HEAD_END = re.compile(
    r"[,;(:]|\b(?:who|whose|that|which|by|of|for|to|in|at|from|with|on|and|after|since)\b", re.I
)
_LEADING_LISTED = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*(?=(?:,|[ \t]+and|[ \t]+or)[ \t]+[A-Z])")
_LIST_JOIN = re.compile(r"(?:\s|[,;()]|\band\b|\bor\b|\bthe\b)*")  # what joins the names of a list
_NOT_NAMES = frozenset(MONTHS) | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TO_RECIPIENT = re.compile(r"(?<!according)\s(?:to|told)\s", re.IGNORECASE)  # not "according to X"
# A semicolon ends a clause of its own; a middle initial ("Garry F. McCarthy") ends no sentence.
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z]\.)(?<=[.?!])\s+(?=[A-Z])|(?<=;)\s+")
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
    r"^(?:how come|how (?:does|do|did|is|are|was|were) (?!\w+ (?:react|respond)))|"
    r"^what (?:caused|causes|is behind|was behind|drove|drives|led to|explains)\b|\b(?:why|reasons?|cause)\b"
)
# A place as news gives it: "in Reston, Virginia", "at the White House", "outside 131 West 23rd Street", "around the
# stadium", "through the city" (a month or a weekday after "in" is a time, not a place; "to a country where …" names
# none).
_NOT_PLACES = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
_PLACE = re.compile(
    r"\b(?:in|at|near|outside|inside|around|along|across|through|toward|towards|beside|behind|in front of) "
    rf"(?:the )?{_NOT_PLACES}(?:[A-Z][a-z]|\d+ [A-Z])|"
    r"\b(?:in|at|near|outside|inside|around|to|on|aboard) (?:the|a|an|his|her|their) (?:stadium|courthouse|capitol|"
    r"square|park|church|school|hospital|station|airport|embassy|city hall|campus|arena|border|scene|headquarters|"
    r"office|building|plane|flight|bus|train|ship|boat|street|streets|stage|floor|trail|tarmac)\b|"
    r"\b(?:in|at|near|outside|inside|around|to|into|through|across|along|toward|towards) the (?:[\w-]+ )?"
    r"(?:city|town|village|county|neighbou?rhood|district|region|country|streets)\b|"
    r"\bon (?:[A-Z][a-z]+ )+(?:Street|Avenue|Road|Boulevard|Drive|Lane|Square|Place)\b"
)
# Where something goes: a place, or "to" or "for" a name ("all of the money would go to the Wounded Warriors").
_DESTINATION = re.compile(r"\b(?:to|for|into|toward|towards) (?:the )?[A-Z][a-z]")
# Where someone or something comes from ("a nurse from Millbrook"): the answer to "where is X from", not to where
# something happened ("intrusions from Russia").
_ORIGIN = re.compile(rf"\bfrom (?:the )?{_NOT_PLACES}[A-Z][a-z]")
# Where something was said: a place, or the occasion news names ("on CBS's Face the Nation", "told reporters at a
# news conference", "in an interview").
_OCCASIONS = (
    r"\b(?:interviews?|conferences?|briefings?|speech(?:es)?|rall(?:y|ies)|hearings?|town halls?|forums?|events?|"
    r"broadcasts?|podcasts?|op-eds?|columns?|tweets?|appearances?)\b"
)
_VENUE = re.compile(rf"\b(?:on|to|told|at) (?:the |an? )?[A-Z]|{_OCCASIONS}")
# The occasion itself, which answers "where did she say it" better than a place the item names for another reason.
_OCCASION = re.compile(_OCCASIONS, re.IGNORECASE)
# How many times or years running, as news counts them: "voted twice", "the fifth straight year".
_TIMES = re.compile(r"\b(?:once|twice|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.IGNORECASE)
# A stretch of time given by its ends or in words: "from Wednesday into early Thursday", "overnight", "all day",
# "since 2010", "a decade".
_SPAN = re.compile(
    r"\bfrom (?:\w+ ){0,3}?(?:to|into|until|through|till) |\b(?:overnight|all (?:day|night|week)|hours?|days|weeks|"
    r"months|minutes?|years|decades?)\b|\bsince (?:(?:early|late|mid) )?(?:\d{4}|january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\b",
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
# An age as news gives it: "a 62-year-old", "Smith, 62,", "aged 62".
_AGE = re.compile(r"\b\d{1,3}[- ]years?[- ]old\b|,\s\d{2},|\baged? \d{1,3}\b")
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds "
    "thousand thousands million millions billion billions trillion trillions dozen dozens".split()
)
# "One" is a figure before a measure ("a one-year pause"), not as a pronoun or article ("agreed on one point").
_ONE_MEASURES = frozenset("second minute hour day week month year decade century percent".split())
# Numbers that only say when: a year or decade, a day of a month, a time of day ("July 6", "12:25 pm", "the 1980s").
_MONTH_NAMES = (
    r"(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|"
    r"october|oct|november|nov|december|dec)\b\.?"
)
_DIGIT = re.compile(r"\d")
# A figure that measures rather than counts: a stretch of time ("three years earlier", "15 minutes late"), a share
# ("90% of the delegates") or the kind of contest ("a four-way race"). It answers "how long" or "what share", not
# "how many".
_MEASURE = re.compile(
    r"\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)|"
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds of)[- ](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)\b|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)-way\b",
    re.IGNORECASE,
)
# A sum of money as news gives it: "$1.7 million", "1,000 dollars", "£5m", "20 cents".
_MONEY = re.compile(r"[$£€]\s?\d|\b\d[\d,.]*\s?(?:dollars|cents|euros|pounds)\b|\b(?:dollars|USD)\b", re.IGNORECASE)
# A day of a month as news writes it ("July 6", "6 July", "the 6th of July").
_MONTH_DAY = re.compile(
    rf"\b{_MONTH_NAMES} \d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH_NAMES}", re.IGNORECASE
)
_DATE_NUMBERS = re.compile(
    rf"\b(?:19|20)\d\d(?:'?s)?\b|'\d0s\b|\b{_MONTH_NAMES} \d{{1,2}}(?:st|nd|rd|th)?\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH_NAMES}|\b\d{{1,2}}(?::\d\d)? ?(?:[ap]\.?m\b\.?)|\b\d{{1,2}}:\d\d\b",
    re.IGNORECASE,
)


ROLE_WEIGHT = 0.7  # how much a word of a quote's speaker's role says who speaks (their name: 1.0, a note: 0.5)


def figures(text: str) -> frozenset[str]:
    """The figures a text gives, as normalised words ("$1.7 million" → 1, 7, million); dates and times left out."""
    if _DIGIT.search(text):
        text = _DATE_NUMBERS.sub(" ", text)
    words = normalise(text).split()
    return frozenset(
        w
        for k, w in enumerate(words)
        if w.isdigit() or (w in _NUMBER_WORDS and (w != "one" or " ".join(words[k + 1 : k + 2]) in _ONE_MEASURES))
    )


def counted(text: str) -> frozenset[str]:
    """Stems of the words beside a figure, which say what it counts ("75 witnesses", "49 people killed")."""
    if _DIGIT.search(text):
        text = _DATE_NUMBERS.sub(" . ", text)
    words = normalise(text).split()
    found: set[str] = set()
    for k, word in enumerate(words):
        if word.isdigit() or word in _NUMBER_WORDS:
            found.update(stem(w) for w in words[max(0, k - 1) : k + 3] if w not in STOPWORDS)
    return frozenset(found)


def spanned(text: str) -> frozenset[str]:
    """Stems of the words just before a stretch of time, which say what lasted it ("fought the release for a year")."""
    found: set[str] = set()
    for match in _SPAN.finditer(text):
        before = words_of(text[: match.start()])[-LASTED_WORDS:]
        found.update(stem(w) for w in before if w not in STOPWORDS)
    return frozenset(found)


@dataclass
class Index:
    """One brief's items (numbered in brief order) and what is known of each."""

    items: list[tuple[str, Item]]
    postings: dict[str, dict[int, float]]  # stem → item number → best field weight
    unknown_weight: float
    surface_list: list[str]  # every word of the brief (not stopwords, 3+ letters), sorted, for typo correction
    surface_count: dict[str, int]  # how many times the brief uses each of those words
    aliases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]  # alias phrase (words) → name/alias phrases (stems)
    alias_people: dict[tuple[str, ...], frozenset[int]]  # alias phrase (words) → the people items it names
    phrase_starts: dict[str, int]  # first word → longest alias or synonym phrase starting with it, in words
    speakers: dict[int, dict[str, float]]  # quote item number → stems of speaker (1.0), note (0.5) and role
    speaker_len: dict[int, int]
    people_names: dict[int, set[str]]  # person item number → stems of name and aliases
    people_words: frozenset[str]  # every person's or organisation's name and alias stems
    people_kinds: dict[int, frozenset[str]]  # person item → stems of its name, aliases and role's head nouns
    unnamed: frozenset[int]  # person items whose name says the story does not give it ("Governor (unnamed)")
    has_number: set[int]
    counts_times: set[int]  # items saying how many times or which time in a row ("twice", "the fifth year")
    figures: dict[int, frozenset[str]]  # item number → the figures its own text gives (not dates or times)
    counts: dict[int, frozenset[str]]  # item number → its figures that count (not a stretch of time or a share)
    has_age: set[int]
    has_place: set[int]
    has_origin: set[int]  # items saying where someone or something comes from
    has_venue: set[int]  # items saying where or on what occasion something was said
    has_occasion: set[int]  # items naming in their own words the occasion of speaking (an interview, a briefing)
    has_destination: set[int]  # items saying where something goes: a place, or to whom
    has_reason: set[int]  # items giving a reason, or whose editor's asks say they explain ("why …", "what caused …")
    dated: set[int]
    has_money: set[int]  # items giving a sum of money
    day_dated: set[int]  # items giving a day, not only a month or year
    spans: set[int]  # items saying how long in days or times of day ("from Wednesday into early Thursday")
    lasted: dict[int, frozenset[str]]  # item → stems of the words before its stretches of time ("fought it for a year")
    defines: dict[int, frozenset[frozenset[str]]]  # items saying what something is ("A levy is a tax …", "Acme,
    # the ferry firm", an entry's name or alias): the stems of each thing
    speech: dict[int, tuple[list[str], list[int]]]  # item reporting speech → own text's stems ("." ends a sentence),
    # and where its words of speech are
    basis: dict[int, list[str]]  # item number → the stems of its basis (who or what it comes from), in order
    counted: dict[int, frozenset[str]]  # item → stems of the words beside its figures
    named_kinds: dict[int, dict[str, list[frozenset[str]]]]  # item → word stems beside a name → the names
    name_lists: dict[int, list[list[frozenset[str]]]]  # item → the lists of two or more names its text gives
    speaker_names: dict[int, frozenset[str]]  # quote item number → its speaker's name words
    names: dict[int, list[frozenset[str]]]  # item number → the names it gives (people, quotes' speakers, and
    # capitalised words in a row within a sentence), each as its normalised words
    name_words: frozenset[str]  # every word of every name the items give
    primary: dict[int, set[str]]  # item number → stems of its own text (not asks, basis or context)
    central_facts: list[int]
    published: str  # the story's first publication date: what came after it was still to come
    timeline: list[int]
    open_questions: list[int]
    in_section: dict[str, frozenset[int]]  # section name → its item numbers
    ask_stems: dict[int, list[set[str]]]
    asked_as: dict[str, list[int]]  # an ask's words as typed (typed_words) → the items whose editor asked it so
    short_forms: dict[str, tuple[str, ...]]  # initials → the stems of the brief's phrase they stand for
    lead_person: str  # the person the title names (of several, listed first; "" if none): whom a first "he" means
    title_people: tuple[str, ...]  # the two persons the title joins with "and" (or none): whom a first "they" means
    title_persons: frozenset[str]  # the name of every person the title names: whom "who else" asks besides
    id_stems: dict[int, frozenset[str]]  # item number → stems of the words its editor named it by (not people)
    # What asks about this brief worked out before: concept matches, and typed word → (word to use, corrected).
    concept_cache: LRUCache = field(default_factory=lambda: LRUCache(maxsize=CONCEPT_CACHE_SIZE))
    corrections: LRUCache = field(default_factory=lambda: LRUCache(maxsize=CORRECTIONS_CACHE_SIZE))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def recall(self, cache: LRUCache, key):
        """A value kept in one of the index's caches, or None."""
        with self._lock:
            return cache.get(key)

    def keep(self, cache: LRUCache, key, value) -> None:
        with self._lock:
            cache[key] = value

    def cite(self, numbers: list[int]) -> tuple[tuple[str, Item], ...]:
        """The (section, item) pairs to cite for these item numbers, at most MAX_CITED."""
        return tuple(self.items[n] for n in numbers[:MAX_CITED])


def _defined(section: str, item: Item, own_text: str) -> frozenset[frozenset[str]]:
    """What an item says is what: a fact's sentence "A levy is a tax …", a name with an aside ("the Port Board, the
    agency that …"), a term glossed after a colon ("a levy: a yearly charge …"), an organisation's entry its own name
    and aliases (its role says what it is)."""
    if isinstance(item, Person):  # what a body is; who a person is answers "who", not "what is X"
        names = (item.name, *item.aliases) if item.kind == "organisation" else ()
        return frozenset(frozenset(stems_of(name)) for name in names)
    if section not in ("facts", "timeline"):
        return frozenset()
    sentences = _SENTENCE_END.split(own_text) if section == "facts" else []
    things = [defined[1] for defined in map(_DEFINITION.match, sentences) if defined]
    things += [m[1] for m in _ASIDE.finditer(own_text)] + [m[1] for m in _GLOSS.finditer(own_text)]
    return frozenset(frozenset(stems_of(thing)) for thing in things)


def _approximate(words: list[str], k: int) -> bool:
    """Whether "close" at k only says a figure is approximate: "close to 1,500 plants" closes nothing."""
    return words[k + 1 : k + 2] == ["to"] and bool(figures(" ".join(words[k + 2 : k + 3])))


def _date_words(date: str | None) -> str:
    """'2018-11-05' → '2018 november 5', so asks can name a month or year."""
    if not date:
        return ""
    parts = date.split("-")
    words = [parts[0]]
    if len(parts) > 1:
        words.append(MONTHS[int(parts[1]) - 1])
    if len(parts) > 2:
        words.append(str(int(parts[2])))
    return " ".join(words)


def _fields(item: Item) -> list[tuple[str | None, float]]:
    """The item's texts to index, each with its weight (an editor's id names what the item is about)."""
    asks: list[tuple[str | None, float]] = [(ask, 1.0) for ask in item.asks]
    asks.append((_id_words(item.id), ID_WEIGHT))
    if isinstance(item, Fact):
        return [(item.text, 1.0), (_date_words(item.date), 0.8), (item.basis, 0.4), *asks]
    if isinstance(item, Quote):
        name, note = _split_note(item.speaker)
        return [
            (item.text, 1.0),
            (name, 1.0),
            (note, 0.5),
            (item.role, 0.7),
            (item.context, 0.6),
            (item.to, 0.3),
            (_date_words(item.date), 0.8),
            *asks,
        ]
    if isinstance(item, Question):
        return [(item.text, 1.0), (item.answer, 0.8), (item.basis, 0.3), *asks]
    if isinstance(item, TimelineEntry):
        return [(item.event, 1.0), (_date_words(item.date), 1.0), (item.basis, 0.4), *asks]
    if isinstance(item, Person):
        return [(item.name, 1.0), *((alias, 1.0) for alias in item.aliases), (item.role, 1.0), *asks]
    return asks


def _id_words(item_id: str) -> str:
    """An item id's words after its section prefix: "fact-aclu-lawsuit-2019" → "aclu lawsuit 2019"."""
    return item_id.replace("-", " ").partition(" ")[2]


def _split_note(speaker: str) -> tuple[str, str]:
    """'Unattributed (emails obtained by the ACLU)' → the speaker and the parenthetical note about them."""
    name, _, note = speaker.partition("(")
    return name, note


def primary_text(item: Item) -> str:
    """The item's own text: what it says, not its asks, basis or context."""
    if isinstance(item, TimelineEntry):
        return item.event
    if isinstance(item, Person):
        return f"{item.name} {item.role}"
    if isinstance(item, Question) and item.answer:
        return f"{item.text} {item.answer}"
    return getattr(item, "text", "")


def _known_part(item: Item, own_text: str) -> str:
    """What an item gives as known: an open question's figures are those after its question ("Who are the four
    backers? The story names one"), not the ones it asks about."""
    if isinstance(item, Question) and item.status == "open":
        return own_text.partition("?")[2]
    return own_text


def _names_in(item: Item, own_text: str) -> list[frozenset[str]]:
    """The names an item gives: a person's own, a quote's speaker, and names in its text."""
    found = [item.name] if isinstance(item, Person) else [item.speaker] if isinstance(item, Quote) else []
    found = [name for name in found if not _UNNAMED.search(name)]  # "Unnamed Microsoft employee" names no one
    found += [m[0] for m in _NAME.finditer(own_text)]
    words = (frozenset(normalise(name).split()) - _NOT_NAMES for name in found)
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


def _named_kinds(item: Item, own_text: str) -> tuple[dict[str, list[frozenset[str]]], list[list[frozenset[str]]]]:
    """Word stems beside a name in the item → the names: "the staffer, Jane Doe" gives staffer → {jane, doe}; a
    person entry gives its role's words → its name, unless the entry says the name is not known. And the lists of
    names the text gives, each in order ("Ohio, Utah and Maine")."""
    found: dict[str, list[frozenset[str]]] = {}
    if isinstance(item, Person):
        if not _UNNAMED.search(item.name):
            name = frozenset(normalise(item.name).split())
            role = _before_preposition(words_of(item.role))
            for word in stems_of(" ".join(role)):  # "called out by the mayor" is no mayor
                found.setdefault(word, []).append(name)
        return found, []
    lists: list[list[frozenset[str]]] = []
    plurals: list[set[str]] = []  # per list, the plural words beside any of its names ("the judges Doe and Roe")
    end = -1
    # A text's first word is capitalised anyway: it is a name when a list of names follows ("Ohio and Utah passed").
    leading = _LEADING_LISTED.match(own_text)
    matches = list(_NAME.finditer(own_text))
    if leading:
        matches = [leading, *(m for m in matches if m.start() >= leading.end())]
    for match in matches:
        name = frozenset(normalise(match[0]).split()) - _NOT_NAMES
        if not name:
            continue
        preceding = words_of(own_text[: match.start()])[-_NEAR:]
        at = max((k + 1 for k, w in enumerate(preceding) if w in _PREPOSITIONS), default=0)
        before = [w for w in preceding[at:] if w not in STOPWORDS][-_BESIDE:]
        following = _before_preposition(words_of(own_text[match.end() :])[:_NEAR])
        after = [] if _describes(name, own_text, match) else [w for w in following if w not in STOPWORDS][:_BESIDE]
        for word in before + after:
            found.setdefault(stem(word), []).append(name)
        if lists and _LIST_JOIN.fullmatch(own_text[end : match.start()]):
            lists[-1].append(name)
        else:
            lists.append([name])
            plurals.append(set())
        plurals[-1].update(stem(word) for word in before + after if plural(word))
        end = match.end()
    for names, kinds in zip(lists, plurals, strict=True):
        for kind in kinds:  # each name of a list is one of the kind a plural beside the list says
            found[kind].extend(name for name in names if name not in found[kind])
    return found, [names for names in lists if len(names) > 1]


def _title_persons(brief: Brief) -> list[tuple[int, int, int, str]]:
    """Each mention of a person in the brief's title, by name, alias or surname alone: (the person's place among the
    people, where the mention starts among the title's words, where the next mention must start to be joined to it
    by "and" (-1 if no "and" follows), the person's name)."""
    title = [stem(word) for word in normalise(brief.title).split()]
    found = []
    for listed, person in enumerate(brief.people):
        if person.kind != "person" or _UNNAMED.search(person.name):
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


def _lead_person(mentions: list[tuple[int, int, int, str]]) -> str:
    """The name of the person the brief's title names, or "": of several, the one the editor lists first among the
    people ("Doe shooting video tests Mayor Roe", Roe's entry first, is about Roe)."""
    return min(mentions)[3] if mentions else ""


def _title_people(mentions: list[tuple[int, int, int, str]]) -> tuple[str, ...]:
    """The names of two persons the title joins with "and" ("Doe and Roe fail to agree"), or (): whom a thread's first
    "they" means."""
    starts = {at: name for _listed, at, _joined, name in sorted(mentions, key=lambda m: m[1], reverse=True)}
    for _listed, _at, joined, name in sorted(mentions, key=lambda m: m[1]):
        if joined in starts and starts[joined] != name:
            return (name, starts[joined])
    return ()


def _sections(items: list[tuple[str, Item]]) -> dict[str, frozenset[int]]:
    numbers: dict[str, set[int]] = {}
    for n, (section, _item) in enumerate(items):
        numbers.setdefault(section, set()).add(n)
    return {section: frozenset(found) for section, found in numbers.items()}


def build_index(brief: Brief) -> Index:
    """The brief's index, built anew: a pure function of the brief. Whoever holds the brief keeps its index beside
    it (the library in service keeps one per decoded brief), so it is built once per brief, not once per ask."""
    items = list(brief.all_items())
    mentions = _title_persons(brief)
    postings: dict[str, dict[int, float]] = {}
    surface: dict[str, int] = {}
    texts: list[list[str]] = []
    for n, (_section, item) in enumerate(items):
        for text, weight in _fields(item):
            texts.append(words_of(text))
            for k, word in enumerate(texts[-1]):
                if word in STOPWORDS or (word == "close" and _approximate(texts[-1], k)):
                    continue
                s = stem(word)
                if len(word) >= 3:
                    surface[word] = surface.get(word, 0) + 1
                row = postings.setdefault(s, {})
                if row.get(n, 0.0) < weight:
                    row[n] = weight
    total = len(items)
    idf = {s: math.log(1 + (total - len(row) + 0.5) / (len(row) + 0.5)) for s, row in postings.items()}
    rarest = math.log(1 + (total - 1 + 0.5) / 1.5)
    aliases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    alias_people: dict[tuple[str, ...], frozenset[int]] = {}
    speech: dict[int, tuple[list[str], list[int]]] = {}
    basis: dict[int, list[str]] = {}
    item_names: dict[int, list[frozenset[str]]] = {}
    speaker_names: dict[int, frozenset[str]] = {}
    named_kinds: dict[int, dict[str, list[frozenset[str]]]] = {}
    name_lists: dict[int, list[list[frozenset[str]]]] = {}
    item_counted: dict[int, frozenset[str]] = {}
    primary: dict[int, set[str]] = {}
    people_names: dict[int, set[str]] = {}
    people_kinds: dict[int, frozenset[str]] = {}
    speakers: dict[int, dict[str, float]] = {}
    speaker_len: dict[int, int] = {}
    has_number: set[int] = set()
    counts_times: set[int] = set()
    item_figures: dict[int, frozenset[str]] = {}
    item_counts: dict[int, frozenset[str]] = {}
    has_age: set[int] = set()
    has_place: set[int] = set()
    has_origin: set[int] = set()
    has_venue: set[int] = set()
    has_occasion: set[int] = set()
    has_destination: set[int] = set()
    has_reason: set[int] = set()
    dated: set[int] = set()
    day_dated: set[int] = set()
    spans: set[int] = set()
    lasted: dict[int, frozenset[str]] = {}
    defines: dict[int, frozenset[frozenset[str]]] = {}
    has_money: set[int] = set()
    timeline: list[int] = []
    open_questions: list[int] = []
    ask_stems: dict[int, list[set[str]]] = {}
    asked_as: dict[str, list[int]] = {}
    id_stems: dict[int, frozenset[str]] = {}
    for n, (section, item) in enumerate(items):
        ask_stems[n] = [set(stems_of(ask)) | closing_do(words_of(ask)) for ask in item.asks]
        for typed in dict.fromkeys(typed_words(ask) for ask in item.asks):
            asked_as.setdefault(typed, []).append(n)
        if not isinstance(item, Person):  # an id names what the item is about, like an ask; a person's, only them
            id_stems[n] = frozenset(s for s in stems_of(_id_words(item.id)) if not s.isdigit())
        if isinstance(item, Person):
            names = [item.name, *item.aliases]
            phrases = tuple(tuple(stems_of(name)) for name in names if stems_of(name))
            people_names[n] = {s for phrase in phrases for s in phrase}
            heads = (stems_of(_ROLE_HEAD_END.split(clause, 1)[0])[-1:] for clause in item.role.split(";"))
            people_kinds[n] = frozenset(people_names[n].union(*heads))
            for name in names:
                words = tuple(w for w in words_of(name) if w not in STOPWORDS)
                if words:
                    aliases[words] = tuple(dict.fromkeys(aliases.get(words, ()) + phrases))
                    alias_people[words] = alias_people.get(words, frozenset()) | {n}
        if isinstance(item, Quote):
            name, note = _split_note(item.speaker)
            weights = {s: ROLE_WEIGHT for s in stems_of(item.role)}
            weights.update({s: 0.5 for s in stems_of(note)})
            weights.update({s: 1.0 for s in stems_of(name)})
            speakers[n] = weights
            speaker_len[n] = max(1, len(set(stems_of(name))))
        own_text = primary_text(item)
        known = _known_part(item, own_text)
        item_figures[n] = figures(_AGE.sub(" ", known))  # an age answers "how old", not "how many" or "how long"
        item_counts[n] = figures(_MEASURE.sub(" ", known)) if item_figures[n] else item_figures[n]
        if item_figures[n]:
            has_number.add(n)
        if _TIMES.search(own_text):
            counts_times.add(n)
        if _MONEY.search(own_text):
            has_money.add(n)
        if _PLACE.search(own_text):
            has_place.add(n)
        if _ORIGIN.search(own_text):
            has_origin.add(n)
        if n in has_place or _VENUE.search(own_text) or (isinstance(item, Quote) and (item.to or item.context)):
            has_venue.add(n)
        if _OCCASION.search(own_text):
            has_occasion.add(n)
        if n in has_place or _DESTINATION.search(own_text):
            has_destination.add(n)
        if (
            _REASON.search(normalise(own_text))
            or _REASON_CLAUSE.search(own_text)
            or any(_EXPLAINING_ASK.search(normalise(ask)) for ask in item.asks)
        ):
            has_reason.add(n)
        if _AGE.search(own_text):
            has_age.add(n)
        primary[n] = set(stems_of(own_text))
        item_names[n] = _names_in(item, own_text)
        named_kinds[n], name_lists[n] = _named_kinds(item, own_text)
        item_counted[n] = counted(own_text)
        if isinstance(item, Quote):
            speaker_names[n] = frozenset(normalise(item.speaker).split()) - _NOT_NAMES
        if getattr(item, "basis", None):
            # Whose word it is: not whom it was written or said to ("Letter from the chairman to Acme").
            basis[n] = [stem(w) for w in words_of(_TO_RECIPIENT.split(item.basis)[0])]
        if _SPEECH & primary[n]:
            sequence = [stem(w) for sentence in _SENTENCE_END.split(own_text) for w in [*words_of(sentence), "."]]
            speech[n] = (sequence, [k for k, s in enumerate(sequence) if s in _SPEECH])
        date = getattr(item, "date", None)
        if date:
            dated.add(n)
        if (date and len(date) == 10) or _MONTH_DAY.search(own_text):
            day_dated.add(n)
        if _SPAN.search(own_text):
            spans.add(n)
            lasted[n] = spanned(own_text)
        defines[n] = _defined(section, item, own_text)
        if section == "timeline":
            timeline.append(n)
        if isinstance(item, Question) and item.status == "open":
            open_questions.append(n)
    summary = set(stems_of(f"{brief.summary} {brief.title}"))
    facts = [n for n, (section, _item) in enumerate(items) if section == "facts"]

    def centrality(n: int) -> float:
        """How much of the brief's summary and title the fact holds, for whole-story asks."""
        mine = primary[n]
        return sum(idf.get(s, 0.0) for s in mine & summary) / (1.0 + sum(idf.get(s, 0.0) for s in mine)) ** 0.5

    return Index(
        items=items,
        postings=postings,
        unknown_weight=UNKNOWN_WEIGHT * rarest,
        surface_list=sorted(surface),
        surface_count=surface,
        aliases=aliases,
        alias_people=alias_people,
        phrase_starts=phrase_starts(aliases, SYNONYM_STARTS),
        speakers=speakers,
        speaker_len=speaker_len,
        people_names=people_names,
        people_words=frozenset(s for found in people_names.values() for s in found),
        people_kinds=people_kinds,
        unnamed=frozenset(
            n for n, (_section, item) in enumerate(items) if isinstance(item, Person) and _UNNAMED.search(item.name)
        ),
        has_number=has_number,
        counts_times=counts_times,
        figures=item_figures,
        counts=item_counts,
        has_age=has_age,
        has_place=has_place,
        has_origin=has_origin,
        has_venue=has_venue,
        has_occasion=has_occasion,
        has_destination=has_destination,
        has_reason=has_reason,
        dated=dated,
        day_dated=day_dated,
        spans=spans,
        lasted=lasted,
        defines=defines,
        has_money=has_money,
        speech=speech,
        basis=basis,
        names=item_names,
        name_words=frozenset(w for found in item_names.values() for name in found for w in name),
        speaker_names=speaker_names,
        named_kinds=named_kinds,
        name_lists=name_lists,
        counted=item_counted,
        primary=primary,
        central_facts=sorted(facts, key=lambda n: (-centrality(n), n)),
        published=brief.source.published,
        timeline=sorted(timeline, key=lambda n: (items[n][1].date, n)),
        open_questions=open_questions,
        in_section=_sections(items),
        ask_stems=ask_stems,
        asked_as=asked_as,
        short_forms=short_forms(texts),
        lead_person=_lead_person(mentions),
        title_people=_title_people(mentions),
        title_persons=frozenset(name for _listed, _at, _joined, name in mentions),
        id_stems=id_stems,
    )

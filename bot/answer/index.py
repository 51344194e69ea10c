"""The per-brief index: every item's words once, with what the intent rules need; built by `build_index`, owned
by whoever holds the brief (no state of its own in this module)."""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field

from cachetools import LRUCache

from bot.answer.itemnames import (
    MONTHS,
    NOT_NAMES,
    UNNAMED,
    lead_person,
    named_kinds,
    names_in,
    title_people,
    title_persons,
)
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
from bot.answer.words import STOPWORDS, closing_do, normalise, stem, stems_of, typed_words, words_of
from bot.briefs.model import Brief, Fact, Item, Person, Question, Quote, TimelineEntry

# Words that show an item reports someone speaking (for "what did X say" when X has no quotes).
_SPEECH = frozenset(
    stem(w)
    for w in "said told wrote write declined comment refused announced announcement statement asked called "
    "pledged promised stated according argued warned added testified testimony insisted acknowledged complained "
    "criticized criticised replied responded".split()
)
# Where the phrase saying what a people entry is ends, its last word the head noun: "Governor of Indiana", "30-year-old
# daughter of …" (each clause of a role after a semicolon says it anew: "school principal; Jane Doe's mother").
_ROLE_HEAD_END = re.compile(
    r"[,;(:]|\b(?:who|whose|that|which|by|of|for|to|in|at|from|with|on|and|after|since)\b", re.I
)
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


def _sections(items: list[tuple[str, Item]]) -> dict[str, frozenset[int]]:
    numbers: dict[str, set[int]] = {}
    for n, (section, _item) in enumerate(items):
        numbers.setdefault(section, set()).add(n)
    return {section: frozenset(found) for section, found in numbers.items()}


def build_index(brief: Brief) -> Index:
    """The brief's index, built anew: a pure function of the brief. Whoever holds the brief keeps its index beside
    it (the library in service keeps one per decoded brief), so it is built once per brief, not once per ask."""
    items = list(brief.all_items())
    mentions = title_persons(brief)
    postings, surface, texts = _postings(items)
    own = [primary_text(item) for _section, item in items]
    known = [_known_part(item, text) for (_section, item), text in zip(items, own, strict=True)]
    people = _People.of(items)
    speakers = _Speakers.of(items)
    item_figures = {n: figures(_AGE.sub(" ", text)) for n, text in enumerate(known)}  # an age answers "how old"
    primary = {n: set(stems_of(text)) for n, text in enumerate(own)}
    item_names = {n: names_in(item, own[n]) for n, (_section, item) in enumerate(items)}
    kinds_and_lists = {n: named_kinds(item, own[n]) for n, (_section, item) in enumerate(items)}
    has_place = _matching(own, _PLACE)
    dates = {n: getattr(item, "date", None) for n, (_section, item) in enumerate(items)}
    return Index(
        items=items,
        postings=postings,
        unknown_weight=_unknown_weight(len(items)),
        surface_list=sorted(surface),
        surface_count=surface,
        aliases=people.aliases,
        alias_people=people.alias_people,
        phrase_starts=phrase_starts(people.aliases, SYNONYM_STARTS),
        speakers=speakers.weights,
        speaker_len=speakers.lengths,
        people_names=people.names,
        people_words=frozenset(s for found in people.names.values() for s in found),
        people_kinds=people.kinds,
        unnamed=_unnamed(items),
        has_number={n for n, found in item_figures.items() if found},
        counts_times=_matching(own, _TIMES),
        figures=item_figures,
        counts={n: figures(_MEASURE.sub(" ", known[n])) if found else found for n, found in item_figures.items()},
        has_age=_matching(own, _AGE),
        has_place=has_place,
        has_origin=_matching(own, _ORIGIN),
        has_venue=has_place | _matching(own, _VENUE) | _quoted_where(items),
        has_occasion=_matching(own, _OCCASION),
        has_destination=has_place | _matching(own, _DESTINATION),
        has_reason=_reasons(items, own),
        dated={n for n, date in dates.items() if date},
        day_dated={n for n, date in dates.items() if (date and len(date) == 10) or _MONTH_DAY.search(own[n])},
        spans=_matching(own, _SPAN),
        lasted={n: spanned(text) for n, text in enumerate(own) if _SPAN.search(text)},
        defines={n: _defined(section, item, own[n]) for n, (section, item) in enumerate(items)},
        has_money=_matching(own, _MONEY),
        speech=_speech(own, primary),
        basis=_bases(items),
        names=item_names,
        name_words=frozenset(w for found in item_names.values() for name in found for w in name),
        speaker_names=speakers.names,
        named_kinds={n: kinds for n, (kinds, _lists) in kinds_and_lists.items()},
        name_lists={n: lists for n, (_kinds, lists) in kinds_and_lists.items()},
        counted={n: counted(text) for n, text in enumerate(own)},
        primary=primary,
        central_facts=_central_facts(brief, items, postings, primary),
        published=brief.source.published,
        timeline=_timeline(items),
        open_questions=_open_questions(items),
        in_section=_sections(items),
        ask_stems=_ask_stems(items),
        asked_as=_asked_as(items),
        short_forms=short_forms(texts),
        lead_person=lead_person(mentions),
        title_people=title_people(mentions),
        title_persons=frozenset(name for _listed, _at, _joined, name in mentions),
        id_stems=_id_stems(items),
    )


def _idf(postings: dict[str, dict[int, float]], total: int) -> dict[str, float]:
    """Each stem's inverse item frequency over the brief's `total` items."""
    return {s: math.log(1 + (total - len(row) + 0.5) / (len(row) + 0.5)) for s, row in postings.items()}


def _unknown_weight(total: int) -> float:
    """What a concept found in no item weighs: more than the rarest word the brief has (one in a single item)."""
    rarest = math.log(1 + (total - 1 + 0.5) / 1.5)
    return UNKNOWN_WEIGHT * rarest


def _central_facts(
    brief: Brief, items: list[tuple[str, Item]], postings: dict[str, dict[int, float]], primary: dict[int, set[str]]
) -> list[int]:
    """The facts, most central first: by how much of the brief's summary and title each holds, for whole-story
    asks."""
    idf = _idf(postings, len(items))
    summary = set(stems_of(f"{brief.summary} {brief.title}"))

    def centrality(n: int) -> float:
        mine = primary[n]
        return sum(idf.get(s, 0.0) for s in mine & summary) / (1.0 + sum(idf.get(s, 0.0) for s in mine)) ** 0.5

    facts = [n for n, (section, _item) in enumerate(items) if section == "facts"]
    return sorted(facts, key=lambda n: (-centrality(n), n))


def _unnamed(items: list[tuple[str, Item]]) -> frozenset[int]:
    """The people entries whose name says the story does not give it ("Governor (unnamed)")."""
    return frozenset(n for n, (_s, item) in enumerate(items) if isinstance(item, Person) and UNNAMED.search(item.name))


def _timeline(items: list[tuple[str, Item]]) -> list[int]:
    """The timeline entries in date order."""
    entries = [(item.date, n) for n, (_section, item) in enumerate(items) if isinstance(item, TimelineEntry)]
    return [n for _date, n in sorted(entries)]


def _ask_stems(items: list[tuple[str, Item]]) -> dict[int, list[set[str]]]:
    """Each item → the stems of each of its editor's asks ("do" too when it closes one: "what does the bill do")."""
    return {
        n: [set(stems_of(ask)) | closing_do(words_of(ask)) for ask in item.asks]
        for n, (_section, item) in enumerate(items)
    }


def _open_questions(items: list[tuple[str, Item]]) -> list[int]:
    """The open questions, in brief order."""
    return [n for n, (_s, item) in enumerate(items) if isinstance(item, Question) and item.status == "open"]


def _quoted_where(items: list[tuple[str, Item]]) -> set[int]:
    """The quotes saying whom they were said to or on what occasion, which answer "where did X say it"."""
    return {n for n, (_s, item) in enumerate(items) if isinstance(item, Quote) and (item.to or item.context)}


def _bases(items: list[tuple[str, Item]]) -> dict[int, list[str]]:
    """Each item with a basis → the stems of whose word it is: not whom it was written or said to ("Letter from the
    chairman to Acme")."""
    bases = {n: getattr(item, "basis", None) for n, (_section, item) in enumerate(items)}
    return {n: [stem(w) for w in words_of(_TO_RECIPIENT.split(basis)[0])] for n, basis in bases.items() if basis}


def _id_stems(items: list[tuple[str, Item]]) -> dict[int, frozenset[str]]:
    """Each item → the stems of the words its editor named it by: an id names what the item is about, like an ask;
    a person's, only them (left out)."""
    return {
        n: frozenset(s for s in stems_of(_id_words(item.id)) if not s.isdigit())
        for n, (_section, item) in enumerate(items)
        if not isinstance(item, Person)
    }


def _postings(items: list[tuple[str, Item]]) -> tuple[dict[str, dict[int, float]], dict[str, int], list[list[str]]]:
    """Each stem's items with the best weight of a field holding it; how often the brief uses each word of three
    letters or more (for typo correction); and every field's words, in order (for short forms)."""
    postings: dict[str, dict[int, float]] = {}
    surface: dict[str, int] = {}
    texts: list[list[str]] = []
    for n, (_section, item) in enumerate(items):
        for text, weight in _fields(item):
            texts.append(words_of(text))
            for k, word in enumerate(texts[-1]):
                if word in STOPWORDS or (word == "close" and _approximate(texts[-1], k)):
                    continue
                if len(word) >= 3:
                    surface[word] = surface.get(word, 0) + 1
                row = postings.setdefault(stem(word), {})
                if row.get(n, 0.0) < weight:
                    row[n] = weight
    return postings, surface, texts


@dataclass(frozen=True)
class _People:
    """What the brief's people entries say: each one's name stems, and what kind of person or body it is (its
    role's head nouns), and each name or alias as typed → the name phrases and entries it stands for."""

    names: dict[int, set[str]]
    kinds: dict[int, frozenset[str]]
    aliases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    alias_people: dict[tuple[str, ...], frozenset[int]]

    @classmethod
    def of(cls, items: list[tuple[str, Item]]) -> _People:
        people = cls({}, {}, {}, {})
        for n, (_section, item) in enumerate(items):
            if not isinstance(item, Person):
                continue
            names = [item.name, *item.aliases]
            phrases = tuple(tuple(stems_of(name)) for name in names if stems_of(name))
            people.names[n] = {s for phrase in phrases for s in phrase}
            heads = (stems_of(_ROLE_HEAD_END.split(clause, 1)[0])[-1:] for clause in item.role.split(";"))
            people.kinds[n] = frozenset(people.names[n].union(*heads))
            for name in names:
                words = tuple(w for w in words_of(name) if w not in STOPWORDS)
                if words:
                    people.aliases[words] = tuple(dict.fromkeys(people.aliases.get(words, ()) + phrases))
                    people.alias_people[words] = people.alias_people.get(words, frozenset()) | {n}
        return people


@dataclass(frozen=True)
class _Speakers:
    """Who speaks each quote: stems weighted by what they say of the speaker (name 1.0, note 0.5, role
    ROLE_WEIGHT), how many words the name has, and the speaker's words as written."""

    weights: dict[int, dict[str, float]]
    lengths: dict[int, int]
    names: dict[int, frozenset[str]]

    @classmethod
    def of(cls, items: list[tuple[str, Item]]) -> _Speakers:
        speakers = cls({}, {}, {})
        for n, (_section, item) in enumerate(items):
            if not isinstance(item, Quote):
                continue
            name, note = _split_note(item.speaker)
            weights = {s: ROLE_WEIGHT for s in stems_of(item.role)}
            weights.update({s: 0.5 for s in stems_of(note)})
            weights.update({s: 1.0 for s in stems_of(name)})
            speakers.weights[n] = weights
            speakers.lengths[n] = max(1, len(set(stems_of(name))))
            speakers.names[n] = frozenset(normalise(item.speaker).split()) - NOT_NAMES
        return speakers


def _matching(own: list[str], pattern: re.Pattern) -> set[int]:
    """The items whose own text the pattern finds something in."""
    return {n for n, text in enumerate(own) if pattern.search(text)}


def _reasons(items: list[tuple[str, Item]], own: list[str]) -> set[int]:
    """The items giving a reason, or whose editor's asks say they explain ("why …", "what caused …")."""
    return {
        n
        for n, (_section, item) in enumerate(items)
        if _REASON.search(normalise(own[n]))
        or _REASON_CLAUSE.search(own[n])
        or any(_EXPLAINING_ASK.search(normalise(ask)) for ask in item.asks)
    }


def _speech(own: list[str], primary: dict[int, set[str]]) -> dict[int, tuple[list[str], list[int]]]:
    """Each item reporting speech → its own text's stems ("." ends a sentence), and where its words of speech are."""
    speech = {}
    for n, text in enumerate(own):
        if _SPEECH & primary[n]:
            sequence = [stem(w) for sentence in _SENTENCE_END.split(text) for w in [*words_of(sentence), "."]]
            speech[n] = (sequence, [k for k, s in enumerate(sequence) if s in _SPEECH])
    return speech


def _asked_as(items: list[tuple[str, Item]]) -> dict[str, list[int]]:
    """An ask's words as typed (typed_words) → the items whose editor asked it so."""
    asked_as: dict[str, list[int]] = {}
    for n, (_section, item) in enumerate(items):
        for typed in dict.fromkeys(typed_words(ask) for ask in item.asks):
            asked_as.setdefault(typed, []).append(n)
    return asked_as

"""The per-brief index: every item's words once, with what the intent rules need; built by `build_index`, owned
by whoever holds the brief (no state of its own in this module)."""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field

from cachetools import LRUCache

from bot.answer.cues import (
    AGE,
    DESTINATION,
    LENGTH,
    MEASURE,
    MONEY,
    MONTH_DAY,
    OCCASION,
    ORIGIN,
    PLACE,
    ROLE_HEAD_END,
    SENTENCE_END,
    SPAN,
    SPEECH,
    TIMES,
    TO_RECIPIENT,
    VENUE,
    WEEKDAY,
    WHERE_HELD,
    approximate,
    counted,
    defined_things,
    figures,
    gives_reason,
    spanned,
)
from bot.answer.itemnames import NOT_NAMES, UNNAMED, lead_person, named_kinds, names_in, title_people, title_persons
from bot.answer.itemtext import id_words, item_fields, known_part, primary_text, split_note
from bot.answer.shortforms import short_forms
from bot.answer.tuning import CONCEPT_CACHE_SIZE, CORRECTIONS_CACHE_SIZE, UNKNOWN_WEIGHT, VERBATIM_RUN
from bot.answer.vocabulary import SYNONYM_STARTS, phrase_starts
from bot.answer.words import STOPWORDS, closing_do, normalise, stem, stems_of, typed_words, words_of
from bot.briefs.model import Brief, Item, Person, Question, Quote, TimelineEntry

ROLE_WEIGHT = 0.7  # how much a word of a quote's speaker's role says who speaks (their name: 1.0, a note: 0.5)


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
    lengths: set[int]  # items giving a length of time or way: a stretch, or a figure with its unit ("a two-mile march")
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
    word_runs: dict[tuple[str, ...], frozenset[int]]  # every VERBATIM_RUN words in a row of an item's own text
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

    def quoting(self, spans: list[str]) -> list[int]:
        """The items whose own words these parts of an ask give VERBATIM_RUN or more in a row (a reporter pasting a
        line to ask who said it), the most shared first, then quotes before other items."""
        shared: dict[int, int] = {}
        for span in spans:
            for run in _runs(span):
                for n in self.word_runs.get(run, ()):
                    shared[n] = shared.get(n, 0) + 1
        return sorted(shared, key=lambda n: (-shared[n], self.items[n][0] != "quotes", n))

    def cite(self, numbers: list[int]) -> tuple[tuple[str, Item], ...]:
        """The (section, item) pairs of these item numbers, in their order."""
        return tuple(self.items[n] for n in numbers)


def _runs(text: str):
    """Every VERBATIM_RUN words in a row of the text, normalised: what an item's own text and a pasted line share."""
    words = normalise(text).split()
    return (tuple(words[at : at + VERBATIM_RUN]) for at in range(len(words) - VERBATIM_RUN + 1))


def _word_runs(own: list[str]) -> dict[tuple[str, ...], frozenset[int]]:
    runs: dict[tuple[str, ...], set[int]] = {}
    for n, text in enumerate(own):
        for run in _runs(text):
            runs.setdefault(run, set()).add(n)
    return {run: frozenset(found) for run, found in runs.items()}


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
    known = [known_part(item, text) for (_section, item), text in zip(items, own, strict=True)]
    as_words = _as_words(own)
    people = _People.of(items, as_words)
    speakers = _Speakers.of(items)
    item_figures = {n: figures(AGE.sub(" ", text)) for n, text in enumerate(known)}  # an age answers "how old"
    primary = {n: set(stems_of(text)) for n, text in enumerate(own)}
    item_names = {n: names_in(item, own[n]) for n, (_section, item) in enumerate(items)}
    kinds_and_lists = {n: named_kinds(item, own[n]) for n, (_section, item) in enumerate(items)}
    has_place = _matching(own, PLACE) | _venue_entries(items)
    dates = {n: getattr(item, "date", None) for n, (_section, item) in enumerate(items)}
    spans = _matching(own, SPAN)
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
        counts_times=_matching(own, TIMES),
        figures=item_figures,
        counts={n: figures(MEASURE.sub(" ", known[n])) if found else found for n, found in item_figures.items()},
        has_age=_matching(own, AGE),
        has_place=has_place,
        has_origin=_matching(own, ORIGIN),
        has_venue=has_place | _matching(own, VENUE) | _quoted_where(items),
        has_occasion=_matching(own, OCCASION),
        has_destination=has_place | _matching(own, DESTINATION),
        has_reason={n for n, (_s, item) in enumerate(items) if gives_reason(own[n], item.asks)},
        dated={n for n, date in dates.items() if date},
        day_dated={
            n
            for n, date in dates.items()
            if (date and len(date) == 10) or MONTH_DAY.search(own[n]) or WEEKDAY.search(own[n])
        },
        spans=spans,
        lengths=spans | _matching(own, LENGTH),
        lasted={n: spanned(text) for n, text in enumerate(own) if SPAN.search(text)},
        defines={n: defined_things(section, item, own[n]) for n, (section, item) in enumerate(items)},
        has_money=_matching(own, MONEY),
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
        word_runs=_word_runs(own),
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
    return {n: [stem(w) for w in words_of(TO_RECIPIENT.split(basis)[0])] for n, basis in bases.items() if basis}


def _id_stems(items: list[tuple[str, Item]]) -> dict[int, frozenset[str]]:
    """Each item → the stems of the words its editor named it by: an id names what the item is about, like an ask;
    a person's, only them (left out)."""
    return {
        n: frozenset(s for s in stems_of(id_words(item.id)) if not s.isdigit())
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
        for text, weight in item_fields(item):
            texts.append(words_of(text))
            for k, word in enumerate(texts[-1]):
                if word in STOPWORDS or (word == "close" and approximate(texts[-1], k)):
                    continue
                if len(word) >= 3:
                    surface[word] = surface.get(word, 0) + 1
                row = postings.setdefault(stem(word), {})
                if row.get(n, 0.0) < weight:
                    row[n] = weight
    return postings, surface, texts


# A name in a people entry's name that owns what the entry is ("Jane Doe's husband"): someone else's name.
_POSSESSOR = re.compile(r"((?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*)['\u2019]s\b")
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
_SURNAME_PARTICLES = frozenset("van von de del della der den da dos das du la le al el bin ibn".split())


def surname(name: str) -> str:
    """A person's surname as written: the last word of the name, with the particles before it ("de Blasio", "Van
    Dyke"), without a suffix ("Jr."); none for a name of one word."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in _NAME_SUFFIXES:
        words.pop()
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _SURNAME_PARTICLES:
        start -= 1
    return " ".join(words[start:]).strip(",") if start > 0 else ""


def _typed_as(name: str) -> set[tuple[str, ...]]:
    """The words a name is typed in: without its stopwords, and whole inside ("Center for Biological Diversity")."""
    words = words_of(name)
    content = [k for k, w in enumerate(words) if w not in STOPWORDS]
    if not content:
        return set()
    return {tuple(words[k] for k in content), tuple(words[content[0] : content[-1] + 1])}


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


def _as_words(texts: list[str]) -> frozenset[str]:
    """The words the texts write in lower case, as words, even where a name holds one ("the price", "Ann Price")."""
    return frozenset(w for text in texts for w in _LOWER_WORD.findall(text))


def _one_person(person: Person) -> bool:
    """A person's entry naming one person ("Jane Doe", not "Doe and Roe" or "(unnamed) aide")."""
    return person.kind == "person" and not re.search(r"[(),&/]| and ", person.name)


@dataclass(frozen=True)
class _People:
    """What the brief's people entries say: each one's name stems, and what kind of person or body it is (its
    role's head nouns), and each name or alias as typed → the name phrases and entries it stands for."""

    names: dict[int, set[str]]
    kinds: dict[int, frozenset[str]]
    aliases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    alias_people: dict[tuple[str, ...], frozenset[int]]

    @classmethod
    def of(cls, items: list[tuple[str, Item]], as_words: frozenset[str]) -> _People:
        people = cls({}, {}, {}, {})
        for n, (_section, item) in enumerate(items):
            if not isinstance(item, Person):
                continue
            names = [item.name, *item.aliases]
            phrases = tuple(tuple(stems_of(name)) for name in names if stems_of(name))
            owners = {s for name in names for owner in _POSSESSOR.findall(name) for s in stems_of(owner)}
            people.names[n] = {s for phrase in phrases for s in phrase} - owners
            heads = (stems_of(ROLE_HEAD_END.split(clause, 1)[0])[-1:] for clause in item.role.split(";"))
            people.kinds[n] = frozenset(people.names[n].union(*heads))
            for name in names:
                for words in _typed_as(name):
                    people.aliases[words] = tuple(dict.fromkeys(people.aliases.get(words, ()) + phrases))
                    people.alias_people[words] = people.alias_people.get(words, frozenset()) | {n}
        people._add_surnames(items, as_words)
        return people

    def _add_surnames(self, items: list[tuple[str, Item]], as_words: frozenset[str]) -> None:
        """A person's surname alone stands for them, as news names them the second time ("Dyer" for Buddy Dyer), when
        the editor gave no such alias, no one else in the brief bears it and the brief never writes it in lower case
        (a word it uses as a word: "Price", "King")."""
        borne = Counter(s for stems in self.names.values() for s in stems)
        for n, (_section, item) in enumerate(items):
            if not isinstance(item, Person) or not _one_person(item):
                continue
            name = surname(item.name)
            words = tuple(words_of(name))
            if not words or words in self.aliases or borne[stem(words[-1])] > 1 or words[-1] in as_words:
                continue
            full = tuple(w for w in words_of(item.name) if w not in STOPWORDS)
            self.aliases[words] = (*self.aliases.get(full, ()), tuple(stems_of(name)))
            self.alias_people[words] = frozenset({n})


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
            name, note = split_note(item.speaker)
            weights = {s: ROLE_WEIGHT for s in stems_of(item.role)}
            weights.update({s: 0.5 for s in stems_of(note)})
            weights.update({s: 1.0 for s in stems_of(name)})
            speakers.weights[n] = weights
            speakers.lengths[n] = max(1, len(set(stems_of(name))))
            speakers.names[n] = frozenset(normalise(item.speaker).split()) - NOT_NAMES
        return speakers


def _venue_entries(items: list[tuple[str, Item]]) -> set[int]:
    """The people entries whose role says something happened there ("radio station where Doe spoke"): places."""
    return {n for n, (_s, item) in enumerate(items) if isinstance(item, Person) and WHERE_HELD.search(item.role)}


def _matching(own: list[str], pattern: re.Pattern) -> set[int]:
    """The items whose own text the pattern finds something in."""
    return {n for n, text in enumerate(own) if pattern.search(text)}


def _speech(own: list[str], primary: dict[int, set[str]]) -> dict[int, tuple[list[str], list[int]]]:
    """Each item reporting speech → its own text's stems ("." ends a sentence), and where its words of speech are."""
    speech = {}
    for n, text in enumerate(own):
        if SPEECH & primary[n]:
            sequence = [stem(w) for sentence in SENTENCE_END.split(text) for w in [*words_of(sentence), "."]]
            speech[n] = (sequence, [k for k, s in enumerate(sequence) if s in SPEECH])
    return speech


def _asked_as(items: list[tuple[str, Item]]) -> dict[str, list[int]]:
    """An ask's words as typed (typed_words) → the items whose editor asked it so."""
    asked_as: dict[str, list[int]] = {}
    for n, (_section, item) in enumerate(items):
        for typed in dict.fromkeys(typed_words(ask) for ask in item.asks):
            asked_as.setdefault(typed, []).append(n)
    return asked_as


def after_publication(date: str | None, published: str) -> bool:
    """Whether a date (at day, month or year precision) is after the story's day of publication; False for none."""
    return date is not None and date > published[: len(date)]

"""Answering a reporter's follow-up from one brief only (pure; knows nothing of Slack).

The method, chosen by measurement on tests/answers/devset.yaml (see bench/bench_answers.py):

* Text is folded to lower case, contractions are expanded and words are lightly stemmed (plural and
  verb endings, a final "e", then the first seven letters), so "pitched", "pitching" and "pitch" meet.
* A small hand-written map of newsroom vocabulary ("drug agency" → DEA, "cops" → police, "face rec" →
  facial recognition) and the brief's own people/organisation aliases turn the ask into *concepts*, each a
  set of alternative phrases. A concept matches an item when any alternative's words are all in it.
* Every item is indexed once per brief (fields weighted: text, asks, names and dates count fully; roles,
  context and basis less). A concept weighs its inverse item frequency; a concept found in NO item
  ("Nadella", "stock", "iPhone") weighs more than any known word, because it is strong evidence that
  the brief does not cover the ask.
* An item's base score is the share of the ask's weight it matches. The ask is covered when the best
  base score reaches ``COVER_THRESHOLD``; otherwise the answer cites nothing and offers the open
  questions closest to the ask.
* Intent rules (question word → preferred sections) only reorder items that already match: who → people,
  when → dated items, how many → items with figures, "what did X say" → quotes by X (speaker, role or
  organisation), yes/no → open questions. Asks that are all intent ("timeline?", "what don't we know",
  "tl;dr", "acLU quotes") are answered from the section itself.
* Typos are corrected against the brief's own words with rapidfuzz before anything else.

Cost depends only on the one brief: its index is built on first use and cached by object identity.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.model import Brief, Fact, Item, Person, Question, Quote, TimelineEntry

# ---------------------------------------------------------------------------------------------------
# Tunables (set on the tune split only).

COVER_THRESHOLD = 0.45  # best base score needed to say the brief covers the ask
UNKNOWN_WEIGHT = 1.5  # weight of a concept no item has, as a multiple of the rarest known word's weight
FUZZY_CUTOFF = 80  # rapidfuzz ratio for correcting a typo to a word of the brief
FUZZY_FACTOR = 0.9  # a typo-corrected word counts this much of a clean match
SYNONYM_FACTOR = 0.9  # a match through the synonym map or an alias counts this much of the word as typed
ANCHOR_FACTOR = 0.5  # words after "after"/"before"/"since" only place the ask in time: they weigh this much
KEEP_RATIO = 0.8  # further citations must score this share of the best one
MAX_CITED = 3
NEAR_THRESHOLD = 0.2  # base score an open question needs to be offered as "near" an uncovered ask
MAX_NEAR = 3
CACHE_SIZE = 256


@dataclass(frozen=True)
class Answer:
    """What the brief says to one ask: cited items (best first), or nothing and the nearest open questions."""

    story: str
    cited: tuple[tuple[str, Item], ...]
    near_questions: tuple[Question, ...] = ()

    @property
    def covered(self) -> bool:
        return bool(self.cited)


# ---------------------------------------------------------------------------------------------------
# Words.

_CONTRACTIONS = (
    (r"\bwon't\b", "will not"),
    (r"\bcan't\b", "can not"),
    (r"n't\b", " not"),
    (r"\b(what|who|where|when|how|that|it|there|here)'s\b", r"\1 is"),
    (r"\b(whats|whos|wheres|whens|hows)\b", lambda m: m.group(1)[:-1] + " is"),
    (r"\b(dont|doesnt|didnt|isnt|wasnt|arent|werent|havent|hasnt)\b", lambda m: m.group(1)[:-2] + " not"),
    (r"'s\b", ""),
    (r"s'(?=\s|$)", "s"),
    (r"'(re|ve|ll|d|m)\b", ""),
)
_CONTRACTIONS_RE = [(re.compile(pattern), repl) for pattern, repl in _CONTRACTIONS]
_TOKEN = re.compile(r"[a-z0-9]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, contractions expanded, punctuation to single spaces."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = text.replace("tl;dr", "tldr").replace("tl:dr", "tldr").replace("tl dr", "tldr")
    text = _THOUSANDS.sub("", text)
    for pattern, repl in _CONTRACTIONS_RE:
        text = pattern.sub(repl, text)
    return " ".join(_TOKEN.findall(text))


def stem(word: str) -> str:
    """A light stemmer: plural and verb endings, "-ly", a final "e", then at most seven letters."""
    w = word
    if w.isdigit():
        return w
    if len(w) > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    elif len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ly"):
        w = w[:-2]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w[:7]


STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any anyone anything are as at be been before being
    between both but by can could did do does doing done during each either else etc ever every for from further
    had has have having he her here hers him his how i if in into is it its itself just let me more most my
    no nor not now of off on once only or other our ours out over own per quite rather re same she should so
    some such than that the their theirs them then there these they this those through to too under up
    upon us very was we were what whatever when where whether which while who whom whose why will with would
    yet you your yours ok okay hi hey hello yes yeah
    """.split()
)
# Words that carry no content in a follow-up: filler, politeness, and the verbs of asking.
FILLER = frozenset(
    """
    pls plz please thanks thank thx ty cheers bot tell know knew explain details detail info information stuff
    thing things deal exactly really actually basically anyway story here going get got give gave mean means
    kind sort lot lots bit quick quickly remind again also like want wanted need needs wondering wonder curious
    question questions ask asked asking happen happened happening happens think thought much many long new
    mention mentioned mentions
    """.split()
)

# Newsroom vocabulary → words a brief uses. Each key (a word or phrase as typed) adds its alternatives.
SYNONYMS: dict[str, tuple[str, ...]] = {
    # agencies and organisations
    "drug agency": ("dea",),
    "drug enforcement": ("dea",),
    "drug enforcement agency": ("dea",),
    "narcotics agency": ("dea",),
    "drug cops": ("dea",),
    "feds": ("federal",),
    "federal government": ("federal",),
    "fed": ("federal",),
    "justice dept": ("justice department",),
    "dept of justice": ("justice department",),
    "department of justice": ("justice department",),
    "justice": ("justice department",),
    "pentagon": ("defense department",),
    "military": ("defense department",),
    "defence": ("defense",),
    "immigration": ("ice", "immigration"),
    "msft": ("microsoft",),
    "ms": ("microsoft",),
    "redmond": ("microsoft", "redmond"),
    "aws": ("amazon",),
    "bf": ("buzzfeed",),
    "bfn": ("buzzfeed",),
    "civil liberties": ("aclu",),
    # technology
    "face rec": ("facial recognition",),
    "facial rec": ("facial recognition",),
    "face recognition": ("facial recognition",),
    "face id": ("facial recognition",),
    "frt": ("facial recognition",),
    "fr": ("facial recognition",),
    "face": ("facial", "face"),
    "faces": ("facial", "face"),
    "rec": ("recognition",),
    "ai": ("ai", "artificial intelligence"),
    "cloud": ("cloud", "azure"),
    "gov cloud": ("government cloud", "mag"),
    "govt cloud": ("government cloud", "mag"),
    "government cloud": ("government cloud", "mag"),
    "govt": ("government",),
    "gov": ("government",),
    "ocr": ("optical character recognition", "text recognition"),
    "pics": ("photos",),
    "pictures": ("photos",),
    "images": ("photos",),
    "tech": ("technology",),
    "cto": ("chief technology officer", "cto"),
    "tech chief": ("chief technology officer", "cto"),
    "tech boss": ("chief technology officer", "cto"),
    "software": ("software", "tool", "technology"),
    # police
    "cops": ("police",),
    "cop": ("police",),
    "policing": ("police",),
    "pd": ("police",),
    "pds": ("police departments",),
    "police departments": ("police",),
    "police forces": ("police",),
    "local police": ("police",),
    # selling, pitching
    "sell": ("sell", "sale", "pitch", "offer"),
    "selling": ("sell", "sale", "pitch", "offer"),
    "sales": ("sell", "sale", "pitch", "offer"),
    "market": ("pitch", "market", "sell"),
    "marketed": ("pitch", "market", "sell"),
    "marketing": ("pitch", "market", "sell"),
    "pitch": ("pitch", "sell", "offer"),
    "pitched": ("pitch", "sell", "offer"),
    "pitching": ("pitch", "sell", "offer"),
    "offer": ("offer", "pitch", "sell"),
    "offered": ("offer", "pitch", "sell"),
    "push": ("pitch", "push"),
    "pushed": ("pitch", "push"),
    "contract": ("contract", "deal"),
    "customers": ("customer", "used"),
    "clients": ("customer", "used"),
    "buy": ("buy", "adopt", "moved forward", "deploy"),
    "bought": ("buy", "adopt", "moved forward", "deploy"),
    "adopt": ("adopt", "moved forward", "deploy", "go ahead"),
    "adopted": ("adopt", "moved forward", "deploy", "go ahead"),
    # stopping, pledging
    "pause": ("moratorium", "stop", "pause"),
    "paused": ("moratorium", "stop", "pause"),
    "halt": ("moratorium", "stop"),
    "ban": ("moratorium", "stop", "ban"),
    "freeze": ("moratorium", "stop"),
    "suspend": ("moratorium", "stop"),
    "quit": ("stop", "no longer", "quit"),
    "backed off": ("pulled back", "stop"),
    "back off": ("pulled back", "stop"),
    "backed away": ("pulled back", "stop"),
    "pulled out": ("pulled back", "stop"),
    "promise": ("pledge", "promise"),
    "promised": ("pledge", "promise"),
    "commitment": ("pledge", "commit"),
    "committed": ("pledge", "commit"),
    "vow": ("pledge",),
    "vowed": ("pledge",),
    "announcement": ("pledge", "announce", "said"),
    # law and courts
    "sue": ("sue", "lawsuit", "court"),
    "sued": ("sue", "lawsuit", "court"),
    "suing": ("sue", "lawsuit", "court"),
    "lawsuit": ("lawsuit", "sue"),
    "court": ("court", "sue", "lawsuit"),
    "litigation": ("lawsuit", "sue"),
    "legal action": ("lawsuit", "sue"),
    "foia": ("public records",),
    "records request": ("public records request",),
    "regulate": ("regulation", "regulate"),
    "regulated": ("regulation", "regulate"),
    "regulation": ("regulation", "regulate"),
    "rules": ("regulation", "norms"),
    "oversight": ("regulation",),
    "legislation": ("law", "regulation"),
    # documents
    "docs": ("documents", "emails"),
    "documents": ("documents", "emails"),
    "emails": ("emails", "documents"),
    "email": ("email", "emails"),
    "mail": ("email",),
    "papers": ("documents",),
    "files": ("documents",),
    "note": ("note", "email", "message"),
    "message": ("message", "email", "note"),
    "follow up": ("follow-up",),
    "followup": ("follow-up",),
    # bias
    "bias": ("racial", "misidentification", "minorities", "bias"),
    "biased": ("racial", "misidentification", "minorities", "bias"),
    "racist": ("racial", "racist", "racially"),
    "racism": ("racial", "racist", "racially"),
    "discrimination": ("racial", "racially disparate", "misidentification"),
    "discriminatory": ("racial", "racially disparate", "misidentification"),
    "minorities": ("minorities", "racial"),
    "mistakes": ("misidentification",),
    "errors": ("misidentification",),
    "false matches": ("misidentification",),
    "misidentify": ("misidentification", "misidentifies"),
    "research": ("studies", "research"),
    # people words
    "spokesman": ("spokesperson",),
    "spokeswoman": ("spokesperson",),
    "spokesperson": ("spokesperson",),
    "press office": ("spokesperson",),
    "reps": ("representatives", "representative"),
    "rep": ("representative",),
    "representatives": ("representatives", "representative"),
    "staffer": ("employee",),
    "staff": ("employee",),
    "guy": ("employee", "official", "person"),
    "person": ("person", "employee", "official"),
    "worker": ("employee",),
    "exec": ("president", "executive"),
    "boss": ("president",),
    "chief": ("chief", "president"),
    "official": ("official", "officer"),
    "officer": ("officer", "official"),
    "name": ("name", "redacted"),
    "named": ("name", "redacted"),
    "identity": ("name", "redacted"),
    "redacted": ("redacted",),
    # events
    "demo": ("demonstration", "demo"),
    "demos": ("demonstration", "demo"),
    "demonstrate": ("demonstration", "demo"),
    "demonstrated": ("demonstration", "demo"),
    "shown": ("demonstration", "shown", "show"),
    "show": ("demonstration", "shown", "show"),
    "showed": ("demonstration", "shown", "show"),
    "showcase": ("demonstration",),
    "presentation": ("demonstration",),
    "meeting": ("meeting", "meet", "met"),
    "meet": ("meeting", "meet", "met"),
    "met": ("meeting", "meet", "met"),
    "visit": ("visit", "went"),
    "visited": ("visit", "went"),
    "go": ("went", "visit", "go"),
    "went": ("went", "visit"),
    "trip": ("visit", "went"),
    "office": ("office",),
    "try": ("try", "test", "use"),
    "tried": ("try", "test", "use"),
    "try out": ("try", "test", "use"),
    "trial": ("test", "pilot", "try"),
    "test": ("test", "try", "pilot"),
    "tested": ("test", "try", "pilot"),
    "use": ("use", "deploy", "try", "test"),
    "used": ("use", "deploy", "try", "test"),
    "using": ("use", "deploy", "try", "test"),
    "deploy": ("deploy", "deployment", "use"),
    "deployed": ("deploy", "deployment", "use"),
    "search": ("search",),
    "searches": ("search",),
    "lookups": ("search",),
    "queries": ("search",),
    "build": ("build", "built"),
    "built": ("build", "built"),
    "made": ("build", "built"),
    "work": ("work", "relationship"),
    "works with": ("relationship", "work"),
    "relationship": ("relationship", "work"),
    "partner": ("relationship", "work"),
    "respond": ("comment", "respond", "declined"),
    "responded": ("comment", "respond", "declined"),
    "response": ("comment", "respond", "declined"),
    "reply": ("comment", "respond"),
    "comment": ("comment", "declined"),
    "commented": ("comment", "declined"),
    "no comment": ("declined to comment",),
    "permission": ("permission", "authorise", "authorised"),
    "authorised": ("permission", "authorise", "authorised"),
    "authorized": ("permission", "authorise", "authorised"),
    "allowed": ("permission", "authorise"),
    "let": ("permission", "authorise"),
    "protest": ("protests",),
    "protests": ("protests",),
    "protesters": ("protests",),
    "blm": ("protests",),
    "unrest": ("protests",),
    "published": ("published", "publish"),
    "reported": ("reported", "report", "published"),
    "report": ("reported", "report", "published"),
    "ran": ("published", "run", "ran"),
    "story": ("story",),
    "article": ("story", "published"),
    "database": ("database",),
    "based": ("based",),
    "headquartered": ("based",),
    "hq": ("based",),
    "involved": ("involved",),
    "cover": ("cover", "covered", "address"),
    "covers": ("cover", "covered", "address"),
    "apply": ("cover", "apply", "address"),
    "include": ("cover", "include", "address"),
    "loophole": ("loophole",),
    "condition": ("condition", "until"),
    "worried": ("concerning", "concern", "worried"),
    "concerned": ("concerning", "concern", "concerned"),
    "upset": ("concerning", "concern"),
    "criticism": ("concerning", "criticism"),
    "record": ("history", "record"),
    "track record": ("history",),
    "history": ("history",),
    "studies": ("studies", "study"),
    "study": ("studies", "study"),
    "users": ("users", "user"),
    "people": ("users", "people", "individuals", "person"),
    "first": ("first", "start"),
    "start": ("first", "start"),
    "begin": ("first", "start"),
    "last": ("last", "recent", "latest"),
    "latest": ("last", "recent", "latest"),
    "recent": ("last", "recent", "latest"),
    "keep": ("kept", "continue", "keep"),
    "kept": ("kept", "continue", "keep"),
    "continue": ("kept", "continue", "continued"),
    "continued": ("kept", "continue", "continued"),
    "still": ("still", "kept", "continued"),
    "available": ("running", "available", "offer"),
    "run": ("run", "running", "ran"),
    "running": ("run", "running"),
    "approved": ("approved", "approve"),
    "cleared": ("approved",),
    "sensitive": ("sensitive",),
    "connection": ("connected", "connection"),
    "link": ("connected", "linked", "link"),
    "linked": ("connected", "linked", "link"),
    "dollar": ("dollar", "$"),
    "cost": ("cost", "price"),
    "price": ("price", "cost"),
    "worth": ("worth", "value"),
    "translation": ("translation",),
    "transcription": ("transcription",),
    # dates
    "jan": ("january",),
    "feb": ("february",),
    "mar": ("march",),
    "apr": ("april",),
    "jun": ("june",),
    "jul": ("july",),
    "aug": ("august",),
    "sep": ("september",),
    "sept": ("september",),
    "oct": ("october",),
    "nov": ("november",),
    "dec": ("december",),
}

MONTHS = "january february march april may june july august september october november december".split()

# What people type for whole-section asks. Patterns run on normalise()d text.
_SUMMARY_RE = re.compile(
    r"\b(summary|summarise|summarize|summarise it|tldr|gist|overview|recap|nutshell|bottom line|"
    r"main points?|key points?|what is (this|it|the story|this story) about|what is the story|what is going on|"
    r"brief me|catch me up|fill me in|the story here|big picture|in short|short version|elevator pitch)\b"
)
_TIMELINE_RE = re.compile(
    r"\b(timeline|timelines|chronology|chronological|sequence of events|order of events|key dates|dates|date list)\b"
)
_UNKNOWN_RE = re.compile(
    r"\b(do not|dont) (we )?know\b|\bunclear\b|\bunknowns?\b|\bopen questions?\b|\bunanswered\b|\bunresolved\b|"
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
    r"ask|asked|reply|replied|respond|responded|state|stated|quote|mean"
)
_SAY_RES = (
    re.compile(rf"^(?:what|anything|how) (?:did|does|do|has|have|had) (?P<x>.+?) (?:{_SAY_VERBS})\b(?P<rest>.*)$"),
    re.compile(r"^(?:any |all |the )?(?:quotes?|quotations?) (?:from|by|of) (?P<x>.+?)(?P<rest>)$"),
    re.compile(r"^(?P<x>.+?) (?:quotes?|quotations?)(?P<rest>)$"),
    re.compile(r"^(?:what|anything) (?P<x>.+?) (?:said|says|wrote|told)\b(?P<rest>.*)$"),
)
_ALL_QUOTES_RE = re.compile(r"^(any |all |the )?(quotes?|quotations?|who said what)$")
_WHO_RE = re.compile(r"^who (?:is|are|was|were) (?P<x>.+)$")
_WHEN_RE = re.compile(r"\b(when|what date|what year|what month|which year|which month|date|dated|how long ago)\b")
_HOWMANY_RE = re.compile(r"\bhow (many|much|long|big|often)\b|\bnumber of\b|\bcount\b|\bfigures?\b|\bstats?\b")
_YESNO_RE = re.compile(r"^(did|does|do|has|have|had|was|were|is|are|will|would|can|could|any)\b")
_WHERE_RE = re.compile(r"\bwhere\b")
_WHO_SAID_RE = re.compile(rf"^who (?:{_SAY_VERBS})\b")
_SAY_WORDS = frozenset(_SAY_VERBS.split("|"))
_EVENT_RE = re.compile(r"\bwhat happened\b|\bwhat came (of|next)\b|\bthen what\b")
_INTENT_WORDS = frozenset(
    """
    summary summarise summarize tldr gist overview recap nutshell timeline timelines chronology chronological
    dates unclear unknown unknowns unanswered unresolved open quotes quote quotation quotations who when where
    why how
    """.split()
)
_NUMBER_WORDS = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|dozen|dozens|hundreds?|thousands?|millions?|"
    r"billions?)\b"
)


# ---------------------------------------------------------------------------------------------------
# The per-brief index.


@dataclass
class _Index:
    items: list[tuple[str, Item]]
    postings: dict[str, dict[int, float]]  # stem → item number → best field weight
    idf: dict[str, float]
    unknown_weight: float
    surface: dict[str, str]  # every word of the brief (not stopwords) → its stem, for typo correction
    surface_list: list[str]
    aliases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]  # alias phrase (words) → name/alias phrases (stems)
    alias_max: int
    speakers: dict[int, dict[str, float]]  # quote item number → stems of speaker (1.0) and role (0.7)
    speaker_len: dict[int, int]
    people_names: dict[int, set[str]]  # person item number → stems of name and aliases
    has_number: set[int]
    dated: set[int]
    central_facts: list[int]
    timeline: list[int]
    open_questions: list[int]
    ask_stems: dict[int, list[set[str]]]
    concept_cache: dict[tuple, dict[int, float]] = field(default_factory=dict)


_CACHE: OrderedDict[int, tuple[Brief, _Index]] = OrderedDict()


def _index_for(brief: Brief) -> _Index:
    key = id(brief)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is brief:
        _CACHE.move_to_end(key)
        return hit[1]
    index = _build_index(brief)
    _CACHE[key] = (brief, index)
    _CACHE.move_to_end(key)
    while len(_CACHE) > CACHE_SIZE:
        _CACHE.popitem(last=False)
    return index


def _words(text: str | None) -> list[str]:
    return normalise(text).split() if text else []


def _stems(text: str | None) -> list[str]:
    return [stem(w) for w in _words(text) if w not in STOPWORDS]


def _date_words(date: str | None) -> str:
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
    asks = [(ask, 1.0) for ask in item.asks]
    if isinstance(item, Fact):
        return [(item.text, 1.0), (_date_words(item.date), 0.8), (item.basis, 0.4), *asks]
    if isinstance(item, Quote):
        return [
            (item.text, 1.0),
            (item.speaker, 1.0),
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


def _primary_text(item: Item) -> str:
    if isinstance(item, TimelineEntry):
        return item.event
    if isinstance(item, Person):
        return f"{item.name} {item.role}"
    return getattr(item, "text", "")


def _build_index(brief: Brief) -> _Index:
    items = list(brief.all_items())
    postings: dict[str, dict[int, float]] = {}
    surface: dict[str, str] = {}
    for n, (_section, item) in enumerate(items):
        for text, weight in _fields(item):
            for word in _words(text):
                if word in STOPWORDS:
                    continue
                s = stem(word)
                if len(word) >= 3:
                    surface.setdefault(word, s)
                row = postings.setdefault(s, {})
                if row.get(n, 0.0) < weight:
                    row[n] = weight
    total = len(items)
    idf = {s: math.log(1 + (total - len(row) + 0.5) / (len(row) + 0.5)) for s, row in postings.items()}
    rarest = math.log(1 + (total - 1 + 0.5) / 1.5)
    aliases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    people_names: dict[int, set[str]] = {}
    speakers: dict[int, dict[str, float]] = {}
    speaker_len: dict[int, int] = {}
    has_number: set[int] = set()
    dated: set[int] = set()
    timeline: list[int] = []
    open_questions: list[int] = []
    ask_stems: dict[int, list[set[str]]] = {}
    for n, (section, item) in enumerate(items):
        ask_stems[n] = [set(_stems(ask)) for ask in item.asks]
        if isinstance(item, Person):
            names = [item.name, *item.aliases]
            phrases = tuple(tuple(_stems(name)) for name in names if _stems(name))
            people_names[n] = {s for phrase in phrases for s in phrase}
            for name in names:
                words = tuple(w for w in _words(name) if w not in STOPWORDS)
                if words:
                    aliases[words] = tuple(dict.fromkeys(aliases.get(words, ()) + phrases))
        if isinstance(item, Quote):
            weights = {s: 0.7 for s in _stems(item.role)}
            weights.update({s: 1.0 for s in _stems(item.speaker)})
            speakers[n] = weights
            speaker_len[n] = max(1, len(set(_stems(item.speaker))))
        if _NUMBER_WORDS.search(normalise(_primary_text(item))):
            has_number.add(n)
        if getattr(item, "date", None):
            dated.add(n)
        if section == "timeline":
            timeline.append(n)
        if isinstance(item, Question) and item.status == "open":
            open_questions.append(n)
    summary = set(_stems(f"{brief.summary} {brief.title}"))
    facts = [n for n, (section, _item) in enumerate(items) if section == "facts"]

    def centrality(n: int) -> float:
        mine = set(_stems(_primary_text(items[n][1])))
        return sum(idf.get(s, 0.0) for s in mine & summary) / (1.0 + sum(idf.get(s, 0.0) for s in mine)) ** 0.5

    central = sorted(facts, key=lambda n: (-centrality(n), n))
    return _Index(
        items=items,
        postings=postings,
        idf=idf,
        unknown_weight=UNKNOWN_WEIGHT * rarest,
        surface=surface,
        surface_list=sorted(surface),
        aliases=aliases,
        alias_max=max((len(k) for k in aliases), default=1),
        speakers=speakers,
        speaker_len=speaker_len,
        people_names=people_names,
        has_number=has_number,
        dated=dated,
        central_facts=central,
        timeline=sorted(timeline, key=lambda n: (items[n][1].date, n)),
        open_questions=open_questions,
        ask_stems=ask_stems,
    )


# ---------------------------------------------------------------------------------------------------
# Asks → concepts.


@dataclass(frozen=True)
class _Concept:
    word: str  # as typed (after typo correction)
    alternatives: tuple[tuple[str, ...], ...]  # phrases of stems; any one matching is a match
    fuzzy: bool = False
    own: tuple[str, ...] = ()  # the stems as typed; other alternatives count SYNONYM_FACTOR
    anchor: bool = False  # after "after", "before", "since": the ask's time frame, not its subject


_SYNONYM_KEYS = {tuple(key.split()): value for key, value in SYNONYMS.items()}
_SYNONYM_MAX = max(len(k) for k in _SYNONYM_KEYS)
_INTENT_VOCAB = ["chronology", "overview", "quotes", "summary", "timeline", "unclear", "unknowns"]


def _correct(words: list[str], index: _Index) -> tuple[list[str], set[int]]:
    """Replace words the brief does not know by its closest word, when close enough (typos)."""
    out: list[str] = []
    fixed: set[int] = set()
    for n, word in enumerate(words):
        if (
            word in STOPWORDS
            or word in FILLER
            or word in _INTENT_WORDS
            or len(word) < 4
            or word.isdigit()
            or stem(word) in index.postings
            or (word,) in _SYNONYM_KEYS
        ):
            out.append(word)
            continue
        best = process.extractOne(word, index.surface_list, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        intent = process.extractOne(word, _INTENT_VOCAB, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if intent and (not best or intent[1] > best[1]):
            out.append(intent[0])
        elif best:
            out.append(best[0])
            fixed.add(n)
        else:
            out.append(word)
    return out, fixed


_ANCHORS = frozenset({"after", "before", "since", "following", "prior"})
_CLAUSE_BREAKS = frozenset({"and", "but", "or", "did", "does", "do", "was", "were", "is", "has", "have", "who", "what"})


def _concepts(words: list[str], fixed: set[int], index: _Index, offset: int = 0) -> list[_Concept]:
    """Greedy longest match of aliases and synonyms, then single content words."""
    concepts: list[_Concept] = []
    n = 0
    anchored = [False] * len(words)
    inside = False
    for k, word in enumerate(words):
        if word in _ANCHORS:
            inside = True
        elif word in _CLAUSE_BREAKS:
            inside = False
        anchored[k] = inside
    while n < len(words):
        matched = False
        for size in range(min(max(index.alias_max, _SYNONYM_MAX), len(words) - n), 0, -1):
            phrase = tuple(words[n : n + size])
            if size == 1 and (phrase[0] in STOPWORDS or phrase[0] in FILLER):
                break
            alts: list[tuple[str, ...]] = []
            if phrase in index.aliases:
                alts.extend(index.aliases[phrase])
            own = tuple(stem(w) for w in phrase if w not in STOPWORDS)
            if phrase in _SYNONYM_KEYS:
                alts.extend(tuple(stem(w) for w in _words(alt) if w not in STOPWORDS) for alt in _SYNONYM_KEYS[phrase])
                if own:
                    alts.append(own)
            if alts:
                is_fuzzy = any(offset + n + k in fixed for k in range(size))
                alternatives = tuple(dict.fromkeys(a for a in alts if a))
                concepts.append(_Concept(" ".join(phrase), alternatives, is_fuzzy, own, anchored[n]))
                n += size
                matched = True
                break
        if matched:
            continue
        word = words[n]
        if word not in STOPWORDS and word not in FILLER and word not in _INTENT_WORDS:
            own = (stem(word),)
            concepts.append(_Concept(word, (own,), offset + n in fixed, own, anchored[n]))
        n += 1
    return concepts


def _matches(concept: _Concept, index: _Index) -> dict[int, float]:
    """Item number → how well the item holds this concept (best field weight of any alternative)."""
    key = (concept.alternatives, concept.own)
    hit = index.concept_cache.get(key)
    if hit is not None:
        return hit
    found: dict[int, float] = {}
    for phrase in concept.alternatives:
        rows = [index.postings.get(s) for s in phrase]
        if not rows or any(r is None for r in rows):
            continue
        common = set(rows[0])
        for row in rows[1:]:
            common &= row.keys()
        factor = 1.0 if phrase == concept.own else SYNONYM_FACTOR
        for n in common:
            weight = factor * min(row[n] for row in rows)
            if found.get(n, 0.0) < weight:
                found[n] = weight
    if len(index.concept_cache) < 4096:
        index.concept_cache[key] = found
    return found


def _weight(concept: _Concept, found: dict[int, float], index: _Index) -> float:
    if not found:
        return index.unknown_weight
    total = len(index.items)
    weight = math.log(1 + (total - len(found) + 0.5) / (len(found) + 0.5))
    return weight * ANCHOR_FACTOR if concept.anchor else weight


# ---------------------------------------------------------------------------------------------------
# Scoring.


@dataclass
class _Parsed:
    text: str
    concepts: list[_Concept]
    speaker: list[_Concept]  # "what did X say": X's concepts
    say: bool = False
    all_quotes: bool = False
    who: list[_Concept] = field(default_factory=list)
    summary: bool = False
    timeline: bool = False
    unknowns: bool = False
    people: bool = False
    when: bool = False
    howmany: bool = False
    yesno: bool = False
    event: bool = False
    where: bool = False
    who_said: bool = False


def _parse(text: str, index: _Index) -> _Parsed:
    raw = normalise(text).split()
    words, fixed = _correct(raw, index)
    norm = " ".join(words)
    parsed = _Parsed(text=norm, concepts=[], speaker=[])
    parsed.summary = bool(_SUMMARY_RE.search(norm))
    parsed.timeline = bool(_TIMELINE_RE.search(norm))
    parsed.unknowns = bool(_UNKNOWN_RE.search(norm))
    parsed.people = bool(_PEOPLE_RE.search(norm))
    parsed.when = bool(_WHEN_RE.search(norm))
    parsed.howmany = bool(_HOWMANY_RE.search(norm))
    parsed.yesno = bool(_YESNO_RE.search(norm))
    parsed.event = bool(_EVENT_RE.search(norm))
    parsed.where = bool(_WHERE_RE.search(norm))
    parsed.who_said = bool(_WHO_SAID_RE.search(norm))
    parsed.all_quotes = bool(_ALL_QUOTES_RE.search(norm))
    for pattern in _SAY_RES:
        m = pattern.match(norm)
        if m:
            x_words = m.group("x").split()
            start = m.start("x")
            offset = len(norm[:start].split())
            parsed.speaker = _concepts(x_words, fixed, index, offset)
            parsed.say = bool(parsed.speaker)
            break
    m = _WHO_RE.match(norm)
    if m:
        offset = len(norm[: m.start("x")].split())
        parsed.who = _concepts(m.group("x").split(), fixed, index, offset)
    parsed.concepts = _concepts(words, fixed, index)
    drop = set()
    if parsed.summary:
        drop |= {"summary", "summarise", "summarize", "tldr", "gist", "overview", "recap", "nutshell", "about"}
    if parsed.timeline:
        drop |= {"timeline", "timelines", "chronology", "dates", "date"}
    if parsed.unknowns:
        drop |= {"unclear", "unknown", "unknowns", "unanswered", "unresolved", "open", "gap", "gaps", "missing", "left"}
        drop |= {"still", "remain", "remains", "confirm", "confirmed", "unconfirmed"}
    if parsed.people:
        drop |= {"involved", "people", "players", "cast", "orgs", "organisations", "organizations", "persons", "key"}
    if parsed.when:
        drop |= {"date", "dated", "year", "month"}
    if parsed.howmany:
        drop |= {"number", "count", "figure", "figures", "stats", "stat", "often"}
    if parsed.say or parsed.who_said:
        drop |= _SAY_WORDS
    parsed.concepts = [c for c in parsed.concepts if c.word not in drop]
    return parsed


def _score_all(parsed: _Parsed, index: _Index) -> tuple[dict[int, float], dict[int, float], float]:
    """(base score per item, final score per item, share of the ask's weight the brief knows nothing of)."""
    concepts = parsed.concepts
    weights = []
    found_per = []
    for concept in concepts:
        found = _matches(concept, index)
        found_per.append(found)
        weights.append(_weight(concept, found, index))
    total = sum(weights) or 1.0
    unknown = sum(w for w, f in zip(weights, found_per, strict=True) if not f) / total
    base: dict[int, float] = {}
    for concept, weight, found in zip(concepts, weights, found_per, strict=True):
        factor = FUZZY_FACTOR if concept.fuzzy else 1.0
        for n, how in found.items():
            base[n] = base.get(n, 0.0) + weight * how * factor / total
    final = dict(base)
    query_stems = {s for c in concepts for s in c.own}
    for n in base:
        section, item = index.items[n]
        bonus = 0.0
        asks = index.ask_stems[n]
        if asks and query_stems:
            best = max((len(a & query_stems) / len(a) if a else 0.0) for a in asks)
            bonus += 0.15 * best
        if parsed.when and n in index.dated:
            bonus += 0.1 + (0.05 if section == "timeline" else 0.0)
        if parsed.howmany and n in index.has_number:
            bonus += 0.15
        if parsed.yesno and section == "questions":
            bonus += 0.05
        if parsed.event and section in ("facts", "timeline"):
            bonus += 0.05
        if parsed.timeline and section == "timeline":
            bonus += 0.3
        if parsed.unknowns and section == "questions":
            bonus += 0.3
        if parsed.who and section == "people":
            who_stems = {s for c in parsed.who for alt in c.alternatives for s in alt}
            names = index.people_names.get(n, set())
            bonus += 0.1 + (0.2 if who_stems and who_stems & names else 0.0)
        if parsed.say:
            bonus += _speaker_bonus(parsed.speaker, n, index)
        if parsed.who_said and section == "quotes":
            said = set(_stems(item.text))
            bonus += 0.1 + 0.2 * (len(said & query_stems) / len(said) if said else 0.0)
        if parsed.where and section == "people" and index.people_names.get(n, set()) & query_stems:
            bonus += 0.1
        final[n] = base[n] + bonus
    return base, final, unknown


def _speaker_bonus(speaker: list[_Concept], n: int, index: _Index) -> float:
    weights = index.speakers.get(n)
    if weights is None:
        return 0.0
    matched = 0.0
    hits = 0
    for concept in speaker:
        best = 0.0
        for alt in concept.alternatives:
            if all(s in weights for s in alt):
                best = max(best, min(weights[s] for s in alt))
        matched += best
        hits += best > 0
    if not speaker or hits < len(speaker):
        return 0.0
    precision = min(1.0, hits / index.speaker_len[n])
    return 0.3 * matched / len(speaker) + 0.1 * precision


def _ranked(scores: dict[int, float], base: dict[int, float], floor: float) -> list[int]:
    order = sorted((n for n in scores if base.get(n, 0.0) >= floor), key=lambda n: (-scores[n], n))
    if not order:
        return []
    top = scores[order[0]]
    return [n for n in order if scores[n] >= KEEP_RATIO * top][:MAX_CITED]


def _cite(index: _Index, numbers: list[int]) -> tuple[tuple[str, Item], ...]:
    return tuple(index.items[n] for n in numbers[:MAX_CITED])


def _near(parsed: _Parsed, index: _Index, base: dict[int, float]) -> tuple[Question, ...]:
    known = [c for c in parsed.concepts if _matches(c, index)]
    if not known:
        return ()
    weights = [_weight(c, _matches(c, index), index) for c in known]
    total = sum(weights) or 1.0
    scores: dict[int, float] = {}
    for concept, weight in zip(known, weights, strict=True):
        for n, how in _matches(concept, index).items():
            if n in index.open_questions:
                scores[n] = scores.get(n, 0.0) + weight * how / total
    ranked = sorted((n for n in scores if scores[n] >= NEAR_THRESHOLD), key=lambda n: (-scores[n], n))
    return tuple(index.items[n][1] for n in ranked[:MAX_NEAR])


# ---------------------------------------------------------------------------------------------------
# Public API.


def answer_question(brief: Brief, text: str) -> Answer:
    """Answer one follow-up from this brief only: 1–3 cited items, best first, or nothing if not covered."""
    index = _index_for(brief)
    parsed = _parse(text, index)
    story = brief.id
    if not parsed.concepts:
        return Answer(story, _section_answer(parsed, index))
    base, final, unknown = _score_all(parsed, index)
    if parsed.say and any(not _matches(c, index) for c in parsed.speaker):
        return Answer(story, (), _near(parsed, index, base))
    best = max(base.values(), default=0.0)
    if best < COVER_THRESHOLD:
        fallback = _section_answer(parsed, index) if not unknown else ()
        return Answer(story, fallback, () if fallback else _near(parsed, index, base))
    if parsed.unknowns or parsed.timeline:
        wanted = "questions" if parsed.unknowns else "timeline"
        final = {n: v for n, v in final.items() if index.items[n][0] == wanted}
        if not any(base[n] >= COVER_THRESHOLD for n in final):
            return Answer(story, _section_answer(parsed, index) if not unknown else ())
    return Answer(story, _cite(index, _ranked(final, base, COVER_THRESHOLD)))


def _section_answer(parsed: _Parsed, index: _Index) -> tuple[tuple[str, Item], ...]:
    """Asks that are all intent and no content: answer from the section they name."""
    if parsed.unknowns:
        return _cite(index, index.open_questions)
    if parsed.timeline or (parsed.when and not parsed.concepts):
        return _cite(index, index.timeline)
    if parsed.summary:
        return _cite(index, index.central_facts)
    if parsed.people:
        return _cite(index, [n for n, (section, _) in enumerate(index.items) if section == "people"])
    if parsed.all_quotes:
        return _cite(index, [n for n, (section, _) in enumerate(index.items) if section == "quotes"])
    return ()


def find_items(brief: Brief, words: str, limit: int = 10) -> list[tuple[str, Item]]:
    """Items that match typed words across sections (typos forgiven), best first; may be empty."""
    index = _index_for(brief)
    raw = normalise(words).split()
    fixed_words, fixed = _correct(raw, index)
    concepts = _concepts(fixed_words, fixed, index)
    if not concepts:
        return []
    parsed = _Parsed(text=" ".join(fixed_words), concepts=concepts, speaker=[])
    base, _final, _unknown = _score_all(parsed, index)
    order = sorted((n for n in base if base[n] >= COVER_THRESHOLD), key=lambda n: (-base[n], n))
    return [index.items[n] for n in order[:limit]]

"""Words: normalising, stemming, contractions, and the word lists that carry no content."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable, Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from bot.answer.spelt import SPELT_HINT, spelt_out

_CONTRACTIONS = (
    (r"\bwon't\b", "will not"),
    (r"\bcan't\b", "can not"),
    (r"n't\b", " not"),
    (r"\b(what|who|where|when|how|that|it|there|here)'s\b", r"\1 is"),
    (r"\b(what|who|where|when|how|why)'d\b", r"\1 did"),  # "what'd she say", "who'd he replace"
    (r"'s\b", ""),
    (r"s'(?=\s|$)", "s"),
    (r"'(re|ve|ll|d|m)\b", ""),
)
_CONTRACTIONS_RE = [(re.compile(pattern), repl) for pattern, repl in _CONTRACTIONS]
_TOKEN = re.compile(r"[a-z0-9]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
# Signs a phone types for words, standing alone ("X & Y", "his own #", "asked them for $") or as the shorthand "w/",
# "w/o".
_SIGN_WORDS = {"&": " and ", "#": " number ", "$": " money ", "w/": " with ", "w/o": " without "}
_SIGNS = re.compile(r"(?<!\S)[&#$](?!\S)|\bw/o?(?![a-z0-9/])")
_PERCENT_SIGN = re.compile(r"(?<=\d) ?%")  # "18%" is "18 percent", as briefs and reporters also write it


# Contractions as phones and hurried typing leave them, without the apostrophe, where that spelling is no word of its
# own ("whats", "dont", "whatd"; not "its", "were", "ill", "shed"): read as the contraction.
_CONTRACTED = (
    "what's who's where's when's how's that's there's don't doesn't didn't isn't wasn't aren't weren't haven't hasn't "
    "hadn't wouldn't couldn't shouldn't won't can't what'd who'd where'd when'd how'd why'd she's he's they're you're "
    "they've we've you've"
).split()
_APOSTROPHE_LEFT_OUT = MappingProxyType({form.replace("'", ""): form for form in _CONTRACTED})
_LEFT_OUT_RE = re.compile(rf"\b(?:{'|'.join(_APOSTROPHE_LEFT_OUT)})\b", re.IGNORECASE)


def with_contractions(text: str) -> str:
    """The text with contractions typed without their apostrophe written with it ("whatd she say" → "what'd")."""
    return _LEFT_OUT_RE.sub(lambda m: _APOSTROPHE_LEFT_OUT[m[0].lower()], text)


# A time of day however typed ("8:30 p.m.", "8:30pm", "8.30 PM", "830pm", "8 a.m."): one way, "8 30 pm" ("11 am" for
# "11:00am").
CLOCK_TIME = re.compile(r"\b(\d{1,2})(?:[:.]?(\d{2}))? ?([ap])\.?m\b\.?")
# A lawmaker's party and state as news writes them, "(R-Wis.)", "(D-N.J.)": the party spelt out.
_PARTY_STATE = re.compile(r"\(([DRI])-(?=[A-Z])")
_PARTY_NAMES = {"D": "(Democrat, ", "R": "(Republican, ", "I": "(independent, "}


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """Lower case, straight apostrophes, accents dropped ("García" as "garcia", as a phone types it), a party
    written "(R-Wis.)" spelt out, "18%" as "18 percent", a time of day written one way ("8:30pm" as "8 30 pm"),
    contractions expanded, punctuation to single spaces."""
    if "(" in text:
        text = _PARTY_STATE.sub(lambda m: _PARTY_NAMES[m[1]], text)
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    if "tl" in text:
        text = text.replace("tl;dr", "tldr").replace("tl:dr", "tldr").replace("tl dr", "tldr")
    if "," in text:
        text = _THOUSANDS.sub("", text)
    if "&" in text or "/" in text or "#" in text or "$" in text:
        text = _SIGNS.sub(lambda m: _SIGN_WORDS[m[0]], text)
    if "%" in text:
        text = _PERCENT_SIGN.sub(" percent", text)
    if "$" in text or SPELT_HINT.search(text):
        text = spelt_out(text)
    if "m" in text:
        text = CLOCK_TIME.sub(_one_way, text)
    words = _TOKEN.findall(text)
    if "'" not in text and _APOSTROPHE_LEFT_OUT.keys().isdisjoint(words):
        return " ".join(words)  # most asks: no contraction to expand, so no rule to run
    text = with_contractions(text)
    for pattern, repl in _CONTRACTIONS_RE:
        text = pattern.sub(repl, text)
    return " ".join(_TOKEN.findall(text))


def _one_way(time: re.Match) -> str:
    """A time of day matched by CLOCK_TIME, written one way: "8 30 pm", "11 am"."""
    hour, minutes, half = time.groups()
    return f"{hour} {minutes} {half}m " if minutes and minutes != "00" else f"{hour} {half}m "


NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds "
    "thousand thousands million millions billion billions trillion trillions dozen dozens".split()
)
_STEMMER = Stemmer.Stemmer("english")
EVERYDAY_ZIPF = 5.4  # Zipf frequency from which a word is everyday English
WORD_ZIPF = 4.5  # Zipf frequency from which a short word is a word in its own right ("run"), not a shortening
# English irregular verbs: base, past, past participle. Snowball leaves "took" and "take" apart; this joins them.
# (A lemmatiser such as simplemma does the same and more, but keeps 25 MB of dictionary in memory for it.)
_IRREGULAR_VERBS = """
arise arose arisen; awake awoke awoken; bear bore borne; beat beat beaten; become became become; begin began begun;
bend bent bent; bet bet bet; bid bid bid; bind bound bound; bite bit bitten; bleed bled bled; blow blew blown;
break broke broken; breed bred bred; bring brought brought; build built built; burn burnt burnt; buy bought bought;
catch caught caught; choose chose chosen; cling clung clung; come came come; cost cost cost; creep crept crept;
deal dealt dealt; dig dug dug; do did done; draw drew drawn; drink drank drunk; drive drove driven; eat ate eaten;
fall fell fallen; feed fed fed; feel felt felt; fight fought fought; find found found; flee fled fled; fly flew flown;
forbid forbade forbidden; forget forgot forgotten; forgive forgave forgiven; freeze froze frozen; get got gotten;
give gave given; go went gone; grow grew grown; hang hung hung; have had had; hear heard heard; hide hid hidden;
hit hit hit; hold held held; hurt hurt hurt; keep kept kept; know knew known; lay laid laid; lead led led;
leave left left; lend lent lent; let let let; light lit lit; lose lost lost; make made made;
mean meant meant; meet met met; mislead misled misled; overcome overcame overcome; oversee oversaw overseen;
overtake overtook overtaken; overthrow overthrew overthrown; pay paid paid; prove proved proven; put put put;
quit quit quit; read read read; rebuild rebuilt rebuilt; rid rid rid; ride rode ridden; ring rang rung;
rise rose risen; run ran run; say said said; see saw seen; seek sought sought; sell sold sold; send sent sent;
set set set; shake shook shaken; shoot shot shot; show showed shown; shrink shrank shrunk; shut shut shut;
sing sang sung; sink sank sunk; sit sat sat; sleep slept slept; slide slid slid; speak spoke spoken;
spend spent spent; split split split; spread spread spread; stand stood stood; steal stole stolen; stick stuck stuck;
sting stung stung; strike struck struck; swear swore sworn; sweep swept swept; swim swam swum; swing swung swung;
take took taken; teach taught taught; tear tore torn; tell told told; think thought thought; throw threw thrown;
undergo underwent undergone; understand understood understood; undertake undertook undertaken; uphold upheld upheld;
wake woke woken; wear wore worn; win won won; withdraw withdrew withdrawn; write wrote written
"""
IRREGULAR = {
    form: verb
    for forms in _IRREGULAR_VERBS.split(";")
    for verb, *others in [forms.split()]
    for form in others
    if form != verb
}
_BRITISH = re.compile(r"(?<=[a-z]{4})is(e|ed|es|ing|ation|ations)$")


_BRITISH_OUR = re.compile(r"^(\w{2,}[^aeou])our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less)?$")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem, with British "-ise" spellings folded into "-ize" and "-our" into "-or"
    ("favours" → "favors", not "hour" or "four"), a comparative into its plain form ("earlier" → "early") and an
    irregular verb's past forms into its base ("took" → "take") first."""
    if "is" in word:
        word = _BRITISH.sub(r"iz\1", word)
    if "our" in word:
        word = _BRITISH_OUR.sub(r"\1or\2", word)
    if word.endswith(("er", "est")):
        word = _positive(word)
    return _STEMMER.stemWord(IRREGULAR.get(word, word))


def _positive(word: str) -> str:
    """An adjective's or adverb's comparative or superlative as its plain form ("earlier" → "early", "biggest" → "big"),
    when both are in the table of words that are only ever adjectives or adverbs; else the word itself."""
    if not modifier_readings(word):
        return word
    root = word[:-3] if word.endswith("est") else word[:-2]
    for base in (
        root,
        root + "e",
        root[:-1] + "y" if root.endswith("i") else "",
        root[:-1] if root[-2:-1] == root[-1:] else "",
    ):
        if base and modifier_readings(base) and base not in STOPWORDS:
            return base
    return word


@lru_cache(maxsize=65536)
def frequency(word: str) -> float:
    """How common a word is in English: its Zipf frequency (log10 of uses per billion words), from the wordfreq
    package's own data, read locally. Its small list (about 18 MB in memory, against 50 MB for the large one)
    holds every word common enough to matter here."""
    return zipf_frequency(word, "en", wordlist="small")


def rare_frequency(word: str) -> float:
    """How common a word too rare for `frequency` is: its Zipf frequency in wordfreq's large list (33 MB more in
    memory, read on the first word the small one does not hold), which tells a rare word ("tampered", 2.9) or
    shorthand ("spox", 1.1) from a slip ("tmapered": none)."""
    return zipf_frequency(word, "en", wordlist="large")


# A word English uses less often than this (Zipf frequency) and a letter or two from a word of the story may be a slip.
SLIP_ZIPF = 2.5


def slip_of(word: str, among: frozenset[str]) -> str | None:
    """The word of `among` a typed word is a slip of: one edit from one of five letters or more, and no word of its
    own."""
    if frequency(word) >= SLIP_ZIPF:
        return None
    return next((each for each in sorted(among) if len(each) >= 5 and OSA.distance(word, each) <= 1), None)


def everyday(word: str) -> bool:
    """Whether a word is among the most common in English ("take", "time", "work"): too general to be what an
    ask hinges on."""
    return frequency(word) >= EVERYDAY_ZIPF


_MODIFIER_READINGS = frozenset({"ADJ", "ADV"})


@lru_cache(maxsize=1)
def _modifiers() -> Mapping[str, frozenset[str]]:
    """The shipped table of English words that can be adjectives or adverbs, with all their readings
    (``modifiers.tsv``, built by bench/build_modifiers.py)."""
    text = resources.files("bot.answer").joinpath("modifiers.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return MappingProxyType({word: frozenset(readings.split()) for word, readings in rows})


def modifier_readings(word: str) -> frozenset[str]:
    """For a word that is only ever an adjective or an adverb ("skittish", "solidly"), which ("ADJ", "ADV"); else
    none (a word that can be a noun or a verb too, such as "regular" or "fit")."""
    readings = _modifiers().get(word, frozenset())
    return readings if readings <= _MODIFIER_READINGS else frozenset()


def can_describe(word: str) -> bool:
    """Whether a word can be an adjective, even one that can be a noun or a verb too ("main", "regular")."""
    return "ADJ" in _modifiers().get(word, frozenset())


def can_be_noun(word: str) -> bool:
    """Whether a word that can be an adjective or an adverb can be a noun too ("stock", "official")."""
    return "NOUN" in _modifiers().get(word, frozenset())


def plural(word: str) -> bool:
    """Whether a word looks like a plural noun ("judges", "agencies"), not "press" or "his"."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word not in STOPWORDS


_LETTERS = re.compile(r"[^\W_]+")


def typed_words(text: str) -> str:
    """An ask's normalised letters and digits alone, to tell two asks typed in the same words ("who did it?")."""
    return " ".join(_LETTERS.findall(normalise(text)))


def words_of(text: str | None) -> list[str]:
    """The normalised words of a text (none for an empty or missing one)."""
    return normalise(text).split() if text else []


def closing_do(words: list[str]) -> frozenset[str]:
    """The word "do" when it closes an ask (elsewhere a stopword): "what does the bill do" asks what the bill does,
    which an editor's ask naming only the bill ("who is on the bill") does not."""
    return frozenset({"do"}) if words[-1:] == ["do"] else frozenset()


def stems_of(text: str | None) -> list[str]:
    """The stems of a text's words, stopwords left out."""
    return [stem(w) for w in words_of(text) if w not in STOPWORDS]


STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any anyone anything are as at be been before being
    between both but by can could did do does doing done during each either else etc ever every for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself ourselves themselves yourself near nearby beside besides across toward towards among amid within
    without via onto
    no nor not now of off on once only or other our ours out over own per quite rather re same she should so
    some such than that the their theirs them then there these they this those through to too under up
    upon us very was we were what whatever when where whether which while who whom whose why will with would
    yet you your yours ok okay hi hey hello yes yeah
    """.split()
)


def is_content(word: str) -> bool:
    """Whether a normalised word says what an ask is about (not a stopword, filler or a word naming its kind)."""
    return word not in STOPWORDS and word not in FILLER and word not in INTENT_WORDS


# Words that carry no content in a follow-up (besides the stopwords): filler, politeness, the verbs of asking.
FILLER = frozenset(
    """
    pls plz please thanks thank thx ty cheers bot tell know knew explain details detail info information stuff
    thing things exactly really actually basically anyway story going get got give gave mean means
    kind sort lot lots bit quick quickly remind like want wanted need needs wondering wonder curious meaning
    question questions ask asked asking happen happened happening happens think thought much many long new
    mention mentioned mentions q qq ever now currently already again finally officially originally initially
    yet so far today right afterwards afterward later according exact precise
    connection connections link links angle significance mix vs versus folks graf grafs
    """.split()
)
# The words after "how" that make it a question word ("how many", "how long", "how old"), like "when".
HOW_WORDS = frozenset("many much long old often far".split())
# Words that name the kind of ask (besides the question words, which are stopwords), not what it is about: those a
# misspelt one is corrected to, and the other ways of putting them.
INTENT_VOCAB = ["chronology", "overview", "quotes", "summary", "timeline", "unclear", "unknowns"]
INTENT_WORDS = frozenset(INTENT_VOCAB) | frozenset(
    """
    summarise summarize tldr gist recap nutshell timelines chronological dates unknown unanswered unresolved open quote
    quotation quotations
    """.split()
)
# What is asked of a person or organisation the ask names ("how old is X", "what party is X", "who does X work
# for"): the answer is in their entry's role, or in an item that names them.
ATTRIBUTE_WORDS = frozenset(
    "age old aged job jobs title titles role roles position positions party parties affiliation affiliated employer "
    "employers employed work works worked working occupation profession background career post office seat rank "
    "represent represents representing district state hometown nationality citizen lives live based belong belongs "
    "belonged member".split()
)
AGE_WORDS = frozenset("age old aged".split())
PARTY_WORDS = frozenset("party parties affiliation affiliated".split())  # "what party is X"
# Attributes the answer must name in so many words: a person's role does not say their district or hometown.
SPECIFIC_ATTRIBUTES = frozenset("district hometown nationality employer employers seat".split())
# Words that order what is asked about in time: "when did X first …" wants the earliest dated item.
EARLIEST_WORDS = frozenset("first earliest initial start beginning".split())
LATEST_WORDS = frozenset("last latest recent recently newest lately".split())

# Slips on the short words of a question, too short for edit-distance correction.
COMMON_TYPOS = {
    "wht": "what", "waht": "what", "wat": "what", "whta": "what", "hwo": "how", "hw": "how", "woh": "who",
    "wh": "who", "wen": "when", "whn": "when", "wher": "where", "teh": "the", "hte": "the", "th": "the",
    "sya": "say", "sai": "said", "siad": "said", "dose": "does", "abt": "about", "bout": "about",
    "u": "you", "r": "are", "ppl": "people", "govt": "government", "dept": "department", "w": "with",
    "yr": "year", "yrs": "years", "gonna": "going", "wanna": "want", "gotta": "got", "bc": "because",
    "commish": "commissioner", "prez": "president", "mgmt": "management", "intl": "international",
    "gf": "girlfriend", "bf": "boyfriend", "b4": "before", "thru": "through", "tho": "though",
    "wk": "week", "wks": "weeks", "hr": "hour", "hrs": "hours", "mth": "month", "mths": "months",
    "yday": "yesterday", "tmrw": "tomorrow", "tmw": "tomorrow", "tonite": "tonight", "til": "until",
    "pg": "page", "pgs": "pages", "amt": "amount", "mins": "minutes",
    "approx": "about", "frm": "from", "lst": "list",
}  # fmt: skip
# "wh" (typed for "who" or "what") reads as "what" when what follows tells it: "wh happened", "wh kind of deal", "wh did
# she say" (a verb whose object is the answer, not followed by "to" or "with": "wh did she write to" is someone).
_WH_WHAT_NEXT = frozenset("happened happen happens time day date year month kind sort type".split())
_WH_AUXILIARIES = frozenset("did does do will would is was are were has have had can could should".split())
_WH_WHAT_VERBS = frozenset(
    "say says said think thinks thought mean means meant do does did write writes wrote propose proposed want wants "
    "wanted".split()
)
_WH_PERSON_AFTER = frozenset("to with for by".split())
_WH_ASKING_VERBS = frozenset("s say says said know knew knows told tells wrote".split())


_INITIALS_AFTER_U = frozenset("s n k".split())
# "he'd", "she'd" typed without the apostrophe ("hed" is also a headline, "shed" a hut): the pronoun after a verb of
# saying or thinking, or "if" ("did she say hed sue").
_WOULD_LEFT_OUT = {"hed": "he", "shed": "she"}
_BEFORE_CLAUSE = frozenset(
    "say says said saying think thinks thought claim claims claimed warn warns warned threaten threatens threatened "
    "promise promises promised vow vows vowed if whether".split()
)


def fix_typos(words: list[str], shorthand: Container[str] = ()) -> list[str]:
    """The words with slips on the short words of a question corrected; "wh" read as "what" or "who" by what follows,
    or kept when it is among the ``shorthand`` the brief gives a meaning ("wh reaction?": the White House's), unless
    what follows asks who or what ("wh said it", "wh is she")."""
    fixed = [COMMON_TYPOS.get(word, word) for word in words]
    for n, word in enumerate(words):
        after = words[n + 1 :]
        if word in shorthand and not _asks_by(after):
            fixed[n] = word
        elif word == "wh" and _wh_is_what(after):
            fixed[n] = "what"
        elif word == "u" and after[:1] and after[0] in _INITIALS_AFTER_U:
            fixed[n] = word  # "U.S.", "U.N.", "U.K." typed with their stops: initials, not "you"
        elif word in _WOULD_LEFT_OUT and n and words[n - 1] in _BEFORE_CLAUSE:
            fixed[n] = _WOULD_LEFT_OUT[word]
    return fixed


# Question words long enough that a word one slip from one ("whre", "wjats", "wahts") that is no English word is it.
_LONG_QUESTION_WORDS = ("what", "whats", "where", "wheres", "when", "whens", "which", "whose")
_FIRST_WORD = re.compile(r"^\W*([^\W\d_]+)")


def with_question_word(text: str, brief_words: Iterable[str]) -> str:
    """The ask with its first word read as the question word it is one slip from ("whre is he" → "where is he"), if
    it is no English word, there is only one such and none of the brief's words is as near ("wheln?" is Whelan);
    else as typed."""
    first = _FIRST_WORD.match(text)
    word = first[1].lower() if first else ""
    if len(word) < 4 or word in _LONG_QUESTION_WORDS or word in COMMON_TYPOS or frequency(word) > 0:
        return text
    if process.extractOne(word, brief_words, scorer=OSA.distance, score_cutoff=1) is not None:
        return text
    near = [q for q in _LONG_QUESTION_WORDS if OSA.distance(word, q) == 1]
    return text[: first.start(1)] + near[0] + text[first.end(1) :] if first and len(near) == 1 else text


def _asks_by(after: list[str]) -> bool:
    """Whether the words after a question word as typed on a phone make it one: an auxiliary, a verb of saying or
    knowing, one in the past ("wh called it"), "kind of" or "happened" ("wh did it", "wh said so")."""
    return bool(after) and (after[0] in _WH_AUXILIARIES | _WH_WHAT_NEXT | _WH_ASKING_VERBS or after[0].endswith("ed"))


def _wh_is_what(after: list[str]) -> bool:
    """Whether the words after "wh" ask what, not who: "happened", "kind of", or an auxiliary, its subject (three words
    at most) and a verb of saying, thinking or doing that nothing but its object can follow ("wh did she say")."""
    if after[:1] and after[0] in _WH_WHAT_NEXT:
        return True
    if not after or after[0] not in _WH_AUXILIARIES:
        return False
    for k in range(2, min(len(after), 5)):
        if after[k] in _WH_WHAT_VERBS:
            return after[k + 1 : k + 2] == [] or after[k + 1] not in _WH_PERSON_AFTER
    return False

"""Words: normalising, stemming, contractions, and the word lists that carry no content."""

from __future__ import annotations

import re
from functools import lru_cache

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


# Contractions typed without the apostrophe ("whats", "dont"), which the contraction rules also expand.
_RUN_ON = frozenset("whats whos wheres whens hows dont doesnt didnt isnt wasnt arent werent havent hasnt".split())


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """Lower case, straight apostrophes, contractions expanded, punctuation to single spaces."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    if "tl" in text:
        text = text.replace("tl;dr", "tldr").replace("tl:dr", "tldr").replace("tl dr", "tldr")
    if "," in text:
        text = _THOUSANDS.sub("", text)
    words = _TOKEN.findall(text)
    if "'" not in text and _RUN_ON.isdisjoint(words):
        return " ".join(words)  # most asks: no contraction to expand, so no rule to run
    for pattern, repl in _CONTRACTIONS_RE:
        text = pattern.sub(repl, text)
    return " ".join(_TOKEN.findall(text))


@lru_cache(maxsize=65536)
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


def words_of(text: str | None) -> list[str]:
    """The normalised words of a text (none for an empty or missing one)."""
    return normalise(text).split() if text else []


def stems_of(text: str | None) -> list[str]:
    """The stems of a text's words, stopwords left out."""
    return [stem(w) for w in words_of(text) if w not in STOPWORDS]


STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any anyone anything are as at be been before being
    between both but by can could did do does doing done during each either else etc ever every for from further
    had has have having he her here hers him his how i if in into is it its itself just me more most my
    no nor not now of off on once only or other our ours out over own per quite rather re same she should so
    some such than that the their theirs them then there these they this those through to too under up
    upon us very was we were what whatever when where whether which while who whom whose why will with would
    yet you your yours ok okay hi hey hello yes yeah
    """.split()
)
# Words that carry no content in a follow-up (besides the stopwords): filler, politeness, the verbs of asking.
FILLER = frozenset(
    """
    pls plz please thanks thank thx ty cheers bot tell know knew explain details detail info information stuff
    thing things deal exactly really actually basically anyway story going get got give gave mean means
    kind sort lot lots bit quick quickly remind like want wanted need needs wondering wonder curious
    question questions ask asked asking happen happened happening happens think thought much many long new
    mention mentioned mentions q qq
    """.split()
)
# Words that name the kind of ask (besides the question words, which are stopwords), not what it is about.
INTENT_WORDS = frozenset(
    """
    summary summarise summarize tldr gist overview recap nutshell timeline timelines chronology chronological
    dates unclear unknown unknowns unanswered unresolved open quotes quote quotation quotations
    """.split()
)
# What misspelt intent words are corrected to.
INTENT_VOCAB = ["chronology", "overview", "quotes", "summary", "timeline", "unclear", "unknowns"]

# Slips on the short words of a question, too short for edit-distance correction.
COMMON_TYPOS = {
    "wht": "what", "waht": "what", "wat": "what", "whta": "what", "hwo": "how", "hw": "how", "woh": "who",
    "wh": "who", "wen": "when", "whn": "when", "wher": "where", "teh": "the", "hte": "the", "th": "the",
    "sya": "say", "sai": "said", "siad": "said", "dose": "does", "abt": "about", "bout": "about",
    "u": "you", "r": "are", "ppl": "people", "govt": "government", "dept": "department", "w": "with",
}  # fmt: skip

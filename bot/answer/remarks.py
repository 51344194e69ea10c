"""A remark a reporter types around the question ("…, for my lede", "… (sorry if obvious)", "…? my editor is asking",
"for the sidebar: …", "Writing the push alert now. …"): read without it when its words are only the newsroom's own
work, thanks, haste and hedging or words the brief never uses, or when the brief does not cover the ask as typed."""

from __future__ import annotations

import re
from typing import NamedTuple

from rapidfuzz.distance import OSA

from bot.answer.about import asks_about_brief
from bot.answer.concepts import correct
from bot.answer.forms import VERB_FIRST_WORDS, WH_WORDS
from bot.answer.index import Index
from bot.answer.intent import without_frame
from bot.answer.pasted import pasted_spans
from bot.answer.sections import section_asked
from bot.answer.words import SLIP_ZIPF, STOPWORDS, frequency, normalise, stem

# What sets a remark off from the question before it: a comma, a semicolon, a dash between spaces, or the end of a
# sentence (not a full stop after a short form: "the u.s. say", "Sen. Doe").
_SEPARATOR = re.compile(r",\s|;\s|\s(?:-{1,2}|\u2013|\u2014)\s|[?!]+\s+|(?<=[a-z]{3})\.\s+")
# A remark before the question, set off by a colon, a dash, a comma or a sentence's end: "for the sidebar: who is
# Doe", "Writing the push alert now. Who is Doe", "got a sec? who is Doe".
_LEADING = re.compile(
    r"^(?P<remark>[^:?!.]{2,80}?)"
    r"(?::\s+|\s(?:-{1,2}|\u2013|\u2014)\s+|,\s+|(?<=[a-z]{3})\.+\s+|[!?]+\s+)(?P<ask>.+)$"
)
_WORD = re.compile(r"[^\W\d_]+")
# A web address pasted with the ask ("who wrote this https://…"): none of its words is one the brief could match.
_LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
# What such remarks are made of, besides words the brief never uses: the newsroom's work on the story (the lede, the
# headline, the desk, checking, publishing), thanks and apology, haste, and hedging or remembering.
_REMARK_WORDS = frozenset(
    """
    lede lead graf grafs paragraph top nut kicker headline hed dek subhead caption cutline sidebar explainer box
    graphic chart map piece copy desk editor editors slot page print web online site push alert newsletter update
    draft notes note file filing deadline publish publishing goes live legal fact check checking checked confirm
    confirming verify verifying double precise exact sure straight wrong accurate accuracy correction line
    sorry apologies thanks thank thx ty tia please pls plz appreciate advance
    asap quick quickly urgent rush pressure hurry minute minutes soon whenever possible poss
    handy offhand know knows mind trouble bother already said say asked asking question questions wondering curious
    think thought saw seen somewhere remember recall find found missing missed circled want wants need needs needed
    help helps matter matters idea obvious dumb silly simple thing things q qs bit one too much holding hold waiting
    wait trying try nail down get got
    """.split()
)
# What a question opens on: a question word, a verb put first ("did", "is"), "any" ("any pics of it").
_QUESTION_OPENERS = WH_WORDS | VERB_FIRST_WORDS | frozenset("whats whos wheres whens hows any".split())
# Words that open one more thing asked about rather than a remark: "…, and Doe", "…, or the council", "…, vs Acme".
_JOINING = frozenset("and or but vs versus nor plus also".split())


def without_links(text: str) -> str:
    """The ask without the web addresses pasted into it; as typed when nothing else is left."""
    plain = _LINK.sub(" ", text).strip() if "http" in text or "www." in text else text
    return plain if _WORD.search(plain) else text


class Remarked(NamedTuple):
    """An ask without the remark typed with it."""

    ask: str
    foreign: bool  # the remark's words are only of the newsroom's work, thanks, haste or hedging, or not the brief's


def remark_readings(text: str, index: Index) -> list[Remarked]:
    """Every way to read the ask without a remark, the likeliest first: the ask (without the words that open a
    message: "hey, who is Doe") and the remark after it (in brackets, or set off by a comma, a dash or a sentence's
    end) or before it (set off by a colon, a dash, a comma or a sentence's end); of the two, the one that says nothing
    of the story first, else the one that leaves a question ("Pls bear with me, who is Doe": not "Pls bear with me"
    asked without "who is Doe"). Empty when it has no remark, when the ask pastes words from the story, or when what
    would go holds a figure, a question word or opens on "and", "or" ("…, and when?", "…, or Doe"). A remark naming
    someone the brief names ("…, the Acme guy") is not foreign: it goes only if the ask is not covered with it."""
    typed = without_frame(text).strip().rstrip("?!. ")
    if pasted_spans(typed):
        return []  # "who said 'at this point, I don't think'": a comma inside words pasted from the story
    after: tuple[str, str] | None = None
    if typed.endswith(")") and "(" in typed:
        cut = typed.rindex("(")
        after = (typed[:cut], typed[cut + 1 : -1])
    else:
        separators = list(_SEPARATOR.finditer(typed))
        # "who is Doe? headline?": what follows a question mark and ends on one is a question, not a remark
        asked = bool(separators) and "?" in separators[-1][0] and text.rstrip().endswith("?")
        after = (typed[: separators[-1].start()], typed[separators[-1].end() :]) if separators and not asked else None
    leading = _LEADING.match(typed)
    before = (leading["ask"], leading["remark"]) if leading else None
    found = [r for r in (after and _remarked(*after, index), before and _remarked(*before, index, before=True)) if r]
    return sorted(found, key=lambda found: (found.foreign, _opens_a_question(found.ask)), reverse=True)


def _opens_a_question(ask: str) -> bool:
    """Whether the ask opens as a question does ("did they", "any pics"), not on a denial ("can't find it")."""
    words = normalise(ask).split()
    return bool(words) and words[0] in _QUESTION_OPENERS and words[1:2] != ["not"]


def _question_word_typed(word: str) -> bool:
    """A question word with a slip in it ("whoch", "wehn"): one letter off, and opening as they do."""
    return word[:1] in "wh" and any(OSA.distance(word, q) == 1 for q in WH_WORDS if len(q) > 3)


def _remarked(ask: str, remark: str, index: Index, before: bool = False) -> Remarked | None:
    """The ask without the remark, if the remark can go."""
    every = normalise(remark).split()
    if not _WORD.search(ask) or not _WORD.search(remark) or not every or any(c.isdigit() for c in remark):
        return None
    if not WH_WORDS.isdisjoint(every) or (every[0] in _JOINING and not before) or _question_word_typed(every[0]):
        return None  # "…, and when?", "…, or Doe", "whoch paper, …": a question of its own, or one more thing asked
    if _opens_a_question(remark) and asks_about_brief(" ".join(every)):
        return None  # "is this brief current, when was it touched last": a question about the story as published
    if not before and _opens_a_question(remark) and _only_names(ask, index):
        return None  # "Doe - any comment?": who it is about, then the question
    if before and _opens_a_question(remark) and not _opens_a_question(ask):
        return None  # "did Doe resign, quick one": the question, then a remark
    words = [w for w in every if w not in STOPWORDS]
    fixed, at = correct(words, index)  # "saw Doa in the draft, …": a slip of a name names them too
    meant = [*words, *(fixed[n] for n in at if frequency(words[n]) < SLIP_ZIPF)]
    named = not index.name_words.isdisjoint(meant) or not index.people_words.isdisjoint(map(stem, meant))
    foreign = (
        not named
        and all(w in _REMARK_WORDS or stem(w) not in index.postings for w in words)
        # "numbers check - what do we have": a remark before the ask naming a part of the brief names what is asked
        # (not one after it: "…, for the timeline graphic" says where the answer goes)
        and not (before and section_asked(" ".join(every)))
    )
    return Remarked(ask.strip(), foreign)


def _only_names(ask: str, index: Index) -> bool:
    """Whether an ask is only the name of someone in the brief ("Doe", "the NRA")."""
    words = [w for w in normalise(ask).split() if w not in STOPWORDS]
    return bool(words) and all(stem(w) in index.people_words for w in words)

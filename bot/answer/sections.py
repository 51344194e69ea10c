"""Asks for one whole part of the brief in a reporter's words ("chrono pls", "the players?", "open qs?", "money
quotes?"): read by their words alone, before anything in the story is looked for."""

from __future__ import annotations

import re

from bot.answer.words import FILLER, STOPWORDS, slip_of

# Phrases that name a part of the brief in more than one word, each read as one of that part's words below; and
# requests that say nothing of what is asked for ("walk me through").
_PHRASES_READ_AS = {
    "unknowns": "loose ends|up in the air|open questions|open qs|needs checking|need checking|still to confirm|"
    "waiting to hear|waiting on|hear back|hedge on",
    "quotes": "people say|people said|people saying|sources say|sources said|sources saying|who said them|"
    "who said what",
    "timeline": "sequence of events|order of events|tick tock|by date|key dates|key moments|how did we get here|"
    "how we got here",
    "people": "who is who|key figures|who are we talking about|who we are talking about|which companies|"
    "which agencies|which groups|what companies|what agencies|what groups",
    "facts": "key facts|what is confirmed|what is verified|what is established|what do we know|what we know|"
    "what do we actually know|what we actually know|know for sure|who what when where|who what where when|five ws|5 ws",
    "summary": "nut graf|big picture|short version|catch me up|sum it up|sum up|boil it down|boil down|fill me in|"
    "whole story|overall story|one liner|news peg|30 second version|60 second version|elevator pitch",
    "numbers": "by the numbers|data points|hard numbers",
    "": "walk me through|run me through|give me|fact box",
}
_PHRASES = {phrase: word for word, phrases in _PHRASES_READ_AS.items() for phrase in phrases.split("|")}
_PHRASE = re.compile(r"\b(?:" + "|".join(map(re.escape, _PHRASES)) + r")\b")

# The words that name a part of the brief: an ask holding one of a part's, and otherwise only the words below, asks
# for that part ("summary" is answered by the facts the story turns on).
_NAMING = {
    "questions": frozenset("unknowns unknown unanswered unresolved unconfirmed unclear tbd".split()),
    "quotes": frozenset("quotes quote quotations quotation quotables quotable".split()),
    "timeline": frozenset("timeline timelines chrono chronology chronological ticktock dates".split()),
    "people": frozenset(
        "people players cast characters stakeholders names orgs organisations organizations persons".split()
    ),
    "facts": frozenset("facts essentials basics".split()),
    "figures": frozenset(
        "number numbers nums stats statistics figs figures data tallies totals quantifiable amounts quantities "
        "numerical".split()
    ),
    "summary": frozenset(
        "summary summarise summarize recap gist tldr overview nutshell takeaway takeaways background backstory "
        "context oneliner hook angle peg".split()
    ),
}
_NAMES = frozenset().union(*_NAMING.values())
# The question words a part answers by itself: "key moments and when", "the players and who they are".
_TELLS = {"timeline": frozenset({"when"}), "people": frozenset({"who"}), "quotes": frozenset({"who"})}
# Of an ask naming two parts, the one it wants ("what don't we know: the names", "quotes and people").
_FIRST = ("questions", "quotes", "timeline", "people", "figures", "facts", "summary")
_PART = {"summary": "facts"}
# The words that go with such an ask without naming something in the story: requests, politeness, haste, and words
# that only say which of a part's items or how ("the main facts", "money quotes", "sequence of events", "in order").
_AROUND = (
    STOPWORDS
    | FILLER
    | frozenset(
        """
        could can list send show share paste see pull up gimme lemme sorry quick one lede top sidebar main key core
        hard big best good money direct on record printable usable notable important strongest rundown whole all
        everything overall so far still involved mentioned named graphic graphics chart charts box explainer art dept
        pull gather round use check brief sentence sentences line lines word words short shorter briefly couple
        thing sure back work companies agencies groups
        """.split()
    )
)


def section_asked(norm: str) -> str | None:
    """The part of the brief a normalised ask asks for as a whole ("facts", "quotes", "questions", "timeline",
    "people", or "figures": the items giving them), or None when it names something else too."""
    words = _PHRASE.sub(lambda phrase: _PHRASES[phrase[0]], norm).split()
    words = [word if word in _AROUND else slip_of(word, _NAMES) or word for word in words]  # "peopel and orgs?"
    named = [part for part in _FIRST if not _NAMING[part].isdisjoint(words)]
    if not named:
        return None
    naming = frozenset().union(*(_NAMING[part] | _TELLS.get(part, frozenset()) for part in named))
    if any(word not in naming and word not in _AROUND for word in words):
        return None
    return _PART.get(named[0], named[0])


def tells_by_itself(norm: str) -> bool:
    """Whether a normalised question only asks what a part of the brief answers by itself ("when" after "key moments
    and", "who they are" after "the players and")."""
    return any(
        (asked := {word for word in norm.split() if word in tells or word not in STOPWORDS}) and asked <= tells
        for tells in _TELLS.values()
    )

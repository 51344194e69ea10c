"""What kind of ask it is: an ask parsed into its intents and concepts (by the forms in `forms`; whom or what it is
about by `subjects`), and asks for a whole section."""

from __future__ import annotations

import re

from bot.answer.concepts import Concept, concepts, correct, joined_particles, matches
from bot.answer.forms import (
    ALL_QUOTES,
    ASKED_MEASURES,
    AUXILIARY,
    BE,
    DAY_RE,
    DEAL_WITH,
    DO,
    DO_WORDS,
    EVENT,
    EVIDENCE_OF,
    FEELINGS,
    FELT_ABOUT,
    FRAME,
    GOING,
    HOWMANY,
    IDIOMS,
    LATEST_RE,
    LEAD_IN,
    LEAD_IN_WORDS,
    MEASURE_LEADS,
    MONEY_ASK_RE,
    ON_SIDE,
    OPENERS,
    OPINION_WORDS,
    ORDER_NOUNS,
    PART_ASKED,
    PEOPLE,
    RELATIVE_WORDS,
    RESPONDED_RE,
    SAY_WORDS,
    SPEAKING,
    SUMMARY,
    TALLY_RE,
    THANKS_AFTER,
    TIME_UNITS,
    TIMELINE,
    TOTAL_ASKED,
    UNKNOWNS,
    VIEW_ASKED_OTHERWISE,
    WHEN,
    WHERE,
    WHO_QUOTED_RE,
    WHO_SAID,
    WHY,
    YESNO,
)
from bot.answer.index import Index, after_publication
from bot.answer.parsed import Parsed, Typed
from bot.answer.shortforms import shorthand_named
from bot.answer.subjects import (
    asks_whom,
    owner_named,
    read_attribute,
    read_kind,
    read_kind_asked,
    read_speaker,
    read_who,
)
from bot.answer.words import (
    EARLIEST_WORDS,
    HOW_WORDS,
    LATEST_WORDS,
    STOPWORDS,
    closing_do,
    fix_typos,
    normalise,
    stem,
    stems_of,
)

_LETTERED = re.compile(r"[^\W\d_][\w'\u2019-]*")


# A question put inside a request keeps a statement's order ("remind me who Doe is", "not sure what the levy is"):
# the ask is the question ("who is Doe"). Only a copula closing it is moved, after a subject of a few words.
EMBEDDED = re.compile(
    r"^(?P<wh>who|what|where|when|how old)\s+"
    rf"(?P<x>(?:(?!(?:{AUXILIARY}|should|say|says|said|think|thinks|thought)\b)[\w.'\u2019-]+\s+){{0,5}}?"
    rf"[\w.'\u2019-]+)\s+(?P<be>{BE})(?P<tail>\s+(?:again|exactly|now))?"
    r"\s*[?.!]*$",
    re.IGNORECASE,
)

# "Doe is Acme's what", "Doe is what at Acme": an echo question on Doe's post, which who Doe is tells.
_POST_ECHO = re.compile(
    r"^(?P<x>(?:[\w.'\u2019-]+\s+){0,3}?[\w.'\u2019-]+)\s+(?:is|was)\s+"
    r"(?:(?:the\s+)?[\w.-]+['\u2019]s\s+what|what\s+at\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}[\w.-]+)"
    r"(?:\s+(?:exactly|again|now))?\s*[?.!]*$",
    re.IGNORECASE,
)


# "what do supporters say back", "what did she write back to him": "back" after a word of speech closing the ask (or
# before whom it was said to) says it was a reply, as the word of speech alone asks it.
_SAID_BACK = re.compile(
    r"\b(say|says|said|saying|write|writes|wrote|writing) back(?=\s+to\b|\s*[?.!]*$)", re.IGNORECASE
)

# "what did Doe tell the paper", "what'd she tell reporters": the audience is the outlet or the press, which says
# nothing of what was said; "how does the Doe quote read": what it says.
_TOLD_PRESS = re.compile(
    r"\b(tell|tells|told|telling) (?:the |our |a )?(?:paper|newspaper|press|reporters?|journalists?|media|outlet)\b",
    re.IGNORECASE,
)
_SAY_OF_TELL = {"tell": "say", "tells": "says", "told": "said", "telling": "saying"}
_QUOTE_READS = re.compile(r"\bhow does (.+?\b(?:quote|line|statement)) read\b", re.IGNORECASE)

# "is it a good deal in his view", "in her opinion": whose view it is, which the ask's "he" or "she" already says; the
# words name nothing the brief should hold.
_IN_ONES_VIEW = re.compile(
    r",?\s+(?:in|from) (?:his|her|their|your|its) (?:view|opinion|eyes|mind|estimation|perspective)\b", re.IGNORECASE
)


def without_frame(text: str) -> str:
    """The ask without the words that open a message, frame a request around it or thank after it: "sorry, can you
    tell me who wrote it" → "who wrote it", "btw any idea when the vote is" → "when the vote is", "one more: who",
    "who wrote it? thx" → "who wrote it"; as typed when nothing else is left. An ask in capitals or with every word
    capitalised ("WHO WROTE IT", "Who Is Jane Doe") is read in lower case, as its capitals tell no names apart."""
    text = THANKS_AFTER.sub("", without_lead_in(text))
    framed = FRAME.match(text)
    text = text[framed.end() :] if framed and framed.end() else text
    text = EMBEDDED.sub(r"\g<wh> \g<be> \g<x>\g<tail>", text)
    text = _SAID_BACK.sub(r"\1", text)
    text = _TOLD_PRESS.sub(lambda told: _SAY_OF_TELL[told[1].lower()], text)
    text = _QUOTE_READS.sub(r"what does \1 say", text)
    text = _POST_ECHO.sub(r"who is \g<x>", text)
    text = _IN_ONES_VIEW.sub("", text)
    words = _LETTERED.findall(text)
    return text.lower() if len(words) > 2 and all(w[0].isupper() for w in words) else text


def without_lead_in(text: str) -> str:
    """The ask without a lead-in of filler words before a colon or dash: "quick q: when was the demo"."""
    if ":" not in text and "-" not in text and "\u2013" not in text and "\u2014" not in text:
        return text  # most asks: no colon or dash, so no lead-in to look for
    lead_in = LEAD_IN.match(text)
    if lead_in and LEAD_IN_WORDS.issuperset(normalise(lead_in[1]).split()):
        return text[lead_in.end() :]
    return text


# "what is a levy", "what are bylaws": what the thing is, which a fact defining it says.
_DEFINE_RE = re.compile(
    r"^what (?:is|are) (an? |the )?((?:[\w'-]+ ){0,3}?[\w'-]+)(?: exactly| again| anyway| actually)?$"
)
# "has Doe said if she will run": whether she will run is what is asked, not what Doe said about anything.
_SAID_WHETHER = re.compile(
    rf"^(?:has|have|{DO}) (?:\w+ ){{1,3}}?(?:said|say|says|indicated|signalled|signaled) (?:if|whether)\b"
)
# "what was the operation called", "what is the plan called": X's name is asked for, which X's entry gives.
_CALLED_RE = re.compile(rf"^what {BE} (?:\w+ ){{1,4}}?called$")
# "what is X doing", "how are they doing": the progressive asks what someone is up to or how they fare, unlike
# "what does X do", which asks for their job.
_DOING_RE = re.compile(rf"^(?:what|how) {BE} (?:\w+ ){{1,4}}?doing\b")
# "what does X want", "what did X think of it": what X is after or holds, not who X is.
_WANTS_RE = re.compile(rf"^what {DO} (?:\w+ ){{1,4}}?(?:want|need|think)\b")


def _a_term(article: str | None, words: list[str], index: Index) -> bool:
    """Whether "what is X" asks what a kind of thing is: "what is an inversion" (with "a" or "an", no name); without
    the article it as often asks what someone is doing ("what are protesters chanting") or what a thing holds."""
    return article in ("a ", "an ") and not any(w in index.name_words for w in words)


def defined_in(ask: str) -> frozenset[str]:
    """The stems of what an ask asks to be told what it is ("what is a levy" → levy), or none."""
    defined = _DEFINE_RE.match(normalise(ask))
    return frozenset(stems_of(defined[2])) if defined else frozenset()


_OWNED_TIMELINE = re.compile(r"\w['\u2019]s? (?:timeline|chronology)\b")


def parse(text: str, index: Index) -> Parsed:
    """Correct the ask's typos, read its intents and turn the rest into concepts."""
    text = owner_named(text, index)
    norm_text = ON_SIDE.sub(r"supporting \g<x>", IDIOMS.sub(" ", normalise(without_lead_in(text))))
    for asked, meant in VIEW_ASKED_OTHERWISE:
        norm_text = asked.sub(meant, norm_text)
    typed_words = norm_text.split()
    shorthand = {word for word in typed_words if shorthand_named(word, index.postings)}
    words, fixed = correct(joined_particles(fix_typos(typed_words, shorthand)), index)
    lead = 0
    while lead < len(words) - 1 and words[lead] in OPENERS:
        lead += 1
    typed = Typed(text, words, fixed, lead, " ".join(words[lead:]), frozenset(words), index)
    parsed = Parsed(concepts=[])
    _read_intents(parsed, typed)
    read_kind(parsed, typed)
    opinion = read_speaker(parsed, typed)
    behind = read_who(parsed, typed)
    drop, present = _how_asked(parsed, typed, opinion, behind)
    parsed.concepts = [c for c in concepts(words, fixed, index, yes_no=parsed.yesno) if c.word not in drop]
    if parsed.yesno:
        # "was it long", "is it far": outside "how long" the word is what the yes/no ask asks about.
        parsed.concepts += [
            Concept(w, ((stem(w),),), own=(stem(w),))
            for k, w in enumerate(words)
            if w in ASKED_MEASURES and k > 0 and words[k - 1] not in MEASURE_LEADS
        ]
    if parsed.several:
        # "which teams did he pitch for": an item lists the teams without the word; a plural kind no item uses says
        # only what kind of names are asked for, not that the brief lacks them.
        parsed.concepts = [
            c._replace(modifier=True) if c.own == parsed.name_of[-1:] and not matches(c, index) else c
            for c in parsed.concepts
        ]
    read_attribute(parsed, present, index)
    read_kind_asked(parsed, typed.norm, index)
    return parsed


def _read_intents(parsed: Parsed, typed: Typed) -> None:
    """What kind of ask it is: a summary, a section, when, how many, where, why, yes or no, who, what X is."""
    norm, present, index = typed.norm, typed.present, typed.index
    parsed.summary = SUMMARY.holds(norm, present) or LATEST_RE.match(norm) is not None
    # "Acme's timeline" is something in the story, not the brief's timeline.
    parsed.timeline = TIMELINE.holds(norm, present) and not _OWNED_TIMELINE.search(typed.text.lower())
    parsed.unknowns = UNKNOWNS.holds(norm, present)
    parsed.people = PEOPLE.holds(norm, present)
    parsed.when = WHEN.holds(norm, present)
    parsed.howmany = HOWMANY.holds(norm, present) or bool(TALLY_RE.match(norm))
    parsed.lasting = "how long" in norm and "how long ago" not in norm
    defined = _DEFINE_RE.match(norm)
    parsed.defining = frozenset(stems_of(defined[2])) if defined else frozenset()
    # "what is an inversion" asks what a kind of thing is; "what is the plan" may ask what this one holds.
    parsed.term = defined is not None and _a_term(defined[1], defined[2].split(), index)
    parsed.yesno = YESNO.holds(norm, present)
    parsed.event = EVENT.holds(norm, present)
    parsed.where = WHERE.holds(norm, present)
    response = RESPONDED_RE.match(norm)
    if response:
        named = typed.concepts_in(response)
        parsed.responded = [c for c in named if c.people] or named
    parsed.money = bool(MONEY_ASK_RE.search(norm))
    parsed.day = parsed.when and bool(DAY_RE.search(norm))
    parsed.venue = parsed.where and not present.isdisjoint(SPEAKING)
    parsed.bound = parsed.where and not present.isdisjoint(GOING)
    parsed.why = WHY.holds(norm, present)
    parsed.who_said = WHO_SAID.holds(norm, present)
    who_quoted = WHO_QUOTED_RE.match(norm) is not None
    parsed.bare_who = norm.split()[:1] == ["who"] and not who_quoted  # "who's quoted" asks for the quotes
    parsed.whom = parsed.bare_who and (" ".join(norm.split()[1:2]) in DO_WORDS or asks_whom(norm, index))
    parsed.doing = bool(_DOING_RE.match(norm) or _WANTS_RE.match(norm))
    # Every word typed, even one that only says how the ask is put ("say", "want"), which an editor's ask may hold too.
    words = typed.words
    parsed.typed = frozenset(stem(w) for w in words if w not in STOPWORDS and w not in HOW_WORDS) | closing_do(words)
    parsed.faring = parsed.doing and norm.startswith("how")
    wanting = _WANTS_RE.match(norm)
    parsed.wanting = wanting is not None and wanting[0].endswith("want")
    parsed.all_quotes = ALL_QUOTES.holds(norm, present) or who_quoted


def _how_asked(parsed: Parsed, typed: Typed, opinion: bool, behind: bool) -> tuple[set[str], frozenset[str]]:
    """The words that only say what kind of ask it is, which no concept is made of; and the words typed without
    those saying when as the reporter counts it ("last month"). Reads the order asked for ("first", "latest") and a
    reason asked for in other words than "why"."""
    drop = _kind_words(parsed, typed.norm, opinion, behind) | _framing_words(parsed, typed)
    relative, present = _relative_time(typed.words, typed.present)
    return drop | relative | _read_order(parsed, present), present


# Words saying a section's items matter ("key dates", "main players", "top quotes"): no concept, for a whole section.
_IMPORTANT = frozenset({"key", "main", "top", "notable", "important", "major", "significant", "big"})
_CAST_WORDS = frozenset("involved people players cast orgs organisations organizations persons".split())


def _kind_words(parsed: Parsed, norm: str, opinion: bool, behind: bool) -> set[str]:
    """The words that say what kind of ask it is, intent by intent: "summary" for a summary, "date" for when, "name"
    for a name; "said" when the ask is about saying, or about whether something will be ("has Doe said if …")."""
    drop = set()
    if parsed.summary:
        drop |= {"summary", "summarise", "summarize", "tldr", "gist", "overview", "recap", "nutshell", "about"}
    if LATEST_RE.match(norm):
        drop |= {"latest", "new", "update", "updates", "news", "anything"}
    if parsed.all_quotes:
        drop |= _IMPORTANT | {"best", "good", "strongest", "direct"}
    if WHO_QUOTED_RE.match(norm):
        drop |= {"quoted", "quote", "quotes", "we", "it", "said", "what"}
    if parsed.timeline:
        drop |= _IMPORTANT | {"timeline", "timelines", "chronology", "dates", "date"}
    if parsed.unknowns:
        drop |= {"unclear", "unknown", "unknowns", "unanswered", "unresolved", "open", "gap", "gaps", "missing", "left"}
        drop |= {"still", "remain", "remains", "confirm", "confirmed", "unconfirmed"}
    if parsed.people:
        drop |= _IMPORTANT | _CAST_WORDS
    if parsed.when:
        drop |= {"date", "dated", "year", "month", "day", "ago"} | ({"time"} if "what time" in norm else set())
    if parsed.name_of:
        drop |= {"name", "names"}
    if _CALLED_RE.match(norm):
        drop.add("called")
    if behind:
        drop.add("behind")
    if parsed.howmany:
        drop |= {"number", "count", "counts", "tally", "tallies", "figure", "figures", "stats", "stat", "often", "size"}
        drop |= {m["word"] for m in TOTAL_ASKED.finditer(norm)}
        part = PART_ASKED.search(norm)
        if part:
            drop.add(part["part"])  # "what share of residents": a part of them is asked for
    if parsed.say:
        drop |= SAY_WORDS | (OPINION_WORDS | _IMPORTANT if opinion else frozenset())  # "Doe's main argument"
    elif parsed.who_said:
        drop |= SAY_WORDS  # "who wrote the opinion": the opinion is what the ask is about, not how it is put
    if _SAID_WHETHER.search(norm):
        drop |= SAY_WORDS  # "has Doe said if she will run": whether she will run is what the ask is about
    return drop


def _framing_words(parsed: Parsed, typed: Typed) -> set[str]:
    """The words that frame what the ask is about rather than name it: "reason" (read as "why"), "evidence of",
    "the deal with", a feeling "about" something."""
    norm, present, words = typed.norm, typed.present, typed.words
    drop: set[str] = set()
    if not present.isdisjoint(("reason", "reasons")):  # "for ideological reasons", "the reason for it": why
        parsed.why, drop = True, drop | {"reason", "reasons"}
    evidence = EVIDENCE_OF.match(norm)
    if evidence:
        drop.add(evidence[1])
    if "deal" in present and DEAL_WITH.search(norm):
        drop.add("deal")  # "what's the deal with X": a question about X
    # A feeling before "about" and a topic ("is Doe worried about the vote"; not "what is Doe worried about").
    drop |= {w for k, w in enumerate(words[:-2]) if w in FEELINGS and words[k + 1] in FELT_ABOUT}
    return drop


def _relative_time(words: list[str], present: frozenset[str]) -> tuple[set[str], frozenset[str]]:
    """ "Last month", "this week": when, as the reporter counts it, not the last of several. Its words, and the words
    typed without those saying which ("last", "this")."""
    relative = {w for k, w in enumerate(words[:-1]) if words[k + 1] in TIME_UNITS and w in RELATIVE_WORDS}
    if not relative:
        return set(), present
    return relative | TIME_UNITS, present - relative


def _read_order(parsed: Parsed, present: frozenset[str]) -> frozenset[str]:
    """Reads the order asked for ("when did X first …": the first; "latest": the last) and returns the words that
    say it."""
    if not EARLIEST_WORDS.isdisjoint(present):
        # "when did his show start": the start is also what happened, so items saying it started count.
        parsed.order = "first"
        return (EARLIEST_WORDS - {"start"}) | ORDER_NOUNS
    if parsed.faring and not LATEST_WORDS.isdisjoint(present):
        return LATEST_WORDS  # "how's Doe doing lately": how Doe stands now, not the last of several
    if not LATEST_WORDS.isdisjoint(present):
        parsed.order = "last"
        return LATEST_WORDS | ORDER_NOUNS
    return frozenset()


def section_items(section: str, index: Index) -> list[int]:
    """A whole part of the brief ("facts", "quotes", "questions", "timeline", "people", or "figures": the items that
    give one) in answering order: the facts the story turns on first, open questions and the timeline in their order,
    the rest as the brief lists them."""
    if section == "facts":
        return index.central_facts
    if section == "questions":
        return index.open_questions
    if section == "timeline":
        return index.timeline
    if section == "figures":  # the facts giving a count or a sum, the story's main ones first, then the other items
        giving = {n for n, figures in index.counts.items() if figures} | index.has_money
        facts = [n for n in index.central_facts if n in giving]
        return facts + sorted(giving - set(facts) - set(index.open_questions))
    return sorted(index.in_section.get(section, ()))


def section_answer(parsed: Parsed, index: Index) -> tuple[str, list[int]]:
    """Asks that are all intent and no content: the section they name, and its items in answering order."""
    if parsed.unknowns:
        return "questions", section_items("questions", index)
    if parsed.timeline or (parsed.when and not parsed.concepts):
        return "timeline", section_items("timeline", index)
    if parsed.event and parsed.order and not parsed.concepts:  # "what happened first", "what happened last"
        if parsed.order == "first":
            return "timeline", index.timeline
        dates = {n: getattr(index.items[n][1], "date", None) for n in index.timeline}
        return "timeline", [n for n in reversed(index.timeline) if not after_publication(dates[n], index.published)]
    if parsed.summary or (parsed.event and not parsed.concepts):  # "what happened?" with nothing more: the gist
        return "facts", section_items("facts", index)
    if parsed.people or (parsed.bare_who and not parsed.concepts):
        return "people", section_items("people", index)
    if parsed.all_quotes:
        return "quotes", section_items("quotes", index)
    return "", []

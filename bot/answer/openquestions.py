"""The brief's open questions as answers: one that asks what the ask asks goes first (`unknown_first`), one asking
whether or what someone said answers "what did X say" (`asks_spoken`, `asks_what_said`), and those that hold most of
an uncovered ask are offered beside "not covered" (`near`)."""

from __future__ import annotations

import re

from bot.answer.concepts import Concept, matches, weight
from bot.answer.forms import AGE, BE, DO, HAVE, HOWMANY, MODAL, MONEY, WHEN, WHERE, WHO, WHY, Rule
from bot.answer.index import Index
from bot.answer.parsed import Parsed
from bot.answer.tuning import MAX_NEAR, NEAR_MIN_SHARED, NEAR_THRESHOLD
from bot.answer.words import normalise, stems_of
from bot.briefs.model import Question

# An open question on whether someone spoke: "has the mayor commented?", "what did the DEA say?" ("the story does not
# say" only says it is unknown).
_SPOKEN = re.compile(
    r"\b(?:say|said|says|comment|comments|commented|respond|responded|response|react|reacted|reaction|statement|"
    r"told|reply|replied)\b"
)
_UNSAID = re.compile(rf"\b{DO} not say\b")
# An ask of what someone said, wrote or posted, in any words ("when did Doe say it", "what did Doe tweet").
_OF_SPEECH = re.compile(
    r"\b(?:say|said|says|saying|tell|told|comment\w*|respon\w*|react\w*|statement|repl\w*|tweet\w*|post\w*|"
    r"wr[io]te|written|quote\w*)\b"
)
# An open question asking "what" or "which" thing, for an ask asking nothing more specific ("what office would X seek").
_WHAT = Rule(re.compile(r"^(?:what|which)\b"), frozenset({"what", "which"}))
# A yes/no ask about what is to come ("will Doe run", "has Doe said if she will run"), and open questions asking one
# about what is to come or about what was.
_FUTURE_YESNO = re.compile(rf"^{MODAL}\b|\b(?:if|whether) (?:\w+ ){{0,3}}?(?:will|would|\w+['\u2019]ll)\b")
_WILL = Rule(re.compile(rf"^{MODAL}\b"), frozenset("will would can could".split()))
_WAS = Rule(
    re.compile(rf"^(?:{DO}|{HAVE}|{BE})\b"),
    frozenset("did does do has have had was were is are".split()),
)


def unknown_first(parsed: Parsed, index, order: list[int], base: dict[int, float], text: str) -> list[int]:
    """The order with an open question first when its question asks what the ask asks: the same kind of thing (who,
    when, where, how many, why; yes or no of what is to come, or of what was, as the ask does; "what" or "which" for
    an ask with no other intent) of all the ask's words (two at least), with as high a base score as the best item.
    The editor wrote that the story does not give it, so an item on the same topic is no answer. One asking what
    someone says of it ("what does Doe say about the charge") asks nothing an ask of no speech asks ("what is Doe
    charged with")."""
    rules = _asked_rules(parsed)
    if not rules and parsed.concepts:
        rules = [(_WILL if _FUTURE_YESNO.search(text.lower()) else _WAS) if parsed.yesno else _WHAT]
    if not order or not rules or len(parsed.concepts) < 2 or order[0] in index.open_questions:
        return order
    best = base[order[0]]
    of_speech = bool(parsed.say or parsed.responded or _OF_SPEECH.search(normalise(text)))
    for n in order:
        if n in index.open_questions and base[n] >= best - 1e-9:
            asked = index.items[n][1].text.split("?")[0]  # what it asks, not what it says is known
            norm = normalise(asked)
            stems = set(stems_of(asked))
            if (
                (of_speech or not _SPOKEN.search(_UNSAID.sub(" ", norm)))
                and any(rule.holds(norm, set(norm.split())) for rule in rules)
                and all(c.held_by(stems) for c in parsed.concepts)
            ):
                return [n] + [m for m in order if m != n]
    return order


def _asked_rules(parsed: Parsed) -> list[Rule]:
    """The intents an open question must show to ask the same kind of thing as the ask."""
    wanted = [
        (parsed.bare_who or bool(parsed.name_of), WHO),
        (parsed.when, WHEN),
        (parsed.where, WHERE),
        (parsed.howmany, HOWMANY),
        (parsed.money, MONEY),
        (parsed.age, AGE),
        (parsed.why, WHY),
    ]
    return [rule for asked, rule in wanted if asked]


def asks_spoken(question: str, speaker: list[Concept] | None = None) -> bool:
    """Whether an open question asks whether or what someone said; with a speaker, whether it names them before its
    word of speech ("what does Doe say", not "what do others say about Doe's plan")."""
    text = _UNSAID.sub(" ", normalise(question))
    spoken = _SPOKEN.search(text)
    if not spoken or not speaker:
        return bool(spoken)
    before = set(stems_of(text[: spoken.start()]))
    return all(concept.held_by(before) for concept in speaker)


def asks_what_said(question: str, speaker: list[Concept]) -> bool:
    """Whether an open question asks what X said or how X responded ("what has Doe said?", "how did Acme respond?"),
    which answers "what did X say" that the brief cannot: not whether X said something in particular ("did Doe say
    anything new?")."""
    asked = question.split("?")[0]
    norm = normalise(asked)
    words = set(norm.split())
    return not (_WAS.holds(norm, words) or _WILL.holds(norm, words)) and asks_spoken(asked, speaker)


def near(parsed: Parsed, index: Index) -> tuple[Question, ...]:
    """Open questions that hold most of what the brief knows of an uncovered ask.

    Only when the ask is mostly made of the brief's words (at least two known concepts, no fewer than unknown
    ones), and each question offered holds at least two of them: "what's the weather in Reston" gets none.
    """
    known = [c for c in parsed.concepts if matches(c, index)]
    if len(known) < NEAR_MIN_SHARED or len(known) < len(parsed.concepts) - len(known):
        return ()
    weights = [weight(c, matches(c, index), index) for c in known]
    total = sum(weights) or 1.0
    scores: dict[int, float] = {}
    shared: dict[int, int] = {}
    open_questions = set(index.open_questions)
    for concept, concept_weight in zip(known, weights, strict=True):
        for n, how in matches(concept, index).items():
            if n in open_questions:
                scores[n] = scores.get(n, 0.0) + concept_weight * how / total
                shared[n] = shared.get(n, 0) + 1
    chosen = [n for n in scores if scores[n] >= NEAR_THRESHOLD and shared[n] >= NEAR_MIN_SHARED]
    ranked = (index.items[n][1] for n in sorted(chosen, key=lambda n: (-scores[n], n)))
    return tuple(item for item in ranked if isinstance(item, Question))[:MAX_NEAR]

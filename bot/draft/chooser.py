"""A learned second opinion on who said a quotation: a linear score over the speakers the rules consider.

For each quotation the rules attributed (:mod:`bot.draft.quotes`), the candidates are the rules' own
choice, nobody, the speakers of the quotations just before it, and every person or body mentioned in
its paragraph or the two before it (pronouns and descriptions as the story resolved them). Each
candidate is described by general features: which side of the quotation and how far in words and
sentences, whether a speech verb ties the mention, its grammatical role, whether it is the rules'
choice and by which rule, agreement with a "he" or "she" in the sentence, how often the story names it.
The candidate with the highest score wins; a tie keeps the rules' choice.

The weights (``chooser_weights.tsv``) are fitted by ``bench/train_chooser.py`` on the PolNeAR train
split; with no weights file the rules' choice stands.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from bot.draft import lexicon as lx
from bot.draft.names import Entity, Mention, is_modifier
from bot.draft.quotes import FoundQuote
from bot.draft.story import Paragraph, Story

WEIGHTS = "chooser_weights.tsv"
WITHIN = (3, 8, 20, 50)  # words between a mention and the quotation, as steps
LOOK_BACK = 2  # paragraphs before the quotation's own whose mentions are candidates
KEPT_HOWS = ("transcript turn", "signed on the line after it")  # settled by the page's layout, not chosen
WORD = re.compile(r"\S+")
# Contexts whose pairings with every feature the model uses: none, as pairing with the rule that attributed the
# quotation ("ctx:after", "ctx:none" …) or with a "he"/"she" cue ("ctx:cue_m") did no better out of fold.
CONJOINED: frozenset[str] = frozenset()
GENDERED = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


@dataclass(frozen=True)
class Candidate:
    entity: Entity | None  # None: the quotation is left unattributed
    features: Mapping[str, float]


@functools.lru_cache(maxsize=1)
def shipped_weights() -> Mapping[str, float]:
    """The shipped weights as a read-only map (empty when no model has been trained)."""
    path = resources.files("bot.draft").joinpath(WEIGHTS)
    return MappingProxyType(parse_weights(path.read_text(encoding="utf-8")) if path.is_file() else {})


def parse_weights(text: str) -> dict[str, float]:
    """Rows of ``feature<TAB>weight``; lines starting with # are comments."""
    weights = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.split("\t")
            weights[name] = float(value)
    return weights


def score(features: Mapping[str, float], weights: Mapping[str, float]) -> float:
    return sum(value * weights.get(name, 0.0) for name, value in features.items())


def choose_speakers(
    story: Story, quotes: list[FoundQuote], weights: Mapping[str, float] | None = None
) -> list[FoundQuote]:
    """The quotations with each speaker the highest-scoring candidate's (the rules' choice on a tie)."""
    weights = shipped_weights() if weights is None else weights
    if not weights:
        return quotes
    for quote, candidates in zip(quotes, gather_candidates(story, quotes), strict=True):
        if not candidates:
            continue
        best = max(candidates, key=lambda c: (score(c.features, weights), c.features.get("rule", 0.0)))
        if best.entity is not quote.speaker:
            quote.speaker, quote.how = best.entity, f"chosen over the rules' {quote.how or 'none'} by the model"
    return quotes


def gather_candidates(story: Story, quotes: list[FoundQuote]) -> list[list[Candidate]]:
    """For each quotation, its candidate speakers and their features ([] where the rules' choice is kept)."""
    words = _word_offsets(story)
    out = []
    for i, quote in enumerate(quotes):
        out.append([] if quote.how in KEPT_HOWS else _candidates(story, quotes, i, words))
    return out


def _word_offsets(story: Story) -> list[int]:
    """Words in the story before each paragraph."""
    offsets, total = [], 0
    for par in story.paragraphs:
        offsets.append(total)
        total += len(par.text.split())
    return offsets


def _word_at(par: Paragraph, pos: int, offsets: list[int]) -> int:
    return offsets[par.index] + len(WORD.findall(par.text[:pos]))


def _sentence_index(par: Paragraph, pos: int) -> int:
    return next((i for i, (start, end) in enumerate(par.sentences) if start <= pos < end), len(par.sentences) - 1)


def _candidates(story: Story, quotes: list[FoundQuote], i: int, offsets: list[int]) -> list[Candidate]:
    quote = quotes[i]
    par = story.paragraphs[quote.paragraph]
    span = next((s for s in par.quotes if s.open + 1 == quote.start), None)
    q_open = quote.start - 1
    q_end = span.end if span else q_open + len(quote.text) + 2
    s_start, s_end = par.sentence_of(q_open)
    q_word, q_end_word = _word_at(par, q_open, offsets), _word_at(par, q_end, offsets)
    q_sentence = _sentence_index(par, q_open)
    pronoun = GENDERED.search(par.masked[s_start:q_open] + " " + par.masked[q_end:s_end])
    cue_gender = ("m" if pronoun.group().lower() == "he" else "f") if pronoun else None
    how = quote.how or "none"

    found: dict[int, tuple[Entity | None, dict[str, float]]] = {}

    def entry(entity: Entity | None) -> dict[str, float]:
        key = id(entity)
        if key not in found:
            found[key] = (entity, {"bias": 1.0})
        return found[key][1]

    rule = entry(quote.speaker)
    rule["rule"] = 1.0
    rule[f"rule:{how}"] = 1.0
    entry(None)["none"] = 1.0
    earlier = [q for q in quotes[:i] if q.paragraph >= quote.paragraph - LOOK_BACK]
    if earlier:
        entry(earlier[-1].speaker)["last_quote"] = 1.0
        same = [q for q in earlier if q.paragraph == quote.paragraph]
        if same:
            entry(same[-1].speaker)["last_quote_same_par"] = 1.0
        previous = [q for q in earlier if q.paragraph == quote.paragraph - 1]
        if previous:
            entry(previous[-1].speaker)["last_quote_prev_par"] = 1.0

    for index in range(max(0, quote.paragraph - LOOK_BACK), quote.paragraph + 1):
        other = story.paragraphs[index]
        subjects = _subjects(other)
        for m in other.mentions:
            if m.entity is None or is_modifier(m.entity) or (index == quote.paragraph and q_open <= m.start < q_end):
                continue
            if index == quote.paragraph and m.start >= s_end:
                continue
            features = entry(m.entity)
            w = _word_at(other, m.start, offsets)
            side = "before" if m.start < q_open or index < quote.paragraph else "after"
            zone = ("sent_" + side if s_start <= m.start < s_end else "own") if index == quote.paragraph else "prev"
            _mention_features(features, other, m, zone, subjects)
            distance = q_word - w if side == "before" else w - q_end_word
            near = math.log1p(max(0, distance))
            features["nearness"] = max(features.get("nearness", 0.0), 1.0 / (1.0 + near))
            features.update({f"within{t}:{side}": 1.0 for t in WITHIN if distance <= t})
            if index == quote.paragraph and s_start <= m.start < s_end:
                features[f"sentence:{side}"] = 1.0
                if side == "after" and distance <= 3:
                    features["right_after"] = 1.0
            elif index == quote.paragraph:
                gap = min(3, q_sentence - _sentence_index(other, m.start))
                features[f"sentences_back:{gap}"] = 1.0
            else:
                features[f"paragraphs_back:{quote.paragraph - index}"] = 1.0
            features["mentions_near"] = features.get("mentions_near", 0.0) + 0.25

    headline = set(re.findall(r"[A-Z][\w'-]+", story.article.headline or ""))
    _ranks(found, cue_gender)
    context = {f"ctx:{_group(how)}"} | ({f"ctx:cue_{cue_gender}"} if cue_gender else set())
    out = []
    for entity, features in found.values():
        if entity is not None:
            _entity_features(features, entity, cue_gender)
            if headline & set(entity.name.split()):
                features["in_headline"] = 1.0
        out.append(Candidate(entity, MappingProxyType(conjoin(features, context))))
    return out


def conjoin(features: dict[str, float], context: set[str], wanted: frozenset[str] = CONJOINED) -> dict[str, float]:
    """The candidate's features, and each again paired with the quotation's context where that is wanted
    (the same evidence weighs differently when the rules found no cue, or the cue is "he" or "she")."""
    out = dict(features)
    for ctx in context & wanted:
        out.update({f"{ctx}|{name}": value for name, value in features.items() if not name.startswith("rule:")})
    return out


def _group(how: str) -> str:
    """The rules' way of attributing, coarsely: the model weighs the evidence differently for each."""
    for word in ("after", "earlier", "subject", "continues", "author", "previous"):
        if word in how:
            return word
    return "none" if how in ("none", "unattributed") else "other"


def _ranks(found: dict[int, tuple[Entity | None, dict[str, float]]], cue_gender: str | None):
    """Order of the people mentioned before the quotation, nearest first, and among those of the cue's sex."""
    people = [
        (features["nearness"], entity.gender, features)
        for entity, features in found.values()
        if entity is not None and entity.kind == "person" and not entity.plural and "nearness" in features
    ]
    people.sort(key=lambda item: -item[0])
    for rank, (_, _, features) in enumerate(people[:3]):
        features[f"near_rank:{rank}"] = 1.0
    agreeing = [f for _, gender, f in people if cue_gender is None or gender in (None, cue_gender)]
    for rank, features in enumerate(agreeing[:3]):
        features[f"agree_rank:{rank}"] = 1.0


def _subjects(par: Paragraph) -> set[int]:
    """Start offsets of each sentence's first mention not after a preposition or a possessive."""
    starts = set()
    for start, end in par.sentences:
        first = next((m for m in par.mentions if start <= m.start < end and not m.prep and not m.possessive), None)
        if first is not None:
            starts.add(first.start)
    return starts


def _mention_features(features: dict[str, float], par: Paragraph, m: Mention, tag: str, subjects: set[int]):
    features[f"kind:{m.kind}:{tag}"] = 1.0
    if m.prep:
        features[f"prep:{tag}"] = 1.0
    if m.possessive:
        features[f"possessive:{tag}"] = 1.0
    if m.start in subjects:
        features[f"subject:{tag}"] = 1.0
    after = re.match(r"[\s,]*(?:\w+ly\s+|also\s+|then\s+|has\s+|had\s+)*([a-z]+)", par.masked[m.end : m.end + 40])
    before = re.search(r"(?<![\w-])([a-z]+)\s+$", par.masked[max(0, m.start - 20) : m.start])
    if after and after[1] in lx.SPEECH_VERBS:
        features[f"verb_after:{tag}"] = 1.0
    if before and before[1] in lx.SPEECH_VERBS:
        features[f"verb_before:{tag}"] = 1.0
    if tag.startswith("sent"):
        prev = re.search(r"(\S+)\s*$", par.masked[max(0, m.start - 30) : m.start])
        nxt = re.match(r"\s*(\S+)", par.masked[m.end : m.end + 30])
        features[f"word_before:{tag}:{prev[1].lower() if prev else ''}"] = 1.0
        features[f"word_after:{tag}:{nxt[1].lower() if nxt else ''}"] = 1.0
    if not (m.prep or m.possessive) and (
        (after and after[1] in lx.SPEECH_VERBS) or (before and before[1] in lx.SPEECH_VERBS)
    ):
        features[f"speaks:{tag}"] = 1.0


def _entity_features(features: dict[str, float], entity: Entity, cue_gender: str | None):
    features[f"entity:{entity.kind}"] = 1.0
    if entity.anon:
        features["anon"] = 1.0
    if entity.plural:
        features["plural"] = 1.0
    if entity.role:
        features["has_role"] = 1.0
    if entity.gender:
        features["gender:" + entity.gender] = 1.0
    if cue_gender and entity.gender:
        features["gender_agrees" if entity.gender == cue_gender else "gender_clashes"] = 1.0
    features["named_often"] = math.log1p(entity.count) / 3.0

"""Asks → concepts: typo correction against the brief and the words a question is read by, then aliases, synonyms
and words, and what each matches."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import top_n_list

from bot.answer.about import ABOUT_WORDS
from bot.answer.index import Index
from bot.answer.shortforms import shorthand_named, state_named
from bot.answer.tuning import (
    ABBREVIATION_DOMINANCE,
    ANCHOR_FACTOR,
    COMMON_MODIFIER_FACTOR,
    COMMON_MODIFIER_ZIPF,
    ENGLISH_WORDS,
    EVERYDAY_FACTOR,
    FUZZY_EDITS,
    SLIP_LETTERS,
    SYNONYM_FACTOR,
)
from bot.answer.vocabulary import EXPECTED_OR_CLAIMED, SYNONYM_BY_STEM, SYNONYM_KEYS, SYNONYM_STEMS, SYNONYM_WORDS
from bot.answer.words import (
    ATTRIBUTE_WORDS,
    FILLER,
    INTENT_VOCAB,
    INTENT_WORDS,
    IRREGULAR,
    STOPWORDS,
    WORD_ZIPF,
    can_be_noun,
    can_describe,
    everyday,
    fix_typos,
    frequency,
    is_content,
    modifier_readings,
    normalise,
    rare_frequency,
    stem,
)

_ANCHORS = frozenset({"after", "before", "since", "following", "prior"})
# A word right after a subject pronoun, "who" or "to", or a word or two after "does"/"will"/"has" and their subject,
# is the ask's verb ("does Schiff buy that", "who did he replace", "has Trump tried"): a verb the brief never uses is
# a way of putting the ask, and so is a participle ("when's Gowdy putting out the report").
_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i", "you", "to", "who"})
_AUXILIARIES = frozenset({"do", "does", "did", "will", "would", "can", "could", "should", "has", "have", "had"})
# A past participle a word or three after a form of "be" is a passive verb ("what is considered safe", "why is he still
# locked up"): a way of putting the ask, like the verb after "does".
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "any"})
# Words of place that, before "the" or "his", only say where ("how many protesters outside the Taj", "who rallied
# around the courthouse"): the place they name is what the ask is about.
_PLACE_WORDS = frozenset({"outside", "inside", "around", "throughout", "along", "alongside", "beneath", "underneath"})
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "this", "that", "these", "those"})
_CLAUSE_BREAKS = frozenset({"and", "but", "or", "did", "does", "do", "was", "were", "is", "has", "have", "who", "what"})
# The words a question is read by, which a slip in it is corrected to when the brief has no word near it.
READING_WORDS = tuple(sorted(STOPWORDS | FILLER | INTENT_WORDS | ABOUT_WORDS))


class Concept(NamedTuple):
    """One thing the ask names: a content word, or a phrase found among the aliases or synonyms."""

    word: str  # as typed (after typo correction)
    alternatives: tuple[tuple[str, ...], ...]  # phrases of stems; any one matching is a match
    fuzzy: bool = False
    own: tuple[str, ...] = ()  # the stems as typed; other alternatives count SYNONYM_FACTOR
    anchor: bool = False  # after "after", "before", "since": the ask's time frame, not its subject
    people: frozenset[int] = frozenset()  # people items this concept names (by name or alias)
    verb: bool = False  # in a verb's place in the ask (see _SUBJECTS)
    modifier: bool = False  # an adverb, or an adjective in an ask that is not yes/no: it describes, not asks

    def held_by(self, stems: set[str] | frozenset[str]) -> bool:
        """Whether a set of stems (a text's, an editor's ask's) holds one of the concept's alternatives whole."""
        return any(stems.issuperset(alternative) for alternative in self.alternatives)


def joined_particles(words: list[str]) -> list[str]:
    """The words with a phrasal verb's particle put back beside its verb when its object stands between them ("put the
    video out" → "put out the video", "call it off" → "call off it"), so the phrase meets its synonyms: the object a
    pronoun, or a determiner and one or two more words; the particle ends the ask or its clause."""
    joined = list(words)
    for n, word in enumerate(joined):
        for gap in (1, 2, 3):
            middle, after = joined[n + 1 : n + 1 + gap], joined[n + 1 + gap : n + 3 + gap]
            if not after or len(middle) < gap or (word, after[0]) not in SYNONYM_KEYS:
                continue
            if after[1:] and (after[1] in DETERMINERS or after[1] not in STOPWORDS):
                continue  # "take the kids off the bus": a preposition with its own object, no particle
            pronoun = gap == 1 and middle[0] in _OBJECT_PRONOUNS
            if pronoun or (gap > 1 and middle[0] in DETERMINERS and not STOPWORDS.intersection(middle[1:])):
                joined[n + 1 : n + 2 + gap] = [after[0], *middle]
                break
    return joined


def correct(words: list[str], index: Index) -> tuple[list[str], set[int]]:
    """Replace words the brief does not know by its closest word, when close enough (typos).

    Returns the words and the positions of those corrected to a word of the brief.
    """
    out: list[str] = []
    fixed: set[int] = set()
    for n, word in enumerate(words):
        hit = index.recall(index.corrections, word)
        if hit is None:
            hit = _correct_word(word, index)
            index.keep(index.corrections, word, hit)
        out.append(hit[0])
        if hit[1]:
            fixed.add(n)
    return out, fixed


def as_meant(text: str, index: Index) -> str:
    """The ask normalised with its slips corrected, as the engine reads its words ("who wrtoe this")."""
    return " ".join(correct(fix_typos(normalise(text).split()), index)[0])


def _correct_word(word: str, index: Index) -> tuple[str, bool]:
    """(the word to use, whether it was corrected to a word of the brief)."""
    if (
        word in STOPWORDS
        or word in FILLER
        or word in INTENT_WORDS
        or word in ABOUT_WORDS
        or word.isdigit()
        or stem(word) in index.postings
        or word in SYNONYM_WORDS
        or word in ATTRIBUTE_WORDS
        or word in index.short_forms
        or state_named(word, index.postings)
        or shorthand_named(word, index.postings)
    ):
        return word, False
    if frequency(word) >= WORD_ZIPF:
        return _expand_abbreviation(word, index), False  # "getting" is a word as typed, not a slip for "setting"
    edits = next((allowed for shortest, allowed in FUZZY_EDITS if len(word) >= shortest), 0)
    if not edits:
        shortened = _expand_abbreviation(word, index)
        if shortened != word or len(word) < SLIP_LETTERS or frequency(word) > 0:
            return shortened, False
        edits = 1  # "whre", "trup": a short word English does not know and no word of the brief begins is a slip
    best = _nearest(word, index.surface_list, edits, index.surface_count.__getitem__)
    intent = process.extractOne(word, INTENT_VOCAB, scorer=OSA.distance, score_cutoff=edits)
    if intent and (not best or intent[1] < best[1]):
        return intent[0], False
    meant = _nearest(word, READING_WORDS, edits, frequency) if frequency(word) == 0 else None
    if best and not (meant and meant[1] == best[1] and _left_out(word, meant[0]) and not _left_out(word, best[0])):
        return best[0], True  # "wote" is "wrote", a letter left out, before the brief's "vote"
    if meant:
        return meant[0], False
    if frequency(word) == 0 and (inflected := _near_stem(word, edits, index)) is not None:
        return inflected, True
    if rare_frequency(word) == 0 and (english := _nearest(word, _english_words(), edits, frequency)):
        return english[0], False  # "befrehand" (no English word at all, unlike "spox"): a slip for "beforehand"
    return _expand_abbreviation(word, index), False


@cache
def _english_words() -> tuple[str, ...]:
    """The commonest words of English (wordfreq's list), of three letters or more: what a slip no word of the brief
    is near was meant to be. Read on the first such slip, not when the bot starts."""
    return tuple(w for w in top_n_list("en", ENGLISH_WORDS, wordlist="small") if w.isalpha() and len(w) >= 3)


def _nearest(
    word: str, candidates: Sequence[str], edits: int, weight: Callable[[str], float]
) -> tuple[str, int] | None:
    """The candidate within ``edits`` of the word and its distance: the nearest; of equally near ones, one it is with a
    letter left out ("whre" → "where", not "were"), then the heaviest."""
    near = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=edits, limit=None)
    if not near:
        return None
    found, distance, _ = min(near, key=lambda hit: (hit[1], not _left_out(word, hit[0]), -weight(hit[0])))
    return found, distance


def _left_out(typed: str, word: str) -> bool:
    """Whether the word typed is the word with one letter left out."""
    return len(word) == len(typed) + 1 and any(word[:k] + word[k + 1 :] == typed for k in range(len(word)))


def _near_stem(word: str, edits: int, index: Index) -> str | None:
    """The brief's commonest word whose stem is within ``edits`` of the word's, for a slip (a word English does not
    know) in another form of a word the brief uses ("comtrols" → "control", "raect" → "reacted")."""
    near = process.extractOne(stem(word), index.postings.keys(), scorer=OSA.distance, score_cutoff=edits)
    if near is None:
        return None
    forms = [w for w in index.surface_list if stem(w) == near[0]]
    return max(forms, key=index.surface_count.__getitem__) if forms else None


def _expand_abbreviation(word: str, index: Index) -> str:
    """A shortened word ("rec", "admin", "gov", and plurals: "dems") → the word of the brief it begins, if just
    one does or one is used far more than the others."""
    if len(word) < 3 or frequency(word) >= WORD_ZIPF:
        return word
    expanded = _expand_prefix(word, index)
    if expanded == word and word.endswith("s") and len(word) > 3:
        expanded = _expand_prefix(word[:-1], index)
        return word if expanded == word[:-1] else expanded
    return expanded


def _expand_prefix(word: str, index: Index) -> str:
    start = bisect.bisect_left(index.surface_list, word)
    longer = []
    for candidate in index.surface_list[start : start + 8]:
        if not candidate.startswith(word):
            break
        if len(candidate) >= len(word) + 3:
            longer.append(candidate)
    counts: dict[str, int] = {}
    for candidate in longer:
        counts[stem(candidate)] = counts.get(stem(candidate), 0) + index.surface_count[candidate]
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] < ABBREVIATION_DOMINANCE * ranked[1]:
        return word  # several words of the brief begin so, none much more used than the rest
    best = max(counts, key=counts.__getitem__) if counts else None
    return next((w for w in longer if stem(w) == best), word)


def concepts(words: list[str], fixed: set[int], index: Index, offset: int = 0, yes_no: bool = True) -> list[Concept]:
    """Greedy longest match of aliases and synonyms, then single content words.

    ``words`` may be a slice of the whole ask starting at ``offset``; ``fixed`` holds positions in the whole ask.
    ``yes_no`` says the ask is a yes/no question, where an adjective is what is asked ("is the ban legal").
    """
    found: list[Concept] = []
    anchored = _anchored(words)
    n = 0
    while n < len(words):
        phrase = _phrase_at(words, n, index)
        if phrase:
            fuzzy = any(offset + n + k in fixed for k in range(len(phrase)))
            found.append(_phrase_concept(phrase, fuzzy, anchored[n], index))
            n += len(phrase)
            continue
        if is_content(words[n]) and not _says_where(words, n) and not _particle(words, n, yes_no):
            found.append(_word_concept(words, n, offset + n in fixed, anchored[n], index, yes_no))
        n += 1
    return found


# Adverbs that make a verb before them into another ("sit down", "come around", "went back", "ran away").
_PARTICLES = frozenset("down back around away".split())


def _particle(words: list[str], n: int, yes_no: bool) -> bool:
    """Whether words[n] is the adverb of a verb of two words ("where did they sit down"): part of the verb, not a
    word of its own the items must hold."""
    return words[n] in _PARTICLES and n > 0 and _in_verb_place(words, n - 1, yes_no)


def _says_where(words: list[str], n: int) -> bool:
    """Whether words[n] is a word of place before a determiner ("outside the Taj")."""
    return words[n] in _PLACE_WORDS and n + 1 < len(words) and words[n + 1] in DETERMINERS


def _anchored(words: list[str]) -> list[bool]:
    """For each word, whether it is in the ask's time frame: after "after", "before" or "since", until the clause
    ends."""
    anchored = [False] * len(words)
    inside = False
    for k, word in enumerate(words):
        if word in _ANCHORS:
            inside = True
        elif word in _CLAUSE_BREAKS:
            inside = False
        anchored[k] = inside
    return anchored


def _phrase_at(words: list[str], n: int, index: Index) -> tuple[str, ...] | None:
    """The longest alias or synonym phrase starting at words[n] (a single word too), or None."""
    for size in range(min(index.phrase_starts.get(words[n], 1), len(words) - n), 0, -1):
        phrase = tuple(words[n : n + size])
        if size == 1 and (phrase[0] in STOPWORDS or phrase[0] in FILLER):
            return None
        if phrase in index.aliases or phrase in SYNONYM_KEYS:
            return phrase
    return None


def _phrase_concept(phrase: tuple[str, ...], fuzzy: bool, anchored: bool, index: Index) -> Concept:
    """The concept of an alias or synonym phrase: the names it stands for, its synonyms and its own words."""
    in_aliases, in_synonyms = phrase in index.aliases, phrase in SYNONYM_KEYS
    alts: list[tuple[str, ...]] = list(index.aliases[phrase]) if in_aliases else []
    own = tuple(stem(w) for w in phrase if w not in STOPWORDS)
    if in_synonyms:
        alts.extend(SYNONYM_STEMS[phrase])
        if own:
            alts.append(own)
    alternatives = tuple(dict.fromkeys(a for a in alts if a))
    people = index.alias_people.get(phrase, frozenset())
    verb = in_synonyms and not in_aliases and phrase[-1] == "to"  # "supposed to", "set to": a verb follows
    return Concept(" ".join(phrase), alternatives, fuzzy, own, anchored, people, verb=verb)


def _word_concept(words: list[str], n: int, fuzzy: bool, anchored: bool, index: Index, yes_no: bool) -> Concept:
    """The concept of the content word words[n]: its stem and synonyms, or the brief's phrase it is short for; and
    whether it is in a verb's place or only describes."""
    word = words[n]
    own = (stem(word),)
    alternatives = tuple(dict.fromkeys([own, *SYNONYM_BY_STEM.get(own[0], ())]))
    # "awb": the brief's "assault weapons ban"; "nv": its Nevada, unless the brief uses the word itself; "gop": its
    # Republicans, even where the brief says GOP too. An English adjective is no initials ("mad" is not the brief's
    # "members approve deal").
    short = shorthand_named(word, index.postings) or (
        None
        if own[0] in index.postings
        else state_named(word, index.postings) or (None if can_describe(word) else index.short_forms.get(word))
    )
    if short:
        alternatives += (short,)
    verb = _in_verb_place(words, n, yes_no)
    modifier = _describing(words, n, index, yes_no)
    return Concept(word, alternatives, fuzzy, own, anchored, verb=verb, modifier=modifier)


def _describing(words: list[str], n: int, index: Index, yes_no: bool) -> bool:
    """Whether words[n] only describes: an adverb, or outside a yes/no ask an adjective."""
    readings = modifier_readings(words[n])
    if readings == {"ADV"} or (bool(readings) and not yes_no):
        return True
    if yes_no or stem(words[n]) in index.postings:
        return False
    # A word no item uses that can be an adjective, before a word of the ask ("Doe's main argument", "from regular
    # spying"), describes it, even one that can be a noun too: how the ask is put, not its subject. Not a noun after
    # "the" or "his" and before an -ing word saying what it does ("how's the stock reacting"): the ask's subject.
    if 0 < n < len(words) - 1 and words[n - 1] in DETERMINERS and words[n + 1].endswith("ing"):
        return can_describe(words[n]) and not can_be_noun(words[n])
    return n + 1 < len(words) and is_content(words[n + 1]) and can_describe(words[n])


def _in_verb_place(words: list[str], n: int, yes_no: bool = True) -> bool:
    """Whether words[n] follows a subject pronoun or "to", or "does"/"will" and a subject of one to three words, or
    is a past participle after a form of "be" in an ask that is not yes/no ("were they caught" asks it)."""
    if n > 0 and words[n - 1] in _SUBJECTS:
        return True
    if n > 0 and (words[n - 1] in DETERMINERS or words[n - 1] == "s"):
        return False  # "the deputy", "Okafor's deputy": a noun
    if n > 0 and words[n].endswith("ing") and len(words[n]) > 5:
        return True  # "when's Gowdy putting out the report": a participle
    for k in range(n - 2, max(-1, n - 5), -1):
        if words[k] in _AUXILIARIES:
            return any(w not in DETERMINERS for w in words[k + 1 : n])
    if not yes_no and _participle(words[n]):
        return any(words[k] in _BE for k in range(max(0, n - 4), n))
    return False


def _participle(word: str) -> bool:
    """Whether a word looks like a past participle: "locked", "considered", or an irregular one ("caught")."""
    return (len(word) > 4 and word.endswith("ed")) or IRREGULAR.get(word, word) != word


def matches(concept: Concept, index: Index) -> dict[int, float]:
    """Item number → how well the item holds this concept (best field weight of any alternative)."""
    key = (concept.alternatives, concept.own)
    hit = index.recall(index.concept_cache, key)
    if hit is not None:
        return hit
    found: dict[int, float] = {}
    for phrase in concept.alternatives:
        found_rows = [index.postings.get(s) for s in phrase]
        rows = [row for row in found_rows if row is not None]
        if not rows or len(rows) < len(found_rows):
            continue
        common = set(rows[0])
        for row in rows[1:]:
            common &= row.keys()
        factor = 1.0 if phrase == concept.own else SYNONYM_FACTOR
        for n in common:
            weight = factor * min(row[n] for row in rows)
            if found.get(n, 0.0) < weight:
                found[n] = weight
    index.keep(index.concept_cache, key, found)
    return found


def alternative_stems(found: Iterable[Concept]) -> set[str]:
    """Every stem of every alternative of these concepts: all the words that stand for what they name."""
    return {s for c in found for alt in c.alternatives for s in alt}


def is_light(concept: Concept) -> bool:
    """An everyday English concept ("place", "take"): too general to be what an ask hinges on."""
    return not concept.people and all(everyday(w) for w in concept.word.split())


def is_manner(concept: Concept, found: dict[int, float]) -> bool:
    """A concept that only says how the ask is put: an everyday word, or a verb, adverb or describing adjective no
    item uses ("is Doe solidly ahead", "why would they be skittish"); a noun no item uses is what the brief lacks."""
    return is_light(concept) or (not found and (concept.verb or concept.modifier))


def weight(concept: Concept, found: dict[int, float], index: Index) -> float:
    """The concept's weight in the ask: its inverse item frequency, or more when no item holds it; none for a verb
    saying something is expected, meant or claimed ("how long is it supposed to last", "does he claim to be"), which
    says how the ask is put."""
    if concept.verb and concept.word in EXPECTED_OR_CLAIMED:
        return 0.0
    light = is_manner(concept, found)
    if not found and not light:
        return index.unknown_weight
    total = len(index.items)
    # An everyday word no item uses ("in place") weighs as if one did: the way the ask is put, not its subject.
    held = max(len(found), 1)
    idf = math.log(1 + (total - held + 0.5) / (held + 0.5))
    if light:
        idf *= EVERYDAY_FACTOR
    if not found and concept.modifier and not is_light(concept) and frequency(concept.word) >= COMMON_MODIFIER_ZIPF:
        idf *= COMMON_MODIFIER_FACTOR  # "Doe's main argument": how much the argument matters, not which it is
    return idf * ANCHOR_FACTOR if concept.anchor else idf

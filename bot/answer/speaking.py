"""Whether X speaks in an item, for "what did X say": X's quote (`speaker_bonus`), X named beside a word of speech in
the item's text or basis (`names_speaker`), X in person rather than X's staff (`speaks`), and X's words on what the ask
is about (`speaker_words`)."""

from __future__ import annotations

import re

from bot.answer.concepts import Concept, alternative_stems, matches
from bot.answer.index import ROLE_WEIGHT, Index
from bot.answer.itemtext import primary_text
from bot.answer.parsed import Parsed
from bot.answer.tuning import SAID_THRESHOLD, SPEAKER_AFTER, SPEAKER_BEFORE
from bot.answer.words import normalise, stem
from bot.briefs.model import Person

_LISTING = frozenset({"and", "or"})
# "what X said", "did X say": the words of speech that follow X name what X said without giving it.
_NAMING_SPEECH = frozenset(stem(w) for w in "what did does has have will would".split())
_TOPIC = frozenset({"about", "on", "of", "over", "regard"})  # after a word of speech: what was said of, not who said it
# An ask about someone in person, not their staff or side: "did Doe himself comment".
_IN_PERSON = re.compile(r"\b(?:himself|herself|themselves|personally|in person)\b")
_OWNED = re.compile(r"\b([^\W_]+)(['\u2019]s?(?= ))?")  # a word, and whether it owns what follows ("Doe's staff")


def asks_in_person(text: str) -> bool:
    """Whether an ask is about someone in person, not their staff or side: "did Doe himself comment"."""
    return bool(_IN_PERSON.search(normalise(text)))


def speaks(speaker: list[Concept], n: int, index: Index, in_person: bool) -> bool:
    """Whether X speaks in an item: X's quote, or X named beside a word of speech (for an ask about X in person,
    not only as the owner of whoever speaks: "Doe's staff said")."""
    return bool(
        speaker_bonus(speaker, n, index)
        or (names_speaker(speaker, n, index) and not (in_person and _side_only(speaker, n, index)))
    )


def _side_only(speaker: list[Concept], n: int, index: Index) -> bool:
    """Whether an item names X only as the owner of whoever speaks ("Doe's staff said"), for an ask about X in person
    ("did Doe himself comment")."""
    own = alternative_stems(speaker)
    words = [(stem(m[1]), bool(m[2])) for m in _OWNED.finditer(primary_text(index.items[n][1]).lower())]
    # A name's last word says whether it owns: "Jane Doe's staff".
    ends = [
        owns
        for k, (word, owns) in enumerate(words)
        if word in own and (k + 1 == len(words) or words[k + 1][0] not in own)
    ]
    return bool(ends) and all(ends)


def speaker_words(parsed: Parsed, index: Index, base: dict[int, float]) -> set[int]:
    """For "what did X say about Y" that nothing covers: X's quotes and the facts reporting X speaking that hold a
    word of Y, a name too ("what did X think of Acme's plan": X's words on Acme), and score at least SAID_THRESHOLD (a
    person's entry is who X is, not what X said)."""
    topic = [c for c in parsed.concepts if c not in parsed.speaker]
    return {
        n
        for n, score in base.items()
        if score >= SAID_THRESHOLD
        and n not in index.in_section.get("people", frozenset())
        and (speaker_bonus(parsed.speaker, n, index) or names_speaker(parsed.speaker, n, index))
        and any(n in matches(c, index) for c in topic)
    }


def speaker_bonus(speaker: list[Concept], n: int, index: Index) -> float:
    """How well a quote's speaker (name, role or organisation) is every part of X in "what did X say"; 0 if not."""
    weights = index.speakers.get(n)
    if weights is None:
        return 0.0
    matched = 0.0
    hits = 0
    for concept in speaker:
        best = 0.0
        # A person is the speaker by their name: one named in another speaker's role ("a network's report on Doe")
        # is what that speaker spoke of.
        person = _is_person(concept, index)
        for alt in concept.alternatives:
            if all(s in weights and not (person and weights[s] == ROLE_WEIGHT) for s in alt):
                best = max(best, min(weights[s] for s in alt))
        matched += best
        hits += best > 0
    if not speaker or hits < len(speaker):
        return 0.0
    precision = min(1.0, hits / index.speaker_len[n])
    return 0.3 * matched / len(speaker) + 0.1 * precision


def _is_person(concept: Concept, index: Index) -> bool:
    """Whether a concept names people entries of the brief that are all persons, not organisations."""
    entries = [index.items[n][1] for n in concept.people]
    return bool(entries) and all(isinstance(e, Person) and e.kind == "person" for e in entries)


def names_speaker(speaker: list[Concept], n: int, index: Index) -> bool:
    """Whether the item's own text reports X speaking (for "what did X say" without quotes by X): every part of
    X named just before a word of speech ("Putin said", "X declined to comment") or just after ("according to X"),
    or in the item's basis, which says whose word it is. Not "what X said matched …" nor "did X say anything?"."""
    source = index.basis.get(n)
    if source and all(any(_holds(source, alt) for alt in c.alternatives) for c in speaker):
        return True
    if n not in index.speech or n in index.speakers:
        return False  # a quote's speaker is who speaks in it (speaker_bonus), not someone it names
    sequence, spoken = index.speech[n]
    own = alternative_stems(speaker)
    for at in spoken:
        sentence_start = _after_last(sequence[:at], ".")
        first = max(at - SPEAKER_BEFORE, sentence_start)
        after = sequence[at + 1 : at + SPEAKER_AFTER + 1]
        topic = next((k for k, s in enumerate(after) if s in _TOPIC), len(after))
        window = sequence[first : at + 1] + after[:topic]  # "say about the Acme plan": Acme is what was said of
        if "." in window:
            window = window[: window.index(".")]  # the sentence ends here
        if all(any(_holds(window, alt) for alt in c.alternatives) for c in speaker):
            before = sequence[first:at]
            if (
                not _someone_else_speaks(own, before, index)
                and not _speech_named(own, before, index)
                and not _subject_speaks(own, sequence[sentence_start:at], index)
            ):
                return True
    return False


def _someone_else_speaks(own: set[str], before: list[str], index: Index) -> bool:
    """Whether another name stands between X (the stems `own`) and the word of speech after it: in "clinics such as
    Doe's, which Democrats called", Democrats speak, not Doe. Names listed with X ("Doe, Roe and Poe told") speak
    with X."""
    last = max((k for k, s in enumerate(before) if s in own), default=None)
    if last is None:
        return False  # X comes after the word of speech ("according to X")
    return any(
        word in index.people_words
        and word not in own
        and before[k - 1] not in _LISTING
        and before[k - 1] not in index.people_words
        for k, word in enumerate(before[last + 1 :], start=last + 1)
    )


def _speech_named(own: set[str], before: list[str], index: Index) -> bool:
    """Whether the words of speech only name what X said without giving it: "what Doe and Roe told the panel matched
    their earlier accounts", "did Doe say anything new?"."""
    k = next((k for k, s in enumerate(before) if s in own), None)
    if k is None:
        return False
    while k > 0 and (before[k - 1] in index.people_words or before[k - 1] in _LISTING):
        k -= 1
    return k > 0 and before[k - 1] in _NAMING_SPEECH


def _subject_speaks(own: set[str], sentence: list[str], index: Index) -> bool:
    """Whether a word of speech after "and" is the sentence's subject's, another name before X: in "Roe fired Doe days
    after defending him, and acknowledged …", Roe acknowledged it."""
    start = next((k for k, s in enumerate(sentence) if s in own), None)
    return (
        sentence[-1:] == ["and"]
        and start is not None
        and any(w in index.people_words and w not in own for w in sentence[:start])
    )


def _after_last(stems: list[str], mark: str) -> int:
    """The position just after the last `mark` in a list of stems (0 if none)."""
    return max((k + 1 for k, s in enumerate(stems) if s == mark), default=0)


def _holds(window: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether the stems of a phrase appear in a window of stems, in order and next to each other."""
    size = len(phrase)
    return any(tuple(window[k : k + size]) == phrase for k in range(len(window) - size + 1))

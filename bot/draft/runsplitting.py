"""Splitting a capitalised run into the names it holds ("Jane Doe of the ACLU": two): where a connector ("of", "and",
"&", "on") joins one name and where it parts two, where a title-case headline's small word, an initial's stop or a
possessive ends a name, and a weekday or month after one; each name's leading words are taken off by
:mod:`bot.draft.leadingwords`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from bot.draft import lexicon as lx
from bot.draft.leadingwords import opening_word_is_name, trim_leading_words
from bot.draft.namewords import (
    CONNECTORS,
    DOUBLE_PARTICLES,
    clean_token,
    given_names,
    initials,
    month_as_name,
    opens_sentence,
    org_like,
    person_like,
)

if TYPE_CHECKING:
    from bot.draft.names import Cast


def names_in_run(cast: Cast, masked: str, m: re.Match, starts: set[int]) -> Iterator[tuple[int, list[str], str | None]]:
    """The names in a capitalised run, each as its start, its words and the acronym in brackets after the run if it is
    the last ("Jane Doe of the ACLU": two names)."""
    words = m.group().split(" ")
    positions, pos = [], m.start()
    for w in words:
        positions.append(pos)
        pos += len(w) + 1
    after = masked[m.end() : m.end() + 12]
    acr = re.match(r"\s*\((?P<a>[A-Z]{2,8})\)", after)
    acronym = acr["a"] if acr else None
    chunks = _split_run(cast, words, acronym, _in_prose(masked, m))
    for chunk in chunks:
        while chunk and words[chunk[-1]] in CONNECTORS:
            chunk.pop()
        if not chunk:
            continue
        start = positions[chunk[0]]
        small = clean_token(words[chunk[0]]).lower()
        after_small_word = chunk[0] > 0 and small in lx.STOP_CAPS and small not in ("the", "a", "an")  # "The Post"
        initial = opens_sentence(masked, start, starts) or bool(
            re.search(r"[\u201c\"(\u2014]\s*$", masked[max(0, start - 3) : start])
        )
        start, tokens, initial = trim_leading_words(cast, masked, start, [words[k] for k in chunk], initial)
        # A weekday or month ends a name: "in New Hampshire Monday", "Jane Doe Tuesday".
        cut = next(
            (
                k
                for k, t in enumerate(tokens)
                if k
                and clean_token(t).lower() in lx.MONTH_WORDS
                and not month_as_name(t, masked[start + len(" ".join(tokens[: k + 1])) :])
            ),
            None,
        )
        tokens = tokens[:cut] if cut else tokens
        if not tokens or (initial and len(tokens) == 1 and not opening_word_is_name(cast, masked, start, tokens[0])):
            continue
        if after_small_word and len(tokens) == 1 and not _known_word(cast, clean_token(tokens[0])):
            continue  # "Boats Who Sail", "Hear No Gulls": the last word of a title in title case, no one's name
        yield start, tokens, acronym if chunk is chunks[-1] else None


def _known_word(cast: Cast, token: str) -> bool:
    """A word the story knows as a name: someone's or a body's it has met, a given name, an acronym, or a surname it
    gives in full other than after a small word of a title ("Sail" of "Boats Who Sail" is no surname)."""
    given = cast.bearers.get(token.lower(), set())
    surname = token.lower() in cast.surnames and (
        not given or any(not set(name.split()) & lx.STOP_CAPS for name in given)
    )
    return surname or bool(cast.lookup(token)) or token in cast.first_names or lx.is_acronym(token)


def _split_run(cast: Cast, words: list[str], acronym: str | None, prose: bool) -> list[list[int]]:
    """The word positions of each name in a run: a connector ("of", "and", "&", "on") joins two names only where it
    belongs to one ("Committee on Ethics", "Bureau of Prisons", "Acme and Sons (AAS)"); a title-case headline's
    small words, an initial's stop, a possessive or a verb after a person's full name ("Jane Doe Explained Why …")
    end a name, but in prose a capitalised "Our" or "Your" between two words of a run is a body's name ("Save Our
    Youth")."""
    chunks: list[list[int]] = [[]]
    i = 0
    while i < len(words):
        w = words[i]
        if (w in CONNECTORS or w == "on") and chunks[-1]:  # a run holds "on" only in a name ("Committee on Ethics")
            nxt = i + 2 if w == "of" and i + 1 < len(words) and words[i + 1] == "the" else i + 1
            left = clean_token(words[chunks[-1][-1]]).lower()
            join = w in ("&", "on") or (
                w in ("of", "for") and (left in lx.OF_JOINERS or lx.is_acronym(words[chunks[-1][-1]]))
            )
            if w in lx.PARTICLES:  # "Bill de Blasio", "Piet van Dalen": a given name, a particle, a surname
                join = clean_token(words[chunks[-1][-1]]) in cast.first_names or w in lx.NAME_ONLY_PARTICLES
            if join and i + 2 < len(words) and f"{w} {words[i + 1]}" in DOUBLE_PARTICLES:
                nxt = i + 2  # "Jane de la Cruz", "Anke von der Heide": a given name, two particles, a surname
            if w == "and" and acronym:
                tail = [words[k] for k in chunks[-1]] + [x for x in words[nxt:] if x not in CONNECTORS]
                join = initials(" ".join(tail)) == acronym
            elif w == "and":
                join = _one_body_across_and(cast, [words[k] for k in chunks[-1]], words[nxt:])
            if join:
                chunks[-1].extend(range(i, nxt))
            else:
                chunks.append([])
            i = nxt
            continue
        if chunks[-1] and _headline_verb(cast, [words[k] for k in chunks[-1]], w):
            # "Jane Doe Explained", "Jane Doe Slams Harbour Plan": a headline's verb ends her name, and what follows
            # is its object, a name only when it opens with a given name ("Jane Doe Thanks Ann Lee")
            if i + 1 < len(words) and clean_token(words[i + 1]) in cast.first_names:
                chunks.append([])
                i += 1
                continue
            break
        named_for_us = prose and w in lx.NAME_OWNERS and i + 1 < len(words)
        if (
            chunks[-1]
            and w.lower() in lx.STOP_CAPS
            and w not in ("I", "A.")
            and w.lower() not in cast.surnames
            and not named_for_us
        ):
            chunks.append([])  # "Jane Doe Sends A Message About …": a title-case headline, not one name
        chunks[-1].append(i)
        i += 1
        saint = chunks[-1] and words[chunks[-1][0]] in ("St.", "Saint")
        if i < len(words) and (
            (w.endswith(".") and clean_token(w) == w[:-1]) or (re.search(r"[\u2019']s$|s[\u2019']$", w) and not saint)
        ):
            chunks.append([])
    return chunks


def _headline_verb(cast: Cast, run: list[str], word: str) -> bool:
    """A verb in title case after a person's full name (a given name, then a surname, whatever the run holds before
    them): a verb of saying in any form, or a word in "-s" or "-ed" the story writes in lower case elsewhere ("Jane
    Doe Scores Win", "Jane Doe Stressed")."""
    token = clean_token(word)
    lowered = token.lower()
    name = given_names(" ".join(clean_token(t) for t in run), cast.first_names)  # "9:09PM Jane Doe Hints …"
    if len(name) < 2 or not person_like(name):
        return False
    if token in cast.first_names or lowered in cast.surnames or not re.fullmatch(r"[A-Z][a-z]+", token):
        return False
    return lowered in lx.SPEECH_VERBS or (re.search(r"(?:s|ed)$", lowered) is not None and lowered in cast.common)


def _one_body_across_and(cast: Cast, left: list[str], right: list[str]) -> bool:
    """One body's name across an "and": the same word on both sides ("Johnson and Johnson"), or words after it that end
    in a body's word, after two words or more before it that end in no body's word and open with no given name ("House
    Ways and Means Committee")."""
    after = []
    for word in right:
        if word in CONNECTORS or word.lower() in lx.STOP_CAPS:
            break
        after.append(clean_token(word))
    before = [clean_token(word) for word in left]
    if len(before) == 1 and after == before:
        return True
    if _fields_of_one_body(cast, before, after):
        return True
    return (
        len(after) >= 2
        and len(before) >= 2  # "Nevada and Washington State", "Quinnipiac and Fox News": two names
        and after[-1].lower() in lx.ORG_WORDS
        and not org_like(after[:-1])
        and before[-1].lower() not in lx.ORG_WORDS
        and before[0] not in cast.first_names
        and after[0] not in cast.first_names
    )


def _fields_of_one_body(cast: Cast, before: list[str], after: list[str]) -> bool:
    """A body's word and "of", "on" or "for", then the two fields it covers joined by "and" ("Office of Management and
    Budget", "Center for Strategic and International Studies"): words after the body's word that hold no given name,
    title, acronym or place, so another name does not start after the "and" ("the Department of Justice and FEMA")."""
    at = next((k for k in range(1, len(before) - 1) if before[k] in ("of", "on", "for")), 0)
    return (
        at > 0
        and before[at - 1].lower() in lx.ORG_WORDS
        and "and" not in before  # two fields, not a list of bodies ("… and Gynecologists and Easter Seals")
        and bool(after)
        and not any(
            w in cast.first_names or w.lower().rstrip(".") in lx.TITLES or lx.is_acronym(w) or lx.is_place(w)
            for w in before[at + 1 :] + after
        )
    )


def _in_prose(masked: str, m: re.Match) -> bool:
    """The run stands among words in lower case on both sides, not in a title-case headline."""
    before, after = masked[max(0, m.start() - 40) : m.start()], masked[m.end() : m.end() + 40]
    return all(re.search(r"\b[a-z]{4,}\b", side) for side in (before, after))

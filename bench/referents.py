"""The people a news story names and where it mentions them (or a he/she), read as a careful reader would.

The people of a story are the capitalised names that a title ("Mr.", "Sen.", "Gov.") or a known first
name marks as a person, or an age ("Ann Lee, 34,"), or an annotated source; a later mention of the family
name alone is that person again. A person's gender comes from titles (Mr., Mrs., Ms.), gendered words
beside the name ("spokeswoman", "his wife, Jane"), the first name (the list shipped in the gender-guesser
package) and the pronoun the story uses right after naming them. Whom a pronoun or a description means
is worked out from these in bench/antecedents.py. Words inside quotation marks are never candidates.
The capitalised runs a story is read from are bench/capitalised_runs.py's, the role words and appositives
beside a name bench/appositives.py's, and what a word or a name tells by itself bench/name_words.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bench.appositives import heads_source, may_be_role, person_appositive, words_beside
from bench.capitalised_runs import body_start, capitalised_runs, could_be_name, is_person_run, outside
from bench.name_words import bare_token, first_name_gender, gender_of_word, is_first_name, place_names, surname_of
from bench.referent_words import (
    ABBREVIATIONS,
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    GENDERED,
    NOT_GIVEN,
    PLACE_PREFIXES,
    SUFFIXES,
    TITLE_NAMES,
    TITLE_ROLES,
    TITLES,
    TOKEN,
)

Span = tuple[int, int]


@dataclass(frozen=True)
class Person:
    name: str  # the fullest form the story gives, titles aside ("Joseph R. Murray II")
    gender: str | None  # "m", "f", or None when the story does not tell
    roles: frozenset[str]  # title and role words written beside the name ("senator", "spokesman")
    certain: bool  # written with a title, or named as the source of an attribution: a person, not a place


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person: int  # index into Story.people; -1 for a pronoun
    pronoun: str  # "m" for he, "f" for she, "" for a name
    possessive: bool = False


@dataclass(frozen=True)
class Story:
    text: str
    sentences: tuple[Span, ...]
    people: tuple[Person, ...]
    mentions: tuple[Mention, ...]
    institutions: tuple[Span, ...]  # capitalised runs that name no person ("Monsanto", "Twitter")
    quoted: tuple[Span, ...]

    def sentence_of(self, at: int) -> int:
        return next((i for i, (a, b) in enumerate(self.sentences) if a <= at < b), len(self.sentences) - 1)

    def in_sentence(self, index: int, before: int | None = None) -> list[Mention]:
        lo, hi = self.sentences[index]
        hi = hi if before is None else min(hi, before)
        return [m for m in self.mentions if lo <= m.start < hi]

    def person_named(self, words: str) -> Person | None:
        """The person a source's own capitalised words name ("Sen. Ana Ruiz", "Ruiz"), if any."""
        tokens = [bare_token(t).lower() for t in re.findall(TOKEN, words)]
        for token in reversed(tokens):
            index = self._by_surname().get(token)
            if index is None:
                continue
            # "Donald J. Trump" is the Trump of that first name when the story names two Trumps
            same = [p for p in self.people if surname_of(p.name).lower() == token]
            given = [p for p in same if {bare_token(w).lower() for w in p.name.split()[:-1]} & set(tokens)]
            return given[-1] if len(same) > 1 and given else self.people[index]
        return None

    def is_role(self, word: str) -> bool:
        """A title, or a word the story writes beside someone's name ("senator", "spokesman")."""
        return word in TITLE_NAMES or gender_of_word(word) is not None or any(word in p.roles for p in self.people)

    def _by_surname(self) -> dict[str, int]:
        return {surname_of(p.name).lower(): i for i, p in enumerate(self.people)}


def _sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans: a paragraph break, or . ! ? (and closing marks) before a space and a capital or an
    opening mark, unless the word before the stop is a title, an initial or an abbreviation."""
    spans = []
    for par in re.finditer(r"[^\n]+", text):
        start = par.start()
        for stop in re.finditer(r"[.!?][\"'\u201d\u2019)]*\s+(?=[A-Z\"'\u201c\u2018(])", par.group()):
            word = re.search(r"(\S+)$", par.group()[: stop.start()])
            token = (word.group(1) if word else "").strip("\"'\u201c\u2018(").lower()
            if token.rstrip(".") in ABBREVIATIONS or re.fullmatch(r"[a-z]|([a-z]\.)+[a-z]", token):
                continue
            spans.append((start, par.start() + stop.end()))
            start = par.start() + stop.end()
        spans.append((start, par.end() + 1))
    return tuple(spans) or ((0, len(text)),)


def read_story(text: str, quoted: list[Span], sources: list[tuple[int, str]]) -> Story:
    """The people of a story and where each of them (or a he/she) is mentioned. An annotated source
    written as a name and an appositive ("Reince Priebus, the GOP chairman,", "Whit Ayres -- author of")
    is a person too."""
    sentences = _sentences(text)
    runs = [(s, e, t, n, p) for s, e, t, n, p in capitalised_runs(text, quoted) if n and s >= body_start(text)]
    names: list[list[str]] = []  # the words of each person's fullest name
    sourced = {bare_token(src).lower() for _, src in sources if re.fullmatch(TOKEN, src)}  # "Chatwal"
    sure: set[str] = set()
    for start, end, titles, words, _ in runs:
        name_like = 2 <= len(words) <= 3 and could_be_name(words)
        described = name_like and re.match(r",\s+[a-z]|\s+--?\s", text[end : end + 8])
        aged = could_be_name(words) and re.match(r",\s+\d{1,3},", text[end : end + 8])  # "Ann Lee, 34, a nurse"
        # written as a source itself, or a source is its family name alone ("Sant Chatwal, a hotelier … Chatwal said")
        # (the source's own name, not a body its appositive brings in: "Ann Lee, the head of the Acme Partnership for
        # Dale Principles, who …")
        in_source = any(a <= start < a + len(src) and heads_source(text[a:start]) for a, src in sources)
        in_source = in_source or bare_token(words[-1]).lower() in sourced
        # or an appositive or a predicate after it says what person it is ("Ilyse Lee, president of Acme", "Dahl Roe,
        # a strategist", "Dahl Roe is listed as the chairman")
        described = described or (name_like and re.match(r"\s+(?:is|was)\s", text[end : end + 6]))
        a_person = name_like and person_appositive(text[end : end + 60])
        in_source = in_source or a_person
        # one word no first-name list knows that a "who" follows ("Zorvana, who …"): a person known by one name, as a
        # body takes "which" (a lone first name is someone the story names in full, or only in passing)
        alone = len(words) == 1 and could_be_name(words) and bool(re.match(r",\s+who\b", text[end : end + 8]))
        alone = alone and not is_first_name(words[0]) and not re.search(r"s$", words[0])
        alone = alone and words[0].lower() not in FUNCTION_WORDS | place_names()
        if not (is_person_run(titles, words, text, start, end) or (described and in_source) or aged or alone):
            continue
        if aged or a_person:  # a place or a body has no age and is no "president of Acme": a person for sure
            sure.add(surname_of(" ".join(words)))
        same = [i for i, known in enumerate(names) if surname_of(" ".join(known)) == surname_of(" ".join(words))]
        firsts = [i for i in same if len(words) < 2 or len(names[i]) < 2 or names[i][0] == words[0]]
        if firsts:
            if len(words) > len(names[firsts[0]]):
                names[firsts[0]] = words
        else:
            names.append(words)
    family = {surname_of(" ".join(n)) for n in names}
    for _, _, titles, words, _ in runs:  # "Khizr Khan" beside "Ghazala Khan": a second person of that name
        known = [n for n in names if surname_of(" ".join(n)) == surname_of(" ".join(words))]
        if titles or not known or not 2 <= len(words) <= 3 or any(len(n) < 2 or n[0] == words[0] for n in known):
            continue
        given = words[:-1]
        if not (set(given) & family or {w.lower() for w in given} & (FUNCTION_WORDS | PLACE_PREFIXES | NOT_GIVEN)):
            names.append(words)
    mentions, evidence, roles = _name_mentions(text, runs, names, sentences)
    attributed = {surname_of(" ".join(w)) for s, _, _, w, _ in runs if any(a <= s < a + len(src) for a, src in sources)}
    named = {m.start for m in mentions}
    institutions = tuple(
        (s, e) for s, e, t, n, _ in runs if s not in named and not t and not {w.lower() for w in n} & CALENDAR_WORDS
    )
    for m in re.finditer(r"\b([Hh]e|[Ss]he)\b", text):
        if outside(quoted, m.start()):
            mentions.append(Mention(m.start(), m.end(), -1, "m" if m.group(1).lower() == "he" else "f"))
    mentions.sort(key=lambda m: m.start)
    pronouns = [{"m": 0, "f": 0} for _ in names]
    _pronoun_evidence(mentions, sentences, pronouns)
    people = []
    for i, words in enumerate(names):
        gender, weight = first_name_gender(words[0]) if len(words) > 1 else (None, 0)
        if gender:  # a name the list gives one gender weighs like a title; a "mostly" one like a pronoun
            (evidence if weight == 2 else pronouns)[i][gender] += weight
        gender = _gender(evidence[i]) or _gender(pronouns[i], margin=2)
        surname = surname_of(" ".join(words))
        certain = bool({r.split()[-1] for r in roles[i]} & TITLE_NAMES) or surname in attributed | sure
        people.append(Person(" ".join(words), gender, frozenset(roles[i]), certain))
    return Story(text, sentences, tuple(people), tuple(mentions), institutions, tuple(quoted))


def _name_mentions(text: str, runs, names: list[list[str]], sentences: tuple[Span, ...]):
    """Every run naming a known person (by the family name, or the whole name), with the gender and
    role words seen beside it."""
    by_surname: dict[str, list[int]] = {}
    for i, words in enumerate(names):
        for key in _family_names(words):
            by_surname.setdefault(key.lower(), []).append(i)
    evidence = [{"m": 0, "f": 0} for _ in names]
    roles: list[set[str]] = [set() for _ in names]
    mentions: list[Mention] = []
    sentence_starts = [s for s, _ in sentences]
    for start, end, titles, words, possessive in runs:
        candidates = by_surname.get(surname_of(" ".join(words)).lower(), [])
        if not candidates:
            continue
        title_gender = next((TITLES[t] for t in titles if TITLES.get(t)), None)
        fitting = [i for i in candidates if len(words) > 1 and names[i][0] == words[0]] or [
            i for i in candidates if title_gender is None or first_name_gender(names[i][0])[0] in (None, title_gender)
        ]
        # a family name alone is the person the story introduced first ("Trump" beside "Eric Trump")
        index = (fitting or candidates)[0]
        mentions.append(Mention(start, end, index, "", possessive))
        if title_gender:
            evidence[index][title_gender] += 3
        sentence = sentences[max(0, _bisect(sentence_starts, start))]
        beside = words_beside(text, start, end, sentence)
        roles[index] |= {TITLE_ROLES.get(t, t) for t in titles} | {w for w in beside if may_be_role(w)}
        for gender, words_of in GENDERED.items():
            if words_of & set(beside[:6]):
                evidence[index][gender] += 2
    return mentions, evidence, roles


def _family_names(words: list[str]) -> list[str]:
    """The words a person can be called by alone: the last, and in a long name any other word after the
    first that is not a first name or an initial ("Miguel Basanez Ebergenyi" is also "Basanez")."""
    last = surname_of(" ".join(words))
    inner = [w for w in words[1:-1] if len(w.rstrip(".")) > 1 and not is_first_name(w) and w.lower() not in SUFFIXES]
    return [last, *inner]


def _bisect(starts: list[int], at: int) -> int:
    return max((i for i, s in enumerate(starts) if s <= at), default=0)


def _gender(votes: dict[str, int], margin: int = 1) -> str | None:
    """The gender with more than `margin` times the other's votes, if any."""
    if votes["m"] > margin * votes["f"]:
        return "m"
    if votes["f"] > margin * votes["m"]:
        return "f"
    return None


def _pronoun_evidence(mentions: list[Mention], sentences: tuple[Span, ...], evidence) -> None:
    """The first he/she after a name, in its sentence or the next two, with no other person named between."""
    starts = [s for s, _ in sentences]
    for i, mention in enumerate(mentions):
        if mention.pronoun:
            continue
        sentence = _bisect(starts, mention.start)
        for later in mentions[i + 1 :]:
            if _bisect(starts, later.start) > sentence + 2:
                break
            if later.pronoun:
                evidence[mention.person][later.pronoun] += 1
                break
            if later.person != mention.person:
                break

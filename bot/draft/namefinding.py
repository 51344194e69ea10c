"""Finding the names in a paragraph: capitalised runs split into people's and bodies' names, with the titles,
honorifics and words swept in before them taken off ("Acme President Jane Doe", "Senators Jane Doe and …"), and
each name tied to the person or body it means, for :class:`bot.draft.names.Cast`, whose vocabulary (given
names, surnames, words written in lower case) it reads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.draft import lexicon as lx
from bot.draft.mentions import Entity, Mention
from bot.draft.namewords import (
    COMPOUND_ADJECTIVE,
    CONNECTORS,
    DEPUTIES,
    NUMBERS,
    PARTY_TAG,
    PEOPLES,
    RUN,
    SUFFIXES,
    VERBISH,
    clean_token,
    first_name_not_month,
    initialled,
    initials,
    month_as_name,
    named_relative,
    names_nobody,
    opening_adverb,
    opening_participle,
    opens_sentence,
    org_like,
    person_like,
    relative_who,
    singular,
    speaks_next,
    title_position,
)
from bot.first_names import usual_sex

if TYPE_CHECKING:
    from bot.draft.names import Cast


_ROLE_NOUNS = frozenset(h.lower() for h in lx.ANON_HEADS)
# "former secretary of State Jane Doe", "the minister of Defence Jane Doe": the capitalised word after a lower-case
# secretary or minister "of" is the office's department, part of the title and no part of the name after it.
OFFICE_OF = re.compile(r"\b(?:secretary|minister)\s+of\s+(?:the\s+)?$", re.I)
_OFFICE_HELD_AFTER = frozenset("former then late outgoing ex as while was is became his her their".split())
_OFFICERS = {"ceo", "cfo", "coo", "president", "director", "chairman", "chairwoman", "spokesman", "spokeswoman"}
# words after a name that make it the subject of a clause, not a noun's qualifier ("a choked-up Doe could not")
_NOT_NOUNS = frozenset(
    "who that which whose and or but is was has had can could will would may might must should shall".split()
)
# "a", "an" and at most one word qualifying the noun with them ("a 1930s-era", "a local")
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:a|an)\s+(?:[a-z0-9][\w-]*\s+)?$")


def find_names(cast: Cast, masked: str, starts: set[int], taken: list[Mention]) -> list[Mention]:
    """The names in a paragraph's masked text, outside the descriptions already taken, each tied to its entity."""
    out: list[Mention] = []
    for m in RUN.finditer(masked):
        hyphened = re.match(r"\w-", masked[max(0, m.start() - 2) : m.start()])  # not a credit's "-Jane Doe"
        if hyphened and " " in m.group():
            # "the pro-Roe Harbour Action PAC": the name after the prefixed word
            m = RUN.match(masked, m.start() + m.group().index(" ") + 1) or m
            hyphened = None if m.start() > 0 and masked[m.start() - 1] == " " else hyphened
        if any(t.start <= m.start() < t.end for t in taken) or hyphened:
            continue  # inside a description, or the second half of "anti-Muslim", "pro-Trump"
        if PARTY_TAG.fullmatch(m.group()) and _tagged(masked, m):
            continue  # "Sen. Jane Doe (R-Ohio)": the tag after a name is nobody
        for start, tokens, acronym in _chunks(cast, masked, m, starts):
            if COMPOUND_ADJECTIVE.fullmatch(tokens[-1]):
                continue  # "a New York-based group", "a Jane Doe-style speech": a modifier, no one named
            if len(tokens) > 1 and COMPOUND_ADJECTIVE.fullmatch(tokens[0]):  # "Chicago-based Acme": Acme
                start, tokens = start + len(tokens[0]) + 1, tokens[1:]
            if out and _shares_surname(cast, out[-1], masked, start, tokens):
                # "the parents, Khalid and Amina Doe": two people, the first named by the second's surname too
                out[-1].entity = cast.person([out[-1].text, clean_token(tokens[-1])])
            mention = _name_mention(cast, masked, start, tokens, acronym)
            if mention:
                out.append(mention)
    return out


def _shares_surname(cast: Cast, first: Mention, masked: str, start: int, tokens: list[str]) -> bool:
    """A lone given name joined by "and" to a full name of two words ("Khalid and Amina Doe"): not a surname
    the story gives anyone, a place, a body's word or an acronym."""
    word = first.text
    return (
        first.kind == "name"
        and masked[first.end : start] == " and "
        and len(tokens) == 2
        and person_like([clean_token(t) for t in tokens])
        and re.fullmatch(r"[A-Z][a-z]+", word) is not None
        and re.fullmatch(r"[A-Z][a-z]+", clean_token(tokens[-1])) is not None
        and word.lower() not in cast.surnames
        and not first.possessive
        and not lx.is_place(word)
        and not org_like([word])
    )


def _chunks(cast: Cast, masked: str, m: re.Match, starts: set[int]):
    """Split a capitalised run into names: 'Jane Doe of the ACLU' → two chunks."""
    words = m.group().split(" ")
    positions, pos = [], m.start()
    for w in words:
        positions.append(pos)
        pos += len(w) + 1
    after = masked[m.end() : m.end() + 12]
    acr = re.match(r"\s*\((?P<a>[A-Z]{2,8})\)", after)
    acronym = acr["a"] if acr else None
    chunks = _split_run(cast, words, acronym)
    for chunk in chunks:
        while chunk and words[chunk[-1]] in CONNECTORS:
            chunk.pop()
        if not chunk:
            continue
        start = positions[chunk[0]]
        initial = opens_sentence(masked, start, starts) or bool(
            re.search(r"[\u201c\"(\u2014]\s*$", masked[max(0, start - 3) : start])
        )
        start, tokens, initial = _trim_front(cast, masked, start, [words[k] for k in chunk], initial)
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
        if not tokens or (initial and len(tokens) == 1 and not _names_opening(cast, masked, start, tokens[0])):
            continue
        yield start, tokens, acronym if chunk is chunks[-1] else None


def _split_run(cast: Cast, words: list[str], acronym: str | None) -> list[list[int]]:
    """The word positions of each name in a run: a connector ("of", "and", "&", "on") joins two names only where it
    belongs to one ("Committee on Ethics", "Bureau of Prisons", "Acme and Sons (AAS)"); a title-case headline's
    small words, an initial's stop or a possessive end a name."""
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
            if w == "and" and acronym:
                tail = [words[k] for k in chunks[-1]] + [x for x in words[nxt:] if x not in CONNECTORS]
                join = initials(" ".join(tail)) == acronym
            if join:
                chunks[-1].extend(range(i, nxt))
            else:
                chunks.append([])
            i = nxt
            continue
        if chunks[-1] and w.lower() in lx.STOP_CAPS and w not in ("I", "A.") and w.lower() not in cast.surnames:
            chunks.append([])  # "Jane Doe Sends A Message About …": a title-case headline, not one name
        chunks[-1].append(i)
        i += 1
        saint = chunks[-1] and words[chunks[-1][0]] in ("St.", "Saint")
        if i < len(words) and (
            (w.endswith(".") and clean_token(w) == w[:-1]) or (re.search(r"[\u2019']s$|s[\u2019']$", w) and not saint)
        ):
            chunks.append([])
    return chunks


def _trim_front(cast: Cast, masked: str, start: int, tokens: list[str], initial: bool) -> tuple[int, list[str], bool]:
    """A name's words without those leading it that are no part of it: a capitalised small word, a month, "Stated"
    opening a sentence, words after "the office of", a sentence's first word swept in. The name's new start, its
    words, and whether it still opens a sentence."""
    while tokens and (
        (
            clean_token(tokens[0]).lower() in lx.STOP_CAPS
            and not _surname_alone(cast, tokens, masked, start)
            and not _given_name_apposed(cast, tokens, masked, start)
        )
        or (
            clean_token(tokens[0]).lower() in lx.MONTH_WORDS
            and not first_name_not_month(tokens)
            and not month_as_name(tokens[0], masked[start + len(tokens[0]) :])
        )
        or (initial and len(tokens) > 1 and tokens[0].lower() in lx.SPEECH_VERBS)  # "Stated Doe:"
        or (len(tokens) > 1 and OFFICE_OF.search(masked, max(0, start - 20), start) is not None)
        or _swept_in(cast, tokens, initial)
    ):
        start += len(tokens[0]) + 1
        tokens = tokens[1:]
        initial = False
    return start, tokens, initial


def _names_opening(cast: Cast, masked: str, start: int, word: str) -> bool:
    """Whether one capitalised word opening a sentence is a name, not the sentence's first word: one the story
    knows, a short form, a word written in capitals mid-sentence elsewhere, or one that speaks next ("Doe said")."""
    token = clean_token(word)
    if opening_adverb(token, masked[start:]) and not cast.lookup(token):
        return False  # "Recently, he said …"
    participle = opening_participle(token, masked[start + len(word) :])
    if participle and not cast.lookup(token) and token.lower() not in cast.surnames:
        return False  # "Reprising one of her lines, …"
    if _common_word(cast, token):
        return False  # "Candidates who think …"
    return (
        token in cast.midcaps
        or lx.is_acronym(token)
        or bool(cast.lookup(token))
        or token.lower() in cast.surnames
        or bool(speaks_next(token, masked[start + len(word) :]))
    )


def _swept_in(cast: Cast, tokens: list[str], initial: bool) -> bool:
    """A leading word the story writes in lower case elsewhere, swept into the name after it: before a
    first name and a surname ("Senators Jane Doe", "Whether Jane Doe", "Staff Jane Doe" of "Chief of
    Staff …"), or opening a sentence before a surname the story gives in full ("Whether Doe will …")."""
    if len(tokens) < 2:
        return False
    word = clean_token(tokens[0])
    lowered = word.lower().rstrip(".")
    if len(tokens) >= 3 and _plural_role(lowered) and clean_token(tokens[1]) in cast.first_names:
        return True  # "Senators Jane Doe and …", "Democrats Jane Doe and …": the group, then one member
    if initial and re.fullmatch(r"[a-z]{4,}ly", lowered) and word not in cast.first_names:
        return clean_token(tokens[1]) in cast.first_names  # "Certainly Jane Doe had …": an adverb, then a name
    if (
        lowered not in cast.common
        or word in cast.midcaps  # "South Carolina", "Long Beach": capitalised mid-sentence, part of a name
        or word in cast.first_names
        or lowered in cast.surnames
        or lowered in lx.TITLES
        or lowered in lx.HONORIFICS
        or lowered in _ROLE_NOUNS  # "Moderator Jane Doe": a role, kept as one
        or lowered in CONNECTORS  # "De Blasio" beside "de Blasio"
    ):
        return False
    if len(tokens) >= 3:
        return clean_token(tokens[1]) in cast.first_names
    return initial and bool(cast.bearers.get(clean_token(tokens[1]).lower(), set()) - {lowered})


def _given_name_apposed(cast: Cast, tokens: list[str], masked: str, start: int) -> bool:
    """A capitalised modal that is also a given name ("Will", "May") before a surname that an apposition or a
    verb of saying follows ("Will Doe, the chairman, said", "May Doe said"): a name, where the modal is followed by
    a bare verb ("Will Doe win?")."""
    if len(tokens) != 2 or clean_token(tokens[0]) not in cast.first_names:
        return False
    after = re.match(r"\s*(?:,|([a-z]+)\b)", masked[start + len(" ".join(tokens)) :])
    return after is not None and (after[1] is None or after[1] in lx.SPEECH_VERBS)


def _role_before_name(cast: Cast, clean: list[str]) -> bool:
    """A role noun before a first name and a surname: the person's role, not part of the name."""
    return (
        len(clean) > 2
        and clean[0].lower() in _ROLE_NOUNS
        and clean[0] not in cast.first_names
        and clean[1] in cast.first_names
    )


def _common_word(cast: Cast, token: str) -> bool:
    """A sentence's one capitalised word that the story writes in lower case elsewhere and never as
    anyone's surname or an organisation's word ("Candidates who think …", "Teachers say …")."""
    lowered = token.lower()
    return lowered in cast.common and lowered not in cast.surnames and not org_like([token]) and not cast.lookup(token)


def _surname_alone(cast: Cast, tokens: list[str], masked: str, start: int) -> bool:
    """A common word that is the surname of a full name in the story, standing alone before a verb or
    a full stop ("Will wrote", "From said."), not opening a clause ("Will the board …", "From here")."""
    word = clean_token(tokens[0]).lower() if len(tokens) == 1 else ""
    if word not in cast.surnames or word in NUMBERS:
        return False
    after = re.match(r"\s+([a-z]+)\b|[.,;:!?]", masked[start + len(tokens[0]) :])
    if after is None:
        return False
    verb = after[1]
    return verb is None or verb in lx.SPEECH_VERBS or verb in VERBISH


def _name_mention(cast: Cast, masked: str, start: int, tokens: list[str], acronym: str | None) -> Mention | None:
    raw_end = start + len(" ".join(tokens))
    possessive = bool(re.search(r"[\u2019']s$|s[\u2019']$", tokens[-1]))
    clean = [clean_token(t) for t in tokens]
    clean = [t for t in clean if t]
    if not clean or all(
        (t.lower() in lx.MONTH_WORDS and not month_as_name(t, masked[raw_end:])) or t.isdigit() for t in clean
    ):
        return None
    lowered = [t.lower().rstrip(".") for t in clean]
    title_at = _title_at(cast, clean, lowered)
    narrower = _narrower(cast, masked, start, tokens, clean, lowered, title_at)
    if narrower is not None:
        return _name_mention(cast, masked, start + len(" ".join(tokens[:narrower])) + 1, tokens[narrower:], acronym)
    role = None
    rest = clean[title_at + 1 :]
    given = [t for t in rest if t.lower().rstrip(".") not in SUFFIXES]
    before = masked[:start].split()
    prev = before[-1].lower() if before else ""
    if (
        prev in _OFFICE_HELD_AFTER
        and 0 <= title_at
        and (title_at == len(clean) - 1 or rest[0] in ("of", "for"))
        and title_position(lowered[:title_at]) < 0
    ):
        return None  # "the former Acme CEO", "as Secretary of State": an office held, not a body's name
    titled_given_name = 0 <= title_at and prev != "the" and _given_then_surname(cast, rest)
    if 0 <= title_at < len(clean) - 1 and rest[0] in ("of", "for") and not org_like(rest):
        return None  # a title with no one's name after it ("Secretary of Defense")
    if (
        0 <= title_at < len(clean) - 1
        and 1 <= len(given) <= 3
        and (not org_like(rest) or initialled(rest, cast.first_names) or titled_given_name)
    ):
        role = " ".join(clean[: title_at + 1])
        clean = rest
    elif title_at == len(clean) - 1 and len(clean) <= 2 and not org_like(clean):
        return None
    elif (
        0 < title_at == len(clean) - 1
        and lowered[title_at] in _OFFICERS
        and lowered[title_at - 1] not in CONNECTORS
        and org_like(clean[:title_at])
    ):
        clean = _without_title(clean, title_at)  # "Acme CEO", "Acme Vice President": the body, not its officer
    nobody = names_nobody(clean, cast.first_names) if role is None else None
    if nobody == "nothing":
        return None  # "Election Day", "Affordable Care Act"
    mention = Mention(start, raw_end, "name", " ".join(clean), possessive=possessive, role=role)
    if role:
        gendered = [lx.RELATION_GENDER[w] for w in role.lower().replace(".", "").split() if w in lx.RELATION_GENDER]
        mention.gender = gendered[-1] if gendered else None
    if role and role.split()[0].lower().rstrip(".") in lx.HONORIFICS:
        mention.gender = lx.HONORIFICS[role.split()[0].lower().rstrip(".")]
        mention.role = " ".join(role.split()[1:]) or None
    reading = _Reading(masked, clean, role, prev, nobody, titled_given_name, acronym)
    return mention if _attach_entity(cast, mention, reading) else None


def _title_at(cast: Cast, clean: list[str], lowered: list[str]) -> int:
    """Where the title before a name ends among its words (-1 for none): "Mr. King", "Moderator Jane Doe", and
    "Secretary of State Jane Doe", whose title runs on to the last two (or three, "Jane Q. Doe") words."""
    title_at = title_position(lowered)
    if len(clean) > 1 and lowered[0] in lx.HONORIFICS:
        title_at = 0  # "Mr. King": after an honorific comes the name, whatever it is
    if title_at < 0 and _role_before_name(cast, clean):
        title_at = 0  # "Moderator Jane Doe", "Rival Jane Doe"
    if 0 <= title_at < len(clean) - 3 and lowered[title_at + 1] in ("of", "for"):
        tail = 3 if re.fullmatch(r"[A-Z]\.", clean[-2]) else 2
        if len(clean) - tail - 1 > title_at + 1 and person_like(clean[-tail:]):
            title_at = len(clean) - tail - 1
    return title_at


def _narrower(
    cast: Cast, masked: str, start: int, tokens: list[str], clean: list[str], lowered: list[str], title_at: int
) -> int | None:
    """How many leading words to drop when the run holds an office before the name it means, else None: "CEO of Acme
    Restaurant Association" (the officer's body, after "of" like any other); "Undersecretary for Political Affairs
    Jane Doe" (the office's last words, then her name)."""
    if (
        title_at == 0
        and len(clean) == len(tokens) > 3
        and lowered[1] in ("of", "for")
        and org_like(clean[2:])
        and not person_like(clean[-2:])
    ):
        return 2
    if (
        title_at < 0
        and len(clean) == len(tokens) >= 3
        and masked[:start].rstrip().split()[-1:] in (["for"], ["of"])
        and clean[-2] in cast.first_names
        and not any(t in cast.first_names or t.lower() in cast.surnames for t in clean[:-2])
    ):
        return len(tokens) - 2
    return None


@dataclass(frozen=True)
class _Reading:
    """How a run of capitalised words was read, for deciding whom or what it names."""

    masked: str  # the paragraph, quotations masked
    clean: list[str]  # the name's words, title taken off
    role: str | None  # the title before it
    prev: str  # the word before the run, lower-cased
    nobody: str | None  # what names_nobody made of it ("people", "nothing") when it has no title
    titled_given_name: bool  # a title then a given name and a surname that is also a body's word
    acronym: str | None  # a short form given after it in brackets


def _attach_entity(cast: Cast, mention: Mention, reading: _Reading) -> bool:
    """Give the mention the person or organisation it names, one the cast knows or a new one; False when the run
    names neither (a place after "in", "at", "near" …)."""
    masked, clean, role, prev = reading.masked, reading.clean, reading.role, reading.prev
    start, raw_end = mention.start, mention.end
    known = cast.lookup(mention.text)
    if known is not None and len(clean) == 1 and mention.gender and known.kind == "person":
        known = _bearer(cast, known, mention.gender)  # "Mrs. Doe" after "John Doe": his wife, not him
    if known is None and len(clean) == 1:
        known = next((e for e in cast.entities if e.kind == "organisation" and e.name.split()[0] == clean[0]), None)
    if known is None and len(clean) > 1:
        prefix = mention.text + " "
        known = next((e for e in cast.entities if e.kind == "organisation" and e.name.startswith(prefix)), None)
    if known is not None:
        mention.entity = known
        if relative_who(masked, raw_end) and _mononym_org(known, clean, prev):
            known.kind = "person"  # "Doe who …" before "Doe, who …": a one-word name that takes "who"
    elif len(clean) == 1 and named_relative(masked, start, raw_end):
        mention.entity = cast.person(clean)  # "Doe's son, Grant, …": a relative named by first name
    elif len(clean) == 1 and PEOPLES.fullmatch(clean[0]) and prev != "the":
        mention.entity = cast.person(clean)  # "Americans", "Muslims": a group of people, never "it"
    elif reading.nobody == "people":
        mention.entity = cast.person(clean)  # "Pacific Islander voters": a group's member, never "she"
        mention.entity.plural = True
    elif role is None and lx.is_place(mention.text) and mention.text.lower() not in cast.surnames:
        mention.entity = cast.organisation(mention.text)
    elif (
        len(clean) == 1
        and prev != "the"
        and (
            _lone_person(cast, clean[0])
            or (relative_who(masked, raw_end) and not lx.is_acronym(clean[0]))
            or re.match(r",\s+\d{1,3},", masked[raw_end:])
        )
    ):  # a surname the story gives in full, or "Doe, who …" / "Doe, 45,"
        mention.entity = cast.person(clean)
    elif (
        (org_like(clean) and not initialled(clean, cast.first_names) and not (role and reading.titled_given_name))
        or (prev == "the" and role is None)  # "the Acme Council Director Jane Doe": the title takes "the"
        or len(clean) == 1
    ):
        if (
            role is None
            and (
                prev in {"in", "at", "near", "across", "outside", "inside", "into", "off"}
                or (len(clean) == 1 and _after_place(masked, start))
            )
            and not org_like(clean)
        ):
            return False
        mention.entity = cast.organisation(mention.text, reading.acronym)
    else:
        if role is None and prev in {"in", "at", "near", "across", "outside", "inside", "into", "off", "on"}:
            return False
        if role is None and _attributive(masked, start, raw_end):
            mention.possessive = True  # "a Jane Doe administration", "an Art Deco theater": read as an owner's
        mention.entity = cast.person(clean)
    return True


def _given_then_surname(cast: Cast, rest: list[str]) -> bool:
    """A given name then a surname that is also a body's word ("Mayor Jane Bloomberg")."""
    return (
        len(rest) == 2
        and rest[0] in cast.first_names
        and not org_like(rest[:1])
        and re.fullmatch(r"[A-Z][a-z]+", rest[1]) is not None
    )


def _bearer(cast: Cast, known: Entity, gender: str) -> Entity:
    """Who a surname with an honorific of that sex ("Mrs. Doe", "Mr. Doe") means when the surname
    alone points to someone of the other sex: the story's person of that surname and sex (or of
    none known), else a new person of that surname, never the relative of the other sex. A relative
    known to be of that sex comes before one whose sex is unknown ("Mrs. Doe" with Bill Doe and
    Hillary Doe met is Hillary, though "Doe" alone first meant Bill)."""
    sex = _sex(known, cast.first_names)
    if sex == gender:
        return known
    surname = known.name.split()[-1]
    kin = [
        e
        for e in cast.entities
        if e.kind == "person" and not e.anon and e.name.split()[-1] == surname and e is not known
    ]
    fits = [e for e in kin if _sex(e, cast.first_names) == gender]
    if not fits and sex is None:
        return known
    fits = fits or [e for e in kin if _sex(e, cast.first_names) is None]
    return fits[0] if fits else cast.register(Entity(surname, gender=gender))


def _lone_person(cast: Cast, token: str) -> bool:
    """A single capitalised word is a person when the story gives it as the last word of a full
    name somewhere ("Jane Doe", "Sen. Doe"), before or after."""
    return not (lx.is_acronym(token) or org_like([token])) and token.lower() in cast.surnames


def _attributive(masked: str, start: int, end: int) -> bool:
    """Capitalised words between "a"/"an" and a lower-case noun qualify that noun ("a Jane Doe administration",
    "during an Acme Live chat"): read like an owner's name ("Doe's administration"), never the clause's subject."""
    noun = re.match(r" ([a-z]+)\b", masked[end : end + 30])
    return (
        _INDEFINITE_BEFORE.search(masked, max(0, start - 40), start) is not None
        and noun is not None
        and not re.search(r"(?:[^s]s|ed)$", noun[1])  # "a smiling Doe says", "a tired Doe walked"
        and noun[1] not in lx.SPEECH_VERBS
        and noun[1] not in _NOT_NOUNS
    )


def _after_place(masked: str, start: int) -> bool:
    """A lone capitalised word after "Word, " is the second part of a place ("Dover, Kent"), unless that word is
    a day or a month opening the sentence ("On Tuesday, Doe announced", "In March, Doe said")."""
    before = re.search(r"([A-Z][a-z]+), $", masked[max(0, start - 20) : start])
    return before is not None and before[1].lower() not in lx.MONTH_WORDS


def _without_title(clean: list[str], title_at: int) -> list[str]:
    """A body's name without the title after it and the rank words before the title ("Vice", "Deputy", "High")."""
    cut = title_at
    while cut > 1 and re.fullmatch(rf"(?:{DEPUTIES}|high|general|executive|chief)", clean[cut - 1].lower()):
        cut -= 1
    return clean[:cut]


def _plural_role(lowered: str) -> bool:
    """A title or role noun in the plural ("senators", "professors", "republicans")."""
    if not lowered.endswith("s") or lowered.endswith("ss"):
        return False
    one = singular(lowered)
    return one in lx.TITLES or one in _ROLE_NOUNS


def _sex(entity: Entity, first_names: Mapping[str, str]) -> str | None:
    """A person's sex as the story gives it so far, else as usual for their first name."""
    return entity.gender or usual_sex(entity.name, first_names)


def _tagged(masked: str, m: re.Match) -> bool:
    """The run stands where a party-and-state tag does: in brackets, or between commas after a name."""
    before, after = masked[max(0, m.start() - 2) : m.start()], masked[m.end() : m.end() + 1]
    return (before.endswith("(") and after == ")") or (before == ", " and after == ",")


def _mononym_org(entity: Entity, clean: list[str], prev: str) -> bool:
    """A one-word name filed as an organisation only because nothing said it was a person."""
    return (
        entity.kind == "organisation"
        and not entity.anon
        and len(clean) == 1
        and " " not in entity.name
        and prev != "the"
        and not lx.is_acronym(clean[0])
        and not org_like(clean)
        and not lx.is_place(clean[0])
    )

"""Who is in the story: named people and organisations, unnamed sources ("a senior official who
spoke on condition of anonymity"), and what "he", "the person" or "the company" point back to.

:class:`Cast` reads the paragraphs in order. For each it returns the :class:`Mention` list
(outside quotation marks), each tied to an :class:`Entity`, with roles taken from titles
("Acme President Jane Doe"), lower-case role words ("coach Ann Lee") and
apposition ("Jane Doe of the Civil Liberties Union", "John Roe, the mayor's spokesperson,").
What a description ("the company", "one of the aides") stands for is worked out by
:mod:`bot.draft.descriptions`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.draft import lexicon as lx
from bot.draft.descriptions import resolve_mention
from bot.draft.mentions import Entity, Mention
from bot.draft.namewords import (
    BARE_PLURAL,
    COMPOUND_ADJECTIVE,
    CONNECTORS,
    DEPUTIES,
    DESCRIPTOR,
    NAMED_ROLE,
    NUMBERS,
    ONE_OF,
    ORG_ANAPHOR,
    PARTY_TAG,
    PEOPLES,
    PRONOUN_RE,
    PRONOUNS,
    ROLE_BETWEEN,
    RUN,
    SAID_AFTER,
    SAID_BEFORE,
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
    people_stating,
    person_like,
    relative_who,
    sentence_parts,
    singular,
    speaks_next,
    title_position,
)
from bot.draft.roles import appositions
from bot.draft.text import STATE_ABBREVIATIONS
from bot.first_names import usual_sex

_ROLE_NOUNS = frozenset(h.lower() for h in lx.ANON_HEADS)


# "former secretary of State Jane Doe", "the minister of Defence Jane Doe": the capitalised word after a lower-case
# secretary or minister "of" is the office's department, part of the title and no part of the name after it.
OFFICE_OF = re.compile(r"\b(?:secretary|minister)\s+of\s+(?:the\s+)?$", re.I)
# "It has not helped that …", "It is clear that …", "It's unclear whether …": an "it" standing for the clause after it
# (the word before "that" no verb of saying: "It has argued that …" is a body speaking).
EXPLETIVE_IT = re.compile(
    r"[Ii]t(?:[\u2019']s\s+|\s+(?:is|was|has|had|seems|seemed|appears|appeared|remains|remained|would|will|may|"
    r"might|could|did|does)\s+)(?:(?:not|never|also|still|n[\u2019']t)\s+)?(?:(?:be|been)\s+)?"
    r"(?:[a-z]+ly\s+)?(?P<word>[a-z]+)\s+(?:that|whether)\b"
)


def expletive_end(masked: str, mention: Mention) -> int | None:
    """Where the clause starts that the mention, an "it" standing for that clause and not for anyone, stands for."""
    found = EXPLETIVE_IT.match(masked, mention.start) if mention.text.lower() == "it" else None
    return found.end() if found is not None and found["word"] not in lx.SPEECH_VERBS else None


# A body described by whom it stands for, with no name of its own: "the trade group for the Acme plans", "the union
# representing Acme pilots"; a later "the group" or "the union" is that body, not an earlier "… Group" or "… Union".
BODY_FOR = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>group|association|coalition|alliance|organization|organisation|"
    r"union|council|lobby)\s+(?:for|representing)\s+(?:the\s+)?(?:[A-Z][\w&.\u2019'-]*\s+){0,5}[A-Z][\w&.\u2019'-]*"
    r"(?:\s+[a-z]+s\b)?"
)
PLACE_AFTER_PLACE = re.compile(r"\b[A-Z][\w.\u2019'-]*,\s+$")  # "Dover, " before a state or a country
AND_NEXT = re.compile(r"\s+and\s+(?:the\s+)?")  # "between Doe and Roe": the second of two joined by "and"


# The people a poll or survey asked, as a speaker: "those surveyed said", "Those polled say".
THOSE_ASKED = re.compile(r"\b[Tt]hose\s+(?P<how>surveyed|polled|questioned|interviewed)\b")


class Cast:
    """Everyone in the story, built paragraph by paragraph so pronouns look only backwards."""

    def __init__(self, first_names: Mapping[str, str] | None = None):
        self.first_names: Mapping[str, str] = first_names or {}  # given name → usual sex, where the story is silent
        self.entities: list[Entity] = []
        self.index: dict[str, Entity] = {}
        self.short: dict[str, Entity] = {}
        self.given: set[str] = set()  # keys of ``short`` that only a first name put there
        self.history: list[Mention] = []
        self.midcaps: set[str] = set()
        self.surnames: set[str] = set()  # last words of full names anywhere in the story
        self.bearers: dict[str, set[str]] = {}  # a surname → the given names learnt before it ("bush": jeb, laura)
        self.common: set[str] = set()  # words the story writes in lower case

    # -- vocabulary learnt before the scan ------------------------------------------------------
    def learn(self, masked: str, starts: set[int]):
        self.common.update(re.findall(r"(?<![\w\u2019'-])[a-z]+(?![\w\u2019'-])", masked))
        for m in RUN.finditer(masked):
            tokens = m.group().split()
            for i, token in enumerate(tokens):
                if i or not opens_sentence(masked, m.start(), starts):
                    self.midcaps.add(clean_token(token))
            for part in sentence_parts(tokens):
                if any(re.search(r"[\u2019']s$", t) for t in part[:-1]):
                    continue  # "Acme's Ohio": an owner and what it owns, no one's full name
                clean = [clean_token(t) for t in part]
                titled = title_position([t.lower().rstrip(".") for t in clean])
                name = clean[titled + 1 :]
                if (
                    (2 <= len(name) <= 3 or (titled >= 0 and len(name) == 1))
                    and person_like(name)
                    and not lx.is_place(" ".join(name))
                    and not names_nobody(name, self.first_names)
                ):
                    self.surnames.add(name[-1].lower())
                    if len(name) > 1:
                        self.bearers.setdefault(name[-1].lower(), set()).add(" ".join(name[:-1]).lower())

    # -- registry -------------------------------------------------------------------------------
    def register(self, entity: Entity, *keys: str) -> Entity:
        """File the entity under its name and the given keys (a key already taken keeps its entity)."""
        if entity not in self.entities:
            self.entities.append(entity)
        for key in (entity.name, *keys):
            if key:
                self.index.setdefault(key.lower(), entity)
        return entity

    def lookup(self, name: str) -> Entity | None:
        key = name.lower()
        return self.index.get(key) or self.short.get(key)

    def person(self, tokens: list[str]) -> Entity:
        name = " ".join(tokens)
        found = self.index.get(name.lower())
        if found is None and len(tokens) == 1:
            found = self.short.get(name.lower())
        if found is None and len(tokens) > 1:
            # "Doe" met before "Jane Doe": the same person, now with a full name.
            earlier = self.index.get(tokens[-1].lower())
            if (
                earlier is not None
                and _surname_taken_for_body(earlier)
                and len(self.bearers.get(tokens[-1].lower(), ())) < 2
            ):
                earlier.kind = "person"  # "Doe's surge" met before "Jane Doe", and no other Doe: not a body
            if (
                earlier is not None
                and earlier.kind == "person"
                and " " not in earlier.name
                and not earlier.anon
                and not self._relative(earlier, name)
            ):
                earlier.aliases.add(earlier.name)
                earlier.name = name
                found = self.register(earlier)
        if found is None:
            found = self.register(Entity(name, plural=bool(PEOPLES.fullmatch(tokens[-1]))))
        if len(tokens) > 1 and found.kind == "person":
            surname = tokens[-1] if tokens[-1].rstrip(".").lower() not in SUFFIXES else tokens[-2]
            # A surname alone stays with the first person who had it (relatives get first names).
            # A surname outranks a first name: "John" alone is Tom John, not John Roe met earlier.
            if surname.lower() not in self.short or surname.lower() in self.given:
                self.short[surname.lower()] = found
                self.given.discard(surname.lower())
            if tokens[0].lower() not in self.short:
                self.short[tokens[0].lower()] = found
                self.given.add(tokens[0].lower())
            found.aliases.add(surname)
        return found

    def _relative(self, earlier: Entity, name: str) -> bool:
        """A surname first met with an honorific of one sex ("Mrs. Doe") is not the full name met later
        when that name's given name is usual for the other sex, or unknown while the story gives the
        surname to two or more given names ("Bill Doe" beside "Hillary Doe"): a relative, not her."""
        if earlier.gender not in ("m", "f"):
            return False
        sex = usual_sex(name, self.first_names)
        many = len(self.bearers.get(name.split()[-1].lower(), ())) >= 2
        return sex not in (None, earlier.gender) or (sex is None and many)

    def organisation(self, name: str, acronym: str | None = None) -> Entity:
        name = re.sub(r"^(?:the|The)\s+", "", name)
        found = self.index.get(name.lower())
        if found is None and lx.is_acronym(name):
            found = next((e for e in self.entities if e.kind == "organisation" and initials(e.name) == name), None)
            if found:
                found.aliases.add(name)
                self.index[name.lower()] = found
        if found is None:
            head = name.split(" on ")[0].split()[-1].lower()  # "Committee on Ethics" is a committee
            found = self.register(Entity(name, kind="organisation", head=head))
        if acronym:
            found.aliases.add(acronym)
            self.index.setdefault(acronym.lower(), found)
        return found

    def anonymous(self, name: str, head: str, plural=False, kind="person") -> Entity:
        key = "anon:" + name.lower()
        found = self.index.get(key)
        if found is None:
            found = self.register(Entity(name, kind=kind, anon=True, head=head, plural=plural), key)
            self.index.pop(name.lower(), None)
        return found

    # -- one paragraph --------------------------------------------------------------------------
    def scan(self, par: str, masked: str, starts: set[int]) -> list[Mention]:
        found = self._descriptors(masked)
        found += self._names(masked, starts, found)
        taken = [(m.start, m.end) for m in found]
        for m in PRONOUN_RE.finditer(masked):
            if not any(s <= m.start() < e for s, e in taken):
                word = m.group().lower()
                found.append(Mention(m.start(), m.end(), "pronoun", word, gender=PRONOUNS[word]))
        found.sort(key=lambda m: (m.start, -m.end))
        found = appositions(masked, found, starts)
        for first, second in zip(found, found[1:], strict=False):  # "Acme campaign chairman Jane Doe": like "Acme's"
            if {first.kind, second.kind} == {"name"} and ROLE_BETWEEN.fullmatch(masked, first.end, second.start):
                first.possessive = True
        between_end = -1  # where the last name after "between" ends
        for mention in found:
            before = [w.lower() for w in masked[: mention.start].split()[-2:]]
            if len(before) == 2 and before[-1] in ("the", "a", "an"):
                before.pop()
            mention.prep = bool(before) and before[-1] in lx.PREPOSITIONS  # "like, Doe" is no object
            if between_end >= 0 and AND_NEXT.fullmatch(masked, between_end, mention.start):
                mention.prep = True  # "split between Doe and Roe": "between" takes both, so Roe is no subject either
            between_end = mention.end if before and before[-1] == "between" else -1
            town = PLACE_AFTER_PLACE.search(masked, max(0, mention.start - 40), mention.start)
            abbreviated = masked.startswith(".", mention.start + len(mention.text))  # "Ava, Mo."
            state = lx.is_place(mention.text) or (abbreviated and mention.text.lower() in STATE_ABBREVIATIONS)
            if town and state:
                mention.prep = True  # "Jane Doe of Dover, Delaware says": the state is where Dover is, not a subject
            resolve_mention(self, mention, masked)
            if mention.entity is not None:
                mention.entity.count += 1
                self.history.append(mention)
        return found

    def _descriptors(self, masked: str) -> list[Mention]:
        spans: list[Mention] = []
        for m in ONE_OF.finditer(masked):
            spans.append(Mention(m.start(), m.end(), "one-of", m["head"]))
        for m in DESCRIPTOR.finditer(masked):
            det = m["det"].lower()
            if det == "that" and re.search(
                r"\b(?:show|shows|showed|said|says|say|found|reported|argued)\s+$", masked[: m.start()]
            ):
                continue
            kind = "anaphor" if det in ("the", "that", "this") else "anon"
            mention = Mention(m.start(), m.end(), kind, m.group())
            tail = masked[m.end() : m.end() + 220]
            cut = re.search(r"\b(?:said|says|told|wrote|added|stated|noted|replied)\b|[.;!?](?:\s|$)", tail)
            window = tail[: cut.start()] if cut else tail
            withheld, title = lx.WITHHELD.search(window), lx.TITLE_AS.search(window)
            if withheld or title:
                mention.end += max(x.end() for x in (withheld, title) if x)
                mention.role = title["title"].strip() if title else None
                mention.withheld = True
            spans.append(mention)
        for m in NAMED_ROLE.finditer(masked):  # "said one Acme confidant": the role speaks, not the name in it
            before = masked[max(0, m.start() - 12) : m.start()]
            said = SAID_BEFORE.search(before) and re.match(r"\s*[.,;]", masked[m.end() :])
            if m["head"] not in lx.ORG_HEADS and (said or SAID_AFTER.match(masked, m.end())):
                spans.append(Mention(m.start(), m.end(), "anon", m.group()))
        for m in BARE_PLURAL.finditer(masked):
            mods = m["mods"].strip()
            if mods and mods.split()[0].lower() in lx.STOP_CAPS:
                continue
            text = m.group().strip()
            if not mods or mods.split()[0] not in self.midcaps:
                text = text[0].lower() + text[1:]  # "Aides say", "Local lobbyists say": capitalised as a sentence opens
            spans.append(Mention(m.start(), m.end("head"), "anon", text))
        for m in THOSE_ASKED.finditer(masked):  # "those surveyed said": the people a poll asked
            spans.append(Mention(m.start(), m.end(), "anon", "people " + m["how"]))
        for m in ORG_ANAPHOR.finditer(masked):
            if people_stating(m):
                continue
            spans.append(Mention(m.start(), m.end(), "org-anaphor", m.group()))
        for m in BODY_FOR.finditer(masked):  # "the trade group for the Acme plans": a body, and "the group" later
            spans.append(Mention(m.start(), m.end(), "body-for", m.group(), role=m["head"].lower()))
        spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
        chosen: list[Mention] = []
        for span in spans:
            if all(span.end <= c.start or span.start >= c.end for c in chosen):
                chosen.append(span)
        return chosen

    def _names(self, masked: str, starts: set[int], taken: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        for m in RUN.finditer(masked):
            hyphened = re.match(r"\w-", masked[max(0, m.start() - 2) : m.start()])  # not a credit's "-Jane Doe"
            if hyphened and " " in m.group():
                # "the pro-Trump Great America PAC": the name after the prefixed word
                m = RUN.match(masked, m.start() + m.group().index(" ") + 1) or m
                hyphened = None if m.start() > 0 and masked[m.start() - 1] == " " else hyphened
            if any(t.start <= m.start() < t.end for t in taken) or hyphened:
                continue  # inside a description, or the second half of "anti-Muslim", "pro-Trump"
            if PARTY_TAG.fullmatch(m.group()) and _tagged(masked, m):
                continue  # "Sen. Jane Doe (R-Ohio)": the tag after a name is nobody
            for start, tokens, acronym in self._chunks(masked, m, starts):
                if COMPOUND_ADJECTIVE.fullmatch(tokens[-1]):
                    continue  # "a New York-based group", "a Jane Doe-style speech": a modifier, no one named
                if len(tokens) > 1 and COMPOUND_ADJECTIVE.fullmatch(tokens[0]):  # "Chicago-based Acme": Acme
                    start, tokens = start + len(tokens[0]) + 1, tokens[1:]
                if out and self._shares_surname(out[-1], masked, start, tokens):
                    # "the parents, Khalid and Amina Doe": two people, the first named by the second's surname too
                    out[-1].entity = self.person([out[-1].text, clean_token(tokens[-1])])
                mention = self._name_mention(masked, start, tokens, acronym)
                if mention:
                    out.append(mention)
        return out

    def _shares_surname(self, first: Mention, masked: str, start: int, tokens: list[str]) -> bool:
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
            and word.lower() not in self.surnames
            and not first.possessive
            and not lx.is_place(word)
            and not org_like([word])
        )

    def _chunks(self, masked: str, m: re.Match, starts: set[int]):
        """Split a capitalised run into names: 'Jane Doe of the ACLU' → two chunks."""
        words = m.group().split(" ")
        positions, pos = [], m.start()
        for w in words:
            positions.append(pos)
            pos += len(w) + 1
        after = masked[m.end() : m.end() + 12]
        acr = re.match(r"\s*\((?P<a>[A-Z]{2,8})\)", after)
        acronym = acr["a"] if acr else None
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
            if chunks[-1] and w.lower() in lx.STOP_CAPS and w not in ("I", "A.") and w.lower() not in self.surnames:
                chunks.append([])  # "Jane Doe Sends A Message About …": a title-case headline, not one name
            chunks[-1].append(i)
            i += 1
            saint = chunks[-1] and words[chunks[-1][0]] in ("St.", "Saint")
            if i < len(words) and (
                (w.endswith(".") and clean_token(w) == w[:-1])
                or (re.search(r"[\u2019']s$|s[\u2019']$", w) and not saint)
            ):
                chunks.append([])
        for chunk in chunks:
            while chunk and words[chunk[-1]] in CONNECTORS:
                chunk.pop()
            if not chunk:
                continue
            tokens = [words[k] for k in chunk]
            start = positions[chunk[0]]
            initial = opens_sentence(masked, start, starts) or bool(
                re.search(r"[\u201c\"(\u2014]\s*$", masked[max(0, start - 3) : start])
            )
            while tokens and (
                (
                    clean_token(tokens[0]).lower() in lx.STOP_CAPS
                    and not self._surname_alone(tokens, masked, start)
                    and not self._given_name_apposed(tokens, masked, start)
                )
                or (
                    clean_token(tokens[0]).lower() in lx.MONTH_WORDS
                    and not first_name_not_month(tokens)
                    and not month_as_name(tokens[0], masked[start + len(tokens[0]) :])
                )
                or (initial and len(tokens) > 1 and tokens[0].lower() in lx.SPEECH_VERBS)  # "Stated Doe:"
                or (len(tokens) > 1 and OFFICE_OF.search(masked, max(0, start - 20), start) is not None)
                or self._swept_in(tokens, initial)
            ):
                start += len(tokens[0]) + 1
                tokens = tokens[1:]
                initial = False
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
            if not tokens:
                continue
            last_chunk = chunk is chunks[-1]
            if initial and len(tokens) == 1:
                token = clean_token(tokens[0])
                if opening_adverb(token, masked[start:]) and not self.lookup(token):
                    continue  # "Recently, he said …"
                participle = opening_participle(token, masked[start + len(tokens[0]) :])
                if participle and not self.lookup(token) and token.lower() not in self.surnames:
                    continue  # "Reprising one of her lines, …"
                if self._common_word(token):
                    continue  # "Candidates who think …"
                if (
                    token not in self.midcaps
                    and not lx.is_acronym(token)
                    and not self.lookup(token)
                    and token.lower() not in self.surnames
                    and not speaks_next(token, masked[start + len(tokens[0]) :])
                ):
                    continue
            yield start, tokens, acronym if last_chunk else None

    def _swept_in(self, tokens: list[str], initial: bool) -> bool:
        """A leading word the story writes in lower case elsewhere, swept into the name after it: before a
        first name and a surname ("Senators Jane Doe", "Whether Jane Doe", "Staff Jane Doe" of "Chief of
        Staff …"), or opening a sentence before a surname the story gives in full ("Whether Doe will …")."""
        if len(tokens) < 2:
            return False
        word = clean_token(tokens[0])
        lowered = word.lower().rstrip(".")
        if len(tokens) >= 3 and _plural_role(lowered) and clean_token(tokens[1]) in self.first_names:
            return True  # "Senators Jane Doe and …", "Democrats Jane Doe and …": the group, then one member
        if initial and re.fullmatch(r"[a-z]{4,}ly", lowered) and word not in self.first_names:
            return clean_token(tokens[1]) in self.first_names  # "Certainly Jane Doe had …": an adverb, then a name
        if (
            lowered not in self.common
            or word in self.midcaps  # "South Carolina", "Long Beach": capitalised mid-sentence, part of a name
            or word in self.first_names
            or lowered in self.surnames
            or lowered in lx.TITLES
            or lowered in lx.HONORIFICS
            or lowered in _ROLE_NOUNS  # "Moderator Jane Doe": a role, kept as one
            or lowered in CONNECTORS  # "De Blasio" beside "de Blasio"
        ):
            return False
        if len(tokens) >= 3:
            return clean_token(tokens[1]) in self.first_names
        return initial and bool(self.bearers.get(clean_token(tokens[1]).lower(), set()) - {lowered})

    def _given_name_apposed(self, tokens: list[str], masked: str, start: int) -> bool:
        """A capitalised modal that is also a given name ("Will", "May") before a surname that an apposition or a
        verb of saying follows ("Will Doe, the chairman, said", "May Doe said"): a name, where the modal is followed by
        a bare verb ("Will Doe win?")."""
        if len(tokens) != 2 or clean_token(tokens[0]) not in self.first_names:
            return False
        after = re.match(r"\s*(?:,|([a-z]+)\b)", masked[start + len(" ".join(tokens)) :])
        return after is not None and (after[1] is None or after[1] in lx.SPEECH_VERBS)

    def _role_before_name(self, clean: list[str]) -> bool:
        """A role noun before a first name and a surname: the person's role, not part of the name."""
        return (
            len(clean) > 2
            and clean[0].lower() in _ROLE_NOUNS
            and clean[0] not in self.first_names
            and clean[1] in self.first_names
        )

    def _common_word(self, token: str) -> bool:
        """A sentence's one capitalised word that the story writes in lower case elsewhere and never as
        anyone's surname or an organisation's word ("Candidates who think …", "Teachers say …")."""
        lowered = token.lower()
        return (
            lowered in self.common and lowered not in self.surnames and not org_like([token]) and not self.lookup(token)
        )

    def _surname_alone(self, tokens: list[str], masked: str, start: int) -> bool:
        """A common word that is the surname of a full name in the story, standing alone before a verb or
        a full stop ("Will wrote", "From said."), not opening a clause ("Will the board …", "From here")."""
        word = clean_token(tokens[0]).lower() if len(tokens) == 1 else ""
        if word not in self.surnames or word in NUMBERS:
            return False
        after = re.match(r"\s+([a-z]+)\b|[.,;:!?]", masked[start + len(tokens[0]) :])
        if after is None:
            return False
        verb = after[1]
        return verb is None or verb in lx.SPEECH_VERBS or verb in VERBISH

    def _name_mention(self, masked: str, start: int, tokens: list[str], acronym: str | None) -> Mention | None:
        raw_end = start + len(" ".join(tokens))
        possessive = bool(re.search(r"[\u2019']s$|s[\u2019']$", tokens[-1]))
        clean = [clean_token(t) for t in tokens]
        clean = [t for t in clean if t]
        if not clean or all(
            (t.lower() in lx.MONTH_WORDS and not month_as_name(t, masked[raw_end:])) or t.isdigit() for t in clean
        ):
            return None
        role = None
        lowered = [t.lower().rstrip(".") for t in clean]
        title_at = title_position(lowered)
        if len(clean) > 1 and lowered[0] in lx.HONORIFICS:
            title_at = 0  # "Mr. King": after an honorific comes the name, whatever it is
        if title_at < 0 and self._role_before_name(clean):
            title_at = 0  # "Moderator Jane Doe", "Rival Jane Doe"
        if 0 <= title_at < len(clean) - 3 and lowered[title_at + 1] in ("of", "for"):
            # "Secretary of State Jane Doe": the title runs on to the last two (or three, "Jane Q. Doe") words
            tail = 3 if re.fullmatch(r"[A-Z]\.", clean[-2]) else 2
            if len(clean) - tail - 1 > title_at + 1 and person_like(clean[-tail:]):
                title_at = len(clean) - tail - 1
        if (
            title_at == 0
            and len(clean) == len(tokens) > 3
            and lowered[1] in ("of", "for")
            and org_like(clean[2:])
            and not person_like(clean[-2:])
        ):  # "CEO of Acme Restaurant Association": the officer's body, after "of" like any other
            return self._name_mention(masked, start + len(" ".join(tokens[:2])) + 1, tokens[2:], acronym)
        if (
            title_at < 0
            and len(clean) == len(tokens) >= 3
            and masked[:start].rstrip().split()[-1:] in (["for"], ["of"])
            and clean[-2] in self.first_names
            and not any(t in self.first_names or t.lower() in self.surnames for t in clean[:-2])
        ):  # "Undersecretary for Political Affairs Jane Doe": the office's last words, then her name
            return self._name_mention(masked, start + len(" ".join(tokens[:-2])) + 1, tokens[-2:], acronym)
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
        titled_given_name = 0 <= title_at and prev != "the" and self._given_then_surname(rest)
        if 0 <= title_at < len(clean) - 1 and rest[0] in ("of", "for") and not org_like(rest):
            return None  # a title with no one's name after it ("Secretary of Defense")
        if (
            0 <= title_at < len(clean) - 1
            and 1 <= len(given) <= 3
            and (not org_like(rest) or initialled(rest, self.first_names) or titled_given_name)
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
        nobody = names_nobody(clean, self.first_names) if role is None else None
        if nobody == "nothing":
            return None  # "Election Day", "Affordable Care Act"
        mention = Mention(start, raw_end, "name", " ".join(clean), possessive=possessive, role=role)
        if role:
            gendered = [lx.RELATION_GENDER[w] for w in role.lower().replace(".", "").split() if w in lx.RELATION_GENDER]
            mention.gender = gendered[-1] if gendered else None
        if role and role.split()[0].lower().rstrip(".") in lx.HONORIFICS:
            mention.gender = lx.HONORIFICS[role.split()[0].lower().rstrip(".")]
            mention.role = " ".join(role.split()[1:]) or None
        known = self.lookup(mention.text)
        if known is not None and len(clean) == 1 and mention.gender and known.kind == "person":
            known = self._bearer(known, mention.gender)  # "Mrs. Doe" after "John Doe": his wife, not him
        if known is None and len(clean) == 1:
            known = next((e for e in self.entities if e.kind == "organisation" and e.name.split()[0] == clean[0]), None)
        if known is None and len(clean) > 1:
            prefix = mention.text + " "
            known = next((e for e in self.entities if e.kind == "organisation" and e.name.startswith(prefix)), None)
        if known is not None:
            mention.entity = known
            if relative_who(masked, raw_end) and _mononym_org(known, clean, prev):
                known.kind = "person"  # "Doe who …" before "Doe, who …": a one-word name that takes "who"
        elif len(clean) == 1 and named_relative(masked, start, raw_end):
            mention.entity = self.person(clean)  # "Doe's son, Grant, …": a relative named by first name
        elif len(clean) == 1 and PEOPLES.fullmatch(clean[0]) and prev != "the":
            mention.entity = self.person(clean)  # "Americans", "Muslims": a group of people, never "it"
        elif nobody == "people":
            mention.entity = self.person(clean)  # "Pacific Islander voters": a group's member, never "she"
            mention.entity.plural = True
        elif role is None and lx.is_place(mention.text) and mention.text.lower() not in self.surnames:
            mention.entity = self.organisation(mention.text)
        elif (
            len(clean) == 1
            and prev != "the"
            and (
                self._lone_person(clean[0])
                or (relative_who(masked, raw_end) and not lx.is_acronym(clean[0]))
                or re.match(r",\s+\d{1,3},", masked[raw_end:])
            )
        ):  # a surname the story gives in full, or "Doe, who …" / "Doe, 45,"
            mention.entity = self.person(clean)
        elif (
            (org_like(clean) and not initialled(clean, self.first_names) and not (role and titled_given_name))
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
                return None
            mention.entity = self.organisation(mention.text, acronym)
        else:
            if role is None and prev in {"in", "at", "near", "across", "outside", "inside", "into", "off", "on"}:
                return None
            if role is None and _attributive(masked, start, raw_end):
                mention.possessive = True  # "a Jane Doe administration", "an Art Deco theater": read as an owner's
            mention.entity = self.person(clean)
        return mention

    def _given_then_surname(self, rest: list[str]) -> bool:
        """A given name then a surname that is also a body's word ("Mayor Jane Bloomberg")."""
        return (
            len(rest) == 2
            and rest[0] in self.first_names
            and not org_like(rest[:1])
            and re.fullmatch(r"[A-Z][a-z]+", rest[1]) is not None
        )

    def _bearer(self, known: Entity, gender: str) -> Entity:
        """Who a surname with an honorific of that sex ("Mrs. Doe", "Mr. Doe") means when the surname
        alone points to someone of the other sex: the story's person of that surname and sex (or of
        none known), else a new person of that surname, never the relative of the other sex. A relative
        known to be of that sex comes before one whose sex is unknown ("Mrs. Doe" with Bill Doe and
        Hillary Doe met is Hillary, though "Doe" alone first meant Bill)."""
        sex = _sex(known, self.first_names)
        if sex == gender:
            return known
        surname = known.name.split()[-1]
        kin = [
            e
            for e in self.entities
            if e.kind == "person" and not e.anon and e.name.split()[-1] == surname and e is not known
        ]
        fits = [e for e in kin if _sex(e, self.first_names) == gender]
        if not fits and sex is None:
            return known
        fits = fits or [e for e in kin if _sex(e, self.first_names) is None]
        return fits[0] if fits else self.register(Entity(surname, gender=gender))

    def _lone_person(self, token: str) -> bool:
        """A single capitalised word is a person when the story gives it as the last word of a full
        name somewhere ("Jane Doe", "Sen. Doe"), before or after."""
        return not (lx.is_acronym(token) or org_like([token])) and token.lower() in self.surnames


_OFFICE_HELD_AFTER = frozenset("former then late outgoing ex as while was is became his her their".split())
_OFFICERS = {"ceo", "cfo", "coo", "president", "director", "chairman", "chairwoman", "spokesman", "spokeswoman"}


# words after a name that make it the subject of a clause, not a noun's qualifier ("a choked-up Doe could not")
_NOT_NOUNS = frozenset(
    "who that which whose and or but is was has had can could will would may might must should shall".split()
)
# "a", "an" and at most one word qualifying the noun with them ("a 1930s-era", "a local")
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:a|an)\s+(?:[a-z0-9][\w-]*\s+)?$")


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


def is_modifier(entity: Entity) -> bool:
    """A word that qualifies a noun and names nobody: a nationality or a party taken for an organisation
    ("Mexican", "Democratic", "Hispanic") or a hyphenated adjective ("GOP-led", "Trump-style")."""
    name = entity.name
    if re.fullmatch(r"[\w.\u2019']+-[a-z]+", name):
        return True
    return entity.kind == "organisation" and bool(re.fullmatch(r"[A-Z][a-z]+(?:ian|ican|ese|ish|ic)", name))


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


def _surname_taken_for_body(entity: Entity) -> bool:
    """A one-word name filed as an organisation that reads as a surname ("Doe", not "NATO", "Iowa" or "Acme Bank")."""
    return (
        entity.kind == "organisation"
        and not entity.anon
        and re.fullmatch(r"[A-Z][a-z\u2019'-]+", entity.name) is not None
        and not lx.is_place(entity.name)
        and entity.name.lower() not in lx.ORG_WORDS
    )

"""Who is in the story: named people and organisations, unnamed sources ("a senior official who
spoke on condition of anonymity"), and what "he", "the person" or "the company" point back to.

:class:`Cast` reads the paragraphs in order. For each it returns the :class:`Mention` list
(outside quotation marks), each tied to an :class:`Entity`, with roles taken from titles
("Acme President Jane Doe"), lower-case role words ("coach Ann Lee") and
apposition ("Jane Doe of the Civil Liberties Union", "John Roe, the mayor's spokesperson,").
The names in a paragraph are found by :mod:`bot.draft.namefinding` and its descriptions of people and bodies
left unnamed by :mod:`bot.draft.descriptionfinding`; what a description ("the company", "one of the aides") stands
for is worked out by :mod:`bot.draft.descriptions`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from bot.draft import lexicon as lx
from bot.draft.descriptionfinding import bodies_in_descriptions, find_descriptions
from bot.draft.descriptions import resolve_mention
from bot.draft.mentions import Entity, Mention
from bot.draft.namefinding import find_names
from bot.draft.namewords import (
    ARTICLE_SURNAME,
    DOUBLE_PARTICLES,
    NICKNAMED,
    PEOPLES,
    PRONOUN_RE,
    PRONOUNS,
    ROLE_BETWEEN,
    RUN,
    SUFFIXES,
    clean_token,
    given_names,
    initialled,
    initials,
    names_nobody,
    opens_sentence,
    person_like,
    sentence_parts,
    surname_of,
    title_position,
)
from bot.draft.roles import appositions
from bot.draft.text import STATE_ABBREVIATIONS
from bot.first_names import usual_sex

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


PLACE_AFTER_PLACE = re.compile(r"\b[A-Z][\w.\u2019'-]*,\s+$")  # "Dover, " before a state or a country
# A surname alone, a verb of saying and "he" or "she": "Doe said she …", "Doe, 45, says that he …"
SURNAME_SAID_PRONOUN = re.compile(
    r"\b(?P<name>[A-Z][a-z\u2019'-]+),?\s+(?:said|says|added|adds|wrote|writes|told\s+[a-z]+)\s+(?:that\s+)?"
    r"(?P<pronoun>[Hh]e|[Ss]he)\b"
)
AND_NEXT = re.compile(r"\s+and\s+(?:the\s+)?")  # "between Doe and Roe": the second of two joined by "and"


class Cast:
    """Everyone in the story, built paragraph by paragraph so pronouns look only backwards."""

    def __init__(self, first_names: Mapping[str, str] | None = None):
        self.first_names: Mapping[str, str] = first_names or {}  # given name → usual sex, where the story is silent
        self.entities: list[Entity] = []
        self.index: dict[str, Entity] = {}
        self.short: dict[str, Entity] = {}
        self.given: set[str] = set()  # keys of ``short`` that only a first name put there
        self.history: list[Mention] = []
        self.paragraph_from = 0  # where the paragraph being scanned starts in ``history``
        self.midcaps: set[str] = set()
        self.surnames: set[str] = set()  # last words of full names anywhere in the story
        self.bearers: dict[str, set[str]] = {}  # a surname → the given names learnt before it ("bush": jeb, laura)
        self.surname_sexes: dict[str, Counter[str]] = {}  # a surname alone → the sexes of "he"/"she" saying after it
        self.common: set[str] = set()  # words the story writes in lower case
        self.no_one: set[str] = set()  # short forms given in brackets for what names nobody: "HAA" for a law

    # -- vocabulary learnt before the scan ------------------------------------------------------
    def learn(self, masked: str, starts: set[int]):
        self.common.update(re.findall(r"(?<![\w\u2019'-])[a-z]+(?![\w\u2019'-])", masked))
        for m in NICKNAMED.finditer(masked):
            if given_names(m["given"], self.first_names):
                self.surnames.add(m["surname"].lower())  # 'Juan "Chico" Roe': Roe is a surname
        for m in SURNAME_SAID_PRONOUN.finditer(masked):
            if not _named_before(masked, m.start()):
                self.surname_sexes.setdefault(m["name"].lower(), Counter())[PRONOUNS[m["pronoun"].lower()]] += 1
        for m in RUN.finditer(masked):
            tokens = m.group().split()
            # "Election Day", "Clean Water Act": no word of them names anyone when it opens a sentence
            nothing = names_nobody([clean_token(t) for t in tokens], self.first_names) == "nothing"
            for i, token in enumerate(tokens):
                if not nothing and (i or not opens_sentence(masked, m.start(), starts)):
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

    def forget(self, entity: Entity) -> None:
        """Take out an entity a misread made and nothing names any more, with every key filed under it."""
        self.entities.remove(entity)
        for keys in (self.index, self.short):
            for key in [k for k, e in keys.items() if e is entity]:
                del keys[key]
        self.given &= self.short.keys()  # keys of ``short`` only

    def lookup(self, name: str) -> Entity | None:
        key = name.lower()
        return self.index.get(key) or self.short.get(key)

    def person(self, tokens: list[str]) -> Entity:
        name = " ".join(tokens)
        found = self.index.get(name.lower())
        surname = surname_of(tokens)
        if found is None and (
            len(tokens) == 1
            or (len(tokens) == 2 and tokens[0].lower() in lx.PARTICLES)
            or (len(tokens) == 3 and " ".join(tokens[:2]).lower() in DOUBLE_PARTICLES)
        ):
            found = self.short.get(name.lower())  # "Doe", or "Van Dalen" for "Marta van Dalen", "de la Cruz"
        if found is None and len(tokens) > 1 and tokens[-1].rstrip(".").lower() in SUFFIXES:
            found = self._given_and_suffix(tokens)  # "Jane Jr." and "Jane Doe Jr.", in either order
            if found is not None and len(tokens) == 2:
                found.aliases.add(name)
                return self.register(found, name)
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
        if found is None and len(tokens) > 1:
            found = self._named_otherwise(tokens)
        if found is None:
            found = self.register(Entity(name, plural=bool(PEOPLES.fullmatch(tokens[-1]))))
        if len(tokens) > 1 and found.kind == "person":
            # A surname alone stays with the first person who had it (relatives get first names), unless what the
            # story says of the surname alone ("Doe said she …") fits a later bearer's sex and not the first's.
            # A surname outranks a first name: "John" alone is Tom John, not John Roe met earlier.
            last = surname.split()[-1].lower()
            # "Van Dalen", and "Dalen" as before; "al-Assad", and "Assad" after the article
            for key in {surname.lower(), last, last[3:] if ARTICLE_SURNAME.fullmatch(surname) else last}:
                holder = self.short.get(key)
                if holder is None or key in self.given or self._meant_instead(found, holder, key):
                    if holder is not None and holder is not found:
                        holder.aliases.discard(surname)
                    self.short[key] = found
                    self.given.discard(key)
            if tokens[0].lower() not in self.short:
                self.short[tokens[0].lower()] = found
                self.given.add(tokens[0].lower())
            found.aliases.add(surname)
        return found

    def _named_otherwise(self, tokens: list[str]) -> Entity | None:
        """The one person met before under the same full name written another way: with or without middle names or
        initials ("Jane Doe", "Jane Q. Doe"), or with the given name's short form ("Ben Doe", "Benjamin Doe"). The
        fuller name is kept and the other becomes an alias; no join when two people fit ("David R. Doe", "David K.
        Doe") or when only one of the names has a suffix ("John Doe Jr." is his son)."""
        fits = [
            e
            for e in self.entities
            if e.kind == "person" and not e.anon and _same_person(e.name.split(), tokens, self.first_names)
        ]
        if len(fits) != 1:
            return None
        found, name = fits[0], " ".join(tokens)
        if _fuller(tokens, found.name.split()):
            found.aliases.add(found.name)
            found.name = name
        else:
            found.aliases.add(name)
        return self.register(found, name)

    def _meant_instead(self, bearer: Entity, holder: Entity, surname: str) -> bool:
        """Whether a surname alone means a later bearer rather than the person who has it: the "he" or "she" the story
        writes after the surname alone ("Doe said she …") is mostly of the bearer's sex, not the holder's."""
        sexes = self.surname_sexes.get(surname)
        if bearer is holder or holder.kind != "person" or holder.anon or not sexes:
            return False
        (told, most), *rest = sexes.most_common()
        if rest and rest[0][1] == most:
            return False
        bearer_sex = bearer.gender or usual_sex(bearer.name, self.first_names)
        holder_sex = holder.gender or usual_sex(holder.name, self.first_names)
        return bearer_sex == told and holder_sex not in (None, told)

    def _given_and_suffix(self, tokens: list[str]) -> Entity | None:
        """One person named by given name and suffix alone ("Jane Jr.") and in full ("Jane Doe Jr."), in either order:
        the full name met after the short one renames her, and the given name is no longer taken for a surname."""
        if len(tokens) == 2:
            return next(
                (
                    e
                    for e in self.entities
                    if e.kind == "person" and not e.anon and len(e.name.split()) > 2
                    and e.name.split()[0] == tokens[0] and e.name.split()[-1] == tokens[-1]
                ),
                None,
            )  # fmt: skip
        earlier = self.index.get(f"{tokens[0]} {tokens[-1]}".lower())
        if earlier is None or earlier.kind != "person" or earlier.anon:
            return None
        earlier.aliases.discard(tokens[0])
        earlier.aliases.add(earlier.name)
        earlier.name = " ".join(tokens)
        return self.register(earlier)

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

    def named_like_person(self, entity: Entity) -> bool:
        """Whether anything in the story reads the entity as a person: a sex, a usual given name first ("Jane Roe
        Now"), initials before a surname, or one word the story gives elsewhere as a full name's last."""
        words = entity.name.split()
        return (
            entity.gender is not None
            or words[0] in self.first_names
            or initialled(words, self.first_names)
            or (len(words) == 1 and words[0].lower() in self.surnames)
        )

    def file_as_body(self, entity: Entity, head: str) -> None:
        """A name read as a person's until the story called it a body ("Acme Ferries, the ferry company"): an
        organisation of that kind, without the surname and given name a person's name had lent it, so a later
        "Ferries" opening a sentence is no mention of it."""
        entity.kind, entity.head = "organisation", head
        words = entity.name.split()
        if len(words) < 2:
            return
        entity.aliases.discard(words[-1])
        if not any(e.kind == "person" and e.name.split()[-1] == words[-1] for e in self.entities):
            self.surnames.discard(words[-1].lower())
        for key in (words[-1].lower(), words[0].lower()):
            if self.short.get(key) is entity:
                del self.short[key]
                self.given.discard(key)

    def anonymous(self, name: str, head: str, plural=False, kind="person") -> Entity:
        key = "anon:" + name.lower()
        found = self.index.get(key)
        if found is None:
            found = self.register(Entity(name, kind=kind, anon=True, head=head, plural=plural), key)
            self.index.pop(name.lower(), None)
        return found

    def described(self, name: str, noun: str) -> Entity:
        """Someone the story describes and does not name ("a Doe impersonator", "Acme economists"), by the
        description's last noun: many when it ends in a plain "s", a body when it is a body's head ("the agency")."""
        plural = noun.endswith("s") and not noun.endswith("ss")
        kind = "organisation" if noun in lx.ORG_HEADS else "person"
        return self.anonymous(name, noun[:-1] if plural else noun, plural=plural, kind=kind)

    # -- one paragraph --------------------------------------------------------------------------
    def scan(self, par: str, masked: str, starts: set[int]) -> list[Mention]:
        self.paragraph_from = len(self.history)
        found = find_descriptions(masked, self.midcaps)
        found += find_names(self, masked, starts, found)
        taken = [(m.start, m.end) for m in found]
        for m in PRONOUN_RE.finditer(masked):
            if not any(s <= m.start() < e for s, e in taken):
                word = m.group().lower()
                found.append(Mention(m.start(), m.end(), "pronoun", word, gender=PRONOUNS[word]))
        found.sort(key=lambda m: (m.start, -m.end))
        named = [m for m in found if m.kind == "name"] + bodies_in_descriptions(self, masked, found)
        found = appositions(masked, found, self)
        kept = {id(m) for m in found}
        # a body named inside a person's role ("Jane Doe, the president of Acme Now,") or inside a description of an
        # unnamed person ("a spokeswoman for Acme Ferries") is one "the group" or "the company" can mean
        inside = [m for m in named if id(m) not in kept and m.entity is not None and m.entity.kind == "organisation"]
        inside.sort(key=lambda m: m.start)
        for first, second in zip(found, found[1:], strict=False):  # "Acme campaign chairman Jane Doe": like "Acme's"
            if {first.kind, second.kind} == {"name"} and ROLE_BETWEEN.fullmatch(masked, first.end, second.start):
                first.possessive = True
        between_end = -1  # where the last name after "between" ends
        for mention in found:
            while inside and inside[0].start < mention.start:
                self.history.append(inside.pop(0))
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
        self.history += inside
        return found


def _same_person(known: list[str], met: list[str], first_names: Mapping[str, str]) -> bool:
    """Two full names of one person written two ways: the same surname and suffix, given names that are one name
    (the same, or one the short form of the other, of no other sex), and middle names or initials in only one of
    them or the same in both."""
    if len(known) < 2 or len(met) < 2 or known == met:
        return False
    (*known_given, known_surname), known_suffix = _without_suffix(known)
    (*met_given, met_surname), met_suffix = _without_suffix(met)
    if known_surname != met_surname or known_suffix != met_suffix or not known_given or not met_given:
        return False
    known_middle, met_middle = known_given[1:], met_given[1:]
    if known_middle and met_middle and known_middle != met_middle:
        return False
    first, other = known_given[0], met_given[0]
    sexes = {first_names.get(first), first_names.get(other)} - {None}
    return len(sexes) < 2 and (first == other or lx.short_given_name(first, other) or lx.short_given_name(other, first))


def _without_suffix(tokens: list[str]) -> tuple[list[str], str]:
    """A full name's words before its suffix, and the suffix ("" for none): "Jane Doe Jr." → (["Jane", "Doe"], "jr")."""
    suffix = tokens[-1].rstrip(".").lower()
    return (tokens[:-1], suffix) if len(tokens) > 2 and suffix in SUFFIXES else (tokens, "")


def _fuller(met: list[str], known: list[str]) -> bool:
    """The name met now says more than the one known: a longer given name ("Benjamin" for "Ben") or more words."""
    return len(met[0]) > len(known[0]) or (len(met[0]) == len(known[0]) and len(met) > len(known))


def _named_before(masked: str, start: int) -> bool:
    """Whether a capitalised word runs into the word at ``start`` ("Jane Doe said"), or a title does ("Ms. Doe said",
    "Sen. Doe said"): a full name or a titled one, no surname alone."""
    before = re.search(r"([A-Z][\w\u2019'-]*)(\.?)\s+$", masked[max(0, start - 40) : start])
    return before is not None and (not before[2] or before[1].lower() in lx.TITLES)


def is_modifier(entity: Entity) -> bool:
    """A word that qualifies a noun and names nobody: a nationality or a party taken for an organisation
    ("Mexican", "Democratic", "Hispanic") or a hyphenated adjective ("GOP-led", "Trump-style")."""
    name = entity.name
    if re.fullmatch(r"[\w.\u2019']+-[a-z]+", name):
        return True
    return entity.kind == "organisation" and bool(re.fullmatch(r"[A-Z][a-z]+(?:ian|ican|ese|ish|ic)", name))


def _surname_taken_for_body(entity: Entity) -> bool:
    """A one-word name filed as an organisation that reads as a surname ("Doe", not "NATO", "Iowa" or "Acme Bank")."""
    return (
        entity.kind == "organisation"
        and not entity.anon
        and re.fullmatch(r"[A-Z][a-z\u2019'-]+", entity.name) is not None
        and not lx.is_place(entity.name)
        and entity.name.lower() not in lx.ORG_WORDS
    )

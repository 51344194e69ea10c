"""Reading one name: the title before it taken off ("Acme President Jane Doe", "Secretary of State Jane Doe"),
and the person or body it means, one the cast knows or a new one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.draft import lexicon as lx
from bot.draft.bearers import learn_age_and_kin, of_generation, sex_bearer, title_word, titled_bearer
from bot.draft.mentions import Entity, Mention
from bot.draft.namewords import (
    ARTICLE_SURNAME,
    CONNECTORS,
    DEPUTIES,
    OWNS,
    PEOPLES,
    STORM_WORDS,
    SUFFIXES,
    clean_token,
    initialled,
    month_as_name,
    named_relative,
    names_nobody,
    org_like,
    person_like,
    relative_who,
    title_position,
)
from bot.draft.roles import a_body

if TYPE_CHECKING:
    from bot.draft.names import Cast

# A country's initials before a title: "U.S. Ambassador", "U.K. Envoy"
_COUNTRY = re.compile(r"U\.S\.|U\.K\.")
# The nouns an unnamed person is described by, which can also stand before a name as a role ("Moderator Jane Doe")
ROLE_NOUNS = frozenset(h.lower() for h in lx.ANON_HEADS)
_OFFICE_HELD_AFTER = frozenset("former then late outgoing ex as while was is became his her their".split())
_OFFICERS = {"ceo", "cfo", "coo", "president", "director", "chairman", "chairwoman", "spokesman", "spokeswoman"}
# words after a name that make it the subject of a clause, not a noun's qualifier ("a choked-up Doe could not")
_NOT_NOUNS = frozenset(
    "who that which whose and or but is was has had can could will would may might must should shall".split()
)
# "a", "an" and at most one word qualifying the noun with them ("a 1930s-era", "a local")
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:a|an)\s+(?:[a-z0-9][\w-]*\s+)?$")
# Words that own the noun after them and are never an object ("her" is: "told her Doe had won")
_OWNERS_BEFORE = frozenset("his its their my our your".split())


def _role_before_name(cast: Cast, clean: list[str]) -> int:
    """Where a role noun before a first name and a surname ends the role ("Moderator Jane Doe", "Council Member Jane
    Doe", "Ranking Member Jane Q. Doe"), or -1: the person's role, not part of the name."""
    return next(
        (
            k
            for k in range(len(clean) - 3, -1, -1)
            if clean[k].lower() in ROLE_NOUNS
            and clean[k] not in cast.first_names
            and clean[k + 1] in cast.first_names
            and (k == 0 or (len(clean) - k - 1 <= 3 and person_like(clean[k + 1 :])))
        ),
        -1,
    )


def name_mention(cast: Cast, masked: str, start: int, tokens: list[str], acronym: str | None) -> Mention | None:
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
        return name_mention(cast, masked, start + len(" ".join(tokens[:narrower])) + 1, tokens[narrower:], acronym)
    role = None
    rest = clean[title_at + 1 :]
    given = [t for t in rest if t.lower().rstrip(".") not in SUFFIXES]
    before = masked[:start].split()
    if len(before) > 1 and before[-1].lower() in lx.PLACE_PARTS:
        before = before[:-1]  # "in rural Quebec": the place comes after "in"
    prev = before[-1].lower() if before else ""
    if title_at < 0 and prev in STORM_WORDS:
        return None  # "after superstorm Harbourine", "as hurricane Doe neared": a storm's name
    if (
        title_at < 0
        and before[-1:]
        and before[-1] in _OWNERS_BEFORE
        and clean[0] not in cast.first_names
        and cast.lookup(" ".join(clean)) is None
        and not org_like(clean)
    ):
        return None  # "on his Harbour Notes page", "its Safe Crossings programme": a thing owned, nobody's name
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
    elif (
        title_at == len(clean) - 1 and len(clean) <= 2 and not org_like([t for t in clean if not _COUNTRY.fullmatch(t)])
    ):
        return None  # a title alone ("the Mayor", "U.S. Ambassador to …")
    elif (
        0 < title_at == len(clean) - 1
        and lowered[title_at] in _OFFICERS
        and lowered[title_at - 1] not in CONNECTORS
        and org_like(clean[:title_at])
    ):
        clean = _without_title(clean, title_at)  # "Acme CEO", "Acme Vice President": the body, not its officer
    nobody = names_nobody(clean, cast.first_names) if role is None else None
    if nobody == "nothing" and acronym:
        cast.no_one.add(acronym.lower())  # "the Harbour Access Act (HAA)": "HAA" names the law too
    if nobody == "nothing" or " ".join(clean).lower() in cast.no_one:
        return None  # "Election Day", "Affordable Care Act", and "HAA" after "the Harbour Access Act (HAA)"
    mention = Mention(start, raw_end, "name", " ".join(clean), possessive=possessive, role=role)
    if role:
        gendered = [lx.RELATION_GENDER[w] for w in role.lower().replace(".", "").split() if w in lx.RELATION_GENDER]
        mention.gender = gendered[-1] if gendered else None
    if role and role.split()[0].lower().rstrip(".") in lx.HONORIFICS:
        mention.gender = lx.HONORIFICS[role.split()[0].lower().rstrip(".")]
        mention.role = " ".join(role.split()[1:]) or None
    reading = _Reading(masked, clean, role, prev, nobody, titled_given_name, acronym)
    return mention if _attach_entity(cast, mention, reading) else None


def _ends_in_common_plural(cast: Cast, clean: list[str]) -> bool:
    """Two words or more ending in a plural the story writes in lower case too ("Harbour Images" beside "images",
    "Border Forces"), not opening with a given name: a body's name, not a person's ("Jeff Sessions")."""
    last = clean[-1].lower()
    return (
        len(clean) > 1
        and clean[0] not in cast.first_names
        and re.fullmatch(r"[a-z]{3,}s", last) is not None
        and not last.endswith("ss")
        and last in cast.common
    )


def _title_at(cast: Cast, clean: list[str], lowered: list[str]) -> int:
    """Where the title before a name ends among its words (-1 for none): "Mr. King", "Moderator Jane Doe", and
    "Secretary of State Jane Doe", whose title runs on to the last two (or three, "Jane Q. Doe") words."""
    title_at = title_position(lowered)
    if len(clean) > 1 and lowered[0] in lx.HONORIFICS:
        title_at = 0  # "Mr. King": after an honorific comes the name, whatever it is
    if title_at < 0:
        title_at = _role_before_name(cast, clean)  # "Moderator Jane Doe", "Council Member Jane Doe"
    if title_at < 0:
        title_at = _acronym_title(cast, clean)  # "Navy SEAL Jane Doe", "AG Doe"
    if 0 <= title_at < len(clean) - 3 and lowered[title_at + 1] in ("of", "for"):
        tail = 3 if re.fullmatch(r"[A-Z]\.", clean[-2]) else 2
        if len(clean) - tail - 1 > title_at + 1 and person_like(clean[-tail:]):
            title_at = len(clean) - tail - 1
    return title_at


def _acronym_title(cast: Cast, clean: list[str]) -> int:
    """Where a title in capitals ends before a person's name (-1 for none): an acronym, no place, then a given name and
    a surname ("Navy SEAL Jane Doe", "DJ Jane Q. Doe") or a surname the story gives in full ("AG Doe")."""
    for at in range(len(clean) - 2, -1, -1):
        rest = clean[at + 1 :]
        if (
            re.fullmatch(r"[A-Z]{2,5}", clean[at])
            and not lx.is_place(clean[at])
            and len(rest) <= 3
            and not PEOPLES.fullmatch(rest[-1])  # "LGBT Republicans": a people's members, no one's name
        ):
            given = rest[0] in cast.first_names and len(rest) > 1 and person_like(rest)
            if given or (len(rest) == 1 and rest[0].lower() in cast.surnames and not lx.is_acronym(rest[0])):
                return at
    return -1


def _narrower(
    cast: Cast, masked: str, start: int, tokens: list[str], clean: list[str], lowered: list[str], title_at: int
) -> int | None:
    """How many leading words to drop when the run holds an office before the name it means, else None: "CEO of Acme
    Restaurant Association" (the officer's body, after "of" like any other); "Undersecretary for Political Affairs
    Jane Doe", "Ambassador to France Jane Doe" (the office's last words or its place, then her name)."""
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
        and (
            masked[:start].rstrip().split()[-1:] in (["for"], ["of"])
            or _OFFICE_TO.search(masked, max(0, start - 60), start) is not None
        )
        and clean[-2] in cast.first_names
        and not any(t in cast.first_names or t.lower() in cast.surnames for t in clean[:-2])
    ):
        return len(tokens) - 2
    return None


# A title in capitals, then "to" or "for" and where the office is: "Ambassador to France Jane Doe", "U.S. Envoy to the
# United Nations Jane Doe", "Deputy Mayor for the Harbour Jane Doe"
_OFFICE_TO = re.compile(r"\b[A-Z][a-z]+\s+(?:to|for)\s+(?:the\s+)?$")


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
    title = title_word(role)
    if known is not None and len(clean) == 1 and title and known.kind == "person":
        known = titled_bearer(cast, known, title)  # "Dr. Doe" after "Ben Doe" and "Dr. Ann Doe": she
    if known is not None and len(clean) == 1 and mention.gender and known.kind == "person":
        known = sex_bearer(cast, known, mention.gender)  # "Mrs. Doe" after "John Doe": his wife, not him
    if known is not None and prev in ("elder", "older", "younger") and known.kind == "person" and not known.anon:
        known = of_generation(cast, known, prev != "younger")  # "the elder Doe": the father, not the son
    if known is None and len(clean) == 1:
        known = next((e for e in cast.entities if e.kind == "organisation" and e.name.split()[0] == clean[0]), None)
    if known is None and len(clean) > 1:
        prefix = mention.text + " "
        known = next((e for e in cast.entities if e.kind == "organisation" and e.name.startswith(prefix)), None)
    body = _body_before(masked, start) if role is None else None
    if known is not None:
        mention.entity = known
        if len(clean) == 1 and any(ARTICLE_SURNAME.fullmatch(a) and a[3:] == clean[0] for a in known.aliases):
            known.aliases.add(clean[0])  # "Assad" alone for Bashar al-Assad: a short form the story uses too
        if relative_who(masked, raw_end) and _mononym_org(known, clean, prev):
            known.kind = "person"  # "Doe who …" before "Doe, who …": a one-word name that takes "who"
        elif (
            body
            and known.kind == "person"
            and not known.anon
            and not cast.named_like_person(known)
            # "treasurer of Doe's campaign" after "Jane Doe": the office is the campaign's, Doe still a person
            and not (len(clean) < len(known.name.split()) and OWNS.search(masked, start, raw_end))
        ):
            cast.file_as_body(known, body)  # "Acme Now said …", then "the advocacy group Acme Now"
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
        or (role is None and _ends_in_common_plural(cast, clean))
        # "the Acme Council Director Jane Doe": the title takes "the"; "the Jane Doe campaign" is hers
        or (prev == "the" and role is None and not _owner_by_given_name(cast, masked, clean, raw_end))
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
    elif body and clean[0] not in cast.first_names and not initialled(clean, cast.first_names):
        mention.entity = cast.organisation(mention.text, reading.acronym)  # "the advocacy group Acme Now"
    else:
        if role is None and prev in {"in", "at", "near", "across", "outside", "inside", "into", "off", "on"}:
            return False
        if role is None and (_attributive(masked, start, raw_end) or prev == "the"):  # "the Jane Doe campaign"
            mention.possessive = True  # "a Jane Doe administration", "an Art Deco theater": read as an owner's
        mention.entity = cast.person(clean)
    entity = mention.entity
    if title and entity.kind == "person":
        entity.titles.add(title)
    if entity.kind == "person" and not entity.anon:
        learn_age_and_kin(entity, masked, start, raw_end)
    apposed = _APPOSED.match(masked, raw_end) if not mention.possessive else None
    body = body or (a_body(apposed[1], participle=False) if apposed and not lx.is_place(entity.name) else "")
    if body and entity.kind == "organisation" and entity.head not in lx.BODY_HEADS:
        entity.head = body  # what the story calls it says what kind of body it is ("the website Acme", "Acme, a site")
    if (
        mention.possessive
        and entity.kind == "person"
        and not entity.anon
        and _OWNED_BY_A_BODY.match(masked, raw_end)
        and not cast.named_like_person(entity)
    ):
        cast.file_as_body(entity, "organization")  # "Acme Lantern's members", "Acme Lantern's chief executive"
    return True


# A description in apposition after a name, to the next comma or stop: ", the social networking site that …"
_APPOSED = re.compile(r",\s+((?:a|an|the)\s[^,.;:!?()\u201c\u201d\"]{2,120}?)(?=[,.;:!?]|$)")
# What only a body has, after a name's "'s": members, shareholders, a founder, a board, a chief executive
_OWNED_BY_A_BODY = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:members|membership|employees|shareholders|founders?|co-founders?|board|chief\s+executive|"
    r"ceo|headquarters|subsidiar(?:y|ies)|stock|shares)\b",
    re.I,
)


# A common noun for a kind of body right before a name, with its determiner and up to three words qualifying it:
# "the advocacy group Acme Now", "a firm called Acme", "the pro-growth groups Acme Now and …", "the super PAC, Acme"
_BODY_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?P<mods>(?:(?!(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s)[\w-]+\s+){0,3}?)"
    r"(?P<head>[\w-]+?)s?(?:,\s+|\s+(?:(?:called|named|dubbed|known\s+as)\s+)?)$"
)


# An office that only a body has, right before a name: "the president of Acme Now", "a member of Acme Now", "staff at"
_OFFICE_OF = re.compile(rf"\b(?:{lx.BODY_OFFICES})\s+(?:of|at)\s+(?:the\s+)?$", re.I)


def _body_before(masked: str, start: int) -> str:
    """The kind of body the words before a name call it ("the advocacy group Acme Now" → "group"; "the president of
    Acme Now", an office only a body has → "organization"), or ""."""
    if _OFFICE_OF.search(masked, max(0, start - 40), start):
        return "organization"
    found = _BODY_BEFORE.search(masked, max(0, start - 80), start)
    if found is None or found["head"].lower() not in lx.BODY_HEADS:
        return ""
    if any(w.lower() in lx.PREPOSITIONS or w.lower() in _NOT_NOUNS for w in found["mods"].split()):
        return ""  # "the kind of campaign Doe ran": the noun is not the name's
    before = masked[: found.start()].split()[-1:]
    if found.group().endswith(", ") and before and before[0].lower() in lx.PREPOSITIONS:
        return ""  # "the nominee to the court, Jane Doe": the body closes a phrase, the name is apposed to another
    return found["head"].lower()


def _given_then_surname(cast: Cast, rest: list[str]) -> bool:
    """A given name then a surname that is also a body's word ("Mayor Jane Bloomberg")."""
    return (
        len(rest) == 2
        and rest[0] in cast.first_names
        and not org_like(rest[:1])
        and re.fullmatch(r"[A-Z][a-z]+", rest[1]) is not None
    )


def _lone_person(cast: Cast, token: str) -> bool:
    """A single capitalised word is a person when the story gives it as the last word of a full
    name somewhere ("Jane Doe", "Sen. Doe"), before or after."""
    return not (lx.is_acronym(token) or org_like([token])) and token.lower() in cast.surnames


def _owner_by_given_name(cast: Cast, masked: str, clean: list[str], end: int) -> bool:
    """After "the", a given name (and an initial) and a surname before a lower-case noun they qualify ("the Jane Doe
    campaign", "the Jane Doe era", "the Jane Q. Doe award"): the person whose campaign or era it is, read like an
    owner, not a body named "Jane Doe"."""
    noun = re.match(r" ([a-z]+)\b", masked[end : end + 30])
    return (
        len(clean) in (2, 3)
        and clean[0] in cast.first_names
        and (len(clean) == 2 or re.fullmatch(r"[A-Z]\.", clean[1]) is not None)
        and person_like(clean)
        and noun is not None
        and (
            noun[1] in lx.ORG_HEADS
            or (
                re.search(r"(?:[^s]s|ed)$", noun[1]) is None  # "the Jane Doe said": a verb, no noun she qualifies
                and noun[1] not in lx.SPEECH_VERBS
                and noun[1] not in lx.PREPOSITIONS
                and noun[1] not in _NOT_NOUNS
            )
        )
    )


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

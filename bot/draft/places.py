"""Entries of the draft's people list that are places, not people or bodies: streets, venues, seas, wars, countries
and states, towns the story places or names only as someone's hometown, buildings, and runs of adjectives whose noun
was left out. Used by :mod:`bot.draft.people`, which leaves them out unless they speak.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.draft import lexicon as lx
from bot.draft.mentions import Entity
from bot.draft.names import Cast
from bot.draft.namewords import DEMONYM, org_like
from bot.draft.text import STATE_ABBREVIATIONS

PLACE_WORDS = (
    r"Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Square|Highway|City|County|"
    r"Arena|Stadium|Coliseum|Auditorium|Fairgrounds|Airport"  # venues: "the Civic Arena"
)
# Seas, coasts, continents and other geography, events, honours and plans: nobody in a people list ("South China
# Sea", "Middle East", "Korean War", "Industrial Revolution", "Peace Prize", "Hall of Fame", "Clean Air Plan").
GEOGRAPHY = (
    r"Sea|Ocean|Gulf|Bay|River|Lake|Mountains?|Islands?|Shoal|Harbou?r|Peninsula|Strait|Canal|Valley|Coast|Heights|"
    r"Side|Strip|"  # a district: "Salemport Heights", "Lower East Side", "the Kelby Strip"
    r"Basin|Highlands|Plains|Canyon"  # a region: "the Kelby Basin", "the Laurel Highlands"
)
EVENTS = (
    r"War|Olympics|Games|Summit|Convention|Championship|Recession|Depression|Bowl|Series|Awards?|Primary|Debate|"
    r"Revolution|Prize|Medal|Trophy|Hall of Fame|Plan"
)
PLACE = re.compile(rf"\b(?:{PLACE_WORDS}|{GEOGRAPHY}|{EVENTS})$|^(?:Western|Eastern|Northern|Southern|Central|South|"
                   r"North|East|West|Southeast|Latin|Middle|Far)?\s*(?:Pacific|Atlantic|Arctic|Europe|Asia|Africa|"
                   r"Americas?|East)$")  # fmt: skip
# The last word of a building's or grounds' name: "Acme Tower", "Harbour Plaza", "Vale Park", "Dunmore Hall"
BUILDING = re.compile(r"\s(?:Tower|Towers|Plaza|Park|Hall|Building|Mall|Bridge|Cemetery)$")
PARTY_ADJECTIVE = re.compile(r"(?:^|\s)Democratic$")  # "Missouri Democratic [primary]": an adjective ends no name
# Two or more words shaped like adjectives, the noun they qualified left out: "[the] Radical Islamic [threat]",
# "Democratic Presidential [debate]" ("Dow Chemical" opens with no adjective)
ADJECTIVES_ONLY = re.compile(r"(?:[A-Z][a-z]+(?:al|ic|an|ese|ish)\s)+[A-Z][a-z]+(?:ical|ial|amic|atic)")
# The first word of a town's, a district's or a landmark's two-word name, never a person's: "Los Angeles", "San
# Mateo", "Fort Worth", "West Salemport"
PLACE_OPENER = re.compile(r"(?:Los|Las|San|Santa|Fort|Port|Mount|Lake|(?:North|South)(?:east|west)?|East|West)")


def a_place(entity: Entity, speakers: set[int], cast: Cast) -> bool:
    """A street, a venue, a country or a state ("Sixth Street", "Civic Arena", "United States", "Ohio"), a sea, a
    coast or a war ("South China Sea", "Western Pacific", "Korean War"), a nationality taken for an organisation
    ("Chinese") or for someone the story does not otherwise read as a person ("a Cuban who …"), a run ending in a
    party's adjective ("Presumptive Democratic"), a party's letter or a state's abbreviation standing alone ("R",
    "Ore"), a region named after its country ("South Ruritania"), a town by its opening word ("Los Angeles") or words
    ending in an adjective ("Radical Islamic"), unless it speaks."""
    if id(entity) in speakers:
        return False
    return (
        bool(PLACE.search(entity.name))
        or lx.is_place(entity.name)
        or bool(re.fullmatch(r"(?:[A-Z]\.){2}", entity.name))  # N.C., D.C., U.K.
        or bool(re.fullmatch(r"[A-Z]", entity.name))  # a party's letter after a name: "(R)", "(D)"
        or entity.name.lower() in STATE_ABBREVIATIONS  # a state after a name: "(Ore.)", "(Ill.)"
        or (entity.kind == "organisation" and bool(DEMONYM.fullmatch(entity.name)))
        or (bool(DEMONYM.fullmatch(entity.name)) and not cast.named_like_person(entity))  # "Islamic", "Texan"
        or bool(PARTY_ADJECTIVE.search(entity.name))
        or _ends_in_a_country_or_state(entity, cast)
        or _opens_asa_place(entity, cast)
        or _ends_in_an_adjective(entity, cast)
    )


def unclaimed(entity: Entity, cast: Cast) -> bool:
    """Words with no role, no body's word and nothing reading them as a person's name (no sex, given name, initials):
    what the rules below may take for a place, a people or a common word."""
    return not entity.role and not org_like(entity.name.split()) and not cast.named_like_person(entity)


def _ends_in_an_adjective(entity: Entity, cast: Cast) -> bool:
    """Words all shaped like adjectives, the noun they qualified left out ("Radical Islamic", "Democratic
    Presidential"), with no role, no body's word and nothing reading them as a person's name."""
    return bool(ADJECTIVES_ONLY.fullmatch(entity.name)) and unclaimed(entity, cast)


def _opens_asa_place(entity: Entity, cast: Cast) -> bool:
    """Two words opening with a town's or a landmark's first word or a compass point ("Los Angeles", "Santa Rosa",
    "Lake Tahoe", "West Salemport"), with no role, no body's word and nothing else reading them as a person's name."""
    words = entity.name.split()
    return len(words) == 2 and bool(PLACE_OPENER.fullmatch(words[0])) and unclaimed(entity, cast)


def _ends_in_a_country_or_state(entity: Entity, cast: Cast) -> bool:
    """A name read as a person's that ends in a country or a state, with nothing else reading it as a person's (no
    given name, initials, sex or role): a region or a headline's words, not a surname ("South Ruritania", "Takes
    Ohio"; "Jack London" and "Jane Jordan, the mayor" stay)."""
    words = entity.name.split()
    return (
        entity.kind == "person"
        and not entity.anon
        and not entity.role
        and len(words) > 1
        and lx.is_place(words[-1])
        and not cast.named_like_person(entity)
    )


def a_building(entity: Entity, speakers: set[int], texts: list[str], cast: Cast) -> bool:
    """A building or grounds ("Acme Tower", "Vale Park", "City Hall") that says nothing quoted, when nothing reads
    the name as a person's: no given name, initials or sex, and never right after a body's or an outlet's "'s"
    ("the Courier's Tamsin Hall" is the paper's reporter)."""
    if id(entity) in speakers or not BUILDING.search(entity.name) or cast.named_like_person(entity):
        return False
    owned = re.compile(rf"[A-Z][\w.&]*[\u2019']s\s+{re.escape(entity.name)}\b")
    return not any(owned.search(text) for text in texts)


def a_town(entity: Entity, speakers: set[int], texts: list[str], first_names: Mapping[str, str]) -> bool:
    """A town the story places, that says nothing quoted: written before a comma and a state or a country ("Kelport,
    Ore.", "Kelport, Oregon"), or, when taken for a body or read as two words that open with no given name ("Los
    Angeles"), right after "in" ("in Dunmore"), as no body's name is (which holds a body's word, "in Congress") and
    no person's (with a given name, a sex or a role)."""
    words = entity.name.split()
    if id(entity) in speakers or entity.role or entity.gender or entity.anon or len(words) > 2:
        return False
    name = re.escape(entity.name)
    after_comma = (
        m[1]
        for text in texts
        for m in re.finditer(rf"\b{name},\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?![\w\u2019'-])", text)
    )
    if any(lx.is_place(words) or words.lower().rstrip(".") in STATE_ABBREVIATIONS for words in after_comma):
        return True
    # "on Capitol Hill", "at Wall Street" too for two words read as a person's, never for a body ("on Acme TV")
    before = "in" if entity.kind == "organisation" else "in|on|at"
    return (
        (entity.kind == "organisation" or (len(words) == 2 and words[0] not in first_names))
        and not org_like(words)
        and any(
            _not_a_modifier(text[m.end() :])
            for text in texts
            for m in re.finditer(rf"\b(?i:{before})\s+{name}\b(?![\u2019'-])", text)
        )
    )


def a_hometown(entity: Entity, speakers: set[int], texts: list[str], cast: Cast) -> bool:
    """A town the story names only as where someone is from ("a teacher from Lawton who …", "a Republican from Broken
    Arrow,"): one or two words read as a person's name that nothing else reads so (no given name, initials, sex, role
    or surname given in full), written only after "in", "near" or "from", at least once after a role and "from", and
    never before a noun it qualifies, saying nothing quoted ("money from Acme Sachs" is no one's hometown)."""
    words = entity.name.split()
    if (
        id(entity) in speakers
        or entity.kind != "person"
        or entity.anon
        or entity.role
        or len(words) > 2
        or org_like(words)
        or cast.named_like_person(entity)
    ):
        return False
    name = re.escape(entity.name)
    written = [
        (m[1] or "", m[2] or "", text[m.end() :])
        for text in texts
        for m in re.finditer(rf"(?:(?:\b([\w-]+)\s+)?\b(\w+)\s+)?(?<![\w.-]){name}(?![\w\u2019'-])", text)
    ]
    return (
        bool(written)
        and all(prep in ("from", "in", "near") and _not_a_modifier(after) for _, prep, after in written)
        and any(prep == "from" and lx.looks_like_role(who) for who, prep, _ in written)
    )


def _not_a_modifier(after: str) -> bool:
    """A name followed by what ends it, not by a noun it qualifies ("in Dunmore on Monday", "in Dunmore.", not "in
    Acme stock")."""
    word = re.match(r"\s+([a-z]+)\b", after)
    return word is None or word[1] in lx.STOP_CAPS or word[1] in lx.PREPOSITIONS

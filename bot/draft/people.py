"""The draft's people list: the story's people and organisations worth an entry, without what an editor would delete
at once (places, peoples in the plural, adjectives, headline words), each with its kind, role and aliases."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.draft import lexicon as lx
from bot.draft.clean import SMALL_WORDS
from bot.draft.documents import is_document
from bot.draft.mentions import Entity
from bot.draft.names import Cast
from bot.draft.namewords import DEMONYM, PEOPLES, initialled, names_nobody, org_like, singular
from bot.draft.story import Story
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
CAPITALS = re.compile(r"[A-Z0-9.&\u2019'-]+(?: [A-Z0-9.&\u2019'-]+)+")  # two or more words in capitals
FIRST_PERSON = re.compile(r"I|I[\u2019'](?:ve|m|d|ll)|Me|Myself")  # the writer, never the last word of a name
PARTY_ADJECTIVE = re.compile(r"(?:^|\s)Democratic$")  # "Missouri Democratic [primary]": an adjective ends no name
# Two or more words shaped like adjectives, the noun they qualified left out: "[the] Radical Islamic [threat]",
# "Democratic Presidential [debate]" ("Dow Chemical" opens with no adjective)
ADJECTIVES_ONLY = re.compile(r"(?:[A-Z][a-z]+(?:al|ic|an|ese|ish)\s)+[A-Z][a-z]+(?:ical|ial|amic|atic)")
# The first word of a town's, a district's or a landmark's two-word name, never a person's: "Los Angeles", "San
# Mateo", "Fort Worth", "West Salemport"
PLACE_OPENER = re.compile(r"(?:Los|Las|San|Santa|Fort|Port|Mount|Lake|(?:North|South)(?:east|west)?|East|West)")


def find_people(story: Story, speakers: set[int]) -> list[dict]:
    """People and organisations worth an entry. A demonym ("Chinese"), a street or a place is none, nor a people or
    a party's members in the plural that say nothing quoted ("Republicans"), nor a document that speaks as itself
    ("Unnamed statement": the quotation keeps it as speaker), and an alias two entries share ("Smith" for two
    Smiths) is given only to the one the story means by it alone (the first met; relatives get given names)."""
    entities = [e for e in story.cast.entities if not is_document(e)]
    texts = [par.text for par in story.paragraphs]
    listed = [
        e
        for e in entities
        if _worth_listing(e, speakers, story.cast)
        and not _a_place(e, speakers, story.cast)
        and not _a_town(e, speakers, texts, story.cast.first_names)
        and not _a_hometown(e, speakers, texts, story.cast)
        and not _a_building(e, speakers, texts, story.cast)
        and not _members_never_a_body(e, speakers, texts, story.cast)
        and not _a_modifier_only(e, speakers, texts)
        and not _headline_words(e, speakers, story)
        and not _a_common_word(e, speakers, story.cast)
        and not _a_peoples_member(e, speakers, story.cast)
        and not _a_name_run_into_a_headline(e, speakers, story.cast)
    ]
    owners: dict[str, int] = {}
    for entity in listed:
        for alias in entity.aliases:
            owners[alias] = owners.get(alias, 0) + 1
    people = []
    for entity in listed:
        thing = _a_thing_by_its_pronoun(entity, texts, story.cast) or (
            _named_by_members(entity, story.cast) and _after_the(entity, texts)
        )
        kind = "organisation" if thing else entity.kind
        person: dict = {"name": entity.speaker, "role": entity.shown_role or _default_role(kind)}
        if kind == "organisation":
            person["kind"] = kind
        aliases = sorted(
            a for a in entity.aliases if a and a != entity.name and (owners[a] == 1 or _meant_alone(entity, a, story))
        )
        if thing:
            aliases = [a for a in aliases if a != entity.name.split()[-1]]  # a body's last word is no surname
        if entity.plural:
            aliases = [a for a in aliases if not PEOPLES.fullmatch(a)]  # "Republicans" is no short form of one body
        if aliases:
            person["aliases"] = aliases
        people.append(person)
    return people


def _meant_alone(entity: Entity, surname: str, story: Story) -> bool:
    """Of the people sharing a surname, the one the story means by the surname alone ("Doe said" after "Jane Doe" and
    "Tom Doe"): a person with a given name or initials whom a mention without the given name stands for, when no
    other bearer is met that way too ("Mr. Doe" beside "Mrs. Doe" leaves "Doe" to neither)."""
    words = entity.name.split()
    if story.cast.lookup(surname) is not entity or not (
        words[0] in story.cast.first_names or initialled(words, story.cast.first_names)
    ):
        return False
    met_alone = {
        id(m.entity)
        for par in story.paragraphs
        for m in par.mentions
        if m.kind == "name"
        and m.entity is not None
        and m.entity.kind == "person"
        and m.text.split()[-1] == surname
        and m.entity.name.split()[0] not in m.text.split()
    }
    return met_alone == {id(entity)}


def _a_place(entity: Entity, speakers: set[int], cast: Cast) -> bool:
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
        or _opens_as_a_place(entity, cast)
        or _ends_in_an_adjective(entity, cast)
    )


def _unclaimed(entity: Entity, cast: Cast) -> bool:
    """Words with no role, no body's word and nothing reading them as a person's name (no sex, given name, initials):
    what the rules below may take for a place, a people or a common word."""
    return not entity.role and not org_like(entity.name.split()) and not cast.named_like_person(entity)


def _ends_in_an_adjective(entity: Entity, cast: Cast) -> bool:
    """Words all shaped like adjectives, the noun they qualified left out ("Radical Islamic", "Democratic
    Presidential"), with no role, no body's word and nothing reading them as a person's name."""
    return bool(ADJECTIVES_ONLY.fullmatch(entity.name)) and _unclaimed(entity, cast)


def _opens_as_a_place(entity: Entity, cast: Cast) -> bool:
    """Two words opening with a town's or a landmark's first word or a compass point ("Los Angeles", "Santa Rosa",
    "Lake Tahoe", "West Salemport"), with no role, no body's word and nothing else reading them as a person's name."""
    words = entity.name.split()
    return len(words) == 2 and bool(PLACE_OPENER.fullmatch(words[0])) and _unclaimed(entity, cast)


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


def _a_building(entity: Entity, speakers: set[int], texts: list[str], cast: Cast) -> bool:
    """A building or grounds ("Acme Tower", "Vale Park", "City Hall") that says nothing quoted, when nothing reads
    the name as a person's: no given name, initials or sex, and never right after a body's or an outlet's "'s"
    ("the Courier's Tamsin Hall" is the paper's reporter)."""
    if id(entity) in speakers or not BUILDING.search(entity.name) or cast.named_like_person(entity):
        return False
    owned = re.compile(rf"[A-Z][\w.&]*[\u2019']s\s+{re.escape(entity.name)}\b")
    return not any(owned.search(text) for text in texts)


def _a_town(entity: Entity, speakers: set[int], texts: list[str], first_names: Mapping[str, str]) -> bool:
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


def _a_hometown(entity: Entity, speakers: set[int], texts: list[str], cast: Cast) -> bool:
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


# Words after a name that make it the clause's subject, not a word qualifying the noun after it ("Acme said", "Acme is")
_VERB_AFTER = re.compile(
    r"(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|does|did|do|also|never|not|who|"
    r"which|that|and|or|but|[a-z]+ed)"
)


# A word shaped like an adjective, or one part of a hyphenated one: "Presidential", "Latino", "African", "U.S.",
# "language" in "Spanish-language", and the colours written capitalised for a race ("Black residents")
_ADJECTIVE_PART = re.compile(r"[A-Z][a-z]+(?:an|ic|ial|ern|ese|ish|ino)|(?:[A-Z]\.){2,}|[a-z]+|Black|White")


def _a_modifier_only(entity: Entity, speakers: set[int], texts: list[str]) -> bool:
    """One capitalised word shaped like an adjective that the story writes only before a lower-case noun it qualifies
    ("Latino voters", "Presidential candidate", "the U.S.-Mexico border"): naming nobody, unless it speaks or the
    story gives it a role, a sex or a short form."""
    if id(entity) in speakers or entity.role or entity.gender or entity.anon or entity.aliases:
        return False
    if not all(_ADJECTIVE_PART.fullmatch(part) or lx.is_place(part) for part in entity.name.split("-")):
        return False
    name = re.escape(entity.name)
    after = [text[m.end() :] for text in texts for m in re.finditer(rf"(?<![\w.-]){name}(?![\w\u2019'-])", text)]
    nouns = [re.match(r"\s+([a-z][a-z-]*)\b", rest) for rest in after]
    return bool(nouns) and all(
        noun is not None
        and noun[1] not in lx.STOP_CAPS
        and noun[1] not in lx.PREPOSITIONS
        and noun[1] not in lx.SPEECH_VERBS
        and not _VERB_AFTER.fullmatch(noun[1])
        for noun in nouns
    )


# The small words a headline leaves in lower case ("Doe Takes a Closer Look at the Pier")
_HEADLINE_SMALL_WORDS = SMALL_WORDS | {"nor", "so", "up", "vs"}


def _a_common_word(entity: Entity, speakers: set[int], cast: Cast) -> bool:
    """One capitalised word the story also writes in lower case ("Someone", "Status", "Votes"), that nothing reads as
    a person's or a body's name (no sex, role, short form, surname given in full, or body's word), and that says
    nothing quoted."""
    name = entity.name
    return (
        id(entity) not in speakers
        and " " not in name
        and re.fullmatch(r"[A-Z][a-z]+", name) is not None
        and name.lower() in cast.common
        and not entity.aliases
        and not entity.anon
        and _unclaimed(entity, cast)
    )


def _in_title_case(text: str) -> bool:
    """A paragraph written as a headline or a link's title: three words or more besides the small ones, every one
    capitalised ("Doe Scores Direct Hit On Roe.", "Minority Outreach Undone By Roe")."""
    words = [w for w in re.findall(r"[A-Za-z][\w\u2019'-]*", text) if w.lower() not in _HEADLINE_SMALL_WORDS]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _headline_words(entity: Entity, speakers: set[int], story: Story) -> bool:
    """Words of a headline or a link's title read as a name ("Doe Scores Direct Hit", "Closer Look", "Doe Meets"):
    named only in paragraphs in title case, with a word the story writes in lower case elsewhere or a surname it gives
    in full and a verb's form after it, no body's word, and never quoted as speaking."""
    if id(entity) in speakers or entity.anon:
        return False
    words = entity.name.split()
    common = any(w.lower() in story.cast.common for w in words)
    surname_and_verb = (  # "Doe Meets", "Doe Hired": a surname the story gives in full, then a verb's form
        len(words) == 2
        and words[0].lower() in story.cast.surnames
        and words[0] not in story.cast.first_names
        and re.fullmatch(r"[A-Z][a-z]+(?:[^s]s|ed)", words[1]) is not None
    )
    if org_like(words) or not (common or surname_and_verb):
        return False  # "Medill News Service" in a credit line is a body's name
    named_in = [par.text for par in story.paragraphs if any(m.entity is entity for m in par.mentions)]
    return bool(named_in) and all(_in_title_case(text) for text in named_in)


def _not_a_modifier(after: str) -> bool:
    """A name followed by what ends it, not by a noun it qualifies ("in Dunmore on Monday", "in Dunmore.", not "in
    Acme stock")."""
    word = re.match(r"\s+([a-z]+)\b", after)
    return word is None or word[1] in lx.STOP_CAPS or word[1] in lx.PREPOSITIONS


def _a_thing_by_its_pronoun(entity: Entity, texts: list[str], cast: Cast) -> bool:
    """A name read as a person's that the story speaks of as a thing: "Acme Panel, which …", "Acme said it …" (and
    nothing reads it as a person: no sex, role, given name, initials, surname given in full elsewhere or surname
    another person of the story bears)."""
    if entity.kind != "person" or entity.anon or entity.role or cast.named_like_person(entity):
        return False
    last = entity.name.split()[-1]
    if any(e is not entity and e.kind == "person" and e.name.split()[-1] == last for e in cast.entities):
        return False  # "Ivana Doe" beside "Jane Doe": a relative, whatever "which" after her name stands for
    name = re.escape(entity.name)
    thing = re.compile(rf"(?<![\w-]){name},\s+which\b|(?<![\w-]){name}\s+(?:said|says)\s+it\b")
    return any(thing.search(text) for text in texts)


def _named_by_members(entity: Entity, cast: Cast) -> bool:
    """A name ending in a people or a party's members in the plural, with words of its own before them ("Log Cabin
    Republicans", "Mainstream Democrats"), that is not only a people or a party's members ("Nevada Democrats") and
    opens with no given name."""
    words = entity.name.split()
    return (
        entity.kind == "person"
        and not entity.anon
        and len(words) > 1
        and bool(PEOPLES.fullmatch(words[-1]))
        and words[0] not in cast.first_names
        and not _a_group(entity, cast)
    )


def _after_the(entity: Entity, texts: list[str]) -> bool:
    """The story writes the name after "the" ("the Log Cabin Republicans"), as a body's name is."""
    the = re.compile(rf"\b[Tt]he\s+{re.escape(entity.name)}\b")
    return any(the.search(text) for text in texts)


def _members_never_a_body(entity: Entity, speakers: set[int], texts: list[str], cast: Cast) -> bool:
    """Members named in the plural that the story never writes as a body, after "the" ("Mainstream Republicans
    say …", not "the Log Cabin Republicans"): many people, listed only when a quotation is theirs."""
    return (
        id(entity) not in speakers
        and not entity.role
        and _named_by_members(entity, cast)
        and not _after_the(entity, texts)
    )


def _default_role(kind: str) -> str:
    return "organisation named in the story" if kind == "organisation" else "not stated in the story"


def _worth_listing(entity: Entity, speakers: set[int], cast: Cast) -> bool:
    if id(entity) in speakers:
        return True
    if CAPITALS.fullmatch(entity.name) and not set(entity.name.lower().split()) & lx.OUTLET_WORDS:
        return False  # "FIREWORKS FLY", "END VIDEO CLIP": a subhead or a cue in capitals, not a name
    if entity.anon:
        return entity.withheld and not entity.plural
    if _a_group(entity, cast):
        return False
    if _ends_as_the_writer(entity, cast):
        return False
    if not entity.name[:1].isupper():
        return False
    if entity.kind == "organisation" and " " not in entity.name and entity.count < 2 and not entity.aliases:
        return False
    return True


# A word that says where someone is from or what they belong to: "Cuban", "Roman", "Hispanic", "Southeast", "U.S."
_QUALIFIER = re.compile(
    r"[A-Z][a-z]+(?:an|ese|ish|ic)|(?:North|South|East|West)(?:east|west)?|(?:West|East|North|South)ern|Central|"
    r"(?:[A-Z]\.){2,}"
)


def _a_peoples_member(entity: Entity, speakers: set[int], cast: Cast) -> bool:
    """Words that describe someone, not name them: a people's or a party's member after a place or another people
    ("Ruritanian American", "Oregon Republican", "U.S. Democrat", "Roman Catholic"), with no role, no body's word and
    nothing reading them as a person's name, unless it speaks."""
    words = entity.name.split()
    last, before = words[-1], words[:-1]
    return (
        id(entity) not in speakers
        and len(words) > 1
        and (bool(PEOPLES.fullmatch(last + "s")) or bool(re.fullmatch(r"[A-Z][a-z]+(?:ese|ish)", last)))
        and (lx.is_place(" ".join(before)) or all(_QUALIFIER.fullmatch(w) or lx.is_place(w) for w in before))
        and not entity.anon
        and _unclaimed(entity, cast)
    )


def _a_name_run_into_a_headline(entity: Entity, speakers: set[int], cast: Cast) -> bool:
    """A person's full name with a headline's words after it ("Jane Doe Leads", "Jane Doe Hits John Roe", "Jane Doe
    Opened Up"): another person's name of two words or more, or its form without a middle initial, then a capitalised
    word that reads as a verb's form or one the story writes in lower case, with no body's word, unless it speaks
    ("Jane Doe Roe", a double surname, and "Jane Doe campaign" stay)."""
    words = entity.name.split()
    if id(entity) in speakers or entity.anon or org_like(words):
        return False
    for other in cast.entities:
        if other is entity or other.kind != "person" or other.anon:
            continue
        for form in (other.name, *other.aliases):  # "Jane Doe" as well as "Jane Q. Doe", her name in full
            inner = form.split()
            for start in range(len(words) - len(inner)):
                extra = words[start + len(inner) :]
                if (
                    len(inner) > 1
                    and words[start : start + len(inner)] == inner
                    and _a_headline_verb_or_common_word(extra[0], cast)
                ):
                    return True
    return False


def _a_headline_verb_or_common_word(word: str, cast: Cast) -> bool:
    """A capitalised word that reads as a headline's verb ("Leads", "Opened") or one the story writes in lower case."""
    verb = re.fullmatch(r"[A-Z][a-z]+(?:[^s]s|ed)", word) is not None
    return word[:1].isupper() and (verb or word.lower() in cast.common)


def _ends_as_the_writer(entity: Entity, cast: Cast) -> bool:
    """A run ending in the writer's "I" or "me" ("Suddenly I", "Specifically I've", a title's "… Taught Me"): no name,
    unless "I" is a numeral after a given name ("Elizabeth I")."""
    words = entity.name.split()
    numeral = words[-1] == "I" and len(words) > 1 and words[-2] in cast.first_names
    return bool(FIRST_PERSON.fullmatch(words[-1])) and not numeral


# Words that only say which part of a people or a party is meant ("Southern Democrats", "North Korean")
_GROUP_QUALIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                     "middle", "native", "latin"}  # fmt: skip


def _a_group(entity: Entity, cast: Cast) -> bool:
    """A people or a party's members named in the plural ("Republicans", "Hispanics", "Nevada Democrats", "Asian
    Americans"), or a people's member by two words ("Middle Eastern"): many people an editor lists only when a
    quotation is theirs. A name whose words before the plural are more than a place, a people's word or a word the
    story writes in lower case stays a body's ("Log Cabin Republicans"); one that opens with a first name stays a
    person's. The people of a place named after it are a group too ("New Yorkers", "Iowans", "Texans")."""
    words = entity.name.split()
    if (
        names_nobody(words, cast.first_names) == "people"
        or names_nobody([*words[:-1], singular(words[-1])], cast.first_names) == "people"
        or _residents(entity.name)
    ):
        return True
    if not entity.plural and not PEOPLES.fullmatch(entity.name):
        return False
    if len(words) == 1 or lx.is_place(" ".join(words[:-1])):
        return True
    return all(
        lx.is_place(word)
        or DEMONYM.fullmatch(word)
        or PEOPLES.fullmatch(word)
        or PEOPLES.fullmatch(word + "s")  # "Latino Republicans", "Muslim Americans"
        or word.lower() in cast.common
        or word.lower() in _GROUP_QUALIFIERS
        for part in words[:-1]
        for word in part.split("-")
    )


def _residents(name: str) -> bool:
    """A plural made from a state's or a country's name: "New Yorkers", "Vermonters", "Iowans", "Texans", "Germans"."""
    if not re.fullmatch(r"(?:[A-Z][a-z]+ )*[A-Z][a-z]+s", name):
        return False
    stems = (name[:-3], name[:-2], name[:-2] + "s", name[:-1] + "y")  # -ers, -ns, -as → -ans, -y → -s
    return any(lx.is_place(stem) for stem in stems)

"""The draft's people list: the story's people and organisations worth an entry, without what an editor would delete
at once (places, read in `places`; peoples in the plural, adjectives, headline words), each with its kind, role and
aliases."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.clean import SMALL_WORDS
from bot.draft.documents import is_document
from bot.draft.mentions import Entity
from bot.draft.names import Cast
from bot.draft.namewords import DEMONYM, PEOPLES, initialled, names_nobody, org_like, singular
from bot.draft.places import a_building, a_hometown, a_place, a_town, unclaimed
from bot.draft.story import Story

CAPITALS = re.compile(r"[A-Z0-9.&\u2019'-]+(?: [A-Z0-9.&\u2019'-]+)+")  # two or more words in capitals
FIRST_PERSON = re.compile(r"I|I[\u2019'](?:ve|m|d|ll)|Me|Myself")  # the writer, never the last word of a name


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
        and not a_place(e, speakers, story.cast)
        and not a_town(e, speakers, texts, story.cast.first_names)
        and not a_hometown(e, speakers, texts, story.cast)
        and not a_building(e, speakers, texts, story.cast)
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
        and unclaimed(entity, cast)
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
        and unclaimed(entity, cast)
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

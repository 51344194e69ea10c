"""What a description in the story stands for: "the company" or "the agency" (a body named before), "the woman"
or "another official" (an unnamed person met before, or a new one), "one of the aides" (one of a group met before),
"the trade group for …" (a body known by whom it stands for), and "her husband" (a relative the story names,
:func:`relative_named`).

:meth:`bot.draft.names.Cast.scan` calls :func:`resolve_mention` for each mention it finds; pronouns are left to
the story, which reads whole sentences.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.draft import lexicon as lx
from bot.draft.mentions import Entity, Mention
from bot.draft.namewords import (
    BARE_PLURAL,
    DESCRIPTOR,
    ORDINALS,
    ORG_ANAPHOR,
    deputy_of,
    is_government,
    name_word,
    names_body,
    noncommercial,
    plain,
    same_head,
    singular,
    surname_of,
)

if TYPE_CHECKING:
    from bot.draft.names import Cast


def resolve_mention(cast: Cast, mention: Mention, masked: str):
    """Tie a mention the cast found no entity for to what it stands for; a pronoun is left as it is."""
    if mention.entity is not None:
        return
    if mention.kind == "pronoun":
        return  # resolved by the story, which reads whole sentences (Story.antecedent)
    if mention.kind == "one-of":
        mention.entity = _one_of(cast, mention.text.lower())
    elif mention.kind == "body-for":
        name = re.sub(r"^[Tt]he\s+", "", mention.text)
        mention.entity = cast.index.get(name.lower()) or cast.register(
            Entity(name, kind="organisation", head=mention.role or "group")
        )
        mention.role = None
    elif mention.kind == "org-anaphor":
        mention.entity = _body_described(cast, mention, masked)
    else:
        _resolve_descriptor(cast, mention, masked)


def _one_of(cast: Cast, head: str) -> Entity:
    """ "One of the aides": one of the last unnamed group of that noun met before ("two aides to the mayor" → "aide
    to the mayor"), else someone new; "one of them" (no noun): one of the last unnamed group met before."""
    group = next(
        (
            h.entity
            for h in reversed(cast.history)
            if h.entity and h.entity.anon and h.entity.plural and (not head or h.entity.head == singular(head))
        ),
        None,
    )
    if group is None:
        return cast.anonymous(f"one of the {head}" if head else "one of them", singular(head) if head else "person")
    head = head or next((word for word in group.name.split() if singular(word) == group.head), group.head)
    name = re.sub(rf"\b{head}\b", singular(head), group.name, count=1)
    name = re.sub(r"^(?:two|three|four|five|six|several|some|many|\d+)\s+", "", name)
    entity = cast.anonymous(name, singular(head))
    entity.withheld = group.withheld
    return entity


def _body_described(cast: Cast, mention: Mention, masked: str) -> Entity:
    """The body a description such as "the company" or "the Acme board" stands for: one named before, a name the
    sentence opens with that proves to be the body's, else the body the description itself names."""
    text = mention.text
    m = ORG_ANAPHOR.match(text)
    head = m["head"].lower() if m else text.split()[-1].lower()
    if re.search(r"\beditorial (?:board|page)s?$", text, re.I):
        head = "newspaper"  # "the editorial board" writes for the paper the story named
    names = [w for w in m["mods"].split() if name_word(w)] if m else []
    return (
        _org_referent(cast, head, names)
        or (None if names else _name_taken_for_a_person(cast, mention, head, masked))
        or cast.organisation(plain(text))
    )


def _resolve_descriptor(cast: Cast, mention: Mention, masked: str):
    m = DESCRIPTOR.match(mention.text) or BARE_PLURAL.match(mention.text)
    someone = re.match(r"[Ss]ome(?:one|body)\b", mention.text)  # "someone in the back of the room"
    head = (m["head"] if m else someone[0] if someone else mention.text.split()[-1]).lower()
    plural = head.endswith("s") and head not in ("witness", "boss") or head == "people" or singular(head) != head
    base_head = singular(head) if plural else head
    withheld, title = mention.withheld, mention.role
    name = plain(m.group() if m else mention.text)
    if mention.kind == "anaphor" and not withheld and not title:
        mods = re.sub(r"^\S+\s+", "", mention.text).split()[:-1]
        prior = _anon_referent(
            cast, base_head, generic=not mods, deputy=deputy_of(mention.text, base_head), plural=plural
        )
        if prior is not None:
            mention.entity = prior
            return
    if title:
        name = plain(title)
    elif m and m["det"].lower() == "another":
        name = _another(cast, name)
    mention.entity = cast.anonymous(name, base_head, plural=plural)
    if withheld or title:
        mention.entity.withheld = True
    if title and not mention.entity.role:
        mention.entity.role = "listed as " + title
    if not mention.entity.role:
        mention.entity.role = name
    first_word = re.sub(r"^\S+\s+", "", mention.text).split()[0].lower() if " " in mention.text else ""
    mention.entity.gender = (
        mention.entity.gender or lx.RELATION_GENDER.get(base_head) or (lx.RELATION_GENDER.get(first_word))
    )


def _another(cast: Cast, name: str) -> str:
    """ "Another commenter" after "one commenter" is someone else: the next free "second commenter", "third …"."""
    for ordinal in ("", *ORDINALS):
        candidate = f"{ordinal} {name}".strip()
        if "anon:" + candidate.lower() not in cast.index:
            return candidate
    return name


def _anon_referent(
    cast: Cast, head: str, generic: bool, deputy: str | None = None, plural: bool = False
) -> Entity | None:
    for mention in reversed(cast.history):
        entity = mention.entity
        if entity is None or not entity.anon or entity.kind != "person":
            continue
        if not plural and entity.plural:
            continue  # "the woman" after "two women", "the Ohio Republican" after "establishment Republicans"
        if deputy_of(entity.name, head) != deputy:
            continue  # "the president" after "a vice president": someone else
        if entity.head == head:
            return entity
        if generic and head in lx.GENERIC_HEADS and not entity.plural and mention.kind == "anon":
            # "the person" is never a group ("two dozen Democrats"), nor a description that stands for someone
            # named ("the candidate" before "the aide said")
            return entity
    return None


# The kinds of body a story names without a body's word ("Acme Lantern … the company said"); not "the campaign" or "the
# administration", which stand for a person's.
NAMED_ONLY_BY_WHAT_IT_IS = frozenset(
    "company firm startup retailer airline chain group organization organisation coalition alliance association "
    "network website site nonprofit charity".split()
)


def _name_taken_for_a_person(cast: Cast, mention: Mention, head: str, masked: str) -> Entity | None:
    """The name a cue "the company said" after a clause stands for when no body is named before it: the name opening
    that clause in the same sentence, when nothing says it is a person's (no given name, initials, sex or role:
    "Bayline Ferries will raise fares, the company said"); it is that body from then on."""
    if head not in NAMED_ONLY_BY_WHAT_IT_IS or not _SAID_AFTER_CLAUSE.match(masked, mention.end):
        return None
    if not re.search(r",\s*$", masked[: mention.start]):
        return None
    here = cast.history[cast.paragraph_from :]
    last = next((m for m in reversed(here) if m.kind == "name" and m.entity is not None), None)
    if last is None or last.start >= mention.start or re.search(r"[.!?;]\s", masked[last.end : mention.start]):
        return None  # not in this sentence
    if not re.search(r"(?:^|[.!?]\s)\s*$", masked[: last.start]):
        return None  # the name does not open the sentence (or the paragraph after its blanked dateline)
    entity = last.resolved
    if entity.kind != "person" or entity.anon or entity.role or entity.plural:
        return None
    if " " not in entity.name or cast.named_like_person(entity):
        return None
    cast.file_as_body(entity, head)
    return entity


_SAID_AFTER_CLAUSE = re.compile(r"\s+(?:said|says|announced|reported|added|stated)\b")


def _org_referent(cast: Cast, head: str, names: list[str] | None = None) -> Entity | None:
    """The body named before that "the <head>" stands for; with names in it ("the Acme board"), only a body whose
    name holds them, so "the Bush administration" is never the "Obama administration" named before."""
    orgs = [m.entity for m in reversed(cast.history) if m.entity is not None and m.entity.kind == "organisation"]
    if names:
        orgs = [e for e in orgs if all(names_body(n, e) for n in names)]
    for entity in orgs:
        if same_head(entity, head):
            return entity
    if head in (
        "company",
        "firm",
        "utility",
        "startup",
        "retailer",
        "airline",
        "landlord",
        "developer",
        "operator",
        "cooperative",
        "co-op",
    ):
        for entity in orgs:
            if not noncommercial(entity.name) and not entity.anon and not lx.is_place(entity.name):
                return entity  # not "Alabama" in "Acme, which runs hospitals in Tennessee and Alabama"
    if head in ("agency", "department", "ministry", "bureau"):
        # "the agency" is the last government body named ("the State Department"), or known by initials that hold
        # the word's ("the bureau" after "the FBI")
        return next(
            (
                e
                for e in orgs
                if not e.anon and (is_government(e.name) or (lx.is_acronym(e.name) and head[0].upper() in e.name))
            ),
            None,
        )
    if head in ("newspaper", "paper", "magazine", "network", "outlet", "publication"):
        # "the newspaper" is the last outlet named ("the Daily News")
        return next((e for e in orgs if not e.anon and e.name.split()[-1].lower() in lx.OUTLET_WORDS), None)
    if head in ("organization", "organisation", "group", "coalition", "alliance"):
        # "the organization" is the last named body that is not a place
        return next((e for e in orgs if not e.anon and not lx.is_place(e.name) and " " in e.name), None)
    return None


# Words of kin and the sex each gives
KIN_SEX = {w: lx.RELATION_GENDER[w] for w in "husband wife father mother son daughter brother sister".split()}
KIN_SEX |= {"dad": "m", "mom": "f"}
# "her husband", "his late father": a relative described by whose they are
OWNED_KIN = re.compile(r"(?P<owner>[Hh]is|[Hh]er)\s+(?:(?:late|own)\s+)?(?P<kin>" + "|".join(KIN_SEX) + r")")


def kin_words(entity: Entity) -> set[str]:
    """The words of kin the entity's role holds ("Her mother" → {"mother"})."""
    return {w for w in re.findall(r"[a-z]+", (entity.role or "").lower()) if w in KIN_SEX}


def relative_named(owner: Entity, kin: str, before: list[Entity], after: list[Entity]) -> Entity | None:
    """The one person a word of kin tied to ``owner`` stands for ("her husband"), among the people named ``before`` it,
    else, when none of them fits, ``after`` it: of the word's sex, with the owner's surname (a relative the story names
    mostly shares it), and whose role gives them no other tie of kin ("the couple's son, Andrew Doe" is no husband)."""
    surname = surname_of(owner.name.split())
    for people in (before, after):
        found = [
            p
            for p in people
            if p.kind == "person"
            and not p.anon
            and not p.plural
            and p is not owner
            and surname_of(p.name.split()) == surname
            and p.gender in (None, KIN_SEX[kin])
            and not kin_words(p) - {kin}
        ]
        distinct = list(dict.fromkeys(found))  # each person once
        if distinct:
            return distinct[0] if len(distinct) == 1 else None
    return None

"""What "he", "she" and "it" point back to: the subject of the nearest sentence before them that names a compatible
person or body (`speechties` reads who leads a sentence and who is tied to its verb of saying), the holder of a role a
description before them names (`roleholders`), the writer of a block of words, the person a sentence's opening clause
speaks of, or the last person of the pronoun's sex."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.draft import lexicon as lx
from bot.draft.mentions import Entity, Mention
from bot.draft.names import is_modifier
from bot.draft.namewords import OWNS
from bot.draft.paragraphs import Paragraph
from bot.draft.roleholders import role_holder
from bot.draft.speechties import names_a_noun, speech_verb_after, subject_among, tied_to_speech

REACH = 4  # paragraphs a pronoun looks back
# mentions the nearest-person fallback looks back: a few paragraphs of names, past which a bare "he" is no longer
# read as someone met that far back
NEAREST_REACH = 60
AS_FOR = re.compile(r"\s*As for\s")  # "As for Doe, he said …": the one "he" means, though after "for"


def antecedent(
    paragraphs: list[Paragraph],
    paragraph: int,
    pos: int,
    kind: str | None,
    gender: str | None,
    named_only: bool = False,
    quoted: dict[tuple[int, int], Entity] | None = None,
    hearer: Entity | None = None,
) -> Entity | None:
    """What "he", "she" or "it" as a speaker points back to: the subject of the nearest sentence
    before it that names a compatible person (or, for "it", an organisation), reading back a few
    paragraphs. In a sentence, a name tied to a speech verb comes first, then the first name
    that is not after a preposition or a possessive; a sentence whose subject is the same pronoun
    is passed over. A sentence with no such name but a person known to be of the pronoun's sex, if
    only as an object or a possessor ("Just look at Jane Doe."), gives that person. The ``hearer`` the
    pronoun's own cue names ("he told Doe") is never the one it stands for."""
    ahead = _cataphor(paragraphs, paragraph, pos, kind, gender, hearer) or _block_writer(
        paragraphs, paragraph, pos, kind, gender, hearer
    )
    if ahead is not None:
        return ahead
    wanted = _Wanted(kind, gender, named_only, quoted or {}, hearer)
    fallback = None
    for index in range(paragraph, max(-1, paragraph - REACH), -1):
        par = paragraphs[index]
        if par.turn_label:
            continue
        for start, end in reversed(par.sentences):
            if index == paragraph and start >= pos:
                continue
            own = index == paragraph and start <= pos < end
            found, candidate = _antecedent_in(paragraphs, par, start, min(end, pos) if own else end, own, wanted)
            if found is not None:
                return found
            fallback = fallback or candidate
    return fallback


def _antecedent_in(
    paragraphs: list[Paragraph], par: Paragraph, start: int, stop: int, own: bool, wanted: _Wanted
) -> tuple[Entity | None, Entity | None]:
    """Whom the pronoun means, read in one sentence before it (up to ``stop``; ``own``: the pronoun's own
    sentence): that one, else (None, the first compatible person it names, for want of better)."""
    kind, gender, hearer = wanted.kind, wanted.gender, wanted.hearer
    inside = [m for m in par.mentions if start <= m.start < stop and m.entity is not None]
    opening = lx.OPENING_CLAUSE.match(par.masked, start)
    first = _lead_of(inside, opening, kind)
    # "… the words of Jane Doe when accepting her prize.": an owner after a name does not lead the sentence
    owner = first is not None and first.text in lx.PERSON_POSSESSIVES and first.start > inside[0].start
    if first is not None and first.kind == "pronoun" and _same_pronoun(first, kind, gender) and not owner:
        possessor = _possessor_leading(par.masked, inside, first, wanted)
        if possessor is not None:
            return possessor, None  # "Doe's fate is unclear, but she said …": Doe
        # "He nodded to Doe." — the same "he", named further back, unless the sentence says whose it is
        return _same_pronoun_speaker(paragraphs, par, start, stop, inside, opening, wanted), None
    if first is not None and _described(paragraphs, par, first, inside, kind, gender, hearer):
        said = _worked_out(par, start, stop, wanted)
        if said is not None:
            return said, None  # '"…," the candidate said.' — whom the description was worked out to be there
        # "The Wisconsin Republican praised Doe, but he said …": the description leads, not Doe
        named = role_holder(paragraphs, par.index, first.start, first.resolved.head, first.text) or antecedent(
            paragraphs, par.index, first.start, kind, gender, named_only=True, quoted=wanted.quoted, hearer=hearer
        )
        if named is not None:
            return named, None
    found = [
        m
        for m in inside
        if m.kind != "pronoun"
        and compatible(m.resolved, kind, gender)
        and m.resolved is not hearer
        and not (own and names_a_noun(par.masked, m))  # "The Doe outlets have …, he said": not Doe
    ]
    described = any(m.resolved.anon and not m.prep and not m.possessive for m in found)
    found = [m for m in found if not m.resolved.anon] if wanted.named_only else found
    subject = subject_among(par, found, opening)
    if subject is not None:
        return subject, None
    sexed = _of_the_sex(found, first, gender, described)
    if sexed is not None:
        return sexed, None
    return None, found[0].entity if found else None


def _lead_of(inside: list[Mention], opening: re.Match | None, kind: str | None) -> Mention | None:
    """The mention that leads a sentence's main clause (its first one not after a preposition nor a possessor);
    for a person sought, a body is passed over ("The county saw … applicants, which he said …")."""
    main = [m for m in inside if opening is None or m.start >= opening.end()] or inside
    return next(
        (
            m
            for m in main
            if not m.prep
            and not m.possessive
            and (kind != "person" or m.kind == "pronoun" or m.resolved.kind == "person")
        ),
        None,
    )


def _of_the_sex(found: list[Mention], first: Mention | None, gender: str | None, described: bool) -> Entity | None:
    """For a sentence with no subject to give: after a lead of the other sex ("He was joined on the call by Jane
    Doe. She said …"), the one other person it names, if only after a preposition; else the last person of the
    pronoun's sex it names ("Just look at Jane Doe. “…,” she said"), unless it names someone unnamed."""
    if first is not None and _other_sex_lead(first, gender):
        others = {id(m.resolved): m.resolved for m in found if not m.possessive and not m.resolved.anon}
        if len(others) == 1:
            return next(iter(others.values()))
    sexed = [m for m in found if gender in ("m", "f") and m.resolved.gender == gender and not described]
    return sexed[-1].resolved if sexed else None


def _possessor_leading(masked: str, inside: list[Mention], pronoun: Mention, wanted: _Wanted) -> Entity | None:
    """The named possessor that opens a sentence the pronoun then leads, no one else named between ("Doe's fate is
    unclear, but she said …"): whom the pronoun means."""
    before = [m for m in inside if m.start < pronoun.start]
    if not before or not before[0].possessive or before[0].kind != "name" or not OWNS.search(masked, 0, before[0].end):
        return None
    owner = before[0].resolved
    if owner.anon or owner.plural or owner.kind != "person":
        return None
    if any(m.resolved is not owner for m in before) or owner is wanted.hearer:
        return None
    return owner if compatible(owner, wanted.kind, wanted.gender) else None


def _same_pronoun_speaker(
    paragraphs: list[Paragraph],
    par: Paragraph,
    start: int,
    stop: int,
    inside: list[Mention],
    opening: re.Match | None,
    wanted: _Wanted,
) -> Entity | None:
    """For a sentence led by the same pronoun: the one that pronoun was already worked out to be for a
    quotation in it, the name its verb of saying gives, or the one person of its opening clause; else None
    (the pronoun is named further back)."""
    kind, gender, hearer = wanted.kind, wanted.gender, wanted.hearer
    said = _worked_out(par, start, stop, wanted)
    if said is not None:
        return said  # '"…," he said.' — the "he" already worked out for that quotation
    speaker = next(
        (m for m in inside if m.kind == "name" and _speaks(par.masked, m, kind, gender) and m.resolved is not hearer),
        None,
    )
    if speaker is not None:
        return speaker.resolved  # "He should win, Doe said." — the sentence is Doe's
    if opening is None:
        return None
    # "Though Jane Doe grew up here, the town has changed, she said": the clause's one person
    clause = [
        m
        for m in inside
        if m.start < opening.end()
        and m.kind == "name"
        and (not m.prep or AS_FOR.match(par.masked, start))
        and not m.possessive
        and not m.resolved.anon
        and compatible(m.resolved, kind, gender)
    ]
    if len({id(m.resolved) for m in clause}) == 1 and clause[0].resolved is not hearer:
        return clause[0].resolved
    return None


def _worked_out(par: Paragraph, start: int, stop: int, wanted: _Wanted) -> Entity | None:
    """The speaker already worked out for the last quotation of the sentence, if compatible with what is sought."""
    said = [e for (at, off), e in wanted.quoted.items() if at == par.index and start <= off < stop]
    if said and compatible(said[-1], wanted.kind, wanted.gender) and said[-1] is not wanted.hearer:
        return said[-1]
    return None


def _block_writer(
    paragraphs: list[Paragraph], paragraph: int, pos: int, kind: str | None, gender: str | None, hearer: Entity | None
) -> Entity | None:
    """ "Doe writes:" and then paragraphs of her words with no quotation marks, then "She writes …": a "he" or
    "she" opening the paragraph after such a block means the one who wrote it, not someone the block names."""
    if gender not in ("m", "f"):
        return None
    par = paragraphs[paragraph]
    if any(m.start < pos and m.kind != "pronoun" for m in par.mentions):
        return None
    for index in range(paragraph - 1, max(-1, paragraph - REACH), -1):
        earlier = paragraphs[index]
        if earlier.turn_label or earlier.quotes:
            return None
        if not earlier.masked.rstrip().endswith(":") or not earlier.sentences:
            continue
        if index == paragraph - 1:
            return None  # the paragraph right after the colon is the words themselves
        start, end = earlier.sentences[-1]
        writer = next(
            (
                m
                for m in earlier.mentions
                if start <= m.start < end
                and m.kind == "name"
                and _speaks(earlier.masked, m, kind, gender)
                and m.resolved is not hearer
            ),
            None,
        )
        return writer.resolved if writer is not None else None
    return None


def _cataphor(
    paragraphs: list[Paragraph], paragraph: int, pos: int, kind: str | None, gender: str | None, hearer: Entity | None
) -> Entity | None:
    """A "he" or "she" inside a sentence's opening clause means the person the main clause opens with ("In what
    he called a '…', Gov. Doe turned …")."""
    if gender not in ("m", "f"):
        return None
    par = paragraphs[paragraph]
    start, _ = par.sentence_of(pos)
    opening = lx.OPENING_CLAUSE.match(par.masked, start)
    if opening is None or pos >= opening.end():
        return None
    if any(start <= m.start < pos and m.kind == "name" for m in par.mentions):
        return None
    subject = next((m for m in par.mentions if m.start >= opening.end()), None)
    if subject is None or subject.start != opening.end() or subject.kind != "name" or subject.entity is None:
        return None
    entity = subject.entity
    if subject.possessive or not compatible(entity, kind, gender) or entity is hearer or entity.anon:
        return None
    return entity


def nearest(paragraphs: list[Paragraph], paragraph: int, pos: int, gender: str | None) -> Entity | None:
    """The last person of a compatible sex mentioned before ``pos`` (within NEAREST_REACH mentions), for a pronoun
    no sentence in reach explains: one not after a preposition nor a possessor first; "he" or "she" never a
    group."""
    fallback, seen = None, 0
    for index in range(paragraph, -1, -1):
        for m in reversed(paragraphs[index].mentions):
            if (index == paragraph and m.start >= pos) or m.entity is None:
                continue
            seen += 1
            if seen > NEAREST_REACH:
                return fallback
            entity = m.entity
            if is_modifier(entity) or entity.kind != "person":
                continue
            if gender in ("m", "f") and (entity.plural or entity.gender not in (None, gender)):
                continue
            if m.prep or m.possessive:
                fallback = fallback or entity
                continue
            return entity
    return fallback


def _described(
    paragraphs: list[Paragraph],
    par: Paragraph,
    mention: Mention,
    inside: list[Mention],
    kind: str | None,
    gender: str | None,
    hearer: Entity | None,
) -> bool:
    """The mention is a description of someone the story named before ("the senator"), not an unnamed
    person it brought in as such ("a woman asked …" then "the woman") nor one named right after it in
    apposition ("The group's leader, Jane Doe, said")."""
    entity = mention.entity
    if mention.kind != "anaphor" or entity is None or not entity.anon or entity is hearer:
        return False
    if entity.withheld or entity.plural or entity.head in lx.GENERIC_HEADS or not compatible(entity, kind, gender):
        return False
    named = next((m for m in inside if m.start >= mention.end and m.kind == "name"), None)
    if named is not None and re.fullmatch(r"[^,;:.]{0,80},\s+[^,;:.]{0,60}", par.masked[mention.end : named.start]):
        return False
    return not any(m.entity is entity and m.kind == "anon" for p in paragraphs for m in p.mentions)


@dataclass(frozen=True)
class _Wanted:
    """What a pronoun asks of the one it points back to: a kind and a sex, a named person only (not a description),
    the speakers already worked out for quotations (paragraph, offset), and the hearer its own cue names, who is
    never the one it means."""

    kind: str | None
    gender: str | None
    named_only: bool
    quoted: dict[tuple[int, int], Entity]
    hearer: Entity | None


def compatible(entity: Entity, kind: str | None, gender: str | None) -> bool:
    if (entity.plural and gender != "x") or is_modifier(entity):
        return False  # only "they" may stand for a group
    if kind and entity.kind != kind:
        return False
    return gender not in ("m", "f") or entity.gender in (None, gender)


def _same_pronoun(pronoun: Mention, kind: str | None, gender: str | None) -> bool:
    """The sentence's leading pronoun stands for whom is sought: the same "he" or "she", or, for a person of
    no known sex ("the Russian leader said"), a "he" or "she" that points further back."""
    return pronoun.gender == gender or (kind == "person" and gender is None and pronoun.text in ("he", "she"))


def _speaks(masked: str, mention: Mention, kind: str | None, gender: str | None) -> bool:
    """A compatible named person tied to a speech verb in the sentence ("…, Doe said", "…, said Doe"; not "he
    said Doe", where the name is what was said)."""
    usable = not mention.prep and not mention.possessive and compatible(mention.resolved, kind, gender)
    return usable and (speech_verb_after(masked, mention.end) is not None or tied_to_speech(masked, mention))


def _other_sex_lead(lead: Mention, gender: str | None) -> bool:
    """The sentence opens with "he" where a "she" is sought, or the other way round."""
    return lead.kind == "pronoun" and gender in ("m", "f") and lead.gender in ("m", "f") and lead.gender != gender

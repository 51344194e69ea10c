"""What "he", "she", "it" and a description ("the senator") point back to: the subject of the nearest sentence
before them that names a compatible person or body, the holder of a role, the writer of a block of words, or the
last person of the pronoun's sex; and the readings of a sentence that decide it (who is tied to a verb of saying,
who leads, who only qualifies a noun)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.draft import lexicon as lx
from bot.draft.mentions import Entity, Mention, owns
from bot.draft.names import is_modifier
from bot.draft.namewords import deputy_of
from bot.draft.paragraphs import Paragraph

HEARER_VERBS = {"told", "tell", "tells", "telling", "urged", "urging", "warned", "warning", "thanked", "praised",
                "criticized", "criticised", "slammed", "blasted", "called", "calling", "asked", "asking"}  # fmt: skip
# A verb right after a name that follows "said": the name is the subject of what was said ("said Roe was")
CLAUSE_VERB = re.compile(
    r"\s+(?:[a-z]+ed|was|is|were|are|has|had|have|would|will|could|should|might|must|can|does|did|"
    r"wants|needs|thinks|believes|continues|remains)\b"
)
GENDER_OF_WORD = {
    "man": "m",
    "woman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "businessman": "m",
    "businesswoman": "f",
}
REACH = 4  # paragraphs a pronoun looks back
# mentions the nearest-person fallback looks back: a few paragraphs of names, past which a bare "he" is no longer
# read as someone met that far back
NEAREST_REACH = 60
# "to" and a verb after a verb of saying: it is not speech here ("continued to hurt"; not "said to reporters")
TO_VERB = re.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|their|its|my|our|your|him|them|me|us|it|reporters|supporters)\b)[a-z]+\b"
)
# A that-clause the speaker before it opens, up to a name inside it ("pointing out that the paper's Roe")
THAT_CLAUSE = re.compile(r"\bthat\s+[^,;:]{0,40}$")
AS_FOR = re.compile(r"\s*As for\s")  # "As for Doe, he said …": the one "he" means, though after "for"
IN_APPOSITION = re.compile(r"(?:\s*\([^()]{1,40}\))?,\s+(?:an?|the|who|whose|one)\b[^,;:]*$")
CLAUSE_ROLE = re.compile(r"(?:an?|the|who|whose)\s")
WHO_SPEAKS = re.compile(r"[^.;:!?\u201c\u201d\"]{0,120}?,\s+who\s+(?:has\s+|had\s+|also\s+|\w+ly\s+)?([a-z]+)")
SPEECH_AFTER = re.compile(r"[\s,]*(?:\w+ly\s+|also\s+|later\s+|then\s+|has\s+|had\s+|have\s+)*([a-z]+)")
PARTY_WORDS = ("republican", "democrat", "democratic", "independent", "libertarian")


def role_holder(paragraphs: list[Paragraph], paragraph: int, pos: int, head: str, described: str = "") -> Entity | None:
    """The named person a description such as "the governor" points back to: the nearest one
    before it whose role or title has that word ("Gov. Jane Doe", "Doe, the state's governor"). A
    deputy's role ("vice president") is not the role itself, unless the description says so too."""
    lead = _untitled_lead(paragraphs, paragraph, pos, described)
    if lead is not None:
        return lead
    head = head.lower().replace("woman", "man")
    deputy = deputy_of(described, head)
    for index in range(paragraph, max(-1, paragraph - 2 * REACH), -1):
        for m in reversed(paragraphs[index].mentions):
            if index == paragraph and m.start >= pos:
                continue
            entity = m.entity
            if m.kind != "name" or entity is None or entity.kind != "person" or entity.anon:
                continue
            if _party_only(entity, described):
                continue  # "Republican Roe" is no match for "the Delaware Republican": a party names many
            words = re.findall(r"[a-z][a-z-]*", (entity.role or "").lower())
            spelt = " ".join(lx.TITLE_WORDS.get(w, w).replace("woman", "man") for w in words)
            if re.search(rf"\b{re.escape(head)}\b", spelt) and deputy_of(spelt, head) == deputy:
                return entity
    return None


def _untitled_lead(paragraphs: list[Paragraph], paragraph: int, pos: int, described: str) -> Entity | None:
    """ "Doe sought to rally volunteers as he stopped by. Walking in, the senator said …": a description just
    after a sentence of its own paragraph led by a named person the story gives no title or role is that person,
    when no one else is named between (news varies the words for the person a paragraph is about)."""
    par = paragraphs[paragraph]
    begin, _ = par.sentence_of(pos)
    before = [(start, end) for start, end in par.sentences if end <= begin + 1 and start < begin]
    if not before:
        return None
    start, end = before[-1]
    opening = lx.OPENING_CLAUSE.match(par.masked, start)
    first = opening.end() if opening else start
    lead = next((m for m in par.mentions if first <= m.start < end and m.entity is not None), None)
    if lead is None or lead.kind != "name" or lead.prep or lead.possessive:
        return None
    entity = lead.entity
    if entity is None or entity.kind != "person" or entity.anon or entity.plural or entity.role:
        return None
    sex = GENDER_OF_WORD.get(described.split()[-1].lower()) if described else None
    if sex is not None and entity.gender not in (None, sex):
        return None  # "the congresswoman" is no man
    between = [
        m
        for m in par.mentions
        if lead.end <= m.start < pos
        and m.entity is not None
        and m.entity.kind == "person"
        and not m.entity.anon
        and m.kind != "pronoun"
    ]
    return None if between else entity


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
    owner = first is not None and first.text in ("his", "her") and first.start > inside[0].start
    if first is not None and first.kind == "pronoun" and _same_pronoun(first, kind, gender) and not owner:
        # "He nodded to Doe." — the same "he", named further back, unless the sentence says whose it is
        return _same_pronoun_speaker(paragraphs, par, start, stop, inside, opening, wanted), None
    if first is not None and _described(paragraphs, par, first, inside, kind, gender, hearer):
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
        and not (own and _names_a_noun(par.masked, m))  # "The Doe outlets have …, he said": not Doe
    ]
    described = any(m.resolved.anon and not m.prep and not m.possessive for m in found)
    found = [m for m in found if not m.resolved.anon] if wanted.named_only else found
    subject = _subject_among(par, found, opening)
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
    said = [e for (at, off), e in wanted.quoted.items() if at == par.index and start <= off < stop]
    if said and compatible(said[-1], kind, gender) and said[-1] is not hearer:
        return said[-1]  # '"…," he said.' — the "he" already worked out for that quotation
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


def _subject_among(par: Paragraph, found: list[Mention], opening: re.Match | None) -> Entity | None:
    """The subject among a sentence's compatible mentions: one tied to a verb of saying, else the first not after a
    preposition or a possessive (past an opening clause when the main clause names one), else someone a "who said"
    or "according to" brings in, else someone an apposition after a preposition introduces; None if none is."""
    plain = [
        m
        for m in found
        if (not m.prep or _example(par.masked, m))
        and not m.possessive
        and not owns(par.masked, m)  # "with the governor's backing": no subject
        and not _after_possessive(par.masked, m)
    ]
    plain = [m for m in plain if not m.resolved.anon] or plain
    if opening and any(m.start >= opening.end() for m in plain):
        plain = [m for m in plain if m.start >= opening.end()]  # "Filling in for Doe, Roe said"
    tied = [m for m in plain if tied_to_speech(par.masked, m)]
    # "Rep. Jane Doe, a delegate supporting Roe, said he …": Roe is inside Doe's apposition.
    if tied and plain[0].start < tied[0].start:
        tied = [plain[0]] if IN_APPOSITION.fullmatch(par.masked, plain[0].end, tied[0].start) else tied
        # "Doe hit back, pointing out that Roe had reported …": Roe speaks inside what Doe says
        tied = [plain[0]] if THAT_CLAUSE.search(par.masked, plain[0].end, tied[0].start) else tied
    if not tied:  # "… was backed by Sen. Jane Doe of Ohio, who said …": the agent who speaks
        tied = [m for m in found if m.prep and (_who_speaks(par.masked, m) or _according_to(par.masked, m))]
    if not tied and not plain:  # "… courtesy of Jane Doe, a delegate who …": someone brought in to speak
        tied = [m for m in found if m.prep and CLAUSE_ROLE.match(m.role or "")]
    return (tied or plain)[0].entity if tied or plain else None


def _party_only(holder: Entity, described: str) -> bool:
    """Whether a party description qualified by a place ("the Delaware Republican") would find a holder whose role
    has the party but not the place ("Republican Ansel Roe"): the party alone does not say it is the same person."""
    words = re.sub(r"^\S+\s+", "", described).split()
    mods = [w for w in words[:-1] if re.fullmatch(r"[A-Z][a-z]+", w)]
    role = holder.role or ""
    return bool(mods) and words[-1].lower() in PARTY_WORDS and not any(m in role for m in mods)


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


def _example(masked: str, mention: Mention) -> bool:
    """A name set off as an example of a group ("Some critics, like Jane Doe, say …"): the voice of that group."""
    return bool(re.search(r",\s+(?:like|such as|including)\s+$", masked[max(0, mention.start - 20) : mention.start]))


def _speaks(masked: str, mention: Mention, kind: str | None, gender: str | None) -> bool:
    """A compatible named person tied to a speech verb in the sentence ("…, Doe said", "…, said Doe"; not "he
    said Doe", where the name is what was said)."""
    usable = not mention.prep and not mention.possessive and compatible(mention.resolved, kind, gender)
    return usable and (speech_verb_after(masked, mention.end) is not None or tied_to_speech(masked, mention))


def tied_to_speech(masked: str, mention: Mention) -> bool:
    """The mention is the speaker of a speech verb ("Doe said", "said Doe"), not its hearer ("told Doe")."""
    window = masked[max(0, mention.start - 40) : mention.start]
    before = re.search(r"(?<![\w-])([a-z]+)\s+$", window)
    inverted = before and before[1] in lx.SPEECH_VERBS and before[1] not in HEARER_VERBS
    if inverted and before is not None and re.search(r"\w\s+$", window[: before.start(1)]):
        inverted = False  # "Doe never mentioned Roe": a verb after its subject has its object after it
    if inverted and CLAUSE_VERB.match(masked, mention.end):
        inverted = False  # "Doe, for one, said Roe was wrong": the name opens what was said, and speaks none of it
    after = speech_verb_after(masked, mention.end)
    if after and before and after[1].endswith("ing") and "," in masked[mention.end : after.start(1)]:
        after = None  # "Doe hammered Roe, calling him …": the object of a verb does not speak the participle
    return bool(after or inverted)


def speech_verb_after(masked: str, pos: int) -> re.Match | None:
    """The speech verb right after pos, past adverbs and auxiliaries (", also said"), or None."""
    after = SPEECH_AFTER.match(masked, pos)
    if after is not None and TO_VERB.match(masked, after.end()):
        return None  # "Doe continued to hurt his cause": no speech
    return after if after is not None and after[1] in lx.SPEECH_VERBS else None


def _who_speaks(masked: str, mention: Mention) -> bool:
    """The name is followed, past an apposition at most, by a relative clause that speaks ("…, who said")."""
    who = WHO_SPEAKS.match(masked, mention.end)
    return who is not None and who[1] in lx.SPEECH_VERBS


def _according_to(masked: str, mention: Mention) -> bool:
    """The name is the one the sentence's words come from ("…, according to a post from Jane Doe", "To Jane
    Doe, the plan is …")."""
    before = masked[max(0, mention.start - 60) : mention.start]
    if (
        re.search(r"(?:^|[.!?]\s+)\s*To (?:[a-z][\w-]*\s+){0,3}$", before)
        and masked[mention.end : mention.end + 1] == ","
    ):
        return True
    return bool(re.search(r"\baccording to (?:[^,.;:]{0,40}\b(?:from|by) )?$", before))


def _after_possessive(masked: str, mention: Mention) -> bool:
    """The name qualifies a possessor's noun ("Acme’s Oslo office"), so it is not a subject; a
    place as possessor ("Ohio’s Jane Doe") still leaves the person."""
    owner = re.search(
        r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)[\u2019']s\s+$", masked[max(0, mention.start - 40) : mention.start]
    )
    return bool(owner and not lx.is_place(owner[1]) and re.match(r"\s+[a-z]", masked[mention.end :]))


def _other_sex_lead(lead: Mention, gender: str | None) -> bool:
    """The sentence opens with "he" where a "she" is sought, or the other way round."""
    return lead.kind == "pronoun" and gender in ("m", "f") and lead.gender in ("m", "f") and lead.gender != gender


def _names_a_noun(masked: str, mention: Mention) -> bool:
    """The name, after "the", qualifies the noun after it ("The Doe outlets have …", "the Doe campaign")."""
    the = re.search(r"\b[Tt]he\s+$", masked[max(0, mention.start - 5) : mention.start])
    return the is not None and re.match(r"\s+[a-z]", masked[mention.end :]) is not None

"""Whom an annotated source means: a pronoun or a description ("he", "the senator", "the company") resolved to
the named one a careful reader takes it for (the rules are in bench/polnear.py's docstring; someone the story brings
in unnamed is found by bench/unnamed_sources.py, who issued a writing by bench/issuers.py)."""

from __future__ import annotations

import re

from bench.antecedents import (
    intro_end,
    resolve_institution,
    resolve_pronoun,
    resolve_role,
    resolve_who,
)
from bench.issuers import issuer
from bench.name_words import gender_of_word
from bench.referent_words import DEPUTIES, FUNCTION_WORDS, INSTITUTION_HEADS, TOKEN
from bench.referents import Story
from bench.relatives import RELATIVES, relative_antecedent
from bench.source_reading import (
    first_name_not_of,
    head_word,
    holds_role,
    is_named,
    is_plural,
    names_body,
    needs_resolving,
    uncontracted,
)
from bench.source_words import (
    AUTHORS,
    COUNTERPARTS,
    CROWDS,
    DOCUMENT_HEADS,
    ELLIPTIC,
    MEDIA_WORDS,
    NUMBER_WORDS,
    OUTLET_HEADS,
    POSSESSIVES,
    PRONOUN_GENDER,
    PRONOUNS,
    SPOKEN_HEADS,
    WRITINGS,
)
from bench.unnamed_sources import (
    described_before_who,
    introduced_unnamed,
    someone_unnamed_just_before,
    unnamed_before_who,
    unnamed_source_before,
    unnamed_speaker_before,
    unnamed_subject_before,
)


def resolve_source(source: str, at: int, sources: list[tuple[int, str]], story: Story, depth: int = 0) -> str:
    """The person a pronoun or a description at `at` means (see bench/antecedents.py), else the source itself."""
    low = uncontracted(source.lower().strip())  # "she’s" is she
    if low in PRONOUN_GENDER:
        unnamed = unnamed_speaker_before(story, at)
        if unnamed and gender_of_word(head_word(unnamed)) in (None, PRONOUN_GENDER[low]):
            return unnamed  # 'The answer, the partner told them, was simple. "…," he said': the partner, unnamed
        someone = someone_unnamed_just_before(story, at)
        if someone and gender_of_word(head_word(someone)) in (None, PRONOUN_GENDER[low]):
            return someone  # 'But that changed when one voter brought up jobs. She asked …': the voter
        person = resolve_pronoun(story, at, PRONOUN_GENDER[low])
        return person.name if person else _nearest_named(sources, at, story, PRONOUN_GENDER[low]) or source
    if low == "who":
        person = resolve_who(story, at)
        if person:
            return person.name
        described = described_before_who(story, at)
        if described and described.lower().startswith("the ") and depth < 2:
            return _resolve_description(described, at, sources, story, depth + 1)  # "the Ohio senator, who": hers
        if described:
            return described  # "an impersonator who promises …": someone the story brings in unnamed
        return unnamed_before_who(story, at) or _nearest_named(sources, at, story, None) or source
    if low in ("it", "its"):  # a document or a body named in its sentence or the three before, never a person
        since = story.sentences[max(0, story.sentence_of(at) - 3)][0]
        near = [(a, s) for a, s in sources if since <= a < at]
        named = _nearest_named(near, at, story, None, people=False)
        bodies = DOCUMENT_HEADS | OUTLET_HEADS - {"paper"}  # "the email read …. It said", "the newspaper … It added"
        writings = [(a, s) for a, s in near if s.lower().startswith("the ") and head_word(s).lower() in bodies]
        annotated = next(((a, s) for a, s in near if s == named), None) or (writings[-1] if writings else None)
        thing = _thing_it_means(story, at, sources, depth) if depth < 2 else None
        if thing and (annotated is None or thing[0] > annotated[0]):
            return thing[1]  # "a company called Acme, which sells what it calls": Acme, not a source further back
        if named or not writings or depth >= 2:
            return named or source
        return resolve_source(writings[-1][1], writings[-1][0], sources, story, depth + 1)  # "the email read … It said"
    if low in RELATIVES:  # "profiled in the Harbor Times, which ran …": the Harbor Times
        found = relative_antecedent(story.text, story.sentences[story.sentence_of(at)][0], at)
        return _resolve_antecedent(found[1], found[0], sources, story, depth + 1) if found and depth < 2 else source
    if low in ELLIPTIC:  # '"…," one user wrote. Another said': another user, whom the story leaves unnamed
        unnamed = unnamed_source_before(sources, at, story)
        return f"{source} {head_word(unnamed)}" if unnamed and head_word(unnamed).islower() else source
    if low in ("i", "we", "us", "you"):  # outside quotation marks the writer speaks (or is spoken to), no one named
        return source
    if low in ("they", "them", "their") and (group := _joined_subject(story, at) or _nearest_group(sources, at, story)):
        return group  # "Lee and Roe met …. They said": the two; "the groups wrote …. They said": the groups
    if low in PRONOUNS:
        return _nearest_named(sources, at, story, None) or source
    return _resolve_description(source, at, sources, story, depth)


def _thing_it_means(story: Story, at: int, sources: list[tuple[int, str]], depth: int) -> tuple[int, str] | None:
    """What an "it" at `at` means that no attribution names, and where: the name a relative clause holding the "it"
    stands for ("a company called Acme, which sells what it calls"), else the subject of its own sentence before it
    or of the sentence before, when that is a body the story names ("Harmon magazine started …, when it"), a body
    described ("The group seeks …": the one the story named so), a writing ("The lawsuit contends …. It goes on",
    as written) or someone's writing ("On his website, … it says": his)."""
    index = story.sentence_of(at)
    lo = story.sentences[index][0]
    relative = list(re.finditer(r",\s+which\b", story.text[lo:at]))
    found = relative_antecedent(story.text, lo, lo + relative[-1].start() + 1) if relative else None
    if found and re.fullmatch(rf"(?:[Tt]he\s+)?{TOKEN}(?:\s+{TOKEN})*", found[1]):
        return found
    things = (DOCUMENT_HEADS | WRITINGS | INSTITUTION_HEADS | OUTLET_HEADS) - {"paper"}  # a paper: a writing or a body
    heads = "|".join(sorted(things, key=len, reverse=True))
    verb = r"(?:[a-z]+ed|[a-z]+s|can|will|would|has|had|was|is)\b"
    opener = r"[\s\"\u201c(]*(?:[Oo]n\s+)?"
    for k in (index, index - 1) if index else (index,):
        start, end = intro_end(story, k), (at if k == index else story.sentences[k][1])
        run = re.match(
            rf"{opener}(?:[Tt]he\s+)?({TOKEN}(?:\s+{TOKEN})*(?:\s+(?:{heads}))?)\s+{verb}", story.text[start:end]
        )
        if run and run.group(1).split()[0].lower() not in FUNCTION_WORDS | NUMBER_WORDS:
            headed = run.group(1).split()[-1] in things  # "Harmon magazine": the magazine, though Harmon is a name
            if (headed or not story.person_named(run.group(1))) and not re.search(r"\d", run.group(1)):
                return start + run.start(1), run.group(1)  # "Harmon magazine started …, when it published"
        described = re.match(
            rf"{opener}((?:[Tt]he|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){{0,2}}?({heads}))(?:,|\s+{verb})",
            story.text[start:end],
        )
        writings = "|".join(sorted(DOCUMENT_HEADS | WRITINGS, key=len, reverse=True))
        sent = re.match(rf"{opener}[Aa]n?\s+(?:[\w-]+\s+){{0,2}}?({writings})\b", story.text[start:end])
        author = issuer(story, story.sentences[k][1] - 1, sent.group(1)) if sent and k < index else None
        if author:  # "A letter this month to the board from the staff union … '…,' it said": the union's
            sender = head_word(author[1]).lower()
            if author[1].lower().startswith("the ") and sender in INSTITUTION_HEADS:
                found = resolve_institution(story, author[0], sender)
                return author[0], found[1] if found and sender in found[1].lower().split() else author[1]
            return author[0], resolve_source(author[1], author[0], sources, story, depth + 1)
        if not described:  # an opening phrase on someone's writing: "On his website, Lee has …"
            start = story.sentences[k][0]
            described = re.match(rf"[\s\"\u201c(]*[Oo]n\s+((?:[Hh]is|[Hh]er)\s+({heads})),", story.text[start:end])
        if described:
            where, phrase, head = start + described.start(1), described.group(1), described.group(2)
            if head in INSTITUTION_HEADS | OUTLET_HEADS and phrase.lower().startswith("the"):
                body = resolve_institution(story, where, head)  # "The group seeks …": the one the story named
                return where, body[1] if body else phrase
            owned = not phrase.lower().startswith("the")  # "his website": his
            return where, resolve_source(phrase, where, sources, story, depth + 1) if owned else phrase
    return None


def _resolve_antecedent(phrase: str, at: int, sources: list[tuple[int, str]], story: Story, depth: int) -> str:
    """Whom the phrase a relative "which" or "that" stands for means: the owner of someone's words or writing ("Ann
    Lee's remarks, which" are hers), a description resolved as a source written so would be, else the phrase."""
    owned = re.fullmatch(rf"({TOKEN}(?:\s+{TOKEN})*)['\u2019]s?\s+(?:\S+\s+)*?(\S+)", phrase)
    said = DOCUMENT_HEADS | SPOKEN_HEADS
    if owned and (owned.group(2) in said or owned.group(2).removesuffix("s") in said):
        person = story.person_named(owned.group(1))
        return person.name if person else owned.group(1)
    return resolve_source(phrase, at, sources, story, depth) if needs_resolving(phrase) else phrase


def _nearest_group(sources: list[tuple[int, str]], at: int, story: Story) -> str | None:
    """The nearest annotated source in the sentence of `at` or the three before that names more than one person
    or a body ("the groups who wrote to her", "Acme and Bayline", "the FBI"): whom a "they" there means."""
    since = story.sentences[max(0, story.sentence_of(at) - 3)][0]
    for a, src in reversed(sources):
        low = src.lower().strip()
        if since <= a < at and low not in PRONOUNS and (names_body(src) or re.search(r"\sand\s", src)):
            return (
                resolve_source(src, a, sources, story, 2)
                if needs_resolving(src) and not is_plural(head_word(src))
                else src
            )
    return None


def _joined_subject(story: Story, at: int) -> str | None:
    """Two people joined by "and" as the subject that opens the main clause of the sentence of `at` or the one before
    ("Mr. Lee and Mr. Roe, who …, had moments where they …", "He and his partner came because they …", "She and her
    defenders argue …. They note …"), a he or she there written as whom it means."""
    name = rf"(?:{TOKEN}\s+)*{TOKEN}"
    one = rf"{name}|[Hh]e|[Ss]he|(?:[Hh]is|[Hh]er)\s+[a-z]+"
    index = story.sentence_of(at)
    for k in (index, index - 1) if index else (index,):
        start = intro_end(story, k)
        found = re.match(rf"[\s\"\u201c]*({one})\s+and\s+({one})\b", story.text[start : at if k == index else None])
        if not found or not (story.person_named(found.group(1)) or found.group(1).lower() in ("he", "she")):
            continue
        parts = []
        for group in (1, 2):
            words = found.group(group)
            if words.lower() in ("he", "she"):
                person = resolve_pronoun(story, start + found.start(group), PRONOUN_GENDER[words.lower()])
                if person is None:
                    return None
                words = person.name
            parts.append(words)
        return " and ".join(parts)
    return None


def _resolve_description(source: str, at: int, sources: list[tuple[int, str]], story: Story, depth: int) -> str:
    """A description naming someone ("the Clinton campaign", "her lawyer, David Kendall") stands as it is;
    one with a title or role ("the senator", "the company") means the nearest earlier person or source
    written with it; "her campaign" is the campaign of whom "her" means; a possessed one ("his wife"), a
    crowd, or one the story brought in unnamed ("an organizer … the organizer") otherwise stands; any
    other means whom a pronoun would."""
    head = re.sub(r"['\u2019]s$", "", head_word(source).lower())  # "the senator's" is the senator
    rest = " ".join(source.split()[1:])
    # a body's own name, of two capitalised words or one written as no common word is ("Not1More", "MoveOn")
    own_name = re.search(r"[A-Z][\w'\u2019.-]* [A-Z]|\b[A-Z]\w*(?:\d|[a-z][A-Z])\w*", rest)
    if story.person_named(rest) or (own_name and not story.is_role(head)):
        return source  # "the Clinton campaign", "the New York Times and Los Angeles Times each", "the People's Daily"
    if head in CROWDS:
        return source  # "the crowd chanted": no one person
    if head == "person":  # '"…," said a longtime aide. "…," the person added': whom the story keeps unnamed
        return unnamed_source_before(sources, at, story) or source
    writing = head in DOCUMENT_HEADS | WRITINGS | {"poll", "survey"}
    author = issuer(story, at, head) if writing and source.lower().startswith("the ") else None
    if author:  # "The Lee campaign sent an email … the email read": the campaign's words
        named = re.fullmatch(rf"{TOKEN}(?:\s+{TOKEN})*", author[1]) and not names_body(author[1])
        person = story.person_named(author[1]) if named else None  # not "Acme PAC" for someone named "Dale PAC"
        if person or not needs_resolving(author[1]):
            return person.name if person else author[1]  # "Gov. Ann Lee released a statement": Ann Lee
        body = head_word(author[1]).lower()
        if author[1].lower().startswith("the ") and body in INSTITUTION_HEADS:  # "a letter from the staff union"
            found = resolve_institution(story, author[0], body)
            return found[1] if found and body in found[1].lower().split() else author[1]
        return resolve_source(author[1], author[0], sources, story, depth + 1)
    possessor = re.match(r"(?:the|its|his|her|their)\s+(\w+)['\u2019]s\s", source.lower())
    if possessor and possessor.group(1) in DOCUMENT_HEADS and head not in AUTHORS:
        return source  # "the ad's narrator", "the video's host": someone only the writing brings in, not its author
    head = possessor.group(1) if possessor else head  # "the group's Web page" is the group's
    deputy = re.search(rf"\b({'|'.join(DEPUTIES)})[\s-]+{re.escape(head)}\b", source.lower())
    head = f"{deputy.group(1)} {head}" if deputy else head  # "the vice president" is no president
    owner = re.match(r"(his|her)\s", source.lower())
    if owner and head in INSTITUTION_HEADS | {"office"}:  # "her campaign": the campaign of the woman "her" means
        person = resolve_pronoun(story, at, PRONOUN_GENDER[owner.group(1)])
        if person:
            return f"{person.name}'s {rest}"
    said = DOCUMENT_HEADS | SPOKEN_HEADS
    if owner and not possessor and (head in said or head.removesuffix("s") in said):  # "his response", "her videos"
        person = resolve_pronoun(story, at, PRONOUN_GENDER[owner.group(1)])
        if person:
            return person.name
    outlet = head in OUTLET_HEADS or "editorial" in source.lower().split()
    if outlet and ((found := _nearest_outlet(story, at)) or head in OUTLET_HEADS):
        pass  # "the newspaper", "the editorial board": the news organisation last named, never another body
    elif head in INSTITUTION_HEADS:
        found = resolve_institution(story, at, head)
    elif is_plural(head):
        found = None
    else:  # "the Ohio senator and presidential candidate": whom the story last wrote with either role
        also = re.match(r"\S+\s+(?:\S+\s+)*?(\w+)\s+and\s", source)
        roles = [role for h in {head, also.group(1).lower() if also else head} if (role := resolve_role(story, at, h))]
        role = max(roles, key=lambda r: r[0], default=None)
        found = (role[0], role[1].name) if role else None
    by_source = [
        (a, src)
        for a, src in sources
        if a < at
        and src != source
        and (holds_role(src, head) if is_named(src) else bool(re.search(rf"(?<!\S){head}(?!\S)", src.lower())))
    ]
    if by_source and (found is None or by_source[-1][0] > found[0]):
        a, src = by_source[-1]
        return resolve_source(src, a, sources, story, depth + 1) if needs_resolving(src) and depth < 2 else src
    if found:
        return found[1]
    if source.lower().startswith(POSSESSIVES):
        return source
    if is_plural(head) and head not in DOCUMENT_HEADS:
        return source  # "the citizens", "the protesters": a body of people no one name stands for
    if head in INSTITUTION_HEADS:
        return _nearest_named(sources, at, story, None, people=False) or source
    if head not in DOCUMENT_HEADS and introduced_unnamed(story, at, head):
        return source  # "an organizer greeted them … the organizer said": someone the story never names
    if outlet:
        return source  # a news organisation the story names nowhere near is no person
    if head not in DOCUMENT_HEADS and (unnamed := unnamed_subject_before(story, at)):
        return unnamed  # "One aide inside the campaign said …. '…,' the insider said": that one, unnamed
    if head in COUNTERPARTS and not any(head in p.roles for p in story.people):
        return source  # "Lee was asked …. '…,' the moderator said": the one across from Lee, never named
    person = resolve_pronoun(story, at, gender_of_word(head))
    return person.name if person else _nearest_named(sources, at, story, gender_of_word(head)) or source


def _nearest_outlet(story: Story, at: int, reach: int = 3) -> tuple[int, str] | None:
    """The news organisation named nearest before `at` in its sentence or the ones before: a name with a word
    newspapers and broadcasters are named with ("Daily News", "Fox News", "Wall Street Journal") or a
    broadcaster's call letters ("CNN", "MSNBC")."""
    lo = story.sentences[max(0, story.sentence_of(at) - reach)][0]
    for a, b in reversed(story.institutions):
        name = story.text[a:b].rstrip(".,")
        if lo <= a < at and (set(name.split()) & MEDIA_WORDS or re.fullmatch(r"[A-Z]*(?:NN|BC|BS|PR)", name)):
            return a, name
    return None


def _nearest_named(
    sources: list[tuple[int, str]], at: int, story: Story, gender: str | None, people: bool = True
) -> str | None:
    """The nearest earlier annotated source that names someone of that gender (or of none known; for a
    gender, never a body such as "the FBI" or "a new poll", nor a first name the list gives only the other
    gender when the story does not tell); with people False, one that names no person (a body, a document)."""
    for a, src in reversed(sources):
        if a < at and is_named(src) and not needs_resolving(src):
            person = story.person_named(src)
            if not people and not (person and head_word(src)[:1].isupper()) and not is_plural(head_word(src).lower()):
                return src
            if people and gender and person is None and names_body(src):
                continue
            if people and gender and (person is None or person.gender is None) and first_name_not_of(src, gender):
                continue
            if people and (gender is None or person is None or person.gender in (None, gender)):
                return src
    return None

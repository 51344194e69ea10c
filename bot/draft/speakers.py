"""Who a mention names as a speaker: the speakers met so far in the story, and what a pronoun ("he",
"they"), a description ("the senator") or a document ("the statement") stands for when it speaks.

Used by :mod:`bot.draft.quotes`, which finds the mention that cues each quotation.
"""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.antecedents import antecedent
from bot.draft.cueafter import MEDIUM_VERB, SPEAKER_TAIL
from bot.draft.cues import named_words_owner, words_came_from
from bot.draft.descriptions import NAMED_ONLY_BY_WHAT_IT_IS
from bot.draft.documents import issuer, named_on, plaintiff, unnamed_document
from bot.draft.mentions import Entity, Mention, named_from
from bot.draft.names import is_modifier
from bot.draft.paragraphs import Paragraph
from bot.draft.roleholders import part_holder, role_holder
from bot.draft.roles import owned_body, owned_role_holder
from bot.draft.speechties import HEARER_VERBS
from bot.draft.speechverbs import ADVERBS, WORD
from bot.draft.story import Story

# "the governor's spokeswoman": a description of someone by whose they are
OWNED_DESCRIPTION = re.compile(r"\w[\u2019']s\s+(?:[\w-]+\s+)*[\w-]+$")


class Speakers:
    """Who has spoken so far, in text order: news writes "he said" or "the senator said" for the
    person it last quoted or reported as saying something, so a pronoun or a description as speaker
    points back to the last compatible named one (same gender; "it" to an organisation), looking
    back a few paragraphs at most."""

    REACH = 6  # paragraphs

    def __init__(self):
        self.named: list[tuple[int, int, Entity]] = []
        self.quoted: dict[tuple[int, int], Entity] = {}  # (paragraph, offset of the quotation) → its speaker
        self.described: dict[Entity, tuple[int, Entity]] = {}  # description → (paragraph, named person it meant)

    def add(self, entity: Entity | None, paragraph: int, offset: int):
        if entity is not None and not entity.anon:
            self.named.append((paragraph, offset, entity))
            self.named.sort(key=lambda item: item[:2])

    def learn(self, par: Paragraph, story: Story):
        """Every name a speech verb is tied to ("Doe said", "said Doe", "Doe also told"), every "he" or
        "she" so tied ("He said:"), as the person it points back to, and every "they" so tied ("they argue")."""
        for m in par.mentions:
            if m.kind == "anaphor" and m.entity is not None and not m.prep and not m.possessive:
                verb = re.match(ADVERBS + r"([a-z]+)", par.masked[m.end : m.end + 40].lstrip(" ,"))
                if verb and verb[1] in lx.SPEECH_VERBS:  # "the senator said, …": whom it meant, for a later one
                    named_speaker(m, par.index, self, story)
                continue
            if m.kind not in ("name", "pronoun") or m.entity is None or m.prep or m.possessive:
                continue
            if is_modifier(m.entity):
                continue  # "a heavily Democratic state.": an adjective before a noun that is also a verb
            if m.kind == "pronoun" and m.text.lower() not in ("he", "she", "they"):
                continue
            after = re.match(ADVERBS + r"([a-z]+)", par.masked[m.end : m.end + 40].lstrip(" ,"))
            before = re.search(r"(?<![\w-])([a-z]+)\s+$", par.masked[max(0, m.start - 20) : m.start])
            hearer = before and before[1] in HEARER_VERBS
            if before and _said_by_another(par, m.start - len(before[0])):
                before = None  # "Doe said Roe would …": Roe is what Doe said, not who said it
            apposed = m.kind == "name" and _apposed_then_speaks(par, m)  # "Doe, the director of X, said."
            medium = MEDIUM_VERB.match(par.masked, m.end) if m.kind == "name" else None  # "the Acme website notes"
            if (
                (after and after[1] in lx.SPEECH_VERBS)
                or (medium and medium["verb"] in lx.SPEECH_VERBS)
                or (before and before[1] in lx.SPEECH_VERBS and not hearer)
                or apposed
            ):
                # "they argue": the group the story's sentences put "they" on speaks, for a later "they write"
                entity: Entity | None = m.entity
                if m.kind == "pronoun" and m.text.lower() != "they":
                    entity = antecedent(story.paragraphs, par.index, m.start, "person", m.gender, quoted=self.quoted)
                self.add(entity, par.index, m.start)

    def cue_before(self, par: Paragraph, pos: int, story: Story, subject_speaks: bool = False) -> Entity | None:
        """The speaker a sentence just before ``pos`` introduces: "Doe agreed." or "Doe said:"; with
        ``subject_speaks``, also the person the sentence is about ("Doe is unapologetic. '…'")."""
        before = [(start, end) for start, end in par.sentences if end <= pos + 1]
        if not before:
            return None
        start, end = before[-1]
        # "Why was he out in the heat? '…'": with ``subject_speaks``, a question about someone is answered by them
        if not re.search(r"[.:,]\s*$" if not subject_speaks else r"[.:,?]\s*$", par.masked[start:end]):
            return None
        ties = [(off, e) for at, off, e in self.named if at == par.index and start <= off < end]
        tied = [e for _, e in ties]
        if len(ties) > 1 and REPORTS_CLAUSE.match(par.masked, ties[0][0], end):
            return tied[0]  # "The Gazette reported that night Doe testifies …": the reporter, not a name it reports
        if tied or not (subject_speaks or par.masked[start:end].rstrip().endswith(":")):
            return tied[-1] if tied else None
        # "He then listed what the pier needs:" — a colon hands over to the sentence's subject, which an
        # opening clause ("Painting Doe as a threat, the ads …", "Asked about the $410,000, Doe …") is not.
        opening = lx.OPENING_CLAUSE.match(par.masked, start)
        first = opening.end() if opening else start
        subject = next((m for m in par.mentions if first <= m.start < end and not m.prep and not m.possessive), None)
        if (
            subject is None
            or subject.entity is None
            or (subject.kind == "pronoun" and subject.text not in ("he", "she"))
        ):
            # "Here is an excerpt of her remarks:", "According to the outlet:" and "The first question came from
            # Jane Doe.": whose words follow
            colon = par.masked[start:end].rstrip().endswith(":")
            if colon and (according := ACCORDING_TO_COLON.match(par.masked, first)):
                source = named_from(par.mentions, par.masked, according.end())
                return source.entity if source is not None else None
            return named_words_owner(par, start, end) if colon else words_came_from(par, start, end)
        if subject.kind == "pronoun":
            return antecedent(story.paragraphs, par.index, subject.start, "person", subject.gender, quoted=self.quoted)
        if subject.kind in ("anon", "anaphor") and subject.entity.kind == "person" and not subject.entity.plural:
            return named_speaker(subject, par.index, self, story)  # "The senator shrugged. "…"": whom it describes
        return subject.entity if subject.kind == "name" and subject.entity.kind == "person" else None

    def last(self, paragraph: int, offset: int, kind: str | None, gender: str | None) -> Entity | None:
        for at, pos, entity in reversed(self.named):
            if (at, pos) >= (paragraph, offset):
                continue
            if paragraph - at > self.REACH:
                return None
            if kind and entity.kind != kind:
                continue
            if gender in ("m", "f") and entity.gender not in (None, gender):
                continue
            return entity
        return None


# After "their" or "its": a writing of theirs ("their complaint", "its latest report")
OWNED_WRITING = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?" + lx.DOCUMENT + r"\b")
ACCORDING_TO_COLON = re.compile(r"\s*[Aa]ccording to\s+(?=[^,;:]*:\s*$)")  # "According to the outlet:"
# A name, then a verb of reporting and the clause it reports, to the end of the sentence with no break (not a colon,
# which hands over to the name in the clause: "The Gazette reported that Doe said:")
REPORTS_CLAUSE = re.compile(r"[^,;:]{0,60}?\b(?:reported|reports|wrote|writes)\b(?:\s+that\b)?[^,;:]*$")


def _said_by_another(par: Paragraph, verb_start: int) -> bool:
    """A name or "he"/"she" right before the verb at ``verb_start`` is its subject."""
    subject_end = len(par.masked[:verb_start].rstrip())
    return any(m.end == subject_end and m.kind in ("name", "pronoun") and not m.possessive for m in par.mentions)


def _apposed_then_speaks(par: Paragraph, mention: Mention) -> bool:
    """A name set off by an apposition and then a speech verb, no other name between: "Doe, the director
    of the Acme Party said in a statement."."""
    start, end = par.sentence_of(mention.start)
    for verb in WORD.finditer(par.masked, mention.end, min(end, mention.end + 160)):
        if verb.group() in lx.SPEECH_VERBS:
            between = par.masked[mention.end : verb.start()]
            tag = re.match(r"\s*\([^()]{1,40}\)", between)  # "(R-Ohio)" is the name's own party tag
            others = any(
                mention.end + (tag.end() if tag else 0) <= m.start < verb.start()
                and m.kind in ("name", "pronoun")
                and not m.prep
                for m in par.mentions
            )
            return (
                between[tag.end() if tag else 0 :].startswith(",")
                and not others
                and bool(SPEAKER_TAIL.fullmatch(between))
            )
    return False


def named_speaker(mention: Mention, paragraph: int, speakers: Speakers, story: Story) -> Entity:
    """The speaker a mention stands for: a pronoun, or a description seen for the first time ("the
    senator"), is the last compatible named speaker when there is one."""
    entity = mention.resolved
    if mention.possessive and (owned := owned_role_holder(story.paragraphs[paragraph].masked, mention, story.cast)):
        return owned  # "Doe's spokeswoman said": someone the story does not name, who speaks for Doe
    if mention.possessive and (body := owned_body(story.paragraphs[paragraph].masked, mention, story.cast)):
        return body  # "Doe's campaign said": the campaign speaks, not Doe
    if mention.kind == "pronoun" and mention.text == "it" and (paper := _document_lead(story, paragraph, mention)):
        return paper  # "A letter from the staff union … . '…,' it said": the letter's sender speaks
    if mention.kind == "pronoun" and mention.text.lower() in ("their", "its"):
        writing = OWNED_WRITING.match(story.paragraphs[paragraph].masked, mention.end)
        author = document_author(story, paragraph, mention.start, writing[0]) if writing else None
        if author is not None:
            return author  # "The suit was brought by Acme. Their complaint alleged …": whoever issued the writing
    if mention.kind == "pronoun":
        return _pronoun_speaker(mention, paragraph, speakers, story)
    if mention.kind == "org-anaphor" and (body := _body_leading_before(story, paragraph, mention)) is not None:
        return body
    if mention.kind in ("anon", "anaphor") and (named := _named_as(story.paragraphs[paragraph], mention)) is not None:
        return named  # "a woman named Jane Doe", "the man, who gave his name as John Doe,"
    if mention.kind == "anaphor" and _may_be_named(entity):
        return _description_speaker(mention, paragraph, speakers, story)
    return entity


# After a description of someone, the words that give their name: "a woman named", "the man, who gave his name as"
NAMED_AS = re.compile(
    rf"(?P<named>\s+named\s+)|,\s+(?:who\s+gave\s+(?:{lx.PEOPLE_POSSESSIVE})\s+name\s+as|identified\s+as|whose\s+name\s+is)\s+"
)


# A comma after a description, then the name it sets off ("A lawyer for the company, Jane Doe, declined"), its title
# perhaps qualified ("Its chairman, state Sen. Jane Doe, called")
APPOSED_NAME = re.compile(r",\s+(?:(?:state|former|then|acting|interim)\s+)?(?=[A-Z])")


def _named_as(par: Paragraph, description: Mention) -> Entity | None:
    """The named person a description of one unnamed person is said to be ("a woman named Jane Doe", not "the mayor
    named Doe his deputy"), or whose name it sets off in commas ("a lawyer for Acme, Jane Doe, declined")."""
    said = NAMED_AS.match(par.masked, description.end)
    apposed = None if said else APPOSED_NAME.match(par.masked, description.end)
    if said and said["named"] and not re.match(r"[Aa]n?\s", description.text):
        return None
    found = said or apposed
    at = found.end() if found is not None else -1
    name = next((m for m in par.mentions if m.start == at and m.kind == "name"), None)
    if apposed and name is not None and not par.masked.startswith(",", name.end):
        return None  # "a lawyer for Acme, Doe and Roe": a list, not a name set off in apposition
    if name is None or name.resolved.kind != "person" or name.resolved.anon or description.resolved.plural:
        return None
    return name.resolved


def _body_leading_before(story: Story, paragraph: int, description: Mention) -> Entity | None:
    """The body a description such as "the group" leading its sentence stands for when the sentence before it (in
    its paragraph, else the last of the paragraph before) opens with a name an "it" there stands for ("Bayline Ferries
    issued a statement saying it …" "'…,' the group said"), the "it" showing the name is a body's."""
    if description.text.split()[-1].lower() not in NAMED_ONLY_BY_WHAT_IT_IS:
        return None
    par = story.paragraphs[paragraph]
    begin, _ = par.sentence_of(description.start)
    if any(begin <= m.start < description.start and m.entity is not None for m in par.mentions):
        return None  # the description does not lead its sentence
    before = [(start, end) for start, end in par.sentences if end <= begin + 1 and start < begin]
    if not before and paragraph > 0 and story.paragraphs[paragraph - 1].sentences:
        par = story.paragraphs[paragraph - 1]
        before = par.sentences[-1:]
    if not before:
        return None
    start, end = before[-1]
    lead = _sentence_subject(par, start, end)
    if lead is None or lead.kind != "name" or lead.possessive or lead.resolved.anon:
        return None
    body = lead.resolved
    said_it = any(
        start <= m.start < end and m.kind == "pronoun" and m.text.lower() == "it" and m.entity is body
        for m in par.mentions
    )
    return body if said_it else None


def _may_be_named(entity: Entity) -> bool:
    """A description that may stand for someone the story names ("the former president"): not a named person, one
    whose name is withheld, a group, nor someone described only as "the person"."""
    return entity.anon and not (entity.withheld or entity.plural or entity.head in lx.GENERIC_HEADS)


def _pronoun_speaker(pronoun: Mention, paragraph: int, speakers: Speakers, story: Story) -> Entity:
    """Whom a pronoun as a speaker stands for: "he", "she" or "it" what it points back to (a description there, the
    named person it stands for); "his" or "her" the person the story's sentences put it on, when of its sex; "they"
    a group; else the last compatible speaker."""
    entity = pronoun.resolved
    if pronoun.text == "it" and (body := _body_leading(story, paragraph, pronoun)) is not None:
        return body  # "Doe's campaign moved quickly. It posted the video with the caption "…""
    if pronoun.text in ("he", "she", "it"):
        kind = "organisation" if pronoun.text == "it" else "person"
        found = antecedent(story.paragraphs, paragraph, pronoun.start, kind, pronoun.gender, quoted=speakers.quoted)
        if found is not None and _may_be_named(found) and not _placed_unnamed(story, found):
            # "The former president … ." "'…,' he said": the description stands for a named person.
            found = (
                role_holder(story.paragraphs, paragraph, pronoun.start, found.head, found.name)
                or antecedent(story.paragraphs, paragraph, pronoun.start, kind, pronoun.gender, named_only=True)
                or found
            )
        return found or entity
    if pronoun.text in lx.PERSON_POSSESSIVES and pronoun.entity is not None:
        if pronoun.entity.kind == "person" and pronoun.entity.gender == pronoun.gender:
            return pronoun.entity  # "His office said": the man the story's sentences put "his" on, known to be one
    group = _group_subject(story, paragraph, pronoun) if pronoun.text == "they" else None
    group = group or (_group_nearby(story, paragraph, pronoun) if pronoun.text == "they" else None)
    if group is not None:
        return group
    wanted = "organisation" if pronoun.text in ("it", "its") else None if pronoun.text == "they" else "person"
    return speakers.last(paragraph, pronoun.start, wanted, pronoun.gender) or entity


# What places someone new right after a description: "a retired teacher from Mesa", "a nurse, 34,"
PLACED = re.compile(r"\s+from\s+[A-Z]|,\s+\d{2},")


def _placed_unnamed(story: Story, entity: Entity) -> bool:
    """The story brings the person in unnamed with their town or age ("A retired teacher from Mesa held up her
    notice"), as it does someone it quotes without a name, so a "she" meaning them is no one it names."""
    return any(
        m.entity is entity and m.kind == "anon" and PLACED.match(par.masked, m.end)
        for par in story.paragraphs
        for m in par.mentions
    )


def _body_leading(story: Story, paragraph: int, pronoun: Mention) -> Entity | None:
    """The body of a person's that leads the sentence before "it" in its paragraph ("Doe's campaign moved quickly. By
    Friday, it had posted …"), when nothing is named before "it" in its own sentence."""
    par = story.paragraphs[paragraph]
    begin, _ = par.sentence_of(pronoun.start)
    if _named_first(par, begin, pronoun):
        return None
    before = [(start, end) for start, end in par.sentences if end <= begin + 1 and start < begin]
    lead = _sentence_subject(par, *before[-1]) if before else None
    if lead is None or not lead.possessive or lead.kind != "name":
        return None
    return owned_body(par.masked, lead, story.cast)


def _description_speaker(description: Mention, paragraph: int, speakers: Speakers, story: Story) -> Entity:
    """Whom a description of one unnamed person as a speaker ("the judge said") stands for: the named holder of its
    role, the unnamed person met before as such, someone described by whose they are, the named person it meant
    before, else the named person or speaker it points back to; else the description itself. The other side of an
    exchange ("the moderator") nobody is named as stays unnamed."""
    entity = description.resolved
    holder = role_holder(story.paragraphs, paragraph, description.start, entity.head, description.text)
    if holder is not None:
        return holder  # "A federal judge ruled …" then "Judge Jane Doe …": "the judge said" is Doe
    if _met_before(story, entity, paragraph, description.start):
        return entity  # "a woman asked …" "…," the woman said: the unnamed person met before
    if entity.head in lx.COUNTERPARTS:
        # "Doe was asked …. '…,' the moderator said": the one across from Doe, named only where the story says who
        # held the part ("moderated by Jane Roe")
        return part_holder(story.paragraphs, paragraph, description.start, entity.head) or entity
    if OWNED_DESCRIPTION.search(description.text) or _named_for_someone(story, description.text):
        # "the senator's spokeswoman said", "the Doe supporter said": someone the story has not named, not Doe
        return entity
    earlier = speakers.described.get(entity)
    if earlier is not None and paragraph - earlier[0] <= Speakers.REACH:
        return earlier[1]  # "the Vermont senator said" meant Doe, so a later "the senator said" does too
    since = _past_opening(story.paragraphs[paragraph], description)
    named = antecedent(story.paragraphs, paragraph, since, "person", entity.gender, named_only=True)
    last = speakers.last(paragraph, description.start, "person", entity.gender)
    if (
        named is not None
        and last is not None
        and _titled_otherwise(named, entity.head)
        and not _titled_otherwise(last, entity.head)
    ):
        named = last  # "Mayor Doe disbanded the unit. '…,' the candidate said": not the mayor, the last to speak
    named = named or last
    if named is not None and _titled_otherwise(named, entity.head):
        # "Gov. Doe signed it." … eleven paragraphs on, after Sen. Roe: "the governor said" is still Doe
        far = role_holder(story.paragraphs, paragraph, description.start, entity.head, description.text, paragraph + 1)
        named = far or named
    if named is not None:
        speakers.described[entity] = (paragraph, named)
    return named or entity


def _titled_otherwise(person: Entity, head: str) -> bool:
    """The story gives the person a title or role, and it is not the description's ("Mayor" for "the candidate")."""
    words = [lx.TITLE_WORDS.get(w, w) for w in re.findall(r"[a-z][a-z-]*", (person.role or "").lower())]
    return bool(words) and head.lower() not in words


def _past_opening(par: Paragraph, description: Mention) -> int:
    """Where to read back from for whom a description leading its main clause means: the start of its sentence when an
    opening clause comes before it ("In an interview with Doe, the candidate said": not Doe), else the description."""
    start, _ = par.sentence_of(description.start)
    opening = lx.OPENING_CLAUSE.match(par.masked, start)
    return start if opening is not None and opening.end() == description.start else description.start


def _group_subject(story: Story, paragraph: int, pronoun: Mention) -> Entity | None:
    """What "they" as a speaker stands for when its own sentence, or else the one before, has a group or a
    body as its subject ("Acme Democrats blocked the bill because they said …", "Local farmers rallied.
    They argued …"); a sentence led by someone else leaves "they" to the speakers met before. When every sentence
    before it in reach is led by "they" too, as where the quotation opens its paragraph, the sentences of the
    paragraphs before are read the same way ("three economists … . They examined … . '…,' they argued")."""
    par = story.paragraphs[paragraph]
    before = [(start, end) for start, end in par.sentences if start < pronoun.start]
    chained = True  # every sentence read so far is led by "they"
    for start, end in reversed(before[-2:]):
        subject = _sentence_subject(par, start, min(end, pronoun.start))
        if subject is None or subject.kind == "pronoun" or subject.possessive:
            chained = chained and (subject is None or subject.text == "they")
            continue
        return _group(subject.resolved)
    if not chained or len(before) > 2:
        return None
    for index in range(paragraph - 1, max(-1, paragraph - 4), -1):
        earlier = story.paragraphs[index]
        for start, end in reversed(earlier.sentences):
            subject = _sentence_subject(earlier, start, end)
            if subject is None or (subject.kind == "pronoun" and subject.text in ("they", "They")):
                continue  # "Or at least it hasn't happened yet.", "They examined …": read on back
            if subject.kind == "pronoun" or subject.possessive:
                return None
            return _group(subject.resolved)
    return None


PAIR_NEXT = re.compile(r"\s+and\s+(?:[a-z]+\s+){0,2}[\w-]+\s+[a-z]+")  # "she and her defenders argue"


def _group_nearby(story: Story, paragraph: int, pronoun: Mention) -> Entity | None:
    """The group or body named nearest before "they" in its own sentence or the one before, wherever it stands
    ("… greeted by the Acme Union. They will hold banners proclaiming: "…""), or a group described ("the groups");
    a body only described ("met the guild"), and a pair leading a sentence ("Doe and her aides argue"), are left to
    the speakers before."""
    par = story.paragraphs[paragraph]
    before = [(start, end) for start, end in par.sentences if start < pronoun.start][-2:]
    if not before:
        return None
    for start, end in before:
        lead = _sentence_subject(par, start, min(end, pronoun.start))
        if lead is not None and lead.start < pronoun.start and PAIR_NEXT.match(par.masked, lead.end):
            return None  # "She and her aides argue … . They note …": the pair, of whom the speakers before tell
    found = [
        m
        for m in par.mentions
        if before[0][0] <= m.start < pronoun.start and m.entity is not None and m.kind != "pronoun"
    ]
    groups = (m.resolved for m in reversed(found) if m.kind == "name" or m.resolved.plural)
    return next((e for e in groups if _group(e) is not None), None)


def _sentence_subject(par: Paragraph, start: int, stop: int) -> Mention | None:
    opening = lx.OPENING_CLAUSE.match(par.masked, start)
    first = opening.end() if opening else start
    return next((m for m in par.mentions if first <= m.start < stop and m.entity is not None and not m.prep), None)


def _group(entity: Entity) -> Entity | None:
    """The entity, if a group of people or a body that is not a place."""
    if entity.plural and entity.kind == "person" or entity.kind == "organisation" and not lx.is_place(entity.name):
        return entity
    return None


def document_author(story: Story, paragraph: int, pos: int, cue: str = "") -> Entity | None:
    """Who wrote the statement, letter or complaint quoted: the body or person the story says issued one
    nearby ("Acme Ferries issued a statement"), or put its name on the writing the cue names ("the Acme poll"),
    else, unless the writing is one a body puts out (`lexicon.BODY_WORKS`), the person or body named before it; never a
    country or state ("Belgium")."""
    author = (
        issuer(story, paragraph, pos)
        or plaintiff(story, paragraph, pos)
        or named_on(story, paragraph, pos, cue)
        or (None if _body_work(cue) else antecedent(story.paragraphs, paragraph, pos, None, None, named_only=True))
    )
    return None if author is None or lx.is_place(author.name) else author


def _body_work(cue: str) -> bool:
    """The cue names a writing a body puts out ("the poll", "the court's order"), which the story leaves unnamed
    rather than guessed from whoever it named last ("Unnamed poll", not the professor quoted before it)."""
    paper = re.search(r"\b" + lx.DOCUMENT + r"\b", cue)
    return paper is not None and paper[0].lower().removesuffix("s") in lx.BODY_WORKS


def _met_before(story: Story, entity: Entity, paragraph: int, pos: int) -> bool:
    """The unnamed person was introduced earlier as such ("a woman asked …", "the mayor's spokesman said …"), so "the
    woman" or "the spokesman" is that person (and not, as "the president" is, a named one described)."""
    return any(
        m.entity is entity
        and (m.kind == "anon" or (m.kind == "anaphor" and _owned_speaker(par.masked, m)))
        and (par.index, m.start) < (paragraph, pos)
        for par in story.paragraphs[: paragraph + 1]
        for m in par.mentions
    )


def _owned_speaker(masked: str, mention: Mention) -> bool:
    """A description by whose the person is that a verb of saying follows: "the mayor's spokesman said"."""
    verb = re.match(r",?\s+(?:[a-z]+ly\s+)?([a-z]+)\b", masked[mention.end :])
    return OWNED_DESCRIPTION.search(mention.text) is not None and verb is not None and verb[1] in lx.SPEECH_VERBS


def _named_for_someone(story: Story, description: str) -> bool:
    """The description is made with a named person's name before its noun ("the Doe supporter", "a Doe aide"): it
    describes someone by their tie to that person, whom the story has not named as such."""
    for run in re.finditer(r"(?<=\s)[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*)*(?=\s+[a-z])", description):
        found = story.cast.lookup(run[0])
        if found is not None and found.kind == "person" and not found.anon and not lx.is_place(run[0]):
            return True
    return False


# A writing that leads its sentence ("A letter this month to the board from the staff union", "The post"), and who
# sent it when the phrase says so
DOCUMENT_LEAD = re.compile(r"(?:A|An|The|This|That)\s+(?:[\w\u2019'-]+\s+){0,3}?" + lx.DOCUMENT + r"\b")
SENT_FROM = re.compile(r"[^,;:.]{0,60}?\s(?:from|by)\s+")


def _named_first(par: Paragraph, start: int, pronoun: Mention) -> bool:
    """Whether someone or something named comes before the pronoun in its sentence."""
    return any(m is not pronoun and start <= m.start < pronoun.start and not m.prep for m in par.mentions)


def _document_lead(story: Story, paragraph: int, pronoun: Mention) -> Entity | None:
    """What "it" as a speaker stands for when its own sentence, or else the one before, opens with a writing: the
    body or person the phrase says it is from, else the one the story says issued it, else the writing itself."""
    par = story.paragraphs[paragraph]
    sentences = [(start, end) for start, end in par.sentences if start <= pronoun.start]
    if len(sentences) == 1 and paragraph > 0 and story.paragraphs[paragraph - 1].sentences:
        # "The email includes a photo." / "At the bottom it reads, "…"": the paragraph before opens on the writing
        before = story.paragraphs[paragraph - 1]
        start, end = before.sentences[-1]
        paper = DOCUMENT_LEAD.match(before.masked, start)
        if paper is not None and not _named_first(par, sentences[0][0], pronoun):
            return issuer(story, paragraph, pronoun.start) or plaintiff(story, paragraph, pronoun.start)
    for start, end in reversed(sentences[-2:]):
        opening = lx.OPENING_CLAUSE.match(par.masked, start)
        first = opening.end() if opening else start
        stop = min(end, pronoun.start)
        lead = next((m for m in par.mentions if m is not pronoun and first <= m.start < stop and not m.prep), None)
        if lead is not None and lead.start < first + 3:
            return None  # the sentence opens with someone or something named, or with "It", read the usual way
        paper = DOCUMENT_LEAD.match(par.masked, first)
        if paper is None:
            continue
        sent = SENT_FROM.match(par.masked, paper.end())
        sender = named_from(par.mentions, par.masked, sent.end()) if sent else None
        if sender is not None and sender.entity is not None and sender.kind in ("name", "org-anaphor", "anon"):
            return sender.entity
        author = issuer(story, paragraph, pronoun.start) or plaintiff(story, paragraph, pronoun.start)
        return author or unnamed_document(story, paper[0])
    return None

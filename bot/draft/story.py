"""One pass over the cleaned story: quotation spans, sentences, transcript turns and the cast."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.draft import lexicon as lx
from bot.draft.clean import Article
from bot.draft.mentions import Entity, Mention, owns
from bot.draft.names import Cast, is_modifier
from bot.draft.namewords import PEOPLES, deputy_of
from bot.draft.text import QuoteSpan, find_quotes, fold_double_apostrophes, mask_quotes, sentence_spans
from bot.first_names import first_name_genders, usual_sex

TURN_LABEL = re.compile(
    r"^(?P<label>Q|A|[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}"
    r"|[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,2})"
    r"(?: \([^)]{1,60}\))?:\s+(?P<text>\S.*)$"
)

GENDERED = re.compile(r"\b(?:[Hh]e|[Hh]imself|[Ss]he|[Hh]erself)\b")
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
GENDER_OF = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
HEARER_VERBS = {"told", "tell", "tells", "telling", "urged", "urging", "warned", "warning", "thanked", "praised",
                "criticized", "criticised", "slammed", "blasted", "called", "calling", "asked", "asking"}  # fmt: skip
REACH = 4  # paragraphs a pronoun looks back
# mentions the nearest-person fallback looks back: a few paragraphs of names, past which a bare "he" is no longer
# read as someone met that far back
NEAREST_REACH = 60
# A verb right after a name that follows "said": the name is the subject of what was said ("said Roe was")
CLAUSE_VERB = re.compile(
    r"\s+(?:[a-z]+ed|was|is|were|are|has|had|have|would|will|could|should|might|must|can|does|did|"
    r"wants|needs|thinks|believes|continues|remains)\b"
)
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
CAPITALISED = re.compile(r"[A-Z][\w\u2019'-]+")  # a word of a name in a headline
PARTICIPLE_LEAD = re.compile(  # "Asked about …, she", "Praising Doe, he": not "According to Doe, he"
    r"\s*(?:(?:But|And|Yet|So),?\s+)?(?:(?i:when|while|after|before)\s+)?(?:[Aa]sked|[Pp]ressed|(?![Aa]ccording|[Dd]uring|[Rr]egarding|[Ii]ncluding)[A-Za-z][a-z]+ing)\b"
)
SPEECH_AFTER = re.compile(r"[\s,]*(?:\w+ly\s+|also\s+|later\s+|then\s+|has\s+|had\s+|have\s+)*([a-z]+)")

DATELINE = re.compile(
    r"^[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+)*"
    r"(?:(?:,|\s\()[^\u2014\u2013\n]{0,90}?(?=\s(?:--|-|\u2014|\u2013)\s)"
    r"|(?=\s(?:--|-|\u2014|\u2013)\s))"
)


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


@dataclass
class Paragraph:
    index: int
    text: str
    quotes: list[QuoteSpan]
    masked: str
    sentences: list[tuple[int, int]]
    mentions: list[Mention] = field(default_factory=list)
    turn_label: str | None = None
    turn_start: int = 0

    @property
    def starts(self) -> set[int]:
        return {s for s, _ in self.sentences} | {0}

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= pos < end:
                return start, end
        return self.sentences[-1] if self.sentences else (0, len(self.text))


class Story:
    """The article's paragraphs, analysed once and shared by the quote, fact and people passes."""

    def __init__(self, article: Article, first_names: Mapping[str, str] | None = None):
        """``first_names`` maps a given name to the sex its bearers usually have (default: the shipped
        table); it is consulted only for people the article itself leaves without one."""
        self.article = article
        turns = _turn_candidates(article.paragraphs)
        self.paragraphs: list[Paragraph] = []
        for i, text in enumerate(article.paragraphs):
            if i in turns:
                label, start = turns[i]
                blank = " " * len(text)
                par = Paragraph(i, text, [], blank, [(start, len(text))], turn_label=label, turn_start=start)
            else:
                marked = fold_double_apostrophes(text)
                quotes = find_quotes(marked)
                masked = mask_quotes(marked, quotes)
                dateline = DATELINE.match(masked) if not self.paragraphs else None
                if dateline:  # the dash after it too ("DOVER, May 2 (UPI) — In response to …,"): no word of the text
                    dash = re.match(r"\s(?:--|-|\u2014|\u2013)\s", masked[dateline.end() :])
                    end = dateline.end() + (dash.end() if dash else 0)
                    masked = " " * end + masked[end:]
                par = Paragraph(i, text, quotes, masked, sentence_spans(marked, quotes))
            self.paragraphs.append(par)
        first_names = first_name_genders() if first_names is None else first_names
        self.cast = Cast(first_names)
        for par in self.paragraphs:
            self.cast.learn(par.masked, par.starts)
        for par in self.paragraphs:
            par.mentions = self.cast.scan(par.text, par.masked, par.starts)
        self._resolve_pronouns()
        self._settle_genders(first_names)
        self._guess_genders(first_names)
        self._settle_speakers()
        last: dict[str, Entity] = {}  # the person the last "he" and the last "she" stand for
        for par in self.paragraphs:  # a "he" or "she" that found no one while names were still being sorted out
            for m in par.mentions:
                if m.kind == "pronoun" and m.entity is None and m.text in ("he", "she"):
                    found = self.antecedent(par.index, m.start, "person", m.gender)
                    m.entity = found or self._headline_person(m.gender)
                elif m.kind == "pronoun" and m.text in ("he", "she") and _other_sex(m):
                    # "she" taken for a "Donald Doe" whose sex was not known yet: the woman the sentences before name,
                    # else the one the "she" before it stands for
                    found = self.antecedent(par.index, m.start, "person", m.gender) or last.get(m.text)
                    m.entity = found if found is not None and found.gender == m.gender else m.entity
                elif m.kind == "pronoun" and m.text in ("his", "her") and (m.entity is None or m.entity.gender is None):
                    # "… in Sen. Doe's case, … . His office said": read again once given names have settled sexes, a
                    # "his" taken for someone of no known sex is the man the sentences before name
                    found = self.antecedent(par.index, m.start, "person", m.gender)
                    m.entity = found if found is not None and found.gender == m.gender else m.entity
                if m.kind == "pronoun" and m.text in ("he", "she") and m.entity is not None:
                    last[m.text] = m.entity

    def _resolve_pronouns(self):
        """Whom each pronoun stands for, in text order, read as the sexes first given (titles, roles) allow:
        "he", "she", "his", "her", "they" and "their" through :meth:`antecedent`, else the nearest person;
        "it" and "its" the nearest person too, as the cue finders read a sentence's subject through it (whom
        "it" means as a speaker, a body, is worked out with the quotation)."""
        for par in self.paragraphs:
            for m in par.mentions:
                if m.kind != "pronoun":
                    continue
                same = _opening_pronoun(par, m)
                if same is not None:
                    m.entity = same  # "As they marched, they chanted": the clause's "they" and the main one's
                    continue
                gender = None if m.gender == "n" else m.gender
                found = self.antecedent(par.index, m.start, "person", gender) if gender else None
                m.entity = found or self._nearest(par.index, m.start, gender)

    def _settle_genders(self, first_names):
        """A named person's gender, where no title or role gave it, is the one the story's own
        pronouns give them: "he" or "her" in a sentence where that person is the only one named
        before it counts as a vote, unless the sentence opens with someone else, or with a person after a
        preposition or as a possessor, or when it stands in a that-clause after the person and the sex is not
        the one usual for the person's first name ("Walter Doe told us that she …"). Against the sex usual for the
        first name, one vote is not enough: it takes two. A one-word name taken for an organisation that gets two or
        more votes, all one way, is a person."""
        votes: dict[int, Counter] = {}
        people: dict[int, Entity] = {}
        for par in self.paragraphs:
            for start, end in par.sentences:
                pronoun = GENDERED.search(par.masked, start, end)
                if pronoun is None or re.search(r"[\u201d\"][\s,]*$", par.masked[start : pronoun.start()]):
                    continue  # 'Doe "caused havoc," he said': the speaker of a quotation is not who it names
                if _speech_aside(par.masked, start, pronoun):
                    continue  # "Doe's plan, he added, is too costly": the speaker of an aside is not who it names
                if _after_participle(par.masked, start, pronoun):
                    continue  # "Asked about Doe's plan, she replied": the clause's names are not whom she means
                named = {
                    id(m.entity): m.entity
                    for m in par.mentions
                    if start <= m.start < pronoun.start()
                    and m.end <= pronoun.start()  # "Jane Doe, who worked with him as he …": not hers
                    and m.kind == "name"
                    and _personal(m)
                    and not m.resolved.plural
                }
                lead = next((m for m in par.mentions if start <= m.start < pronoun.start() and _personal(m)), None)
                if lead is not None and (
                    lead.prep or lead.possessive or (lead.kind == "name" and id(lead.entity) not in named)
                ):
                    continue  # "Against Doe, she …", "Doe's plan …, he …": the person the sentence is about leads it
                sex = GENDER_OF[pronoun.group().lower()]
                if lead is not None and lead.kind != "name" and (lead.gender or lead.resolved.gender) in (None, sex):
                    continue  # "The union's head worries about Doe, because she …": the description may be "she"
                if len(named) == 1:
                    (key, entity) = next(iter(named.items()))
                    last = max(m.end for m in par.mentions if m.entity is entity and m.end <= pronoun.start())
                    clause = re.search(r"\bthat\b", par.masked[last : pronoun.start()])
                    if clause and usual_sex(entity.name, first_names) not in (None, sex):
                        continue  # "Walter Doe told the paper that she …": she is someone he spoke of
                    votes.setdefault(key, Counter())[sex] += 1
                    people[key] = entity
        for key, counts in votes.items():
            entity = people[key]
            (top, n), *rest = counts.most_common()
            if entity.kind == "organisation" and n >= 2 and not rest:
                entity.kind = "person"  # "Obama …, he said" twice over: a one-word name that takes "he" is a person
            if entity.kind == "person" and entity.gender is None and (not rest or n > rest[0][1]):
                if n < 2 and usual_sex(entity.name, first_names) not in (None, top):
                    continue  # one "she" near Donald Doe is more likely someone else's than his
                entity.gender = top

    def _guess_genders(self, first_names: Mapping[str, str]):
        """A named person the article gives no title, role word or pronoun for takes the sex usual for
        their first name ("Pat Doe" with "Pat" listed), if the table has it."""
        for entity in self.cast.entities:
            if entity.kind == "person" and not entity.anon and entity.gender is None:
                entity.gender = usual_sex(entity.name, first_names)

    def _settle_speakers(self):
        """A one-word name taken for an organisation that a speech verb ties to a quotation ('"…," said Baron')
        is a person, as news quotes people far more often than bodies with one-word names."""
        for par in self.paragraphs:
            for m in par.mentions:
                entity = m.entity
                if m.kind == "name" and entity is not None and _one_word_org(entity) and par.quotes:
                    if is_modifier(entity) or PEOPLES.fullmatch(entity.name):
                        continue  # "Trumpian", "Syrians"
                    if _tied_to_speech(par.masked, m) and not _closes_apposition(par, m):
                        entity.kind = "person"

    def role_holder(self, paragraph: int, pos: int, head: str, described: str = "") -> Entity | None:
        """The named person a description such as "the governor" points back to: the nearest one
        before it whose role or title has that word ("Gov. Jane Doe", "Doe, the state's governor"). A
        deputy's role ("vice president") is not the role itself, unless the description says so too."""
        lead = self._untitled_lead(paragraph, pos, described)
        if lead is not None:
            return lead
        head = head.lower().replace("woman", "man")
        deputy = deputy_of(described, head)
        for index in range(paragraph, max(-1, paragraph - 2 * REACH), -1):
            for m in reversed(self.paragraphs[index].mentions):
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

    def _untitled_lead(self, paragraph: int, pos: int, described: str) -> Entity | None:
        """ "Doe sought to rally volunteers as he stopped by. Walking in, the senator said …": a description just
        after a sentence of its own paragraph led by a named person the story gives no title or role is that person,
        when no one else is named between (news varies the words for the person a paragraph is about)."""
        par = self.paragraphs[paragraph]
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
        self,
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
        ahead = self._cataphor(paragraph, pos, kind, gender, hearer) or self._block_writer(
            paragraph, pos, kind, gender, hearer
        )
        if ahead is not None:
            return ahead
        wanted = _Wanted(kind, gender, named_only, quoted or {}, hearer)
        fallback = None
        for index in range(paragraph, max(-1, paragraph - REACH), -1):
            par = self.paragraphs[index]
            if par.turn_label:
                continue
            for start, end in reversed(par.sentences):
                if index == paragraph and start >= pos:
                    continue
                own = index == paragraph and start <= pos < end
                found, candidate = self._antecedent_in(par, start, min(end, pos) if own else end, own, wanted)
                if found is not None:
                    return found
                fallback = fallback or candidate
        return fallback

    def _antecedent_in(
        self, par: Paragraph, start: int, stop: int, own: bool, wanted: _Wanted
    ) -> tuple[Entity | None, Entity | None]:
        """Whom the pronoun means, read in one sentence before it (up to ``stop``; ``own``: the pronoun's own
        sentence): that one, else (None, the first compatible person it names, for want of better)."""
        kind, gender, hearer = wanted.kind, wanted.gender, wanted.hearer
        inside = [m for m in par.mentions if start <= m.start < stop and m.entity is not None]
        opening = lx.OPENING_CLAUSE.match(par.masked, start)
        main = [m for m in inside if opening is None or m.start >= opening.end()] or inside
        # "The county saw … applicants, which he said …": a body leading the sentence is no person's antecedent
        first = next(
            (
                m
                for m in main
                if not m.prep
                and not m.possessive
                and (kind != "person" or m.kind == "pronoun" or m.resolved.kind == "person")
            ),
            None,
        )
        # "… the words of Jane Doe when accepting her prize.": an owner after a name does not lead the sentence
        owner = first is not None and first.text in ("his", "her") and first.start > inside[0].start
        if first is not None and first.kind == "pronoun" and _same_pronoun(first, kind, gender) and not owner:
            # "He nodded to Doe." — the same "he", named further back, unless the sentence says whose it is
            return self._same_pronoun_speaker(par, start, stop, inside, opening, wanted), None
        if first is not None and self._described(par, first, inside, kind, gender, hearer):
            # "The Wisconsin Republican praised Doe, but he said …": the description leads, not Doe
            named = self.role_holder(par.index, first.start, first.resolved.head, first.text) or self.antecedent(
                par.index, first.start, kind, gender, named_only=True, quoted=wanted.quoted, hearer=hearer
            )
            if named is not None:
                return named, None
        found = [
            m
            for m in inside
            if m.kind != "pronoun"
            and _compatible(m.resolved, kind, gender)
            and m.resolved is not hearer
            and not (own and _names_a_noun(par.masked, m))  # "The Doe outlets have …, he said": not Doe
        ]
        described = any(m.resolved.anon and not m.prep and not m.possessive for m in found)
        found = [m for m in found if not m.resolved.anon] if wanted.named_only else found
        subject = _subject_among(par, found, opening)
        if subject is not None:
            return subject, None
        if first is not None and _other_sex_lead(first, gender):
            # "He was joined on the call by Jane Doe. She said …": the sentence's "he" is not the "she", so
            # the one other person it names, if only after a preposition, is whom "she" means
            others = {id(m.resolved): m.resolved for m in found if not m.possessive and not m.resolved.anon}
            if len(others) == 1:
                return next(iter(others.values())), None
        sexed = [m for m in found if gender in ("m", "f") and m.resolved.gender == gender and not described]
        if sexed:
            return sexed[-1].resolved, None  # "Just look at Jane Doe. “…,” she said"
        return None, found[0].entity if found else None

    def _same_pronoun_speaker(
        self,
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
        if said and _compatible(said[-1], kind, gender) and said[-1] is not hearer:
            return said[-1]  # '"…," he said.' — the "he" already worked out for that quotation
        speaker = next(
            (
                m
                for m in inside
                if m.kind == "name" and _speaks(par.masked, m, kind, gender) and m.resolved is not hearer
            ),
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
            and _compatible(m.resolved, kind, gender)
        ]
        if len({id(m.resolved) for m in clause}) == 1 and clause[0].resolved is not hearer:
            return clause[0].resolved
        return None

    def _block_writer(
        self, paragraph: int, pos: int, kind: str | None, gender: str | None, hearer: Entity | None
    ) -> Entity | None:
        """ "Doe writes:" and then paragraphs of her words with no quotation marks, then "She writes …": a "he" or
        "she" opening the paragraph after such a block means the one who wrote it, not someone the block names."""
        if gender not in ("m", "f"):
            return None
        par = self.paragraphs[paragraph]
        if any(m.start < pos and m.kind != "pronoun" for m in par.mentions):
            return None
        for index in range(paragraph - 1, max(-1, paragraph - REACH), -1):
            earlier = self.paragraphs[index]
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
        self, paragraph: int, pos: int, kind: str | None, gender: str | None, hearer: Entity | None
    ) -> Entity | None:
        """A "he" or "she" inside a sentence's opening clause means the person the main clause opens with ("In what
        he called a '…', Gov. Doe turned …")."""
        if gender not in ("m", "f"):
            return None
        par = self.paragraphs[paragraph]
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
        if subject.possessive or not _compatible(entity, kind, gender) or entity is hearer or entity.anon:
            return None
        return entity

    def _nearest(self, paragraph: int, pos: int, gender: str | None) -> Entity | None:
        """The last person of a compatible sex mentioned before ``pos`` (within NEAREST_REACH mentions), for a pronoun
        no sentence in reach explains: one not after a preposition nor a possessor first; "he" or "she" never a
        group."""
        fallback, seen = None, 0
        for index in range(paragraph, -1, -1):
            for m in reversed(self.paragraphs[index].mentions):
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
        self,
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
        if entity.withheld or entity.plural or entity.head in lx.GENERIC_HEADS or not _compatible(entity, kind, gender):
            return False
        named = next((m for m in inside if m.start >= mention.end and m.kind == "name"), None)
        if named is not None and re.fullmatch(r"[^,;:.]{0,80},\s+[^,;:.]{0,60}", par.masked[mention.end : named.start]):
            return False
        return not any(m.entity is entity and m.kind == "anon" for p in self.paragraphs for m in p.mentions)

    def turn_speaker(self, label: str) -> Entity | str:
        """Who a transcript label stands for: a name the story gives ("DOE:" → Jane Doe); "Q:" the
        interviewer; "A:" the person interviewed, the one the headline names or else the story names most."""
        if label.upper() in ("Q", "QUESTION"):
            return self.cast.anonymous("interviewer", "interviewer")
        if label.upper() in ("A", "ANSWER"):
            return self._interviewee() or label
        found = self.cast.lookup(label) or self.cast.lookup(label.title())
        if found is None:
            for entity in self.cast.entities:
                if entity.kind == "person" and label.lower() in entity.name.lower().split():
                    return entity
        return found or label.title()

    def _headline_person(self, gender: str | None) -> Entity | None:
        """A story that opens with "He has called …" means the person its headline or standfirst names."""
        lines = [self.article.headline or "", *self.article.header]
        for word in CAPITALISED.findall(" ".join(lines)):
            entity = self.cast.lookup(word)
            if entity is not None and not entity.anon and _compatible(entity, "person", gender):
                return entity
        return None

    def _interviewee(self) -> Entity | None:
        counts: Counter = Counter()
        people: dict[int, Entity] = {}
        for par in self.paragraphs:
            for m in par.mentions if not par.turn_label else []:
                if m.kind == "name" and m.entity is not None and m.entity.kind == "person" and not m.entity.anon:
                    counts[id(m.entity)] += 1
                    people[id(m.entity)] = m.entity
        headline = set(CAPITALISED.findall(self.article.headline or ""))
        named = [key for key in counts if set(people[key].name.split()) & headline]
        ranked = sorted(named or counts, key=lambda key: -counts[key])
        return people[ranked[0]] if ranked else None


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
    tied = [m for m in plain if _tied_to_speech(par.masked, m)]
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


def _turn_candidates(paragraphs: list[str]) -> dict[int, tuple[str, int]]:
    """Transcript turns ('DOE: …'), when at least three paragraphs by two or more labels have them."""
    found = {}
    for i, text in enumerate(paragraphs):
        m = TURN_LABEL.match(text)
        if m and len(m["label"]) <= 40:
            found[i] = (m["label"], m.start("text"))
    labels = [label for label, _ in found.values()]
    repeated = {label for label in labels if labels.count(label) >= 2}
    if len(found) < 3 or len(repeated) < 2:
        return {}
    return {i: v for i, v in found.items() if v[0] in repeated}


def _opening_pronoun(par: Paragraph, pronoun: Mention) -> Entity | None:
    """What the subject of a sentence's opening clause stands for, when the main clause opens with the same pronoun
    ("As they made their way downtown, they chanted …", "When she arrived, she said …")."""
    start, _ = par.sentence_of(pronoun.start)
    opening = lx.OPENING_CLAUSE.match(par.masked, start)
    if opening is None or pronoun.start != opening.end():
        return None
    first = next((m for m in par.mentions if start <= m.start < opening.end()), None)
    if first is None or first.kind != "pronoun" or first.text != pronoun.text or first.prep:
        return None
    return first.entity


def _one_word_org(entity: Entity) -> bool:
    """A one-word name filed as an organisation that could be someone's surname ("Obama", not "NATO" or "Iowa")."""
    name = entity.name
    return (
        entity.kind == "organisation"
        and not entity.anon
        and re.fullmatch(r"[A-Z][a-z\u2019'-]+", name) is not None
        and not lx.is_place(name)
        and name.lower() not in lx.ORG_WORDS
    )


def _other_sex(pronoun: Mention) -> bool:
    """ "He" or "she" stands for a person known to be of the other sex."""
    entity = pronoun.entity
    return entity is not None and entity.kind == "person" and entity.gender not in (None, pronoun.gender)


def _personal(mention: Mention) -> bool:
    """The mention stands for a person, or for a one-word name that may yet prove to be one."""
    return mention.entity is not None and (mention.entity.kind == "person" or _one_word_org(mention.entity))


PARTY_WORDS = ("republican", "democrat", "democratic", "independent", "libertarian")


def _party_only(holder: Entity, described: str) -> bool:
    """Whether a party description qualified by a place ("the Delaware Republican") would find a holder whose role
    has the party but not the place ("Republican Ansel Roe"): the party alone does not say it is the same person."""
    words = re.sub(r"^\S+\s+", "", described).split()
    mods = [w for w in words[:-1] if re.fullmatch(r"[A-Z][a-z]+", w)]
    role = holder.role or ""
    return bool(mods) and words[-1].lower() in PARTY_WORDS and not any(m in role for m in mods)


def _compatible(entity: Entity, kind: str | None, gender: str | None) -> bool:
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
    usable = not mention.prep and not mention.possessive and _compatible(mention.resolved, kind, gender)
    return usable and (_speech_verb_after(masked, mention.end) is not None or _tied_to_speech(masked, mention))


def _tied_to_speech(masked: str, mention: Mention) -> bool:
    """The mention is the speaker of a speech verb ("Doe said", "said Doe"), not its hearer ("told Doe")."""
    window = masked[max(0, mention.start - 40) : mention.start]
    before = re.search(r"(?<![\w-])([a-z]+)\s+$", window)
    inverted = before and before[1] in lx.SPEECH_VERBS and before[1] not in HEARER_VERBS
    if inverted and before is not None and re.search(r"\w\s+$", window[: before.start(1)]):
        inverted = False  # "Doe never mentioned Roe": a verb after its subject has its object after it
    if inverted and CLAUSE_VERB.match(masked, mention.end):
        inverted = False  # "Doe, for one, said Roe was wrong": the name opens what was said, and speaks none of it
    after = _speech_verb_after(masked, mention.end)
    if after and before and after[1].endswith("ing") and "," in masked[mention.end : after.start(1)]:
        after = None  # "Doe hammered Roe, calling him …": the object of a verb does not speak the participle
    return bool(after or inverted)


def _speech_verb_after(masked: str, pos: int) -> re.Match | None:
    """The speech verb right after pos, past adverbs and auxiliaries (", also said"), or None."""
    after = SPEECH_AFTER.match(masked, pos)
    if after is not None and TO_VERB.match(masked, after.end()):
        return None  # "Doe continued to hurt his cause": no speech
    return after if after is not None and after[1] in lx.SPEECH_VERBS else None


def _closes_apposition(par: Paragraph, mention: Mention) -> bool:
    """The name ends a clause set off after a person's name ("Jane Doe, who lives near the capital, Salem,
    said"): it is a place or a thing the clause names, and the speech verb is the person's."""
    return any(
        m.kind == "name"
        and m.entity is not None
        and m.entity.kind == "person"
        and re.fullmatch(r",\s+", par.masked[m.end : mention.start]) is not None
        and CLAUSE_ROLE.match(m.role or "") is not None
        for m in par.mentions
        if m.end < mention.start
    )


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


def _speech_aside(masked: str, start: int, pronoun: re.Match) -> bool:
    """The pronoun opens a speech aside set off by commas inside a sentence (", he said,")."""
    after = _speech_verb_after(masked, pronoun.end())
    return (
        bool(re.search(r"\S\s*,\s*$", masked[start : pronoun.start()]))
        and after is not None
        and masked[after.end() : after.end() + 1] == ","
    )


def _after_participle(masked: str, start: int, pronoun: re.Match) -> bool:
    """The pronoun is the subject right after an opening participle clause ("Asked about Doe, she …",
    "Praising Doe, he …"), whose understood subject it is, so no name inside the clause is the pronoun's."""
    return bool(PARTICIPLE_LEAD.match(masked, start) and re.search(r",\s*$", masked[start : pronoun.start()]))


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

"""One pass over the cleaned story: quotation spans, sentences, transcript turns and the cast, with every "he",
"she" and description resolved (by `antecedents`) as it is read."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from bot.draft import lexicon as lx
from bot.draft.antecedents import antecedent, compatible, nearest
from bot.draft.clean import Article
from bot.draft.descriptions import OWNED_KIN, kin_words, relative_named
from bot.draft.mentions import Entity, Mention
from bot.draft.names import Cast, is_modifier
from bot.draft.namewords import PEOPLES
from bot.draft.paragraphs import Paragraph
from bot.draft.speechties import CLAUSE_ROLE, speech_verb_after, tied_to_speech
from bot.draft.text import find_quotes, fold_double_apostrophes, mask_quotes, sentence_spans
from bot.first_names import first_name_genders, usual_sex

TURN_LABEL = re.compile(
    r"^(?P<label>Q|A|[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}"
    r"|[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,2})"
    r"(?: \([^)]{1,60}\))?:\s+(?P<text>\S.*)$"
)

# Words after a "her" that make it an object, not a possessive: "told her that", "gave her a", "asked her to"
OBJECT_HER_NEXT = ("a", "an", "the", "this", "that", "to", "not", "what", "how", "why", "if", "whether", "and",
                   "or", "but", "as", "so", "than", "when", "while", "up", "down", "out", "off", "back", "over",
                   "into")  # fmt: skip
# "Her name is Jane Doe": the name of the person the pronoun stands for
NAME_IS = re.compile(r"(?:[Hh]is|[Hh]er)\s+(?:full\s+|first\s+)?name\s+(?:is|was)\s+")
# "he", "she", or a possessive "his"/"her" before a noun: its owner has the sex of whom it means ("Doe raised her hand")
GENDERED = re.compile(
    r"\b(?:(?:[Hh]e|[Hh]imself|[Ss]he|[Hh]erself)\b|(?P<possessive>[Hh]is|[Hh]er)(?=\s+(?!(?:"
    + "|".join(OBJECT_HER_NEXT)
    + r")\b)[a-z]))"
)
GENDER_OF = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
CAPITALISED = re.compile(r"[A-Z][\w\u2019'-]+")  # a word of a name in a headline
PARTICIPLE_LEAD = re.compile(  # "Asked about …, she", "Praising Doe, he": not "According to Doe, he"
    r"\s*(?:(?:But|And|Yet|So),?\s+)?(?:(?i:when|while|after|before)\s+)?(?:[Aa]sked|[Pp]ressed|(?![Aa]ccording|[Dd]uring|[Rr]egarding|[Ii]ncluding)[A-Za-z][a-z]+ing)\b"
)

WRITER = "I (the writer)"  # who says the words an "I said" outside quotation marks hands on to

# A name in initials ending a sentence ("the U.S.", "D.C."), then a word that opens a sentence and never a name
INITIALS_END = re.compile(
    r"\b(?:[A-Z]\.){2,}(?P<stop>)\s+(?P<next>)(?=(?:The|A|An|He|She|It|They|We|But|And|While|When|In|On|At|This|That|"
    r"These|Those|His|Her|Their|Its|After|Before|As|If|Still|Yet|So|There)\s)"
)

DATELINE = re.compile(
    r"^[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+)*"
    r"(?:(?:,|\s\()[^\u2014\u2013\n]{0,90}?(?=\s(?:--|-|\u2014|\u2013)\s)"
    r"|(?=\s(?:--|-|\u2014|\u2013)\s))"
)


class Story:
    """The article's paragraphs, analysed once and shared by the quote, fact and people passes."""

    def __init__(self, article: Article, first_names: Mapping[str, str] | None = None):
        """``first_names`` maps a given name to the sex its bearers usually have (default: the shipped
        table); it is consulted only for people the article itself leaves without one."""
        self.article = article
        self.writer = Entity(WRITER, role="the story's writer, speaking in the first person")
        self.paragraphs = _read_paragraphs(article.paragraphs)
        first_names = first_name_genders() if first_names is None else first_names
        self.cast = Cast(first_names)
        for par in self.paragraphs:
            self.cast.learn(par.masked, par.starts)
        for par in self.paragraphs:
            par.mentions = self.cast.scan(par.text, par.masked, par.starts)
        self._identify_delayed()
        self._resolve_pronouns()
        self._identify_named_after()
        self._settle_genders(first_names)
        self._guess_genders(first_names)
        self._settle_speakers()
        self._resolve_kin()
        self._resolve_pronouns_again()

    def _identify_delayed(self):
        """A lead that opens on someone described, not named ("The former chief of Acme Bank told a House panel …"),
        and a second paragraph that opens on a name the story had not given ("Jane Doe, who led the bank, said …"):
        news names the lead's subject there, so the description is that person."""
        if len(self.paragraphs) < 2 or not self.paragraphs[0].mentions or not self.paragraphs[1].mentions:
            return
        first, second = self.paragraphs[0], self.paragraphs[1]
        lead, named = first.mentions[0], second.mentions[0]
        if lead.kind != "anaphor" or first.masked[: lead.start].strip():
            return  # (the dateline is blanked in the first paragraph's masked text)
        if named.kind != "name" or named.possessive or second.masked[: named.start].strip():
            return
        if named.entity is not None and not any(m.entity is named.entity for m in first.mentions):
            self._name_described(lead.entity, named.entity)

    def _identify_named_after(self):
        """ "That driver sat two rows ahead. Her name is Jane Doe": the person "her" stands for is Jane Doe."""
        for par in self.paragraphs:
            for pronoun, name in zip(par.mentions, par.mentions[1:], strict=False):
                if (
                    pronoun.kind == "pronoun"
                    and name.kind == "name"
                    and NAME_IS.fullmatch(par.masked, pronoun.start, name.start)
                ):
                    self._name_described(pronoun.entity, name.entity)

    def _name_described(self, described: Entity | None, person: Entity | None):
        """Every mention of one person described, never named, now stands for the named person they prove to be."""
        if described is None or not described.anon or described.plural or described.kind != "person":
            return
        if described.withheld or person is None or person.kind != "person" or person.anon:
            return
        for par in self.paragraphs:
            for m in par.mentions:
                if m.entity is described:
                    m.entity = person
        person.role = person.role or described.role

    def _resolve_pronouns_again(self):
        """Once sexes have settled, read again a "he" or "she" that found no one while names were still being
        sorted out, one taken for a person of the other sex, and a "his" or "her" taken for someone of no known
        sex."""
        last: dict[str, Entity] = {}  # the person the last "he" and the last "she" stand for
        for par in self.paragraphs:
            for m in par.mentions:
                if m.kind == "pronoun" and m.entity is None and m.text in ("he", "she"):
                    found = antecedent(self.paragraphs, par.index, m.start, "person", m.gender)
                    m.entity = found or self._headline_person(m.gender)
                elif m.kind == "pronoun" and m.text in ("he", "she") and _other_sex(m):
                    # "she" taken for a "Donald Doe" whose sex was not known yet: the woman the sentences before name,
                    # else the one the "she" before it stands for
                    found = antecedent(self.paragraphs, par.index, m.start, "person", m.gender) or last.get(m.text)
                    m.entity = found if found is not None and found.gender == m.gender else m.entity
                elif (
                    m.kind == "pronoun"
                    and m.text in lx.PERSON_POSSESSIVES
                    and (m.entity is None or m.entity.gender is None)
                ):
                    # "… in Sen. Doe's case, … . His office said": read again once given names have settled sexes, a
                    # "his" taken for someone of no known sex is the man the sentences before name
                    found = antecedent(self.paragraphs, par.index, m.start, "person", m.gender)
                    m.entity = found if found is not None and found.gender == m.gender else m.entity
                if m.kind == "pronoun" and m.text in ("he", "she") and m.entity is not None:
                    last[m.text] = m.entity

    def _resolve_kin(self):
        """A relative described by whose they are ("her husband", "his father") is the one the story names
        (`descriptions`). ("The elder Doe" is read with the name, in `namereading`.)"""
        named = [(par, m) for par in self.paragraphs for m in par.mentions if m.kind == "name" and _personal(m)]
        named = [(par, m) for par, m in named if not m.resolved.anon]
        for par in self.paragraphs:
            for m in par.mentions:
                kin = OWNED_KIN.fullmatch(m.text) if m.kind == "anon" else None
                owner = self._kin_owner(par, m, kin["owner"]) if kin else None
                if kin is None or owner is None:
                    continue
                if kin["kin"] in kin_words(owner):
                    m.entity = owner  # "Her mother, Ann Doe, said …" then "her mother said": Ann Doe again
                    continue
                before = [n.resolved for at, n in named if (at.index, n.start) < (par.index, m.start)]
                after = [n.resolved for at, n in named if (at.index, n.start) > (par.index, m.start)]
                m.entity = relative_named(owner, kin["kin"], before, after) or m.entity

    def _kin_owner(self, par: Paragraph, mention: Mention, owner: str) -> Entity | None:
        """The named person whose relative "his" or "her" before a word of kin says the mention is."""
        sex = GENDER_OF[owner.lower()]
        found = antecedent(self.paragraphs, par.index, mention.start, "person", sex)
        return found if found is not None and not found.anon and found.gender == sex else None

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
                found = antecedent(self.paragraphs, par.index, m.start, "person", gender) if gender else None
                m.entity = found or nearest(self.paragraphs, par.index, m.start, gender)

    def _settle_genders(self, first_names):
        """A named person's gender, where no title or role gave it, is the one the story's own
        pronouns give them: "he", "she" or a possessive ("Doe raised her hand"; not after a preposition,
        "voted for her challenger") in a sentence where that person is the only one named
        before it counts as a vote, unless the sentence opens with someone else, or with a person after a
        preposition or as a possessor, or right after someone told as "him" or "her" ("telling him he"), or when it
        stands in a that-clause after the person and the sex is not
        the one usual for the person's first name ("Walter Doe told us that she …"). Against the sex usual for the
        first name, one vote is not enough: it takes two. A one-word name taken for an organisation that gets two or
        more votes, all one way, is a person."""
        votes: dict[int, Counter] = {}
        people: dict[int, Entity] = {}
        for par in self.paragraphs:
            for start, end in par.sentences:
                vote = _gender_vote(par, start, end, first_names)
                if vote is not None:
                    entity, sex = vote
                    votes.setdefault(id(entity), Counter())[sex] += 1
                    people[id(entity)] = entity
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
                    if tied_to_speech(par.masked, m) and not _closes_apposition(par, m):
                        entity.kind = "person"

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
            if entity is not None and not entity.anon and compatible(entity, "person", gender):
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


def _read_paragraphs(texts: list[str]) -> list[Paragraph]:
    """Each paragraph as read: a transcript turn ('DOE: …') as one quotation of its label's, or the text with its
    quotations found and masked (and, in the first, its dateline blanked) and its sentences."""
    turns = _turn_candidates(texts)
    paragraphs: list[Paragraph] = []
    for i, text in enumerate(texts):
        if i in turns:
            label, start = turns[i]
            blank = " " * len(text)
            par = Paragraph(i, text, [], blank, [(start, len(text))], turn_label=label, turn_start=start)
        else:
            marked = fold_double_apostrophes(text)
            quotes = find_quotes(marked)
            masked = mask_quotes(marked, quotes)
            if not paragraphs:
                masked = _blank_dateline(masked)
            par = Paragraph(i, text, quotes, masked, _split_after_initials(masked, sentence_spans(marked, quotes)))
        paragraphs.append(par)
    return paragraphs


def _split_after_initials(masked: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, cut also where one ends on a name in initials and the next opens with a word that opens
    sentences ("… from entering the U.S. While Doe has …"): initials inside a sentence go on with a name or a noun."""
    out = []
    for start, end in spans:
        for cut in INITIALS_END.finditer(masked, start, end):
            out.append((start, cut.end("stop")))
            start = cut.start("next")
        out.append((start, end))
    return out


def _blank_dateline(masked: str) -> str:
    """The first paragraph with its dateline blanked, and the dash after it too ("DOVER, May 2 (UPI) — In response to
    …,"): no word of the text."""
    dateline = DATELINE.match(masked)
    if dateline is None:
        return masked
    dash = re.match(r"\s(?:--|-|\u2014|\u2013)\s", masked[dateline.end() :])
    end = dateline.end() + (dash.end() if dash else 0)
    return " " * end + masked[end:]


def _turn_candidates(paragraphs: list[str]) -> dict[int, tuple[str, int]]:
    """Transcript turns ('DOE: …'): when at least three paragraphs by two or more labels have them, or when two or
    more surnames in capitals that the story gives elsewhere label an exchange ('RAMOS: …', 'DOE: …')."""
    found = {}
    for i, text in enumerate(paragraphs):
        m = TURN_LABEL.match(text)
        if m and len(m["label"]) <= 40:
            found[i] = (m["label"], m.start("text"))
    labels = [label for label, _ in found.values()]
    repeated = {label for label in labels if labels.count(label) >= 2}
    if len(found) >= 3 and len(repeated) >= 2:
        return {i: v for i, v in found.items() if v[0] in repeated}
    named = {i: v for i, v in found.items() if _surname_in_capitals(v[0], paragraphs, i)}
    return named if len({label for label, _ in named.values()}) >= 2 else {}


def _surname_in_capitals(label: str, paragraphs: list[str], at: int) -> bool:
    """The label is one word in capitals that another paragraph gives as a name's last word ("RAMOS" for "Jorge
    Ramos")."""
    if not re.fullmatch(r"[A-Z][A-Z'\u2019-]+", label) or label in ("Q", "A"):
        return False
    surname = re.compile(rf"\b[A-Z][a-z]+\.?\s+{re.escape(label.title())}\b")
    return any(surname.search(text) for i, text in enumerate(paragraphs) if i != at)


# "she asked whether he", "he asked if she": one asks about another, so neither pronoun tells the sex of the one name
_ASKED_WHETHER = re.compile(
    r"(?:[Hh]e\s+(?:\w+ly\s+)?asked\s+(?:whether|if)\s+she|[Ss]he\s+(?:\w+ly\s+)?asked\s+(?:whether|if)\s+he)\b"
)
# Someone told or asked as "him" or "her" right before a "he" or "she" ("telling him he should go", "asked her whether
# she"): the pronoun goes on about the one told
_TOLD_THEM_BEFORE = re.compile(r"\b(?:him|her)\s+(?:that\s+|if\s+|whether\s+)?$", re.I)


def _gender_vote(par: Paragraph, start: int, end: int, first_names: Mapping[str, str]) -> tuple[Entity, str] | None:
    """The vote the first "he", "she" or possessive of a sentence casts, as `Story._settle_genders` counts them: the
    one person named before it, and the pronoun's sex; None when the pronoun may well mean someone else."""
    pronoun = next((p for p in GENDERED.finditer(par.masked, start, end) if not _governed(par.masked, p)), None)
    if pronoun is None or re.search(r"[\u201d\"][\s,]*$", par.masked[start : pronoun.start()]):
        return None  # 'Doe "caused havoc," he said': the speaker of a quotation is not who it names
    if _speech_aside(par.masked, start, pronoun):
        return None  # "Doe's plan, he added, is too costly": the speaker of an aside is not who it names
    if _after_participle(par.masked, start, pronoun):
        return None  # "Asked about Doe's plan, she replied": the clause's names are not whom she means
    if _ASKED_WHETHER.match(par.masked, pronoun.start()):
        return None  # "Doe got a bonus, and she asked whether he would return it": the asker is someone else
    if _TOLD_THEM_BEFORE.search(par.masked, start, pronoun.start()):
        return None  # "Doe tore into the chief, telling him he should resign": he is whom she told, not Doe
    named = {
        id(m.resolved): m.resolved
        for m in par.mentions
        if start <= m.start < pronoun.start()
        and m.end <= pronoun.start()  # "Jane Doe, who worked with him as he …": not hers
        and m.kind == "name"
        and _personal(m)
        and not m.resolved.plural
    }
    lead = next((m for m in par.mentions if start <= m.start < pronoun.start() and _personal(m)), None)
    if lead is not None and (lead.prep or lead.possessive or (lead.kind == "name" and id(lead.entity) not in named)):
        return None  # "Against Doe, she …", "Doe's plan …, he …": the person the sentence is about leads it
    sex = GENDER_OF[pronoun.group().lower()]
    if lead is not None and lead.kind != "name" and (lead.gender or lead.resolved.gender) in (None, sex):
        return None  # "The union's head worries about Doe, because she …": the description may be "she"
    if len(named) != 1:
        return None
    entity = next(iter(named.values()))
    last = max(m.end for m in par.mentions if m.entity is entity and m.end <= pronoun.start())
    clause = re.search(r"\bthat\b", par.masked[last : pronoun.start()])
    if clause and usual_sex(entity.name, first_names) not in (None, sex):
        return None  # "Walter Doe told the paper that she …": she is someone he spoke of
    return entity, sex


def _governed(masked: str, pronoun: re.Match) -> bool:
    """A possessive after a preposition ("Doe voted for her challenger"): often someone else's, so it casts no vote."""
    before = re.search(r"(\w+)\s+$", masked[: pronoun.start()])
    return pronoun["possessive"] is not None and before is not None and before.group(1).lower() in lx.PREPOSITIONS


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
        and entity.head not in lx.BODY_HEADS  # "the website Acme": the story calls it a body
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


def _speech_aside(masked: str, start: int, pronoun: re.Match) -> bool:
    """The pronoun opens a speech aside set off by commas inside a sentence (", he said,")."""
    after = speech_verb_after(masked, pronoun.end())
    return (
        bool(re.search(r"\S\s*,\s*$", masked[start : pronoun.start()]))
        and after is not None
        and masked[after.end() : after.end() + 1] == ","
    )


def _after_participle(masked: str, start: int, pronoun: re.Match) -> bool:
    """The pronoun is the subject right after an opening participle clause ("Asked about Doe, she …",
    "Praising Doe, he …"), whose understood subject it is, so no name inside the clause is the pronoun's."""
    return bool(PARTICIPLE_LEAD.match(masked, start) and re.search(r",\s*$", masked[start : pronoun.start()]))

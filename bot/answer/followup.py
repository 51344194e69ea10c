"""Asks that lean on something else: follow-ups read against the previous ask, another question of the same message or
the story's title (several questions in one message are split in ``askparts``; asks of where an answer comes from are
in ``sourcing``)."""

from __future__ import annotations

import re

from bot.answer.concepts import concepts, correct, is_manner, matches
from bot.answer.forms import PERSON_PRONOUNS, SAY_WORDS, THING_PRONOUNS, WH_WORDS
from bot.answer.index import Index
from bot.answer.intent import parse
from bot.answer.itemtext import primary_text
from bot.answer.words import HOW_WORDS, is_content, normalise, stem
from bot.briefs.model import Person
from bot.first_names import first_name_genders, usual_sex

_PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | {"its"}
_POINTING = _PRONOUNS | frozenset({"these", "those"})
_PERSONAL = frozenset("he she him her his hers".split())
_AUXILIARIES_OF_ONE = frozenset("is was has had does did will would can could should".split())  # "does it", not "do it"
_THEY = frozenset("they them their theirs".split())
_ARTICLES = frozenset("the a an".split())
_HEADLINE_PRONOUNS = frozenset({"he", "she"})  # "his name", "ask her" in a first ask are as often someone else
_OBJECTS = frozenset({"him", "her"})  # ...but after a preposition ("with him", "against her"), the title's person
_BEFORE_OBJECT = frozenset({"with", "to", "for", "about", "against"})
_MALE_PRONOUNS = frozenset("he him his".split())
PRONOUN_SEX = {"m": frozenset("he him his himself".split()), "f": frozenset("she her hers herself".split())}
_SENTENCE = re.compile(r"(?<=[.?!;])\s+")
# What a people entry's role says of its person's sex: their own pronouns, or a word for a man or a woman.
_SEXED = {
    "m": frozenset(
        "he him his himself man husband father son brother boyfriend widower grandfather uncle nephew mr king prince "
        "spokesman congressman chairman businessman councilman assemblyman".split()
    ),
    "f": frozenset(
        "she her hers herself woman wife mother daughter sister girlfriend widow grandmother aunt niece mrs ms queen "
        "princess spokeswoman congresswoman chairwoman businesswoman councilwoman assemblywoman actress".split()
    ),
}
# Plain words for one person: "how old was the kid" after an ask naming the person, in a brief that calls no one that.
_PERSON_NOUNS = frozenset("guy kid man woman boy girl lady fellow dude teen teenager gentleman child person".split())
_DEFINITE = frozenset({"the", "that", "this"})
# The first word of others asked of in the previous ask's place, the brief naming them or not ("and the workers?").
_OTHERS = frozenset({"the", "those", "these", "his", "her", "their", "its"})
# "and the DEA?", "what about ICE", "how about Amazon": the previous ask again, about something else.
_ELIDED = re.compile(r"^(?:and|also|what about|how about|same for|same with|and what about|and how about)\b\s*")
_JOINING_NAMES = frozenset({"and", "or", "n", "plus"})  # "Doe and Roe", "Doe n Roe"


def _content_words(text: str) -> list[str]:
    return [w for w in normalise(text).split() if is_content(w)]


def points_back(text: str) -> bool:
    """Whether an ask points back at what was said before with a pronoun ("is she still pushing that")."""
    return not _POINTING.isdisjoint(normalise(text).split())


def previous_as_read(text: str, previous: str, earlier: str | None, index: Index) -> str:
    """The previous ask as a follow-up with no words of its own leans on it: "and when?" after "what did he write"
    after "who is Doe" asks when Doe wrote, so "he" in the previous ask is read against the one before it."""
    if earlier is None or _content_words(text) or _PERSONAL.isdisjoint(normalise(previous).split()):
        return previous
    return read_with_previous(previous, earlier, index)


def may_mean_the_previous(text: str, previous: str, index: Index) -> bool:
    """Whether a pronoun of an ask may stand for what the previous ask named though the brief lacks it: "he" or "she"
    (someone it named), "they" after it named someone the brief has, "it" or "that" after it named a thing ("what was
    the tiktok post she shared")."""
    words, before = normalise(text).split(), normalise(previous).split()
    if not _PERSONAL.isdisjoint(words):
        return True
    if not _THEY.isdisjoint(words) and not index.people_words.isdisjoint(stem(word) for word in before):
        return True
    return not THING_PRONOUNS.isdisjoint(words) and not _ARTICLES.isdisjoint(before)


def names_elided_topic(text: str, index: Index) -> bool:
    """Whether an "and X?" / "what about X" ask names what it is about, with no pronoun ("what about Doe"), or is a
    name alone ("Roe?", which asks the previous question of Roe)."""
    words = normalise(text).split()
    elided = _ELIDED.match(" ".join(words))
    if not elided:
        return bool(words) and len(_named(words, index)) == len(words)
    rest = " ".join(words)[elided.end() :]
    return bool(_content_words(rest)) and _PRONOUNS.isdisjoint(rest.split())


def read_with_previous(text: str, previous: str, index: Index, own_first: bool = True, alone: bool = True) -> str:
    """The ask as it reads after the previous one: a pronoun becomes who or what the previous ask named;
    "and X?" asks the previous question about X; a lone "why?" asks the previous question again with its question
    word swapped, and another bare one ("when did it happen") asks it of the previous subject. With `own_first`, an
    ask with words of its own reads "it" or "this" as its own when the previous ask named only persons, or only that
    they spoke ("is it terrorism?" after "who is Doe" or "what did Doe say"); without, as what they said. Not `alone`,
    the text is one question of several typed together ("and the adoption ban, who threw that out")."""
    words = normalise(text).split()
    before = normalise(read_with_headline(previous, index)).split()  # the previous ask as it was read
    if not words or not before:
        return text
    described = _as_person(words, before, index)
    if described != words:
        words, text = described, " ".join(described)
    own = _named(words, index)
    if own and len(own) == len(words) and _named(before, index):
        words = ["and", *words]  # "Roe?" after "what did Doe say": what Roe said, as "and Roe?" asks
    elided = _read_elided(words, before, own, index, alone)
    if elided is not None:
        return elided
    if _asks_whom(before) and next((w for w in words if w in _PRONOUNS), None) == "they":
        # "what did they tell him" after "who did the governor consult": they are whom he consulted, the answer
        return text
    subject = _previous_subject(words, before, index)
    if not subject:
        return text
    if not _PRONOUNS.isdisjoint(words):
        read = _read_pronoun(words, before, previous, subject, own, index, own_first)
        if read is not None:
            return read
    bare = _read_bare(words, before, subject)
    return text if bare is None else bare


def _read_elided(words: list[str], before: list[str], own: list[str], index: Index, alone: bool) -> str | None:
    """ "and X?", "what about X": the previous ask about X in place of its subject, or, when it named no one and X is
    one word, in place of its last word; None for an ask of another shape. X that the brief does not name ("and the
    workers?") is read so only when typed `alone`: "and the adoption ban, who threw that out" asks its own question."""
    elided = _ELIDED.match(" ".join(words))
    if not elided:
        return None
    rest = " ".join(words)[elided.end() :].split()
    if own:
        return " ".join(_swap_subject(before, rest, index))
    content = [w for w in rest if is_content(w)]
    named_before = _named(before, index)
    if not named_before and len(content) == 1:
        return " ".join(_swap_last(before, rest, index))
    if named_before and content and rest[0] in _OTHERS and alone:
        # "and the workers who got fired?" after "how much does Doe make": the previous ask of them, in Doe's place
        return " ".join(_swap_subject(before, rest, index))
    return None


def _previous_subject(words: list[str], before: list[str], index: Index) -> list[str]:
    """Whom or what the previous ask was about; for "he" or "she", the person it named, not an organisation beside
    it, and of two, the one the pronoun can be."""
    subject = _subject(before, index)
    first_pronoun = next((w for w in words if w in _PRONOUNS), None)
    if first_pronoun in _PERSONAL:
        subject = _one_person(first_pronoun, before, index) or subject
    return subject


def _subject_body(before: list[str], previous: str, index: Index) -> list[str]:
    """The words of the body (not a person) the previous ask was asked of as its subject, right after its verb ("how
    much has the Acme board spent"), not as what it owns ("what were Acme's earnings") or beside it ("the union besides
    Acme"); [] if none."""
    persons = _named(before, index, persons_only=True)
    body = [w for w in _named(before, index) if w not in persons]
    if not body or body[0] not in before:
        return []
    at = before.index(body[0])
    lead = before[at - 2 : at] if before[at - 1 : at] == ["the"] else before[at - 1 : at]
    owning = re.search(rf"\b{re.escape(body[-1])}['\u2019]s\b", previous, re.IGNORECASE)
    return body if lead[:1] and lead[0] in _AUXILIARIES_OF_ONE and not owning else []


def _read_pronoun(
    words: list[str],
    before: list[str],
    previous: str,
    subject: list[str],
    own: list[str],
    index: Index,
    own_first: bool,
) -> str | None:
    """The ask with its first pronoun read as what the previous ask (`previous` as typed, `before` as read) was
    about; None when the pronoun is left be."""
    pronoun = next(n for n, w in enumerate(words) if w in _PRONOUNS)
    named_before = set(_named(before, index))
    # what the previous ask was about besides whom it named: not a name ("Patrick" of "Patrick J. Tiberi")
    topic = [w for w in _content_words(" ".join(before)) if w not in named_before and stem(w) not in index.people_words]
    own_words = own_first and words[pronoun] in THING_PRONOUNS and bool(_content_words(" ".join(words)))
    if own_words and SAY_WORDS.issuperset(topic) and named_before:
        if named_before == set(_named(before, index, persons_only=True)):
            return None  # "is it terrorism?", "how hot was it" after "who is Doe" or "what did Doe say": not Doe
    subject_it = words[pronoun] == "it" and pronoun > 0 and words[pronoun - 1] in _AUXILIARIES_OF_ONE
    if not own and (words[pronoun] == "its" or subject_it) and (body := _subject_body(before, previous, index)):
        # "when was it set up" after "how much has the Acme committee spent": it is the committee, not the spending
        # (an "it" after a verb or a preposition is rather the deed: "why do it that way", "how long was he at it")
        return " ".join(words[:pronoun] + body + words[pronoun + 1 :])
    if words[pronoun] in THING_PRONOUNS and topic and named_before:
        # "was it long" after "when did Doe meet Roe": it is the meeting, not Doe
        return " ".join(words[:pronoun] + topic + words[pronoun + 1 :])
    # "what did he say about Trump": a subject pronoun stands for the previous subject even when the ask
    # names someone else after it.
    leads = pronoun < 3 and words[pronoun] in PERSON_PRONOUNS
    if words[pronoun] in _PERSONAL and not named_before:
        # "did he mention the pledge" after "what did Roe say", Roe nowhere in the brief: he is still Roe, whom
        # the brief does not cover either.
        speaker = [w for c in parse(" ".join(before), index).speaker for w in c.word.split()]
        if speaker:
            return " ".join(words[:pronoun] + speaker + words[pronoun + 1 :])
    # "he"/"she" stand for a person: after an ask that named no one and asked for no one ("what was the
    # theme", not "who was the shooter"), they are left be.
    personal = words[pronoun] in _PERSONAL and not named_before and before[0] != "who"
    slight = len([w for w in words if is_content(w)]) <= 1  # "did it pass", "is that legal": the rest is the subject
    if (not own or leads) and (words[pronoun] in PERSON_PRONOUNS or slight) and not personal:
        rest = _read_later(words[pronoun + 1 :], before, topic, index)
        return " ".join(words[:pronoun] + subject + rest)
    return None


def _read_bare(words: list[str], before: list[str], subject: list[str]) -> str | None:
    """An ask of no words of its own ("when?", "why?", "how many?", "when did it happen") as the previous ask's;
    None for one with words of its own."""
    if words[0] in WH_WORDS and all(w in WH_WORDS or w in HOW_WORDS for w in words):
        # "why?" after "when'd Acme can him": why did Acme can him, the previous ask's own words (its verb too)
        return " ".join(words + _without_question(before))
    if not any(is_content(w) for w in words):  # "when?" after "what did Clinton tweet": when did Clinton tweet
        return " ".join(words + (_content_words(" ".join(before)) or subject))
    return None


def _as_person(words: list[str], before: list[str], index: Index) -> list[str]:
    """The ask with "the kid", "the guy" (a word for a person no item uses) read as the person the previous ask
    named ("how old was the kid" after "how many times was Doe shot" → "how old was Doe"); not in an ask for who it
    is ("who was the woman with him"): that is someone else."""
    person = _named(before, index, persons_only=True)
    if not person or words[0] in ("who", "whose", "which"):
        return words
    for n in range(len(words) - 1):
        if words[n] in _DEFINITE and words[n + 1] in _PERSON_NOUNS and stem(words[n + 1]) not in index.postings:
            return words[:n] + person + words[n + 2 :]
    return words


def without_unknown(text: str, index: Index) -> str:
    """The ask without the words no item holds (a noun the brief lacks, not only how the ask is put)."""
    words = normalise(text).split()
    fixed_words, fixed = correct(words, index)
    unknown = {
        w
        for c in concepts(fixed_words, fixed, index)
        if not c.people and not matches(c, index) and not is_manner(c, {})
        for w in c.word.split()
    }
    return " ".join(w for w in words if w not in unknown)


def _asks_whom(words: list[str]) -> bool:
    """Whether an ask asks whom someone did something with or to ("who did Doe meet"), not who did it."""
    return words[:1] == ["who"] and words[1:2] in (["did"], ["does"], ["do"], ["will"], ["would"])


def _without_question(words: list[str]) -> list[str]:
    """An ask without the question it opens with ("when did Doe sign it" → "did Doe sign it", "how many were hurt"
    → "were hurt")."""
    if words and words[0] in WH_WORDS:
        return words[2:] if words[0] == "how" and words[1:2] and words[1] in HOW_WORDS else words[1:]
    return words


def _read_later(words: list[str], before: list[str], topic: list[str], index: Index) -> list[str]:
    """The words after the pronoun read first, with a later "it" or "that" read as what the previous ask was about
    ("when did he lay that out" after "what does Doe want in the plan": the plan), unless it is what was said ("where
    did he say that")."""
    read: list[str] = []
    for word in words:
        if word in THING_PRONOUNS and topic and _named(before, index) and not (read and read[-1] in SAY_WORDS):
            read += topic
            topic = []  # one pronoun stands for it
        else:
            read.append(word)
    return read


def read_with_part(text: str, earlier: str, index: Index) -> str:
    """A later question of one ask, read with the question before it. One with no words of its own but a pronoun
    asks about what that question was about, not only whom it named: "who reported Doe's harbour remark and what
    was it" → "what was Doe harbour remark" (the earlier question's words from the first person or body it names,
    not its verb)."""
    words = normalise(text).split()
    at = next((n for n, w in enumerate(words) if w in _POINTING), None)
    if at is None or _content_words(text):
        return read_with_previous(text, earlier, index)
    before = normalise(read_with_headline(earlier, index)).split()
    fixed_words, fixed = correct(before, index)
    found = concepts(fixed_words, fixed, index)
    first = next((k for k, c in enumerate(found) if c.people), None)  # from the first person or body it names on
    topic = [w for c in (found[first:] if first is not None else found) if not c.verb for w in c.word.split()]
    if not topic:
        return read_with_previous(text, earlier, index)
    return " ".join(words[:at] + topic + words[at + 1 :])


def read_with_headline(text: str, index: Index) -> str:
    """A thread's first ask reads against the brief's title: "he" or "she" in an ask that names no person is the
    person the title names, of several the one listed first among the people ("what did he say about guns" under
    "Mayor Doe visits the flooded quarter …", "what did he tell Acme"), and so is "him" or "her" after a preposition
    ("who came with him"); "they" is the two persons a title joins with "and" ("did they get a deal" under "Doe and
    Roe fail to settle …")."""
    words = normalise(text).split()
    at = next((n for n, w in enumerate(words) if w in _HEADLINE_PRONOUNS), None)
    if at is None:  # "who came with him", "what happened to her": the one the story is about, as "he" or "she"
        at = next((n for n, w in enumerate(words) if w in _OBJECTS and n and words[n - 1] in _BEFORE_OBJECT), None)
    lead = index.lead_person
    if at is None and index.title_people:
        at = next((n for n, w in enumerate(words) if w == "they"), None)
        lead = " and ".join(index.title_people)
    if at is None or not lead or _named(words, index, persons_only=True):
        return text
    # A middle initial is left out: alone, "w" or "u" reads as chat for "with" or "you" ("Carlton W. Reeves").
    named = [w for w in normalise(lead).split() if len(w) > 1]
    return " ".join(words[:at] + named + words[at + 1 :])


def _named(words: list[str], index: Index, persons_only: bool = False) -> list[str]:
    """The words of the people and organisations an ask names; with `persons_only`, of the persons alone (not
    organisations: "he" and "she" stand for one of these)."""
    fixed_words, fixed = correct(words, index)
    return [
        w
        for c in concepts(fixed_words, fixed, index)
        if c.people and (not persons_only or all(getattr(index.items[n][1], "kind", "") == "person" for n in c.people))
        for w in c.word.split()
    ]


def _one_person(pronoun: str, words: list[str], index: Index) -> list[str]:
    """The words of the person "he" or "she" stands for among the persons an ask names: of several, the one of that
    sex when the brief tells it ("what did she say" after "when did John Roe meet Jane Doe": Doe), else all of them
    (the first alone loses a "he" that means the second as often as it wins one)."""
    fixed_words, fixed = correct(words, index)
    persons = [
        c
        for c in concepts(fixed_words, fixed, index)
        if c.people and all(getattr(index.items[n][1], "kind", "") == "person" for n in c.people)
    ]
    if len(persons) > 1:
        sex = "m" if pronoun in _MALE_PRONOUNS else "f"
        fitting = [c for c in persons if {sex_of(n, index) for n in c.people} == {sex}]
        persons = fitting if len(fitting) == 1 else persons
    return [w for c in persons for w in c.word.split()]


def sex_of(n: int, index: Index) -> str | None:
    """A person's sex as the brief tells it: by the pronouns or words for a man or a woman in their role, the
    pronouns of the brief's sentences naming them and no other person ("Doe said she would …"), and as their given
    name's bearers usually are; None when these say nothing or disagree."""
    person = index.items[n][1]
    if not isinstance(person, Person):
        return None
    role = set(normalise(person.role).split())
    told = {sex for sex, words in _SEXED.items() if not role.isdisjoint(words)}
    told |= _pronouns_of(n, index)
    named = usual_sex(person.name, first_name_genders())
    told |= {named} if named else set()
    return told.pop() if len(told) == 1 else None  # the evidence must not disagree


def _pronouns_of(n: int, index: Index) -> set[str]:
    """The sexes the pronouns of the brief's facts and timeline give a person, in sentences naming them (their
    surname) and no other person."""
    surnames = {
        p: normalise(item.name).split()[-1]
        for p, (_section, item) in enumerate(index.items)
        if isinstance(item, Person) and item.kind == "person" and normalise(item.name).split()
    }
    own = surnames.get(n)
    others = {name for p, name in surnames.items() if p != n and name != own}
    told: set[str] = set()
    for section, item in index.items:
        if section not in ("facts", "timeline"):
            continue
        for sentence in _SENTENCE.split(primary_text(item)):
            words = set(normalise(sentence).split())
            if own in words and words.isdisjoint(others):
                told |= {sex for sex, pronouns in PRONOUN_SEX.items() if not words.isdisjoint(pronouns)}
    return told


def _subject(words: list[str], index: Index) -> list[str]:
    """Who or what an ask is about: the people it names (side by side as it named them: "Doe and Roe"), else its
    content words."""
    named = _named(words, index)
    if len(named) > 1 and named[0] in words and named[-1] in words:
        first, last = words.index(named[0]), len(words) - 1 - words[::-1].index(named[-1])
        if all(word in named or word in _JOINING_NAMES for word in words[first:last]):
            return words[first : last + 1]
    return named or _content_words(" ".join(words))


def _swap_last(before: list[str], new_subject: list[str], index: Index) -> list[str]:
    """The previous ask with its last name, or else its last word of content, replaced by the new subject ("how long
    after sc" → "how long after iowa"; "how much did the demo in reston cost" → "… in seattle cost")."""
    content = [n for n, w in enumerate(before) if is_content(w)]
    names = [n for n in content if before[n] in index.name_words]
    if not content:
        return before + new_subject
    at = (names or content)[-1]
    return before[:at] + new_subject + before[at + 1 :]


def _swap_subject(before: list[str], new_subject: list[str], index: Index) -> list[str]:
    """The previous ask with the people it named replaced by the new ones ("does it cover ICE" → "… the DEA")."""
    named = _named(before, index)
    if not named:
        return before + new_subject
    start = next((n for n, w in enumerate(before) if w == named[0]), None)
    if start is None:
        return before + new_subject
    end = start
    while end < len(before) and before[end] in named:
        end += 1
    return before[:start] + new_subject + before[end:]

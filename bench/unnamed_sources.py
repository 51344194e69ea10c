"""Someone a story brings in without a name ("a longtime aide", "one voter", "a former spymaster who"), found
before a source that refers back to them ("the aide said", "She asked", "who added"): whom that source means, as
written."""

from __future__ import annotations

import re

from bench.antecedents import intro_end
from bench.referent_words import FUNCTION_WORDS, INVERTED_VERBS, IRREGULAR_PAST, SPEECH_VERBS, TOKEN
from bench.referents import Story
from bench.source_reading import is_person_noun


def unnamed_source_before(sources: list[tuple[int, str]], at: int, story: Story) -> str | None:
    """The nearest annotated source in this sentence or the three before that brings someone in unnamed
    ("a longtime aide", "one official", "another source familiar with the talks")."""
    since = story.sentences[max(0, story.sentence_of(at) - 3)][0]
    unnamed = [
        src for a, src in sources if since <= a < at and src.lower().startswith(("a ", "an ", "one ", "another "))
    ]
    return unnamed[-1] if unnamed else None


def unnamed_speaker_before(story: Story, at: int) -> str | None:
    """The subject of the nearest reporting clause before `at` in its sentence or the one before, when it is
    "the X" for someone the story brought in unnamed as "a X" ('a partner at the firm told them … The answer,
    the partner said, was simple. "…," he added') and nobody is named between it and `at`."""
    index = story.sentence_of(at)
    lo = story.sentences[max(0, index - 1)][0]
    verbs = "|".join(SPEECH_VERBS)
    found = list(re.finditer(rf"\b[Tt]he\s+([a-z][\w-]*)\s+(?:{verbs})\b", story.text[lo:at]))
    if not found:
        return None
    last = found[-1]
    start = lo + last.start()
    if _named_between(story, start, at):
        return None
    return _without_its_verb(last.group()) if introduced_unnamed(story, start, last.group(1)) else None


def someone_unnamed_just_before(story: Story, at: int) -> str | None:
    """For a he/she opening its sentence: the person the sentence before brings in unnamed as the subject of its
    last clause ("… when one voter brought up jobs."), when no name follows it before the he/she."""
    index = story.sentence_of(at)
    if index == 0 or not re.fullmatch(r"[\s\"\u201c]*", story.text[story.sentences[index][0] : at]):
        return None
    lo, hi = story.sentences[index - 1]
    verb = r"(?:[a-z]{3,}ed|" + "|".join(IRREGULAR_PAST | SPEECH_VERBS) + r")\b"
    found = list(
        re.finditer(
            rf"(?<![\w-])(?:[Oo]ne|[Aa]n?)\s+((?:[a-z][\w-]*\s+){{0,2}}?([a-z][\w-]*))\s+{verb}", story.text[lo:hi]
        )
    )
    if not found or not is_person_noun(found[-1].group(2)):
        return None
    start = lo + found[-1].start()
    if _named_between(story, start, at):
        return None
    return _without_its_verb(found[-1].group())


def unnamed_subject_before(story: Story, at: int) -> str | None:
    """Someone the sentence before brings in unnamed as its subject and reports ("One operative inside the
    campaign tried to downplay it, saying …", "Another voter who asked not to be named said …"), with nobody
    named between them and `at`: whom a description there means."""
    index = story.sentence_of(at)
    if index == 0:
        return None
    lo, hi = story.sentences[index - 1]
    start = intro_end(story, index - 1)
    verbs = "|".join(SPEECH_VERBS | {"saying", "telling", "adding"})
    found = re.match(r"\s*(?:One|An?|Another)((?:\s+[a-z][\w-]*)+)", story.text[start:hi])
    if not found or not re.search(rf"\b(?:{verbs})\b", story.text[start:hi]):
        return None
    words = []  # the description up to a function word or a verb: "One operative" of "One operative inside …"
    for word in found.group(1).split():
        if word in FUNCTION_WORDS or word in SPEECH_VERBS or re.fullmatch(r"[a-z]+ed|inside|outside|near", word):
            break
        words.append(word)
    if not words or any(lo <= m.start < at and not m.pronoun and not m.possessive for m in story.mentions):
        return None
    return " ".join([story.text[start:hi].split()[0], *words])


def _named_between(story: Story, start: int, at: int) -> bool:
    """Whether the story names anyone (a name, not a pronoun) after `start` and before `at`."""
    return any(start < m.start < at for m in story.mentions if not m.pronoun)


def _without_its_verb(clause: str) -> str:
    """The subject a clause of saying or doing opens on, its verb (the last word) left off ("the partner said": "the
    partner")."""
    return clause[: -len(clause.split()[-1])].strip()


def described_before_who(story: Story, at: int) -> str | None:
    """A description right before a relative "who" ("a former spymaster who wrote", "an Abraham Lincoln
    impersonator who promises", "the Mexican president, who said"): what the "who" means, as written; not
    one that is a name's appositive ("Ann Lee, a senator who"), which means the name."""
    lo = story.sentences[story.sentence_of(at)][0]
    found = re.search(
        r"(?<![\w,])\s*((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'\u2019-]+\s+){0,4}?[a-z][a-z-]+),?\s*$",
        story.text[lo:at],
    )
    modifiers = {"former", "first", "last", "next", "more", "most"}  # "a former aide", not "a crowd of people"
    if not found or (FUNCTION_WORDS - modifiers) & {w.lower() for w in found.group(1).split()[1:]}:
        return None
    head = found.group(1).split()[-1]
    if not (story.is_role(head) or is_person_noun(head.removesuffix("s"))):
        return None  # "who" means a person: not "Democrats across the country, who"
    start = lo + found.start(1)
    if re.search(rf"{TOKEN},\s*$", story.text[max(0, start - 40) : start]):
        return None  # "Ann Lee, a senator who": the name's appositive
    return found.group(1)


def unnamed_before_who(story: Story, at: int) -> str | None:
    """Someone a reporting tag brings in unnamed right before a relative "who" ('said one official familiar with
    the talks, who added', 'according to a former aide, who'): whom the "who" means, as written."""
    lo = story.sentences[story.sentence_of(at)][0]
    verbs = "|".join(INVERTED_VERBS)
    found = re.search(
        rf"\b(?:{verbs}|according\s+to)\s+((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[^,;:.!?\"\u201c\u201d]{{1,80}}?),\s*$",
        story.text[lo:at],
    )
    return found.group(1) if found else None


def introduced_unnamed(story: Story, at: int, head: str) -> bool:
    """The head was brought in with "a"/"an" ("an organizer", "a longtime aide") in its sentence or the
    three before, so "the organizer" means that one, not someone the story names."""
    lo = story.sentences[max(0, story.sentence_of(at) - 3)][0]
    pattern = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,3}}{re.escape(head)}\b")
    # not an appositive or a predicate of a name ("Ann Lee, a senator", "Lee is a senator"): that one is named
    return any(
        not re.search(r"(?:[A-Z]\w*,|\b(?:is|was|as|became|been))\s+$", story.text[max(0, m.start() - 30) : m.start()])
        for m in pattern.finditer(story.text, lo, at)
    )

"""Sources that stand for the speaker without being one — a digest item's headline, a transcript, "someone who …",
"one of her ads" — and whose words they hold."""

from __future__ import annotations

import re

from bench.antecedents import intro_end, resolve_pronoun
from bench.referents import Story
from bench.source_words import DOCUMENT_HEADS, PRONOUN_GENDER, SPOKEN_HEADS


def is_headline(source: str) -> bool:
    """A source written all in capitals, three words or more: the headline of a digest's item ("LEE WINS IN
    OHIO"), no speaker; the words are whose the item's report says they are."""
    return len(re.findall(r"[A-Za-z]+", source)) >= 3 and source == source.upper()


def item_credit(text: str, end: int) -> str:
    """The outlet a digest item credits in square brackets closing its paragraph ('LEE WINS "…" [Dale Herald.]'),
    whose report the quoted words are; "" (no one named) when there is none."""
    paragraph_end = text.find("\n", end)
    credit = re.search(r"\[([^\[\]]+?)\.?\]\s*$", text[end : paragraph_end if paragraph_end >= 0 else len(text)])
    return credit.group(1).strip() if credit else ""


def transcript_speaker(story: Story, words: str, at: int) -> str | None:
    """Who speaks the words a transcript as source records: the speaker its label in capitals opens them with
    ('"LEE: We will …"': the person the story names so, else the label; none for a writing's, "VIDEO:"), else the
    person the story reports just before the transcript ('Gov. Ann Lee said, "…" Transcript as follows: "…"')."""
    label = re.match(r"\s*([A-Z][A-Z.'\u2019 -]*[A-Z])\s*:", words)
    if label and label.group(1).lower() in DOCUMENT_HEADS:
        return None  # '"VIDEO: …"': a clip's caption, no one's words
    if label:
        person = story.person_named(label.group(1).title())
        return person.name if person else label.group(1).title()
    person = resolve_pronoun(story, at, None)
    return person.name if person else None


# "someone who", "a woman who": a source the story brings in by what they did.
SOMEONE_WHO = r"(?:someone|somebody|a\s+(?:man|woman|person))\s+who"


def opening_someone(story: Story, at: int) -> str | None:
    """Whom "someone who" in a phrase opening the sentence means: the main clause's subject ("For someone who
    called it 'a mess,' Ann Lee did well"); None elsewhere ("He met someone who said …")."""
    index = story.sentence_of(at)
    intro = intro_end(story, index)
    after = [m for m in story.in_sentence(index) if m.start >= intro and not m.pronoun] if at < intro else []
    return story.people[after[0].person].name if after else None


# "one of her ads", "some of his remarks": among the writings or words of whom the pronoun means
ONE_OF_HIS = r"(?:one|some|several|many|each|any|all|two|three|another)\s+of\s+(his|her)\s+([a-z-]+)"


def one_of_his(story: Story, source: str, at: int) -> str | None:
    """Whom "his" or "her" means in "one of her ads", "some of his remarks" (a writing or words of one
    person's): those words are hers ('…, with one of her ads asking, "…"'). None for anything else
    ("one of his aides" is someone else)."""
    found = re.fullmatch(ONE_OF_HIS, source.strip().lower())
    if found is None:
        return None
    noun = found.group(2)
    if noun not in DOCUMENT_HEADS | SPOKEN_HEADS and noun.removesuffix("s") not in DOCUMENT_HEADS | SPOKEN_HEADS:
        return None
    person = resolve_pronoun(story, at + source.lower().index(found.group(1)), PRONOUN_GENDER[found.group(1)])
    return person.name if person else None

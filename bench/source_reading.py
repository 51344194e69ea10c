"""What an annotated source's own words say, before anyone resolves it: whether it names someone, its head, whether
it is a pronoun or a description that needs resolving, a body's or a person's words (bench/gold_sources.py resolves)."""

from __future__ import annotations

import re

from bench.name_words import first_name_gender, gender_of_word
from bench.referent_words import (
    DEPUTIES,
    GENDERED,
    INSTITUTION_HEADS,
    INSTITUTION_WORDS,
    TITLE_NAMES,
    TITLE_ROLES,
    TOKEN,
)
from bench.referent_words import TITLES as NAME_TITLES
from bench.relatives import RELATIVES
from bench.source_words import DETERMINERS, DOCUMENT_HEADS, ELLIPTIC, NOT_NAMES, PARTY_HEADS, PRONOUNS


def is_named(source: str) -> bool:
    """A source that names someone: a capitalised word that is not the sentence's first or a pronoun."""
    words = re.findall(r"[A-Za-z][\w.'\u2019-]*", source)
    return any(w[0].isupper() and w.lower() not in PRONOUNS and w.lower() not in NOT_NAMES for w in words)


def description_phrase(source: str) -> str:
    """A description up to "of", "for", "who", a comma or a bracket ("the former secretary of State" → "the
    former secretary")."""
    return re.split(r"\s+(?:of|for|at|from|with|in|on|who|whose|which|that)\s+|[,(]", source.strip())[0]


def head_word(source: str) -> str:
    """The head word of a description: its last word before "of", "for", "who", a comma or a bracket
    ("the former secretary of State" → "secretary", "the New Jersey governor" → "governor")."""
    words = description_phrase(source).split()
    return words[-1] if words else ""


def needs_resolving(source: str) -> bool:
    """A pronoun, or a description: a determiner and a common noun as head, even with names before it
    ("the senator", "the company", "the New Jersey governor", "the Wisconsin Republican")."""
    low = uncontracted(source.lower().strip())
    if low in PRONOUNS or low in ELLIPTIC or low in RELATIVES:
        return True
    head = head_word(source)
    return low.startswith(DETERMINERS) and (not is_named(source) or head.islower() or head.lower() in PARTY_HEADS)


def uncontracted(word: str) -> str:
    """A pronoun without the verb run into it ("she's", "we've": "she", "we"); any other word as it is."""
    bare = re.sub(r"['\u2019](?:s|ve|ll|d|re|m)$", "", word)
    return bare if bare in PRONOUNS else word


def is_plural(noun: str) -> bool:
    """A plural head ("the lawyers", "the authors", "the chairmen") means a body of people, not one person."""
    men = noun.endswith("men") and noun.removesuffix("men") + "man" in GENDERED["m"] | GENDERED["f"]
    return men or (noun.endswith("s") and not noun.endswith(("ss", "us", "is")))


def first_name_not_of(source: str, gender: str) -> bool:
    """The source's first name, titles aside, is one the list gives only the other gender ("Ann" for a "he")."""
    names = [w for w in re.findall(TOKEN, source) if w.lower().rstrip(".") not in NAME_TITLES]
    found, weight = first_name_gender(names[0]) if names else (None, 0)
    return weight == 2 and found != gender


def names_body(source: str) -> bool:
    """A source that names a body, a writing or a group, not one person: "the FBI", "Breitbart News",
    "NRA", "a new poll", "Supporters" (a reporter "for Agence France-Presse" is a person)."""
    head = head_word(source)
    low = head.lower()
    words = re.findall(r"[\w.'\u2019-]+", source)
    return (
        (head[:1].isupper() and source.lower().startswith(("the ", "a ", "an ")))
        or low in INSTITUTION_HEADS | DOCUMENT_HEADS | {"poll", "survey", "study"}
        or is_plural(low)
        or any(w.lower() in INSTITUTION_WORDS for w in words)
        or any(re.fullmatch(r"[A-Z]{2,}(?:-[A-Z]+)?(?:['\u2019]s)?", w) for w in words)
    )


def holds_role(source: str, head: str) -> bool:
    """A named source is written with that role ("Gov. Ann Lee" for "governor"); a deputy's role ("vice president")
    is its words together ("Vice President Ann Lee"), and a bare role is not a deputy's ("president" is not in it)."""
    head = head.replace("woman", "man")
    deputy = re.search(rf"\b(?:{'|'.join(DEPUTIES)})[\s-]+(\w+)", source.lower())
    if " " in head:
        return deputy is not None and deputy.group().replace("-", " ") == head
    return head in title_words(source) and not (deputy and deputy.group(1) == head)


def title_words(source: str) -> set[str]:
    """The words of a source with abbreviated titles spelt out ("Gov." → "governor"), a possessor's
    aside ("the company's chief" is a chief, not a company), and a capitalised word no name follows ("the
    Union Leader, a newspaper", "Justice") a name's own, not a title, unless a body's ("Acme Foundation")."""
    text = re.sub(r"\w+['\u2019]s\b", " ", source)
    words = [
        m.group().lower()
        for m in re.finditer(r"[A-Za-z][A-Za-z-]*(?!['\u2019]s)\b", text)
        if m.group().islower() or m.group().lower() in INSTITUTION_HEADS or re.match(r"\.?\s+[A-Z]", text[m.end() :])
    ]
    return {TITLE_ROLES.get(w, w).replace("woman", "man") for w in words}


def plain_words(text: str) -> list[str]:
    """Lower-case words, a possessive's apostrophe aside ("Lee's", "Sanders\u2019 campaign": "lee", "sanders")."""
    text = text.replace("\u2019s", "").replace("'s", "")
    return [w.lower().rstrip("\u2019'") for w in re.findall(r"[A-Za-z0-9][\w\u2019'-]*", text)]


def is_person_noun(word: str) -> bool:
    """A noun for a person: a title, a gendered word or an agent's ending ("spymaster", "impersonator")."""
    agent = re.search(r"(?:er|or|ist|ian|ant|ent)$", word)
    return word in TITLE_NAMES or gender_of_word(word) is not None or agent is not None

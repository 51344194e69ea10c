"""The words written around a name and what they say of it: its role words before it ("campaign manager", "his
wife,") and in an appositive after it ("…, a Democratic strategist"), whether that appositive describes a person, and
whether a source's words before a name are a head of its own ("Republican pollster Ann Lee") or an appositive's."""

from __future__ import annotations

import re

from bench.name_words import gender_of_word
from bench.referent_words import (
    APPOSITIVE_OPENERS,
    DEPUTIES,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    NEVER_ROLES,
    PERSON_HEADS,
    SPEECH_VERBS,
    TITLE_NAMES,
)


def person_appositive(after: str) -> bool:
    """The words after a name open an appositive or a predicate whose head is a title or a word for a person ("…,
    president of Acme", "…, a Democratic strategist,", "… is listed as the chairman of"), not a body ("…, a ferry
    operator")."""
    opening = r"(?:,\s+|\s+(?:is|was)\s+(?:[a-z]+\s+as\s+)?(?=a\s|an\s|the\s))"  # "…, a", "… is listed as the"
    found = re.match(
        rf"{opening}(?:(?:a|an|the|its|their)\s+)?(?:[\w'\u2019-]+\s+){{0,3}}?([a-z]+)(?:\s+(?:of|for|at)\b|[,.;]|$)",
        after,
    )
    head = found.group(1) if found else ""
    return head in TITLE_NAMES | PERSON_HEADS or gender_of_word(head) is not None or head.endswith(("ist", "ian"))


def words_beside(text: str, start: int, end: int, sentence: tuple[int, int]) -> list[str]:
    """Lowercase words just before a name ("campaign manager", "his wife,") and in the appositive after it."""
    before = text[max(sentence[0], start - 40) : start]
    words: list[str] = []
    # a quotation mark ends them (a single one after a stop or a comma): in '"… the woman's card," Lee said' or
    # "On 'the woman card,' Lee says" no word tells what Lee is
    stop = "" if start - 40 <= sentence[0] else "?"  # what ended them: nothing at the sentence's start
    for word in reversed(re.findall(r"[A-Za-z][\w-]*|[,.!?]?[\"\u201c\u201d]|[,.!?]['\u2019]|[,;:.]", before)):
        if (not word[0].islower() and word != ",") or word in FUNCTION_WORDS - {"his", "her", "their"}:
            stop = word.lower()
            break
        if word in SPEECH_VERBS | IRREGULAR_PAST or re.fullmatch(r"[a-z]{3,}ed", word):
            stop = word
            break  # a verb ends them: in "The editorial noted Lee's", "the paper urged Lee" or "Roe met Lee" no word
            # is Lee's role
        if word in DEPUTIES and words and words[-1] != ",":
            words[-1] = f"{word} {words[-1]}"  # "vice president", "deputy director": no president, no director
            continue
        words.append(word)
        if word in ("his", "her", "their"):
            stop = ""
            break
    # across a comma only a phrase a determiner opens is the name's ("his wife, Jane", "The firm's chief, Ann Lee");
    # in "whether she is qualified to be president, Lee said" the words before the comma are another clause's
    if "," in words and stop not in ("", "the", "a", "an"):
        words = words[: words.index(",")]
    after = re.match(r",\s+([^,;.)\u201c\"]{0,80})", text[end : end + 90])
    if after and not _opens_clause(after.group(1)) and not _holds_verb(after.group(1)):
        words += re.findall(r"\b[a-z][\w-]*\b(?!['\u2019])", after.group(1))
    return [w for w in words if w != ","]


def may_be_role(word: str) -> bool:
    """A word beside a name that could say what the person is ("senator", "vice president"), not a function
    word, a pronoun, a preposition or a possessive's stray letter ("the", "who", "of", "s")."""
    return len(word) > 2 and word not in NEVER_ROLES


def _holds_verb(words: str) -> bool:
    """What follows "Name," holds a verb of saying, or a past-tense verb before its object ("In an interview with
    Ann Lee, the candidate stated that …"): the main clause after an opening phrase, no appositive of the name's."""
    verbs = "|".join(SPEECH_VERBS)
    return bool(re.search(rf"\b(?:{verbs})\b|\b[a-z]{{3,}}ed\s+(?:that|to|the|an?|his|her|their|its)\b", words))


def _opens_clause(words: str) -> bool:
    """What follows "Name," is the rest of a clause, not an appositive: it opens with a verb or a function
    word ("Ann and her husband, Tom, were greeted by an organizer"; "Tom, who …"), not "the"/"a" or a noun."""
    first = re.match(r"([a-z][\w-]*)", words)
    word = first.group(1) if first else ""
    return (word in FUNCTION_WORDS and word not in APPOSITIVE_OPENERS) or bool(re.fullmatch(r"[a-z]+ed", word))


def heads_source(lead: str) -> bool:
    """What a source holds before a name is no appositive and no clause ("Republican pollster", "master of
    ceremonies"; not "Ann Lee, the director of", "Ann Lee, who chairs")."""
    return not re.search(r"[,;:(]|\b(?:who|which|that)\b", lead)

"""The words a capitalised run sweeps in before a name, taken off it: a capitalised small word, a month, a verb of
saying opening a sentence, a department after "secretary of", a word the story writes in lower case elsewhere
("Senators Jane Doe", "Whether Doe will …"), a people's word before a full name ("Oregonian Jane Doe"); and
whether one capitalised word opening a sentence is a name at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.draft import lexicon as lx
from bot.draft.namereading import ROLE_NOUNS
from bot.draft.namewords import (
    CONNECTORS,
    NUMBERS,
    PEOPLES,
    VERBISH,
    clean_token,
    first_name_not_month,
    month_as_name,
    opening_adverb,
    opening_participle,
    org_like,
    singular,
    speaks_next,
)
from bot.draft.text import STATE_ABBREVIATIONS

if TYPE_CHECKING:
    from bot.draft.names import Cast


# "former secretary of State Jane Doe", "the minister of Defence Jane Doe": the capitalised word after a lower-case
# secretary or minister "of" is the office's department, part of the title and no part of the name after it.
OFFICE_OF = re.compile(r"\b(?:secretary|minister)\s+of\s+(?:the\s+)?$", re.I)


# The half of the day after a clock's time ("10:20 PM Jane Doe …" in a live blog's entries), no title
_CLOCK = re.compile(r"AM|PM|A\.M\.|P\.M\.")


def trim_leading_words(
    cast: Cast, masked: str, start: int, tokens: list[str], initial: bool
) -> tuple[int, list[str], bool]:
    """A name's words without those leading it that are no part of it: a capitalised small word, a month, "Stated"
    opening a sentence, words after "the office of", a sentence's first word swept in. The name's new start, its
    words, and whether it still opens a sentence."""
    while (
        tokens
        and (
            (
                clean_token(tokens[0]).lower() in lx.STOP_CAPS
                and not _surname_alone(cast, tokens, masked, start)
                and not _given_name_apposed(cast, tokens, masked, start)
            )
            or (
                clean_token(tokens[0]).lower() in lx.MONTH_WORDS
                and not first_name_not_month(tokens)
                and not month_as_name(tokens[0], masked[start + len(tokens[0]) :])
            )
            or (initial and len(tokens) > 1 and tokens[0].lower() in lx.SPEECH_VERBS)  # "Stated Doe:"
            or (_CLOCK.fullmatch(tokens[0]) is not None and re.search(r"\d\s*$", masked[:start]) is not None)
            or (len(tokens) > 1 and OFFICE_OF.search(masked, max(0, start - 20), start) is not None)
            or _swept_in(cast, tokens, initial)
            or _state_ending_a_sentence(cast, masked, start, tokens)
        )
    ):
        start += len(tokens[0]) + 1
        tokens = tokens[1:]
        initial = False
    return start, tokens, initial


def opening_word_is_name(cast: Cast, masked: str, start: int, word: str) -> bool:
    """Whether one capitalised word opening a sentence is a name, not the sentence's first word: one the story
    knows, a short form, a word written in capitals mid-sentence elsewhere, or one that speaks next ("Doe said")."""
    token = clean_token(word)
    if opening_adverb(token, masked[start:]) and not cast.lookup(token):
        return False  # "Recently, he said …"
    participle = opening_participle(token, masked[start + len(word) :])
    if participle and not cast.lookup(token) and token.lower() not in cast.surnames:
        return False  # "Reprising one of her lines, …"
    if _common_word(cast, token):
        return False  # "Candidates who think …"
    return (
        token in cast.midcaps
        or lx.is_acronym(token)
        or bool(cast.lookup(token))
        or token.lower() in cast.surnames
        or bool(speaks_next(token, masked[start + len(word) :]))
    )


def _swept_in(cast: Cast, tokens: list[str], initial: bool) -> bool:
    """A leading word the story writes in lower case elsewhere, swept into the name after it: before a
    first name and a surname ("Senators Jane Doe", "Whether Jane Doe", "Staff Jane Doe" of "Chief of
    Staff …"), or opening a sentence before a surname the story gives in full ("Whether Doe will …"); a word in
    "-ing" opening a sentence counts as one the story writes in lower case ("Chasing Doe was Roe")."""
    if len(tokens) < 2:
        return False
    word = clean_token(tokens[0])
    lowered = word.lower().rstrip(".")
    if len(tokens) >= 3 and _plural_role(lowered) and clean_token(tokens[1]) in cast.first_names:
        return True  # "Senators Jane Doe and …", "Democrats Jane Doe and …": the group, then one member
    if (
        len(tokens) >= 3
        and _a_peoples_word(word, cast)
        and clean_token(tokens[1]) in cast.first_names
        and not org_like(tokens)
    ):
        return True  # "Oregonian Jane Doe", "Liberals Jane Doe and …": where she is from or what she belongs to
    if (
        len(tokens) == 2
        and lowered not in lx.HONORIFICS  # "Mrs. Doe" is one woman
        and _plural_role(lowered)
        and clean_token(tokens[1]).lower() in cast.surnames
    ):
        return True  # "Senators Doe and Roe": the title of both, then a surname the story gives in full
    if initial and len(tokens) >= 3 and _opening_plural(cast, tokens):
        return True  # "Celebrities Jane Doe and …": a sentence opening on a plural noun, then one of them by name
    if initial and re.fullmatch(r"[a-z]{4,}ly", lowered) and word not in cast.first_names:
        return clean_token(tokens[1]) in cast.first_names  # "Certainly Jane Doe had …": an adverb, then a name
    gerund = initial and re.fullmatch(r"[a-z]{3,}ing", lowered) is not None  # "Chasing Doe was Roe", "Using Jane Doe"
    if (
        (lowered not in cast.common and not gerund)
        or word in cast.midcaps  # "South Carolina", "Long Beach": capitalised mid-sentence, part of a name
        or word in cast.first_names
        or lowered in cast.surnames
        or lowered in lx.TITLES
        or lowered in lx.HONORIFICS
        or lowered in ROLE_NOUNS  # "Moderator Jane Doe": a role, kept as one
        or lowered in CONNECTORS  # "De Blasio" beside "de Blasio"
    ):
        return False
    if len(tokens) >= 3:
        return clean_token(tokens[1]) in cast.first_names
    return initial and bool(cast.bearers.get(clean_token(tokens[1]).lower(), set()) - {lowered})


def _state_ending_a_sentence(cast: Cast, masked: str, start: int, tokens: list[str]) -> bool:
    """A state's abbreviation after a town ending one sentence, run into a given name and a surname opening the next
    ("… at his club in Dover, Del. Jane Doe, the …"): where she is not from, no part of her name."""
    return (
        len(tokens) >= 3
        and tokens[0].endswith(".")
        and tokens[0][:-1].lower() in STATE_ABBREVIATIONS
        and masked[:start].endswith(", ")
        and clean_token(tokens[1]) in cast.first_names
    )


def _given_name_apposed(cast: Cast, tokens: list[str], masked: str, start: int) -> bool:
    """A capitalised modal that is also a given name ("Will", "May") before a surname that an apposition or a
    verb of saying follows ("Will Doe, the chairman, said", "May Doe said"): a name, where the modal is followed by
    a bare verb ("Will Doe win?")."""
    if len(tokens) != 2 or clean_token(tokens[0]) not in cast.first_names:
        return False
    after = re.match(r"\s*(?:,|([a-z]+)\b)", masked[start + len(" ".join(tokens)) :])
    return after is not None and (after[1] is None or after[1] in lx.SPEECH_VERBS)


def _common_word(cast: Cast, token: str) -> bool:
    """A sentence's one capitalised word that the story writes in lower case elsewhere and never as
    anyone's surname or an organisation's word ("Candidates who think …", "Teachers say …")."""
    lowered = token.lower()
    return lowered in cast.common and lowered not in cast.surnames and not org_like([token]) and not cast.lookup(token)


def _surname_alone(cast: Cast, tokens: list[str], masked: str, start: int) -> bool:
    """A common word that is the surname of a full name in the story, standing alone before a verb or
    a full stop ("Will wrote", "From said."), not opening a clause ("Will the board …", "From here")."""
    word = clean_token(tokens[0]).lower() if len(tokens) == 1 else ""
    if word not in cast.surnames or word in NUMBERS:
        return False
    after = re.match(r"\s+([a-z]+)\b|[.,;:!?]", masked[start + len(tokens[0]) :])
    if after is None:
        return False
    verb = after[1]
    return verb is None or verb in lx.SPEECH_VERBS or verb in VERBISH


def _a_peoples_word(word: str, cast: Cast) -> bool:
    """A member of a people or a place's people, or such a people ("Oregonian", "Ruritanians", "Liberals"), that is
    no given name, no surname the story gives in full and no title or role ("Republican Jane Doe" keeps her role)."""
    return (
        (
            bool(PEOPLES.fullmatch(word))
            or re.fullmatch(r"[A-Z][a-z]+(?:ian|ean|an)", word) is not None
            or _place_and_er(word, cast)
        )
        and word not in cast.first_names
        and word.lower() not in cast.surnames
        and singular(word.lower()) not in lx.TITLES
        and singular(word.lower()) not in ROLE_NOUNS
    )


def _opening_plural(cast: Cast, tokens: list[str]) -> bool:
    """A plural noun before a given name and a surname ("Celebrities Jane Doe"): a word in a plural's "-s" that is
    no given name, no surname the story gives in full and capitalised nowhere else in the story, before a given name
    the table knows."""
    word = clean_token(tokens[0])
    return (
        re.fullmatch(r"[A-Z][a-z]{2,}[^s\W]s", word) is not None
        and clean_token(tokens[1]) in cast.first_names
        and word not in cast.first_names
        and word not in cast.midcaps
        and word.lower() not in cast.surnames
        and not org_like(tokens)
    )


def _place_and_er(word: str, cast: Cast) -> bool:
    """A place's people in "-er" ("Vermonter", "Salemporter"): a place the table knows, or a word the story
    capitalises mid-sentence, and "-er"."""
    place = word[:-2]
    return word.endswith("er") and len(place) > 2 and (lx.is_place(place) or place in cast.midcaps)


def _plural_role(lowered: str) -> bool:
    """A title or role noun in the plural ("senators", "professors", "republicans")."""
    if not lowered.endswith("s") or lowered.endswith("ss"):
        return False
    one = singular(lowered)
    return one in lx.TITLES or one in ROLE_NOUNS

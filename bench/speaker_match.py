"""Whether a drafted speaker names the gold one (bench/polnear.py): by the last word of its name, its
capitalised words, initials, or the body or writing a description stands for."""

from __future__ import annotations

import re

from bench.name_words import is_first_name
from bench.polnear import GoldQuote
from bench.referent_words import (
    FUNCTION_WORDS,
    INSTITUTION_HEADS,
    INSTITUTION_WORDS,
    SUFFIXES,
    SURNAME_PARTICLES,
    TOKEN,
)
from bench.referent_words import TITLES as NAME_TITLES
from bench.source_reading import (
    description_phrase,
    head_word,
    is_person_noun,
    is_plural,
    needs_resolving,
    plain_words,
)
from bench.source_words import AUTHORS, CROWDS, DOCUMENT_HEADS, NOT_NAMES, PARTS, SPOKEN_HEADS, WRITINGS

TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "the", "president", "senator", "former"}
# Heads of someone who speaks for the body a "for" names ("a spokesman for Acme"): the body's words.
SPEAKS_FOR = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "representatives"}
# Heads of a group whose members an "of" names ("a group of Acme donors", "a coalition of unions", a part of one).
COLLECTIVES = {
    "group", "family", "coalition", "couple", "pair", "trio", "handful", "dozen", "number", "alliance", *PARTS,
}  # fmt: skip
NOT_ONE_PERSON = {"office", "poll", "survey", "study", "people", "mind"}  # owned, yet no one person ("Lee's office")


def speaker_matches(drafted: str, gold: GoldQuote) -> bool:
    """The drafted speaker names the gold one: the last word of its name ("Jr." aside; for an unnamed
    source, its head noun) is a word of the resolved source, or the drafted name holds every capitalised
    word of the source but titles ("Mr. Lou" and "Lou Jiwei"), or one is written in the other's initials
    ("FEC"); not when the source opens on a named person and the drafted name is someone or something else
    (`_another_person`), nor the owner for "Lee's spokeswoman" (`_owner_for_person`), nor anything else a source
    naming a person holds ("Acme" for "Acme ally Ann Lee", `_names_none_of_the_people`). No source wants
    "Unattributed"."""
    if not gold.speaker or drafted.startswith("Unattributed"):
        return not gold.speaker and drafted.startswith("Unattributed")
    words = [w for w in plain_words(re.sub(r"\([^)]*\)", " ", drafted)) if w.rstrip(".") not in SUFFIXES]
    gold_words = set(plain_words(gold.speaker))
    if words and {words[-1], words[-1] + "s", words[-1].removesuffix("s")} & gold_words:
        return (
            not _another_person(drafted, gold)
            and not _owner_for_person(drafted, gold.speaker)
            and not _names_none_of_the_people(drafted, gold)
            and not _named_in_a_modifier(drafted, gold.speaker)
            and not _named_before_the_head(drafted, gold.speaker)
        )
    # "Mr. Lou" names "Lou Jiwei": every capitalised word of the source, titles aside, is in the drafted name.
    gold_names = {w.lower() for w in re.findall(r"[A-Z][\w\u2019'-]*", gold.speaker)} - TITLES
    if gold_names and gold_names <= set(words):
        return True
    # "Federal Election Commission" names "a 1996 FEC opinion", and "FEC" names "the Federal Election Commission"
    return _initials(drafted) in _acronyms(gold.speaker) or _initials(gold.speaker) in _acronyms(drafted)


def _owner_for_person(drafted: str, speaker: str) -> bool:
    """The whole source is a person another one owns ("Lee's spokeswoman", "Lee's defense counsel") and the
    drafted name holds the owner but not the describing word: the owner is not whom it means. Bodies,
    writings, groups and what one thinks or says ("Lee's campaign", "Lee's statement", "Lee's office", "Lee's
    lawyers", "Lee's mind", "Lee's plan") are left as they are."""
    owner = rf"(?P<owner>{TOKEN}(?:\s+{TOKEN})*?)['\u2019]s?"
    m = re.fullmatch(rf"(?:[Tt]he\s+)?{owner}\s+(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})", speaker.strip())
    if not m:
        return False
    noun = m.group("head").split()[-1]
    if (
        is_plural(noun)
        or noun.endswith("self")
        or noun in INSTITUTION_HEADS | DOCUMENT_HEADS | SPOKEN_HEADS | NOT_ONE_PERSON
    ):
        return False
    drafted_words = plain_words(drafted)
    return bool(drafted_words) and noun not in drafted_words and drafted_words[-1] in plain_words(m.group("owner"))


def _named_in_a_modifier(drafted: str, speaker: str) -> bool:
    """The source is someone or something described, not named ("a woman in Dale, Ohio", "one group campaigning
    to leave the Acme Union", "the delegate, who backs Lee"), and the drafted name's last word is only in what
    follows the description's head: a place, a body or a person a preposition or a relative clause brings in
    is not the speaker ("Pando" for "a columnist for Pando", as "Lee" is not "Lee's spokeswoman"). A name in
    apposition ("a top aide, Ann Lee,"), a member of a group ("a group of Acme donors"), the body a spokesman
    speaks for and whatever a writing's description names (its author, its outlet) are not judged so."""
    participle = r"[a-z]+ed\s+(?:by|in|on|at|from|to|for|as)"  # "released by", "posted on"
    boundary = rf"(?=\s(?:in|of|for|on|at|near|to|with|about|against|who|whose|which|that|{participle})\s|,|$)"
    described = re.match(rf"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+[a-z]\S*.*?{boundary}", speaker)
    drafted_words = plain_words(drafted)
    if not described or not drafted_words or drafted.startswith("Unnamed"):
        return False
    head = plain_words(described.group())[-1]
    if head in DOCUMENT_HEADS | WRITINGS | SPEAKS_FOR:
        return False
    rest = speaker[described.end() :]
    allowed = set(plain_words(described.group()))
    members = re.match(r"\s+of\s+([^,]*)", rest) if head in COLLECTIVES else None
    allowed |= set(plain_words(members.group(1))) if members else set()
    asides = rest.split(",")[1:]
    if rest.startswith(","):  # the head's apposition: "the nominee, Mitt Lee,", "another advocate, Al Roe of Acme"
        allowed |= set(plain_words(re.split(r"\s(?:of|from|at|in|who)\s", asides.pop(0))[0]))
    for aside in asides:  # someone named in apposition further on: "one of her backers in Ohio, Sen. Al Roe"
        allowed |= {w for names in _people_named(aside.strip()) for w in plain_words(" ".join(names))}
    return drafted_words[-1] not in allowed and drafted_words[-1].removesuffix("s") not in allowed


def _named_before_the_head(drafted: str, speaker: str) -> bool:
    """The source is someone brought in unnamed ("an Abraham Lincoln impersonator", "a Dale aide") and the
    drafted name is a person's whose family name is only written before the head noun as its modifier: the
    impersonator is not Lincoln, nor the aide Ann Dale. A spokesman's body, a writing's author and a group's
    members are not judged so, nor a drafted name that is no person's ("Acme" for "an Acme executive")."""
    found = re.match(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(.*)$", description_phrase(speaker))
    head = head_word(speaker)
    drafted_words = plain_words(drafted)
    if not found or not head.islower() or not drafted_words or drafted.startswith("Unnamed"):
        return False
    if head in SPEAKS_FOR | DOCUMENT_HEADS | WRITINGS | INSTITUTION_HEADS | COLLECTIVES | AUTHORS | CROWDS:
        return False
    named = {w.lower() for w in re.findall(r"[A-Z][\w'\u2019-]*", found.group(1))}
    if drafted_words[-1] not in named or drafted_words[-1] in plain_words(speaker[len(description_phrase(speaker)) :]):
        return False
    person = len(drafted_words) > 1 and is_first_name(drafted.split()[0])  # "Abraham Lincoln"
    # or only the modifier itself for someone a person noun heads ("East German" for "an East German spymaster")
    return person or (set(drafted_words) <= named and is_person_noun(head))


def _people_named(speaker: str) -> list[list[str]]:
    """The name words of each person a source names by a first name or a title before a family name, neither
    in a relative clause, after a preposition ("an aide to Ann Lee") nor modifying a noun ("a Lee Park resident"):
    "Acme campaign manager Ann Lee", "advisers like Bob Roe", "Sen. Lee and Ann Roe"; not "Acme Corp."."""
    main = re.split(r",?\s+(?:who|whose|which|that|for|to|of|from|at|in|on|with)\s", speaker)[0]
    people = []
    for run in re.finditer(rf"{TOKEN}(?:\s+{TOKEN})*", main):
        after = re.match(r"\s*([a-z0-9][\w-]*)", main[run.end() :])
        words = [w for w in run.group().split() if w.lower().rstrip(".") not in SUFFIXES]
        if (after and after.group(1) not in FUNCTION_WORDS) or INSTITUTION_WORDS & {w.lower() for w in words}:
            continue
        opener = [
            i
            for i, w in enumerate(words[:-1])
            if w.lower().rstrip(".") in NAME_TITLES
            or any(is_first_name(part) for part in w.split("-"))
            or re.fullmatch(r"(?:[A-Z]\.)+", w)
        ]
        if opener:
            people.append([w for w in words[opener[-1] :] if w.lower().rstrip(".") not in NAME_TITLES])
    return [names for names in people if names]


def _names_none_of_the_people(drafted: str, gold: GoldQuote) -> bool:
    """The source names one or more people and the drafted name, though it shares a word with the source, has no
    word of any of their names: "Acme" or "Bob Acme" for "Acme campaign manager Ann Lee" is not her. An unnamed
    one drafted for a source annotated as a description is not judged so ("Unnamed man" for "a man calling
    himself Bob Roe", "Unnamed lawsuit" for "the lawsuit" the ruler resolved to a person)."""
    if drafted.startswith("Unnamed") and gold.source.lower().startswith(("a ", "an ", "the ", "one ", "another ")):
        return False
    head = plain_words(drafted)[-1]
    if drafted.startswith("Unnamed") and is_plural(head) and head in plain_words(description_phrase(gold.speaker)):
        return False  # "Unnamed economists" for "three economists -- Ann Lee at Acme, …": the group the story describes
    people = _people_named(gold.speaker)
    named = {w for names in people for w in plain_words(" ".join(names))}
    return bool(people) and not set(plain_words(drafted)) & named


def _leading_person(speaker: str) -> list[str] | None:
    """The name words of the person a source opens on, titles aside ("Ann Lee, a pollster", "Sen. Ann Lee of
    Ohio", "Mrs. Lee"), or None when it opens on anything else ("the Lee campaign", "Lee's spokeswoman", "Ohio
    pollster Ann Lee")."""
    run = re.match(rf"{TOKEN}(?:\s+{TOKEN})*", speaker.strip())
    if not run or not re.match(r"$|\s*[,(]|\s+(?:of|from|in|at|who|whose)\b", speaker.strip()[run.end() :]):
        return None
    names = [w for w in run.group().split() if w.lower().rstrip(".") not in SUFFIXES]
    titled = False
    while names and names[0].lower().rstrip(".") in NAME_TITLES:
        names, titled = names[1:], True
    if not names or re.search(r"['\u2019]s?$", names[-1]) or names[0].lower() in NOT_NAMES:
        return None
    first_name = is_first_name(names[0]) or bool(re.fullmatch(r"(?:[A-Z]\.)+", names[0]))
    return names if titled or (len(names) >= 2 and first_name) else None


def _another_person(drafted: str, gold: GoldQuote) -> bool:
    """The source opens on a named person and the drafted speaker, though it shares a word with the source, is
    someone or something else: it has no word of that person's name ("Ohio" for "Ann Lee of Dayton, Ohio",
    "Acme PAC" for "Ann Lee, who chairs Acme PAC"), or it gives the family name with another first name ("Bob
    Lee" for "Ann Lee": a husband for a wife; "Anna" for "Ana" is one name spelt two ways). A drafted
    name that names a description as annotated ("Unnamed lawsuit" for "the lawsuit", which the ruler may have
    resolved to a person) is not judged so."""
    names = _leading_person(gold.speaker)
    drafted_words = plain_words(drafted)
    as_annotated = (
        needs_resolving(gold.source) and bool(drafted_words) and drafted_words[-1] in plain_words(gold.source)
    )
    if names is None or as_annotated:
        return False
    if not set(drafted_words) & set(plain_words(" ".join(names))):
        return True
    drafted_names = [
        w for w in re.findall(TOKEN, drafted) if w.lower().rstrip(".") not in SUFFIXES | NAME_TITLES.keys()
    ]
    # a word the drafted name writes as a lower-case particle is no first name where the source capitalises it
    # opening a sentence ("De Luca" for "Marta de Luca")
    particles = {w for w in drafted.split() if w in SURNAME_PARTICLES}
    forenames = {n.lower() for n in names[:-1] if is_first_name(n)} - particles
    if len(drafted_names) < 2 or not is_first_name(drafted_names[0]) or not forenames:
        return False
    # a first name spelt with a letter doubled or not is the same one ("Ana" once for "Anna")
    return not {_undoubled(n) for n in forenames} & {_undoubled(n.lower()) for n in drafted_names[:-1]}


def _undoubled(word: str) -> str:
    """A word with each doubled letter written once ("anna" → "ana", "phillip" → "philip")."""
    return re.sub(r"(\w)\1", r"\1", word)


def _initials(name: str) -> str | None:
    """The initials of a name's capitalised words ("Federal Election Commission" → "FEC"), if it has two or more."""
    caps = re.findall(r"\b[A-Z]", name)
    return "".join(caps) if len(caps) >= 2 else None


def _acronyms(text: str) -> set[str]:
    """The words written in capitals or initials ("FEC", "F.B.I."), without their stops."""
    return {w.replace(".", "") for w in re.findall(r"\b[A-Z](?:\.?[A-Z])+\b", text)}

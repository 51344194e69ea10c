"""Finding the names in a paragraph: capitalised runs split into people's and bodies' names by
:mod:`bot.draft.runsplitting`, with the words swept in before them taken off (a sentence's first word, a capitalised
small word, "Senators" before "Jane Doe and …"), each read by :func:`bot.draft.namereading.name_mention`, for
:class:`bot.draft.names.Cast`, whose vocabulary (given names, surnames, words written in lower case) it reads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.draft import lexicon as lx
from bot.draft.mentions import Mention
from bot.draft.namereading import name_mention
from bot.draft.namewords import (
    COMPOUND_ADJECTIVE,
    NICKNAMED,
    PARTY_TAG,
    RUN,
    clean_token,
    given_names,
    org_like,
    person_like,
)
from bot.draft.runsplitting import names_in_run

if TYPE_CHECKING:
    from bot.draft.names import Cast


def find_names(cast: Cast, masked: str, starts: set[int], taken: list[Mention]) -> list[Mention]:
    """The names in a paragraph's masked text, outside the descriptions already taken, each tied to its entity."""
    out: list[Mention] = []
    headline = _HEADLINE_IN_CAPITALS.match(masked)
    headline_end = headline.end() if headline else 0
    for m in RUN.finditer(masked):
        m = _after_glued_words(cast, masked, m)
        hyphened = re.match(r"\w-", masked[max(0, m.start() - 2) : m.start()])  # not a credit's "-Jane Doe"
        if hyphened and " " in m.group():
            # "the pro-Roe Harbour Action PAC": the name after the prefixed word
            m = RUN.match(masked, m.start() + m.group().index(" ") + 1) or m
            hyphened = None if m.start() > 0 and masked[m.start() - 1] == " " else hyphened
        inside = next((t for t in taken if t.start <= m.start() < t.end), None)
        if inside is not None and m.end() > inside.end + 1 and inside.text.split()[-1] in lx.ORG_HEADS:
            # "the super PAC Harbour Forward": the name after a description ending in a capitalised head
            m = RUN.match(masked, inside.end + 1) or m
            inside = next((t for t in taken if t.start <= m.start() < t.end), None)
        if inside is not None and m.end() > inside.end + 1:
            # "… is a Democrat. Doe said": the run goes on past the description into the next sentence's name
            after = min((s for s in starts if inside.end < s < m.end()), default=None)
            if after is not None and (again := RUN.match(masked, after)) is not None:
                m, inside = again, next((t for t in taken if t.start <= after < t.end), None)
        if inside is not None and _principal(cast, masked, inside, m):
            inside = None  # "a spokeswoman for Jane Doe": the role's principal is in the story too
        if inside is not None or hyphened:
            continue  # inside a description, or the second half of "anti-Muslim", "pro-Trump"
        if PARTY_TAG.fullmatch(m.group()) and _tagged(masked, m):
            continue  # "Sen. Jane Doe (R-Ohio)": the tag after a name is nobody
        if _label_or_dateline(cast, masked, m):
            continue  # "CORRECTION:", "EDITOR'S NOTE:", "BOSTON —": what a paragraph opens with in capitals
        for start, tokens, acronym in names_in_run(cast, masked, m, starts):
            while tokens and start < headline_end:  # "… HARBOUR BLAST Mayor Jane Doe": the headline's words off
                start, tokens = start + len(tokens[0]) + 1, tokens[1:]
            if not tokens:
                continue
            if COMPOUND_ADJECTIVE.fullmatch(tokens[-1]):
                continue  # "a New York-based group", "a Jane Doe-style speech": a modifier, no one named
            if ACRONYM_PLURAL.fullmatch(clean_token(tokens[-1])):
                continue  # "Super PACs have spent …", "CEOs": a kind of body or of people, in the plural, no name
            if len(tokens) > 1 and COMPOUND_ADJECTIVE.fullmatch(tokens[0]):  # "Chicago-based Acme": Acme
                start, tokens = start + len(tokens[0]) + 1, tokens[1:]
            tokens = _without_next_field_label(masked, start, tokens)
            if not tokens:
                continue
            if out and _shares_surname(cast, out[-1], masked, start, tokens):
                # "the parents, Khalid and Amina Doe": two people, the first named by the second's surname too
                out[-1].entity = cast.person([out[-1].text, clean_token(tokens[-1])])
            mention = name_mention(cast, masked, start, tokens, acronym)
            if mention:
                _join_nicknamed_given_names(cast, masked, mention, out)
                out.append(mention)
    return out


def _join_nicknamed_given_names(cast: Cast, masked: str, mention: Mention, before: list[Mention]) -> None:
    """A surname after a given name and a nickname in quotation marks ('Juan "Chico" Roe') names the person in full:
    the given names before the nickname join the surname, and the nickname is left out; the given names read as a
    mention of their own ('Republican Juan') stand for that person too, and are no one else."""
    found = next((f for f in NICKNAMED.finditer(masked, max(0, mention.start - 50)) if f.end() == mention.end), None)
    entity = mention.entity
    if found is None or entity is None or entity.kind != "person" or entity.anon or " " in mention.text:
        return
    given = given_names(found["given"], cast.first_names)
    if not given:
        return
    mention.entity = cast.person([*given, mention.text])
    given_end = found.start("given") + len(found["given"].rstrip())
    alone = next((m for m in before if m.end == given_end and m.text == " ".join(given)), None)
    if alone is not None and alone.entity is not mention.entity:
        if alone.entity is not None and alone.entity.count == 0:
            cast.forget(alone.entity)
        alone.entity = mention.entity


# A given name glued without a space to a word inside the run before it, then a surname: where a scraped page ran
# its buttons and bylines into a name ("Jo DoeFlagShareReplyJane Roe", "New HarbourJane Roe"); a run opening with
# such a word, or two given names run together, is a double given name ("KellyJo Roe", "Dr. MaryAnn Roe")
# A time of day glued to the capitalised word after it, in a live blog's entries run together ("10:20PMJane Roe")
_CLOCK_GLUED = re.compile(r"(?<=\d)[AP]M(?=[A-Z][a-z])")
_GLUED_GIVEN_NAME = re.compile(r"(?P<before>[A-Z]?[a-z]*[a-z]{3})(?P<given>[A-Z][a-z]+)(?= [A-Z])")


def _after_glued_words(cast: Cast, masked: str, m: re.Match) -> re.Match:
    """The run from the last known given name glued on to a word that is no given name, or from after a clock's
    "PM" glued to it, or the run itself."""
    glued = [
        g.start("given")
        for g in _GLUED_GIVEN_NAME.finditer(m.group())
        if _runs_on(m.group()[: g.start()]) and g["given"] in cast.first_names and g["before"] not in cast.first_names
    ]
    if not glued and _CLOCK_GLUED.match(masked, m.start()):
        glued = [2]  # "10:20PMJane Roe": the clock's "PM" off the name
    return RUN.match(masked, m.start() + glued[-1]) or m if glued else m


# A fact box's field label before a value ("Name: ", "City: "), and the next field's label glued to the value's last
# word ("New HarbourJob:")
_FIELD_BEFORE = re.compile(r"(?:^|[\s\d])[A-Z][a-z]+:\s*$")
_GLUED_LABEL = re.compile(r"(?P<word>[A-Za-z.\u2019'-]*[a-z])[A-Z][a-z]+")


def _without_next_field_label(masked: str, start: int, tokens: list[str]) -> list[str]:
    """A fact box's value without the next field's label run into it: "Name: Jane Doe Age: 27" gives "Jane Doe",
    "City: New HarbourJob: teacher" gives "New Harbour"; any other name as it is."""
    end = start + len(" ".join(tokens))
    if not masked.startswith(":", end) or not _FIELD_BEFORE.search(masked, 0, start):
        return tokens
    glued = _GLUED_LABEL.fullmatch(tokens[-1])
    if glued:
        return [*tokens[:-1], glued["word"]]
    return tokens[:-1] if len(tokens) > 1 else tokens


def _runs_on(before: str) -> bool:
    """Words of the run before a glued word that are more than a title ("Sen. "), so it does not open the name."""
    return bool(before) and not re.fullmatch(r"(?:[A-Z][a-z]*\. )+", before)


# What follows a paragraph's opening words in capitals when they are a label or a dateline, not a name: a colon
# ("CORRECTION:", "EDITOR'S NOTE:"), or a dash run into the first word ("BOSTON —Standing …", a dateline the story's
# own reading of datelines, which wants a space after the dash, leaves in the text)
_LABEL_OR_DATELINE_END = re.compile(r"\s*:|\s*(?:\u2014|\u2013|--)[A-Z]")
# The words a newsroom's label before a colon ends in: "Editor's Note:", "Correction:", "Update:"
_LABELS = frozenset({"note", "correction", "update", "clarification", "disclosure"})
# What may stand between a label and its colon: a day, a time or a date, bare, after a comma or in brackets ("UPDATE,
# Friday 10:15 a.m.:", "Update (9:10 p.m. ET):", "UPDATE 12:40 AM:"), or nothing
_STAMP_THEN_COLON = re.compile(r"(?:,?\s*\(?[\w.:, ]{1,40}?\)?)?\s*:\s")
# An acronym in the plural ("PACs", "CEOs"): a kind of body or of people
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def _label_or_dateline(cast: Cast, masked: str, m: re.Match) -> bool:
    """A run in capitals that opens the paragraph before a colon or a dateline's dash: a label ("CORRECTION:",
    "UPDATE:") or a place ("BOSTON —Standing …"), unless it holds a surname the story gives someone in full ("DOE:
    …" is a turn of Jane Doe's); or a label in title case before a colon ("Editor's Note:", "Update:")."""
    if masked[: m.start()].strip():
        return False
    if clean_token(m.group().split()[-1]).lower() in _LABELS and _STAMP_THEN_COLON.match(masked, m.end()):
        return True  # "UPDATE, 4:45 p.m.:", "Update (9:10 p.m. ET):", "CORRECTION Friday:"
    if re.search(r"[a-z]", m.group()):  # in title case, only a label's own words: "Editor's Note:", "Update:"
        return False
    return _LABEL_OR_DATELINE_END.match(masked, m.end()) is not None and not any(
        clean_token(word).lower() in cast.surnames for word in m.group().split()
    )


# Three or more words in capitals (figures among them) opening a paragraph: a headline set in capitals ("AT LEAST 10
# KILLED IN HARBOUR BLAST Mayor Jane Doe said …"), whose words are no names
_HEADLINE_IN_CAPITALS = re.compile(r"\s*(?:[A-Z0-9][A-Z0-9.,:;\u2019'&-]*\s+){3,}(?=\S)")


def _principal(cast: Cast, masked: str, description: Mention, m: re.Match) -> bool:
    """The run is the full name of the person a description's role serves, right after "for" or "to" ("a
    spokeswoman for Jane Doe", "an aide to Sen. Jane Doe"): a given name or a title first, and a surname."""
    tokens = [clean_token(t) for t in m.group().split()]
    if not re.search(r"\s(?:for|to)\s+$", masked[description.start : m.start()]) or len(tokens) < 2:
        return False
    return tokens[0] in cast.first_names or tokens[0].lower().rstrip(".") in lx.TITLES


def _shares_surname(cast: Cast, first: Mention, masked: str, start: int, tokens: list[str]) -> bool:
    """A lone given name joined by "and" to a full name of two words ("Khalid and Amina Doe"): not a surname
    the story gives anyone, a place, a body's word or an acronym."""
    word = first.text
    return (
        first.kind == "name"
        and masked[first.end : start] == " and "
        and len(tokens) == 2
        and person_like([clean_token(t) for t in tokens])
        and re.fullmatch(r"[A-Z][a-z]+", word) is not None
        and re.fullmatch(r"[A-Z][a-z]+", clean_token(tokens[-1])) is not None
        and word.lower() not in cast.surnames
        and not first.possessive
        and not lx.is_place(word)
        and not org_like([word])
    )


def _tagged(masked: str, m: re.Match) -> bool:
    """The run stands where a party-and-state tag does: in brackets, or between commas after a name."""
    before, after = masked[max(0, m.start() - 2) : m.start()], masked[m.end() : m.end() + 1]
    return (before.endswith("(") and after == ")") or (before == ", " and after == ",")

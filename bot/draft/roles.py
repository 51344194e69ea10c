"""Roles given by apposition: the words before a name ("the mayor's spokesperson, Jane Doe") and after
it ("Jane Doe of the Civil Liberties Union", "John Roe, a lawyer for the city,")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.draft import lexicon as lx
from bot.draft.mentions import Entity, Mention
from bot.draft.namewords import FINITE_FIRST, KEEP_DOT, OWNS, clean_token, plain

if TYPE_CHECKING:
    from bot.draft.names import Cast


def appositions(masked: str, found: list[Mention], cast: Cast) -> list[Mention]:
    """The paragraph's mentions with each named person's role and sex taken from the words around the
    name; a role before a name takes the place of the mentions it covers. A name the story gives no person's
    given name or sex and calls a body in apposition ("Acme Now, a group that …") is that body."""
    out: list[Mention] = []
    for mention in found:
        if out and mention.start < out[-1].end:
            continue
        entity = mention.entity
        if mention.kind == "name" and entity is not None and entity.kind == "person":
            in_apposition = _role_before(masked, mention, out)
            _role_after(masked, mention, found, in_apposition)
            if mention.role and not entity.role:
                entity.role = mention.role
                body = a_body(mention.role)
                if body and not mention.gender and not entity.gender and not _surname_alone(cast, entity):
                    cast.file_as_body(entity, body)  # "Acme, a group that …"
            if mention.gender and not entity.gender:
                entity.gender = mention.gender
        out.append(mention)
    return out


def _surname_alone(cast: Cast, entity: Entity) -> bool:
    """One word the story gives elsewhere as the last of a person's full name ("Doe, the campaign's …")."""
    return " " not in entity.name and entity.name.lower() in cast.surnames


def a_body(role: str, participle: bool = True) -> str:
    """The kind of body a role in apposition says a name is, "" for a person's role: the head noun of its first
    phrase, the body's noun with nothing but a clause, a preposition, a participle or the phrase's end after it ("a
    nonprofit group that …" → "group", "a super PAC aligned with Doe" → "pac", "a leading digital firm" → "firm");
    not a noun qualifying a person's ("a campaign aide"), nor one after a preposition ("a Navy veteran attending
    school"). Without ``participle``, a noun before an -ed or -ing word is none (a clause's subject and its verb may
    follow a comma: "…, a local newspaper called on …")."""
    words = role.split()
    if not words or words[0].lower() not in ("a", "an", "the"):
        return ""
    for k, word in enumerate(words[1:7], start=1):
        w = word.strip(",;").lower()
        if w in lx.PREPOSITIONS or w in _CLAUSE_OPENERS:
            return ""
        if w not in lx.BODY_HEADS and w in lx.ANON_HEADS:
            return ""  # "a Navy veteran attending school": a person's noun first
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        ends = word.endswith((",", ";")) or not after or after in _CLAUSE_OPENERS or after in lx.PREPOSITIONS
        named = word[:1].isupper() and w != "pac"  # "a University of Washington professor": a name's word
        if w in lx.BODY_HEADS and not named and (ends or (participle and re.fullmatch(r"[a-z]{3,}(?:ing|ed)", after))):
            return w
        if ends:
            return ""
    return ""


_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whose", "and", "or"})
_MODALS = {"will", "would", "can", "could", "should", "may", "might", "must", "did", "does"}


def _verb_then_role(picked: list[str]) -> bool:
    """After "to", a verb rather than a role's first word: alone ("to hammer Doe") or before a capitalised or
    adjective modifier ("to offend Republican front-runner Doe", "to defeat presumptive nominee Doe"); not a role
    noun ("to campaign manager Doe") nor an adjective ("to presumptive nominee Doe", "to local columnist Doe")."""
    first = picked[0]
    return (
        first.islower()
        and first not in lx.TITLES
        and first not in lx.ANON_HEADS
        and first not in lx.ORG_HEADS
        and not re.search(_ADJECTIVE_END, first)
        and (len(picked) == 1 or picked[1][:1].isupper() or re.search(_ADJECTIVE_END, picked[1]) is not None)
    )


# A clause with a subject pronoun right after a role noun, with no "who" or "that" ("the editor I was talking to").
CONTACT_CLAUSE = re.compile(r"(?<=[a-z])\s+(?:I|we|you|he|she|they)\s+(?:[a-z]+\s+){0,4}[a-z]+$")
_ADJECTIVE_END = r"(?:ive|al|ic|ous|ary|ent|ant|ian|ese|ish|ed|ing|(?<![sx])ist)$"


# What may open a role in apposition before a name: "said a spokeswoman for Acme, Jane Doe", "according to the mayor,"
# (the only openers right after a quotation), "after the mayor of Ely, Jane Doe,"
_SPOKEN = r"(?:according to|(?:" + "|".join(sorted(lx.SPEECH_FINITE, key=len, reverse=True)) + r"))\s+"
_INTRODUCER = re.compile(r"(?:" + "|".join(sorted(lx.PREPOSITIONS, key=len, reverse=True)) + r")\s+|" + _SPOKEN, re.I)


def _role_before(masked: str, mention: Mention, out: list[Mention]) -> bool:
    """Give the mention the role before its name; True when that role stands in apposition before it ("the city
    manager, Jane Doe,")."""
    head = masked[: mention.start]
    comma = _set_off_before(head)
    role = _apposed_role(masked, mention, comma) if comma and not mention.role else None
    in_apposition = role is not None
    owned = None if role is not None or mention.role else _OWNED_BEFORE.search(head)
    if owned and _owned_role(owned["role"].split()):
        # the mention keeps its place: what it covers decides who speaks, and the role only what a desk reads
        role = owned[1]
        mention.gender = mention.gender or lx.RELATION_GENDER.get(owned["role"].split()[-1].lower())
    elif not comma or mention.role:
        role = _role_ahead(head, mention, out)
    # What the role covers goes, and so does a description it reaches into ("The Slate columnist Jane Doe").
    while out and (out[-1].start >= mention.start or _reached(out[-1], mention.start)):
        out.pop()
    if mention.role and role is not None:
        mention.role = f"{mention.role}; {role}"
    elif role is not None:
        mention.role = role
    return in_apposition


def _set_off_before(head: str) -> re.Match | None:
    """The words set off by a comma right before a name (``head`` ends there), where a role in apposition stands
    (group 1): "the city manager, " or, after a clause, "his daughter, "."""
    comma = re.search(
        r"(?:^|[.;:!?(]\s+|,\s+|[\u201d\"]\s+(?=(?i:" + _SPOKEN + r"))|\band\s+|\bbut\s+|\u2014\s*)"
        r"([^,.;:!?\u201c\u201d\"]{2,80}?),\s+$",
        head,
    )
    abbreviation = re.search(_ABBREVIATED + r"$", head[: comma.start(1)]) if comma else None
    if comma and abbreviation:  # "Ms. Doe's spokesman, Jane Roe,": the role starts at the title, not after its dot
        comma = re.search("(" + re.escape(head[abbreviation.start() : comma.end(1)]) + r"),\s+$", head)
    owner = re.search(rf"\s(?:{lx.PEOPLE_POSSESSIVE})\s", comma.group(1)) if comma else None
    lead = comma.group(1)[: owner.start()] if comma and owner else ""
    clause = re.search(r"\b(?:he|she|they|we|I)\s", lead)  # "she vented to her husband, John Doe, …": a clause
    if clause or (re.search(r"[A-Z]", lead) and not set(lead.lower().split()) & (lx.SPEECH_VERBS | lx.PREPOSITIONS)):
        # "Doe took his daughter, Jane, …": the role is "his daughter", not the clause before it
        comma = re.search(rf"((?:{lx.PEOPLE_POSSESSIVE})\s[^,]*),\s+$", head)
    return comma


# A clause before the role's determiner: a name, then its verb and what else it says ("Doe assailed ", "Acme has
# hired ").
_CLAUSE_THEN_ROLE = re.compile(r"(?:[A-Z][\w.\u2019'-]*\s+)+(?:[a-z][\w-]*\s+){1,3}?(?=(?:the|a|an)\s)")


def _apposed_role(masked: str, mention: Mention, comma: re.Match) -> str | None:
    """The role the words set off before the name give, past a preposition or a verb of saying that introduces
    them ("said a spokeswoman for Acme, Jane Doe", "according to the mayor,"); the mention then starts at the role,
    and takes the sex a relation word gives ("his daughter"). None when the words are no role."""
    opener = _INTRODUCER.match(comma.group(1))
    if opener and not re.match(r"\s*(?:[,.;]|$)", masked[mention.end :]):
        opener = None  # "according to his doctor, Doe is …": the name starts the clause, it is no apposition
    if opener and re.search(r"\w[\u2019']s?\s", comma.group(1)):
        opener = None  # "said the company's chief executive, Jane Doe": an owned role, read below
    skip = opener.end() if opener else 0
    clause = _CLAUSE_THEN_ROLE.match(comma.group(1), skip)
    if clause is not None and not set(clause[0].lower().split()) & lx.PREPOSITIONS:
        skip = clause.end()  # "Doe assailed a federal judge, Jane Roe,": the role is "a federal judge" alone
    phrase = comma.group(1)[skip:]
    contact = CONTACT_CLAUSE.search(phrase)
    if contact and phrase.split()[0].lower() in ("the", "a", "an"):
        phrase = phrase[: contact.start()]  # "The editor I was talking to, Jane Doe,": the role is "the editor"
    words = phrase.split()
    role_noun = _role_head(words) if words and len(words) <= 7 else None
    if not role_noun or set(w.lower() for w in words) & lx.SPEECH_VERBS:
        return None
    mention.start = comma.start(1) + skip
    mention.gender = mention.gender or lx.RELATION_GENDER.get(role_noun.lower())
    return plain(phrase) if words[0].lower() in ("the", "a", "an") else phrase


def _role_ahead(head: str, mention: Mention, out: list[Mention]) -> str | None:
    """The role written right before the name with no comma ("Acme spokeswoman Jane Doe"): the mention then
    starts at it (at the name it starts in, "Midvale State University professor Jane Doe"), and the role's last
    word gives the sex, unless it is a "-man" one ("spokesman"), written for women too. None when there is none."""
    tail = re.search(r"((?:[A-Za-z][\w\u2019'.-]*\s+){1,5})$", head)  # a role of four words, and one before
    picked = _role_words(tail.group(1).split()) if tail else []
    if not picked:
        return None
    start = head.rstrip().rfind(picked[0]) if picked[0] in head else mention.start
    body = out[-1] if out else None
    if body is not None and body.kind == "name" and body.start < start < body.end:
        picked = head[body.start :].split()
        start = body.start
    mention.start = start
    if picked[-1].lower().endswith("woman") or not picked[-1].lower().endswith("man"):
        mention.gender = mention.gender or lx.RELATION_GENDER.get(picked[-1].lower())
    return " ".join(picked)


def _role_words(words: list[str]) -> list[str]:
    """The last words before a name that read as a role, four at most: none past a capitalised stop word, a verb of
    saying, a preposition, a comma or a sentence's end, nor a verb and what it governs ("would counsel Doe", "to
    offend Acme rival Doe")."""
    picked: list[str] = []
    for w in reversed(words):
        lw = w.lower().strip(",")
        if picked and (lw in _MODALS or (lw == "to" and _verb_then_role(picked))):
            return picked[1:]
        if len(picked) == 4:
            break
        if lw in lx.STOP_CAPS or lw in lx.SPEECH_VERBS or lw in lx.PREPOSITIONS or w.endswith(","):
            break
        if w.endswith(".") and clean_token(w) != w:  # a sentence's last word, not "Sen."
            break
        if not picked and not lx.looks_like_role(w):
            break
        picked.insert(0, w)
    return picked


_OWNER_LINKS = frozenset({"for", "of", "at", "with", "to"})
_NAME_LINKS = frozenset({"of", "for", "and", "&", "the"})
_HEADS_OF = frozenset({"head", "member", "owner", "co-founder"})  # a role only with whose it is: "head of Acme"


def _role_head(words: list[str]) -> str | None:
    """The role noun of a phrase before a name: its last word ("the city manager"), or the one before whom it serves,
    a name ("a spokeswoman for Acme Ferries", "the head of the Harbour Trust"); None when the phrase is no role."""
    if _role_noun(words[-1]):
        return words[-1]
    for k in range(len(words) - 2, -1, -1):
        owner = words[k + 2 :]
        if words[k + 1].lower() in _OWNER_LINKS and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in owner):
            if _role_noun(words[k]) or words[k] in _HEADS_OF:
                return words[k]
    return None


def _role_noun(word: str) -> bool:
    """A role's noun: lower case ("manager") or a title ("Senator"), not a capitalised name that ends like one
    ("Weaver")."""
    return lx.looks_like_role(word) and (word.islower() or word.lower().strip(".,") in lx.TITLES)


# "said the company's chief executive, ", "noted that Doe's state chairman, ": an owner and the role it gives the
# name that follows, when no clause boundary comes right before the owner
_OWNED_BEFORE = re.compile(
    rf"((?:\b(?:the|a|an|{lx.POSSESSIVE})\s+)?(?:\b[A-Z][\w.&-]*\s+){{0,4}}\b[\w.&-]+[\u2019']s?\s+(?P<role>(?:[\w-]+\s+){{0,4}}[\w-]+)),\s+$"
)
_FINITE_SPEECH = lx.SPEECH_FINITE | {w for w in lx.SPEECH_VERBS if w.endswith("ing")}  # and "saying" (a clause)


def _owned_role(words: list[str]) -> bool:
    """Words after an owner's possessive that are a role: a lower-case role noun last (not "the network's Jane
    Roe, Ann Poe"), no verb of saying ("state" may modify: "state director")."""
    return (
        words[-1].islower()
        and lx.looks_like_role(words[-1])
        and not any(w.lower() in _FINITE_SPEECH or w.lower() in _NOT_ROLE_WORDS for w in words)
    )


def _role_after(masked: str, mention: Mention, found: list[Mention], in_apposition: bool):
    """Give the mention the role after its name ("Jane Doe of Acme", "Jane Doe, a lawyer,"); for a name that is itself
    in apposition to a role before it, only words that describe it too (not "the mayor, Jane Doe, the vote was …")."""
    rest = masked[mention.end :]
    of = re.match(
        r" (?:of|at|with|from) (?:the )?[A-Z][\w\u2019'&.-]*"
        r"(?: (?:of|for|and|&) [A-Z][\w\u2019'&.-]*| [A-Z][\w\u2019'&.-]*)*",
        rest,
    )
    if of and not mention.possessive:
        end = _of_end(of, mention.end, found)
        role = of.group()[:end].strip()
        mention.role = f"{mention.role}; {role}" if mention.role else role
        mention.end += end
        return
    pieces = re.match(r",\s+(\d{1,3}),", rest)
    offset = pieces.end() - 1 if pieces else 0
    tail = rest[offset:]
    shielded = _INNER_DOT.sub(lambda m: m.group().replace(".", "\u2024"), tail)
    plain_role = _apposition(tail, tail)
    found_role = (shielded != tail and _apposition(tail, shielded)) or plain_role
    if not found_role or (in_apposition and not _second_apposition(found_role[0])):
        return
    text, end = found_role  # the mention covers the whole apposition, through "Mr." or "U.S." inside it
    role_end = mention.end + offset + end
    if any(mention.end < m.start < role_end and re.search(r"\w", masked[role_end : m.end]) for m in found):
        return  # "Like most Americans, Republican Sen. Jane Doe said": the next name, cut at its title's dot
    mention.role = f"{mention.role}; {text}" if mention.role else text
    mention.end += offset + end


def _second_apposition(text: str) -> bool:
    """Whether words after a name that is itself in apposition to a role describe it too ("the mayor, Jane Doe, a
    former nurse,"): an indefinite or owned one, or one holding a role noun; not the clause that follows ("…, the
    vote was")."""
    words = text.split()
    return words[0].lower() in ("a", "an", *lx.POSSESSIVES) or any(_role_noun(w) for w in words)


def _apposition(tail: str, shielded: str) -> tuple[str, int] | None:
    """The role in apposition at the start of ``tail`` (", a lawyer for the city,"), read up to the end of the
    phrase in ``shielded``, the same text with the dots that end no sentence masked ("an adviser to Mr. Doe")."""
    phrase = re.match(r",\s+([^,.;:!?\u201c\u201d\"()]{2,160}?)(?=,|[.;!?]\s|[.;!?]$|$)", shielded)
    if not phrase:
        return None
    text = tail[phrase.start(1) : phrase.end(1)].strip()
    if shielded != tail and re.match(_ABBREVIATED + r"(?:[A-Z][\w\u2019'.-]*\s+)*[A-Z][\w.-]*(?![\w\u2019'])", text):
        return None  # "…, Sen. Jane Roe and Rep. …", "…, Mr. Roe claimed …": the next name, not a possessive role
    first = text.split()[0].lower()
    if " " not in text and first in KEEP_DOT:
        return None  # "for Mr. Biden, Mr. Daley said": the next name's title, not this one's role
    if not _opens_role(text) or len(text.split()) > 20:
        return None
    if re.search(r"\b(?:said|says|told|tells|added|wrote|asked|stated|tweeted)\b", text):
        return None  # "Clinton, former ambassador John Bolton told …": a new clause, not her role
    if re.search(r"\b(?:named|called)\s+[A-Z]", text) or FINITE_FIRST.match(text):
        return None  # "Salem, a skipper named Jo Roe has …": the next name's description, and a clause
    return text, phrase.end()


# The first words of a role in apposition after a name (", a lawyer", ", director of …", ", then a …")
_ROLE_OPENERS = frozenset({"a", "an", "the", "one", "who", "whose", *lx.POSSESSIVES, "then", "former",
                           "director", "president", "head", "chief", "member", "co-founder", "owner"})  # fmt: skip


def _opens_role(text: str) -> bool:
    """The words after a name's comma open a role: an article, a relative or possessive word, a role word, or an
    owner's name ("Acme's")."""
    first = text.split()[0]
    return first.lower() in _ROLE_OPENERS or bool(re.match(r"[\w]+[\u2019']s$", first)) or lx.looks_like_role(first)


def _of_end(of: re.Match, offset: int, found: list[Mention]) -> int:
    """Where a role "of <Place>" after a name ends: at a sentence's last word ("of Ohio. Our …" is "of Ohio") or
    before "and" when another person's name follows ("of Ohio and Jane Doe of Iowa" is "of Ohio")."""
    for token in re.finditer(r"\S+", of.group()):
        word = token.group()
        at = offset + token.end() + 1
        if word == "and" and any(m.kind == "name" and m.start == at and _person(m) for m in found):
            return token.start() - 1
        if word.endswith(".") and clean_token(word) != word:
            return token.end() - 1
    return of.end()


def _person(mention: Mention) -> bool:
    return mention.entity is not None and mention.entity.kind == "person"


# An abbreviated title or honorific before a name ("Ms. ", "Sen. "), whose dot does not end a sentence
_ABBREVIATED = r"\b(?i:" + "|".join(sorted({*lx.HONORIFICS, *lx.TITLE_WORDS}, key=len, reverse=True)) + r")\.\s+"

# A dot inside a role that ends no sentence: a title ("to Sen. Doe"), "St.", a middle initial ("George W. Doe"),
# "U.S." before a word that does not open a sentence
_INNER_DOT = re.compile(
    _ABBREVIATED
    + r"|\b(?:St|Ft|Mt)\.\s+|(?<![\w.])[A-Z]\.\s+(?=[A-Z])"
    + r"|\bU\.S\.\s+(?!(?:The|He|She|It|They|We|I|But|And|In|A|An|This|That|His|Her|Their)\b)"
)


def _reached(previous: Mention, start: int) -> bool:
    """A description a name's role starts inside, unless it says whose it is ("a spokesman for Acme")."""
    owned = re.search(r"\s(?:for|of|to|at|with|from|close|familiar|briefed|involved)\s", previous.text)
    return previous.end > start and previous.kind in ("anon", "anaphor") and not owned


_PERSON_HEADS = sorted({h for h in lx.ANON_HEADS if h.islower()} - set(lx.ORG_HEADS), key=len, reverse=True)
_NOT_ROLE_WORDS = lx.PREPOSITIONS | {"the", "a", "an", "and", "or", "but", "that", "this", "who", "which", "has", "had",
                                     "have", "was", "is", "were", "are", "will", "would", "not", "also"}  # fmt: skip
_KIN = {"son", "daughter", "grandson", "granddaughter", "wife", "husband", "mother", "father", "sister", "brother",
        "friend", "relative", "colleague", "partner"}  # fmt: skip
# After "Doe's": a person's role ("spokeswoman", "campaign manager", "top lawyers") that no name follows in apposition.
OWNED_ROLE = re.compile(
    r"\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}?(?P<head>" + "|".join(map(re.escape, _PERSON_HEADS)) + r")(?P<s>s?))\b"
    r"(?![\u2019'-]|\s*,?\s*(?:[A-Z]|[\"\u201c]))"
)


# After a person's "Doe's": a body of theirs ("campaign", "press office", "re-election campaign").
OWNED_BODY = re.compile(r"\s+(?P<body>(?:[a-z][\w-]*\s+){0,2}?(?:" + lx.BODIES + r"))\b(?![\u2019'-])")


def _owned_after(masked: str, mention: Mention, owned: re.Pattern, words: str) -> re.Match | None:
    """What a name's possessive heads ("Doe's press office", "Doe's top lawyers") as ``owned`` reads it, its group
    ``words`` holding no function word nor verb of saying before the head."""
    if mention.kind != "name" or mention.entity is None or not OWNS.search(masked, 0, mention.end):
        return None
    found = owned.match(masked, mention.end)
    if found is None or any(w in _NOT_ROLE_WORDS or w in lx.SPEECH_VERBS for w in found[words].split()[:-1]):
        return None
    return found


def owned_body(masked: str, mention: Mention, cast: Cast) -> Entity | None:
    """The body a person's possessive heads, which speaks instead of the person: "Doe's campaign said" → "Jane
    Doe's campaign" (a campaign's statement is not the candidate's own words). A body's possessive ("Acme's board
    said") is left to the body."""
    body = _owned_after(masked, mention, OWNED_BODY, "body")
    if body is None or mention.resolved.kind != "person":
        return None
    owner, name = mention.resolved.name, f"{mention.resolved.name}'s {body['body']}"
    return cast.lookup(name) or cast.register(Entity(name, kind="organisation", role=f"{body['body']} of {owner}"))


def owned_role_holder(masked: str, mention: Mention, cast: Cast) -> Entity | None:
    """The unnamed person who speaks for a possessor: "Doe's spokeswoman said" → "spokeswoman for Jane Doe",
    "Doe's lawyers argued" → "lawyers for Jane Doe"; None after "Doe's campaign" or "Doe's office" (a body of
    Doe's, `owned_body`) and after "Doe's spokeswoman, Jane Roe," (she is named)."""
    role = _owned_after(masked, mention, OWNED_ROLE, "role")
    if role is None or any(w.endswith("ed") for w in role["role"].split()[:-1]):
        return None
    tie = "of" if role["head"] in _KIN else "for"  # "wife of Jane Doe", "spokeswoman for Jane Doe"
    name = f"{role['role']} {tie} {mention.resolved.name}"
    holder = cast.anonymous(name, role["head"], plural=bool(role["s"]))
    holder.role = holder.role or name
    holder.gender = holder.gender or (None if holder.plural else lx.RELATION_GENDER.get(role["head"]))
    return holder

"""The subject of a verb of saying among the mentions before it: the subject a joined verb shares, the name right
before it past the appositions, relative clauses and adverbial clauses that stand between them, else the first
subject of its clause or sentence."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.clausesubjects import doing_subject
from bot.draft.cueafter import MEDIUM_AFTER, QUOTED_TITLE, SUBJECT_TAIL
from bot.draft.mentions import Mention, owns
from bot.draft.roles import OWNED_ROLE
from bot.draft.speechverbs import ADVERBS

# Between a sentence's first name and its verb, an apposition closed by a comma: "Doe (D), a loyal Roe backer, said".
APPOSITION_TO_VERB = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,\s*(?!\s|(?:and|or|but)\s)(?:[^,;:\u201c\u201d\"]|"
    + QUOTED_TITLE
    + r"){1,220}){1,3},\s*"
    + ADVERBS
)
# A short phrase of time or place opening a sentence: "Within two hours, ", "Three hours later and 500 miles away, "
INTRODUCTORY_PHRASE = re.compile(r"\s*[A-Z][a-z]+(?:\s+[\w-]+){0,7},\s*")
# An apposition that describes, with "a" or "an": "the governor, a Democrat,"
APPOSED_DESCRIPTION = re.compile(r",\s+(?:a|an)\s+[\w-]+")
# "His critics, many of them Catholics, argue": the group, not the part of it the apposition names.
MANY_OF_THEM = re.compile(
    r"(?:\s+(?:in|of|at|from)\s+[^,;:\u201c\u201d\"]{1,60})?,\s+(?:many|most|some|all|both|several|one|two|three)\s+of\s+"
    r"them\b[^,;:\u201c\u201d\"]{1,80},\s*" + ADVERBS
)
AFTER_BEFORE = re.compile(r"\b(?:[Aa]fter|[Bb]efore)\s+(?:(?:the|a|an)\s+)?$")
WHO_CLAUSE = re.compile(r"(?:\s*\([^()]{1,40}\))?,\s+(?:who|whose)\b[^,;:\u201c\u201d\"]{1,100},\s*" + ADVERBS)
# The rest of the clause that withholds a description's name, which the description's mention already runs over: "A
# lobbyist, who asked not to be named| because his clients …, said"
WITHHELD_CLAUSE_END = re.compile(r"[^,;:\u201c\u201d\"]{1,100},\s*" + ADVERBS)
# "The delegate and longtime activist, who backs Roe, warned": a description's second noun joined by "and" before it
WHO_CLAUSE_JOINED = re.compile(r"\s+and\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*" + WHO_CLAUSE.pattern)
BODY_OWNED = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{lx.BODIES})\b")
# Two clauses joined in one sentence: "…, and Doe said", "…; Doe said", "…, but Doe said".
JOINED_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas|though|although|yet)|;)\s+")
# A verb right after a clause's subject: "denounced", "has warned", "strongly objected", "said"
CLAUSE_VERB = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+" + ADVERBS + r"(?:[a-z]+ed|said|says|told|tells|wrote|writes)\b")
# What opens a clause whose subject follows, so the name after it is no object: "when Doe", "who praised"
SERIES_BREAK = re.compile(
    r"\s*(?:who|whose|which|when|while|as|after|before|because|if|since|though|although|and|but|that)\b"
)
ADVERBIAL = re.compile(r"\b(?:as|when|while|because|after|before|since|until|whenever)\s+(?!if\b)\S")


def subject_before(
    masked: str, s_start: int, verb: re.Match, earlier: list[re.Match], mentions: list[Mention]
) -> Mention | None:
    """The subject of ``verb`` among the mentions before it (``earlier``: the verbs of saying before it in the
    sentence): the subject a joined verb shares, someone a clause brings in doing it, the name right before it
    past any clause that qualifies it, else the clause's or the sentence's first subject."""
    lead = re.sub(ADVERBS + r"$", "", masked[s_start : verb.start()])  # "…, recently telling one friend": adverbs aside
    if re.search(r"(?:,\s*|\band\s+)$", lead) and (verb.group().endswith("ing") or lead.rstrip().endswith("and")):
        return _joined_subject(masked, s_start, verb, earlier, mentions)
    if _object_before_series_verb(masked, s_start, verb, mentions):
        return _joined_subject(masked, s_start, verb, earlier, mentions)  # "Doe praised the board, called it "…""
    before = [m for m in mentions if m.end <= verb.start()]
    found = doing_subject(masked, s_start, verb, before) or _adverbial_subject(masked, verb, before)
    if found is not None:
        return found
    # "…, speaking to discuss the prime minister's schedule, said": a description owning a noun is no subject
    plain = [m for m in before if not m.prep and not m.possessive and not owns(masked, m)]
    plain = [m for m in plain if not _ends_description(masked, m, before)]
    adjacent = _adjacent_subject(masked, s_start, verb, plain)
    if adjacent is not None:
        return adjacent
    joins = [j.end() for j in JOINED_CLAUSE.finditer(masked, s_start, verb.start())]
    opener = next((m for m in plain if joins and m.start == joins[-1]), None)
    if opener is not None:
        # "When Roe testified …, and Sen. Jane Doe kept asking her why …": the subject opening the verb's clause
        return opener
    if plain:
        return first_subject(plain, masked, s_start)
    if any(m.possessive for m in before):
        return _body_owner(before, masked) or next(m for m in reversed(before) if m.possessive)
    return next((m for m in mentions if m.start >= verb.end() and m.start - verb.end() <= 2), None)


def _object_before_series_verb(masked: str, s_start: int, verb: re.Match, mentions: list[Mention]) -> bool:
    """ "Doe praised the Acme Board, called its chair a "…"": a verb in the past after a comma goes on a series of
    verbs when the name before the comma closes a stretch it does not open (an object, not an apposed subject)."""
    if not re.fullmatch(r"[a-z]+ed|said|told|wrote", verb.group()):
        return False
    lead = masked[s_start : verb.start()]
    if not re.search(r",\s*$", lead):
        return False
    last = next((m for m in reversed(mentions) if m.end <= verb.start()), None)
    if last is None or not re.fullmatch(r",\s*", masked[last.end : verb.start()]):
        return False
    stretch = max(s_start, masked.rfind(",", s_start, last.start) + 1)
    if "," in masked[last.start : last.end] or SERIES_BREAK.match(masked, stretch, last.start):
        return False  # "when Doe, who had lost his party's nomination, called": the name opens its own clause
    return re.search(r"\b[a-z]+\b", masked[stretch : last.start]) is not None and not re.fullmatch(
        rf"\s*(?:(?:the|a|an|{lx.POSSESSIVE})\s+)?", masked[stretch : last.start]
    )


def _joined_subject(
    masked: str, s_start: int, verb: re.Match, earlier: list[re.Match], mentions: list[Mention]
) -> Mention | None:
    """ "…, calling him a 'talented guy'" or "… and said" takes the subject of the verb before it (not of a word that
    is a verb only sometimes, "the same campaign points, calling …"), or of the clause joined in between."""
    earlier = [v for v in earlier if v.group().lower() not in lx.WEAK_VERBS]
    # "He mocked them as they answered questions and assured the crowd": "and" goes on from the main clause, not
    # from the verb of an adverbial clause ("as they answered") that opened after the last comma before it
    earlier = [v for v in earlier if not _in_adverbial(masked, s_start, v.start(), verb.start())]
    if not earlier:
        return first_subject([m for m in mentions if m.end <= verb.start()], masked, s_start)
    own = _clause_opener(masked, earlier[-1].end(), verb.start(), mentions)
    if own is not None:
        return own  # "Roe called for a boycott, and the Acme League denounced it and said": the League
    inverted = _inverted_after_quote(masked, earlier[-1], mentions)
    if inverted is not None:
        return inverted  # '"…," said an official who oversaw it and described it as "…"': the official
    return subject_before(masked, s_start, earlier[-1], earlier[:-1], mentions)


def _inverted_after_quote(masked: str, verb: re.Match, mentions: list[Mention]) -> Mention | None:
    """The speaker right after a verb of saying that follows a quotation ('"…," said a former official'), whose
    verb a later one joined by "and" shares."""
    if not re.search(r"[\u201d\"],?\s*$", masked[: verb.start()]):
        return None
    return next((m for m in mentions if 0 < m.start - verb.end() <= 2 and not m.possessive and not m.prep), None)


def _adverbial_subject(masked: str, verb: re.Match, before: list[Mention]) -> Mention | None:
    """ "… after Doe told a meeting that …" / "after Doe, asked about Roe, had said": "after" opens a clause, and Doe
    is its subject (Roe, the object of "about", is not)."""
    clause = next(
        (
            m
            for m in reversed(before)
            if SUBJECT_TAIL.fullmatch(masked[m.end : verb.start()])
            and (not m.prep or AFTER_BEFORE.search(masked[: m.start]))
        ),
        None,
    )
    return clause if clause is not None and clause.prep and not clause.possessive else None


def _adjacent_subject(masked: str, s_start: int, verb: re.Match, plain: list[Mention]) -> Mention | None:
    """The last name right before the verb, or the one whose clause or apposition it sits in: "Sen. Jane Doe
    (D-Mo.), who has endorsed Roe, said", "Doe, wearing a scarf with Roe's name on it, said" and "Doe (D), a loyal
    Roe backer, said" are Doe's; None when no name is right before the verb."""
    adjacent = [
        m
        for m in plain
        if SUBJECT_TAIL.fullmatch(masked[m.end : verb.start()]) or MEDIUM_AFTER.fullmatch(masked[m.end : verb.start()])
    ]
    if not adjacent:
        return None
    owner = next(
        (
            m
            for m in plain
            if WHO_CLAUSE.fullmatch(masked[m.end : verb.start()])
            or (m.kind == "anaphor" and WHO_CLAUSE_JOINED.fullmatch(masked[m.end : verb.start()]))
            or (m.withheld and WITHHELD_CLAUSE_END.fullmatch(masked[m.end : verb.start()]))
        ),
        None,
    )
    owner = owner or next((m for m in plain if MANY_OF_THEM.fullmatch(masked[m.end : verb.start()])), None)
    owner = owner or _apposed_subject(plain, masked, s_start, verb.start())
    return owner if owner is not None and owner.start < adjacent[-1].start else adjacent[-1]


def _in_adverbial(masked: str, s_start: int, pos: int, stop: int) -> bool:
    """The verb at ``pos`` is in an adverbial clause ("as they answered", "when Doe said") opened since the last
    comma, and no comma closes that clause before ``stop``."""
    comma = masked.rfind(",", s_start, pos)
    lead = masked[max(s_start, comma + 1) : pos]
    return ADVERBIAL.search(lead) is not None and "," not in masked[pos:stop]


def _clause_opener(masked: str, start: int, stop: int, mentions: list[Mention]) -> Mention | None:
    """The subject of the last clause joined between ``start`` and ``stop`` (", and Doe denounced …", "; the
    civil rights group the Acme League has warned …"): the first name, description or "he"/"she" after the join,
    with no comma before it, that a verb follows. A verb later in that clause shares its subject, not the subject of
    the verb before the join."""
    joins = [j.end() for j in JOINED_CLAUSE.finditer(masked, start, stop)]
    if not joins:
        return None
    for m in mentions:
        if m.start < joins[-1] or m.end > stop or "," in masked[joins[-1] : m.start]:
            continue
        if m.prep or m.possessive or (m.kind == "pronoun" and m.text not in ("he", "she")):
            continue
        if CLAUSE_VERB.match(masked, m.end):
            return m
    return None


def _ends_description(masked: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A name right after a description that ends in a prepositional phrase, with no comma between ("a columnist
    for the news site Acme said"): it names the preposition's object, and the description is the subject."""
    if mention.kind != "name":
        return False
    before = next((m for m in reversed(mentions) if m.end <= mention.start), None)
    return (
        before is not None
        and before.kind in ("anon", "anaphor")
        and re.fullmatch(r"\s+", masked[before.end : mention.start]) is not None
        and re.search(r"\s(?:for|of|at|from|with|in|on)\s", before.text) is not None
    )


def _apposed_subject(plain: list[Mention], masked: str, s_start: int, verb: int) -> Mention | None:
    """The name a sentence opens with, when an apposition closed by a comma is all that stands between it
    and the verb: "Doe, wearing a scarf with Roe's name on it, said" is Doe's sentence, not Roe's; so is a
    description of someone the apposition says more of ("The governor, a Democrat, said")."""
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    first = next((m for m in plain if m.start >= (opening.end() if opening else s_start)), None)
    if first is None or not (_named(first) or _described_more(masked, first)):
        return None
    # a name set off before is not the sentence's subject; a short phrase before one an apposition describes
    # leaves it one ("Within two hours, the governor, a Democrat, said", "Hours later, Gov. Jane Doe, a Republican,")
    lead = masked[opening.end() if opening else s_start : first.start]
    if "," in lead and not (INTRODUCTORY_PHRASE.fullmatch(lead) and APPOSED_DESCRIPTION.match(masked, first.end)):
        return None
    return first if APPOSITION_TO_VERB.fullmatch(masked[first.end : verb]) else None


def _named(mention: Mention) -> bool:
    return mention.kind == "name" and not mention.resolved.anon


def _described_more(masked: str, mention: Mention) -> bool:
    """A description of one person ("the governor") set off by an apposition that describes them ("a Democrat")."""
    entity = mention.resolved
    return (
        mention.kind == "anaphor"
        and entity.kind == "person"
        and not entity.plural
        and APPOSED_DESCRIPTION.match(masked, mention.end) is not None
    )


def first_subject(mentions: list[Mention], masked: str, s_start: int) -> Mention | None:
    """The sentence's subject among names before the verb: the first person after an opening clause
    ("When asked whom she backed, Doe smiled and said …", "Speaking in Salem, Ohio, Doe called …"),
    else the first person, else the first name."""
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    start = opening.end() if opening else s_start
    lead = next((m for m in mentions if m.start >= start), None)
    if lead is not None and lead.possessive and lead.kind == "name" and OWNED_ROLE.match(masked, lead.end):
        if re.fullmatch(r"[\s(]*", masked[start : lead.start]):  # "(Doe's spokeswoman … said": an aside of its own
            return lead  # "Doe's spokeswoman rallied supporters, saying …": the spokeswoman, read from Doe's
    if opening:
        after = [m for m in mentions if m.start >= opening.end()]
        mentions = after if any(not m.prep and not m.possessive for m in after) else mentions
    plain = [m for m in mentions if not m.prep and not m.possessive and not _with_an_object(mentions, masked, m)]
    people = [m for m in plain if m.resolved.kind == "person" and not m.resolved.plural]
    return next(iter(people or plain), None) or _body_owner(mentions, masked)


def _with_an_object(mentions: list[Mention], masked: str, mention: Mention) -> bool:
    """The mention is joined by "and" or "or" to a name after a preposition, or set off by a comma after one so
    joined ("an image of Mark Roe and his wife, Ann Roe"): an object too, no subject."""
    before = [m for m in mentions if m.end <= mention.start]
    if not before:
        return False
    previous, gap = before[-1], masked[before[-1].end : mention.start]
    if re.fullmatch(r"\s+(?:and|or)\s+", gap):
        return previous.prep or _with_an_object(mentions, masked, previous)
    return re.fullmatch(r",\s+", gap) is not None and not previous.prep and _with_an_object(mentions, masked, previous)


def _body_owner(mentions: list[Mention], masked: str) -> Mention | None:
    """The first possessor of a body that speaks for it: "Doe's campaign brushed it aside, telling reporters"."""
    return next((m for m in mentions if m.possessive and not m.prep and BODY_OWNED.match(masked, m.end)), None)

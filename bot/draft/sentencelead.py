"""For a quotation no cue of saying attributes (`attribution` reads the cues): whoever leads its sentence, a person
or a body, or the clause it is in; else someone unnamed described around it, or the author of a document the
sentence opens on."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.draft import lexicon as lx
from bot.draft.documents import DOCUMENT_OPENS, issuer, unnamed_document
from bot.draft.layouts import is_title
from bot.draft.mentions import Entity, Mention
from bot.draft.names import expletive_end
from bot.draft.paragraphs import Paragraph
from bot.draft.roles import OWNED_ROLE, owned_role_holder
from bot.draft.speechverbs import NAMING
from bot.draft.story import Story
from bot.draft.text import QuoteSpan, quote_text
from bot.draft.turns import unnamed_before

SCARE_QUOTE = 2  # words: a short quotation nobody is said to have said is a term, not a quotation
HANDED_TO = "named right after the quotation"
# A body's own verb right after its name: "The Acme campaign projects that", "the Bureau has listed"
BODY_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?(?!(?:is|was|has|as)\b)[a-z]+(?:s|ed)\b")
_TELLING = lx.SPEECH_VERBS - NAMING - {"called", "calling", "describe", "describes", "described"} | {"wrote", "writes"}
# '"…," two economists wrote', '"…," a voice-over in the ad says', '"…," the economists wrote': someone
# described, not named, after the quotation (the verb may be "can be heard asking")
UNNAMED_AFTER = re.compile(
    r"[\s,\u2014\u2013-]*(?P<who>(?:[Aa]n?|[Oo]ne\s+of|[Oo]ne|[Tt]wo|[Tt]hree|[Tt]he)\s+"
    r"(?:(?!(?:can|could|will|would|may|might|is|was|are|were|has|have|had|that|which|who|whom|and|or|but|as)\b)[\w&.-]+\s+){0,4}?[a-z][\w-]*)"
    r"\s+(?:(?:also|then|later)\s+)?(?:(?:can|could|will|would|may|might)\s+(?:be\s+heard\s+)?)?"
    r"(?P<verb>" + "|".join(sorted(_TELLING, key=len, reverse=True)) + r")\b"
)
# '"…," said one of two witnesses who …': the verb first, then one of some people the story does not name
UNNAMED_AFTER_VERB = re.compile(
    r"[\s,\u2014\u2013-]*(?:" + "|".join(sorted(_TELLING, key=len, reverse=True)) + r")\s+"
    rf"(?P<who>[Oo]ne\s+of\s+(?:the|two|three|four|several|many|{lx.PEOPLE_POSSESSIVE})\s+(?:[\w-]+\s+){{0,2}}?[a-z][\w-]*s)\b"
)
NOT_A_SPEAKER = {"crowd", "audience", "day", "week", "year", "time", "month", "night", "morning", "way", "point"}
# A second clause joined to the sentence, whose subject comes right after the join: ", while Doe …"
CLAUSE_JOIN = re.compile(
    r"(?:(?:,[\u201d\"]?|[\u201d\"]|\s[\u2014\u2013-]+)\s+(?:while|whereas|but|and|though|although)|;)\s+"
)
# what may come before a body that opens its sentence: "The", and the dash that ends a dateline ("DOVER, March 2
# (UPI) — The Acme Board …", the dateline itself masked)
DATELINE_DASH_THE = re.compile(r"\s*(?:[\u2014\u2013]\s*|--?\s+)?(?:[Tt]he\s+)?")


def sentence_lead(
    par: Paragraph, span: QuoteSpan, story: Story, named: Callable[[Mention], Entity], mentions: list[Mention]
) -> tuple[Entity | None, str, str | None]:
    """For a quotation no cue of saying attributes: the person or body that leads its sentence, or the clause it
    is in; else someone unnamed described around it, or the author of a document the sentence opens on. ``named``
    is whom a mention stands for as `attribute` reads it."""
    s_start, _ = par.sentence_of(span.open)
    masked = par.masked
    lead = _lead_mentions(masked, s_start, span.open, mentions)
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    holder = _owned_role_lead(masked, s_start, span.open, mentions, opening, story)
    if holder is not None:
        return holder, "subject of the sentence", None  # "Doe's spokeswoman denied Doe had ever "…" anyone"
    subject = _lead_person(lead, opening)
    joined = [j.end() for j in CLAUSE_JOIN.finditer(masked, s_start, span.open)]
    if subject is not None and joined and subject.start < joined[-1]:
        # "Doe calls him "…," while Roe refers to Doe as "…"": the clause the quotation is in has a subject of its own
        starts = (joined[-1], joined[-1] + 4 if masked.startswith("the ", joined[-1]) else joined[-1])
        own = next((m for m in lead if m.start in starts and m.text not in lx.POSSESSIVES), None)
        subject = own if own is not None else subject
        acts = own is not None and own.resolved.kind == "organisation" and BODY_VERB.match(masked, own.end)
        if own is not None and acts and not lx.is_place(own.resolved.name):
            return named(own), "subject of the sentence", None  # ", but the Acme campaign rejected it as "…""
    if subject is not None and subject.resolved.kind == "person" and not subject.resolved.plural:
        return named(subject), "subject of the sentence", None
    return _no_person_leads(par, span, story, named, mentions, lead, opening)


def _lead_mentions(masked: str, s_start: int, q_open: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions before the quotation that may lead its sentence (none after a preposition or owning a noun),
    past an opening "It has not helped that" whose clause a person leads."""
    lead = [m for m in mentions if s_start <= m.start and m.end <= q_open and not m.prep and not m.possessive]
    clause = expletive_end(masked, lead[0]) if len(lead) > 1 else None
    if (
        clause is not None
        and re.fullmatch(r"\s*(?:the\s+)?", masked[clause : lead[1].start])
        and lead[1].resolved.kind == "person"
        and not lead[1].resolved.plural
    ):
        lead = lead[1:]  # "It has not helped that her campaign has cycled through "…"": the clause's subject
    return lead


def _owned_role_lead(
    masked: str, s_start: int, q_open: int, mentions: list[Mention], opening: re.Match | None, story: Story
) -> Entity | None:
    """Someone unnamed described by whose they are who opens the sentence, after an opening clause if any ("Doe's
    spokeswoman denied that …", "(Doe's lawyers said …"): that person, not the owner nor a name after them."""
    start = opening.end() if opening is not None else s_start
    first = next((m for m in mentions if start <= m.start < q_open and not m.prep), None)
    if first is None or not first.possessive or not re.fullmatch(r"[\s(]*", masked[start : first.start]):
        return None
    return owned_role_holder(masked, first, story.cast)


def _lead_person(lead: list[Mention], opening: re.Match | None) -> Mention | None:
    """The person, one not a group, who leads the sentence: its first mention, or the first person after an
    opening clause that mention sits in ("Filling in for Roe at the event where Poe spoke, Doe …")."""
    subject = lead[0] if lead and lead[0].resolved.kind == "person" and not lead[0].resolved.plural else None
    if subject is not None and opening is not None and subject.start < opening.end():
        later = [m for m in lead if m.start >= opening.end()]
        subject = next((m for m in later if m.resolved.kind == "person" and not m.resolved.plural), subject)
    return subject


def _no_person_leads(
    par: Paragraph,
    span: QuoteSpan,
    story: Story,
    named: Callable[[Mention], Entity],
    mentions: list[Mention],
    lead: list[Mention],
    opening: re.Match | None,
) -> tuple[Entity | None, str, str | None]:
    """For a sentence no person leads: a named body that opens it, someone unnamed described right after the
    quotation or brought in before it, a document the sentence opens on, or, when a colon hands over to the
    quotation, the body or the unnamed people leading it; else nobody."""
    s_start, s_end = par.sentence_of(span.open)
    masked = par.masked
    text = quote_text(span.raw(par.text))
    body_first = _body_subject(masked, s_start, lead, opening)
    if body_first is not None and len(text.split()) > SCARE_QUOTE and not is_title(text, span, par):
        return named(body_first), "subject of the sentence", None  # "The Daily Example notes that "…""
    unnamed = _unnamed_after(masked, span, s_end, par.text, story)
    if unnamed is not None:
        return unnamed, HANDED_TO, None
    introduced = unnamed_before(masked, s_start, span.open)  # 'Another child answered, "…"'
    if introduced is not None and introduced[1] not in NOT_A_SPEAKER:
        return story.cast.anonymous(*introduced), "subject of the sentence", None
    opens = DOCUMENT_OPENS.match(masked, opening.end() if opening is not None else s_start, span.open)
    if opens is not None and opens["verb"] not in ("is", "was", "has", "does"):  # 'A letter to X calls for "…"'
        author = issuer(story, par.index, span.open) or unnamed_document(story, opens[0])
        if author is not None:
            return author, "author of the document quoted", None
    colon = re.search(r":\s*$", masked[s_start : span.open]) is not None
    body = lead[-1] if lead and colon else None
    if body is not None and body.resolved.kind == "organisation" and not lx.is_place(body.resolved.name):
        return named(body), "subject of the sentence", None  # "the board was conclusive in its findings: "…""
    unnamed_lead = _unnamed_subject(masked, s_start, span.open, mentions, opening, story) if colon else None
    if unnamed_lead is not None:  # "the first three questioners were hostile: "…"": the colon hands over to them
        return unnamed_lead, "subject of the sentence", None
    return None, "", None


def _unnamed_subject(
    masked: str, s_start: int, q_open: int, mentions: list[Mention], opening: re.Match | None, story: Story
) -> Entity | None:
    """Someone unnamed, one or a group, who leads the sentence after an opening clause if any ("At the hearing, the
    first three questioners …", "Doe's first questioners …"), the only one it names before the quotation."""
    start = opening.end() if opening is not None else s_start
    after = [m for m in mentions if start <= m.start and m.end <= q_open and not m.prep]
    if not after or not re.fullmatch(r"[\s,\u2014\u2013-]*", masked[start : after[0].start]):
        return None
    first = after[0]
    holder = owned_role_holder(masked, first, story.cast) if first.possessive else None
    role = OWNED_ROLE.match(masked, first.end)
    if holder is not None and role is not None:  # "Doe's first questioners": unnamed people described by whose
        return holder if all(m.start < role.end() for m in after) else None
    if len(after) != 1 or first.kind not in ("anon", "anaphor") or not first.resolved.anon:
        return None
    return first.resolved if first.resolved.kind == "person" else None


def _body_subject(masked: str, s_start: int, lead: list[Mention], opening: re.Match | None) -> Mention | None:
    """A named body that opens the sentence, after an opening clause if any ("On its website, the Acme Board
    lists "…""); not a place, a headline in capitals, a dateline or a lone capitalised word."""
    start = opening.end() if opening is not None else s_start
    first = next((m for m in lead if m.start >= start), None)
    if first is None or not DATELINE_DASH_THE.fullmatch(masked[start : first.start]):
        return None
    entity = first.resolved
    named_here = first.kind == "name" or (first.kind == "org-anaphor" and re.search(r"\s[A-Z]", first.text))
    if not named_here or entity.kind != "organisation" or entity.plural or lx.is_place(entity.name):
        return None  # "The Acme campaign" names the body, "the agency" does not
    if not BODY_VERB.match(masked, first.end):  # it acts ("lists", "filed"): not "The Acme blonde …"
        return None
    words = entity.name.split()
    if entity.name.isupper():
        return first if len(words) == 1 and len(entity.name) <= 5 else None  # "FBI", not "TALLAHASSEE"
    return first if len(words) > 1 else None


def _unnamed_after(masked: str, span: QuoteSpan, s_end: int, text: str, story: Story) -> Entity | None:
    """Someone the story does not name, described right after the quotation with a verb of saying that the
    cue finders did not take ('"…," the two economists wrote', '"…," a voice-over says', '"…," said one of two
    witnesses')."""
    if not re.search(r"[,?!]\s*$", span.raw(text)):
        return None
    found = UNNAMED_AFTER.match(masked, span.end, s_end) or UNNAMED_AFTER_VERB.match(masked, span.end, s_end)
    if found is None:
        return None
    phrase = found["who"]
    head = re.split(r"\s+(?:in|on|of|at|for|from|with|to)\s+", phrase)[-1 if phrase.lower().startswith("one of") else 0]
    head = head.split()[-1].lower()  # "a voice-over in the ad": a voice-over
    plural = head.endswith("s") and not head.endswith("ss")
    if head in NOT_A_SPEAKER or (phrase.lower().startswith("the ") and not plural):
        return None  # "the senator" is someone the story has named: the description finders resolve it
    name = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    return story.cast.anonymous(name, head[:-1] if plural else head, plural=plural)

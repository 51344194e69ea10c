"""Who speaks one quotation, read in its sentence: a cue before or after it, a document that says it, an opening
clause, words someone owns, or else whoever leads the sentence; with how the sentence says so and to whom."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.draft import lexicon as lx
from bot.draft.antecedents import antecedent
from bot.draft.cues import (
    ADVERBS,
    ASKED_BY,
    ASKED_BY_WHETHER,
    ASKED_WHETHER,
    after_quote,
    as_cue,
    ends_its_sentence,
    inverted_cue,
    opening_speaker,
    speech_verb_in,
    what_described_calls,
    words_owner,
)
from bot.draft.documents import DOCUMENT_OPENS, ISSUED_WHEN, issuer, unnamed_document
from bot.draft.layouts import is_title, quoted_title
from bot.draft.mentions import Entity, Mention, mention_at, named_from
from bot.draft.names import expletive_end, is_modifier
from bot.draft.roles import OWNED_ROLE, owned_role_holder
from bot.draft.speakers import Speakers, document_author, named_speaker
from bot.draft.story import Paragraph, Story
from bot.draft.subjects import before_quote, participle_after, what_x_calls
from bot.draft.text import QuoteSpan, quote_text
from bot.draft.turns import unnamed_before

SCARE_QUOTE = 2  # words: a short quotation nobody is said to have said is a term, not a quotation
# 'she declared "What a Night!"': a speech verb right before the quotation, not one that names, addresses or
# authors something ("Doe, who wrote "Low Tide"")
NAMING = {"label", "labels", "labeled", "labelled", "dub", "dubbed", "term", "termed", "brand", "branded", "call",
           "calls", "write", "writes", "wrote", "writing"}  # fmt: skip
HANDED_TO = "named right after the quotation"
PUT_TO = "a passive verb of saying whose speaker the sentence does not name"
# '"…," the statement said' / 'reads the letter': a document speaks for whoever the story says wrote it.
DOCUMENT_SAYS = re.compile(
    r"[\s,\u2014\u2013-]*(?:(?:the|a|an|that|this|his|her|its|their)\s+)(?:[\w-]+\s+){0,2}?"
    + lx.DOCUMENT
    + r"(?P<between>\s+(?:\w+\s+)*?)"
    r"(?P<verb>[a-z]+)\b"
)
_SPEECH = "|".join(sorted(lx.SPEECH_VERBS, key=len, reverse=True))
DOCUMENT_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]hat|[Tt]his)\s+(?:[\w.\u2019'-]+\s+){0,3}?"
    + lx.DOCUMENT
    + r"(?:,[^,;\u201c\u201d\"]{1,80},)?"
    r"(?:\s+(?:(?:sent|written|posted|released|issued|signed)(?:\s+out)?\s+by|from)\s+(?P<by>[^,;:\u201c\u201d\"]{1,80}?))?"
    r"\s+(?:\w+ly\s+|then\s+|also\s+)?(?:(?:goes|went|go)\s+on\s+to\s+)?(?P<verb>" + _SPEECH + r")\b"
)
# '"…," reads a Wednesday editorial in The Daily Example' / 'concluded a 2013 study by Acme': the document
# speaks, for whoever it names as its outlet or author.
DOCUMENT_AFTER = re.compile(
    r"[\s,\u2014\u2013-]*(?P<verb>[a-z]+)\s+(?:a|an|the|this|that|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    + lx.DOCUMENT
    + r"(?:\s+(?:[\w-]+\s+){0,3}?(?:in|from|by|of|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2})?"
)
REPORT_BY = re.compile(
    r"\b(?:report|story|article|analysis|investigation)\s+(?:\w+\s+){0,2}?(?:by|in|from)\s+(?P<the>[Tt]he\s+)?"
)
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
NOT_A_SPEAKER = {"crowd", "audience", "day", "week", "year", "time", "month", "night", "morning", "way", "point"}
# "When Doe pointed out that Roe calls it "…," Poe laughed": the quotation lies inside an opening clause of time
# or concession, which no comma has closed yet, and ends with the comma that closes it
INSIDE_OPENING = re.compile(
    r"\s*(?:(?:But|And|Yet|So),?\s+)?(?:[Ww]hen|[Aa]fter|[Aa]s|[Ww]hile|[Bb]efore|[Oo]nce|[Uu]ntil|[Tt]hough|[Aa]lthough)\s"
    r"[^,;:\u201c\u201d\"]+[\u201c\"]$"
)
# A second clause joined to the sentence, whose subject comes right after the join: ", while Doe …"
CLAUSE_JOIN = re.compile(
    r"(?:(?:,[\u201d\"]?|[\u201d\"]|\s[\u2014\u2013-]+)\s+(?:while|whereas|but|and|though|although)|;)\s+"
)
# The join of a second clause right after the quotation, before that clause's subject: '"…," and Roe told …'
AFTER_JOIN = re.compile(r"[\s,;]*(?:and|but|while|whereas|though|although)\s+")
TO_WHOM = re.compile(r"\s*To\s+")  # 'To Doe, Roe is …': the sentence gives Doe's view
_Verdict = tuple[Entity | None, str, str | None]  # who speaks (None: nobody the story names), how it says so, to whom
# what may come before a body that opens its sentence: "The", and the dash that ends a dateline ("DOVER, March 2
# (UPI) — The Acme Board …", the dateline itself masked)
DATELINE_DASH_THE = re.compile(r"\s*(?:[\u2014\u2013]\s*|--?\s+)?(?:[Tt]he\s+)?")
# '"…" That quote from Jane Doe appeared …': the next sentence credits the quotation that ends before it.
CREDITED_NEXT = re.compile(
    r"\s*(?:That|This|The)\s+(?:quote|quotation|remark|comment|line|words|observation|assessment)\s+(?:came\s+)?"
    r"(?:from|by)\s+"
)
# '"…," Doe quoted one analyst' / 'Doe quoted Jane Roe as saying "…"': the one quoted spoke, not the one quoting
QUOTED_WHOM = re.compile(r"[\s,]*(?:[\w.]+\s+){1,3}?quoted\s+")
QUOTED_AS = re.compile(r"\bquoted\s+")
QUOTED_AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|writing)\b")


def handed_to_speaker(span: QuoteSpan, text: str) -> bool:
    """Whether the quotation ends on a comma, a question or an exclamation mark, as words handed on to a speaker
    named after them ('"Why now?" Doe asked')."""
    return bool(re.search(r"[,?!]$", span.raw(text).rstrip()))


def _cued_before_and_closed(par: Paragraph, span: QuoteSpan, s_start: int) -> bool:
    """'Doe emailed, telling her, "You are a star!" She replied …': a quotation that a verb of saying before it
    hands over to with a comma or a colon, and that closes on a question or exclamation mark before a capital, ends
    its sentence when that verb has a speaker (`attribute` checks): whoever is named after it is the next sentence's
    subject, not its speaker."""
    return (
        bool(re.search(r"[?!]$", span.raw(par.text).rstrip()))
        and bool(re.search(r"[,:]\s*$", par.masked[s_start : span.open]))
        and re.match(r"\s+[A-Z]", par.masked[span.end :]) is not None
        and speech_verb_in(par.masked, s_start, span.open)
    )


def _reported_by(masked: str, s_start: int, q_open: int, mentions: list[Mention]) -> Entity | None:
    """The outlet or body of 'a report by Acme News that he "…"' / 'a story in The Gazette about "…"', with no
    verb of saying between it and the quotation."""
    for cited in REPORT_BY.finditer(masked, s_start, q_open):
        outlet = mention_at(mentions, cited.end()) or mention_at(mentions, cited.start("the"))
        if outlet is None or outlet.resolved.kind != "organisation" or lx.is_place(outlet.resolved.name):
            continue
        if not speech_verb_in(masked, outlet.end, q_open):
            return outlet.resolved
    return None


@dataclass(frozen=True)
class _Cue:
    """One quotation as the readings of `attribute` read it: its paragraph and span, the sentence it is in, and the
    mentions that can speak."""

    par: Paragraph
    span: QuoteSpan
    story: Story
    speakers: Speakers
    s_start: int
    s_end: int
    mentions: list[Mention]
    text: str

    @property
    def masked(self) -> str:
        return self.par.masked

    def named(self, mention: Mention) -> Entity:
        """Whom a mention stands for as the speaker of this quotation."""
        return named_speaker(mention, self.par.index, self.speakers, self.story)


def attribute(par: Paragraph, span: QuoteSpan, story: Story, speakers: Speakers) -> _Verdict:
    """Who speaks a quotation, how its sentence says so and to whom: the readings below in turn, the first that finds
    a cue deciding; else whoever leads the sentence."""
    s_start, s_end = par.sentence_of(span.open)
    mentions = [m for m in par.mentions if m.entity is not None and not is_modifier(m.entity)]
    cue = _Cue(par, span, story, speakers, s_start, s_end, mentions, quote_text(span.raw(par.text)))
    for read in (_named_before_it, _named_after_it, _written_or_opened, _cued_before_it, _owned_or_reported):
        verdict = read(cue)
        if verdict is not None:
            return verdict
    return _sentence_lead(par, span, story, cue.named, mentions)


def _named_before_it(cue: _Cue) -> _Verdict | None:
    """What someone calls a thing, the asker of a question quoted, and the speaker inside an opening clause."""
    par, span, story, masked, mentions, s_start = cue.par, cue.span, cue.story, cue.masked, cue.mentions, cue.s_start
    termed = what_x_calls(masked, s_start, span.open, mentions) or what_described_calls(
        masked, s_start, span.open, mentions, story
    )
    if termed is not None:
        return cue.named(termed), "speech verb earlier in the sentence", None
    asked = ASKED_BY.match(masked, s_start)
    asker = named_from(mentions, masked, asked.end()) if asked else None
    if asker is not None and not asker.possessive and ASKED_BY_WHETHER.fullmatch(masked, asker.end, span.open):
        return cue.named(asker), "asker of the question it quotes", None
    if INSIDE_OPENING.match(masked[s_start : span.open + 1]) and span.raw(par.text).rstrip().endswith(","):
        inside = before_quote(masked, s_start, span.open, mentions, story)
        if inside and inside[0] is not None:
            return cue.named(inside[0]), "speech verb earlier in the sentence", inside[1]
    return None


def _named_after_it(cue: _Cue) -> _Verdict | None:
    """The speaker named right after the quotation ('"…," said Doe', '"…," he told Doe', '"…" Doe shot back'), one
    it quotes, or one the next sentence credits; not a cue that belongs to the quotation after it, nor the subject of
    a clause joined after it when a cue before it names the speaker."""
    par, span, story, masked, mentions = cue.par, cue.span, cue.story, cue.masked, cue.mentions
    s_start, s_end = cue.s_start, cue.s_end
    hands_on = handed_to_speaker(span, par.text)
    handed = hands_on or masked[span.end : span.end + 1] in (",", "")
    new_sentence = ends_its_sentence(span.raw(par.text), masked, span.end)
    if not new_sentence and _cued_before_and_closed(par, span, s_start):
        before = before_quote(masked, s_start, span.open, mentions, story)
        new_sentence = before is not None and before[0] is not None  # not 'Doe was asked, "Why?" He said …'
    after = None if new_sentence else after_quote(masked, s_start, span.end, s_end, mentions, story, handed)
    if after and _handed_on(masked, s_start, span, after[0], s_end, mentions, story):
        after = None  # 'Doe replied, "…?" Roe then wrote back, "…"': Roe's cue is for the next quotation
    cited = QUOTED_WHOM.match(masked, span.end) if masked[span.end : span.end + 1] in (",", " ") else None
    cited_who = named_from(mentions, masked, cited.end()) if cited else None
    if cited_who is not None and not cited_who.possessive:  # '"…," he quoted one analyst': the analyst's words
        return cue.named(cited_who), "named right after the quotation", None
    quoter = QUOTED_AS.search(masked, s_start, span.open)
    quoted = named_from(mentions, masked, quoter.end()) if quoter else None
    if quoted is not None and not quoted.possessive and QUOTED_AS_SAYING.match(masked, quoted.end):
        return cue.named(quoted), "speech verb earlier in the sentence", None  # 'Doe quoted Roe as saying, "…"'
    if after and after[0].kind in ("anaphor", "anon") and after[0].resolved.anon:
        inner = before_quote(masked, s_start, span.open, mentions, story)
        told = inner[0] if inner and inner[0] is not None else None
        if told is not None and told.kind == "name" and told.resolved.kind == "person" and not told.possessive:
            # 'Doe said Roe "…," the source recalled': Doe's words, as the source tells it
            return cue.named(told), "speech verb earlier in the sentence", inner[1]
    if after and AFTER_JOIN.fullmatch(masked, span.end, after[0].start):
        before = before_quote(masked, s_start, span.open, mentions, story)
        if before and before[0] is not None:  # 'According to Doe, it is "…," and Roe told …': Doe's words
            return cue.named(before[0]), "speech verb earlier in the sentence", before[1]
    if after:
        speaker = cue.named(after[0])
        if after[0].kind == "pronoun" and after[1] and speaker.name.split()[-1] in after[1].split():
            # '"…," he told Doe': whoever "he" is, it is not the person he told
            kind, gender, quoted_by = "person", after[0].gender, cue.speakers.quoted
            other = antecedent(story, par.index, after[0].start, kind, gender, quoted=quoted_by, hearer=speaker)
            speaker = other or speaker
        return speaker, "named right after the quotation", after[1]
    credit = CREDITED_NEXT.match(masked, span.end)  # a capital after the quotation: its own sentence
    credited = named_from(mentions, masked, credit.end()) if credit else None
    if credited is not None and not credited.possessive and credited.kind == "name":
        return cue.named(credited), "named in the sentence after the quotation", None  # '"…" That quote from Doe …'
    if (hands_on and not new_sentence) or masked[span.end : span.end + 1] == ",":
        inverted = inverted_cue(masked, span.end, mentions)
        if inverted:
            return cue.named(inverted), "named right after the quotation", None
    return None


def _written_or_opened(cue: _Cue) -> _Verdict | None:
    """A document that says the words after them ('"…," the order said'), an unnamed person's quoted title, or
    the subject of a sentence the quotation opens."""
    par, span, story, masked, mentions = cue.par, cue.span, cue.story, cue.masked, cue.mentions
    document = DOCUMENT_SAYS.match(masked, span.end)
    when = document and ISSUED_WHEN.match(masked, document.start("verb"))  # "the order released Friday said"
    verb = when["verb"] if when else document and document["verb"]
    if document and re.fullmatch(r"\s*" + ADVERBS, document["between"]) and verb in lx.SPEECH_VERBS:
        author = document_author(story, par.index, span.open) or unnamed_document(story, document[0])
        if author is not None:
            return author, "author of the document quoted", None
    cited = DOCUMENT_AFTER.match(masked, span.end)
    if cited and cited["verb"] in lx.SPEECH_VERBS and re.search(r"[,?!]\s*$", span.raw(par.text)):
        the = re.match(r"(?:[Tt]he\s+)?", masked[cited.end() :])
        named_by = mention_at(mentions, cited.end()) or mention_at(mentions, cited.end() + (the.end() if the else 0))
        author = named_by.resolved if named_by else document_author(story, par.index, span.open)
        if author is not None:
            return author, "author of the document quoted", None
    titled = quoted_title(masked, span, cue.text, story)
    if titled:
        return titled, "quoted title of an unnamed person", None
    opener = opening_speaker(masked, cue.s_start, span, span.raw(par.text).rstrip().endswith(","), mentions)
    if opener is not None:
        return cue.named(opener), "subject of the sentence the quotation opens", None
    return None


def _cued_before_it(cue: _Cue) -> _Verdict | None:
    """The subject of a verb of saying before the quotation (or the agent of a passive one, or nobody the sentence
    names), the subject of a participle after it, or one an 'as' clause after it names."""
    par, span, story, masked, mentions, s_start = cue.par, cue.span, cue.story, cue.masked, cue.mentions, cue.s_start
    before = before_quote(masked, s_start, span.open, mentions, story)
    if before and before[0] is None:
        by = re.match(r"\s*,?\s*by\s+", masked[span.end :])  # '… has been called "…" by Jane Doe'
        agent = named_from(mentions, masked, span.end + by.end()) if by else None
        if agent is not None and not agent.possessive and agent.kind != "pronoun":  # not "by his aides"
            return cue.named(agent), "speech verb earlier in the sentence", None
        return None, PUT_TO, None  # a passive verb: the sentence does not name who spoke
    paper = before[0].resolved if before else None
    if paper is not None and paper.anon and paper.name in lx.DOCUMENT_NOUNS:
        # 'Acme issued a statement … the statement urged them to "…"': the issuer's words, not an unnamed statement's
        author = document_author(story, par.index, span.open)
        if author is not None:
            return author, "author of the document quoted", None
    if before:
        owner = words_owner(masked, s_start, span.open, mentions)
        if (
            owner is not None
            and owner.kind == "name"
            and owner.prep
            and owner.start > before[0].start
            and _owned_that(masked, owner)
        ):
            # "Critics say Doe was hurt by Roe's conclusion that her actions were "…"": Roe's words, not the critics'
            return cue.named(owner), "owner of the words the sentence names", None
        return cue.named(before[0]), "speech verb earlier in the sentence", before[1]
    subject = participle_after(masked, s_start, span.open, span.end, mentions)
    if subject is not None:
        return cue.named(subject), "subject of the sentence", None
    described = as_cue(masked, span.end, cue.s_end, mentions)
    if described is not None:  # '… a "regional" candidate, as Doe's campaign manager suggested'
        return cue.named(described), "named in an 'as' clause after the quotation", None
    return None


def _owned_or_reported(cue: _Cue) -> _Verdict | None:
    """A document the sentence says the words come from, an outlet's report, a message the sentence describes, a
    question nobody is named asking, whose view the sentence gives, or whose words it names ('Doe's claim that')."""
    par, span, story, masked, mentions = cue.par, cue.span, cue.story, cue.masked, cue.mentions
    s_start, s_end = cue.s_start, cue.s_end
    cited = DOCUMENT_BEFORE.search(masked, s_start, span.open)
    if cited and cited["verb"] in lx.SPEECH_VERBS:  # 'The complaint alleged that the firm "…"'
        sender = named_from(mentions, masked, cited.start("by")) if cited["by"] else None  # "an email sent by Doe"
        author = sender.resolved if sender else document_author(story, par.index, cited.start())
        author = author or unnamed_document(story, cited[0])
        if author is not None:
            return author, "author of the document quoted", None
    outlet = _reported_by(masked, s_start, span.open, mentions)
    if outlet is not None:  # 'a report by Acme News that he "…"': the outlet's words
        return outlet, "author of the document quoted", None
    sentence = masked[s_start:s_end]
    if lx.OWN_WORDS_NOUN.search(sentence) and len(cue.text.split()) >= 5 and re.search(r"[.!?]$", cue.text):
        person = next(
            (m for m in mentions if s_start <= m.start < s_end and m.resolved.kind == "person" and not m.prep),
            None,
        )
        if person:
            return cue.named(person), "author of the message the sentence describes", None
    if ASKED_WHETHER.match(masked[s_start : span.open + 1]):  # the words of whoever asked, not named
        return None, "", None
    viewer = next(
        (m for m in mentions if TO_WHOM.fullmatch(masked, s_start, m.start) and masked.startswith(",", m.end)), None
    )
    if viewer is not None and viewer.kind == "name" and viewer.resolved.kind == "person":
        return cue.named(viewer), "whose view the sentence gives", None  # 'To Doe, Roe is the "…" one'
    owner = words_owner(masked, s_start, span.open, mentions)
    if owner is not None and owner.kind == "pronoun":  # "her comment that "…"": the woman the story spoke of
        found = owner.resolved if owner.resolved.kind == "person" and not owner.resolved.anon else None
        found = found or antecedent(story, par.index, owner.start, "person", owner.gender, named_only=True)
        return (found, "owner of the words the sentence names", None) if found else (None, "", None)
    if owner is not None:
        return cue.named(owner), "owner of the words the sentence names", None
    return None


def _sentence_lead(
    par: Paragraph, span: QuoteSpan, story: Story, named: Callable[[Mention], Entity], mentions: list[Mention]
) -> tuple[Entity | None, str, str | None]:
    """For a quotation no cue of saying attributes: the person or body that leads its sentence, or the clause it
    is in; else someone unnamed described around it, or the author of a document the sentence opens on. ``named``
    is whom a mention stands for as `attribute` reads it."""
    s_start, s_end = par.sentence_of(span.open)
    masked = par.masked
    text = quote_text(span.raw(par.text))
    lead = [m for m in mentions if s_start <= m.start and m.end <= span.open and not m.prep and not m.possessive]
    clause = expletive_end(masked, lead[0]) if len(lead) > 1 else None
    if (
        clause is not None
        and re.fullmatch(r"\s*(?:the\s+)?", masked[clause : lead[1].start])
        and lead[1].resolved.kind == "person"
        and not lead[1].resolved.plural
    ):
        lead = lead[1:]  # "It has not helped that her campaign has cycled through "…"": the clause's subject
    subject = lead[0] if lead and lead[0].resolved.kind == "person" and not lead[0].resolved.plural else None
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    if subject is not None and opening is not None and subject.start < opening.end():
        # "Filling in for Roe at the event where Poe spoke, Doe …": the subject comes after the opening clause
        later = [m for m in lead if m.start >= opening.end()]
        subject = next((m for m in later if m.resolved.kind == "person" and not m.resolved.plural), subject)
    joined = [j.end() for j in CLAUSE_JOIN.finditer(masked, s_start, span.open)]
    if subject is not None and joined and subject.start < joined[-1]:
        # "Doe calls him "…," while Roe refers to Doe as "…"": the clause the quotation is in has a subject of its own
        starts = (joined[-1], joined[-1] + 4 if masked.startswith("the ", joined[-1]) else joined[-1])
        own = next((m for m in lead if m.start in starts and m.text not in ("his", "her", "its", "their")), None)
        subject = own if own is not None else subject
        acts = own is not None and own.resolved.kind == "organisation" and BODY_VERB.match(masked, own.end)
        if own is not None and acts and not lx.is_place(own.resolved.name):
            return named(own), "subject of the sentence", None  # ", but the Acme campaign rejected it as "…""
    if subject is not None and (subject.resolved.kind != "person" or subject.resolved.plural):
        subject = None
    if subject is not None:
        return named(subject), "subject of the sentence", None
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
    cue finders did not take ('"…," the two economists wrote', '"…," a voice-over says')."""
    if not re.search(r"[,?!]\s*$", span.raw(text)):
        return None
    found = UNNAMED_AFTER.match(masked, span.end, s_end)
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


def _handed_on(
    masked: str, s_start: int, span: QuoteSpan, cue: Mention, s_end: int, mentions: list[Mention], story: Story
) -> bool:
    """The quotation has a cue of its own before it ("Doe replied with, "), and the speaker named after it
    introduces another quotation later in the sentence."""
    if not re.search(r"[,:]\s*$", masked[s_start : span.open]) or not re.search(r'[\u201c"]', masked[cue.end : s_end]):
        return False
    return bool(before_quote(masked, s_start, span.open, mentions, story))


def _owned_that(masked: str, owner: Mention) -> bool:
    """The words the owner is said to own go on in a that-clause: "Doe's conclusion that …"."""
    return re.match(r"\s+(?:[a-z][\w-]*\s+){0,3}?that\b", masked[owner.end :]) is not None

"""Who speaks one quotation, read in its sentence: a cue before or after it (`namedafter`), a writing that says it
(`writtenby`), an opening clause, words someone owns, or else whoever leads the sentence (`sentencelead`); with how
the sentence says so and to whom."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.antecedents import antecedent
from bot.draft.cueafter import as_cue
from bot.draft.cues import (
    ASKED_BY,
    ASKED_BY_WHETHER,
    ASKED_WHETHER,
    opening_speaker,
    owner_of_quoted_words,
    what_described_calls,
    words_owner,
)
from bot.draft.layouts import quoted_title
from bot.draft.mentions import Mention, named_from
from bot.draft.namedafter import named_after_it
from bot.draft.names import is_modifier
from bot.draft.paragraphs import Paragraph
from bot.draft.quotesentence import QuoteInSentence, Verdict
from bot.draft.sentencelead import sentence_lead
from bot.draft.speakers import Speakers, document_author
from bot.draft.story import Story
from bot.draft.subjects import before_quote, participle_after, what_x_calls
from bot.draft.text import QuoteSpan, quote_text
from bot.draft.writtenby import written_after_it, written_before_it

PUT_TO = "a passive verb of saying whose speaker the sentence does not name"
# "When Doe pointed out that Roe calls it "…," Poe laughed": the quotation lies inside an opening clause of time
# or concession, which no comma has closed yet, and ends with the comma that closes it
INSIDE_OPENING = re.compile(
    r"\s*(?:(?:But|And|Yet|So),?\s+)?(?:[Ww]hen|[Aa]fter|[Aa]s|[Ww]hile|[Bb]efore|[Oo]nce|[Uu]ntil|[Tt]hough|[Aa]lthough)\s"
    r"[^,;:\u201c\u201d\"]+[\u201c\"]$"
)
# "seen by organisers as a "…"": a passive verb of taking something as the words, and who takes it so
SEEN_BY = re.compile(
    r"\b(?:seen|viewed|regarded|considered|perceived|hailed|praised|derided|dismissed|touted|billed|painted|portrayed|"
    r"described|labell?ed|branded|criticized|criticised)\s+by\s+(?P<who>(?:[\w.\u2019'-]+\s+){0,4}?[\w.\u2019'-]+)"
    r"\s+as\s+(?:(?:an?|the)\s+)?[\u201c\"]$"
)
TO_WHOM = re.compile(r"\s*To\s+")  # 'To Doe, Roe is …': the sentence gives Doe's view
# 'From Doe's Facebook post: "…"', 'From the report: "…"': the words set out after a colon are taken from a writing
TAKEN_FROM = re.compile(
    rf"\s*From\s+(?:(?:the|a|an|{lx.POSSESSIVE})\s+)?(?:[\w.\u2019'-]+\s+){{0,4}}?" + lx.DOCUMENT + r"\s*:\s*$"
)


def attribute(par: Paragraph, span: QuoteSpan, story: Story, speakers: Speakers) -> Verdict:
    """Who speaks a quotation, how its sentence says so and to whom: the readings in turn (here and in `namedafter` and
    `writtenby`), the first that finds a cue deciding; else whoever leads the sentence."""
    s_start, s_end = par.sentence_of(span.open)
    mentions = [m for m in par.mentions if m.entity is not None and not is_modifier(m.entity)]
    cue = QuoteInSentence(par, span, story, speakers, s_start, s_end, mentions, quote_text(span.raw(par.text)))
    for read in (
        _named_before_it,
        named_after_it,
        written_after_it,
        _titled_or_opened,
        _cued_before_it,
        written_before_it,
        _owned_or_viewed,
        _seen_by_before_it,
    ):
        verdict = read(cue)
        if verdict is not None:
            return verdict
    return sentence_lead(par, span, story, cue.named, mentions)


def _named_before_it(cue: QuoteInSentence) -> Verdict | None:
    """What someone calls a thing, the asker of a question quoted, and the speaker inside an opening clause."""
    par, span, story, masked, mentions, s_start = cue.par, cue.span, cue.story, cue.masked, cue.mentions, cue.s_start
    taken = TAKEN_FROM.match(masked, s_start, span.open)
    if taken is not None:  # 'From Doe's Facebook post: "…"': the writing's owner, else its author
        owner = next((m for m in mentions if taken.start() <= m.start < span.open and m.possessive), None)
        author = cue.named(owner) if owner is not None else document_author(story, par.index, span.open, taken[0])
        if author is not None:
            return author, "author of the document quoted", None
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


def _titled_or_opened(cue: QuoteInSentence) -> Verdict | None:
    """An unnamed person's quoted title, or the subject of a sentence the quotation opens."""
    par, span, story, masked, mentions = cue.par, cue.span, cue.story, cue.masked, cue.mentions
    titled = quoted_title(masked, span, cue.text, story)
    if titled:
        return titled, "quoted title of an unnamed person", None
    opener = opening_speaker(masked, cue.s_start, span, span.raw(par.text).rstrip().endswith(","), mentions)
    if opener is not None:
        return cue.named(opener), "subject of the sentence the quotation opens", None
    return None


def _cued_before_it(cue: QuoteInSentence) -> Verdict | None:
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
        author = document_author(story, par.index, span.open, paper.name)
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
    owner = words_owner(masked, s_start, span.open, mentions)
    if owner is not None and owner.kind == "name" and _owned_that(masked, owner):
        # "Roe blamed the press for Doe's claim that Poe "…," saying …": Doe's words, not the subject's
        return cue.named(owner), "owner of the words the sentence names", None
    subject = participle_after(masked, s_start, span.open, span.end, mentions)
    if subject is not None:
        return cue.named(subject), "subject of the sentence", None
    described = as_cue(masked, span.end, cue.s_end, mentions)
    if described is not None:  # '… a "regional" candidate, as Doe's campaign manager suggested'
        return cue.named(described), "named in an 'as' clause after the quotation", None
    return None


def _owned_or_viewed(cue: QuoteInSentence) -> Verdict | None:
    """A message the sentence describes, a question nobody is named asking, whose view the sentence gives, or whose
    words it names ('Doe's claim that')."""
    par, span, story, masked, mentions = cue.par, cue.span, cue.story, cue.masked, cue.mentions
    s_start, s_end = cue.s_start, cue.s_end
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
    owner = owner_of_quoted_words(masked, span.open, span.end, mentions) or words_owner(
        masked, s_start, span.open, mentions
    )
    if owner is not None and owner.kind == "pronoun":  # "her comment that "…"": the woman the story spoke of
        found = owner.resolved if owner.resolved.kind == "person" and not owner.resolved.anon else None
        found = found or antecedent(story.paragraphs, par.index, owner.start, "person", owner.gender, named_only=True)
        return (found, "owner of the words the sentence names", None) if found else (None, "", None)
    if owner is not None:
        return cue.named(owner), "owner of the words the sentence names", None
    return None


def _seen_by_before_it(cue: QuoteInSentence) -> Verdict | None:
    """'an option seen by organisers as a "…"': whoever a passive verb of taking something as the words names after
    "by", named or described ("organisers"), not the sentence's subject."""
    seen = SEEN_BY.search(cue.masked, cue.s_start, cue.span.open + 1)
    if seen is None:
        return None
    named = named_from(cue.mentions, cue.masked, seen.start("who"))
    if named is not None and named.end == seen.end("who") and not named.possessive:
        return cue.named(named), "agent of a passive verb before the quotation", None
    words = seen["who"].split()
    if any(seen.start("who") <= m.start < seen.end("who") for m in cue.mentions):
        return None  # "seen by Doe's aides as": a name inside a description the mentions do not read whole
    if not all(re.fullmatch(r"[a-z][a-z-]*", word) for word in words):
        return None
    phrase = re.sub(r"^(?:the|a|an|some|many)\s+", "", seen["who"])
    return cue.story.cast.described(phrase, words[-1]), "agent of a passive verb before the quotation", None


def _owned_that(masked: str, owner: Mention) -> bool:
    """The words the owner is said to own go on in a that-clause: "Doe's conclusion that …"."""
    return re.match(r"\s+(?:[a-z][\w-]*\s+){0,3}?that\b", masked[owner.end :]) is not None

"""Words a writing says: a document named after the quotation ('"…," the order said') or before it ('The complaint
alleged that the firm "…"'), a writing filed that says them, or an outlet's report; each speaks for whoever the
story says wrote it."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.documents import ISSUED, ISSUED_WHEN, issuer, plaintiff, unnamed_document
from bot.draft.mentions import Entity, Mention, mention_at, named_from
from bot.draft.quotesentence import QuoteInSentence, Verdict
from bot.draft.speakers import document_author
from bot.draft.speechverbs import ADVERBS, speech_verb_in

# '"…," the statement said' / 'reads the letter': a document speaks for whoever the story says wrote it.
DOCUMENT_SAYS = re.compile(
    rf"[\s,\u2014\u2013-]*(?:(?:the|a|an|that|this|{lx.POSSESSIVE})\s+)(?:[\w-]+\s+){{0,2}}?"
    + lx.DOCUMENT
    + r"(?P<between>\s+(?:\w+\s+)*?)"
    r"(?P<verb>[a-z]+)\b"
)
_SPEECH = "|".join(sorted(lx.SPEECH_VERBS, key=len, reverse=True))
DOCUMENT_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]hat|[Tt]his)\s+(?:[\w.\u2019'-]+\s+){0,3}?"
    + lx.DOCUMENT
    + r"(?:,(?:[^,;\u201c\u201d\"]|[\u201c\"]\s*[\u201d\"]){1,80},)?"  # an apposition, a masked title in it
    r"(?:\s+(?:(?:sent|written|posted|released|issued|signed)(?:\s+out)?\s+by|from)\s+(?P<by>[^,;:\u201c\u201d\"]{1,80}?))?"
    r"\s+(?:\w+ly\s+|then\s+|also\s+)?(?:(?:goes|went|go)\s+on\s+to\s+)?(?P<verb>" + _SPEECH + r")\b"
)
# '"…," reads a Wednesday editorial in The Daily Example' / 'concluded a 2013 study by Acme': the document
# speaks, for whoever it names as its outlet or author.
DOCUMENT_AFTER = re.compile(
    rf"[\s,\u2014\u2013-]*(?P<verb>[a-z]+)\s+(?:a|an|the|this|that|{lx.POSSESSIVE})\s+(?:[\w-]+\s+){{0,3}}?"
    + lx.DOCUMENT
    + r"(?:\s+(?:[\w-]+\s+){0,3}?(?:in|from|by|of|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2})?"
)
# 'A federal lawsuit was filed in 2012 challenging X and alleging that "…"': a writing that opens its sentence, put out,
# then a verb of saying in -ing that it governs
FILED_THEN_SAYING = re.compile(
    r"\s*(?P<paper>(?:A|An|The)\s+(?:[\w-]+\s+){0,3}?" + lx.DOCUMENT + r")\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:filed|issued|released|published|sent)\b[^;:.\u201c\u201d\"]*\b(?P<verb>[a-z]+ing)\s+(?:that\s+)?"
    r"[^;:.\u201c\u201d\"]*$"
)
REPORT_BY = re.compile(
    r"\b(?:report|story|article|analysis|investigation)\s+(?:\w+\s+){0,2}?(?:by|in|from)\s+(?P<the>[Tt]he\s+)?"
)


def written_after_it(cue: QuoteInSentence) -> Verdict | None:
    """A document that says the words after them: '"…," the order said', '"…," reads an editorial in the Gazette'."""
    par, span, story, masked, mentions = cue.par, cue.span, cue.story, cue.masked, cue.mentions
    document = DOCUMENT_SAYS.match(masked, span.end)
    when = document and ISSUED_WHEN.match(masked, document.start("verb"))  # "the order released Friday said"
    verb = when["verb"] if when else document and document["verb"]
    if document and re.fullmatch(r"\s*" + ADVERBS, document["between"]) and verb in lx.SPEECH_VERBS:
        author = document_author(story, par.index, span.open, document[0]) or unnamed_document(story, document[0])
        if author is not None:
            return author, "author of the document quoted", None
    cited = DOCUMENT_AFTER.match(masked, span.end)
    if cited and cited["verb"] in lx.SPEECH_VERBS and re.search(r"[,?!]\s*$", span.raw(par.text)):
        the = re.match(r"(?:[Tt]he\s+)?", masked[cited.end() :])
        named_by = mention_at(mentions, cited.end()) or mention_at(mentions, cited.end() + (the.end() if the else 0))
        author = named_by.resolved if named_by else document_author(story, par.index, span.open, cited[0])
        if author is not None:
            return author, "author of the document quoted", None
    return None


def written_before_it(cue: QuoteInSentence) -> Verdict | None:
    """A document the sentence says the words come from ('The complaint alleged that …'), for whoever an apposition
    says put it out ('The survey, conducted by Acme, found that …'), a writing filed that says them, or an outlet's
    report."""
    par, span, story, masked, mentions = cue.par, cue.span, cue.story, cue.masked, cue.mentions
    s_start = cue.s_start
    cited = DOCUMENT_BEFORE.search(masked, s_start, span.open)
    if cited and cited["verb"] in lx.SPEECH_VERBS:  # 'The complaint alleged that the firm "…"'
        sender = named_from(mentions, masked, cited.start("by")) if cited["by"] else None  # "an email sent by Doe"
        put_out = None if cited["by"] else ISSUED.search(masked, cited.start(), cited.start("verb"))
        if put_out is not None and put_out["by"] is not None:  # "The survey, conducted by Acme, found that"
            sender = named_from(mentions, masked, put_out.end())
        author = sender.resolved if sender else document_author(story, par.index, cited.start(), cited[0])
        author = author or unnamed_document(story, cited[0])
        if author is not None:
            return author, "author of the document quoted", None
    filed = FILED_THEN_SAYING.match(masked, s_start, span.open)
    if filed is not None and _of_saying(filed["verb"]):  # 'A lawsuit was filed …, alleging that … "…"'
        author = (
            issuer(story, par.index, span.open)
            or plaintiff(story, par.index, span.open)
            or unnamed_document(story, filed["paper"])
        )
        if author is not None:
            return author, "author of the document quoted", None
    outlet = _reported_by(masked, s_start, span.open, mentions)
    if outlet is not None:  # 'a report by Acme News that he "…"': the outlet's words
        return outlet, "author of the document quoted", None
    return None


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


def _of_saying(participle: str) -> bool:
    """An -ing form of a verb of saying ("saying", "alleging", "arguing"), by itself or by its past form."""
    stem = participle.removesuffix("ing")
    return participle in lx.SPEECH_VERBS or stem + "ed" in lx.SPEECH_VERBS or stem + "es" in lx.SPEECH_VERBS

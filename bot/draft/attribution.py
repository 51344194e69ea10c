"""Who speaks one quotation, read in its sentence: a cue before or after it, a document that says it, an opening
clause, words someone owns, or else whoever leads the sentence (`sentencelead`); with how the sentence says so and
to whom."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.draft import lexicon as lx
from bot.draft.antecedents import antecedent
from bot.draft.cueafter import after_quote, as_cue, ends_its_sentence, inverted_cue
from bot.draft.cues import (
    ASKED_BY,
    ASKED_BY_WHETHER,
    ASKED_WHETHER,
    opening_speaker,
    owner_of_quoted_words,
    what_described_calls,
    words_owner,
)
from bot.draft.documents import ISSUED_WHEN, issuer, plaintiff, unnamed_document
from bot.draft.layouts import quoted_title
from bot.draft.mentions import Entity, Mention, mention_at, named_from
from bot.draft.names import is_modifier
from bot.draft.paragraphs import Paragraph
from bot.draft.sentencelead import HANDED_TO, sentence_lead
from bot.draft.speakers import Speakers, document_author, named_speaker
from bot.draft.speechverbs import ADVERBS, speech_verb_in
from bot.draft.story import Story
from bot.draft.subjects import before_quote, participle_after, what_x_calls
from bot.draft.text import QuoteSpan, quote_text

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
    + r"(?:,(?:[^,;\u201c\u201d\"]|[\u201c\"]\s*[\u201d\"]){1,80},)?"  # an apposition, a masked title in it
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
# "When Doe pointed out that Roe calls it "…," Poe laughed": the quotation lies inside an opening clause of time
# or concession, which no comma has closed yet, and ends with the comma that closes it
INSIDE_OPENING = re.compile(
    r"\s*(?:(?:But|And|Yet|So),?\s+)?(?:[Ww]hen|[Aa]fter|[Aa]s|[Ww]hile|[Bb]efore|[Oo]nce|[Uu]ntil|[Tt]hough|[Aa]lthough)\s"
    r"[^,;:\u201c\u201d\"]+[\u201c\"]$"
)
# The join of a second clause right after the quotation, before that clause's subject: '"…," and Roe told …'
AFTER_JOIN = re.compile(r"[\s,;]*(?:and|but|while|whereas|though|although)\s+")
TO_WHOM = re.compile(r"\s*To\s+")  # 'To Doe, Roe is …': the sentence gives Doe's view
# 'From Doe's Facebook post: "…"', 'From the report: "…"': the words set out after a colon are taken from a writing
TAKEN_FROM = re.compile(
    r"\s*From\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w.\u2019'-]+\s+){0,4}?" + lx.DOCUMENT + r"\s*:\s*$"
)
# '"…," came the reply from Doe' / '"…," came shouts from the crowd': words that came from someone after them
CAME_FROM = re.compile(
    r"\s+came\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?(?:shouts?|cries|cry|reply|replies|response|answer|chants?|voice|"
    r"retort|question)\s+from\s+(?P<who>(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)\b"
)
FIRST_PERSON_CUE = re.compile(r"\s+I\s+" + ADVERBS + r"(?P<verb>[a-z]+)\b")  # '"…," I said' outside the marks
FIRST_PERSON_TAG = re.compile(r"\s+I\s+[a-z]+ed[.,]")  # '"…," I confessed.': any verb, as a tag of its own
_Verdict = tuple[Entity | None, str, str | None]  # who speaks (None: nobody the story names), how it says so, to whom
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
    return sentence_lead(par, span, story, cue.named, mentions)


def _named_before_it(cue: _Cue) -> _Verdict | None:
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


def _named_after_it(cue: _Cue) -> _Verdict | None:
    """The speaker named right after the quotation ('"…," said Doe', '"…," he told Doe', '"…" Doe shot back'), one
    it quotes, or one the next sentence credits; not a cue that belongs to the quotation after it, nor the subject of
    a clause joined after it when a cue before it names the speaker."""
    hands_on = handed_to_speaker(cue.span, cue.par.text)
    came = CAME_FROM.match(cue.masked, cue.span.end) if hands_on else None
    if came is not None:  # '"…," came the reply from Doe', '"…," came shouts from the crowd'
        return _came_from(cue, came), HANDED_TO, None
    first_person = FIRST_PERSON_CUE.match(cue.masked, cue.span.end) if hands_on else None
    tagged = FIRST_PERSON_TAG.match(cue.masked, cue.span.end) if hands_on else None
    if tagged is not None or (first_person is not None and first_person["verb"] in lx.SPEECH_VERBS):
        # '"…," I said', '"…," I confessed': the writer, telling of their own words
        return cue.story.writer, HANDED_TO, None
    new_sentence, after = _cue_after(cue, hands_on)
    quoted = _quoted_one(cue)
    if quoted is not None:
        return quoted
    if after:
        before = _cued_before_instead(cue, after)
        return before if before is not None else _speaker_after(cue, after)
    span, masked, mentions = cue.span, cue.masked, cue.mentions
    credit = CREDITED_NEXT.match(masked, span.end)  # a capital after the quotation: its own sentence
    credited = named_from(mentions, masked, credit.end()) if credit else None
    if credited is not None and not credited.possessive and credited.kind == "name":
        return cue.named(credited), "named in the sentence after the quotation", None  # '"…" That quote from Doe …'
    if (hands_on and not new_sentence) or masked[span.end : span.end + 1] == ",":
        inverted = inverted_cue(masked, span.end, mentions)
        if inverted:
            return cue.named(inverted), HANDED_TO, None
    return None


def _cue_after(cue: _Cue, hands_on: bool) -> tuple[bool, tuple[Mention, str | None] | None]:
    """Whether the quotation ends its sentence, and the speaker (and hearer) the words after it name, unless that
    cue is for the next quotation ('Doe replied, "…?" Roe then wrote back, "…"')."""
    par, span, story, masked, mentions = cue.par, cue.span, cue.story, cue.masked, cue.mentions
    s_start, s_end = cue.s_start, cue.s_end
    handed = hands_on or masked[span.end : span.end + 1] in (",", "")
    new_sentence = ends_its_sentence(span.raw(par.text), masked, span.end)
    if not new_sentence and _cued_before_and_closed(par, span, s_start):
        before = before_quote(masked, s_start, span.open, mentions, story)
        new_sentence = before is not None and before[0] is not None  # not 'Doe was asked, "Why?" He said …'
    after = None if new_sentence else after_quote(masked, s_start, span.end, s_end, mentions, story, handed)
    if after and _handed_on(masked, s_start, span, after[0], s_end, mentions, story):
        after = None
    return new_sentence, after


def _came_from(cue: _Cue, came: re.Match) -> Entity:
    """Who the words came from: the one named there, else the people described there, unnamed ("the crowd")."""
    named = named_from(cue.mentions, cue.masked, came.start("who"))
    if named is not None and not named.possessive:
        return cue.named(named)
    phrase = re.sub(r"^(?:the|a|an|his|her|their|its)\s+", "", came["who"])
    head = phrase.split()[-1].lower()
    plural = head.endswith("s") and not head.endswith("ss")
    return cue.story.cast.anonymous(phrase, head[:-1] if plural else head, plural=plural)


def _quoted_one(cue: _Cue) -> _Verdict | None:
    """The one a speaker quotes: '"…," he quoted one analyst', 'Doe quoted Roe as saying, "…"'."""
    span, masked, mentions = cue.span, cue.masked, cue.mentions
    cited = QUOTED_WHOM.match(masked, span.end) if masked[span.end : span.end + 1] in (",", " ") else None
    cited_who = named_from(mentions, masked, cited.end()) if cited else None
    if cited_who is not None and not cited_who.possessive:
        return cue.named(cited_who), HANDED_TO, None
    quoter = QUOTED_AS.search(masked, cue.s_start, span.open)
    quoted = named_from(mentions, masked, quoter.end()) if quoter else None
    if quoted is not None and not quoted.possessive and QUOTED_AS_SAYING.match(masked, quoted.end):
        return cue.named(quoted), "speech verb earlier in the sentence", None
    return None


def _cued_before_instead(cue: _Cue, after: tuple[Mention, str | None]) -> _Verdict | None:
    """The speaker a cue before the quotation names, when the one named after it is someone unnamed telling of it
    ('Doe said Roe "…," the source recalled': Doe's words, as the source tells it) or the subject of a clause joined
    after it ('According to Doe, it is "…," and Roe told …': Doe's words)."""
    span, story, masked, mentions, s_start = cue.span, cue.story, cue.masked, cue.mentions, cue.s_start
    if after[0].kind in ("anaphor", "anon") and after[0].resolved.anon:
        inner = before_quote(masked, s_start, span.open, mentions, story)
        told = inner[0] if inner and inner[0] is not None else None
        opening = lx.OPENING_CLAUSE.match(masked, s_start)
        if told is not None and opening and told.start < opening.end() <= span.open:
            told = None  # 'After Doe asked about it, they were "…," a source said': Doe asked, the source tells
        if told is not None and told.kind == "name" and told.resolved.kind == "person" and not told.possessive:
            return cue.named(told), "speech verb earlier in the sentence", inner[1]
    if AFTER_JOIN.fullmatch(masked, span.end, after[0].start):
        before = before_quote(masked, s_start, span.open, mentions, story)
        if before and before[0] is not None:
            return cue.named(before[0]), "speech verb earlier in the sentence", before[1]
    return None


def _speaker_after(cue: _Cue, after: tuple[Mention, str | None]) -> _Verdict:
    """Whom the speaker named after the quotation stands for; for '"…," he told Doe', whoever "he" is, it is not the
    person he told."""
    speaker = cue.named(after[0])
    if after[0].kind == "pronoun" and after[1] and speaker.name.split()[-1] in after[1].split():
        kind, gender, quoted_by = "person", after[0].gender, cue.speakers.quoted
        other = antecedent(
            cue.story.paragraphs, cue.par.index, after[0].start, kind, gender, quoted=quoted_by, hearer=speaker
        )
        speaker = other or speaker
    return speaker, HANDED_TO, after[1]


def _written_or_opened(cue: _Cue) -> _Verdict | None:
    """A document that says the words after them ('"…," the order said'), an unnamed person's quoted title, or
    the subject of a sentence the quotation opens."""
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


def _owned_or_reported(cue: _Cue) -> _Verdict | None:
    """A document the sentence says the words come from, an outlet's report, a message the sentence describes, a
    question nobody is named asking, whose view the sentence gives, or whose words it names ('Doe's claim that')."""
    par, span, story, masked, mentions = cue.par, cue.span, cue.story, cue.masked, cue.mentions
    s_start, s_end = cue.s_start, cue.s_end
    cited = DOCUMENT_BEFORE.search(masked, s_start, span.open)
    if cited and cited["verb"] in lx.SPEECH_VERBS:  # 'The complaint alleged that the firm "…"'
        sender = named_from(mentions, masked, cited.start("by")) if cited["by"] else None  # "an email sent by Doe"
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


def _of_saying(participle: str) -> bool:
    """An -ing form of a verb of saying ("saying", "alleging", "arguing"), by itself or by its past form."""
    stem = participle.removesuffix("ing")
    return participle in lx.SPEECH_VERBS or stem + "ed" in lx.SPEECH_VERBS or stem + "es" in lx.SPEECH_VERBS


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

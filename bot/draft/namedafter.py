"""The reading of a quotation's speaker named after it: '"…," said Doe', '"…," he told Doe', '"…" Doe shot back',
'"…," came the reply from Doe', '"…," I said', one it quotes, or one the next sentence credits."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.antecedents import antecedent
from bot.draft.cueafter import after_quote, ends_its_sentence, inverted_cue
from bot.draft.mentions import Entity, Mention, named_from
from bot.draft.paragraphs import Paragraph
from bot.draft.quotesentence import QuoteInSentence, Verdict
from bot.draft.sentencelead import HANDED_TO
from bot.draft.speechverbs import ADVERBS, speech_verb_in
from bot.draft.story import Story
from bot.draft.subjects import before_quote
from bot.draft.text import QuoteSpan

# The join of a second clause right after the quotation, before that clause's subject: '"…," and Roe told …'
AFTER_JOIN = re.compile(r"[\s,;]*(?:and|but|while|whereas|though|although)\s+")
# '"…," came the reply from Doe' / '"…," came shouts from the crowd': words that came from someone after them
CAME_FROM = re.compile(
    r"\s+came\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?(?:shouts?|cries|cry|reply|replies|response|answer|chants?|voice|"
    rf"retort|question)\s+from\s+(?P<who>(?:(?:the|a|an|{lx.POSSESSIVE})\s+)?(?:[\w-]+\s+){{0,2}}?[\w-]+)\b"
)
FIRST_PERSON_CUE = re.compile(r"\s+I\s+" + ADVERBS + r"(?P<verb>[a-z]+)\b")  # '"…," I said' outside the marks
FIRST_PERSON_TAG = re.compile(r"\s+I\s+[a-z]+ed[.,]")  # '"…," I confessed.': any verb, as a tag of its own
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
    its sentence when that verb has a speaker (`_cue_after` checks): whoever is named after it is the next sentence's
    subject, not its speaker."""
    return (
        bool(re.search(r"[?!]$", span.raw(par.text).rstrip()))
        and bool(re.search(r"[,:]\s*$", par.masked[s_start : span.open]))
        and re.match(r"\s+[A-Z]", par.masked[span.end :]) is not None
        and speech_verb_in(par.masked, s_start, span.open)
    )


def named_after_it(cue: QuoteInSentence) -> Verdict | None:
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


def _cue_after(cue: QuoteInSentence, hands_on: bool) -> tuple[bool, tuple[Mention, str | None] | None]:
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


def _came_from(cue: QuoteInSentence, came: re.Match) -> Entity:
    """Who the words came from: the one named there, else the people described there, unnamed ("the crowd")."""
    named = named_from(cue.mentions, cue.masked, came.start("who"))
    if named is not None and not named.possessive:
        return cue.named(named)
    phrase = re.sub(rf"^(?:the|a|an|{lx.POSSESSIVE})\s+", "", came["who"])
    head = phrase.split()[-1].lower()
    plural = head.endswith("s") and not head.endswith("ss")
    return cue.story.cast.anonymous(phrase, head[:-1] if plural else head, plural=plural)


def _quoted_one(cue: QuoteInSentence) -> Verdict | None:
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


def _cued_before_instead(cue: QuoteInSentence, after: tuple[Mention, str | None]) -> Verdict | None:
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


def _speaker_after(cue: QuoteInSentence, after: tuple[Mention, str | None]) -> Verdict:
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


def _handed_on(
    masked: str, s_start: int, span: QuoteSpan, cue: Mention, s_end: int, mentions: list[Mention], story: Story
) -> bool:
    """The quotation has a cue of its own before it ("Doe replied with, "), and the speaker named after it
    introduces another quotation later in the sentence."""
    if not re.search(r"[,:]\s*$", masked[s_start : span.open]) or not re.search(r'[\u201c"]', masked[cue.end : s_end]):
        return False
    return bool(before_quote(masked, s_start, span.open, mentions, story))

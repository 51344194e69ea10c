"""Direct quotations and who said them.

For each quotation the speaker is looked for, in this order:

1. right after the closing mark: ``"…," Doe told``, ``"…," said Jane Doe``,
   ``"…," according to a memo from …`` (unless ``what Doe called "…"`` names the speaker first); where the
   closing mark is missing, the cue inside the words (``"…, said Doe, whose office …``);
2. earlier in the same sentence: the nearest speech verb before the quotation and its subject
   (``Acme said "…" and committed not to do so "…"``; ``she said, "…"`` for the second half
   of a split quote; an ``-ing`` or ``and``-joined verb takes the subject of the verb before it;
   ``Acme, Doe said, called it "…"``; in ``Doe was asked, "…"`` Doe only heard the words, and a passive
   ``described as "…"`` or ``known as "…"`` names nobody but the agent after "by");
   ``according to X`` anywhere in the sentence; the subject after an opening clause of speaking
   (``Citing "…," Doe urged``); someone unnamed who opens the sentence (``Another child answered, "…"``); the
   asker of a question the sentence opens on (``Asked by Doe whether Roe "…," Poe said``);
3. a quoted title standing for an unnamed person: ``a "Sr. Acme SME," whose name …``;
4. for a whole quoted sentence with no verb: the person the sentence is about when it mentions
   a message, email, letter, statement …; words a named person owns (``Doe's suggestion that "…"``);
5. the speaker of the quotation before it in the paragraph (not past a sentence with a verb of saying of
   its own, ``Another said, "…"``; after a sentence someone else opens, ``Roe shook her head. "…"``, that
   person's), or of the previous paragraph's
   closing quotation (a quotation that runs on across paragraphs), or of a line above it that only names someone
   (``Jane Doe, 34, Phoenix`` heading her words in a voices piece); in a sentence that names nobody,
   the speaker of the sentence before (``…, she said. Repairs work only when "…"``), or after a
   colon opening the paragraph, the previous paragraph's (``Then, on TV: "…"``); inside a paragraph of a passage
   quoted over paragraphs whose opening mark a quotation in it took, the passage's speaker;
6. otherwise it is unattributed, unless it is a title-case name of a work or slogan, which is
   not a quotation at all (but words a crowd chanted or shouted are one, however short).

Steps 1 to 4 read the quotation's own sentence (:mod:`bot.draft.attribution`); 5 and 6 are this module's.
Pronouns and phrases like "the person" were resolved by :mod:`bot.draft.names` beforehand; whom a
speaker's mention stands for (a pronoun, a description, a document) is worked out by :mod:`bot.draft.speakers`,
and quotations set out in layouts of their own (a transcript turn, a headline, a signature) are read by
:mod:`bot.draft.layouts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.draft import lexicon as lx
from bot.draft.attribution import PUT_TO, attribute
from bot.draft.chants import chanted_by
from bot.draft.cues import named_words_owner
from bot.draft.documents import statement_before
from bot.draft.layouts import (
    bracketed_credit,
    headline_voice,
    is_title,
    labelled_turn,
    list_item,
    name_line,
    nothing_before,
    said_so_by,
    signature,
    signed_by,
)
from bot.draft.mentions import Entity
from bot.draft.namedafter import handed_to_speaker
from bot.draft.paragraphs import Paragraph
from bot.draft.sentencelead import HANDED_TO, SCARE_QUOTE
from bot.draft.speakers import Speakers
from bot.draft.speechties import HEARER_VERBS
from bot.draft.speechverbs import NAMING, WORD
from bot.draft.story import Story
from bot.draft.text import QuoteSpan, find_quotes, quote_text
from bot.draft.turns import (
    IN_PASSAGE,
    IN_RUNNING,
    names_nobody,
    new_voice,
    opened_by_name,
    opening_mark_hidden,
    passage_by,
)

SHORT_TITLE = 4  # words: a short title-case quotation is the name of a show, a song or a slogan
# 'Doe called Roe "Little Joe"': the name one person gives another is that person's words
EPITHET = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|who)|[A-Z][\w\u2019'.-]+)\s+(?:\w+ly\s+|also\s+|then\s+|repeatedly\s+)?"
    r"(?:call(?:s|ed|ing)?|dub(?:s|bed)|label(?:s|ed|led)|brand(?:s|ed)|nicknamed|term(?:s|ed))"
    r"\s+(?:[\w\u2019'.-]+\s+){0,3}[\"\u201c]$"
)
_SAYING = sorted(lx.SPEECH_VERBS - HEARER_VERBS - NAMING, key=len, reverse=True)
SAID_RIGHT_BEFORE = re.compile(r"\b(?:" + "|".join(_SAYING) + r"),?\s+[\"\u201c]$")
SUBTITLED = re.compile(r"\w: [A-Z]")  # "Backfire: The Inside Story": the name of a book or film, however long
UNATTRIBUTED = "Unattributed (the story does not say whose words these are)"
# taken from the paragraph before, for want of a cue in the quotation's own sentence
CARRIED_OVER = (
    "continues the previous paragraph's quotation",
    "introduced at the end of the previous paragraph",
    "the other side of the exchange before it",
)


@dataclass
class FoundQuote:
    text: str
    paragraph: int
    start: int
    speaker: Entity | None
    how: str
    to: str | None = None
    sentence: str = ""

    @property
    def speaker_name(self) -> str:
        return self.speaker.speaker if self.speaker else UNATTRIBUTED

    @property
    def role(self) -> str:
        if self.speaker is None:
            return "not stated in the story"
        if self.speaker.role:
            return self.speaker.shown_role or self.speaker.role
        return "organisation named in the story" if self.speaker.kind == "organisation" else "not stated in the story"


def extract_quotes(story: Story) -> list[FoundQuote]:
    found: list[FoundQuote] = []
    previous_last: FoundQuote | None = None
    two_back: FoundQuote | None = None  # the last quotation of the paragraph before that
    previous_cue: Entity | None = None
    speakers = Speakers()
    for par in story.paragraphs:
        if par.turn_label:
            turn = story.turn_speaker(par.turn_label)
            entity = turn if isinstance(turn, Entity) else Entity(turn)
            text = quote_text(_turn_words(par))
            found.append(FoundQuote(text, par.index, par.turn_start, entity, "transcript turn", sentence=par.text))
            two_back, previous_last = previous_last, found[-1]
            continue
        writer = signed_by(par)
        signer = writer or signature(par) or said_so_by(par)
        for quote in _signed(found, par.index, writer is not None) if signer else ():
            # a signature outranks a speaker carried over from further up
            quote.speaker, quote.how = signer, "signed on the line after it"
        earlier = _Earlier(previous_last, previous_cue, passage_by(story, par, previous_cue), two_back)
        in_par = _quotes_in(par, story, speakers, earlier)
        _share_later_attributions(in_par)
        found.extend(in_par)
        if in_par or not _stage_direction(par):  # "Pause.": a beat between a speaker's words names no one new
            two_back, previous_last = previous_last, (in_par[-1] if in_par else None)
        # a paragraph whose only quotations are nobody's ('What "…" means is left open, since Doe spoke …')
        # still introduces the quotation opening the next one
        unsaid = all(q.speaker is None for q in in_par)
        previous_cue = speakers.cue_before(par, _before_aside(par.text), story, subject_speaks=True) if unsaid else None
    return found


def _signed(found: list[FoundQuote], paragraph: int, writing: bool) -> list[FoundQuote]:
    """The quotations a line at ``paragraph`` signs: those of the paragraph above it that no sentence of their own gives
    to anyone, and for a writing's signer ("It was signed by …") those of the paragraphs above that go on with them (a
    letter quoted over paragraphs)."""
    signed: list[FoundQuote] = []
    for before in range(paragraph - 1, -1 if writing else paragraph - 2, -1):
        here = [q for q in found if q.paragraph == before]
        if not here or any(q.speaker is not None and q.how not in CARRIED_OVER for q in here):
            break
        signed += here
    return signed


def _turn_words(par: Paragraph) -> str:
    """A transcript turn's words after its label, inside the quotation marks when the turn is one quotation
    ('A: "We had no choice."', or with its closing mark left for the next paragraph's)."""
    turn = par.text[par.turn_start :]
    spans = _turn_spans(par)
    if len(spans) == 1 and nothing_before(turn[: spans[0].open]) and not turn[spans[0].end :].strip():
        return spans[0].raw(turn)
    return turn


def _turn_spans(par: Paragraph) -> list[QuoteSpan]:
    """The quotation marks in a transcript turn's words (its paragraph has none of its own)."""
    return find_quotes(par.text[par.turn_start :])


def _stage_direction(par: Paragraph) -> bool:
    """A paragraph of a few words that names no one and quotes nothing ("Pause.", "Full text below:"), set between
    one speaker's words: the next paragraph's quotation goes on from the one before it."""
    return not par.quotes and not par.mentions and len(par.text.split()) <= 3


def _before_aside(text: str) -> int:
    """Where the paragraph ends but for an aside in parentheses that closes it as sentences of its own ('Doe also
    spoke about the bill. (The bill sets fees. It also …)'): whoever introduces the next paragraph's quotation is
    named before the aside."""
    end = len(text.rstrip())
    if not text[:end].endswith(")"):
        return len(text)
    depth = 0
    for i in range(end - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            return i if i > 0 and re.search(r"[.!?:][\"\u201d\u2019']?\s+$", text[:i]) else len(text)
    return len(text)


@dataclass(frozen=True)
class _Earlier:
    """What the paragraphs before this one leave for a quotation that opens it with no cue of its own: the last
    quotation of the paragraph before, the speaker its end introduces, whose unmarked block of words this is, and the
    last quotation of the paragraph before that."""

    last: FoundQuote | None
    cue: Entity | None
    passage: Entity | None
    two_back: FoundQuote | None = None


def _quotes_in(par: Paragraph, story: Story, speakers: Speakers, earlier: _Earlier) -> list[FoundQuote]:
    """The paragraph's quotations with their speakers; titles of works, scare quotes and terms nobody says left out."""
    in_par: list[FoundQuote] = []
    chant_end: int | None = None
    speakers.learn(par, story)
    for span in par.quotes:
        text = quote_text(span.raw(par.text))
        if not text:
            continue
        start, end = par.sentence_of(span.open)
        sentence = par.text[start:end]
        # a sentence of its own after a quotation ('"…," Doe said. "Not again."') goes on Doe's words
        alone = _whole_sentence(par, span, start, end) and bool(in_par) and in_par[-1].speaker is not None
        work_name = _names_a_work(text, span, par) and not alone
        # '"As Mayor," Doe said': a short title-case quotation that opens its sentence and is handed to
        # the speaker named right after it is speech
        opens = nothing_before(par.text[start : span.open]) and handed_to_speaker(span, par.text)
        introduced = _introduced_as_words(par, span, start)
        chanted, crowd = chanted_by(par.masked, span, start, chant_end)
        chant_end = span.end if chanted else None
        if work_name and not (opens or introduced or chanted):
            continue
        speaker, how, to = _own_sentence_speaker(par, span, start, text, story, speakers, in_par, crowd)
        if work_name and how != HANDED_TO and not (speaker and introduced) and not chanted:
            continue
        if speaker is None and how != PUT_TO and len(text.split()) <= SCARE_QUOTE and not alone and not chanted:
            continue  # a term set off in quotation marks ("so-called"), nobody's words
        if speaker is None and not span.closed and (inside := _said_inside(span, par, story)) is not None:
            speaker, how = inside, SAID_INSIDE_HOW
        if speaker is None and (credited := bracketed_credit(par, story)) is not None:
            speaker, how = credited, "credited in brackets at the paragraph's end"
        if speaker is None and (alone or not is_title(text, span, par)):
            speaker, how = _carried_speaker(par, span, start, story, speakers, in_par, earlier, how)
        elif speaker is None and not chanted:
            continue
        quote = FoundQuote(text, par.index, span.open + 1, speaker, how or "unattributed", to, sentence)
        speakers.add(speaker, par.index, span.open)
        if speaker is not None and not crowd:
            speakers.quoted[(par.index, span.open)] = speaker
        in_par.append(quote)
    return in_par


def _names_a_work(text: str, span: QuoteSpan, par: Paragraph) -> bool:
    """The quotation reads as the name of a work or a slogan: title case, and short or with a subtitle."""
    return is_title(text, span, par) and (len(text.split()) <= SHORT_TITLE or SUBTITLED.search(text) is not None)


def _introduced_as_words(par: Paragraph, span: QuoteSpan, start: int) -> bool:
    """The sentence names, says or colon-introduces the quotation as words someone used ('Doe called Roe "…"',
    'Doe said "…"', 'Then, on TV: "…"')."""
    return bool(
        EPITHET.search(par.masked, start, span.open + 1)
        or SAID_RIGHT_BEFORE.search(par.masked, start, span.open + 1)
        or re.search(r":\s+[\"\u201c]$", par.masked[max(0, span.open - 3) : span.open + 1])
    )


def _own_sentence_speaker(
    par: Paragraph,
    span: QuoteSpan,
    start: int,
    text: str,
    story: Story,
    speakers: Speakers,
    in_par: list[FoundQuote],
    crowd: str | None,
) -> tuple[Entity | None, str, str | None]:
    """Who the quotation's own sentence says speaks it, how, and to whom: the cue `attribution` reads, unless the
    quotation is a transcript's turn quoted whole, a crowd chanted it, or it runs on from the quotation before."""
    speaker, how, to = attribute(par, span, story, speakers)
    labelled = labelled_turn(text, span, par, story)
    if labelled is not None:  # '"DOE: Why now?"': a transcript's turn quoted whole, its label speaks
        speaker, how = labelled, "transcript turn quoted whole"
    # the crowd that chanted the words speaks them, not the sentence's subject ('Doe roused the crowd to
    # chants of "…"'); it is nobody a later "he" or "she" can mean, so it is not learnt
    if crowd and (speaker is None or how in ("subject of the sentence", "speech verb earlier in the sentence")):
        speaker, how = story.cast.anonymous(crowd, crowd, plural=True), "the crowd that chanted it"
    if how == "subject of the sentence" and in_par and _runs_on(par, span, start, in_par[-1]):
        speaker, how = in_par[-1].speaker, "continues the quotation before it"
    return speaker, how, to


# '"There was no help, said Doe, whose office …': a quotation whose closing mark is missing, so that its cue runs
# on inside it; a name of one to three capitalised words with a verb of saying after a comma
_NAME = r"[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+){0,2}"
SAID_INSIDE = re.compile(
    rf"[,?!]\s+(?:(?:said|says|added|asked)\s+(?P<after>{_NAME})|(?P<before>{_NAME})\s+(?:said|says|added|asked))[,.]"
)
SAID_INSIDE_HOW = "named inside the quotation, whose closing mark is missing"


def _said_inside(span: QuoteSpan, par: Paragraph, story: Story) -> Entity | None:
    """The person a cue inside an unclosed quotation names ('"There was no help, said Doe, whose …'): the closing mark
    was left out, so the cue is read where it stands; only a person the story names elsewhere."""
    found = SAID_INSIDE.search(span.raw(par.text))
    entity = story.cast.lookup(found["after"] or found["before"]) if found else None
    return entity if entity is not None and entity.kind == "person" and not entity.anon else None


def _carried_speaker(
    par: Paragraph,
    span: QuoteSpan,
    start: int,
    story: Story,
    speakers: Speakers,
    in_par: list[FoundQuote],
    earlier: _Earlier,
    how: str,
) -> tuple[Entity | None, str]:
    """For a quotation its sentence gives nobody: the speaker of the quotation before it in the paragraph (unless a
    new voice speaks), of the paragraph before, one the paragraph before introduces, a statement's issuer, the
    headline's, the speaker of the sentence before, or whose block of words this is; else nobody (and ``how`` as
    it was)."""
    if in_par and in_par[-1].speaker is not None and not new_voice(par, start, span.open, in_par[-1].start):
        speaker, how = _goes_on(par, span, start, story, speakers, in_par[-1])
    elif (opening := _opening_speaker(par, span, story, earlier)) is not None:
        speaker, how = opening
    else:
        speaker, how = _sentence_before_speaker(par, span, start, story, speakers, earlier, how)
    if speaker is None and earlier.passage is not None:  # 'Doe wrote:' and then her words set off unmarked
        speaker, how = earlier.passage, IN_PASSAGE
    if speaker is None and not in_par and opening_mark_hidden(par):
        # the paragraph is a passage quoted over paragraphs, so a quotation inside it is in the passage's words:
        # those of whom the paragraph before introduces, or of the passage the paragraph before was part of
        running = earlier.cue or (earlier.last.speaker if earlier.last else None)
        speaker, how = (running, IN_RUNNING) if running is not None else (None, how)
    return speaker, how


def _goes_on(
    par: Paragraph, span: QuoteSpan, start: int, story: Story, speakers: Speakers, before: FoundQuote
) -> tuple[Entity | None, str]:
    """The speaker of the quotation before it in the paragraph goes on, unless a sentence between is led by someone
    else, who then speaks ('"…," Doe said. Roe shook her head. "…"')."""
    speaker, how = before.speaker, "continues the quotation before it"
    if nothing_before(par.text[start : span.open]) and opened_by_name(par, before.start, start):
        other = speakers.cue_before(par, start, story, subject_speaks=True)
        if other is not None and other is not speaker:
            speaker, how = other, "speaker of the sentence before it"
    return speaker, how


def _opening_speaker(par: Paragraph, span: QuoteSpan, story: Story, earlier: _Earlier) -> tuple[Entity, str] | None:
    """For a quotation that opens its paragraph (or a list's item): the speaker of the previous paragraph's last
    quotation, the person a line of its own above it names, one the previous paragraph introduces, the issuer of the
    statement it ends on, or, for the story's first paragraph, the person its headline gives the words to; None when
    none of them is there."""
    opens = nothing_before(par.text[: span.open])
    if opens and (other := _other_side(par, span, story, earlier)) is not None:
        return other, "the other side of the exchange before it"
    if (opens or list_item(par)) and earlier.last and earlier.last.speaker is not None:
        return earlier.last.speaker, "continues the previous paragraph's quotation"
    if opens and par.index > 0 and (heading := name_line(story.paragraphs[par.index - 1])) is not None:
        return heading, "named on the line above it"
    if opens and earlier.cue is not None:
        return earlier.cue, "introduced at the end of the previous paragraph"
    if opens and (issued := statement_before(story, par.index)):
        return issued, "issuer of the statement the previous paragraph ends on"
    if par.index == 0 and opens and (voiced := headline_voice(story)):
        return voiced, "named in the headline before a quotation of theirs"
    return None


def _other_side(par: Paragraph, span: QuoteSpan, story: Story, earlier: _Earlier) -> Entity | None:
    """In an exchange ('"…?" Roe asked.' '"…," Doe replied.'), a paragraph opening on words with no cue of their own
    after a closed quotation is the other side's turn when it asks after an answer or answers after a question
    ('"But will you?"' is Roe's): the speaker of the paragraph before the one before, if someone else."""
    last, answered = earlier.last, earlier.two_back
    if last is None or answered is None or last.speaker is None or answered.speaker is None:
        return None
    if last.speaker is answered.speaker or last.how in CARRIED_OVER or last.paragraph != par.index - 1:
        return None
    before = story.paragraphs[last.paragraph]
    spans = _turn_spans(before) if before.turn_label else before.quotes
    if answered.paragraph != par.index - 2 or (spans and not spans[-1].closed):
        return None
    if last.to is not None and last.to.split()[-1] not in answered.speaker.name.split():
        return None  # '"…?" Doe asked the crowd': words put to someone else, no exchange with the one before
    asks = quote_text(span.raw(par.text)).rstrip().endswith("?")
    return answered.speaker if asks != last.text.rstrip().endswith("?") else None


def _sentence_before_speaker(
    par: Paragraph, span: QuoteSpan, start: int, story: Story, speakers: Speakers, earlier: _Earlier, how: str
) -> tuple[Entity | None, str]:
    """For a quotation that opens its sentence, or a sentence that names nobody: the speaker of the sentence before
    it; after a colon opening the paragraph, the previous paragraph's; else nobody (and ``how`` as it was)."""
    speaker: Entity | None = None
    if nothing_before(par.text[start : span.open]):
        speaker = speakers.cue_before(par, start, story, subject_speaks=True)
        how = "speaker of the sentence before it" if speaker else how
    elif names_nobody(par, start, span.open):
        # '… misinformation, he said. Good information wins only when "…"': the sentence names
        # nobody, so its words go on the speaker of the sentence before, and a colon opening a
        # paragraph ('Then, later that month on TV: "…"') on the previous paragraph's
        speaker = speakers.cue_before(par, start, story)
        how = "speaker of the sentence before it" if speaker else how
        if speaker is None and par.sentences[0][0] == start and par.masked[start : span.open].rstrip().endswith(":"):
            if (owner := named_words_owner(par, start, span.open)) is not None:
                return owner, "owner of the words the sentence names"  # "this from Doe's campaign account: "…""
            speaker = earlier.last.speaker if earlier.last else earlier.cue
            how = "speaker of the paragraph before it" if speaker else how
    return speaker, how


def _share_later_attributions(in_par: list[FoundQuote]) -> None:
    """'X is "…" and "…," Doe said': the later attribution covers both, ahead of a speaker carried over from the
    paragraph before ('"Low Tide" was to be a "…," said Doe' after a paragraph quoting Roe)."""
    for i, quote in enumerate(in_par):
        if quote.speaker is None or quote.how in CARRIED_OVER:
            later = next((q for q in in_par[i + 1 :] if q.sentence == quote.sentence and q.speaker), None)
            if later is not None:
                quote.speaker, quote.how = later.speaker, "shares the attribution later in the sentence"


def _runs_on(par: Paragraph, span: QuoteSpan, start: int, before: FoundQuote) -> bool:
    """The quotation follows a bare word or two right after a sentence quoting someone ('"…," said Doe. Roe
    "kind of misspoke."', '"…," she says. It's "…"'): the speaker goes on, about whoever the words name."""
    lead = par.masked[start : span.open]
    previous = [(s, e) for s, e in par.sentences if e <= start]
    return (
        before.speaker is not None
        and bool(previous)
        and previous[-1][0] <= before.start - 1 < previous[-1][1]
        and len(WORD.findall(lead)) <= 2
        and not re.search(r"[:,;]", lead)
    )


def _whole_sentence(par: Paragraph, span: QuoteSpan, start: int, end: int) -> bool:
    """The quotation is a sentence of its own ('… said Doe. "That's Jane and John Roe."'), so even when it
    looks like a title it goes on the speaker's words."""
    return re.fullmatch(r"[\s.!?]*", par.masked[start : span.open] + par.masked[span.end : end]) is not None

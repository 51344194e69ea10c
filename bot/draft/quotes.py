"""Direct quotations and who said them.

For each quotation the speaker is looked for, in this order:

1. right after the closing mark: ``"…," Doe told``, ``"…," said Jane Doe``,
   ``"…," according to a memo from …`` (unless ``what Doe called "…"`` names the speaker first);
2. earlier in the same sentence: the nearest speech verb before the quotation and its subject
   (``Acme said "…" and committed not to do so "…"``; ``she said, "…"`` for the second half
   of a split quote; an ``-ing`` or ``and``-joined verb takes the subject of the verb before it;
   ``Acme, Doe said, called it "…"``; in ``Doe was asked, "…"`` Doe only heard the words);
   ``according to X`` anywhere in the sentence; the subject after an opening clause of speaking
   (``Citing "…," Doe urged``);
3. a quoted title standing for an unnamed person: ``a "Sr. Acme SME," whose name …``;
4. for a whole quoted sentence with no verb: the person the sentence is about when it mentions
   a message, email, letter, statement …; words a named person owns (``Doe's suggestion that "…"``);
5. the speaker of the quotation before it in the paragraph, or of the previous paragraph's
   closing quotation (a quotation that runs on across paragraphs);
6. otherwise it is unattributed, unless it is a title-case name of a work or slogan, which is
   not a quotation at all.

Pronouns and phrases like "the person" were resolved by :mod:`bot.draft.names` beforehand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.draft import lexicon as lx
from bot.draft.clean import is_headline_case
from bot.draft.names import Entity, Mention, is_modifier
from bot.draft.story import HEARER_VERBS, Paragraph, Story
from bot.draft.text import QuoteSpan, quote_text

SHORT_TITLE = 4  # words: a short title-case quotation is the name of a show, a song or a slogan
SCARE_QUOTE = 2  # words: a short quotation nobody is said to have said is a term, not a quotation
UNATTRIBUTED = "Unattributed (the story does not say whose words these are)"
PUT_TO = "put to the person the sentence names, by someone it does not"
ADVERBS = (
    r"(?:(?:also|later|then|previously|recently|simply|once|again|quickly|finally|earlier|quietly|flatly|"
    r"bluntly|has|had|have|would|will|had|further|added|repeatedly|only|just|often|even|still|never|"
    r"[a-z]+ly)\s+)*"
)
WORD = re.compile(r"[A-Za-z][\w\u2019'-]*")
ACCORDING = re.compile(
    r"\baccording to\s+(?:(?:an?|the)\s+(?:\w+\s+){0,2}?(?:memo|statement|email|letter|report|filing|document|"
    r"note|message|post|copy|transcript|recording)s?\s+(?:from|by|of)\s+)?",
    re.I,
)

# Between a quotation and the speaker after it: nothing, a description set off by a comma ("the
# assailant, Jane Doe, said") or a possessive ("Acme's chief, Jane Doe, said"); between the speaker
# and the verb: an apposition and adverbs.
SUBJECT_LEAD = re.compile(
    r"[\s,\u2014\u2013-]*(?:(?:[Tt]he|an?|one|former)\s+[\w\s\u2019'-]{0,60}?,\s*)?(?:(?:[Tt]he|[a-z][\w-]*)\s+){0,4}"
    r"(?:(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.-]*[\u2019']s\s+(?:[a-z][\w-]*\s+){0,4}(?:[a-z][\w-]*,\s+)?)?"
)
SUBJECT_TAIL = re.compile(
    r"[\s,]*(?:\([^()]{1,40}\)[\s,]*)?"  # "Rep. Jane Doe (D-Ore.) said"
    r"(?:[^,;:!?\u201c\u201d\"]{1,80},\s*){0,3}(?:and\s+(?:[\w-]+\s+){1,4}?)?" + ADVERBS + r"\s*"
)
# After a quotation the speaker's apposition can run longer: '"…," Jane Doe, 30, of Salem, Ore., who …, said'.
SPEAKER_TAIL = re.compile(
    r"[\s,]*(?:\([^()]{1,40}\)[\s,]*)?(?:[^,;:!?\u201c\u201d\"]{1,120},\s*){0,5}"
    r"(?:(?:in|at|on|from|with)\s+(?:the|a|an)\s+[a-z][\w-]*\s+)?"  # "a clerk in the room wondered"
    r"(?:(?:the|a|an)\s+[^,;:!?\u201c\u201d\"]{1,100}?\s+)?"  # an apposition left open: "Doe, the founder of X said"
    + ADVERBS
    + r"\s*"
)
# '"…," the statement said' / 'reads the letter': a document speaks for whoever the story says wrote it.
DOCUMENT_SAYS = re.compile(
    r"[\s,\u2014\u2013-]*(?:(?:the|a|an|that|this|his|her|its|their)\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:statement|letter|email|e-mail|memo|report|filing|lawsuit|suit|complaint|ad|advertisement|release|post|"
    r"tweet|message|website|site|note|editorial|column|book|transcript|video|petition)s?(?P<between>\s+(?:\w+\s+)*?)"
    r"(?P<verb>[a-z]+)\b"
)
_SPEECH = "|".join(sorted(lx.SPEECH_VERBS, key=len, reverse=True))
DOCUMENT_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:statement|letter|email|memo|report|filing|lawsuit|suit|complaint|ad|advertisement|release|post|tweet|"
    r"message|website|editorial|petition)s?(?:,[^,;\u201c\u201d\"]{1,80},)?"
    r"(?:\s+(?:(?:sent|written|posted|released|issued|signed)(?:\s+out)?\s+by|from)\s+(?P<by>[^,;:\u201c\u201d\"]{1,80}?))?"
    r"\s+(?:\w+ly\s+)?(?:(?:goes|went|go)\s+on\s+to\s+)?(?P<verb>" + _SPEECH + r")\b"
)
# '"…," reads a Wednesday editorial in The Daily Example' / 'concluded a 2013 study by Acme': the document
# speaks, for whoever it names as its outlet or author.
DOCUMENT_AFTER = re.compile(
    r"[\s,\u2014\u2013-]*(?P<verb>[a-z]+)\s+(?:a|an|the|this|that|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|letter|email|memo|report|filing|lawsuit|complaint|ad|advertisement|release|post|tweet|message|"
    r"editorial|column|article|study|paper|book|survey|poll|petition)s?"
    r"(?:\s+(?:[\w-]+\s+){0,3}?(?:in|from|by|of|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2})?"
)
APPOSED = re.compile(r"(?:\s+(?:(?:for|of|at|with|from|to)\s+)?[^,.;:]{1,60}?)?\s*,\s*")
# '"…," Acme campaign Chairman Jane Doe told': a few words qualifying the name, no clause between.
MODIFIERS = re.compile(r"(?:[^\s,;:\u201c\u201d\"]+\s+){1,5}")
WHAT_X_CALLS = re.compile(
    r"\bwhat\s+(?P<who>(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.\u2019'-]*|he|she|they|it)\s+"
    + ADVERBS
    + r"(?P<verb>[a-z]+)(?:\s+as)?\s+(?:(?:an?|the)\s+)?[\u201c\"]?$"
)
# Words someone owns: "Doe's remark", "the suggestion of Doe".
_WORDS = (
    r"(?:remark|comment|suggestion|claim|assertion|contention|insistence|answer|response|reply|promise|pledge|vow|"
    r"warning|words|description|characterization|catchphrase|catch phrase|slogan|quip|boast|accusation|charge|"
    r"declaration|argument|admission|complaint|prediction|joke|line)s?"
)
OWNED_WORDS = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?" + _WORDS + r"\b")
OWNED_BY = re.compile(r"\b(?:the|a)\s+(?:[a-z][\w-]*\s+){0,2}?" + _WORDS + r"\s+(?:of|by|from)\s+$")
# An opening clause in which the sentence's subject speaks: "Citing …, Doe said", "In a speech on …, Doe".
SPEAKING_OPENER = re.compile(
    r"\s*(?:(?:Citing|Calling|Describing|Saying|Noting|Arguing|Warning|Insisting|Urging|Praising|Decrying|Quoting)\b|"
    r"In\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:speech|address|statement|interview|letter|op-ed|column|"
    r"essay|post|tweet|remarks)\b)"
)
PARENTHETICAL = re.compile(r"\s+" + ADVERBS + r"(?P<verb>[a-z]+),\s")  # "…, he added, …"
NEXT_QUOTE = re.compile(r"\s*[,:]\s*[\u201c\"]")  # the cue hands over to a quotation after it
# "Doe was asked," / "Roe had been told": the subject heard the quotation.
HEARER_CUES = {"asked", "told"}
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+" + ADVERBS + r"$")
# Verbs of two words that hand over to a quotation: '"…," Doe shot back' / 'Doe chimed in: "…"'.
PHRASAL_CUE = re.compile(r"(?:went on|shot back|hit back|fired back|chimed in|cut in|broke in)\b")
# Between a sentence's first name and its verb, an apposition closed by a comma: "Doe (D), a loyal Roe backer, said".
APPOSITION_TO_VERB = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,\s*(?!\s|(?:and|or|but)\s)[^,;:\u201c\u201d\"]{1,150}){1,3},\s*" + ADVERBS
)
AFTER_BEFORE = re.compile(r"\b(?:after|before)\s+(?:(?:the|a|an)\s+)?$")
WHO_CLAUSE = re.compile(r"(?:\s*\([^()]{1,40}\))?,\s+(?:who|whose)\b[^,;:\u201c\u201d\"]{1,100},\s*" + ADVERBS)
_BODIES = "|".join(sorted(lx.ORG_HEADS, key=len, reverse=True))
BODY_OWNED = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_BODIES})\b")
BODY_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_BODIES})\s+" + ADVERBS)  # "office", "press office"
# After a quoted fragment that runs on in the sentence ('lamented the "…" state of the campaign and said'), the
# speaker must follow at once: words between belong to the sentence the fragment sits in.
FRAGMENT_LEAD = re.compile(r"[\s\u2014\u2013-]*(?:(?:[Tt]he|[Aa]n?)\s+)?")
PLURAL_LEAD = re.compile(r"\b(?:two|three|four|several|many|some|these|those)\s+(?:[a-z][\w-]*\s+){0,3}$")
# Between an inverted verb and its speaker: role words ("said former mayor Jane Doe"), never the start of a
# clause ("adding that Acme had …": Acme is that clause's subject).
OBJECT_LEAD = re.compile(
    r"\s+(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[\u2019']s\s+)?"  # "opined Cleveland's Plain Dealer"
    # "… deputy manager, Jane Doe" / "said former Ohio Gov. and Guild Chair Jane Doe"
    r"(?:(?!(?:that|whether|if|how|why|when|to|at|in|on|with|by|about|during|after|before)\s)"
    r"(?:[a-z][\w\u2019'-]*|[A-Z][\w.\u2019'-]*),?\s+){0,5}"
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
            return self.speaker.role
        return "organisation named in the story" if self.speaker.kind == "organisation" else "not stated in the story"


class Speakers:
    """Who has spoken so far, in text order: news writes "he said" or "the senator said" for the
    person it last quoted or reported as saying something, so a pronoun or a description as speaker
    points back to the last compatible named one (same gender; "it" to an organisation), looking
    back a few paragraphs at most."""

    REACH = 6  # paragraphs

    def __init__(self):
        self.named: list[tuple[int, int, Entity]] = []
        self.quoted: dict[tuple[int, int], Entity] = {}  # (paragraph, offset of the quotation) → its speaker

    def add(self, entity: Entity | None, paragraph: int, offset: int):
        if entity is not None and not entity.anon:
            self.named.append((paragraph, offset, entity))
            self.named.sort(key=lambda item: item[:2])

    def learn(self, par: Paragraph, story: Story):
        """Every name a speech verb is tied to ("Clinton said", "said Clinton", "Clinton also told"), and
        every "he" or "she" so tied ("He said:"), as the person it points back to."""
        for m in par.mentions:
            if m.kind not in ("name", "pronoun") or m.entity is None or m.prep or m.possessive:
                continue
            if m.kind == "pronoun" and m.text not in ("he", "she"):
                continue
            after = re.match(ADVERBS + r"([a-z]+)", par.masked[m.end : m.end + 40].lstrip(" ,"))
            before = re.search(r"(?<![\w-])([a-z]+)\s+$", par.masked[max(0, m.start - 20) : m.start])
            hearer = before and before[1] in HEARER_VERBS
            apposed = m.kind == "name" and _apposed_then_speaks(par, m)  # "Doe, the director of X, said."
            if (
                (after and after[1] in lx.SPEECH_VERBS)
                or (before and before[1] in lx.SPEECH_VERBS and not hearer)
                or apposed
            ):
                entity: Entity | None = m.entity
                if m.kind == "pronoun":
                    entity = story.antecedent(par.index, m.start, "person", m.gender, quoted=self.quoted)
                self.add(entity, par.index, m.start)

    def cue_before(self, par: Paragraph, pos: int, story: Story, subject_speaks: bool = False) -> Entity | None:
        """The speaker a sentence just before ``pos`` introduces: "Doe agreed." or "Doe said:"; with
        ``subject_speaks``, also the person the sentence is about ("Doe is unapologetic. '…'")."""
        before = [(start, end) for start, end in par.sentences if end <= pos + 1]
        if not before:
            return None
        start, end = before[-1]
        if not re.search(r"[.:,]\s*$", par.masked[start:end]):
            return None
        tied = [e for at, off, e in self.named if at == par.index and start <= off < end]
        if tied or not (subject_speaks or par.masked[start:end].rstrip().endswith(":")):
            return tied[-1] if tied else None
        # "He then listed what the pier needs:" — a colon hands over to the sentence's subject, which an
        # opening clause ("Painting Doe as a threat, the ads …") is not.
        opening = lx.OPENING_CLAUSE.match(par.masked, start)
        first = opening.end() if opening else start
        subject = next((m for m in par.mentions if first <= m.start < end and not m.prep and not m.possessive), None)
        if subject is None or subject.entity is None:
            return None
        if subject.kind == "pronoun":
            if subject.text not in ("he", "she"):
                return None
            return story.antecedent(par.index, subject.start, "person", subject.gender, quoted=self.quoted)
        return subject.entity if subject.kind == "name" and subject.entity.kind == "person" else None

    def last(self, paragraph: int, offset: int, kind: str | None, gender: str | None) -> Entity | None:
        for at, pos, entity in reversed(self.named):
            if (at, pos) >= (paragraph, offset):
                continue
            if paragraph - at > self.REACH:
                return None
            if kind and entity.kind != kind:
                continue
            if gender in ("m", "f") and entity.gender not in (None, gender):
                continue
            return entity
        return None


def _apposed_then_speaks(par: Paragraph, mention: Mention) -> bool:
    """A name set off by an apposition and then a speech verb, no other name between: "Doe, the director
    of the Acme Party said in a statement."."""
    start, end = par.sentence_of(mention.start)
    for verb in WORD.finditer(par.masked, mention.end, min(end, mention.end + 160)):
        if verb.group() in lx.SPEECH_VERBS:
            between = par.masked[mention.end : verb.start()]
            tag = re.match(r"\s*\([^()]{1,40}\)", between)  # "(R-Ohio)" is the name's own party tag
            others = any(
                mention.end + (tag.end() if tag else 0) <= m.start < verb.start()
                and m.kind in ("name", "pronoun")
                and not m.prep
                for m in par.mentions
            )
            return (
                between[tag.end() if tag else 0 :].startswith(",")
                and not others
                and bool(SPEAKER_TAIL.fullmatch(between))
            )
    return False


def extract_quotes(story: Story) -> list[FoundQuote]:
    found: list[FoundQuote] = []
    previous_last: FoundQuote | None = None
    previous_cue: Entity | None = None
    speakers = Speakers()
    for par in story.paragraphs:
        if par.turn_label:
            turn = story.turn_speaker(par.turn_label)
            entity = turn if isinstance(turn, Entity) else Entity(turn)
            text = quote_text(par.text[par.turn_start :])
            found.append(FoundQuote(text, par.index, par.turn_start, entity, "transcript turn", sentence=par.text))
            previous_last = found[-1]
            continue
        signer = _signature(par)
        for quote in (q for q in found if q.paragraph == par.index - 1 and q.speaker is None) if signer else ():
            quote.speaker, quote.how = signer, "signed on the line after it"
        in_par: list[FoundQuote] = []
        speakers.learn(par, story)
        for span in par.quotes:
            text = quote_text(span.raw(par.text))
            if not text:
                continue
            start, end = par.sentence_of(span.open)
            sentence = par.text[start:end]
            if _is_title(text, span, par) and len(text.split()) <= SHORT_TITLE:
                continue
            speaker, how, to = _attribute(par, span, story, speakers)
            if speaker is None and how != PUT_TO and len(text.split()) <= SCARE_QUOTE:
                continue  # a term set off in quotation marks ("so-called"), nobody's words
            alone = _whole_sentence(par, span, start, end) and bool(in_par) and in_par[-1].speaker is not None
            if speaker is None and (alone or not _is_title(text, span, par)):
                if in_par and in_par[-1].speaker is not None:
                    speaker, how = in_par[-1].speaker, "continues the quotation before it"
                elif _nothing_before(par.text[: span.open]) and previous_last and previous_last.speaker is not None:
                    speaker, how = previous_last.speaker, "continues the previous paragraph's quotation"
                elif _nothing_before(par.text[: span.open]) and previous_cue is not None:
                    speaker, how = previous_cue, "introduced at the end of the previous paragraph"
                elif _nothing_before(par.text[start : span.open]):
                    speaker = speakers.cue_before(par, start, story, subject_speaks=True)
                    how = "speaker of the sentence before it" if speaker else how
            elif speaker is None:
                continue
            quote = FoundQuote(text, par.index, span.open + 1, speaker, how or "unattributed", to, sentence)
            speakers.add(speaker, par.index, span.open)
            if speaker is not None:
                speakers.quoted[(par.index, span.open)] = speaker
            in_par.append(quote)
        for i, quote in enumerate(in_par):  # 'X is "…" and "…," Doe said': the later attribution covers both
            if quote.speaker is None:
                later = next((q for q in in_par[i + 1 :] if q.sentence == quote.sentence and q.speaker), None)
                if later is not None:
                    quote.speaker, quote.how = later.speaker, "shares the attribution later in the sentence"
        found.extend(in_par)
        previous_last = in_par[-1] if in_par else None
        previous_cue = speakers.cue_before(par, len(par.text), story, subject_speaks=True) if not in_par else None
    return found


def _nothing_before(lead: str) -> bool:
    """Only space before the quotation, or the first of two apostrophes that open it (''like this'')."""
    return lead.strip().removesuffix("'") == ""


def _signature(par: Paragraph) -> Entity | None:
    """A short line that signs the quotation above it with a dash: "- Jane Doe." / "—Sen. Doe, tweeting"."""
    dash = re.match(r"\s*[-\u2014\u2013]+\s*", par.masked)
    if dash is None or par.quotes or len(par.text) > 120:
        return None
    first = next((m for m in par.mentions if m.entity is not None), None)
    if first is None or first.kind != "name" or first.start - dash.end() > 20:
        return None
    return first.resolved


def _whole_sentence(par: Paragraph, span: QuoteSpan, start: int, end: int) -> bool:
    """The quotation is a sentence of its own ('… said Doe. "That's Jane and John Roe."'), so even when it
    looks like a title it goes on the speaker's words."""
    return re.fullmatch(r"[\s.!?]*", par.masked[start : span.open] + par.masked[span.end : end]) is not None


def _attribute(
    par: Paragraph, span: QuoteSpan, story: Story, speakers: Speakers
) -> tuple[Entity | None, str, str | None]:
    s_start, s_end = par.sentence_of(span.open)
    masked = par.masked
    mentions = [m for m in par.mentions if m.entity is not None and not is_modifier(m.entity)]
    text = quote_text(span.raw(par.text))

    def named(mention: Mention) -> Entity:
        return _named(mention, par.index, speakers, story)

    termed = _what_x_calls(masked, s_start, span.open, mentions)
    if termed is not None:
        return named(termed), "speech verb earlier in the sentence", None
    handed = bool(re.search(r"[,?!]$", span.raw(par.text).rstrip())) or masked[span.end : span.end + 1] in (",", "")
    after = _after_quote(masked, span.end, s_end, mentions, handed)
    if after:
        return named(after[0]), "named right after the quotation", after[1]
    if re.search(r"[,?!]$", span.raw(par.text).rstrip()) or masked[span.end : span.end + 1] == ",":
        inverted = _inverted_cue(masked, span.end, mentions)
        if inverted:
            return named(inverted), "named right after the quotation", None

    document = DOCUMENT_SAYS.match(masked, span.end)
    if document and re.fullmatch(r"\s*" + ADVERBS, document["between"]) and document["verb"] in lx.SPEECH_VERBS:
        author = _document_author(story, par.index, span.open)
        if author is not None:
            return author, "author of the document quoted", None

    cited = DOCUMENT_AFTER.match(masked, span.end)
    if cited and cited["verb"] in lx.SPEECH_VERBS and re.search(r"[,?!]\s*$", span.raw(par.text)):
        the = re.match(r"(?:[Tt]he\s+)?", masked[cited.end() :])
        named_by = _mention_at(mentions, cited.end()) or _mention_at(mentions, cited.end() + (the.end() if the else 0))
        author = named_by.resolved if named_by else _document_author(story, par.index, span.open)
        if author is not None:
            return author, "author of the document quoted", None

    titled = _quoted_title(masked, span, text, story)
    if titled:
        return titled, "quoted title of an unnamed person", None

    opener = _opening_speaker(masked, s_start, span, span.raw(par.text).rstrip().endswith(","), mentions)
    if opener is not None:
        return named(opener), "subject of the sentence the quotation opens", None

    before = _before_quote(masked, s_start, span.open, mentions, story)
    if before and before[0] is None:
        return None, PUT_TO, None  # put to someone who is not named as the one speaking
    if before:
        return named(before[0]), "speech verb earlier in the sentence", before[1]

    cited = DOCUMENT_BEFORE.search(masked, s_start, span.open)
    if cited and cited["verb"] in lx.SPEECH_VERBS:  # 'The complaint alleged that the firm "…"'
        sender = _named_from(mentions, masked, cited.start("by")) if cited["by"] else None  # "an email sent by Doe"
        author = sender.resolved if sender else _document_author(story, par.index, cited.start())
        if author is not None:
            return author, "author of the document quoted", None

    sentence = masked[s_start:s_end]
    if lx.COMM_NOUNS.search(sentence) and len(text.split()) >= 5 and re.search(r"[.!?]$", text):
        person = next(
            (m.resolved for m in mentions if s_start <= m.start < s_end and m.resolved.kind == "person" and not m.prep),
            None,
        )
        if person:
            return person, "author of the message the sentence describes", None
    owner = _words_owner(masked, s_start, span.open, mentions)
    if owner is not None:
        return named(owner), "owner of the words the sentence names", None
    subject = next(
        (m for m in mentions if s_start <= m.start and m.end <= span.open and not m.prep and not m.possessive), None
    )
    if subject is not None and (subject.resolved.kind != "person" or subject.resolved.plural):
        subject = None
    if subject is not None:
        return named(subject), "subject of the sentence", None
    return None, "", None


def _what_x_calls(masked: str, s_start: int, q_open: int, mentions: list[Mention]) -> Mention | None:
    """'under what Doe called "…," the club charged …': the one who calls it so said the words."""
    cue = WHAT_X_CALLS.search(masked, s_start, q_open)
    if cue is None or cue["verb"] not in lx.SPEECH_VERBS:
        return None
    who = _mention_at(mentions, cue.start("who"))
    return who if who is not None and who.end == cue.end("who") and not who.possessive else None


def _words_owner(masked: str, s_start: int, q_open: int, mentions: list[Mention]) -> Mention | None:
    """'Doe's suggestion at the debate that she was "…"' / 'the contention of Doe that "…"' / 'in the words
    of an adviser, "…"': words someone is said to own, with no speech verb between them and the quotation."""
    for m in reversed([m for m in mentions if s_start <= m.start and m.end <= q_open]):
        if m.possessive and m.kind == "name":
            owned = OWNED_WORDS.match(masked, m.end)
            end = owned.end() if owned else None
        else:
            owned = OWNED_BY.search(masked, max(s_start, m.start - 60), m.start)
            end = m.end if owned and owned.end() == m.start else None
        if end is None:
            continue
        between = masked[end:q_open]
        if len(between) > 80 or re.search(r"[;:.]", between) or _verbs(masked, end, q_open):
            return None
        that = re.search(r"\bthat\b", between)
        clause = end + that.start() if that else q_open  # names after "that" are inside the words
        return None if any(end <= other.start < clause and not other.prep for other in mentions) else m
    return None


def _opening_speaker(
    masked: str, s_start: int, span: QuoteSpan, comma_inside: bool, mentions: list[Mention]
) -> Mention | None:
    """'Citing the "…," Doe urged …' / 'In a speech that touched on the "…" of X, Doe promised …': a quotation in
    an opening clause of speaking is the words of the subject that follows the clause."""
    if not SPEAKING_OPENER.match(masked, s_start):
        return None
    boundary = re.match(r"\s*" if comma_inside else r"[^,;:\u201c\u201d\"]{0,120},\s*", masked[span.end :])
    if boundary is None or re.search(r"[,;:\u201c\"]", masked[s_start : span.open]):
        return None  # the clause ended before the quotation, or another quotation opened it
    subject = _mention_at(mentions, span.end + boundary.end())
    if subject is None or subject.prep or subject.possessive:
        return None
    if subject.kind == "pronoun" and subject.text not in ("he", "she"):
        return None
    return subject if subject.resolved.kind == "person" and not subject.resolved.plural else None


def _named(mention: Mention, paragraph: int, speakers: Speakers, story: Story) -> Entity:
    """The speaker a mention stands for: a pronoun, or a description seen for the first time ("the
    senator"), is the last compatible named speaker when there is one."""
    entity = mention.resolved
    if mention.kind == "pronoun" and mention.text in ("he", "she", "it"):
        kind = "organisation" if mention.text == "it" else "person"
        found = story.antecedent(paragraph, mention.start, kind, mention.gender, quoted=speakers.quoted)
        if found is not None and found.anon and not (found.withheld or found.plural or found.head in lx.GENERIC_HEADS):
            # "The former president … ." "'…,' he said": the description stands for a named person.
            found = (
                story.role_holder(paragraph, mention.start, found.head)
                or story.antecedent(paragraph, mention.start, kind, mention.gender, named_only=True)
                or found
            )
        return found or entity
    if mention.kind == "pronoun":
        wanted = "organisation" if mention.text in ("it", "its") else None if mention.text == "they" else "person"
        return speakers.last(paragraph, mention.start, wanted, mention.gender) or entity
    if (
        mention.kind == "anaphor"
        and entity.anon
        and not (entity.withheld or entity.plural or entity.head in lx.GENERIC_HEADS)
    ):
        holder = story.role_holder(paragraph, mention.start, entity.head)
        if holder is not None:
            return holder  # "A federal judge ruled …" then "Judge Jane Doe …": "the judge said" is Doe
        if _met_before(story, entity, paragraph, mention.start):
            return entity  # "a woman asked …" "…," the woman said: the unnamed person met before
        return (
            story.antecedent(paragraph, mention.start, "person", entity.gender, named_only=True)
            or speakers.last(paragraph, mention.start, "person", entity.gender)
            or entity
        )
    return entity


def _document_author(story: Story, paragraph: int, pos: int) -> Entity | None:
    """Who wrote the statement, letter or complaint quoted: the person or body named before it, never a
    country or state ("Belgium")."""
    author = story.antecedent(paragraph, pos, None, None, named_only=True)
    return None if author is None or lx.is_place(author.name) else author


def _met_before(story: Story, entity: Entity, paragraph: int, pos: int) -> bool:
    """The unnamed person was introduced earlier as such ("a woman asked …"), so "the woman" is that person
    (and not, as "the president" is, a named one described)."""
    return any(
        m.entity is entity and m.kind == "anon" and (par.index, m.start) < (paragraph, pos)
        for par in story.paragraphs[: paragraph + 1]
        for m in par.mentions
    )


def _mention_at(mentions: list[Mention], pos: int) -> Mention | None:
    return next((m for m in mentions if m.start == pos), None)


def _named_from(mentions: list[Mention], masked: str, pos: int) -> Mention | None:
    """The mention starting at ``pos``, or after a "the" there ("according to the Daily Example")."""
    the = re.match(r"[Tt]he\s+", masked[pos : pos + 5])
    return _mention_at(mentions, pos) or (_mention_at(mentions, pos + the.end()) if the else None)


def _after_quote(masked: str, end: int, s_end: int, mentions: list[Mention], handed: bool = True):
    """The speaker named after the quotation: '"…," Doe said', '"…," said former mayor Jane Doe',
    '"…," the aide, Jane Doe, told …', '"…," Sen. Doe, R-Ohio, said', '"…" that X, said Doe'."""
    stop = masked.find("\u201c", end, s_end)
    stop = s_end if stop < 0 else stop
    tail = masked[end:stop]
    leading = re.match(r"[\s,\u2014\u2013-]*", tail)
    lead = leading.end() if leading else 0
    pos = end + lead
    according = ACCORDING.match(tail[lead:])
    if according:
        who = _named_from(mentions, masked, pos + according.end())
        return (who, None) if who is not None else None
    for verb in WORD.finditer(masked, pos, stop):
        word = verb.group()
        if word not in lx.SPEECH_VERBS or verb.start() - pos > 160:
            continue
        if any(m.start < verb.start() < m.end for m in mentions):
            continue  # a word of a name or its role ("the president of the state union")
        between = masked[pos : verb.start()]
        before = [m for m in mentions if pos <= m.start and m.end <= verb.start() and not m.prep]
        subject = next((m for m in before if not m.possessive), None) if before else None
        owner = _possessor_body(masked, pos, verb.start(), before) if subject is None else None
        if owner is not None:
            return owner, _recipient(masked, verb.end(), word, mentions)
        if (
            subject is not None
            and SUBJECT_LEAD.fullmatch(masked[pos : subject.start])
            and (handed or FRAGMENT_LEAD.fullmatch(masked[pos : subject.start]))
            and (
                SUBJECT_TAIL.fullmatch(masked[subject.end : verb.start()])
                or SPEAKER_TAIL.fullmatch(masked[subject.end : verb.start()])
            )
        ):
            apposed = _apposed_name(subject, mentions, masked, verb.start())
            return apposed, _recipient(masked, verb.end(), word, mentions)
        if between.strip() == "" or between.rstrip().endswith(","):
            who = next(
                (m for m in mentions if m.start >= verb.end() and m.start - verb.end() <= 60 and not m.possessive),
                None,
            )
            if who is not None and OBJECT_LEAD.fullmatch(masked[verb.end() : who.start]):
                apposed = _apposed_name(who, mentions, masked, len(masked))
                return apposed, _recipient(masked, who.end, word, mentions)
        # '"…," just as Y did, Doe added': after a clause, the name right before the verb.
        last = next((m for m in reversed(before) if not m.possessive), None)
        if (
            last is not None
            and (re.search(r",\s*$", masked[pos : last.start]) or MODIFIERS.fullmatch(masked[pos : last.start]))
            and re.fullmatch(r"\s*" + ADVERBS, masked[last.end : verb.start()])
        ):
            return last, _recipient(masked, verb.end(), word, mentions)
        return None
    return None


def _possessor_body(masked: str, pos: int, verb: int, before: list[Mention]) -> Mention | None:
    """'"…," Doe's office said' / 'Acme's campaign told': a body the possessor heads speaks for the possessor."""
    owner = next((m for m in before if m.possessive), None)
    if owner is None or masked[pos : owner.start].strip(" ,") != "":
        return None
    return owner if BODY_AFTER.fullmatch(masked[owner.end : verb]) else None


def _inverted_cue(masked: str, end: int, mentions: list[Mention]) -> Mention | None:
    """'"…," he surmised' / '"…," the nominee riffed' / '"…," exhorted Jane Doe': a quotation that hands
    over with a comma (or ends in ? or !) and is followed at once by a name, a description or "he" and a
    past-tense verb, or the verb and a name, whatever the verb is."""
    pos = end + len(masked[end:]) - len(masked[end:].lstrip(" ,"))
    mood = re.match(r"(?:an?|the)\s+[a-z]+\s+(?=[A-Z])", masked[pos:])  # "an angry Hollande retaliated"
    first = _mention_at(mentions, pos) or (_mention_at(mentions, pos + mood.end()) if mood else None)
    speaks = first is not None and (first.kind in ("name", "anaphor") or first.text in ("he", "she"))
    if first is not None and speaks and not first.possessive:
        cue = re.match(r"\s+(?:[a-z]{3,}ed\b|" + PHRASAL_CUE.pattern + ")", masked[first.end :])
        if cue and not NEXT_QUOTE.match(masked, first.end + cue.end()):
            return first  # not '"…?" He answered, "…"', where the cue hands over to the next quotation
    verb = re.match(r"[a-z]{3,}ed\s+", masked[pos:])
    if verb:
        who = _mention_at(mentions, pos + verb.end())
        if who is not None and who.kind == "name":
            return who
    return None


def _apposed_name(mention: Mention, mentions: list[Mention], masked: str, limit: int) -> Mention:
    """'a spokeswoman for Acme, Jane Doe': a description followed by a name set off by a comma is that name.
    A pronoun has no apposition ("he told supporters in Salem, Ore."), and a name after the speech verb
    (``limit``) is not one for a subject before it."""
    if mention.kind == "pronoun" or not mention.resolved.anon:
        return mention
    near = (m for m in mentions if mention.end <= m.start <= min(limit, mention.end + 80) and m.kind == "name")
    for named in near:
        if APPOSED.fullmatch(masked[mention.end : named.start]):
            return named
    return mention


def _quoted_title(masked: str, span: QuoteSpan, text: str, story: Story) -> Entity | None:
    if len(text.split()) > 6 or not re.search(r"\b(?:an?|the|one)\s+$", masked[max(0, span.open - 6) : span.open]):
        return None
    if not text[:1].isupper():
        return None  # a lower-case epithet ("a \u201cpetulant child\u201d who …") is someone's words about a person
    follow = masked[span.end : span.end + 200]
    if not re.match(r",?\s*(?:who|whose)\b", follow):
        return None
    entity = story.cast.anonymous(text.rstrip(" ,"), text.split()[-1].lower())
    entity.withheld = entity.withheld or bool(lx.WITHHELD.search(follow))
    entity.role = entity.role or f"described by the title \u201c{text.rstrip(' ,')}\u201d"
    return entity


def _verbs(masked: str, start: int, stop: int) -> list[re.Match]:
    out = []
    for m in WORD.finditer(masked, start, stop):
        word = m.group().lower()
        if PHRASAL_CUE.match(masked, m.start()):
            out.append(m)  # "Doe shot back:" / "Doe chimed in,"
            continue
        if word not in lx.SPEECH_VERBS:
            continue
        prev = masked[start : m.start()].split()
        prev_word = prev[-1].lower() if prev else ""
        if prev_word in lx.NOUN_DETERMINERS and not re.match(r"\s+for\b", masked[m.end() :]):
            continue
        if word in lx.WEAK_VERBS and not re.match(r"\s+(?:for|that|it|him|her|them|the)\b", masked[m.end() :]):
            if not prev or prev_word in lx.NOUN_DETERMINERS:
                continue
            if PLURAL_LEAD.search(masked, max(0, m.start() - 60), m.start()):
                continue  # "the two lengthy investigative reports": a plural noun, not a verb
            if re.match(r"\s+to\s+[a-z]+\b(?<!the)", masked[m.end() :]):
                continue  # "Doe will continue to be": a verb that only sometimes means speech, here not
        out.append(m)
    return out


def _before_quote(masked: str, s_start: int, q_open: int, mentions: list[Mention], story: Story):
    head_mentions = [m for m in mentions if s_start <= m.start and m.end <= q_open]
    according = list(re.finditer(r"\baccording to\s+", masked[s_start:q_open], re.I))
    verbs = _verbs(masked, s_start, q_open)
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    if opening and any(v.start() >= opening.end() for v in verbs):
        verbs = [v for v in verbs if v.start() >= opening.end()]  # "When asked …, Doe said": not "asked"
    passive = bool(verbs) and verbs[-1].group().lower() in HEARER_CUES
    passive = passive and PASSIVE.search(masked, s_start, verbs[-1].start()) is not None
    if according and (not verbs or passive or according[-1].start() + s_start > verbs[-1].start()):
        cue = ACCORDING.match(masked, s_start + according[-1].start())
        pos = cue.end() if cue else s_start + according[-1].end()
        who = _named_from(mentions, masked, pos)
        if who is not None:
            return who, None
    # 'Proposals from Roe, he added, amount to "…"' / 'Acme, Doe said, called it "…"': a cue set off by commas
    # in the middle of the sentence attributes all of it.
    for m in head_mentions:
        aside = PARENTHETICAL.match(masked, m.end)
        if aside and aside["verb"] in lx.SPEECH_VERBS and re.search(r",\s*$", masked[s_start : m.start]):
            if m.kind in ("name", "pronoun", "anaphor") and not m.possessive and not m.prep:
                return m, None
    # 'Jane Doe: "…"' and 'explained Jane Doe, "…"': the name right before the quotation's colon or comma.
    last = next((m for m in reversed(head_mentions) if not m.possessive and m.kind == "name"), None)
    if last is not None and re.fullmatch(r"\s*[:,]\s*", masked[last.end : q_open]):
        lead = masked[s_start : last.start].rstrip()
        inverted = bool(verbs) and verbs[-1].end() == len(lead) + s_start and verbs[-1].group() not in HEARER_VERBS
        if lead.endswith((":", "\u2014", "-")) or lead == "" or inverted:
            return last, None
    if not verbs:
        return None
    verb = verbs[-1]
    if passive:
        # 'Doe was asked, "…?"': Doe heard the words; whoever asked them is named after "by", if at all.
        by = re.match(r"\s+by\s+", masked[verb.end() :])
        agent = _named_from(mentions, masked, verb.end() + by.end()) if by else None
        return agent, None
    subject = _relative_subject(masked, s_start, verb, head_mentions) or _subject(
        masked, s_start, verb, verbs[:-1], head_mentions
    )
    if subject is None:
        return None
    if verb.group().lower().startswith("report") and _is_outlet(subject.resolved, story):
        that = re.search(r"\bthat\s+", masked[verb.end() : q_open])
        if that:
            inner = [m for m in head_mentions if m.start >= verb.end() + that.end() and not m.prep]
            if inner:
                return inner[0], None
        # '"…," Doe told the Times, the Times reported' is Doe's; the outlet's own words are its report's.
        return (subject, None) if that and not any(m.start > verb.end() for m in head_mentions) else None
    return subject, _recipient(masked, verb.end(), verb.group(), mentions)


def _relative_subject(masked: str, s_start: int, verb: re.Match, mentions: list[Mention]) -> Mention | None:
    """'…, Jane Doe, who declared in July that "…"': the name "who" stands for is the verb's subject."""
    who = re.search(r"(?:,\s*|\s)who\s+(?:has\s+|had\s+)?" + ADVERBS + r"$", masked[s_start : verb.start()])
    if who is None:
        return None
    at = s_start + who.start()
    before = [m for m in mentions if m.start < at and not m.possessive and masked[m.end : at].strip(" )(") == ""]
    return before[-1] if before else None


def _subject(masked: str, s_start: int, verb: re.Match, earlier: list[re.Match], mentions: list[Mention]):
    lead = masked[s_start : verb.start()]
    lead = re.sub(ADVERBS + r"$", "", lead)  # "…, recently telling one friend": adverbs aside
    joined = re.search(r"(?:,\s*|\band\s+)$", lead) and (verb.group().endswith("ing") or lead.rstrip().endswith("and"))
    if joined:
        # "…, calling him a 'talented guy'" takes the subject of the verb before it, not of a word that is
        # a verb only sometimes ("the same campaign points, calling …").
        earlier = [v for v in earlier if v.group().lower() not in lx.WEAK_VERBS]
        if earlier:
            return _subject(masked, s_start, earlier[-1], earlier[:-1], mentions)
        return _first_subject([m for m in mentions if m.end <= verb.start()], masked, s_start)
    before = [m for m in mentions if m.end <= verb.start()]
    if verb.group().endswith("ing") and before and re.search(r"\bwith\s+(?:\S+\s+){0,3}$", masked[: before[-1].start]):
        if SUBJECT_TAIL.fullmatch(masked[before[-1].end : verb.start()]) and not before[-1].possessive:
            return before[-1]  # "…, with Sen. Jane Doe telling reporters "…"": the subject of the -ing verb
    # "… after Doe told a meeting that …" / "after Doe, asked about Roe, had said": "after" opens a clause,
    # and Doe is its subject (Roe, the object of "about", is not).
    clause = next(
        (
            m
            for m in reversed(before)
            if SUBJECT_TAIL.fullmatch(masked[m.end : verb.start()])
            and (not m.prep or AFTER_BEFORE.search(masked[: m.start]))
        ),
        None,
    )
    if clause is not None and clause.prep and not clause.possessive:
        return clause
    # "…, speaking to discuss the prime minister's schedule, said": a description owning a noun is no subject
    plain = [m for m in before if not m.prep and not m.possessive and not _owns(masked, m)]
    adjacent = [m for m in plain if SUBJECT_TAIL.fullmatch(masked[m.end : verb.start()])]
    if adjacent:
        # "Sen. Jane Doe (D-Mo.), who has endorsed Roe, said": Roe is inside Doe's clause; so is Roe in
        # "Doe, wearing a scarf with Roe's name on it, said" and "Doe (D), a loyal Roe backer, said".
        owner = next((m for m in plain if WHO_CLAUSE.fullmatch(masked[m.end : verb.start()])), None)
        owner = owner or _apposed_subject(plain, masked, s_start, verb.start())
        return owner if owner is not None and owner.start < adjacent[-1].start else adjacent[-1]
    if plain:
        return _first_subject(plain, masked, s_start)
    if any(m.possessive for m in before):
        return _body_owner(before, masked) or next(m for m in reversed(before) if m.possessive)
    after = next((m for m in mentions if m.start >= verb.end() and m.start - verb.end() <= 2), None)
    return after


def _apposed_subject(plain: list[Mention], masked: str, s_start: int, verb: int) -> Mention | None:
    """The name a sentence opens with, when an apposition closed by a comma is all that stands between it
    and the verb: "Doe, wearing a scarf with Roe's name on it, said" is Doe's sentence, not Roe's."""
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    first = next((m for m in plain if m.start >= (opening.end() if opening else s_start)), None)
    if first is None or first.kind != "name" or first.resolved.anon:
        return None
    if "," in masked[opening.end() if opening else s_start : first.start]:
        return None
    return first if APPOSITION_TO_VERB.fullmatch(masked[first.end : verb]) else None


def _owns(masked: str, mention: Mention) -> bool:
    """A description followed by "'s" ("the prime minister's"); a name's own "'s" is already read, and
    "he's" is "he is"."""
    return mention.kind not in ("name", "pronoun") and re.match(r"[\u2019']s\b", masked[mention.end :]) is not None


def _first_subject(mentions: list[Mention], masked: str, s_start: int) -> Mention | None:
    """The sentence's subject among names before the verb: the first person after an opening clause
    ("When asked whom she backed, Doe smiled and said …", "Speaking in Salem, Ohio, Doe called …"),
    else the first person, else the first name."""
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    if opening:
        after = [m for m in mentions if m.start >= opening.end()]
        mentions = after if any(not m.prep and not m.possessive for m in after) else mentions
    plain = [m for m in mentions if not m.prep and not m.possessive]
    people = [m for m in plain if m.resolved.kind == "person" and not m.resolved.plural]
    return next(iter(people or plain), None) or _body_owner(mentions, masked)


def _body_owner(mentions: list[Mention], masked: str) -> Mention | None:
    """The first possessor of a body that speaks for it: "Doe's campaign brushed it aside, telling reporters"."""
    return next((m for m in mentions if m.possessive and not m.prep and BODY_OWNED.match(masked, m.end)), None)


def _recipient(masked: str, pos: int, verb: str, mentions: list[Mention]) -> str | None:
    """To whom the words were said or written: 'told The Daily Example', 'wrote to the firm's accountant'."""
    rest = masked[pos : pos + 100]
    stop = (
        r"(?=\s+(?:that|about|on|in|after|before|when|during|outside|saying|asking|last|this|and)\b|[,.;:!?\u201c\"]|$)"
    )
    to = re.match(rf"\s+to\s+(?P<who>[^,.;:!?\u201c\u201d\"]{{2,60}}?){stop}", rest)
    if to:
        return to["who"].strip()
    if verb.lower() not in ("told", "tells", "tell", "telling", "asked", "asks", "ask"):
        return None
    who = _mention_at(mentions, pos + len(rest) - len(rest.lstrip()))
    if who is not None and who.kind == "name":
        return who.resolved.name
    plain = re.match(rf"\s+(?P<who>(?:the |a |an )?[a-z][\w\u2019'-]*(?: [a-z][\w\u2019'-]*){{0,2}}?){stop}", rest)
    if plain and plain["who"].split()[0] not in ("her", "him", "them", "it", "me", "us", "you"):
        return plain["who"]
    return None


def _is_outlet(entity: Entity, story: Story) -> bool:
    last = entity.name.split()[-1].lower()
    outlet = (story.article.outlet or "").lower()
    return last in lx.OUTLET_WORDS or (bool(outlet) and entity.name.lower() == outlet)


def _is_title(text: str, span: QuoteSpan, par: Paragraph) -> bool:
    """A quoted name of a work, exhibition or slogan ("Keep Our Branches Open")."""
    core = text.rstrip(",.")
    words = core.split()
    if len(words) < 2 or re.search(r"[.!?]\s", core) or not core[:1].isupper():
        return False  # "undocumented Democrats" is someone's words, not a title
    capital = [w for w in words[1:] if w.lower() not in {"of", "the", "and", "a", "an", "in", "on", "for", "to"}]
    return is_headline_case(core) or (bool(capital) and all(w[0].isupper() for w in capital))

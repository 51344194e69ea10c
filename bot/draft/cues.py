"""Where a quotation's cue sits in its sentence, and the mention that speaks there.

The finders read a paragraph's text with its quotations masked (``masked``) and the mentions
:mod:`bot.draft.names` found in it: the speaker right after the closing mark
(``"…," said Jane Doe``), an inverted cue (``"…" Doe shot back``), an opening clause of speaking
(``Citing "…," Doe urged``), or words a named person owns (``Doe's suggestion that "…"``); the speaker before the
quotation (the subject of the nearest speech verb, ``according to X``) is :mod:`bot.draft.subjects`' to find.
:mod:`bot.draft.quotes` decides which of them a quotation gets.
"""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.documents import unnamed_document
from bot.draft.mentions import Entity, Mention, mention_at, named_from
from bot.draft.namewords import plain
from bot.draft.story import Story
from bot.draft.text import QuoteSpan

ADVERBS = (
    r"(?:(?:also|later|then|previously|recently|simply|once|again|quickly|finally|earlier|quietly|flatly|"
    r"bluntly|has|had|have|would|will|had|further|added|repeatedly|only|just|often|even|still|never|"
    r"[a-z]+ly)\s+)*"
)
# 'she declared "What a Night!"': a speech verb right before the quotation, not one that names, addresses or
# authors something ("Doe, who wrote "Low Tide"")
NAMING = {"label", "labels", "labeled", "labelled", "dub", "dubbed", "term", "termed", "brand", "branded", "call",
           "calls", "write", "writes", "wrote", "writing"}  # fmt: skip
WORD = re.compile(r"[A-Za-z][\w\u2019'-]*")
ACCORDING = re.compile(
    rf"\baccording to\s+(?:(?:an?|the)\s+(?:\w+\s+){{0,2}}?(?:{lx.COMMUNICATION}|cop(?:y|ies))\s+"
    r"(?:(?:filed|issued|released|sent|written|signed|published)\s+)?(?:from|by|of)\s+)?",  # "a document filed by Doe"
    re.I,
)
# 'Asked whether Doe "…," most voters said yes': words inside the question put to someone are the asker's
ASKED_WHETHER = re.compile(r"\s*(?:(?:But|And|When)\s+)?[Aa]sked\s+(?:whether|if)\s[^,;:\u201c\u201d\"]*[\u201c\"]$")
# 'Asked by Doe whether Roe "…," Poe said': the question, and the words quoted in it, are the asker's
ASKED_BY = re.compile(r"\s*(?:(?:But|And|When)\s+)?[Aa]sked\s+by\s+")
ASKED_BY_WHETHER = re.compile(r"\s+(?:whether|if)\s[^,;:\u201c\u201d\"]*$")
THAT_CLAUSE_VERB = re.compile(r"\b(?:that|which)\s+" + ADVERBS + r"$")  # "that would respond", "which says"
LATER_ACCORDING = re.compile(r",\s+according to\s+")  # '"…" that Roe won, according to the Gazette'
SUBORDINATE = re.compile(r"\b(?:when|after|before|because|while|since|until|that|which|who|where)\s")
# "according to the news outlet": an outlet the story named before, described
OUTLET_DESCRIBED = re.compile(r"the\s+(?:news\s+)?(?:outlet|newspaper|paper|network|station|magazine|publication)\b")
CITED_WRITING = re.compile(rf"(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?{lx.COMMUNICATION}\b")  # "the congressional report"
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
# A few quoted words inside an apposition, a show's or a book's title ('a contestant on the show "The Pitch,"').
QUOTED_TITLE = r"[\u201c\"][^\u201c\u201d\"]{1,40}[\u201d\"]"
TITLE_IN_TAIL = re.compile(QUOTED_TITLE + r"\s+[a-z]")
# After a quotation the speaker's apposition can run longer, each part up to 220 characters as before a verb
# ('"…," Jane Doe, 30, of Salem, Ore., who …, said'), and hold a few quoted words ('"…," Jane Doe, wearing "Vote Roe"
# pins, said').
SPEAKER_TAIL = re.compile(
    r"[\s,]*(?:\([^()]{1,40}\)[\s,]*)?(?:(?:[^,;:!?\u201c\u201d\"]|" + QUOTED_TITLE + r"){1,220},\s*){0,5}"
    r"(?:(?:in|at|on|from|with)\s+(?:the|a|an)\s+[a-z][\w-]*\s+)?"  # "a clerk in the room wondered"
    r"(?:(?:the|a|an)\s+[^,;:!?\u201c\u201d\"]{1,100}?\s+)?"  # an apposition left open: "Doe, the founder of X said"
    r"(?:who\s+(?:is|was)\s+[^,;:!?\u201c\u201d\"]{1,80}?\s+)?"  # left open: "Doe, who is chair of X said"
     + ADVERBS + r"\s*"
)
APPOSED = re.compile(r"(?:\s+(?:(?:for|of|at|with|from|to)\s+)?[^,.;:]{1,60}?)?\s*,\s*")
# '"…," Acme campaign Chairman Jane Doe told': a few words qualifying the name, no clause between.
MODIFIERS = re.compile(r"(?:[^\s,;:\u201c\u201d\"]+\s+){1,5}")
# 'what former employees have called a "…"' / 'what one Acme official dubbed "…"': someone described, not named,
# gives the thing its name
WHAT_DESCRIBED_CALLS = re.compile(
    r"\bwhat\s+(?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should)\b)"
    r"(?P<who>(?:(?:one|two|three|several|many|some|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+"
    + ADVERBS
    + r"(?P<verb>[a-z]+)(?:\s+(?:her|him|them|it))?(?:\s+as)?\s+(?:(?:an?|the)\s+)?[\u201c\"]?$"
)
# Words someone owns: "Doe's remark", "the suggestion of Doe".
_WORDS = (
    r"(?:remark|comment|suggestion|claim|assertion|contention|insistence|answer|response|reply|promise|pledge|vow|"
    r"warning|words|description|characterization|catchphrase|catch phrase|slogan|quip|boast|accusation|charge|"
    r"declaration|argument|admission|complaint|prediction|joke|line|offer|rejection|call|criticism|demand|request|plea|"
    r"appeal|denial|praise|attack|insult|phrase|reference|invocation|pitch|mantra|refrain|conclusion|assessment|"
    r"observation|explanation|judgment|judgement|verdict|finding|assurance|announcement|recommendation|"
    r"broadside|tirade|jab|swipe|barb|retort|rebuke|rant|screed|outburst|dictum|motto|maxim|advice|credo|creed|"
    r"watchword|tagline|battle cry|rallying cry)s?"
)
_WHEN = "|".join(sorted(lx.MONTH_WORDS, key=len, reverse=True))
OWNED_WORDS = re.compile(r"\s+(?:(?:[a-z][\w-]*|(?i:" + _WHEN + r"))\s+){0,2}?" + _WORDS + r"\b")  # "Doe's May remark"
WORDS_AFTER = re.compile(r"\s+" + _WORDS + r"\b")  # '"…" promise' after a possessor: "Doe's "…" promise"
OWNED_BY = re.compile(  # "the contention of former governor Doe"
    r"\b(?:the|a)\s+(?:[a-z][\w-]*\s+){0,2}?" + _WORDS + r"\s+(?:of|by|from)\s+(?:[a-z][\w-]*\s+){0,4}$"
)
# An opening clause in which the sentence's subject speaks: "Citing …, Doe said", "In a speech on …, Doe".
SPEAKING_OPENER = re.compile(
    r"\s*(?:(?:Citing|Calling|Describing|Saying|Noting|Arguing|Warning|Insisting|Urging|Praising|Decrying|Quoting|"
    r"Acknowledging|Admitting|Conceding|Claiming|Stressing|Explaining|Asserting|Suggesting)\b|"
    r"In\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}?" + lx.OWN_WORDS + r"\b)"
)
NEXT_QUOTE = re.compile(r"\s*[,:]\s*[\u201c\"]")  # the cue hands over to a quotation after it
NOUN_AFTER = {"of", "in", "on", "at", "for", "with", "by", "from", "about", "into"}  # a preposition before a noun
# Verbs of two words that hand over to a quotation: '"…," Doe shot back' / 'Doe chimed in: "…"'.
PHRASAL_CUE = re.compile(r"(?:went on|shot back|hit back|fired back|chimed in|cut in|broke in)\b")
BODIES = "|".join(sorted(lx.ORG_HEADS, key=len, reverse=True))
# A name's own medium between it and the verb: "as the Acme Institute website notes:", "the Acme blog said".
MEDIUM_AFTER = re.compile(r"\s+(?:official\s+)?(?:website|web\s+site|site|blog|account|feed|newsletter)\s+" + ADVERBS)
MEDIUM_VERB = re.compile(MEDIUM_AFTER.pattern + r"(?P<verb>[a-z]+)\b")
BODY_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{BODIES})\s+" + ADVERBS)  # "office", "press office"
NOT_SUBJECT = frozenset({"he", "she", "it", "they", "we", "i", "you", "there", "this", "that", "who", "which",
                         "what", "in", "on", "at", "to", "for", "from", "with", "by", "of", "after", "before", "since",
                         "if"})  # fmt: skip
FRAGMENT_LEAD = re.compile(r"[\s\u2014\u2013-]*(?:(?:[Tt]he|[Aa]n?)\s+)?")
# "the two lengthy reports", "by 29 points": a count before a word makes it a plural noun
PLURAL_LEAD = re.compile(r"\b(?:two|three|four|several|many|some|these|those|\d[\d,.]*)\s+(?:[a-z][\w-]*\s+){0,3}$")
# Between an inverted verb and its speaker: role words ("said former mayor Jane Doe"), never the start of a
# clause ("adding that Acme had …": Acme is that clause's subject).
NOUN_OF = re.compile(r"\s+of\s+(?:the|an?|this|that|its|their|his|her|our)\s")  # "state of the …": a noun
OBJECT_LEAD = re.compile(
    r"\s+(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[\u2019']s\s+)?"  # "opined Cleveland's Plain Dealer"
    # "… deputy manager, Jane Doe" / "said former Ohio Gov. and Guild Chair Jane Doe"
    r"(?:(?!(?:that|whether|if|how|why|when|to|at|in|on|with|by|about|during|after|before)\s)"
    r"(?:[a-z][\w\u2019'-]*|[A-Z][\w.\u2019'-]*|\d+(?:st|nd|rd|th)),?\s+){0,5}"  # "said Air Force 1st Lt. Jane Doe"
)


def what_described_calls(
    masked: str, s_start: int, q_open: int, mentions: list[Mention], story: Story
) -> Mention | None:
    """'what former employees have called a "…"': the people described call it so, unnamed, or as the mention
    found there ("what the company calls")."""
    cue = WHAT_DESCRIBED_CALLS.search(masked, s_start, q_open) if "what" in masked[s_start:q_open] else None
    if cue is None or cue["verb"] not in lx.SPEECH_VERBS or cue["verb"] in lx.WEAK_VERBS - {"call", "calls"}:
        return None
    words = cue["who"].split()
    described = len(words) > 1 or (words[0].endswith("s") and not words[0].endswith("ss"))  # "what critics call"
    if not described or words[-1] in NOT_SUBJECT or words[-1] in ("some", "many", "most", "others", "people"):
        return None  # "what some call", "what everyone calls": nobody in particular
    head_mention = next((m for m in mentions if m.start < cue.end("who") <= m.end), None)
    if head_mention is not None:  # "what the president calls": the person the description stands for
        return head_mention if head_mention.kind in ("anon", "anaphor") and not head_mention.possessive else None
    head = words[-1].lower()
    plural = head.endswith("s") and not head.endswith("ss")
    kind = "organisation" if head in lx.ORG_HEADS else "person"
    entity = story.cast.anonymous(plain(cue["who"]), head[:-1] if plural else head, plural=plural, kind=kind)
    return Mention(cue.start("who"), cue.end("who"), "anon", cue["who"], entity=entity)


def words_owner(masked: str, s_start: int, q_open: int, mentions: list[Mention]) -> Mention | None:
    """'Doe's suggestion at the debate that she was "…"' / 'the contention of Doe that "…"' / 'in the words
    of an adviser, "…"': words someone is said to own, with no speech verb between them and the quotation."""
    for m in reversed([m for m in mentions if s_start <= m.start and m.end <= q_open]):
        if (m.possessive and m.kind == "name") or (m.kind == "pronoun" and m.text in ("his", "her")):
            owned = OWNED_WORDS.match(masked, m.end)
            end = owned.end() if owned else None
        else:
            owned = OWNED_BY.search(masked, max(s_start, m.start - 60), m.start)
            end = m.end if owned and owned.end() == m.start else None
        if end is None:
            continue
        between = masked[end:q_open]
        if len(between) > 80 or re.search(r"[;:.]", between) or speech_verbs(masked, end, q_open):
            return None
        if re.fullmatch(r"\s+as\s+(?:(?:an?|the)\s+)?", between):
            return None  # "he played down Doe's comments as "…"": how the subject takes the words, not the words
        that = re.search(r"\bthat\b", between)
        clause = end + that.start() if that else q_open  # names after "that" are inside the words
        return None if any(end <= other.start < clause and not other.prep for other in mentions) else m
    return None


def owner_of_quoted_words(masked: str, q_open: int, q_end: int, mentions: list[Mention]) -> Mention | None:
    """'the pull of Doe's "…" promise': a possessor right before the quotation, and a noun of words right after it,
    so that the quotation is those words, the possessor's."""
    if not WORDS_AFTER.match(masked, q_end):
        return None
    owner = next((m for m in mentions if m.end <= q_open and masked[m.end : q_open].strip() == ""), None)
    if owner is None or not (owner.possessive and owner.kind == "name" or owner.text in ("his", "her")):
        return None
    return owner


def opening_speaker(
    masked: str, s_start: int, span: QuoteSpan, comma_inside: bool, mentions: list[Mention]
) -> Mention | None:
    """'Citing the "…," Doe urged …' / 'In a speech that touched on the "…" of X, Doe promised …': a quotation in
    an opening clause of speaking is the words of the subject that follows the clause."""
    if not SPEAKING_OPENER.match(masked, s_start):
        return None
    aside = r"\s*(?:(?:though|however|too),\s*)?"  # 'Citing "…," though, Doe …'
    boundary = re.match(aside if comma_inside else r"[^,;:\u201c\u201d\"]{0,120},\s*", masked[span.end :])
    if boundary is None or re.search(r"[,;:\u201c\"]", masked[s_start : span.open]):
        return None  # the clause ended before the quotation, or another quotation opened it
    subject = mention_at(mentions, span.end + boundary.end())
    if subject is None or subject.prep or subject.possessive:
        return None
    if subject.kind == "pronoun" and subject.text not in ("he", "she"):
        return None
    return subject if subject.resolved.kind == "person" and not subject.resolved.plural else None


def cited(masked: str, pos: int, mentions: list[Mention], story: Story) -> Mention | None:
    """Who or what "according to" cites at ``pos``: the name there, else a writing that names no one ("according
    to the report"), itself, unnamed."""
    who = named_from(mentions, masked, pos)
    lower = re.match(r"[a-z][\w-]*\s+", masked[pos:]) if who is None else None
    titled = mention_at(mentions, pos + lower.end()) if lower else None
    if titled is not None and titled.kind == "name" and titled.role:
        who = titled  # "according to state attorney Jane Doe": a lower-case word of the title, then the name
    outlet = OUTLET_DESCRIBED.match(masked, pos) if who is None else None
    named_outlet = _outlet_before(story, masked, pos) if outlet else None
    if outlet is not None and named_outlet is not None:  # "according to the news outlet": the one named before
        return Mention(pos, outlet.end(), "org-anaphor", outlet[0], entity=named_outlet)
    cited = CITED_WRITING.match(masked, pos)
    if who is not None or cited is None:
        return who
    entity = unnamed_document(story, cited[0])
    return Mention(pos, cited.end(), "anon", cited[0], entity=entity) if entity else None


def _outlet_before(story: Story, masked: str, pos: int) -> Entity | None:
    """The last news outlet the story names before ``pos`` in this paragraph or the three before it ("Fox News",
    "The Daily Example")."""
    index = next((par.index for par in story.paragraphs if par.masked is masked), None)
    if index is None:
        return None
    for par in reversed(story.paragraphs[max(0, index - 3) : index + 1]):
        for m in reversed(par.mentions):
            if par.index == index and m.start >= pos:
                continue
            entity = m.entity
            if (
                entity is not None
                and entity.kind == "organisation"
                and entity.name.split()[-1].lower() in lx.OUTLET_WORDS
            ):
                return entity
    return None


def after_quote(
    masked: str, s_start: int, end: int, s_end: int, mentions: list[Mention], story: Story, handed: bool = True
) -> tuple[Mention, str | None] | None:
    """The speaker named after the quotation: '"…," Doe said', '"…," said former mayor Jane Doe',
    '"…," the aide, Jane Doe, told …', '"…," Sen. Doe, R-Ohio, said', '"…" that X, said Doe'; the source cited
    later in the sentence when nobody in it is said to speak ('"…" is the aim, according to the Gazette')."""
    stop = _tail_end(masked, end, s_end)
    tail = masked[end:stop]
    leading = re.match(r"[\s,\u2014\u2013-]*", tail)
    lead = leading.end() if leading else 0
    pos = end + lead
    according = ACCORDING.match(tail[lead:])
    if according:
        who = cited(masked, pos + according.end(), mentions, story)
        return (who, None) if who is not None else None
    later = LATER_ACCORDING.search(tail)
    if later and _said_before_source(masked, s_start, end, end + later.start()):
        later = None  # '"…," Doe said, according to the Gazette': Doe's words, which the Gazette reports
    who = cited(masked, end + later.end(), mentions, story) if later else None
    if who is not None:
        return who, None
    verb = _cue_verb(masked, pos, stop, mentions)
    return _verb_speaker(masked, pos, verb, mentions, handed) if verb is not None else None


def _said_before_source(masked: str, s_start: int, end: int, source: int) -> bool:
    """Whether a verb of saying before a later "according to" at ``source`` may say the quotation closing at
    ``end``: not one in a clause opening the sentence ('After Doe asked about it, they were "…", according to
    …') nor one in a clause after the quotation ('"…" when it told them that …, according to …')."""
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    first = opening.end() if opening and opening.end() < end else s_start
    clause = SUBORDINATE.search(masked, end, source)
    return bool(speech_verbs(masked, first, clause.start() if clause else source))


def _tail_end(masked: str, end: int, s_end: int) -> int:
    """Where the words after the quotation that closes at ``end`` stop: the next quotation in the sentence, or its
    end; a few quoted words inside the speaker's apposition ('"…," Doe, wearing "Vote Roe" pins, said') do not end
    them."""
    stop = masked.find("\u201c", end, s_end)
    stop = s_end if stop < 0 else stop
    while stop < s_end and not speech_verb_in(masked, end, stop) and (title := TITLE_IN_TAIL.match(masked, stop)):
        after_title = masked.find("\u201c", title.end(), s_end)
        stop = s_end if after_title < 0 else after_title
    return stop


def _cue_verb(masked: str, pos: int, stop: int, mentions: list[Mention]) -> re.Match | None:
    """The first verb of saying between ``pos`` and ``stop`` that may be the quotation's cue: not a word of a name
    or its role ("the president of the state union"), nor the verb of a relative clause ('"…" that would respond
    to requests, Doe wrote'), and within reach (a long apposition may stand between)."""
    for verb in WORD.finditer(masked, pos, stop):
        if verb.group() not in lx.SPEECH_VERBS or verb.start() - pos > 240:
            continue
        if any(m.start < verb.start() < m.end for m in mentions):
            continue
        if THAT_CLAUSE_VERB.search(masked, pos, verb.start()):
            continue
        return verb
    return None


def _verb_speaker(
    masked: str, pos: int, verb: re.Match, mentions: list[Mention], handed: bool
) -> tuple[Mention, str | None] | None:
    """Who the cue verb after the quotation gives, and to whom they speak: the body a possessor heads ('Doe's office
    said'), the subject right before the verb, the name right after it ('said Doe'), or the name that ends a clause
    before it ('…, the Gazette reported'); None if it gives no one."""
    word = verb.group()
    before = [m for m in mentions if pos <= m.start and m.end <= verb.start() and not m.prep]
    subject = next((m for m in before if not m.possessive), None) if before else None
    owner = _possessor_body(masked, pos, verb.start(), before) if subject is None else None
    if owner is not None:
        return owner, recipient(masked, verb.end(), word, mentions)
    if subject is not None and _subject_of_cue(masked, pos, subject, verb.start(), handed):
        apposed = _apposed_name(subject, mentions, masked, verb.start())
        return apposed, recipient(masked, verb.end(), word, mentions)
    inverted = _inverted_speaker(masked, pos, verb, mentions)
    if inverted is not None:
        return inverted
    # '"…," just as Y did, Doe added' / '"…" from X and others, the Gazette reported': after a clause, the name
    # right before the verb.
    last = next((m for m in reversed(before) if not m.possessive), None)
    if (
        last is not None
        and (
            re.search(r",\s*(?:the\s+)?$", masked[pos : last.start])  # '…, the Gazette reported'
            or (handed and MODIFIERS.fullmatch(masked[pos : last.start]))
        )
        and re.fullmatch(r"\s*" + ADVERBS, masked[last.end : verb.start()])
    ):
        return last, recipient(masked, verb.end(), word, mentions)
    return None


def _subject_of_cue(masked: str, pos: int, subject: Mention, verb: int, handed: bool) -> bool:
    """The mention opens the words after the quotation (or, for a fragment not handed over with a comma, follows
    what the fragment's sentence allows) and only its role or an adverb stands between it and the verb."""
    return bool(
        SUBJECT_LEAD.fullmatch(masked[pos : subject.start])
        and (handed or FRAGMENT_LEAD.fullmatch(masked[pos : subject.start]))
        and (SUBJECT_TAIL.fullmatch(masked[subject.end : verb]) or SPEAKER_TAIL.fullmatch(masked[subject.end : verb]))
    )


def _inverted_speaker(
    masked: str, pos: int, verb: re.Match, mentions: list[Mention]
) -> tuple[Mention, str | None] | None:
    """'"…," said Doe': the name right after a cue verb that opens the words after the quotation (or follows a
    comma); not '"…," calling Doe a liar', whose name after the verb is the one spoken of, nor 'the "sorry" state
    of the union', whose verb is a noun."""
    word = verb.group()
    between = masked[pos : verb.start()]
    if not (between.strip() == "" or between.rstrip().endswith(",")) or word.endswith("ing"):
        return None
    if NOUN_OF.match(masked, verb.end()) and not re.search(r"(?:ed|s|said|told|wrote)$", word):
        return None
    who = next(
        (m for m in mentions if m.start >= verb.end() and m.start - verb.end() <= 60 and not m.possessive),
        None,
    )
    if who is None or not OBJECT_LEAD.fullmatch(masked[verb.end() : who.start]):
        return None
    apposed = _apposed_name(who, mentions, masked, len(masked))
    return apposed, recipient(masked, who.end, word, mentions)


AS_BY = re.compile(r"\bas\s+(?:described|put|called|characteri[sz]ed|termed|noted|said|stated)\s+by\s+")
AS_WHO = re.compile(r"\bas\s+")


def speech_verb_in(masked: str, start: int, stop: int) -> bool:
    """Whether a verb of saying stands in ``masked[start:stop]``."""
    return any(word in lx.SPEECH_VERBS for word in WORD.findall(masked, start, stop))


def as_cue(masked: str, end: int, s_end: int, mentions: list[Mention]) -> Mention | None:
    """The speaker an "as" clause later in the sentence names for the quotation: '… a "regional" candidate, as
    Doe's campaign manager suggested', 'being "extremely careless" - as described by Jane Doe -'."""
    stop = masked.find("\u201c", end, s_end)
    stop = s_end if stop < 0 else stop
    by = AS_BY.search(masked, end, stop)
    if by is not None:
        return named_from(mentions, masked, by.end())
    for clause in AS_WHO.finditer(masked, end, stop):
        who = named_from(mentions, masked, clause.end())
        if who is None or who.prep or who.kind == "pronoun":
            continue
        words = re.findall(r"[a-z][\w-]*", masked[who.end : stop])[:4] if who.possessive else []
        # the verb right after the name, or after the role a possessive gives ("Doe's campaign manager suggested")
        verbs = words[1:] if who.possessive else re.findall(r"^\s+" + ADVERBS + r"([a-z]+)\b", masked[who.end : stop])
        if verbs and any(v in lx.SPEECH_VERBS for v in verbs[:3]):
            return who
    return None


def ends_its_sentence(raw: str, masked: str, end: int) -> bool:
    """'… responded: "Why now?" His critics took it as …': after a question or exclamation mark, a capitalised
    determiner opens a new sentence, so what follows the quotation is no cue for it."""
    if not re.search(r"[?!]$", raw.rstrip()):
        return False
    word = re.match(r"\s*([A-Z][a-z]*)\b", masked[end:])
    return word is not None and word[1].lower() in lx.NOUN_DETERMINERS


def _possessor_body(masked: str, pos: int, verb: int, before: list[Mention]) -> Mention | None:
    """'"…," Doe's office said' / 'Acme's campaign told': a body the possessor heads speaks for the possessor."""
    owner = next((m for m in before if m.possessive), None)
    if owner is None or masked[pos : owner.start].strip(" ,") != "":
        return None
    return owner if BODY_AFTER.fullmatch(masked[owner.end : verb]) else None


def inverted_cue(masked: str, end: int, mentions: list[Mention]) -> Mention | None:
    """'"…," he surmised' / '"…," the nominee riffed' / '"…," exhorted Jane Doe': a quotation that hands
    over with a comma (or ends in ? or !) and is followed at once by a name, a description or "he" and a
    past-tense verb, or the verb and a name, whatever the verb is."""
    pos = end + len(masked[end:]) - len(masked[end:].lstrip(" ,"))
    mood = re.match(r"(?:an?|the)\s+[a-z]+\s+(?=[A-Z])", masked[pos:])  # "an angry Hollande retaliated"
    first = mention_at(mentions, pos) or (mention_at(mentions, pos + mood.end()) if mood else None)
    speaks = first is not None and (first.kind in ("name", "anaphor") or first.text in ("he", "she"))
    if first is not None and speaks and not first.possessive:
        cue = re.match(r"\s+(?:[a-z]{3,}ed\b|" + PHRASAL_CUE.pattern + ")", masked[first.end :])
        if cue and not NEXT_QUOTE.match(masked, first.end + cue.end()):
            return first  # not '"…?" He answered, "…"', where the cue hands over to the next quotation
    verb = re.match(r"[a-z]{3,}ed\s+", masked[pos:])
    if verb:
        who = mention_at(mentions, pos + verb.end())
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


# An aside "as Doe has said" set off by commas or dashes, and a clause joined by "and" or "but" after it.
AS_ASIDE = re.compile(r"(?:,|\s[\u2014\u2013-]{1,2})\s+as\s+(?:[\w.\u2019'-]+\s+){1,4}$")
ASIDE_THEN_CLAUSE = re.compile(r"\s*(?:,|[\u2014\u2013]|\s-{1,2})\s*(?:and|but)\s")


OWNER_WORD = re.compile(r"[a-z][\w.-]*[\u2019'](?:s)?")  # "doe's", "voters'": the word before owns the next
CONTRACTED_HAS = {"he's", "she's", "it's", "that's", "who's", "there's", "what's", "one's"}  # "he's said": has said


def speech_verbs(masked: str, start: int, stop: int) -> list[re.Match]:
    """The verbs of saying between start and stop, in order ("said", "told", "shot back:"), not those used as nouns
    or inside an aside."""
    out = []
    for m in WORD.finditer(masked, start, stop):
        word = m.group().lower()
        if PHRASAL_CUE.match(masked, m.start()):
            out.append(m)  # "Doe shot back:" / "Doe chimed in,"
            continue
        if word not in lx.SPEECH_VERBS:
            continue
        prev = masked[start : m.start()].split()
        if prev and m.group()[0].isupper() and re.match(r" [A-Z][a-z]", masked[m.end() :]):
            continue  # "Doe of Counter Point": a capitalised run inside a sentence is a name, not a verb
        if AS_ASIDE.search(masked, max(start, m.start() - 60), m.start()) and ASIDE_THEN_CLAUSE.match(masked, m.end()):
            continue  # "he has no small hands - as Roe has said - and he can "…"": the aside is about what precedes
        prev_word = prev[-1].lower() if prev else ""
        if prev_word in lx.NOUN_DETERMINERS and not re.match(r"\s+for\b", masked[m.end() :]):
            continue
        if OWNER_WORD.fullmatch(prev_word) and prev_word.replace("\u2019", "'") not in CONTRACTED_HAS:
            continue  # "Doe's email account", "the group's statement": a noun its owner has, not a verb
        if word in lx.WEAK_VERBS and not re.match(r"\s+(?:for|that|it|him|her|them|the)\b", masked[m.end() :]):
            if not prev or prev_word in lx.NOUN_DETERMINERS or prev_word in NOUN_AFTER:
                continue  # "the statement", "secretary of state": a noun
            if PLURAL_LEAD.search(masked, max(0, m.start() - 60), m.start()):
                continue  # "the two lengthy investigative reports": a plural noun, not a verb
            if re.match(r"\s+to\s+[a-z]+\b(?<!the)", masked[m.end() :]):
                continue  # "Doe will continue to be": a verb that only sometimes means speech, here not
            if prev[-1][:1].isupper() and not prev[-1].endswith("s") and not word.endswith("s"):
                if re.match(r"\s+[a-z]+s\b", masked[m.end() :]):
                    continue  # "GOP state leaders": a noun after a name, before a plural noun
        out.append(m)
    return out


def recipient(masked: str, pos: int, verb: str, mentions: list[Mention]) -> str | None:
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
    who = mention_at(mentions, pos + len(rest) - len(rest.lstrip()))
    if who is not None and who.kind == "name":
        return who.resolved.name
    plain = re.match(rf"\s+(?P<who>(?:the |a |an )?[a-z][\w\u2019'-]*(?: [a-z][\w\u2019'-]*){{0,2}}?){stop}", rest)
    if plain and plain["who"].split()[0] not in ("her", "him", "them", "it", "me", "us", "you"):
        return plain["who"]
    return None

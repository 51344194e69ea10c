"""The speaker a cue after a quotation names: '"…," Doe said', '"…," said Jane Doe', '"…," the Gazette reported',
a source cited later ('according to'), an inverted cue ('"…," he surmised') or an "as" clause ('as Doe suggested')."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.according import ACCORDING, cited
from bot.draft.mentions import Mention, mention_at, named_from
from bot.draft.speechverbs import ADVERBS, PHRASAL_CUE, WORD, recipient, speech_verb_in, speech_verbs
from bot.draft.story import Story

THAT_CLAUSE_VERB = re.compile(r"\b(?:that|which)\s+" + ADVERBS + r"$")  # "that would respond", "which says"
LATER_ACCORDING = re.compile(r",\s+according to\s+")  # '"…" that Roe won, according to the Gazette'
SUBORDINATE = re.compile(r"\b(?:when|after|before|because|while|since|until|that|which|who|where)\s")
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
NEXT_QUOTE = re.compile(r"\s*[,:]\s*[\u201c\"]")  # the cue hands over to a quotation after it
# A name's own medium between it and the verb: "as the Acme Institute website notes:", "the Acme blog said".
MEDIUM_AFTER = re.compile(r"\s+(?:official\s+)?(?:website|web\s+site|site|blog|account|feed|newsletter)\s+" + ADVERBS)
MEDIUM_VERB = re.compile(MEDIUM_AFTER.pattern + r"(?P<verb>[a-z]+)\b")
# "office", "press office", and a writing of the possessor's: '"…," Acme's report said'
BODY_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{lx.BODIES}|{lx.DOCUMENT})\s+" + ADVERBS)
FRAGMENT_LEAD = re.compile(r"[\s\u2014\u2013-]*(?:(?:[Tt]he|[Aa]n?)\s+)?")
# Between an inverted verb and its speaker: role words ("said former mayor Jane Doe"), never the start of a
# clause ("adding that Acme had …": Acme is that clause's subject).
NOUN_OF = re.compile(rf"\s+of\s+(?:the|an?|this|that|{lx.POSSESSIVE}|our)\s")  # "state of the …": a noun
OBJECT_LEAD = re.compile(
    r"\s+(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[\u2019']s\s+)?"  # "opined Cleveland's Plain Dealer"
    # "… deputy manager, Jane Doe" / "said former Ohio Gov. and Guild Chair Jane Doe"
    r"(?:(?!(?:that|whether|if|how|why|when|to|at|in|on|with|by|about|during|after|before)\s)"
    r"(?:[a-z][\w\u2019'-]*|[A-Z][\w.\u2019'-]*|\d+(?:st|nd|rd|th)),?\s+){0,5}"  # "said Air Force 1st Lt. Jane Doe"
)


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


# What makes the next word a noun: a possessive before it ("Acme's report", "its statement")
OWNED_NOUN_BEFORE = re.compile(rf"(?:[\u2019']s|\b(?:{lx.POSSESSIVE}))\s+$")


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
        if OWNED_NOUN_BEFORE.search(masked, pos, verb.start()):
            continue  # '"…," Acme's report said': "report" is the writing, "said" the verb
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
    """'"…," Doe's office said' / 'Acme's campaign told' / 'the Acme Institute's report said': a body the possessor
    heads, or a writing of theirs, speaks for the possessor."""
    owner = next((m for m in before if m.possessive), None)
    if owner is None or masked[pos : owner.start].strip(" ,") not in ("", "the"):
        return None  # only "the" may stand before the possessor ('"…," the Acme Institute's report said')
    owned = re.sub(r"^[\u2019']s", "", masked[owner.end : verb])  # a name's mention ends before its "'s"
    return owner if BODY_AFTER.fullmatch(owned) else None


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

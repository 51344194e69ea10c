"""Where a quotation's cue sits in its sentence, and the mention that speaks there.

The finders read a paragraph's text with its quotations masked (``masked``) and the mentions
:mod:`bot.draft.names` found in it: the speaker right after the closing mark
(``"…," said Jane Doe``), before the quotation (the subject of the nearest speech verb,
``according to X``), an inverted cue (``"…" Doe shot back``), an opening clause of speaking
(``Citing "…," Doe urged``), or words a named person owns (``Doe's suggestion that "…"``). A phrase quoted inside
the clause an earlier verb of saying reports is the reporter's account (``Doe said Roe begged him and "…"``).
:mod:`bot.draft.quotes` decides which of them a quotation gets.
"""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.antecedents import HEARER_VERBS
from bot.draft.documents import unnamed_document
from bot.draft.mentions import Entity, Mention, mention_at, named_from, owns
from bot.draft.namewords import plain
from bot.draft.roles import OWNED_ROLE
from bot.draft.story import Story
from bot.draft.text import QuoteSpan

ADVERBS = (
    r"(?:(?:also|later|then|previously|recently|simply|once|again|quickly|finally|earlier|quietly|flatly|"
    r"bluntly|has|had|have|would|will|had|further|added|repeatedly|only|just|often|even|still|never|"
    r"[a-z]+ly)\s+)*"
)
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
WHAT_X_CALLS = re.compile(
    r"\b(?:what|that|which)\s+(?P<who>(?:[A-Z][\w.\u2019'-]*\s+){0,5}[A-Z][\w.\u2019'-]*|he|she|they|it)\s+"
    + ADVERBS
    + r"(?P<verb>[a-z]+)(?:\s+as)?\s+(?:(?:an?|the)\s+)?[\u201c\"]?$"
)
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
    r"broadside|tirade|jab|swipe|barb|retort|rebuke|rant|screed|outburst)s?"
)
_WHEN = "|".join(sorted(lx.MONTH_WORDS, key=len, reverse=True))
OWNED_WORDS = re.compile(r"\s+(?:(?:[a-z][\w-]*|(?i:" + _WHEN + r"))\s+){0,2}?" + _WORDS + r"\b")  # "Doe's May remark"
OWNED_BY = re.compile(  # "the contention of former governor Doe"
    r"\b(?:the|a)\s+(?:[a-z][\w-]*\s+){0,2}?" + _WORDS + r"\s+(?:of|by|from)\s+(?:[a-z][\w-]*\s+){0,4}$"
)
# An opening clause in which the sentence's subject speaks: "Citing …, Doe said", "In a speech on …, Doe".
SPEAKING_OPENER = re.compile(
    r"\s*(?:(?:Citing|Calling|Describing|Saying|Noting|Arguing|Warning|Insisting|Urging|Praising|Decrying|Quoting|"
    r"Acknowledging|Admitting|Conceding|Claiming|Stressing|Explaining|Asserting|Suggesting)\b|"
    r"In\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}?" + lx.OWN_WORDS + r"\b)"
)
PARENTHETICAL = re.compile(r"\s+" + ADVERBS + r"(?P<verb>[a-z]+),\s")  # "…, he added, …"
NEXT_QUOTE = re.compile(r"\s*[,:]\s*[\u201c\"]")  # the cue hands over to a quotation after it
# "Doe was asked," / "Roe had been told": the subject heard the quotation.
HEARER_CUES = {"asked", "told"}
NOUN_AFTER = {"of", "in", "on", "at", "for", "with", "by", "from", "about", "into"}  # a preposition before a noun
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+" + ADVERBS + r"$")
# "described as a "…"", "described on Acme as a "…"", "said to be "…"": the quotation completes a passive verb,
# or goes on from one that does ('known as "…" or "…"')
_GOES_ON = r"(?:(?:[\u201c\"]|'')\s*(?:[\u201d\"]|''),?\s+(?:that|and|or)\s+(?:(?:an?|the)\s+)?)?"
NAMED_AS = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:(?:(?:on|in|at|by)\s+(?:(?:the|its|his|her|their)\s+)?[\w.'-]+\s+)?as\s+|to\s+be\s+)?(?:(?:an?|the)\s+)?"
    + _GOES_ON
)
KNOWN_AS = re.compile(r"\bknown\s+(?:here\s+|[a-z]+ly\s+)?as\s+(?:(?:an?|the)\s+)?" + _GOES_ON + "$")
# Verbs of two words that hand over to a quotation: '"…," Doe shot back' / 'Doe chimed in: "…"'.
PHRASAL_CUE = re.compile(r"(?:went on|shot back|hit back|fired back|chimed in|cut in|broke in)\b")
# Between a sentence's first name and its verb, an apposition closed by a comma: "Doe (D), a loyal Roe backer, said".
APPOSITION_TO_VERB = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,\s*(?!\s|(?:and|or|but)\s)(?:[^,;:\u201c\u201d\"]|"
    + QUOTED_TITLE
    + r"){1,220}){1,3},\s*"
    + ADVERBS
)
# "His critics, many of them Catholics, argue": the group, not the part of it the apposition names.
MANY_OF_THEM = re.compile(
    r"(?:\s+(?:in|of|at|from)\s+[^,;:\u201c\u201d\"]{1,60})?,\s+(?:many|most|some|all|both|several|one|two|three)\s+of\s+"
    r"them\b[^,;:\u201c\u201d\"]{1,80},\s*" + ADVERBS
)
# "with Doe taking to Twitter to call …": a person after "with", the -ing verb of that clause, and an infinitive
WITH_BEFORE = re.compile(r"\bwith\s+$")
WITH_DOING_TO = re.compile(r"\s+[a-z]+ing\b[^,;:\u201c\u201d\"]{0,60}?\s+to\s+" + ADVERBS)
AFTER_BEFORE = re.compile(r"\b(?:[Aa]fter|[Bb]efore)\s+(?:(?:the|a|an)\s+)?$")
WHO_CLAUSE = re.compile(r"(?:\s*\([^()]{1,40}\))?,\s+(?:who|whose)\b[^,;:\u201c\u201d\"]{1,100},\s*" + ADVERBS)
# "The delegate and longtime activist, who backs Roe, warned": a description's second noun joined by "and" before it
WHO_CLAUSE_JOINED = re.compile(r"\s+and\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*" + WHO_CLAUSE.pattern)
_BODIES = "|".join(sorted(lx.ORG_HEADS, key=len, reverse=True))
BODY_OWNED = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_BODIES})\b")
# A name's own medium between it and the verb: "as the Acme Institute website notes:", "the Acme blog said".
MEDIUM_AFTER = re.compile(r"\s+(?:official\s+)?(?:website|web\s+site|site|blog|account|feed|newsletter)\s+" + ADVERBS)
MEDIUM_VERB = re.compile(MEDIUM_AFTER.pattern + r"(?P<verb>[a-z]+)\b")
BODY_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_BODIES})\s+" + ADVERBS)  # "office", "press office"
# After a quoted fragment that runs on in the sentence ('lamented the "…" state of the campaign and said'), the
# speaker must follow at once: words between belong to the sentence the fragment sits in.
# "according to his longtime physician,": a source described by whose it is.
OWNED_SOURCE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<noun>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)(?=\s*[,.;:]|$)")
# What makes the name right after a speech verb the start of what was said, not its speaker: a verb of its own
# ("say it would", "says the group is"), a possessive, or an -ing word ("described Doe sitting").
CLAUSE_AFTER = re.compile(
    r"[\u2019']s?\b|\s+(?:[a-z]+ly\s+)?(?:would|will|is|was|are|were|has|have|had|could|should|can|may|might|must|"
    r"did|does|do|[a-z]+ing|[a-z]{2,}(?:ed|es))\b"
)
# Where the subject before a verb starts: the sentence, a comma, or a word opening a clause.
CLAUSE_START = re.compile(
    r"(?:^|[,;:\u2014\u201c\u201d\"]|\b(?:and|but|that|which|while|as|when|because|though|why|how))\s+"
)
NOT_SUBJECT = frozenset({"he", "she", "it", "they", "we", "i", "you", "there", "this", "that", "who", "which",
                         "what", "in", "on", "at", "to", "for", "from", "with", "by", "of", "after", "before", "since",
                         "if"})  # fmt: skip
# Between a verb of saying and the subject of the clause it reports: "that", or words with no clause break
# ("said he expected that", "acknowledged that she had misspoken when").
_ADJUNCT = r"(?:after|before|when|while|as|because|since|if|although|though|until|unless|where|whereas|who|which)\b"
REPORTED_CLAUSE = re.compile(
    rf"\s+(?:that\s+[^,;:.!?\u201c\u201d\"]*|(?:(?!{_ADJUNCT})[^\s,;:.!?\u201c\u201d\"]+\s+)*)"
)
# Two clauses joined in one sentence: "…, and Doe said", "…; Doe said", "…, but Doe said".
JOINED_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas|though|although|yet)|;)\s+")
FRAGMENT_LEAD = re.compile(r"[\s\u2014\u2013-]*(?:(?:[Tt]he|[Aa]n?)\s+)?")
PLURAL_LEAD = re.compile(r"\b(?:two|three|four|several|many|some|these|those)\s+(?:[a-z][\w-]*\s+){0,3}$")
# Between an inverted verb and its speaker: role words ("said former mayor Jane Doe"), never the start of a
# clause ("adding that Acme had …": Acme is that clause's subject).
NOUN_OF = re.compile(r"\s+of\s+(?:the|an?|this|that|its|their|his|her|our)\s")  # "state of the …": a noun
OBJECT_LEAD = re.compile(
    r"\s+(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[\u2019']s\s+)?"  # "opined Cleveland's Plain Dealer"
    # "… deputy manager, Jane Doe" / "said former Ohio Gov. and Guild Chair Jane Doe"
    r"(?:(?!(?:that|whether|if|how|why|when|to|at|in|on|with|by|about|during|after|before)\s)"
    r"(?:[a-z][\w\u2019'-]*|[A-Z][\w.\u2019'-]*|\d+(?:st|nd|rd|th)),?\s+){0,5}"  # "said Air Force 1st Lt. Jane Doe"
)


def what_x_calls(masked: str, s_start: int, q_open: int, mentions: list[Mention]) -> Mention | None:
    """'under what Doe called "…," the club charged …': the one who calls it so said the words."""
    cue = WHAT_X_CALLS.search(masked, s_start, q_open)
    if cue is None or cue["verb"] not in lx.SPEECH_VERBS:
        return None
    who = mention_at(mentions, cue.start("who"))
    if who is None or who.end != cue.end("who") or who.possessive:
        return None
    return reporter(masked, s_start, q_open, who, mentions) or who  # 'Doe said that Roe had called it "…"'


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
        if len(between) > 80 or re.search(r"[;:.]", between) or _verbs(masked, end, q_open):
            return None
        if re.fullmatch(r"\s+as\s+(?:(?:an?|the)\s+)?", between):
            return None  # "he played down Doe's comments as "…"": how the subject takes the words, not the words
        that = re.search(r"\bthat\b", between)
        clause = end + that.start() if that else q_open  # names after "that" are inside the words
        return None if any(end <= other.start < clause and not other.prep for other in mentions) else m
    return None


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


def _cited(masked: str, pos: int, mentions: list[Mention], story: Story) -> Mention | None:
    """Who or what "according to" cites at ``pos``: the name there, else a writing that names no one ("according
    to the report"), itself, unnamed."""
    who = named_from(mentions, masked, pos)
    lower = re.match(r"[a-z][\w-]*\s+", masked[pos:]) if who is None else None
    titled = mention_at(mentions, pos + lower.end()) if lower else None
    if titled is not None and titled.kind == "name" and titled.role:
        who = titled  # "according to state attorney Jane Doe": a lower-case word of the title, then the name
    cited = CITED_WRITING.match(masked, pos)
    if who is not None or cited is None:
        return who
    entity = unnamed_document(story, cited[0])
    return Mention(pos, cited.end(), "anon", cited[0], entity=entity) if entity else None


def after_quote(
    masked: str, s_start: int, end: int, s_end: int, mentions: list[Mention], story: Story, handed: bool = True
):
    """The speaker named after the quotation: '"…," Doe said', '"…," said former mayor Jane Doe',
    '"…," the aide, Jane Doe, told …', '"…," Sen. Doe, R-Ohio, said', '"…" that X, said Doe'; the source cited
    later in the sentence when nobody in it is said to speak ('"…" is the aim, according to the Gazette')."""
    stop = masked.find("\u201c", end, s_end)
    stop = s_end if stop < 0 else stop
    # a few quoted words inside the speaker's apposition ('"…," Doe, wearing "Vote Roe" pins, said') do not end it
    while stop < s_end and not speech_verb_in(masked, end, stop) and (title := TITLE_IN_TAIL.match(masked, stop)):
        after_title = masked.find("\u201c", title.end(), s_end)
        stop = s_end if after_title < 0 else after_title
    tail = masked[end:stop]
    leading = re.match(r"[\s,\u2014\u2013-]*", tail)
    lead = leading.end() if leading else 0
    pos = end + lead
    according = ACCORDING.match(tail[lead:])
    if according:
        who = _cited(masked, pos + according.end(), mentions, story)
        return (who, None) if who is not None else None
    later = LATER_ACCORDING.search(tail)
    if later and speech_verb_in(masked, s_start, end + later.start()):
        later = None  # '"…," Doe said, according to the Gazette': Doe's words, which the Gazette reports
    who = _cited(masked, end + later.end(), mentions, story) if later else None
    if who is not None:
        return who, None
    for verb in WORD.finditer(masked, pos, stop):
        word = verb.group()
        if word not in lx.SPEECH_VERBS or verb.start() - pos > 240:  # a long apposition may stand between
            continue
        if any(m.start < verb.start() < m.end for m in mentions):
            continue  # a word of a name or its role ("the president of the state union")
        if THAT_CLAUSE_VERB.search(masked, pos, verb.start()):
            continue  # '"…" that would respond to requests, Doe wrote': the verb of a relative clause, not the cue
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
        if (
            (between.strip() == "" or between.rstrip().endswith(","))
            and not word.endswith("ing")
            and not (NOUN_OF.match(masked, verb.end()) and not re.search(r"(?:ed|s|said|told|wrote)$", word))
        ):
            # '"…," said Doe'; not '"…," calling Doe a liar', whose name after the verb is the one spoken of, nor
            # 'the "sorry" state of the union', whose verb is a noun
            who = next(
                (m for m in mentions if m.start >= verb.end() and m.start - verb.end() <= 60 and not m.possessive),
                None,
            )
            if who is not None and OBJECT_LEAD.fullmatch(masked[verb.end() : who.start]):
                apposed = _apposed_name(who, mentions, masked, len(masked))
                return apposed, _recipient(masked, who.end, word, mentions)
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
            return last, _recipient(masked, verb.end(), word, mentions)
        return None
    return None


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


def participle_after(masked: str, s_start: int, q_open: int, end: int, mentions: list[Mention]) -> Mention | None:
    """'Acme did not want to address "…," telling reporters …': a speech verb in -ing right after the
    quotation is said by the subject of the sentence the quotation sits in."""
    verb = re.match(r"[\s,]*" + ADVERBS + r"([a-z]+ing)\b", masked[end:])
    if verb is None or verb[1] not in lx.SPEECH_VERBS:
        return None
    return _first_subject([m for m in mentions if s_start <= m.start and m.end <= q_open], masked, s_start)


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
        if prev and m.group()[0].isupper() and re.match(r" [A-Z][a-z]", masked[m.end() :]):
            continue  # "Doe of Counter Point": a capitalised run inside a sentence is a name, not a verb
        if AS_ASIDE.search(masked, max(start, m.start() - 60), m.start()) and ASIDE_THEN_CLAUSE.match(masked, m.end()):
            continue  # "he has no small hands - as Roe has said - and he can "…"": the aside is about what precedes
        prev_word = prev[-1].lower() if prev else ""
        if prev_word in lx.NOUN_DETERMINERS and not re.match(r"\s+for\b", masked[m.end() :]):
            continue
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


WHO_CLAUSE_VERB = re.compile(r"\b(?:who|which)\s+(?:[a-z]+\s+){0,2}$")  # a verb in a relative clause


def before_quote(masked: str, s_start: int, q_open: int, mentions: list[Mention], story: Story):
    head_mentions = [m for m in mentions if s_start <= m.start and m.end <= q_open]
    according = list(re.finditer(r"\baccording to\s+", masked[s_start:q_open], re.I))
    verbs = _verbs(masked, s_start, q_open)
    while (
        len(verbs) > 1
        and ":" in masked[verbs[-1].end() : q_open]
        and WHO_CLAUSE_VERB.search(masked, s_start, verbs[-1].start())
    ):
        verbs.pop()  # "Doe tweeted at Roe, pointing to a candidate who promised deportations: "…"": Doe's words
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    if opening and any(v.start() >= opening.end() for v in verbs):
        verbs = [v for v in verbs if v.start() >= opening.end()]  # "When asked …, Doe said": not "asked"
    # "Doe was asked, "…"" / "what has been described as a "…"": the verb's subject heard the words or is what
    # they describe; whoever said them is named after "by", if at all
    last = verbs[-1].group().lower() if verbs else ""
    naming = re.fullmatch(r"said|\w+ed", last) and NAMED_AS.fullmatch(masked, verbs[-1].end(), q_open)
    passive = (last in HEARER_CUES or bool(naming)) and PASSIVE.search(masked, s_start, verbs[-1].start()) is not None
    if according and (not verbs or passive or according[-1].start() + s_start > verbs[-1].start()):
        cue = ACCORDING.match(masked, s_start + according[-1].start())
        pos = cue.end() if cue else s_start + according[-1].end()
        who = _cited(masked, pos, mentions, story)
        owned = OWNED_SOURCE.match(masked, pos)
        if owned and (who is None or who.end <= owned.start("noun")):
            # "According to his personal physician, …": someone of his, unnamed, not the man himself
            entity = story.cast.anonymous(owned["noun"], owned["noun"].split()[-1])
            who = Mention(owned.start("noun"), owned.end(), "anon", owned["noun"], entity=entity)
        if who is not None:
            return who, None
    if KNOWN_AS.search(masked, s_start, q_open):
        return None, None  # "a genre known as "…"": a name nobody in the sentence is said to use
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
        pair = _first_of_pair(masked, s_start, last, head_mentions)
        if pair is not None and masked[last.end : q_open].strip() == ":":
            # "- Jane Doe and John Roe: "…"": a digest's byline of two, the first named speaks for both
            last, lead = pair, masked[s_start : pair.start].rstrip()
        inverted = bool(verbs) and verbs[-1].end() == len(lead) + s_start and verbs[-1].group() not in HEARER_VERBS
        if lead.endswith((":", "\u2014", "-")) or lead == "" or inverted:
            return last, None
    if not verbs:
        return None
    verb = verbs[-1]
    if passive:
        # 'Doe was asked, "…?"': Doe heard the words; whoever asked them is named after "by", if at all.
        by = re.match(r"\s+by\s+", masked[verb.end() :])
        agent = named_from(mentions, masked, verb.end() + by.end()) if by else None
        return agent, None
    subject = (
        _caused_to(masked, s_start, verb, head_mentions, story)
        or _relative_subject(masked, s_start, verb, head_mentions)
        or _subject(masked, s_start, verb, verbs[:-1], head_mentions)
    )
    if subject is None:
        return None
    if subject.possessive and subject.start < verb.start():
        subject = _subject_before_object(masked, s_start, subject, verb, head_mentions, story) or subject
    if subject.start >= verb.end() and _object_after(masked, verb, subject):
        # "The board released a statement Friday saying Doe's plan …": the subject of the verb the -ing form goes with
        first = FIRST_VERB.search(masked, s_start, verb.start()) if verb.group().endswith("ing") else None
        subject = (
            _lead_noun(masked, s_start, verb, head_mentions, story)
            or (_lead_noun(masked, s_start, first, head_mentions, story) if first else None)
            or subject
        )
    outer = reporter(masked, s_start, q_open, subject, head_mentions)
    if outer is not None:
        return outer, None
    if verb.group().lower().startswith("report") and _is_outlet(subject.resolved, story):
        that = re.search(r"\bthat\s+", masked[verb.end() : q_open])
        if that:
            inner = [m for m in head_mentions if m.start >= verb.end() + that.end() and not m.prep]
            if inner:
                return inner[0], None
        # '"…," Doe told the Times, the Times reported' is Doe's; the outlet's own words are its report's.
        return (subject, None) if that and not any(m.start > verb.end() for m in head_mentions) else None
    return subject, _recipient(masked, verb.end(), verb.group(), mentions)


def reporter(masked: str, s_start: int, q_open: int, subject: Mention, mentions: list[Mention]) -> Mention | None:
    """Whoever reports the clause a quoted phrase is part of: in 'Doe said Roe begged him and "…"' or 'Doe said he
    expected that voters will say "…"' the words are Doe's account, not Roe's or the voters'; a quotation handed
    over with a comma or a colon ('Doe said Roe told her, "…"') stays the inner speaker's."""
    inner = _verbs(masked, subject.end, q_open)
    if not inner or re.search(r"[,:]\s*$", masked[inner[0].end() : q_open]):
        return None
    verb = inner[0]
    found = None
    while re.fullmatch(r"\s+(?:[a-z]+\s+){0,3}", masked[subject.end : verb.start()]):  # "Roe had begged"
        earlier = _verbs(masked, s_start, subject.start)
        if not earlier or not REPORTED_CLAUSE.fullmatch(masked, earlier[-1].end(), subject.start):
            break
        verb = earlier[-1]
        if PASSIVE.search(masked, s_start, verb.start()):
            break  # "Doe was told Roe had said": Doe heard it
        outer = _subject(masked, s_start, verb, earlier[:-1], mentions)
        if outer is None or outer.start >= verb.start():
            break
        found = subject = outer
    return found


def _object_after(masked: str, verb: re.Match, after: Mention) -> bool:
    """The mention right after a speech verb is what was said or whom it was said of, not an inverted
    speaker: 'critics say he had', 'the source says the group is', 'Doe told Roe later', 'described Roe sitting'."""
    if after.kind == "pronoun" or after.possessive or verb.group().lower() in HEARER_VERBS:
        return True
    return CLAUSE_AFTER.match(masked, after.end) is not None


def _lead_noun(masked: str, s_start: int, verb: re.Match, mentions: list[Mention], story: Story) -> Mention | None:
    """The common noun that is the verb's subject when no name is ("Critics say", "Leaders of the group have
    said", "About four in 10 said"): it speaks, unnamed."""
    lead = re.sub(ADVERBS + r"$", "", masked[s_start : verb.start()])
    lead = re.sub(r",\s*(?:however|though|too),?\s*$", " ", lead)
    starts = [m.end() for m in CLAUSE_START.finditer(lead)]
    at = starts[-1] if starts else 0
    words = lead[at:].split()
    if not 1 <= len(words) <= 7 or words[0].lower() in NOT_SUBJECT or words[-1].lower() in NOT_SUBJECT:
        return None
    if any(m.end > s_start + at and m.start < verb.start() and not m.prep for m in mentions):
        return None
    text = " ".join(words)
    lead_words = re.split(r"\s+(?:of|for|in|on|familiar|close|with|at|from|who)\b", text)[0].split()
    lower = lead_words[1:] if at == 0 else lead_words  # a sentence's first word may be capitalised
    if words[0].endswith("ing") or any(not re.fullmatch(r"[a-z][a-z-]*|\d+", w) for w in lower):
        return None  # "Reading from a text", "Chairman Jane Doe of Ohio": no common noun
    if story.cast.lookup(words[0]) is not None or re.search(r"\b[A-Z]\.\s*$", masked[: s_start + at]):
        return None  # "Doe of Ohio said", "Jane Q. Doe said": a name, though not found as one here
    head = lead_words[-1].lower()
    name = plain(text[0].lower() + text[1:] if words[0][1:].islower() else text)
    plural = head.endswith("s") and not head.endswith("ss")
    kind = "organisation" if head in lx.ORG_HEADS else "person"
    entity = story.cast.anonymous(name, head[:-1] if plural else head, plural=plural, kind=kind)
    start = s_start + at + len(lead[at:]) - len(lead[at:].lstrip())
    return Mention(start, s_start + len(lead.rstrip()), "anon", text, entity=entity)


def _first_of_pair(masked: str, s_start: int, last: Mention, mentions: list[Mention]) -> Mention | None:
    """The first of two names joined by "and" that end a line's lead-in ("Jane Doe and John Roe")."""
    before = [m for m in mentions if m.end <= last.start and m.kind == "name" and not m.possessive]
    if not before or not re.fullmatch(r"\s+and\s+", masked[before[-1].end : last.start]):
        return None
    lead = masked[s_start : before[-1].start].rstrip()
    return before[-1] if lead == "" or lead.endswith((":", "\u2014", "-")) else None


# A verb that makes someone do what follows, then that someone and "to": "prompting Acme aides to reply that"
CAUSED_TO = re.compile(
    r"\b(?:lead|leads|leading|led|prompt|prompts|prompting|prompted|cause|causes|causing|caused|force|forces|"
    r"forcing|forced|spur|spurs|spurring|spurred|drive|drives|driving|drove)\s+"
    r"(?P<who>[^,;:\u201c\u201d\"]{1,80}?)\s+to\s+" + ADVERBS + r"$"
)


def _caused_to(masked: str, s_start: int, verb: re.Match, mentions: list[Mention], story: Story) -> Mention | None:
    """The one a verb of causing makes speak ("…, leading Acme economists like Jane Doe to counter that"): the
    subject of the infinitive is that verb's object, a name ("prompting Doe to reply") or, unnamed, the noun
    phrase."""
    caused = CAUSED_TO.search(masked, s_start, verb.start())
    if caused is None:
        return None
    start, end = caused.span("who")
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    head = re.split(r"\s+(?:like|of|for|from|at|in|with|such as|including)\s+", caused["who"])[0]
    named = next((m for m in inside if m.end == start + len(head) and not m.possessive), None)
    if named is not None:
        return named  # "prompting Jane Doe to reply"
    words = head.split()
    if not words or not re.fullmatch(r"[a-z][a-z-]*", words[-1]) or words[-1] in NOT_SUBJECT:
        return None
    if words[0].lower() in ("him", "her", "them", "it", "us", "me", "his", "its", "their"):
        return None
    noun = words[-1]
    plural = noun.endswith("s") and not noun.endswith("ss")
    name = plain(re.sub(r"^(?:the|a|an)\s+", "", head, flags=re.I))
    kind = "organisation" if noun in lx.ORG_HEADS else "person"
    entity = story.cast.anonymous(name, noun[:-1] if plural else noun, plural=plural, kind=kind)
    return Mention(start, start + len(head), "anon", head, entity=entity)


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
        # "He mocked them as they answered questions and assured the crowd": "and" goes on from the main clause, not
        # from the verb of an adverbial clause ("as they answered") that opened after the last comma before it
        earlier = [v for v in earlier if not _in_adverbial(masked, s_start, v.start(), verb.start())]
        if earlier:
            own = _clause_opener(masked, earlier[-1].end(), verb.start(), mentions)
            if own is not None:
                return own  # "Roe called for a boycott, and the Acme League denounced it and said": the League
            return _subject(masked, s_start, earlier[-1], earlier[:-1], mentions)
        return _first_subject([m for m in mentions if m.end <= verb.start()], masked, s_start)
    before = [m for m in mentions if m.end <= verb.start()]
    for m in reversed(before):  # "…, with Doe taking to Twitter to call Roe "…"": Doe, who goes on to speak
        if (
            not m.possessive
            and WITH_BEFORE.search(masked, max(s_start, m.start - 40), m.start)
            and WITH_DOING_TO.fullmatch(masked, m.end, verb.start())
        ):
            return m
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
    plain = [m for m in before if not m.prep and not m.possessive and not owns(masked, m)]
    plain = [m for m in plain if not _ends_description(masked, m, before)]
    adjacent = [
        m
        for m in plain
        if SUBJECT_TAIL.fullmatch(masked[m.end : verb.start()]) or MEDIUM_AFTER.fullmatch(masked[m.end : verb.start()])
    ]
    if adjacent:
        # "Sen. Jane Doe (D-Mo.), who has endorsed Roe, said": Roe is inside Doe's clause; so is Roe in
        # "Doe, wearing a scarf with Roe's name on it, said" and "Doe (D), a loyal Roe backer, said".
        owner = next(
            (
                m
                for m in plain
                if WHO_CLAUSE.fullmatch(masked[m.end : verb.start()])
                or (m.kind == "anaphor" and WHO_CLAUSE_JOINED.fullmatch(masked[m.end : verb.start()]))
            ),
            None,
        )
        owner = owner or next((m for m in plain if MANY_OF_THEM.fullmatch(masked[m.end : verb.start()])), None)
        owner = owner or _apposed_subject(plain, masked, s_start, verb.start())
        return owner if owner is not None and owner.start < adjacent[-1].start else adjacent[-1]
    joins = [j.end() for j in JOINED_CLAUSE.finditer(masked, s_start, verb.start())]
    opener = next((m for m in plain if joins and m.start == joins[-1]), None)
    if opener is not None:
        # "When Roe testified …, and Sen. Jane Doe kept asking her why …": the subject opening the verb's clause
        return opener
    if plain:
        return _first_subject(plain, masked, s_start)
    if any(m.possessive for m in before):
        return _body_owner(before, masked) or next(m for m in reversed(before) if m.possessive)
    after = next((m for m in mentions if m.start >= verb.end() and m.start - verb.end() <= 2), None)
    return after


# A verb right after a clause's subject: "denounced", "has warned", "strongly objected", "said"
CLAUSE_VERB = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+" + ADVERBS + r"(?:[a-z]+ed|said|says|told|tells|wrote|writes)\b")


def _in_adverbial(masked: str, s_start: int, pos: int, stop: int) -> bool:
    """The verb at ``pos`` is in an adverbial clause ("as they answered", "when Doe said") opened since the last
    comma, and no comma closes that clause before ``stop``."""
    comma = masked.rfind(",", s_start, pos)
    lead = masked[max(s_start, comma + 1) : pos]
    return ADVERBIAL.search(lead) is not None and "," not in masked[pos:stop]


ADVERBIAL = re.compile(r"\b(?:as|when|while|because|after|before|since|until|whenever)\s+(?!if\b)\S")


def _clause_opener(masked: str, start: int, stop: int, mentions: list[Mention]) -> Mention | None:
    """The subject of the last clause joined between ``start`` and ``stop`` (", and Doe denounced …", "; the
    civil rights group the Acme League has warned …"): the first name, description or "he"/"she" after the join,
    with no comma before it, that a verb follows. A verb later in that clause shares its subject, not the subject of
    the verb before the join."""
    joins = [j.end() for j in JOINED_CLAUSE.finditer(masked, start, stop)]
    if not joins:
        return None
    for m in mentions:
        if m.start < joins[-1] or m.end > stop or "," in masked[joins[-1] : m.start]:
            continue
        if m.prep or m.possessive or (m.kind == "pronoun" and m.text not in ("he", "she")):
            continue
        if CLAUSE_VERB.match(masked, m.end):
            return m
    return None


def _ends_description(masked: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A name right after a description that ends in a prepositional phrase, with no comma between ("a columnist
    for the news site Acme said"): it names the preposition's object, and the description is the subject."""
    if mention.kind != "name":
        return False
    before = next((m for m in reversed(mentions) if m.end <= mention.start), None)
    return (
        before is not None
        and before.kind in ("anon", "anaphor")
        and re.fullmatch(r"\s+", masked[before.end : mention.start]) is not None
        and re.search(r"\s(?:for|of|at|from|with|in|on)\s", before.text) is not None
    )


# The first verb of a sentence, where its subject ends: "Engineers have …", "The board voted …"
FIRST_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|could|can|[a-z]{3,}ed)\b")
# What may stand before a possessive that is a clause's subject: determiners, titles and names ("The Acme
# Party's", "Sen. Jane Doe's"), never a verb ("discounted Doe's claims")
_POSSESSOR_LEAD = re.compile(
    r"[\s\u2014\u2013(-]*(?:(?:and|but)\s+)?(?:(?:[Tt]he|[Aa]n?|[Ff]ormer|[A-Z][\w.\u2019'-]*)\s+){0,4}"
)


def _subject_before_object(
    masked: str, s_start: int, owner: Mention, verb: re.Match, mentions: list[Mention], story: Story
) -> Mention | None:
    """The common noun that opens the main clause when the possessive taken for the subject owns the object of its
    first verb: in "Engineers have discounted Doe's claims, but have said …" the engineers speak, unnamed. A
    possessive that leads its clause ("Doe's aides said"), sits in an opening clause or owns the words ("Doe's pledge
    to be "…"") stays."""
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    start = opening.end() if opening else s_start
    if owner.start < start or _leads_clause(masked, s_start, owner):
        return None
    owned = OWNED_WORDS.match(masked, owner.end)
    if owned is not None and owned.end() >= verb.end():
        return None  # "go beyond Doe's pledge to be "…"": the word taken for a verb is the words Doe owns
    first = FIRST_VERB.search(masked, start, owner.start)
    return _lead_noun(masked, start, first, mentions, story) if first else None


def _leads_clause(masked: str, s_start: int, mention: Mention) -> bool:
    """Nothing but determiners, titles and names stands between the mention and the start of its sentence, of an
    opening clause or of a part set off by a comma, a dash or a bracket ("(On Monday, Doe's aides")."""
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    starts = [opening.end() if opening else s_start]
    starts += [j.end() for j in re.finditer(r"[,;(\u2014]\s*", masked[: mention.start]) if j.end() > s_start]
    return bool(_POSSESSOR_LEAD.fullmatch(masked, max(starts), mention.start))


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


def _first_subject(mentions: list[Mention], masked: str, s_start: int) -> Mention | None:
    """The sentence's subject among names before the verb: the first person after an opening clause
    ("When asked whom she backed, Doe smiled and said …", "Speaking in Salem, Ohio, Doe called …"),
    else the first person, else the first name."""
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    start = opening.end() if opening else s_start
    lead = next((m for m in mentions if m.start >= start), None)
    if lead is not None and lead.possessive and lead.kind == "name" and OWNED_ROLE.match(masked, lead.end):
        if re.fullmatch(r"\s*", masked[start : lead.start]):
            return lead  # "Doe's spokeswoman rallied supporters, saying …": the spokeswoman, read from Doe's
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
    who = mention_at(mentions, pos + len(rest) - len(rest.lstrip()))
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

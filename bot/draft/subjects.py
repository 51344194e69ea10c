"""Who speaks a quotation from before it: the subject of the nearest verb of saying in its sentence (past asides,
opening clauses, appositions and clauses the verb does not govern), one a report names ("Roe said Doe told
him"), what someone calls a thing ("what Doe calls a "…""), and the subject of a participle after it. The subject
of a verb is `verbsubjects`' to read (with `subjectbefore` and `clausesubjects`).
"""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.according import ACCORDING, cited, described_source
from bot.draft.mentions import Entity, Mention, mention_at, named_from
from bot.draft.speechties import HEARER_VERBS
from bot.draft.speechverbs import ADVERBS, recipient, speech_verbs
from bot.draft.story import Story
from bot.draft.subjectbefore import first_subject, subject_before
from bot.draft.verbsubjects import verb_subject

WHAT_X_CALLS = re.compile(
    r"\b(?:what|that|which)\s+(?P<who>(?:[A-Z][\w.\u2019'-]*\s+){0,5}[A-Z][\w.\u2019'-]*|he|she|they|it)\s+"
    + ADVERBS
    + r"(?P<verb>[a-z]+)(?:\s+as)?\s+(?:(?:an?|the)\s+)?[\u201c\"]?$"
)
PARENTHETICAL = re.compile(r"\s+" + ADVERBS + r"(?P<verb>[a-z]+),\s")  # "…, he added, …"
# "Doe was asked," / "Roe had been told": the subject heard the quotation.
HEARER_CUES = {"asked", "told"}
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+" + ADVERBS + r"$")
# "the inquiry — often labeled as a "…" by critics —": a participle set off by a dash or comma, then "as", is passive
REDUCED_PASSIVE = re.compile(r"(?:,|\s[\u2014\u2013-]+)\s+" + ADVERBS + r"$")
# "described as a "…"", "described on Acme as a "…"", "said to be "…"": the quotation completes a passive verb,
# or goes on from one that does ('known as "…" or "…"')
_GOES_ON = r"(?:(?:[\u201c\"]|'')\s*(?:[\u201d\"]|''),?\s+(?:that|and|or)\s+(?:(?:an?|the)\s+)?)?"
NAMED_AS = re.compile(
    rf"\s+(?:[a-z]+ly\s+)?(?:(?:(?:on|in|at|by)\s+(?:(?:the|{lx.POSSESSIVE})\s+)?[\w.'-]+\s+)?as\s+|to\s+be\s+)?(?:(?:an?|the)\s+)?"
    + _GOES_ON
)
KNOWN_AS = re.compile(r"\bknown\s+(?:here\s+|[a-z]+ly\s+)?as\s+(?:(?:an?|the)\s+)?" + _GOES_ON + "$")
# "according to his longtime physician,": a source described by whose it is.
OWNED_SOURCE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<noun>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)(?=\s*[,.;:]|$)")
# Between a verb of saying and the subject of the clause it reports: "that", or words with no clause break
# ("said he expected that", "acknowledged that she had misspoken when").
_ADJUNCT = r"(?:after|before|when|while|as|because|since|if|although|though|until|unless|where|whereas|who|which)\b"
REPORTED_CLAUSE = re.compile(
    rf"\s+(?:that\s+[^,;:.!?\u201c\u201d\"]*|(?:(?!{_ADJUNCT})[^\s,;:.!?\u201c\u201d\"]+\s+)*)"
)
# "Doe was ousted", "Doe had been fired": a subject that undergoes what its clause tells, doing nothing.
UNDERGOES = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:was|were|is|are|been|being)\s+" + ADVERBS + r"[a-z]+(?:ed|en)\b"
)
WHO_CLAUSE_VERB = re.compile(r"\b(?:who|which)\s+(?:[a-z]+\s+){0,2}$")  # a verb in a relative clause


def what_x_calls(masked: str, s_start: int, q_open: int, mentions: list[Mention]) -> Mention | None:
    """'under what Doe called "…," the club charged …': the one who calls it so said the words."""
    cue = WHAT_X_CALLS.search(masked, s_start, q_open)
    if cue is None or cue["verb"] not in lx.SPEECH_VERBS:
        return None
    who = mention_at(mentions, cue.start("who"))
    if who is None or who.end != cue.end("who") or who.possessive:
        return None
    return reporter(masked, s_start, q_open, who, mentions) or who  # 'Doe said that Roe had called it "…"'


def participle_after(masked: str, s_start: int, q_open: int, end: int, mentions: list[Mention]) -> Mention | None:
    """'Acme did not want to address "…," telling reporters …': a speech verb in -ing right after the
    quotation is said by the subject of the sentence the quotation sits in."""
    verb = re.match(r"[\s,]*" + ADVERBS + r"([a-z]+ing)\b", masked[end:])
    if verb is None or verb[1] not in lx.SPEECH_VERBS:
        return None
    return first_subject([m for m in mentions if s_start <= m.start and m.end <= q_open], masked, s_start)


def before_quote(masked: str, s_start: int, q_open: int, mentions: list[Mention], story: Story):
    """Who speaks the quotation opening at ``q_open``, read before it in its sentence, and whom they speak to:
    (speaker, hearer), (None, None) when the sentence says nobody in it speaks (a name it is known as), or None
    when it has no cue."""
    head_mentions = [m for m in mentions if s_start <= m.start and m.end <= q_open]
    verbs = _governing_verbs(masked, s_start, q_open)
    passive = _heard_or_named(masked, s_start, q_open, verbs)
    source = _according_source(masked, s_start, q_open, verbs, passive, mentions, story)
    if source is not None:
        return source, None
    if KNOWN_AS.search(masked, s_start, q_open):
        return None, None  # "a genre known as "…"": a name nobody in the sentence is said to use
    named = _aside_speaker(masked, s_start, head_mentions) or _named_at_mark(
        masked, s_start, q_open, verbs, head_mentions
    )
    if named is not None:
        return named, None
    if not verbs:
        return None
    verb = verbs[-1]
    if passive:
        # 'Doe was asked, "…?"': Doe heard the words; whoever asked them is named after "by", if at all.
        by = re.match(r"\s+by\s+", masked[verb.end() :])
        agent = named_from(mentions, masked, verb.end() + by.end()) if by else None
        return agent, None
    subject = verb_subject(masked, s_start, verb, verbs[:-1], head_mentions, story)
    if subject is None:
        opened = _opening_source(masked, s_start, q_open, mentions, story)
        return (opened, None) if opened is not None else None
    outer = reporter(masked, s_start, q_open, subject, head_mentions)
    if outer is not None:
        return outer, None
    if verb.group().lower().startswith("report") and _is_outlet(subject.resolved, story):
        reported = _outlet_report(masked, q_open, verb, subject, head_mentions)
        return (reported, None) if reported is not None else None
    return subject, recipient(masked, verb.end(), verb.group(), mentions)


def _governing_verbs(masked: str, s_start: int, q_open: int) -> list[re.Match]:
    """The verbs of saying before the quotation that may govern it: not one in a relative clause the words after a
    colon do not belong to, nor one in an opening clause when the main clause has its own."""
    verbs = speech_verbs(masked, s_start, q_open)
    while (
        len(verbs) > 1
        and ":" in masked[verbs[-1].end() : q_open]
        and WHO_CLAUSE_VERB.search(masked, s_start, verbs[-1].start())
    ):
        verbs.pop()  # "Doe tweeted at Roe, pointing to a candidate who promised deportations: "…"": Doe's words
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    if opening and any(v.start() >= opening.end() for v in verbs):
        verbs = [v for v in verbs if v.start() >= opening.end()]  # "When asked …, Doe said": not "asked"
    return verbs


def _heard_or_named(masked: str, s_start: int, q_open: int, verbs: list[re.Match]) -> bool:
    """ "Doe was asked, "…"" / "what has been described as a "…"": the last verb is passive, and its subject heard
    the words or is what they describe; whoever said them is named after "by", if at all."""
    last = verbs[-1].group().lower() if verbs else ""
    naming = re.fullmatch(r"said|\w+ed", last) and NAMED_AS.fullmatch(masked, verbs[-1].end(), q_open)
    if not (last in HEARER_CUES or naming):
        return False
    at = verbs[-1].start()
    reduced = REDUCED_PASSIVE.search(masked, s_start, at) and re.match(r"\s+as\s", masked[verbs[-1].end() :])
    return PASSIVE.search(masked, s_start, at) is not None or bool(reduced)


def _according_source(
    masked: str,
    s_start: int,
    q_open: int,
    verbs: list[re.Match],
    passive: bool,
    mentions: list[Mention],
    story: Story,
) -> Mention | None:
    """The source "according to" names, when no verb of saying after it (or only a passive one) governs the
    quotation: a mention, or someone of a person's, unnamed ("according to his personal physician")."""
    according = list(re.finditer(r"\baccording to\s+", masked[s_start:q_open], re.I))
    if not according or not (not verbs or passive or according[-1].start() + s_start > verbs[-1].start()):
        return None
    cue = ACCORDING.match(masked, s_start + according[-1].start())
    pos = cue.end() if cue else s_start + according[-1].end()
    who = cited(masked, pos, mentions, story)
    owned = OWNED_SOURCE.match(masked, pos)
    if owned and (who is None or who.end <= owned.start("noun")):
        # "According to his personal physician, …": someone of his, unnamed, not the man himself
        entity = story.cast.anonymous(owned["noun"], owned["noun"].split()[-1])
        who = Mention(owned.start("noun"), owned.end(), "anon", owned["noun"], entity=entity)
    return who


def _opening_source(masked: str, s_start: int, q_open: int, mentions: list[Mention], story: Story) -> Mention | None:
    """'According to the exit polls in Salem, 24% put a priority on "…"': the source the sentence opens by citing,
    when its verb has no subject who speaks; the one named there, else what it describes as written (a poll is
    nobody's writing)."""
    opening = re.match(r"\s*According to\s+", masked[s_start:q_open])
    if opening is None:
        return None
    pos = s_start + opening.end()
    return named_from(mentions, masked, pos) or described_source(masked, pos, story)


def _aside_speaker(masked: str, s_start: int, head_mentions: list[Mention]) -> Mention | None:
    """'Proposals from Roe, he added, amount to "…"' / 'Acme, Doe said, called it "…"': a cue set off by commas
    in the middle of the sentence attributes all of it."""
    for m in head_mentions:
        aside = PARENTHETICAL.match(masked, m.end)
        if aside and aside["verb"] in lx.SPEECH_VERBS and re.search(r",\s*$", masked[s_start : m.start]):
            if m.kind in ("name", "pronoun", "anaphor") and not m.possessive and not m.prep:
                return m
    return None


def _named_at_mark(
    masked: str, s_start: int, q_open: int, verbs: list[re.Match], head_mentions: list[Mention]
) -> Mention | None:
    """'Jane Doe: "…"' and 'explained Jane Doe, "…"': the name right before the quotation's colon or comma, when
    it opens the line or follows its verb."""
    last = next((m for m in reversed(head_mentions) if not m.possessive and m.kind == "name"), None)
    if last is None or not re.fullmatch(r"\s*[:,]\s*", masked[last.end : q_open]):
        return None
    lead = masked[s_start : last.start].rstrip()
    pair = _first_of_pair(masked, s_start, last, head_mentions)
    if pair is not None and masked[last.end : q_open].strip() == ":":
        # "- Jane Doe and John Roe: "…"": a digest's byline of two, the first named speaks for both
        last, lead = pair, masked[s_start : pair.start].rstrip()
    inverted = bool(verbs) and verbs[-1].end() == len(lead) + s_start and verbs[-1].group() not in HEARER_VERBS
    return last if lead.endswith((":", "\u2014", "-")) or lead == "" or inverted else None


def _outlet_report(
    masked: str, q_open: int, verb: re.Match, outlet: Mention, head_mentions: list[Mention]
) -> Mention | None:
    """Whose words an outlet reports: the subject of its that-clause ('the Times reported that Acme gave them
    leave "…"'), unless that subject only undergoes what the clause tells and no verb of saying there is theirs
    ('the Times reported that Doe was ousted "…"'); the outlet's own then, or when nothing is named after "reported
    that"; else None ('"…," Doe told the Times, the Times reported' is left to the cue after it)."""
    that = re.search(r"\bthat\s+", masked[verb.end() : q_open])
    if that is None:
        return None
    inner = [m for m in head_mentions if m.start >= verb.end() + that.end() and not m.prep]
    if not inner:
        return outlet
    undergoes = UNDERGOES.match(masked, inner[0].end) and not speech_verbs(masked, inner[0].end, q_open)
    return outlet if undergoes else inner[0]


def reporter(masked: str, s_start: int, q_open: int, subject: Mention, mentions: list[Mention]) -> Mention | None:
    """Whoever reports the clause a quoted phrase is part of: in 'Doe said Roe begged him and "…"' or 'Doe said he
    expected that voters will say "…"' the words are Doe's account, not Roe's or the voters'; a quotation handed
    over with a comma or a colon ('Doe said Roe told her, "…"') stays the inner speaker's."""
    inner = speech_verbs(masked, subject.end, q_open)
    if not inner or re.search(r"[,:]\s*$", masked[inner[0].end() : q_open]):
        return None
    verb = inner[0]
    found = None
    while re.fullmatch(r"\s+(?:[a-z]+\s+){0,3}", masked[subject.end : verb.start()]):  # "Roe had begged"
        earlier = speech_verbs(masked, s_start, subject.start)
        if not earlier or not REPORTED_CLAUSE.fullmatch(masked, earlier[-1].end(), subject.start):
            break
        if _joined_clause(masked, earlier[-1].end(), subject, mentions):
            break  # "the Gazette will call you a liar and the Times will accuse you of a "…"": the Times's own
        verb = earlier[-1]
        if PASSIVE.search(masked, s_start, verb.start()):
            break  # "Doe was told Roe had said": Doe heard it
        outer = subject_before(masked, s_start, verb, earlier[:-1], mentions)
        if outer is None or outer.start >= verb.start():
            break
        found = subject = outer
    return found


def _joined_clause(masked: str, start: int, subject: Mention, mentions: list[Mention]) -> bool:
    """The subject opens a clause joined by "and" to the one the verb before it governs, no name between that verb
    and the "and" ("call you a liar and the Times will …"): not a clause the verb reports."""
    gap = masked[start : subject.start]
    return re.search(r"\s\S+\s+and\s+(?:the\s+)?$", gap) is not None and not any(
        start <= m.start < subject.start for m in mentions
    )


def _first_of_pair(masked: str, s_start: int, last: Mention, mentions: list[Mention]) -> Mention | None:
    """The first of two names joined by "and" that end a line's lead-in ("Jane Doe and John Roe")."""
    before = [m for m in mentions if m.end <= last.start and m.kind == "name" and not m.possessive]
    if not before or not re.fullmatch(r"\s+and\s+", masked[before[-1].end : last.start]):
        return None
    lead = masked[s_start : before[-1].start].rstrip()
    return before[-1] if lead == "" or lead.endswith((":", "\u2014", "-")) else None


def _is_outlet(entity: Entity, story: Story) -> bool:
    last = entity.name.split()[-1].lower()
    outlet = (story.article.outlet or "").lower()
    return last in lx.OUTLET_WORDS or (bool(outlet) and entity.name.lower() == outlet)

"""The subject of a verb of saying, read before the verb in its sentence: the name right before it, past
appositions, relative clauses and clauses that qualify it; the subject a joined verb shares; the one a verb of
causing makes speak; someone a clause brings in doing it; else a common noun that leads the clause ("Critics
say"), which speaks unnamed."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.cueafter import MEDIUM_AFTER, QUOTED_TITLE, SUBJECT_TAIL
from bot.draft.cues import NOT_SUBJECT, OWNED_WORDS
from bot.draft.mentions import Mention, owns
from bot.draft.namewords import plain
from bot.draft.roles import OWNED_ROLE
from bot.draft.speechties import HEARER_VERBS
from bot.draft.speechverbs import ADVERBS
from bot.draft.story import Story

# Between a sentence's first name and its verb, an apposition closed by a comma: "Doe (D), a loyal Roe backer, said".
APPOSITION_TO_VERB = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,\s*(?!\s|(?:and|or|but)\s)(?:[^,;:\u201c\u201d\"]|"
    + QUOTED_TITLE
    + r"){1,220}){1,3},\s*"
    + ADVERBS
)
# A short phrase of time or place opening a sentence: "Within two hours, ", "Three hours later and 500 miles away, "
INTRODUCTORY_PHRASE = re.compile(r"\s*[A-Z][a-z]+(?:\s+[\w-]+){0,7},\s*")
# An apposition that describes, with "a" or "an": "the governor, a Democrat,"
APPOSED_DESCRIPTION = re.compile(r",\s+(?:a|an)\s+[\w-]+")
# "His critics, many of them Catholics, argue": the group, not the part of it the apposition names.
MANY_OF_THEM = re.compile(
    r"(?:\s+(?:in|of|at|from)\s+[^,;:\u201c\u201d\"]{1,60})?,\s+(?:many|most|some|all|both|several|one|two|three)\s+of\s+"
    r"them\b[^,;:\u201c\u201d\"]{1,80},\s*" + ADVERBS
)
# A recording of someone, who speaks in it: "footage of Doe saying", "a video of Doe telling the crowd"
RECORDING_OF = re.compile(r"\b(?:footage|video|clip|recording|audio|tape|film)s?\s+of\s+$")
# "with Doe taking to Twitter to call …": a person after "with", the -ing verb of that clause, and an infinitive
WITH_BEFORE = re.compile(r"\bwith\s+$")
WITH_DOING_TO = re.compile(r"\s+[a-z]+ing\b[^,;:\u201c\u201d\"]{0,60}?\s+to\s+" + ADVERBS)
# A person after "of", "about" or "over", then a verb of saying in -ing: "furious about Doe saying", "news of Doe
# telling"; not someone's telling of it ("Roe gives an account of Doe telling"), which is the teller's
GERUND_OF = re.compile(r"\b(?:(?<!account )(?<!accounts )(?<!story )(?<!stories )(?<!recollection )of|about|over)\s+$")
# A clause "in which" or "where" opens, its subject (a name, or a plain plural noun) and verb, then the comma that sets
# off a participle: "in which children smash a toy ferry, "
SCENE_CLAUSE = re.compile(
    r"\b(?:in\s+which|where)\s+(?P<who>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}|"
    r"(?:[a-z][\w-]*\s+){0,2}(?:children|people|men|women|[a-z][\w-]*s))"
    r"\s+" + ADVERBS + r"[a-z]+\b[^,;:\u201c\u201d\"]{0,80},\s*" + ADVERBS + r"$"
)
AFTER_BEFORE = re.compile(r"\b(?:[Aa]fter|[Bb]efore)\s+(?:(?:the|a|an)\s+)?$")
WHO_CLAUSE = re.compile(r"(?:\s*\([^()]{1,40}\))?,\s+(?:who|whose)\b[^,;:\u201c\u201d\"]{1,100},\s*" + ADVERBS)
# "The delegate and longtime activist, who backs Roe, warned": a description's second noun joined by "and" before it
WHO_CLAUSE_JOINED = re.compile(r"\s+and\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*" + WHO_CLAUSE.pattern)
# A noun and the relative clause whose verb of saying it leads: "an actor who warns", "a Doe impersonator who promises"
RELATIVE_NOUN = re.compile(
    r"\b(?P<np>(?:[Aa]n?|[Tt]he)\s+(?:[\w.\u2019'-]+\s+){0,3}?(?P<noun>[a-z][a-z-]*))\s+who\s+" + ADVERBS + r"$"
)
# Between a name and a description of it: "Doe, a lawyer", "Doe (D) is a lawyer"
DESCRIBED_AS = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:,\s*|\s+(?:is|was|are|were|remains|became)\s+)")
BODY_OWNED = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{lx.BODIES})\b")
# What makes the name right after a speech verb the start of what was said, not its speaker: a verb of its own
# ("say it would", "says the group is"), a possessive, or an -ing word ("described Doe sitting").
CLAUSE_AFTER = re.compile(
    r"[\u2019']s?\b|\s+(?:[a-z]+ly\s+)?(?:would|will|is|was|are|were|has|have|had|could|should|can|may|might|must|"
    r"did|does|do|[a-z]+ing|[a-z]{2,}(?:ed|es))\b"
)
# A clause of time opened by "as", "when" or "while" and led by a common noun, up to its verb: "as the heckler"
ADVERBIAL_NOUN_CLAUSE = re.compile(
    r"\b(?:as|when|while)\s+(?:the|a|an|one|two|some)\s+(?:[a-z][\w-]*\s+){1,3}" + ADVERBS + "$"
)
# Where the subject before a verb starts: the sentence, a comma, or a word opening a clause.
CLAUSE_START = re.compile(
    r"(?:^|[,;:\u2014\u201c\u201d\"]|\b(?:and|but|that|which|while|as|when|because|though|why|how))\s+"
)
# Two clauses joined in one sentence: "…, and Doe said", "…; Doe said", "…, but Doe said".
JOINED_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas|though|although|yet)|;)\s+")
# A verb that makes someone do what follows, then that someone and "to": "prompting Acme aides to reply that"
CAUSED_TO = re.compile(
    r"\b(?:lead|leads|leading|led|prompt|prompts|prompting|prompted|cause|causes|causing|caused|force|forces|"
    r"forcing|forced|spur|spurs|spurring|spurred|drive|drives|driving|drove)\s+"
    r"(?P<who>[^,;:\u201c\u201d\"]{1,80}?)\s+to\s+" + ADVERBS + r"$"
)
# A verb right after a clause's subject: "denounced", "has warned", "strongly objected", "said"
CLAUSE_VERB = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+" + ADVERBS + r"(?:[a-z]+ed|said|says|told|tells|wrote|writes)\b")
ADVERBIAL = re.compile(r"\b(?:as|when|while|because|after|before|since|until|whenever)\s+(?!if\b)\S")
# The first verb of a sentence, where its subject ends: "Engineers have …", "The board voted …"
FIRST_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|could|can|[a-z]{3,}ed)\b")
# A share of those asked, leading a clause as its subject: "21 percent", "about 4 in 10", "a majority of voters"
SHARE_ANSWERING = re.compile(
    r"(?:(?:about|nearly|almost|roughly|some|just|only|over|under)\s+)?"
    r"(?:\d[\d.,]*\s*(?:percent|%)|\d+\s+(?:in|out\s+of)\s+\d+|(?:a|the)\s+(?:slim\s+)?(?:majority|plurality))"
    r"(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?",
    re.I,
)
# What may stand before a possessive that is a clause's subject: determiners, titles and names ("The Acme
# Party's", "Sen. Jane Doe's"), never a verb ("discounted Doe's claims")
_POSSESSOR_LEAD = re.compile(
    r"[\s\u2014\u2013(-]*(?:(?:and|but)\s+)?(?:(?:[Tt]he|[Aa]n?|[Ff]ormer|[A-Z][\w.\u2019'-]*)\s+){0,4}"
)


def verb_subject(
    masked: str, s_start: int, verb: re.Match, earlier: list[re.Match], head_mentions: list[Mention], story: Story
) -> Mention | None:
    """The subject of the verb of saying: the one a verb of causing makes speak, the name "who" stands for, or the
    subject read before the verb, with a possessor or an object after the verb traded for the clause's lead noun."""
    subject = (
        _caused_to(masked, s_start, verb, head_mentions, story)
        or _relative_subject(masked, s_start, verb, head_mentions)
        or _relative_noun(masked, s_start, verb, head_mentions, story)
        or _adverbial_noun(masked, s_start, verb, head_mentions, story)
        or _scene_subject(masked, s_start, verb, head_mentions, story)
        or subject_before(masked, s_start, verb, earlier, head_mentions)
    )
    if subject is None:
        return None
    share = _share_answering(masked, s_start, verb, head_mentions, story)
    if share is not None and subject.resolved.kind == "person" and subject.end <= share.start:
        return share  # "asked how likely Doe was to win, to which 21 percent said "…"": the share answered, not Doe
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
    return subject


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
    text = " ".join(words)
    lead_words = re.split(r"\s+(?:of|for|in|on|familiar|close|with|at|from|who)\b", text)[0].split()
    if not 1 <= len(lead_words) <= 7 or len(words) > 10:  # "the head of the party's powerful rules committee"
        return None
    if words[0].lower() in NOT_SUBJECT or words[-1].lower() in NOT_SUBJECT:
        return None
    if any(m.end > s_start + at and m.start < verb.start() and not m.prep for m in mentions):
        return None
    lower = lead_words[1:] if at == 0 else lead_words  # a sentence's first word may be capitalised
    if words[0].endswith("ing") or any(not re.fullmatch(r"[a-z][a-z-]*|\d+", w) for w in lower):
        return None  # "Reading from a text", "Chairman Jane Doe of Ohio": no common noun
    if story.cast.lookup(words[0]) is not None or re.search(r"\b[A-Z]\.\s*$", masked[: s_start + at]):
        return None  # "Doe of Ohio said", "Jane Q. Doe said": a name, though not found as one here
    head = lead_words[-1].lower()
    name = plain(text[0].lower() + text[1:] if words[0][1:].islower() else text)
    entity = story.cast.described(name, head)
    start = s_start + at + len(lead[at:]) - len(lead[at:].lstrip())
    return Mention(start, s_start + len(lead.rstrip()), "anon", text, entity=entity)


def _share_answering(
    masked: str, s_start: int, verb: re.Match, mentions: list[Mention], story: Story
) -> Mention | None:
    """A share of those asked that leads the verb's own clause ("to which 21 percent said", "and a majority of
    voters say"): they answer, unnamed; a poll the sentence opens on still reports them (only a person is traded)."""
    lead = _lead_noun(masked, s_start, verb, mentions, story)
    return lead if lead is not None and SHARE_ANSWERING.fullmatch(lead.text) else None


def _adverbial_noun(masked: str, s_start: int, verb: re.Match, mentions: list[Mention], story: Story) -> Mention | None:
    """ "Doe said as the heckler yelled: "…"": a verb of saying that hands the quotation over, in a clause "as",
    "when" or "while" opens whose subject is a common noun, has that noun for its subject, not the name before the
    clause."""
    if ADVERBIAL_NOUN_CLAUSE.search(masked, s_start, verb.start()) is None:
        return None
    if not re.match(r"\s*[:,]\s*[\u201c\"]", masked[verb.end() :]):
        return None  # the verb hands the quotation over itself: "as the heckler yelled: "…""
    return _lead_noun(masked, s_start, verb, mentions, story)


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
    entity = story.cast.described(plain(re.sub(r"^(?:the|a|an)\s+", "", head, flags=re.I)), noun)
    return Mention(start, start + len(head), "anon", head, entity=entity)


def _relative_subject(masked: str, s_start: int, verb: re.Match, mentions: list[Mention]) -> Mention | None:
    """'…, Jane Doe, who declared in July that "…"': the name "who" stands for is the verb's subject, also in a
    second clause joined by "and who"."""
    who = re.search(r"(?:,\s*|\s)who\s+(?:has\s+|had\s+)?" + ADVERBS + r"$", masked[s_start : verb.start()])
    if who is None:
        return None
    at = s_start + who.start()
    joined = re.search(r",\s*who\b[^;:\u201c\u201d\"]*\band$", masked[s_start:at])
    if joined is not None:
        at = s_start + joined.start()  # "Doe, who leads the Acme League and who called her": Doe's second clause
    before = [m for m in mentions if m.start < at and not m.possessive and masked[m.end : at].strip(" )(") == ""]
    return before[-1] if before else None


def _relative_noun(masked: str, s_start: int, verb: re.Match, mentions: list[Mention], story: Story) -> Mention | None:
    """'stars a Doe impersonator who promises that "…"': the one "who" stands for is the verb's subject, the one the
    story knows by that description or else an unnamed one (not a name inside the description)."""
    lead = masked[s_start : verb.start()]
    rel = RELATIVE_NOUN.search(lead)
    if rel is None or rel["noun"] in NOT_SUBJECT:
        return None
    if any(DESCRIBED_AS.fullmatch(masked, m.end, s_start + rel.start("np")) for m in mentions):
        return None  # "Doe, a lawyer who said", "Doe is a lawyer who said": the name the description goes with
    known = next((m for m in mentions if m.end == s_start + rel.end("np") and not m.possessive), None)
    if known is not None:
        return known  # "the senator who said": the senator the story has named
    noun = rel["noun"]
    entity = story.cast.described(plain(re.sub(r"^(?:the|a|an)\s+", "", rel["np"], flags=re.I)), noun)
    return Mention(s_start + rel.start("np"), s_start + rel.end("np"), "anon", rel["np"], entity=entity)


def subject_before(
    masked: str, s_start: int, verb: re.Match, earlier: list[re.Match], mentions: list[Mention]
) -> Mention | None:
    """The subject of ``verb`` among the mentions before it (``earlier``: the verbs of saying before it in the
    sentence): the subject a joined verb shares, someone a clause brings in doing it, the name right before it
    past any clause that qualifies it, else the clause's or the sentence's first subject."""
    lead = re.sub(ADVERBS + r"$", "", masked[s_start : verb.start()])  # "…, recently telling one friend": adverbs aside
    if re.search(r"(?:,\s*|\band\s+)$", lead) and (verb.group().endswith("ing") or lead.rstrip().endswith("and")):
        return _joined_subject(masked, s_start, verb, earlier, mentions)
    before = [m for m in mentions if m.end <= verb.start()]
    found = _doing_subject(masked, s_start, verb, before) or _adverbial_subject(masked, verb, before)
    if found is not None:
        return found
    # "…, speaking to discuss the prime minister's schedule, said": a description owning a noun is no subject
    plain = [m for m in before if not m.prep and not m.possessive and not owns(masked, m)]
    plain = [m for m in plain if not _ends_description(masked, m, before)]
    adjacent = _adjacent_subject(masked, s_start, verb, plain)
    if adjacent is not None:
        return adjacent
    joins = [j.end() for j in JOINED_CLAUSE.finditer(masked, s_start, verb.start())]
    opener = next((m for m in plain if joins and m.start == joins[-1]), None)
    if opener is not None:
        # "When Roe testified …, and Sen. Jane Doe kept asking her why …": the subject opening the verb's clause
        return opener
    if plain:
        return first_subject(plain, masked, s_start)
    if any(m.possessive for m in before):
        return _body_owner(before, masked) or next(m for m in reversed(before) if m.possessive)
    return next((m for m in mentions if m.start >= verb.end() and m.start - verb.end() <= 2), None)


def _joined_subject(
    masked: str, s_start: int, verb: re.Match, earlier: list[re.Match], mentions: list[Mention]
) -> Mention | None:
    """ "…, calling him a 'talented guy'" or "… and said" takes the subject of the verb before it (not of a word that
    is a verb only sometimes, "the same campaign points, calling …"), or of the clause joined in between."""
    earlier = [v for v in earlier if v.group().lower() not in lx.WEAK_VERBS]
    # "He mocked them as they answered questions and assured the crowd": "and" goes on from the main clause, not
    # from the verb of an adverbial clause ("as they answered") that opened after the last comma before it
    earlier = [v for v in earlier if not _in_adverbial(masked, s_start, v.start(), verb.start())]
    if not earlier:
        return first_subject([m for m in mentions if m.end <= verb.start()], masked, s_start)
    own = _clause_opener(masked, earlier[-1].end(), verb.start(), mentions)
    if own is not None:
        return own  # "Roe called for a boycott, and the Acme League denounced it and said": the League
    inverted = _inverted_after_quote(masked, earlier[-1], mentions)
    if inverted is not None:
        return inverted  # '"…," said an official who oversaw it and described it as "…"': the official
    return subject_before(masked, s_start, earlier[-1], earlier[:-1], mentions)


def _scene_subject(masked: str, s_start: int, verb: re.Match, mentions: list[Mention], story: Story) -> Mention | None:
    """ "… a video in which children smash a toy ferry, yelling "…"": a participle set off after a clause that
    "in which" or "where" opens is done by that clause's subject, named or described, not the sentence's."""
    if not verb.group().endswith("ing"):
        return None
    scene = SCENE_CLAUSE.search(masked, s_start, verb.start())
    if scene is None:
        return None
    named = next((m for m in mentions if m.start == scene.start("who") and not m.possessive), None)
    if named is not None:
        return named
    if any(scene.start("who") <= m.start < scene.end("who") for m in mentions):
        return None
    phrase, noun = scene["who"], scene["who"].split()[-1]
    return Mention(scene.start("who"), scene.end("who"), "anon", phrase, entity=story.cast.described(phrase, noun))


def _inverted_after_quote(masked: str, verb: re.Match, mentions: list[Mention]) -> Mention | None:
    """The speaker right after a verb of saying that follows a quotation ('"…," said a former official'), whose
    verb a later one joined by "and" shares."""
    if not re.search(r"[\u201d\"],?\s*$", masked[: verb.start()]):
        return None
    return next((m for m in mentions if 0 < m.start - verb.end() <= 2 and not m.possessive and not m.prep), None)


def _doing_subject(masked: str, s_start: int, verb: re.Match, before: list[Mention]) -> Mention | None:
    """The one a clause before the verb brings in doing it: "…, with Doe taking to Twitter to call Roe "…"", "The
    ad cuts to footage of Jane Doe saying", "…, with Sen. Jane Doe telling reporters"."""
    for m in reversed(before):
        if (
            not m.possessive
            and WITH_BEFORE.search(masked, max(s_start, m.start - 40), m.start)
            and WITH_DOING_TO.fullmatch(masked, m.end, verb.start())
        ):
            return m
    if not verb.group().endswith("ing") or not before:
        return None
    last = before[-1]
    if not SUBJECT_TAIL.fullmatch(masked[last.end : verb.start()]) or last.possessive:
        return None
    if RECORDING_OF.search(masked, max(0, last.start - 40), last.start):
        return last  # the one recorded speaking
    if re.search(r"\bwith\s+(?:\S+\s+){0,3}$", masked[: last.start]):
        return last  # the subject of the -ing verb
    if GERUND_OF.search(masked, max(0, last.start - 20), last.start):
        return last  # "furious about Doe privately saying": the one the -ing verb is told of
    return None


def _adverbial_subject(masked: str, verb: re.Match, before: list[Mention]) -> Mention | None:
    """ "… after Doe told a meeting that …" / "after Doe, asked about Roe, had said": "after" opens a clause, and Doe
    is its subject (Roe, the object of "about", is not)."""
    clause = next(
        (
            m
            for m in reversed(before)
            if SUBJECT_TAIL.fullmatch(masked[m.end : verb.start()])
            and (not m.prep or AFTER_BEFORE.search(masked[: m.start]))
        ),
        None,
    )
    return clause if clause is not None and clause.prep and not clause.possessive else None


def _adjacent_subject(masked: str, s_start: int, verb: re.Match, plain: list[Mention]) -> Mention | None:
    """The last name right before the verb, or the one whose clause or apposition it sits in: "Sen. Jane Doe
    (D-Mo.), who has endorsed Roe, said", "Doe, wearing a scarf with Roe's name on it, said" and "Doe (D), a loyal
    Roe backer, said" are Doe's; None when no name is right before the verb."""
    adjacent = [
        m
        for m in plain
        if SUBJECT_TAIL.fullmatch(masked[m.end : verb.start()]) or MEDIUM_AFTER.fullmatch(masked[m.end : verb.start()])
    ]
    if not adjacent:
        return None
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


def _in_adverbial(masked: str, s_start: int, pos: int, stop: int) -> bool:
    """The verb at ``pos`` is in an adverbial clause ("as they answered", "when Doe said") opened since the last
    comma, and no comma closes that clause before ``stop``."""
    comma = masked.rfind(",", s_start, pos)
    lead = masked[max(s_start, comma + 1) : pos]
    return ADVERBIAL.search(lead) is not None and "," not in masked[pos:stop]


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
    and the verb: "Doe, wearing a scarf with Roe's name on it, said" is Doe's sentence, not Roe's; so is a
    description of someone the apposition says more of ("The governor, a Democrat, said")."""
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    first = next((m for m in plain if m.start >= (opening.end() if opening else s_start)), None)
    if first is None or not (_named(first) or _described_more(masked, first)):
        return None
    # a name set off before is not the sentence's subject; a short phrase before one an apposition describes
    # leaves it one ("Within two hours, the governor, a Democrat, said", "Hours later, Gov. Jane Doe, a Republican,")
    lead = masked[opening.end() if opening else s_start : first.start]
    if "," in lead and not (INTRODUCTORY_PHRASE.fullmatch(lead) and APPOSED_DESCRIPTION.match(masked, first.end)):
        return None
    return first if APPOSITION_TO_VERB.fullmatch(masked[first.end : verb]) else None


def _named(mention: Mention) -> bool:
    return mention.kind == "name" and not mention.resolved.anon


def _described_more(masked: str, mention: Mention) -> bool:
    """A description of one person ("the governor") set off by an apposition that describes them ("a Democrat")."""
    entity = mention.resolved
    return (
        mention.kind == "anaphor"
        and entity.kind == "person"
        and not entity.plural
        and APPOSED_DESCRIPTION.match(masked, mention.end) is not None
    )


def first_subject(mentions: list[Mention], masked: str, s_start: int) -> Mention | None:
    """The sentence's subject among names before the verb: the first person after an opening clause
    ("When asked whom she backed, Doe smiled and said …", "Speaking in Salem, Ohio, Doe called …"),
    else the first person, else the first name."""
    opening = lx.OPENING_CLAUSE.match(masked, s_start)
    start = opening.end() if opening else s_start
    lead = next((m for m in mentions if m.start >= start), None)
    if lead is not None and lead.possessive and lead.kind == "name" and OWNED_ROLE.match(masked, lead.end):
        if re.fullmatch(r"[\s(]*", masked[start : lead.start]):  # "(Doe's spokeswoman … said": an aside of its own
            return lead  # "Doe's spokeswoman rallied supporters, saying …": the spokeswoman, read from Doe's
    if opening:
        after = [m for m in mentions if m.start >= opening.end()]
        mentions = after if any(not m.prep and not m.possessive for m in after) else mentions
    plain = [m for m in mentions if not m.prep and not m.possessive and not _with_an_object(mentions, masked, m)]
    people = [m for m in plain if m.resolved.kind == "person" and not m.resolved.plural]
    return next(iter(people or plain), None) or _body_owner(mentions, masked)


def _with_an_object(mentions: list[Mention], masked: str, mention: Mention) -> bool:
    """The mention is joined by "and" or "or" to a name after a preposition, or set off by a comma after one so
    joined ("an image of Mark Roe and his wife, Ann Roe"): an object too, no subject."""
    before = [m for m in mentions if m.end <= mention.start]
    if not before:
        return False
    previous, gap = before[-1], masked[before[-1].end : mention.start]
    if re.fullmatch(r"\s+(?:and|or)\s+", gap):
        return previous.prep or _with_an_object(mentions, masked, previous)
    return re.fullmatch(r",\s+", gap) is not None and not previous.prep and _with_an_object(mentions, masked, previous)


def _body_owner(mentions: list[Mention], masked: str) -> Mention | None:
    """The first possessor of a body that speaks for it: "Doe's campaign brushed it aside, telling reporters"."""
    return next((m for m in mentions if m.possessive and not m.prep and BODY_OWNED.match(masked, m.end)), None)

"""The subject a verb of saying takes from the construction of its own clause, not from the name right before it:
the one a verb of causing makes speak ("prompting Doe to reply"), the one "who" stands for, the subject of the "as"
or "in which" clause it sits in, someone a "with" clause or a recording brings in doing it ("footage of Doe
saying"); and the common noun that leads its clause ("Critics say", "21 percent said"), which speaks unnamed."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.cueafter import SUBJECT_TAIL
from bot.draft.cues import NOT_SUBJECT
from bot.draft.mentions import Mention
from bot.draft.namewords import plain
from bot.draft.speechverbs import ADVERBS
from bot.draft.story import Story

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
# A noun and the relative clause whose verb of saying it leads: "an actor who warns", "a Doe impersonator who promises"
RELATIVE_NOUN = re.compile(
    r"\b(?P<np>(?:[Aa]n?|[Tt]he)\s+(?:[\w.\u2019'-]+\s+){0,3}?(?P<noun>[a-z][a-z-]*))\s+who\s+" + ADVERBS + r"$"
)
# What may stand between "who" and its verb besides adverbs: "who has so far not commented", "who has not yet said"
RELATIVE_GAP = r"(?:(?:has|had|so\s+far|not|yet|already)\s+)*"
# An aside set off by dashes between "who" or "which" and its verb: "which — as Doe noted in May — promises"
RELATIVE_ASIDE = r"(?:[\u2014\u2013]\s*[^\u2014\u2013\u201c\u201d\"]{1,120}?\s*[\u2014\u2013]\s*)?"
# From an owner to the writing it owns, right before a set-off "which": "her new ad", "Doe's latest statement"
OWNED_WRITING_TO = re.compile(r"(?:[\u2019']s)?\s+(?:[\w-]+\s+){0,3}?" + lx.DOCUMENT)
# Between a name and a description of it: "Doe, a lawyer", "Doe (D) is a lawyer"
DESCRIBED_AS = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:,\s*|\s+(?:is|was|are|were|remains|became)\s+)")
# A clause of time opened by "as", "when" or "while" and led by a common noun, up to its verb: "as the heckler"
ADVERBIAL_NOUN_CLAUSE = re.compile(
    r"\b(?:as|when|while)\s+(?:the|a|an|one|two|some)\s+(?:[a-z][\w-]*\s+){1,3}" + ADVERBS + "$"
)
# Where the subject before a verb starts: the sentence, a comma, or a word opening a clause.
CLAUSE_START = re.compile(
    r"(?:^|[,;:\u2014\u201c\u201d\"]|\b(?:and|but|that|which|while|as|when|because|though|why|how))\s+"
)
# A verb that makes someone do what follows, then that someone and "to": "prompting Acme aides to reply that"
CAUSED_TO = re.compile(
    r"\b(?:lead|leads|leading|led|prompt|prompts|prompting|prompted|cause|causes|causing|caused|force|forces|"
    r"forcing|forced|spur|spurs|spurring|spurred|drive|drives|driving|drove)\s+"
    r"(?P<who>[^,;:\u201c\u201d\"]{1,80}?)\s+to\s+" + ADVERBS + r"$"
)
# A share of those asked, leading a clause as its subject: "21 percent", "about 4 in 10", "a majority of voters"
SHARE_ANSWERING = re.compile(
    r"(?:(?:about|nearly|almost|roughly|some|just|only|over|under)\s+)?"
    r"(?:\d[\d.,]*\s*(?:percent|%)|\d+\s+(?:in|out\s+of)\s+\d+|(?:a|the)\s+(?:slim\s+)?(?:majority|plurality))"
    r"(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?",
    re.I,
)


def lead_noun(masked: str, s_start: int, verb: re.Match, mentions: list[Mention], story: Story) -> Mention | None:
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


def share_answering(masked: str, s_start: int, verb: re.Match, mentions: list[Mention], story: Story) -> Mention | None:
    """A share of those asked that leads the verb's own clause ("to which 21 percent said", "and a majority of
    voters say"): they answer, unnamed; a poll the sentence opens on still reports them (only a person is traded)."""
    lead = lead_noun(masked, s_start, verb, mentions, story)
    return lead if lead is not None and SHARE_ANSWERING.fullmatch(lead.text) else None


def adverbial_noun(masked: str, s_start: int, verb: re.Match, mentions: list[Mention], story: Story) -> Mention | None:
    """ "Doe said as the heckler yelled: "…"": a verb of saying that hands the quotation over, in a clause "as",
    "when" or "while" opens whose subject is a common noun, has that noun for its subject, not the name before the
    clause."""
    if ADVERBIAL_NOUN_CLAUSE.search(masked, s_start, verb.start()) is None:
        return None
    if not re.match(r"\s*[:,]\s*[\u201c\"]", masked[verb.end() :]):
        return None  # the verb hands the quotation over itself: "as the heckler yelled: "…""
    return lead_noun(masked, s_start, verb, mentions, story)


def caused_to(masked: str, s_start: int, verb: re.Match, mentions: list[Mention], story: Story) -> Mention | None:
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
    if words[0].lower() in ("him", "her", "them", "it", "us", "me", *lx.POSSESSIVES):
        return None
    noun = words[-1]
    entity = story.cast.described(plain(re.sub(r"^(?:the|a|an)\s+", "", head, flags=re.I)), noun)
    return Mention(start, start + len(head), "anon", head, entity=entity)


def relative_subject(masked: str, s_start: int, verb: re.Match, mentions: list[Mention]) -> Mention | None:
    """'…, Jane Doe, who declared in July that "…"': the name "who" stands for is the verb's subject, also in a
    second clause joined by "and who"; so is the body a set-off "which" stands for ("…, the Acme Office, which
    said"), and past an aside in dashes; a "which" after an owned writing is its owner ("her new ad, which
    promises")."""
    who = re.search(
        r"(?:,\s*|\s)(?P<rel>who|which)\s+" + RELATIVE_ASIDE + RELATIVE_GAP + ADVERBS + RELATIVE_GAP + r"$",
        masked[s_start : verb.start()],
    )
    if who is None or (who["rel"] == "which" and not who.group().startswith(",")):
        return None
    at = s_start + who.start()
    joined = re.search(r",\s*who\b[^;:\u201c\u201d\"]*\band$", masked[s_start:at])
    if joined is not None:
        at = s_start + joined.start()  # "Doe, who leads the Acme League and who called her": Doe's second clause
    before = [m for m in mentions if m.start < at and not m.possessive and masked[m.end : at].strip(" )(") == ""]
    if before and who["rel"] == "which" and before[-1].resolved.kind == "person":
        return None  # "…, which said": a body or a writing, never a person
    if not before and who["rel"] == "which":
        # "… the tone of her new ad, which promises to "…"": the words of whose writing it is
        return next(
            (
                m
                for m in reversed(mentions)
                if (m.possessive or m.text in lx.POSSESSIVES) and OWNED_WRITING_TO.fullmatch(masked, m.end, at)
            ),
            None,
        )
    return before[-1] if before else None


def relative_noun(masked: str, s_start: int, verb: re.Match, mentions: list[Mention], story: Story) -> Mention | None:
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


def scene_subject(masked: str, s_start: int, verb: re.Match, mentions: list[Mention], story: Story) -> Mention | None:
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


def doing_subject(masked: str, s_start: int, verb: re.Match, before: list[Mention]) -> Mention | None:
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

"""Verbs of saying in a sentence: which words are verbs of saying and not nouns ("the statement"), and to whom
the words were said."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.mentions import Mention, mention_at

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
NOUN_AFTER = {"of", "in", "on", "at", "for", "with", "by", "from", "about", "into"}  # a preposition before a noun
# Verbs of two words that hand over to a quotation: '"…," Doe shot back' / 'Doe chimed in: "…"'.
PHRASAL_CUE = re.compile(r"(?:went on|shot back|hit back|fired back|chimed in|cut in|broke in)\b")
# "the two lengthy reports", "by 29 points": a count before a word makes it a plural noun
PLURAL_LEAD = re.compile(r"\b(?:two|three|four|several|many|some|these|those|\d[\d,.]*)\s+(?:[a-z][\w-]*\s+){0,3}$")

# An aside "as Doe has said" set off by commas or dashes, and a clause joined by "and" or "but" after it.
AS_ASIDE = re.compile(r"(?:,|\s[\u2014\u2013-]{1,2})\s+as\s+(?:[\w.\u2019'-]+\s+){1,4}$")
ASIDE_THEN_CLAUSE = re.compile(r"\s*(?:,|[\u2014\u2013]|\s-{1,2})\s*(?:and|but)\s")
OWNER_WORD = re.compile(r"[a-z][\w.-]*[\u2019'](?:s)?")  # "doe's", "voters'": the word before owns the next
CONTRACTED_HAS = {"he's", "she's", "it's", "that's", "who's", "there's", "what's", "one's"}  # "he's said": has said


def speech_verb_in(masked: str, start: int, stop: int) -> bool:
    """Whether a verb of saying stands in ``masked[start:stop]``."""
    return any(word in lx.SPEECH_VERBS for word in WORD.findall(masked, start, stop))


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
        relative = prev_word == "that" and word.endswith("ed")  # "a piece that noted": "that" stands for the piece
        if prev_word in lx.NOUN_DETERMINERS and not relative and not re.match(r"\s+for\b", masked[m.end() :]):
            continue
        if prev_word in lx.PREPOSITIONS and prev_word != "to" and not word.endswith("ing"):
            continue  # "released without charges", "in comments to": a noun after a preposition
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

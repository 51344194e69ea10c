"""PolNeAR (real news with labelled attributions) → the direct quotations and their speakers.

The corpus lives outside the repository: ``../shared/polnear`` or ``POLNEAR_DIR`` (a folder with
``metadata.tsv`` and ``train/`` and ``dev/``, each with ``text/`` and ``attributions/``).

A direct quotation is an attribution whose content span holds text inside double quotation
marks (straight, curly, or two apostrophes as in ''this'', which some archived articles use).
The gold quotations are the quoted passages themselves: double marks are paired within each
paragraph of the text (a mark left open runs to the paragraph's end, as a quotation that
continues into the next paragraph does), and a passage counts when most of its words lie
inside a content span. Its speaker is the attribution's source, with a pronoun or a
description ("he", "the senator", "the company") resolved to whom it means as a careful reader
takes it (bench/referents.py, bench/antecedents.py): a person of the pronoun's gender, named in the text whether or not
an attribution names them, the subject before it preferred; a title or a company to the last one
the story named so; "it" to a body or a document, never a person; a crowd, a plural group or
someone the story never names stands as written; a verb of saying marked as the source ('…," said
Ann Lee') is the name after it, or before it ('…," Ann Lee said in a statement'); words an "according
to" source reports ('"…," Ann Lee said, according to the Sun') are whose the reporting clause inside
its content says they are, and so are words a reporting clause right beside them inside any source's
content gives to someone ('the Sun reported: "…," Ann Lee said', 'a video in which Lee called herself
"…"'). An attribution with a cue but no source is the name or he/she right before its cue ('He
called it "…"'), or the main clause's subject for a participle cue ('Lee weighed in, calling it "…"'),
else no one's. Where several annotators read an article, the quotations are the first one's, each with
the speaker more than half of them give, else the first's. bench/ruler_sample.py draws samples to judge it by.
"""

from __future__ import annotations

import csv
import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from bench.antecedents import _intro_end, _place_names, resolve_institution, resolve_pronoun, resolve_role, resolve_who
from bench.referent_words import (
    ABBREVIATIONS,
    CALENDAR_WORDS,
    DEPUTIES,
    FUNCTION_WORDS,
    GENDERED,
    INSTITUTION_HEADS,
    INSTITUTION_WORDS,
    INVERTED_VERBS,
    SPEECH_VERBS,
    SUFFIXES,
    TITLE_NAMES,
    TITLE_ROLES,
    TOKEN,
)
from bench.referent_words import TITLES as NAME_TITLES
from bench.referents import Story, first_name_gender, gender_of_word, is_first_name, read_story

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "polnear"
MARKS = '"\u201c\u201d'
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
POSSESSIVES = ("his ", "her ", "its ", "their ", "our ")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "him", "them", "us", "who"}
DETERMINERS = ("the ", "his ", "her ", "its ", "their ", "this ", "that ", "our ")
TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "the", "president", "senator", "former"}
PARTY_HEADS = {"republican", "democrat", "independent", "libertarian"}
# Heads of a description that means a writing ("the statement", "the memo"): its author, whom a pronoun would mean.
DOCUMENT_HEADS = {
    "statement", "memo", "email", "e-mail", "letter", "report", "ad", "release", "document", "petition", "suit",
    "lawsuit", "complaint", "post", "tweet", "message", "filing", "transcript", "book", "video", "remarks", "comments",
    "emails", "statements", "tweets", "documents", "note", "notes",
}  # fmt: skip
# Heads of what someone says ("his response", "her answer"): the words of whom the owner means.
SPOKEN_HEADS = {
    "response", "responses", "reply", "answer", "words", "speech", "remark", "message", "warning", "criticism",
    "complaint", "argument", "explanation", "view", "verdict", "advice", "assessment", "demand", "call", "claim",
    "promise", "pledge", "vow", "plan", "proposal", "slogan",
}  # fmt: skip
# Heads of a description that means a news organisation ("the newspaper", "the news outlet"), and words in the
# names newspapers and broadcasters go by.
OUTLET_HEADS = {"newspaper", "paper", "outlet", "network", "station", "channel", "magazine", "broadcaster", "tabloid"}
MEDIA_WORDS = {
    "News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Magazine", "Daily", "Press", "Radio",
    "Chronicle", "Globe", "Observer", "Register", "Telegraph", "Guardian", "Monitor", "Courier", "Dispatch",
    "Examiner", "Inquirer", "Bulletin", "Sun", "Star", "Network", "Television", "TV", "Weekly", "Review",
}  # fmt: skip
# Heads of a writing whose author a "by" or "of" names ("a study by Acme"): that author is its speaker.
WRITINGS = {"study", "paper", "poll", "survey", "analysis", "article", "story", "projection", "card", "sign", "page"}
# Heads of someone who speaks for the body a "for" names ("a spokesman for Acme"): the body's words.
SPEAKS_FOR = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "representatives"}
# A part of a group an "of" names ("the share of Acme voters"): that group, no one person.
PARTS = {"share", "majority", "minority", "proportion", "percentage", "portion", "plurality"}
# Heads of a group whose members an "of" names ("a group of Acme donors", "a coalition of unions", a part of one).
COLLECTIVES = {"group", "family", "coalition", "couple", "pair", "trio", "handful", "dozen", "number", "alliance"}
COLLECTIVES |= PARTS
CROWDS = {"crowd", "audience", "community", "electorate"} | PARTS  # a body of people no name stands for
AUTHORS = {"author", "authors", "writer", "writers", "sponsor", "sponsors", "issuer"}  # "the memo's author"
NOT_ONE_PERSON = {"office", "poll", "survey", "study", "people", "mind"}  # owned, yet no one person ("Lee's office")
NOT_NAMES = {"the", "a", "an", "democratic", "republican", "democrat", "democrats", "republicans", "gop", "former"}


@dataclass(frozen=True)
class GoldQuote:
    text: str  # the quoted words, between the marks
    start: int  # offset of the first quoted character in the article text
    source: str  # the annotated source as written ("" when the attribution has none)
    speaker: str  # the source, resolved to a named one when it is a pronoun or description
    source_at: int = -1  # offset of the annotated source in the article text (-1 when it has none)


@dataclass(frozen=True)
class Article:
    name: str
    split: str
    publisher: str
    date: str
    text: str
    quotes: list[GoldQuote]


def polnear_dir() -> Path | None:
    """The corpus folder, or None when it is not on this machine."""
    path = Path(os.environ.get("POLNEAR_DIR") or DEFAULT_DIR)
    return path if (path / "metadata.tsv").is_file() else None


def read_split(root: Path, split: str) -> list[Article]:
    with (root / "metadata.tsv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t") if row["compartment"] == split]
    articles = []
    for row in rows:
        text_path = root / split / "text" / f"{row['filename']}.txt"
        annotations = sorted((root / split / "attributions").glob(f"{row['filename']}_*.ann"))
        if not text_path.is_file() or not annotations:
            continue
        text = text_path.read_text(encoding="utf-8")
        readings = [gold_quotes(text, path.read_text(encoding="utf-8")) for path in annotations]
        quotes = _most_annotators(readings)
        articles.append(Article(row["filename"], split, row["publisher"], row["publication_date"], text, quotes))
    return articles


def _most_annotators(readings: list[list[GoldQuote]]) -> list[GoldQuote]:
    """The first annotator's quotations, each with the source and speaker more than half the article's annotators
    give it when that is another than the first's (an article read by several: one may have left the source out)."""
    by_start = [{q.start: q for q in reading} for reading in readings]
    quotes = []
    for quote in readings[0]:
        votes = Counter((q.source, q.speaker, q.source_at) for seen in by_start if (q := seen.get(quote.start)))
        (source, speaker, at), count = votes.most_common(1)[0]
        agreed = count * 2 > len(readings) and speaker != quote.speaker
        quotes.append(replace(quote, source=source, speaker=speaker, source_at=at) if agreed else quote)
    return quotes


def double_apostrophes(text: str) -> str:
    """Two apostrophes written for a double quotation mark (''like this'', as some archives print
    quotations) become one straight mark and a space, keeping every offset."""
    return re.sub(r"''(?!')", lambda m: ' "' if text[m.end() : m.end() + 1].strip() else '" ', text)


def quoted_passages(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words between paired double marks, paragraph by paragraph."""
    passages = []
    text = double_apostrophes(text)
    for par in re.finditer(r"[^\n]+", text):
        open_at = None
        for m in re.finditer(f"[{MARKS}]", par.group()):
            i, mark = par.start() + m.start(), m.group()
            if open_at is None and mark != "\u201d":
                open_at = i
            elif open_at is not None and mark != "\u201c":
                passages.append((open_at + 1, i))
                open_at = None
            elif mark == "\u201c":
                open_at = i
        if open_at is not None and par.end() - open_at > 2:
            passages.append((open_at + 1, par.end()))
    return [(s, e) for s, e in passages if re.search(r"\w", text[s:e])]


def _spans(field: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (piece.split() for piece in field.split(";"))]


Spot = tuple[int, str]  # where a span starts in the text, and its words


def _attributions(ann: str) -> list[tuple[list[tuple[int, int]], Spot | None, Spot | None]]:
    """(content spans, source or None, cue or None) for each attribution."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, where = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(where), parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    out = []
    for event in events:
        content = spans.get(event.get("Content", ""))
        if content is None:
            continue
        more = spans.get(event.get("Content2", ""))  # the words' second piece, a cue between ('"…," she said. "…"')
        content = (content[0], content[1] + (more[1] if more else []), content[2])
        source = spans.get(event.get("Source", ""))
        cue = spans.get(event.get("Cue", ""))
        out.append(
            (content[1], (source[1][0][0], source[2]) if source else None, (cue[1][0][0], cue[2]) if cue else None)
        )
    return out


def is_named(source: str) -> bool:
    """A source that names someone: a capitalised word that is not the sentence's first or a pronoun."""
    words = re.findall(r"[A-Za-z][\w.'\u2019-]*", source)
    return any(w[0].isupper() and w.lower() not in PRONOUNS and w.lower() not in NOT_NAMES for w in words)


def _phrase(source: str) -> str:
    """A description up to "of", "for", "who", a comma or a bracket ("the former secretary of State" → "the
    former secretary")."""
    return re.split(r"\s+(?:of|for|at|from|with|in|on|who|whose|which|that)\s+|[,(]", source.strip())[0]


def _head(source: str) -> str:
    """The head word of a description: its last word before "of", "for", "who", a comma or a bracket
    ("the former secretary of State" → "secretary", "the New Jersey governor" → "governor")."""
    words = _phrase(source).split()
    return words[-1] if words else ""


def needs_resolving(source: str) -> bool:
    """A pronoun, or a description: a determiner and a common noun as head, even with names before it
    ("the senator", "the company", "the New Jersey governor", "the Wisconsin Republican")."""
    low = source.lower().strip()
    if low in PRONOUNS:
        return True
    head = _head(source)
    return low.startswith(DETERMINERS) and (not is_named(source) or head.islower() or head.lower() in PARTY_HEADS)


def gold_quotes(text: str, ann: str) -> list[GoldQuote]:
    found = _attributions(ann)
    attributions = [(contents, _whole_word(text, source)) for contents, source, _ in found]
    cues = {id(contents): cue for contents, _, cue in found}
    all_sources = sorted({source for _, source in attributions if source})
    passages = quoted_passages(text)
    story: Story | None = None
    quotes = []
    for start, end in passages:
        words = re.findall(r"\w+", text[start:end])
        best = None
        for contents, attributed in attributions:
            inside = sum(len(re.findall(r"\w+", text[max(a, start) : min(b, end)])) for a, b in contents)
            if inside * 2 > len(words) and (best is None or inside > best[0]):
                best = (inside, attributed, contents)
        if best is None:
            continue
        _inside, attributed, contents = best
        at = attributed[0] if attributed else -1
        source = attributed[1] if attributed else ""
        speaker = source
        # "according to the Sun", "according to audio provided by the Sun", "according to a transcript from the Sun"
        through = r"(?:(?:an?|the)\s+)?[a-z]+\s+(?:[a-z]+\s+)?(?:by|from)\s+"
        reported = attributed and re.search(rf"\b[Aa]ccording to\s+(?:{through})?$", text[max(0, at - 60) : at])
        tagged = attributed and _tag_inside(text, start, end, contents)
        if tagged:  # '… the Sun reported: "…," Ann Lee said': hers, the source only reports them
            story = story or read_story(text, passages, all_sources)
            who = tagged[1]
            speaker = _resolve(who, tagged[0], all_sources, story) if needs_resolving(who) else who
        elif reported or (attributed and needs_resolving(source)):
            story = story or read_story(text, passages, all_sources)
            inner = _inner_speaker(story, contents, passages, all_sources) if reported else None
            speaker = inner or (_resolve(source, at, all_sources, story) if needs_resolving(source) else source)
        elif attributed and re.fullmatch(_SOMEONE_WHO, source.strip().lower()):
            story = story or read_story(text, passages, all_sources)
            speaker = _opening_someone(story, at) or source
        elif attributed and re.fullmatch(_ONE_OF_HIS, source.strip().lower()):
            story = story or read_story(text, passages, all_sources)
            speaker = _one_of_his(story, source, at) or source
        elif attributed and source.strip().lower() in INVERTED_VERBS | {"according to"}:
            speaker = _named_after_verb(text, at + len(source)) or source
        elif attributed and source.split()[0].lower() in SPEECH_VERBS:
            speaker = _named_before_verb(text, at) or source
        elif not attributed and (cue := cues.get(id(contents))):
            story = story or read_story(text, passages, all_sources)  # 'He called it "…"' with no source marked
            subject = _subject_of_cue(text, cue)
            if subject:
                who = subject[1]
                speaker = _resolve(who, subject[0], all_sources, story) if needs_resolving(who) else who
            else:
                speaker = _participle_subject(story, cue) or ""
        quotes.append(GoldQuote(text[start:end].strip(), start, source, speaker, at))
    return quotes


def _subject_of_cue(text: str, cue: Spot) -> Spot | None:
    """Who speaks in an attribution annotated with a cue but no source, and where: a name or he/she right before the
    cue in its sentence ('He called her handling "…"', 'what Lee called the "…"'); None for anything else ("There",
    "When" opening the sentence, a run of capitals reaching back past a sentence's end)."""
    at, words = cue
    if re.match(r"(?:was|were|is|are|be|been|being)\s+(?:asked|told|questioned|pressed)\b", words):
        return None  # 'Lee was asked "…"': the one asked is not who asks
    lo = max(0, at - 60)
    found = re.search(rf"(?<![\w'\u2019])({TOKEN}(?:[^\S\n]+{TOKEN})*|[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?$", text[lo:at])
    if found is None or re.search(r"[.:]$", found.group(1)):
        return None  # a run of capitals ending a sentence before the cue ("… the Acme Pier Plan. Ending")
    ends = list(re.finditer(r"[.:!?]\s+", found.group(1)))  # "Monday. She called": from the last sentence's start
    start = lo + found.start(1) + (ends[-1].end() if ends else 0)
    who = text[start : lo + found.end(1)]
    return None if who.split()[0].lower() in (FUNCTION_WORDS | NOT_NAMES) - {"he", "she"} else (start, who)


def _tag_inside(text: str, start: int, end: int, contents: list[tuple[int, int]]) -> tuple[int, str] | None:
    """The subject of a reporting clause right beside the quoted words and inside the attribution's content, and
    where ('"…," Ann Lee said', '"…," said Ann Lee', 'Ann Lee said: "…"'; not 'Nothing Lee said "…"'), or the owner
    of the words they are brought in as ('Lee's call for "…"', 'his claim that "…"'), or the subject of a clause
    that reports them ('in which Lee called herself "…"', `_reporting_clause`): the content holds someone else's
    attribution, so the quoted words are that speaker's, not the source's who reports them."""
    verbs = "|".join(SPEECH_VERBS)
    name = rf"{TOKEN}(?:\s+{TOKEN})*"
    subject = rf"{name}|[Hh]e|[Ss]he|[Tt]he\s+[a-z][\w-]*"
    tag = rf"(?:(?P<name>{subject})[^\S\n]+(?:{verbs})|(?:{verbs})[^\S\n]+(?P<after>{name}))\b"
    # a tag goes on the sentence the quotation ends with a comma, a question or an exclamation: '"…," Lee said'
    after = re.match(rf"[,?!]?[\"\u201d']*,?[^\S\n]+{tag}", text[end : end + 100])
    after = after if re.search(r"[,?!]\W*$", text[start : end + 2]) else None
    before = re.search(rf"(?P<name>{subject})\s+(?:{verbs})[,:]\s*[\"\u201c']*$", text[max(0, start - 100) : start])
    said = "|".join(sorted(SPOKEN_HEADS | DOCUMENT_HEADS))
    owned = re.search(  # "Lee's call for "…"", "his claim that "…"": the owner's words, whoever reports them
        rf"(?P<name>{name}['\u2019]s?|\b[Hh]is|\b[Hh]er)\s+(?:[a-z-]+\s+)?(?:{said})\s+(?:for|of|that|to)\s+[\"\u201c']$",
        text[max(0, start - 100) : start],
    )
    found = after or before or owned or _reporting_clause(text[max(0, start - 100) : start], subject)
    if found is None:
        return None
    group = "name" if found.group("name") else "after"
    at = (end if after else max(0, start - 100)) + found.start(group)
    if not any(a <= at < b for a, b in contents):
        return None
    return at, re.sub(r"['\u2019]s?$", "", found.group(group).rstrip(".,"))


def _reporting_clause(before: str, subject: str) -> re.Match[str] | None:
    """The nearest clause before a quotation whose subject reports someone's own words with a verb other than
    one of saying, in the same sentence ('in which Lee called himself "…"', 'Lee later declared that it was
    "…"'); not one that calls on or for someone to act ('Lee called on them to be "…"')."""
    verbs = "|".join(REPORTING_VERBS)
    rest = r"[^.!?;:\"\u201c\u201d\n]{0,60}[\"\u201c]$"
    clauses = re.finditer(
        rf"(?<![\w'\u2019])(?P<name>{subject})[^\S\n]+(?:{ADVERBS}[^\S\n]+)?(?:{verbs})\b(?!\s+(?:on|for|upon)\b)",
        before,
    )
    reaching = [m for m in clauses if re.match(rest, before[m.end() :])]
    return reaching[-1] if reaching else None


def _whole_word(text: str, source: tuple[int, str] | None) -> tuple[int, str] | None:
    """A source span the annotation starts or ends inside a word ("T[he cable]", "[Sho]ok") taken from the
    word's start to its end."""
    if source is None:
        return None
    at, words = source
    if text[at : at + len(words)] != words:
        return source
    start, end = at, at + len(words)
    while start > 0 and text[start - 1].isalpha() and text[start].isalpha():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalpha() and text[end].isalpha():
        end += 1
    return (start, text[start:end]) if (start, end) != (at, at + len(words)) else source


def _participle_subject(story: Story, cue: Spot) -> str | None:
    """Whom a cue that is a participle after a comma ('Lee weighed in, calling it "…"', '…, adding that "…"') has
    as its subject: the first person named, or meant by a he or she, in the main clause of its sentence before it."""
    at, words = cue
    if not re.fullmatch(r"[a-z]+ing\b.*", words) or not re.search(r",\s*$", story.text[max(0, at - 3) : at]):
        return None
    index = story.sentence_of(at)
    intro = _intro_end(story, index)
    first = next((m for m in story.in_sentence(index, before=at) if m.start >= intro and not m.possessive), None)
    if first is None:
        return None
    if first.pronoun:
        person = resolve_pronoun(story, first.start, first.pronoun)
        return person.name if person else None
    return story.people[first.person].name


def _opening_someone(story: Story, at: int) -> str | None:
    """Whom "someone who" in a phrase opening the sentence means: the main clause's subject ("For someone who
    called it 'a mess,' Ann Lee did well"); None elsewhere ("He met someone who said …")."""
    index = story.sentence_of(at)
    intro = _intro_end(story, index)
    after = [m for m in story.in_sentence(index) if m.start >= intro and not m.pronoun] if at < intro else []
    return story.people[after[0].person].name if after else None


def _inner_speaker(
    story: Story, contents: list[tuple[int, int]], passages: list[tuple[int, int]], sources: list[tuple[int, str]]
) -> str | None:
    """The one speaker a reporting clause inside an "according to" attribution's content names ('"…," Ann Lee
    said, according to the Sun'; 'According to the Sun, she told reporters "…"'): the words are hers, the outlet
    only reports them; a he/she or "the mayor" there is whom it means. None when no clause or more than one
    speaker is named so."""
    verbs = "|".join(SPEECH_VERBS - {"asked", "asks"})  # whoever asks reports no one's words
    name = rf"{TOKEN}(?:\s+{TOKEN})*"
    subject = rf"{name}|\b[Hh]e|\b[Ss]he|\b[Tt]he\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*"  # "Ann Lee", "the new mayor"
    said = rf"(?P<name>{subject})\s+(?:(?:will|would)\s+(?:say|tell)|{verbs})\b|\b(?:{verbs})\s+(?P<after>{name})"
    speakers = set()
    for a, b in contents:
        for m in re.finditer(said, story.text[a:b]):
            group = "name" if m.group("name") else "after"
            at, who = a + m.start(group), m.group(group).rstrip(".,")
            if any(s <= at < e for s, e in passages):
                continue
            if needs_resolving(who):
                who = _resolve(who, at, sources, story)
            speakers.add(who)
    if not speakers and contents:  # "His criticism, according to the Sun, was: '…'": the words are his
        a = contents[0][0]
        owned = re.match(r"\s*(His|Her)\s+([a-z]+)\b", story.text[a : contents[0][1]])
        if owned and owned.group(2) in SPOKEN_HEADS | DOCUMENT_HEADS:
            person = resolve_pronoun(story, a + owned.start(1), PRONOUN_GENDER[owned.group(1).lower()])
            return person.name if person else None
    return speakers.pop() if len(speakers) == 1 else None


# An adverb between a subject and its verb ("Lee later called it", "Lee publicly declared").
ADVERBS = r"(?:[a-z]+ly|later|also|then|again|once|even|previously|recently|first)"
# Verbs that report what someone said in their own words, beyond the verbs of saying ("Lee called it "…"").
REPORTING_VERBS = {
    "called", "declared", "tweeted", "testified", "stated", "chanted", "claimed", "insisted", "argued", "warned",
    "joked", "promised", "vowed", "slammed", "described", "labeled", "dubbed", "taunted", "remarked",
}  # fmt: skip
# "someone who", "a woman who": a source the story brings in by what they did.
_SOMEONE_WHO = r"(?:someone|somebody|a\s+(?:man|woman|person))\s+who"
# "one of her ads", "some of his remarks": among the writings or words of whom the pronoun means
_ONE_OF_HIS = r"(?:one|some|several|many|each|any|all|two|three|another)\s+of\s+(his|her)\s+([a-z-]+)"


def _one_of_his(story: Story, source: str, at: int) -> str | None:
    """Whom "his" or "her" means in "one of her ads", "some of his remarks" (a writing or words of one
    person's): those words are hers ('…, with one of her ads asking, "…"'). None for anything else
    ("one of his aides" is someone else)."""
    found = re.fullmatch(_ONE_OF_HIS, source.strip().lower())
    if found is None:
        return None
    noun = found.group(2)
    if noun not in DOCUMENT_HEADS | SPOKEN_HEADS and noun.removesuffix("s") not in DOCUMENT_HEADS | SPOKEN_HEADS:
        return None
    person = resolve_pronoun(story, at + source.lower().index(found.group(1)), PRONOUN_GENDER[found.group(1)])
    return person.name if person else None


def _named_after_verb(text: str, at: int) -> str | None:
    """The name right after a verb of saying (or "according to") marked as the source ('…," [said] Ann Lee of
    Ohio', '[According to] Lee, "…"'): the annotator marked the cue, and who speaks is named after it. A stop or
    a comma ends the name, a title's or an initial's full stop aside ("said Sen. J. Lee.")."""
    words = []
    for word in re.findall(r"[^\S\n]+(\S+)", text[at : at + 80]):
        bare = word.rstrip(",;:.")
        if not re.fullmatch(TOKEN, bare):
            break
        title = word.endswith(".") and (bare.lower() in ABBREVIATIONS or len(bare) == 1)  # "Sen.", "J."
        words.append(word if title else bare)
        if word != bare and not title:
            break
    return " ".join(words) or None


def _named_before_verb(text: str, at: int) -> str | None:
    """The name right before a verb of saying marked as the source in the tag after a quotation ('"…," Ann Lee
    [said in a statement]', '"…?" Lee [asked]'): the annotator marked the cue, and who speaks is its subject."""
    tag = re.search(rf"[,\"\u201d]\s+((?:{TOKEN}\s+)*{TOKEN})\s+$", text[max(0, at - 80) : at])
    return tag.group(1) if tag else None


def _resolve(source: str, at: int, sources: list[tuple[int, str]], story: Story, depth: int = 0) -> str:
    """The person a pronoun or a description at `at` means (see bench/antecedents.py), else the source itself."""
    low = source.lower().strip()
    if low in PRONOUN_GENDER:
        unnamed = _unnamed_speaker_before(story, at)
        if unnamed and gender_of_word(_head(unnamed)) in (None, PRONOUN_GENDER[low]):
            return unnamed  # 'The answer, the partner told them, was simple. "…," he said': the partner, unnamed
        person = resolve_pronoun(story, at, PRONOUN_GENDER[low])
        return person.name if person else _nearest_named(sources, at, story, PRONOUN_GENDER[low]) or source
    if low == "who":
        person = resolve_who(story, at)
        if person:
            return person.name
        described = _described_before_who(story, at)
        if described and described.lower().startswith("the ") and depth < 2:
            return _resolve_description(described, at, sources, story, depth + 1)  # "the Ohio senator, who": hers
        if described:
            return described  # "an impersonator who promises …": someone the story brings in unnamed
        return _unnamed_before_who(story, at) or _nearest_named(sources, at, story, None) or source
    if low in ("it", "its"):  # a document or a body named in its sentence or the three before, never a person
        since = story.sentences[max(0, story.sentence_of(at) - 3)][0]
        near = [(a, s) for a, s in sources if since <= a < at]
        named = _nearest_named(near, at, story, None, people=False)
        bodies = DOCUMENT_HEADS | OUTLET_HEADS - {"paper"}  # "the email read …. It said", "the newspaper … It added"
        writings = [(a, s) for a, s in near if s.lower().startswith("the ") and _head(s).lower() in bodies]
        if named or not writings or depth >= 2:
            return named or source
        return _resolve(writings[-1][1], writings[-1][0], sources, story, depth + 1)  # "the email read … It said"
    if low in ("i", "we", "us", "you"):  # outside quotation marks the writer speaks (or is spoken to), no one named
        return source
    if low in ("they", "them", "their") and (group := _joined_subject(story, at) or _nearest_group(sources, at, story)):
        return group  # "Lee and Roe met …. They said": the two; "the groups wrote …. They said": the groups
    if low in PRONOUNS:
        return _nearest_named(sources, at, story, None) or source
    return _resolve_description(source, at, sources, story, depth)


def _nearest_group(sources: list[tuple[int, str]], at: int, story: Story) -> str | None:
    """The nearest annotated source in the sentence of `at` or the three before that names more than one person
    or a body ("the groups who wrote to her", "Acme and Bayline", "the FBI"): whom a "they" there means."""
    since = story.sentences[max(0, story.sentence_of(at) - 3)][0]
    for a, src in reversed(sources):
        low = src.lower().strip()
        if since <= a < at and low not in PRONOUNS and (_names_body(src) or re.search(r"\sand\s", src)):
            return _resolve(src, a, sources, story, 2) if needs_resolving(src) and not _plural(_head(src)) else src
    return None


def _joined_subject(story: Story, at: int) -> str | None:
    """Two people joined by "and" as the subject that opens the main clause of the sentence of `at` or the one before
    ("Mr. Lee and Mr. Roe, who …, had moments where they …", "He and his partner came because they …", "She and her
    defenders argue …. They note …"), a he or she there written as whom it means."""
    name = rf"(?:{TOKEN}\s+)*{TOKEN}"
    one = rf"{name}|[Hh]e|[Ss]he|(?:[Hh]is|[Hh]er)\s+[a-z]+"
    index = story.sentence_of(at)
    for k in (index, index - 1) if index else (index,):
        start = _intro_end(story, k)
        found = re.match(rf"[\s\"\u201c]*({one})\s+and\s+({one})\b", story.text[start : at if k == index else None])
        if not found or not (story.person_named(found.group(1)) or found.group(1).lower() in ("he", "she")):
            continue
        parts = []
        for group in (1, 2):
            words = found.group(group)
            if words.lower() in ("he", "she"):
                person = resolve_pronoun(story, start + found.start(group), PRONOUN_GENDER[words.lower()])
                if person is None:
                    return None
                words = person.name
            parts.append(words)
        return " and ".join(parts)
    return None


def _resolve_description(source: str, at: int, sources: list[tuple[int, str]], story: Story, depth: int) -> str:
    """A description naming someone ("the Clinton campaign", "her lawyer, David Kendall") stands as it is;
    one with a title or role ("the senator", "the company") means the nearest earlier person or source
    written with it; "her campaign" is the campaign of whom "her" means; a possessed one ("his wife"), a
    crowd, or one the story brought in unnamed ("an organizer … the organizer") otherwise stands; any
    other means whom a pronoun would."""
    head = re.sub(r"['\u2019]s$", "", _head(source).lower())  # "the senator's" is the senator
    rest = " ".join(source.split()[1:])
    # a body's own name, of two capitalised words or one written as no common word is ("Not1More", "MoveOn")
    own_name = re.search(r"[A-Z][\w'\u2019.-]* [A-Z]|\b[A-Z]\w*(?:\d|[a-z][A-Z])\w*", rest)
    if story.person_named(rest) or (own_name and not story.is_role(head)):
        return source  # "the Clinton campaign", "the New York Times and Los Angeles Times each", "the People's Daily"
    if head in CROWDS:
        return source  # "the crowd chanted": no one person
    if head == "person":  # '"…," said a longtime aide. "…," the person added': whom the story keeps unnamed
        return _unnamed_source_before(sources, at, story) or source
    writing = head in DOCUMENT_HEADS | WRITINGS | {"poll", "survey"}
    author = _issuer(story, at, head) if writing and source.lower().startswith("the ") else None
    if author:  # "The Lee campaign sent an email … the email read": the campaign's words
        named = re.fullmatch(rf"{TOKEN}(?:\s+{TOKEN})*", author[1]) and not _names_body(author[1])
        person = story.person_named(author[1]) if named else None  # not "Acme PAC" for someone named "Dale PAC"
        if person or not needs_resolving(author[1]):
            return person.name if person else author[1]  # "Gov. Ann Lee released a statement": Ann Lee
        body = _head(author[1]).lower()
        if author[1].lower().startswith("the ") and body in INSTITUTION_HEADS:  # "a letter from the staff union"
            found = resolve_institution(story, author[0], body)
            return found[1] if found and body in found[1].lower().split() else author[1]
        return _resolve(author[1], author[0], sources, story, depth + 1)
    possessor = re.match(r"(?:the|its|his|her|their)\s+(\w+)['\u2019]s\s", source.lower())
    if possessor and possessor.group(1) in DOCUMENT_HEADS and head not in AUTHORS:
        return source  # "the ad's narrator", "the video's host": someone only the writing brings in, not its author
    head = possessor.group(1) if possessor else head  # "the group's Web page" is the group's
    deputy = re.search(rf"\b({'|'.join(DEPUTIES)})[\s-]+{re.escape(head)}\b", source.lower())
    head = f"{deputy.group(1)} {head}" if deputy else head  # "the vice president" is no president
    owner = re.match(r"(his|her)\s", source.lower())
    if owner and head in INSTITUTION_HEADS | {"office"}:  # "her campaign": the campaign of the woman "her" means
        person = resolve_pronoun(story, at, PRONOUN_GENDER[owner.group(1)])
        if person:
            return f"{person.name}'s {rest}"
    said = DOCUMENT_HEADS | SPOKEN_HEADS
    if owner and not possessor and (head in said or head.removesuffix("s") in said):  # "his response", "her videos"
        person = resolve_pronoun(story, at, PRONOUN_GENDER[owner.group(1)])
        if person:
            return person.name
    outlet = head in OUTLET_HEADS or "editorial" in source.lower().split()
    if outlet and ((found := _nearest_outlet(story, at)) or head in OUTLET_HEADS):
        pass  # "the newspaper", "the editorial board": the news organisation last named, never another body
    elif head in INSTITUTION_HEADS:
        found = resolve_institution(story, at, head)
    elif _plural(head):
        found = None
    else:  # "the Ohio senator and presidential candidate": whom the story last wrote with either role
        also = re.match(r"\S+\s+(?:\S+\s+)*?(\w+)\s+and\s", source)
        roles = [role for h in {head, also.group(1).lower() if also else head} if (role := resolve_role(story, at, h))]
        role = max(roles, key=lambda r: r[0], default=None)
        found = (role[0], role[1].name) if role else None
    by_source = [
        (a, src)
        for a, src in sources
        if a < at
        and src != source
        and (_holds_role(src, head) if is_named(src) else bool(re.search(rf"(?<!\S){head}(?!\S)", src.lower())))
    ]
    if by_source and (found is None or by_source[-1][0] > found[0]):
        a, src = by_source[-1]
        return _resolve(src, a, sources, story, depth + 1) if needs_resolving(src) and depth < 2 else src
    if found:
        return found[1]
    if source.lower().startswith(POSSESSIVES):
        return source
    if _plural(head) and head not in DOCUMENT_HEADS:
        return source  # "the citizens", "the protesters": a body of people no one name stands for
    if head in INSTITUTION_HEADS:
        return _nearest_named(sources, at, story, None, people=False) or source
    if head not in DOCUMENT_HEADS and _introduced_unnamed(story, at, head):
        return source  # "an organizer greeted them … the organizer said": someone the story never names
    if outlet:
        return source  # a news organisation the story names nowhere near is no person
    if head not in DOCUMENT_HEADS and (unnamed := _unnamed_subject_before(story, at)):
        return unnamed  # "One aide inside the campaign said …. '…,' the insider said": that one, unnamed
    person = resolve_pronoun(story, at, gender_of_word(head))
    return person.name if person else _nearest_named(sources, at, story, gender_of_word(head)) or source


def _unnamed_subject_before(story: Story, at: int) -> str | None:
    """Someone the sentence before brings in unnamed as its subject and reports ("One operative inside the
    campaign tried to downplay it, saying …", "Another voter who asked not to be named said …"), with nobody
    named between them and `at`: whom a description there means."""
    index = story.sentence_of(at)
    if index == 0:
        return None
    lo, hi = story.sentences[index - 1]
    start = _intro_end(story, index - 1)
    verbs = "|".join(SPEECH_VERBS | {"saying", "telling", "adding"})
    found = re.match(r"\s*(?:One|An?|Another)((?:\s+[a-z][\w-]*)+)", story.text[start:hi])
    if not found or not re.search(rf"\b(?:{verbs})\b", story.text[start:hi]):
        return None
    words = []  # the description up to a function word or a verb: "One operative" of "One operative inside …"
    for word in found.group(1).split():
        if word in FUNCTION_WORDS or word in SPEECH_VERBS or re.fullmatch(r"[a-z]+ed|inside|outside|near", word):
            break
        words.append(word)
    if not words or any(lo <= m.start < at and not m.pronoun and not m.possessive for m in story.mentions):
        return None
    return " ".join([story.text[start:hi].split()[0], *words])


def _issuer(story: Story, at: int, head: str) -> tuple[int, str] | None:
    """Who sent, released or issued the writing "the email" or "the statement" means, as the subject of the
    nearest sentence in reach that brings it in ("His campaign sent out a fundraising email"), or who said
    something in one ('"…," Acme Corp. said in a statement'), and where."""
    verbs = r"(?:(?:is|are|was|were|has|have|had)\s+)?"
    verbs += r"(?:sent|released|releasing|issued|put|posted|published|circulated|filed|provided|unveiled)(?:\s+out)?"
    names = rf"{TOKEN}(?:\s+{TOKEN})*(?:\s+and\s+{TOKEN}(?:\s+{TOKEN})*)?"
    index = story.sentence_of(at)
    for k in range(index, max(-1, index - 5), -1):
        lo, hi = story.sentences[k]
        start = _intro_end(story, k)
        found = re.match(
            rf"\s*(\S.*?)\s+{verbs}\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{head}\b", story.text[start : min(hi, at)]
        )
        subject = found.group(1) if found else ""
        at_subject = start + found.start(1) if found else start
        reported = re.search(r"\b(?:said|says|reported|reports)\s+(?:that\s+)?(\S.*)$", subject)
        if reported:  # "The Times said Ann Lee provided a statement": hers
            at_subject, subject = at_subject + reported.start(1), reported.group(1)
        named = re.match(rf"({names}),", subject)  # "Ann Lee and Bob Roe, the parents of …, have filed a lawsuit"
        if named and not re.search(r"[;:\"\u201c\u201d]", subject):
            return at_subject, named.group(1)
        if subject and not re.search(r"[,;:\"\u201c\u201d]", subject) and subject.lower() not in FUNCTION_WORDS:
            return at_subject, subject
        wrote = re.search(rf"({TOKEN}(?:\s+{TOKEN})*)\s+(?:wrote|writes)\s*[.,]?\s*$", story.text[lo : min(hi, at)])
        if k < index and wrote:  # '"…," Ann Lee wrote.' before the writing's words go on
            return lo + wrote.start(1), wrote.group(1)
        passive = re.search(  # "a statement issued by the Acme campaign", "an email was sent from Ann Lee"
            rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{head}\s+(?:(?:was|were|had\s+been)\s+)?{verbs}\s+(?:by|from)\s+"
            rf"((?:the\s+)?{TOKEN}(?:\s+{TOKEN})*(?:\s+(?:{'|'.join(INSTITUTION_HEADS)})\b)?)",
            story.text[lo : min(hi, at)],
        )
        if passive:
            return lo + passive.start(1), passive.group(1)
        letter = head in ("letter", "letters", "note", "email", "emails", "e-mail", "message", "memo")
        wrote = re.search(  # "the groups who wrote to her say", "Ann Lee wrote to the board": the letter is theirs
            rf"((?:[Tt]he\s+[a-z]+)|{TOKEN}(?:\s+{TOKEN})*)\s+(?:who\s+)?(?:wrote|writes|had\s+written)\s+to\b",
            story.text[lo : min(hi, at)],
        )
        if letter and wrote:
            return lo + wrote.start(1), wrote.group(1)
        sender = re.search(  # "a handwritten note from Ann Lee", "A letter this month to the board from the union"
            rf"\b(?:[Aa]n?|[Tt]he|\w+['\u2019]s)\s+(?:[\w-]+,?\s+){{0,3}}?{head}\s+(?:[\w-]+\s+){{0,6}}?from\s+"
            rf"((?:the\s+)?(?:{TOKEN}\s+)*(?:{TOKEN}|(?:[a-z]+\s+)?(?:{'|'.join(INSTITUTION_HEADS)})\b))(?![\w'\u2019])",
            story.text[lo : min(hi, at)],
        )
        if sender and sender.group(1).lower().split()[-1] not in FUNCTION_WORDS:
            return lo + sender.start(1), sender.group(1)
        tag = re.search(
            rf"({TOKEN}(?:\s+{TOKEN})*)\s+(?:said|says)\s+in\s+an?\s+(?:[\w-]+\s+){{0,2}}?{head}\b",
            story.text[lo : min(hi, at)],
        )
        if tag:  # '"…," Acme Corp. said in a statement'
            return lo + tag.start(1), tag.group(1)
        owner = re.search(  # "The Acme poll shows …", "a new Acme Institute report": who the writing's name says
            rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){{0,2}}({TOKEN}(?:\s+{TOKEN})*)\s+(?:[a-z][\w-]*\s+){{0,2}}?{head}\b",
            story.text[lo : min(hi, at)],
        )
        if owner and owner.group(1).lower() not in _place_names() | CALENDAR_WORDS:
            return lo + owner.start(1), owner.group(1)
    return None


def _unnamed_source_before(sources: list[tuple[int, str]], at: int, story: Story) -> str | None:
    """The nearest annotated source in this sentence or the three before that brings someone in unnamed
    ("a longtime aide", "one official", "another source familiar with the talks")."""
    since = story.sentences[max(0, story.sentence_of(at) - 3)][0]
    unnamed = [
        src for a, src in sources if since <= a < at and src.lower().startswith(("a ", "an ", "one ", "another "))
    ]
    return unnamed[-1] if unnamed else None


def _unnamed_speaker_before(story: Story, at: int) -> str | None:
    """The subject of the nearest reporting clause before `at` in its sentence or the one before, when it is
    "the X" for someone the story brought in unnamed as "a X" ('a partner at the firm told them … The answer,
    the partner said, was simple. "…," he added') and nobody is named between it and `at`."""
    index = story.sentence_of(at)
    lo = story.sentences[max(0, index - 1)][0]
    verbs = "|".join(SPEECH_VERBS)
    found = list(re.finditer(rf"\b[Tt]he\s+([a-z][\w-]*)\s+(?:{verbs})\b", story.text[lo:at]))
    if not found:
        return None
    last = found[-1]
    start = lo + last.start()
    if any(start < m.start < at for m in story.mentions if not m.pronoun):
        return None
    head = last.group(1)
    return last.group()[: -len(last.group().split()[-1])].strip() if _introduced_unnamed(story, start, head) else None


def _described_before_who(story: Story, at: int) -> str | None:
    """A description right before a relative "who" ("a former spymaster who wrote", "an Abraham Lincoln
    impersonator who promises", "the Mexican president, who said"): what the "who" means, as written; not
    one that is a name's appositive ("Ann Lee, a senator who"), which means the name."""
    lo = story.sentences[story.sentence_of(at)][0]
    found = re.search(
        r"(?<![\w,])\s*((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'\u2019-]+\s+){0,4}?[a-z][a-z-]+),?\s*$",
        story.text[lo:at],
    )
    modifiers = {"former", "first", "last", "next", "more", "most"}  # "a former aide", not "a crowd of people"
    if not found or (FUNCTION_WORDS - modifiers) & {w.lower() for w in found.group(1).split()[1:]}:
        return None
    head = found.group(1).split()[-1]
    if not (story.is_role(head) or _person_noun(head.removesuffix("s"))):
        return None  # "who" means a person: not "Democrats across the country, who"
    start = lo + found.start(1)
    if re.search(rf"{TOKEN},\s*$", story.text[max(0, start - 40) : start]):
        return None  # "Ann Lee, a senator who": the name's appositive
    return found.group(1)


def _unnamed_before_who(story: Story, at: int) -> str | None:
    """Someone a reporting tag brings in unnamed right before a relative "who" ('said one official familiar with
    the talks, who added', 'according to a former aide, who'): whom the "who" means, as written."""
    lo = story.sentences[story.sentence_of(at)][0]
    verbs = "|".join(INVERTED_VERBS)
    found = re.search(
        rf"\b(?:{verbs}|according\s+to)\s+((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[^,;:.!?\"\u201c\u201d]{{1,80}}?),\s*$",
        story.text[lo:at],
    )
    return found.group(1) if found else None


def _nearest_outlet(story: Story, at: int, reach: int = 3) -> tuple[int, str] | None:
    """The news organisation named nearest before `at` in its sentence or the ones before: a name with a word
    newspapers and broadcasters are named with ("Daily News", "Fox News", "Wall Street Journal") or a
    broadcaster's call letters ("CNN", "MSNBC")."""
    lo = story.sentences[max(0, story.sentence_of(at) - reach)][0]
    for a, b in reversed(story.institutions):
        name = story.text[a:b].rstrip(".,")
        if lo <= a < at and (set(name.split()) & MEDIA_WORDS or re.fullmatch(r"[A-Z]*(?:NN|BC|BS|PR)", name)):
            return a, name
    return None


def _plural(noun: str) -> bool:
    """A plural head ("the lawyers", "the authors", "the chairmen") means a body of people, not one person."""
    men = noun.endswith("men") and noun.removesuffix("men") + "man" in GENDERED["m"] | GENDERED["f"]
    return men or (noun.endswith("s") and not noun.endswith(("ss", "us", "is")))


def _introduced_unnamed(story: Story, at: int, head: str) -> bool:
    """The head was brought in with "a"/"an" ("an organizer", "a longtime aide") in its sentence or the
    three before, so "the organizer" means that one, not someone the story names."""
    lo = story.sentences[max(0, story.sentence_of(at) - 3)][0]
    pattern = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,3}}{re.escape(head)}\b")
    # not an appositive or a predicate of a name ("Ann Lee, a senator", "Lee is a senator"): that one is named
    return any(
        not re.search(r"(?:[A-Z]\w*,|\b(?:is|was|as|became|been))\s+$", story.text[max(0, m.start() - 30) : m.start()])
        for m in pattern.finditer(story.text, lo, at)
    )


def _nearest_named(
    sources: list[tuple[int, str]], at: int, story: Story, gender: str | None, people: bool = True
) -> str | None:
    """The nearest earlier annotated source that names someone of that gender (or of none known; for a
    gender, never a body such as "the FBI" or "a new poll", nor a first name the list gives only the other
    gender when the story does not tell); with people False, one that names no person (a body, a document)."""
    for a, src in reversed(sources):
        if a < at and is_named(src) and not needs_resolving(src):
            person = story.person_named(src)
            if not people and not (person and _head(src)[:1].isupper()) and not _plural(_head(src).lower()):
                return src
            if people and gender and person is None and _names_body(src):
                continue
            if people and gender and (person is None or person.gender is None) and _first_name_not_of(src, gender):
                continue
            if people and (gender is None or person is None or person.gender in (None, gender)):
                return src
    return None


def _first_name_not_of(source: str, gender: str) -> bool:
    """The source's first name, titles aside, is one the list gives only the other gender ("Ann" for a "he")."""
    names = [w for w in re.findall(TOKEN, source) if w.lower().rstrip(".") not in NAME_TITLES]
    found, weight = first_name_gender(names[0]) if names else (None, 0)
    return weight == 2 and found != gender


def _names_body(source: str) -> bool:
    """A source that names a body, a writing or a group, not one person: "the FBI", "Breitbart News",
    "NRA", "a new poll", "Supporters" (a reporter "for Agence France-Presse" is a person)."""
    head = _head(source)
    low = head.lower()
    words = re.findall(r"[\w.'\u2019-]+", source)
    return (
        (head[:1].isupper() and source.lower().startswith(("the ", "a ", "an ")))
        or low in INSTITUTION_HEADS | DOCUMENT_HEADS | {"poll", "survey", "study"}
        or _plural(low)
        or any(w.lower() in INSTITUTION_WORDS for w in words)
        or any(re.fullmatch(r"[A-Z]{2,}(?:-[A-Z]+)?(?:['\u2019]s)?", w) for w in words)
    )


def _holds_role(source: str, head: str) -> bool:
    """A named source is written with that role ("Gov. Ann Lee" for "governor"); a deputy's role ("vice president")
    is its words together ("Vice President Ann Lee"), and a bare role is not a deputy's ("president" is not in it)."""
    head = head.replace("woman", "man")
    deputy = re.search(rf"\b(?:{'|'.join(DEPUTIES)})[\s-]+(\w+)", source.lower())
    if " " in head:
        return deputy is not None and deputy.group().replace("-", " ") == head
    return head in _title_words(source) and not (deputy and deputy.group(1) == head)


def _title_words(source: str) -> set[str]:
    """The words of a source with abbreviated titles spelt out ("Gov." → "governor"), a possessor's
    aside ("the company's chief" is a chief, not a company), and a capitalised word no name follows ("the
    Union Leader, a newspaper", "Justice") a name's own, not a title, unless a body's ("Acme Foundation")."""
    text = re.sub(r"\w+['\u2019]s\b", " ", source)
    words = [
        m.group().lower()
        for m in re.finditer(r"[A-Za-z][A-Za-z-]*(?!['\u2019]s)\b", text)
        if m.group().islower() or m.group().lower() in INSTITUTION_HEADS or re.match(r"\.?\s+[A-Z]", text[m.end() :])
    ]
    return {TITLE_ROLES.get(w, w).replace("woman", "man") for w in words}


def _words(text: str) -> list[str]:
    """Lower-case words, a possessive's apostrophe aside ("Lee's", "Sanders\u2019 campaign": "lee", "sanders")."""
    text = text.replace("\u2019s", "").replace("'s", "")
    return [w.lower().rstrip("\u2019'") for w in re.findall(r"[A-Za-z0-9][\w\u2019'-]*", text)]


def speaker_matches(drafted: str, gold: GoldQuote) -> bool:
    """The drafted speaker names the gold one: the last word of its name ("Jr." aside; for an unnamed
    source, its head noun) is a word of the resolved source, or the drafted name holds every capitalised
    word of the source but titles ("Mr. Lou" and "Lou Jiwei"), or one is written in the other's initials
    ("FEC"); not when the source opens on a named person and the drafted name is someone or something else
    (`_another_person`), nor the owner for "Lee's spokeswoman" (`_owner_for_person`), nor anything else a source
    naming a person holds ("Acme" for "Acme ally Ann Lee", `_names_none_of_the_people`). No source wants
    "Unattributed"."""
    if not gold.speaker or drafted.startswith("Unattributed"):
        return not gold.speaker and drafted.startswith("Unattributed")
    words = [w for w in _words(re.sub(r"\([^)]*\)", " ", drafted)) if w.rstrip(".") not in SUFFIXES]
    gold_words = set(_words(gold.speaker))
    if words and {words[-1], words[-1] + "s", words[-1].removesuffix("s")} & gold_words:
        return (
            not _another_person(drafted, gold)
            and not _owner_for_person(drafted, gold.speaker)
            and not _names_none_of_the_people(drafted, gold)
            and not _named_in_a_modifier(drafted, gold.speaker)
            and not _named_before_the_head(drafted, gold.speaker)
        )
    # "Mr. Lou" names "Lou Jiwei": every capitalised word of the source, titles aside, is in the drafted name.
    gold_names = {w.lower() for w in re.findall(r"[A-Z][\w\u2019'-]*", gold.speaker)} - TITLES
    if gold_names and gold_names <= set(words):
        return True
    # "Federal Election Commission" names "a 1996 FEC opinion", and "FEC" names "the Federal Election Commission"
    return _initials(drafted) in _acronyms(gold.speaker) or _initials(gold.speaker) in _acronyms(drafted)


def _owner_for_person(drafted: str, speaker: str) -> bool:
    """The whole source is a person another one owns ("Lee's spokeswoman", "Lee's defense counsel") and the
    drafted name holds the owner but not the describing word: the owner is not whom it means. Bodies,
    writings, groups and what one thinks or says ("Lee's campaign", "Lee's statement", "Lee's office", "Lee's
    lawyers", "Lee's mind", "Lee's plan") are left as they are."""
    owner = rf"(?P<owner>{TOKEN}(?:\s+{TOKEN})*?)['\u2019]s?"
    m = re.fullmatch(rf"(?:[Tt]he\s+)?{owner}\s+(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})", speaker.strip())
    if not m:
        return False
    noun = m.group("head").split()[-1]
    if (
        _plural(noun)
        or noun.endswith("self")
        or noun in INSTITUTION_HEADS | DOCUMENT_HEADS | SPOKEN_HEADS | NOT_ONE_PERSON
    ):
        return False
    drafted_words = _words(drafted)
    return bool(drafted_words) and noun not in drafted_words and drafted_words[-1] in _words(m.group("owner"))


def _named_in_a_modifier(drafted: str, speaker: str) -> bool:
    """The source is someone or something described, not named ("a woman in Dale, Ohio", "one group campaigning
    to leave the Acme Union", "the delegate, who backs Lee"), and the drafted name's last word is only in what
    follows the description's head: a place, a body or a person a preposition or a relative clause brings in
    is not the speaker ("Pando" for "a columnist for Pando", as "Lee" is not "Lee's spokeswoman"). A name in
    apposition ("a top aide, Ann Lee,"), a member of a group ("a group of Acme donors"), the body a spokesman
    speaks for and whatever a writing's description names (its author, its outlet) are not judged so."""
    participle = r"[a-z]+ed\s+(?:by|in|on|at|from|to|for|as)"  # "released by", "posted on"
    boundary = rf"(?=\s(?:in|of|for|on|at|near|to|with|about|against|who|whose|which|that|{participle})\s|,|$)"
    described = re.match(rf"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+[a-z]\S*.*?{boundary}", speaker)
    drafted_words = _words(drafted)
    if not described or not drafted_words or drafted.startswith("Unnamed"):
        return False
    head = _words(described.group())[-1]
    if head in DOCUMENT_HEADS | WRITINGS | SPEAKS_FOR:
        return False
    rest = speaker[described.end() :]
    allowed = set(_words(described.group()))
    members = re.match(r"\s+of\s+([^,]*)", rest) if head in COLLECTIVES else None
    allowed |= set(_words(members.group(1))) if members else set()
    asides = rest.split(",")[1:]
    if rest.startswith(","):  # the head's apposition: "the nominee, Mitt Lee,", "another advocate, Al Roe of Acme"
        allowed |= set(_words(re.split(r"\s(?:of|from|at|in|who)\s", asides.pop(0))[0]))
    for aside in asides:  # someone named in apposition further on: "one of her backers in Ohio, Sen. Al Roe"
        allowed |= {w for names in _people_named(aside.strip()) for w in _words(" ".join(names))}
    return drafted_words[-1] not in allowed and drafted_words[-1].removesuffix("s") not in allowed


def _named_before_the_head(drafted: str, speaker: str) -> bool:
    """The source is someone brought in unnamed ("an Abraham Lincoln impersonator", "a Dale aide") and the
    drafted name is a person's whose family name is only written before the head noun as its modifier: the
    impersonator is not Lincoln, nor the aide Ann Dale. A spokesman's body, a writing's author and a group's
    members are not judged so, nor a drafted name that is no person's ("Acme" for "an Acme executive")."""
    found = re.match(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(.*)$", _phrase(speaker))
    head = _head(speaker)
    drafted_words = _words(drafted)
    if not found or not head.islower() or not drafted_words or drafted.startswith("Unnamed"):
        return False
    if head in SPEAKS_FOR | DOCUMENT_HEADS | WRITINGS | INSTITUTION_HEADS | COLLECTIVES | AUTHORS | CROWDS:
        return False
    named = {w.lower() for w in re.findall(r"[A-Z][\w'\u2019-]*", found.group(1))}
    if drafted_words[-1] not in named or drafted_words[-1] in _words(speaker[len(_phrase(speaker)) :]):
        return False
    person = len(drafted_words) > 1 and is_first_name(drafted.split()[0])  # "Abraham Lincoln"
    # or only the modifier itself for someone a person noun heads ("East German" for "an East German spymaster")
    return person or (set(drafted_words) <= named and _person_noun(head))


def _person_noun(word: str) -> bool:
    """A noun for a person: a title, a gendered word or an agent's ending ("spymaster", "impersonator")."""
    agent = re.search(r"(?:er|or|ist|ian|ant|ent)$", word)
    return word in TITLE_NAMES or gender_of_word(word) is not None or agent is not None


def _people_named(speaker: str) -> list[list[str]]:
    """The name words of each person a source names by a first name or a title before a family name, neither
    in a relative clause, after a preposition ("an aide to Ann Lee") nor modifying a noun ("a Lee Park resident"):
    "Acme campaign manager Ann Lee", "advisers like Bob Roe", "Sen. Lee and Ann Roe"; not "Acme Corp."."""
    main = re.split(r",?\s+(?:who|whose|which|that|for|to|of|from|at|in|on|with)\s", speaker)[0]
    people = []
    for run in re.finditer(rf"{TOKEN}(?:\s+{TOKEN})*", main):
        after = re.match(r"\s*([a-z0-9][\w-]*)", main[run.end() :])
        words = [w for w in run.group().split() if w.lower().rstrip(".") not in SUFFIXES]
        if (after and after.group(1) not in FUNCTION_WORDS) or INSTITUTION_WORDS & {w.lower() for w in words}:
            continue
        opener = [
            i
            for i, w in enumerate(words[:-1])
            if w.lower().rstrip(".") in NAME_TITLES
            or any(is_first_name(part) for part in w.split("-"))
            or re.fullmatch(r"(?:[A-Z]\.)+", w)
        ]
        if opener:
            people.append([w for w in words[opener[-1] :] if w.lower().rstrip(".") not in NAME_TITLES])
    return [names for names in people if names]


def _names_none_of_the_people(drafted: str, gold: GoldQuote) -> bool:
    """The source names one or more people and the drafted name, though it shares a word with the source, has no
    word of any of their names: "Acme" or "Bob Acme" for "Acme campaign manager Ann Lee" is not her. An unnamed
    one drafted for a source annotated as a description is not judged so ("Unnamed man" for "a man calling
    himself Bob Roe", "Unnamed lawsuit" for "the lawsuit" the ruler resolved to a person)."""
    if drafted.startswith("Unnamed") and gold.source.lower().startswith(("a ", "an ", "the ", "one ", "another ")):
        return False
    people = _people_named(gold.speaker)
    named = {w for names in people for w in _words(" ".join(names))}
    return bool(people) and not set(_words(drafted)) & named


def _leading_person(speaker: str) -> list[str] | None:
    """The name words of the person a source opens on, titles aside ("Ann Lee, a pollster", "Sen. Ann Lee of
    Ohio", "Mrs. Lee"), or None when it opens on anything else ("the Lee campaign", "Lee's spokeswoman", "Ohio
    pollster Ann Lee")."""
    run = re.match(rf"{TOKEN}(?:\s+{TOKEN})*", speaker.strip())
    if not run or not re.match(r"$|\s*[,(]|\s+(?:of|from|in|at|who|whose)\b", speaker.strip()[run.end() :]):
        return None
    names = [w for w in run.group().split() if w.lower().rstrip(".") not in SUFFIXES]
    titled = False
    while names and names[0].lower().rstrip(".") in NAME_TITLES:
        names, titled = names[1:], True
    if not names or re.search(r"['\u2019]s?$", names[-1]) or names[0].lower() in NOT_NAMES:
        return None
    first_name = is_first_name(names[0]) or bool(re.fullmatch(r"(?:[A-Z]\.)+", names[0]))
    return names if titled or (len(names) >= 2 and first_name) else None


SURNAME_PARTICLES = {"de", "van", "von", "da", "del", "la", "le", "du", "bin", "al", "di", "der"}


def _another_person(drafted: str, gold: GoldQuote) -> bool:
    """The source opens on a named person and the drafted speaker, though it shares a word with the source, is
    someone or something else: it has no word of that person's name ("Ohio" for "Ann Lee of Dayton, Ohio",
    "Acme PAC" for "Ann Lee, who chairs Acme PAC"), or it gives the family name with another first name ("Bob
    Lee" for "Ann Lee": a husband for a wife; "Anna" for "Ana" is one name spelt two ways). A drafted
    name that names a description as annotated ("Unnamed lawsuit" for "the lawsuit", which the ruler may have
    resolved to a person) is not judged so."""
    names = _leading_person(gold.speaker)
    drafted_words = _words(drafted)
    as_annotated = needs_resolving(gold.source) and bool(drafted_words) and drafted_words[-1] in _words(gold.source)
    if names is None or as_annotated:
        return False
    if not set(drafted_words) & set(_words(" ".join(names))):
        return True
    drafted_names = [
        w for w in re.findall(TOKEN, drafted) if w.lower().rstrip(".") not in SUFFIXES | NAME_TITLES.keys()
    ]
    # a word the drafted name writes as a lower-case particle is no first name where the source capitalises it
    # opening a sentence ("De Luca" for "Marta de Luca")
    particles = {w for w in drafted.split() if w in SURNAME_PARTICLES}
    forenames = {n.lower() for n in names[:-1] if is_first_name(n)} - particles
    if len(drafted_names) < 2 or not is_first_name(drafted_names[0]) or not forenames:
        return False
    # a first name spelt with a letter doubled or not is the same one ("Ana" once for "Anna")
    return not {_undoubled(n) for n in forenames} & {_undoubled(n.lower()) for n in drafted_names[:-1]}


def _undoubled(word: str) -> str:
    """A word with each doubled letter written once ("anna" → "ana", "phillip" → "philip")."""
    return re.sub(r"(\w)\1", r"\1", word)


def _initials(name: str) -> str | None:
    """The initials of a name's capitalised words ("Federal Election Commission" → "FEC"), if it has two or more."""
    caps = re.findall(r"\b[A-Z]", name)
    return "".join(caps) if len(caps) >= 2 else None


def _acronyms(text: str) -> set[str]:
    """The words written in capitals or initials ("FEC", "F.B.I."), without their stops."""
    return {w.replace(".", "") for w in re.findall(r"\b[A-Z](?:\.?[A-Z])+\b", text)}

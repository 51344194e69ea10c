"""PolNeAR (real news with labelled attributions) → the direct quotations and their speakers.

The corpus lives outside the repository: ``../shared/polnear`` or ``POLNEAR_DIR`` (a folder with
``metadata.tsv`` and ``train/`` and ``dev/``, each with ``text/`` and ``attributions/``).

A direct quotation is an attribution whose content span holds text inside double quotation marks (straight, curly, or
two apostrophes as in ''this'', which some archived articles use). The gold quotations are the quoted passages
themselves: double marks are paired within each paragraph of the text (a mark left open runs to the paragraph's end,
as a quotation that continues into the next paragraph does), and a passage counts when most of its words lie inside a
content span. Its speaker is the attribution's source, with a pronoun or a description ("he", "the senator", "the
company") resolved to whom it means as a careful reader takes it (bench/source_reading.py, bench/gold_sources.py,
bench/referents.py, bench/antecedents.py): a person of the pronoun's gender, named in the text whether or not an
attribution names them, the subject before it preferred (a role only one person holds, "the admiral", is that
person's); a title or a company to the last one the story named so; "it" to a body or a document, never a person; a
bare "another" or "one" to another of the unnamed ones just before ("one user wrote …. Another said"); a crowd, a
plural group or someone the story never names stands as written (so does "the moderator" or "the heckler" no one is
written as, never the one they address); a verb of saying marked as the source ('…," said Ann Lee') is the name after
it, or before it ('…," Ann Lee said in a statement'); words an "according to" source reports ('"…," Ann Lee said,
according to the Sun') are whose the reporting clause inside its content says they are, and so are words a reporting
clause right beside them inside any source's content gives to someone ('the Sun reported: "…," Ann Lee said', 'a
video in which Lee called herself "…"'). An attribution with a cue but no source is the name or he/she right before
its cue ('He called it "…"'), or the main clause's subject for a participle cue ('Lee weighed in, calling it "…"'),
or the name after an inverted one ('"…," said Ann Lee'), else whose a reporting clause beside the words inside its
content says, else no one's. A relative "which" or "that" is the phrase before it (bench/relatives.py); a headline in
capitals or a transcript as source is no speaker (the item's reporting clause, else the outlet its closing brackets
credit, else no one; the transcript's label or the person reported before it). Where several annotators read an
article, the quotations are the first one's, each with the speaker more than half of them give, else the first's.
Whether a drafted speaker names the gold one is bench/speaker_match.py; bench/ruler_sample.py draws samples to judge
the measure by.
"""

from __future__ import annotations

import csv
import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from bench.antecedents import _intro_end, resolve_pronoun
from bench.gold_sources import resolve_source
from bench.referent_words import (
    ABBREVIATIONS,
    FUNCTION_WORDS,
    INVERTED_VERBS,
    SPEECH_VERBS,
    TOKEN,
)
from bench.referents import Story, read_story
from bench.source_reading import head_word, is_plural, needs_resolving
from bench.source_words import DOCUMENT_HEADS, NOT_NAMES, PRONOUN_GENDER, SPOKEN_HEADS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "polnear"
MARKS = '"\u201c\u201d'
MARKS = '"\u201c\u201d'


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
        according = re.search(rf"\b[Aa]ccording to\s+(?:{through})?$", text[max(0, at - 60) : at])
        reported = bool(attributed) and (according is not None or _is_headline(source))  # a digest item's headline too
        tagged = attributed and _tag_inside(text, start, end, contents)
        if tagged:  # '… the Sun reported: "…," Ann Lee said': hers, the source only reports them
            story = story or read_story(text, passages, all_sources)
            who = tagged[1]
            speaker = resolve_source(who, tagged[0], all_sources, story) if needs_resolving(who) else who
        elif reported or (attributed and needs_resolving(source)):
            story = story or read_story(text, passages, all_sources)
            inner = _inner_speaker(story, contents, passages, all_sources) if reported else None
            resolved = resolve_source(source, at, all_sources, story) if needs_resolving(source) else source
            headline = according is None and _is_headline(source)  # a headline says nothing: the item's credit does
            speaker = inner or (_item_credit(text, end) if headline else resolved)
        elif attributed and head_word(source).lower() == "transcript":  # 'Transcript as follows: "…"'
            story = story or read_story(text, passages, all_sources)
            speaker = _transcript_speaker(story, text[start:end], at) or source
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
                speaker = resolve_source(who, subject[0], all_sources, story) if needs_resolving(who) else who
            else:  # '"…," said Ann Lee' with only "said" marked: the name after it
                after = _named_after_verb(text, cue[0] + len(cue[1])) if cue[1].lower() in INVERTED_VERBS else None
                speaker = _participle_subject(story, cue) or _and_joined_subject(story, cue) or after or ""
        if not attributed and not speaker and (tag := _tag_inside(text, start, end, contents)):
            story = story or read_story(text, passages, all_sources)  # 'Lee called it "…"' with no source marked
            who = tag[1]
            speaker = resolve_source(who, tag[0], all_sources, story) if needs_resolving(who) else who
        quotes.append(GoldQuote(text[start:end].strip(), start, source, speaker, at))
    return quotes


def _transcript_speaker(story: Story, words: str, at: int) -> str | None:
    """Who speaks the words a transcript as source records: the speaker its label in capitals opens them with
    ('"LEE: We will …"': the person the story names so, else the label; none for a writing's, "VIDEO:"), else the
    person the story reports just before the transcript ('Gov. Ann Lee said, "…" Transcript as follows: "…"')."""
    label = re.match(r"\s*([A-Z][A-Z.'\u2019 -]*[A-Z])\s*:", words)
    if label and label.group(1).lower() in DOCUMENT_HEADS:
        return None  # '"VIDEO: …"': a clip's caption, no one's words
    if label:
        person = story.person_named(label.group(1).title())
        return person.name if person else label.group(1).title()
    person = resolve_pronoun(story, at, None)
    return person.name if person else None


def _item_credit(text: str, end: int) -> str:
    """The outlet a digest item credits in square brackets closing its paragraph ('LEE WINS "…" [Dale Herald.]'),
    whose report the quoted words are; "" (no one named) when there is none."""
    paragraph_end = text.find("\n", end)
    credit = re.search(r"\[([^\[\]]+?)\.?\]\s*$", text[end : paragraph_end if paragraph_end >= 0 else len(text)])
    return credit.group(1).strip() if credit else ""


def _is_headline(source: str) -> bool:
    """A source written all in capitals, three words or more: the headline of a digest's item ("LEE WINS IN
    OHIO"), no speaker; the words are whose the item's report says they are."""
    return len(re.findall(r"[A-Za-z]+", source)) >= 3 and source == source.upper()


def _subject_of_cue(text: str, cue: Spot) -> Spot | None:
    """Who speaks in an attribution annotated with a cue but no source, and where: a name or he/she right before the
    cue in its sentence ('He called her handling "…"', 'what Lee called the "…"'), or a group someone's plural
    writes ('his supporters were shown chanting "…"'); None for anything else ("There", "When" opening the sentence,
    a run of capitals reaching back past a sentence's end)."""
    at, words = cue
    if re.match(r"(?:was|were|is|are|be|been|being)\s+(?:asked|told|questioned|pressed)\b", words):
        return None  # 'Lee was asked "…"': the one asked is not who asks
    lo = max(0, at - 60)
    group = re.search(r"(?<![\w'\u2019])((?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+s)\s+$", text[lo:at])
    if group and is_plural(group.group(1).split()[-1]):  # 'his supporters were shown chanting "…"': the group
        return lo + group.start(1), group.group(1)
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
    of the words they are brought in as ('Lee's call for "…"', 'his claim that "…"', 'comments from Lee that "…"'),
    or the subject of a clause that reports them ('in which Lee called herself "…"', `_reporting_clause`): the content
    holds someone else's attribution, so the quoted words are that speaker's, not the source's who reports them."""
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
    sent = re.search(  # "comments from former Gov. Ann Lee that "…"": hers, as "Lee's comments that" are
        rf"\b(?:{said})\s+(?:from|by)\s+(?:[\w.-]+\s+){{0,5}}?(?<!\bof\s)(?P<name>{name})\s+that\s+[\"\u201c']$",
        text[max(0, start - 100) : start],
    )
    found = after or before or owned or sent or _reporting_clause(text[max(0, start - 100) : start], subject)
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
    """Whom a cue that is a participle after a comma or a dash ('Lee weighed in, calling it "…"', '… - adding that
    "…"') has as its subject: the first person named, or meant by a he or she, in the main clause of its sentence before
    it, or the person a description the clause opens on means ("The senator blasted it", "The Ohio senator blasted")."""
    at, words = cue
    after_pause = re.search(r"(?:,|\s[-\u2013\u2014]{1,2})\s*$", story.text[max(0, at - 4) : at])
    if not re.fullmatch(r"[a-z]+ing\b.*", words) or not after_pause:
        return None
    return _main_clause_subject(story, at)


def _and_joined_subject(story: Story, cue: Spot) -> str | None:
    """Whom a cue that is a verb of saying joined by "and" to the verb before it has as its subject ('He called it
    "…," and said any "…"', 'she told the Sun that … and said "…"'): the main clause's subject."""
    at, words = cue
    verb = words.split()[0] if words.split() else ""
    if verb not in SPEECH_VERBS | REPORTING_VERBS or not re.search(r"\sand\s+$", story.text[max(0, at - 6) : at]):
        return None
    return _main_clause_subject(story, at)


def _main_clause_subject(story: Story, at: int) -> str | None:
    """The first person named, or meant by a he or she, in the main clause of the sentence of `at` before it, or the
    person a description the clause opens on means."""
    index = story.sentence_of(at)
    intro = _intro_end(story, index)
    described = re.match(
        r"\s*([Tt]he\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b", story.text[intro:at]
    )
    if described:  # "The Democratic candidate blasted the plan, calling it "…"": whom the description means
        who = resolve_source(described.group(1), intro + described.start(1), [], story)
        return who if story.person_named(who) else None
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
    own = "|".join(REPORTING_VERBS | {"compared"})  # 'Lee later compared it to a "…," according to the Sun'
    said = (
        rf"(?P<name>{subject})\s+(?:(?:will|would)\s+(?:say|tell)|{verbs}|(?:{ADVERBS}\s+)?(?:{own}))\b"
        rf"|\b(?:{verbs})\s+(?P<after>{name})"
    )
    speakers = set()
    for a, b in contents:
        for m in re.finditer(said, story.text[a:b]):
            group = "name" if m.group("name") else "after"
            at, who = a + m.start(group), m.group(group).rstrip(".,")
            if any(s <= at < e for s, e in passages):
                continue
            if needs_resolving(who):
                who = resolve_source(who, at, sources, story)
            speakers.add(who)
    if not speakers and contents:  # "His criticism, according to the Sun, was: '…'": the words are his
        a = contents[0][0]
        owned = re.match(r"\s*(His|Her)\s+([a-z]+)\b", story.text[a : contents[0][1]])
        if owned and owned.group(2) in SPOKEN_HEADS | DOCUMENT_HEADS:
            person = resolve_pronoun(story, a + owned.start(1), PRONOUN_GENDER[owned.group(1).lower()])
            return person.name if person else None
    last_names = {re.sub(r"['\u2019]s?$", "", who.split()[-1]).lower() for who in speakers if who.split()}
    return max(speakers, key=len) if len(last_names) == 1 else None  # "Doe said …, which he called": one


# An adverb between a subject and its verb ("Lee later called it", "Lee publicly declared").
ADVERBS = r"(?:[a-z]+ly|later|also|then|again|once|even|previously|recently|first)"
# Verbs that report what someone said in their own words, beyond the verbs of saying ("Lee called it "…"").
REPORTING_VERBS = {
    "called", "declared", "tweeted", "testified", "stated", "chanted", "claimed", "insisted", "argued", "warned",
    "joked", "promised", "vowed", "slammed", "described", "labeled", "dubbed", "taunted", "remarked",
    "calls", "declares", "tweets", "claims", "insists", "argues", "warns", "describes", "labels", "dubs",
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

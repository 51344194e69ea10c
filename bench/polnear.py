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
The annotation files are read by bench/brat.py; who a reporting clause beside the words names is
bench/reporting_clauses.py, a cue's subject bench/cue_subjects.py, and whose words a headline, a transcript, "someone
who" or "one of her ads" holds bench/indirect_sources.py. Whether a drafted speaker names the gold one is
bench/speaker_match.py; bench/ruler_sample.py draws samples to judge the measure by.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from bench.brat import read_attributions, whole_word
from bench.cue_subjects import and_joined_subject, participle_subject, subject_of_cue
from bench.gold_sources import resolve_source
from bench.indirect_sources import (
    ONE_OF_HIS,
    SOMEONE_WHO,
    is_headline,
    item_credit,
    one_of_his,
    opening_someone,
    transcript_speaker,
)
from bench.referent_words import INVERTED_VERBS, SPEECH_VERBS
from bench.referents import Story, read_story
from bench.reporting_clauses import inner_speaker, named_after_verb, named_before_verb, tag_inside
from bench.source_reading import head_word, needs_resolving
from bench.tsv import tsv_rows

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "polnear"
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
    rows = [row for row in tsv_rows(root / "metadata.tsv") if row["compartment"] == split]
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


def gold_quotes(text: str, ann: str) -> list[GoldQuote]:
    found = read_attributions(ann)
    attributions = [(contents, whole_word(text, source)) for contents, source, _ in found]
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
        reported = bool(attributed) and (according is not None or is_headline(source))  # a digest item's headline too
        tagged = attributed and tag_inside(text, start, end, contents)
        if tagged:  # '… the Sun reported: "…," Ann Lee said': hers, the source only reports them
            story = story or read_story(text, passages, all_sources)
            who = tagged[1]
            speaker = resolve_source(who, tagged[0], all_sources, story) if needs_resolving(who) else who
        elif reported or (attributed and needs_resolving(source)):
            story = story or read_story(text, passages, all_sources)
            inner = inner_speaker(story, contents, passages, all_sources) if reported else None
            resolved = resolve_source(source, at, all_sources, story) if needs_resolving(source) else source
            headline = according is None and is_headline(source)  # a headline says nothing: the item's credit does
            speaker = inner or (item_credit(text, end) if headline else resolved)
        elif attributed and head_word(source).lower() == "transcript":  # 'Transcript as follows: "…"'
            story = story or read_story(text, passages, all_sources)
            speaker = transcript_speaker(story, text[start:end], at) or source
        elif attributed and re.fullmatch(SOMEONE_WHO, source.strip().lower()):
            story = story or read_story(text, passages, all_sources)
            speaker = opening_someone(story, at) or source
        elif attributed and re.fullmatch(ONE_OF_HIS, source.strip().lower()):
            story = story or read_story(text, passages, all_sources)
            speaker = one_of_his(story, source, at) or source
        elif attributed and source.strip().lower() in INVERTED_VERBS | {"according to"}:
            speaker = named_after_verb(text, at + len(source)) or source
        elif attributed and source.split()[0].lower() in SPEECH_VERBS:
            speaker = named_before_verb(text, at) or source
        elif not attributed and (cue := cues.get(id(contents))):
            story = story or read_story(text, passages, all_sources)  # 'He called it "…"' with no source marked
            subject = subject_of_cue(text, cue)
            if subject:
                who = subject[1]
                speaker = resolve_source(who, subject[0], all_sources, story) if needs_resolving(who) else who
            else:  # '"…," said Ann Lee' with only "said" marked: the name after it
                after = named_after_verb(text, cue[0] + len(cue[1])) if cue[1].lower() in INVERTED_VERBS else None
                speaker = participle_subject(story, cue) or and_joined_subject(story, cue) or after or ""
        if not attributed and not speaker and (tag := tag_inside(text, start, end, contents)):
            story = story or read_story(text, passages, all_sources)  # 'Lee called it "…"' with no source marked
            who = tag[1]
            speaker = resolve_source(who, tag[0], all_sources, story) if needs_resolving(who) else who
        quotes.append(GoldQuote(text[start:end].strip(), start, source, speaker, at))
    return quotes

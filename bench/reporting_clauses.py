"""Who a reporting clause by quoted words says speaks them: a tag beside them ('"…," Ann Lee said', 'Ann Lee said:
"…"'), the owner they are brought in as ('Lee's call for "…"'), a clause that reports them ('in which Lee called
herself "…"'), the clause inside an "according to" attribution ('"…," Lee said, according to the Sun'), or the name
beside a verb of saying an annotator marked as the source ('…," [said] Ann Lee')."""

from __future__ import annotations

import re

from bench.antecedents import resolve_pronoun
from bench.gold_sources import resolve_source
from bench.referent_words import ABBREVIATIONS, SPEECH_VERBS, TOKEN
from bench.referents import Story
from bench.source_reading import needs_resolving
from bench.source_words import DOCUMENT_HEADS, PRONOUN_GENDER, SPOKEN_HEADS


def tag_inside(text: str, start: int, end: int, contents: list[tuple[int, int]]) -> tuple[int, str] | None:
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


def inner_speaker(
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


def named_after_verb(text: str, at: int) -> str | None:
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


def named_before_verb(text: str, at: int) -> str | None:
    """The name right before a verb of saying marked as the source in the tag after a quotation ('"…," Ann Lee
    [said in a statement]', '"…?" Lee [asked]'): the annotator marked the cue, and who speaks is its subject."""
    tag = re.search(rf"[,\"\u201d]\s+((?:{TOKEN}\s+)*{TOKEN})\s+$", text[max(0, at - 80) : at])
    return tag.group(1) if tag else None


# An adverb between a subject and its verb ("Lee later called it", "Lee publicly declared").
ADVERBS = r"(?:[a-z]+ly|later|also|then|again|once|even|previously|recently|first)"
# Verbs that report what someone said in their own words, beyond the verbs of saying ("Lee called it "…"").
REPORTING_VERBS = {
    "called", "declared", "tweeted", "testified", "stated", "chanted", "claimed", "insisted", "argued", "warned",
    "joked", "promised", "vowed", "slammed", "described", "labeled", "dubbed", "taunted", "remarked",
    "calls", "declares", "tweets", "claims", "insists", "argues", "warns", "describes", "labels", "dubs",
}  # fmt: skip

"""Quotations set out in a layout of their own rather than in a sentence: a transcript's labelled turn quoted
whole, a headline giving a person's words, a signature or credit line under a quotation, a line naming the person
whose words follow it, a digest item's credit in brackets, a quoted title standing for an unnamed person, and the
quoted name of a work or slogan.

Used by :mod:`bot.draft.quotes`.
"""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.clean import is_headline_case
from bot.draft.mentions import Entity, Mention
from bot.draft.paragraphs import Paragraph
from bot.draft.story import TURN_LABEL, Story
from bot.draft.text import QuoteSpan


def labelled_turn(text: str, span: QuoteSpan, par: Paragraph, story: Story) -> Entity | None:
    """The person a quotation opening its paragraph labels as speaking, the way a transcript does ('"DOE: Why
    now?"', '"Jane Doe: We will."'), when the label names a person the story knows."""
    label = TURN_LABEL.match(text)
    if label is None or not nothing_before(par.text[: span.open]):
        return None
    turn = story.turn_speaker(label["label"])
    return turn if isinstance(turn, Entity) and turn.kind == "person" and not turn.anon else None


# A headline that gives a person's words after their name and a colon: "Jane Doe: 'We Will Rebuild The Pier'".
HEADLINE_VOICE = re.compile(r"\s*(?P<name>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})\s*:\s*[\u2018\u201c'\"]")


def headline_voice(story: Story) -> Entity | None:
    """The person a "Jane Doe: '…'" headline names, for a story that opens on a quotation no sentence attributes."""
    m = HEADLINE_VOICE.match(story.article.headline or "")
    if m is None:
        return None
    name = m["name"]
    entity = story.cast.lookup(name) or story.cast.lookup(name.split()[-1])
    return entity if entity is not None and entity.kind == "person" and not entity.anon else None


def nothing_before(lead: str) -> bool:
    """Only space before the quotation, or the first of two apostrophes that open it (''like this'')."""
    return lead.strip().removesuffix("'") == ""


# A paragraph that is one item of a list and only a quotation: "• "…"", "— "…".", "- "…";"
LIST_ITEM = re.compile(r"\s*[\u2022\u25cf\u25aa*\u2014\u2013-]\s*[\"\u201c].*[\"\u201d][.,;]?\s*", re.S)


def list_item(par: Paragraph) -> bool:
    """The paragraph is a list's item that holds one quotation and nothing else (after "Doe argued that:")."""
    return len(par.quotes) == 1 and LIST_ITEM.fullmatch(par.text) is not None


# A sentence saying who signed the writing just quoted: "It was signed by Jane Doe." / "The letter was signed by …"
SIGNED_BY = re.compile(r"\s*(?:It|The\s+[a-z]+)\s+was\s+signed\s+by\s+")


def signed_by(par: Paragraph) -> Entity | None:
    """The named person a short sentence says signed the writing quoted above it: "It was signed by Jane Doe."."""
    named = _named_after_opening(par, SIGNED_BY) if len(par.text) <= 120 else None
    return named.entity if named is not None else None


# A paragraph opening on who said the words just above it: "So said Jane Doe, …", "That was how Doe answered him.",
# "Those were the words of Doe".
SAID_SO = re.compile(
    r"\s*(?:So\s+(?:said|says)|Thus\s+spoke|(?:That|This)(?:\s+(?:was|is)|'s|\u2019s)\s+(?:how|what)|"
    r"(?:Those|These|Such)\s+were\s+the\s+words\s+of)\s+"
)


def said_so_by(par: Paragraph) -> Entity | None:
    """The named person a paragraph opens by crediting with the quotation above it: "So said Jane Doe."."""
    named = _named_after_opening(par, SAID_SO)
    return named.resolved if named is not None else None


def _named_after_opening(par: Paragraph, opening: re.Pattern) -> Mention | None:
    """In a paragraph of no quotation that opens with these words, the name of a known person right after them."""
    opened = opening.match(par.masked)
    if opened is None or par.quotes:
        return None
    named = next((m for m in par.mentions if m.start == opened.end() and m.kind == "name"), None)
    return named if named is not None and named.entity is not None and not named.entity.anon else None


def signature(par: Paragraph) -> Entity | None:
    """A short line that signs the quotation above it with a dash: "- Jane Doe." / "—Sen. Doe, tweeting", or
    that closes it as a pull quote's credit: "Jane Doe, Friends of the Harbour."" with the closing mark."""
    dash = re.match(r"\s*[-\u2014\u2013]+\s*", par.masked)
    credit = dash is None and re.search(r"[\"\u201d]\s*$", par.text) is not None
    if (dash is None and not credit) or par.quotes or len(par.text) > 120:
        return None
    first = next((m for m in par.mentions if m.entity is not None), None)
    if first is None or first.kind != "name":
        return None
    if credit:
        return first.resolved if first.start == 0 and par.masked[first.end : first.end + 1] == "," else None
    return first.resolved if dash is not None and first.start - dash.end() <= 20 else None


# What may follow the name on a line that heads someone's words: nothing, or their age, place or job after a comma,
# a colon or a bracket ("Jane Doe, 34, Phoenix", "Jane Doe (nurse):"), but no sentence's closing stop
_AFTER_HEADING_NAME = re.compile(r"(?:\s*[,:(][^.!?;\"\u201c\u201d]*)?")


def name_line(par: Paragraph) -> Entity | None:
    """The person a short line names as a voices piece heads each person's words ("Jane Doe, 34, Phoenix", then her
    quotation in a paragraph of its own)."""
    text = par.text.rstrip()
    first = par.mentions[0] if par.mentions else None
    if par.quotes or len(text) > 100 or first is None or first.start != 0 or first.kind != "name":
        return None
    if first.entity is None or first.entity.kind != "person" or first.entity.anon or first.possessive:
        return None
    return first.entity if _AFTER_HEADING_NAME.fullmatch(text[first.end :]) else None


# A credit in square brackets closing a paragraph, as a digest of other outlets' stories credits each item: "[WaPo.]"
BRACKETED_CREDIT = re.compile(r"\[(?P<name>[A-Z][\w.\u2019'&-]*(?:\s+[A-Z&][\w.\u2019'&-]*){0,4}?)\.?\]\s*$")


# What a transcript or a page sets in brackets at a paragraph's end that credits no one: a sound or an aside
# ("[Applause]"), or a newsroom's label or pointer ("[Updated]", "[Photo]", "[Related]")
STAGE_DIRECTIONS = frozenset(
    "applause laughter laughs laughing cheers cheering boos booing crosstalk inaudible unintelligible silence pause "
    "music sic chanting chants audience video audio clip break recess end update updated updates correction "
    "corrected clarification editor editors note photo photos image graphic map chart watch related more link".split()
)


def bracketed_credit(par: Paragraph, story: Story) -> Entity | None:
    """The outlet or writer a paragraph credits in square brackets at its end ('HEADLINE "…" [Acme News.]'), whose
    words a quotation of the paragraph that no sentence attributes are; not a transcript's "[Applause]"."""
    m = BRACKETED_CREDIT.search(par.text)
    if m is None or m["name"].split()[0].rstrip(".").lower() in STAGE_DIRECTIONS:
        return None
    name = m["name"].rstrip(".")
    return story.cast.lookup(name) or story.cast.organisation(name)


def quoted_title(masked: str, span: QuoteSpan, text: str, story: Story) -> Entity | None:
    """The unnamed person a short quoted title stands for: 'a "Sr. Acme SME," whose name …'."""
    if len(text.split()) > 6 or not re.search(r"\b(?:an?|the|one)\s+$", masked[max(0, span.open - 6) : span.open]):
        return None
    if not text[:1].isupper():
        return None  # a lower-case epithet ("a \u201cpetulant child\u201d who …") is someone's words about a person
    follow = masked[span.end : span.end + 200]
    if not re.match(r",?\s*(?:who|whose)\b", follow):
        return None
    entity = story.cast.anonymous(text.rstrip(" ,"), text.split()[-1].lower())
    entity.withheld = entity.withheld or bool(lx.WITHHELD.search(follow))
    entity.role = entity.role or f"described by the title \u201c{text.rstrip(' ,')}\u201d"
    return entity


def is_title(text: str, span: QuoteSpan, par: Paragraph) -> bool:
    """A quoted name of a work, exhibition or slogan ("Keep Our Branches Open")."""
    core = text.rstrip(",.")
    words = core.split()
    if len(words) < 2 or re.search(r"[.!?]\s", core) or not core[:1].isupper():
        return False  # "undocumented Democrats" is someone's words, not a title
    capital = [
        w for w in words[1:] if w.lower() not in {"of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "&"}
    ]
    return is_headline_case(core) or (bool(capital) and all(w[0].isupper() for w in capital))

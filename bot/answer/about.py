"""Asks about the brief itself (headline, outlet, dates, byline, editors, status), answered from its own fields."""

from __future__ import annotations

import re

from bot.answer.forms import SAID_IN
from bot.briefs.model import Brief, Fact

SOURCE_ID = "source"
SOURCE_SECTION = "sources"

# Asks about the story as a publication rather than about what it reports. Run on normalise()d text.
_ABOUT_RE = re.compile(
    r"\b(outlet|publications?|publisher|republish\w*|page date)\b|\bdate (is )?on (this|the|my|our) (page|copy)\b|"
    r"\bwho (wrote|reported|writes|authored|is editing|edits|edited|is the editor|are the editors)\b|"
    r"\b(author|authors|writer|writers|reporters?|editors?) (of|on|for) (this|it|the (story|piece|article|brief))\b|"
    r"\bwho is (the|our) (author|writer|reporter|editor)s?\b|\bwho is on (this|it|the story)\b|"
    r"\b(which|what) (paper|outlet|site|newspaper|publication|news ?outlet|organization|organisation) "
    r"(is|was|ran|published|wrote|broke|reported)\b|"
    r"\bwhen (was|did) (this|it|the (story|piece|article|report)) (published|come out|run|ran|go up|out|written)\b|"
    r"\b(is|was) (this|it|the (story|piece|article)) (from|published|written|out|new|old|current|recent|final)\b|"
    r"\b(status|last updated|last update|when was the brief updated|how old is (this|the story))\b|"
    r"\b(where|who) (is|was) (this|it|the (story|piece|article)) from\b|\bsource of (this|the) story\b|"
    r"\bwhose (story|piece|article) is (this|it)\b|"
    r"\boriginal (story|source|article|piece|report)\b|\bpub(lication)? date\b|\bdate published\b|\bpublished date\b|"
    r"^(what|which) (paper|outlet|newspaper|publication|news ?outlet)\b|"
    r"^(the |a |any |got a )?links?( to (it|this|the (story|piece|article|original)))?( pls| please)?$|"
    r"^(any |are there any |were there any |the )?(corrections?|errata)( so far| yet| on (this|it))?$|"
    r"\bcontributing (credit|reporters?|writers?)\b|\b(run|ran) in print\b|"
    r"\bwhat (is )?(this|the) (story|piece|article) called\b"
)
# Words only the story as published has ("hed", "byline"): any ask naming one is about it.
_ITS_OWN_WORDS = frozenset("headline headlines hed dek byline bylines bylined dateline url urls".split())
# The story as a publication, named or pointed at ("this", "the piece", "our copy")...
POINTED_AT = frozenset("this story piece article brief original ours".split())
# ...and what a reporter asks of it: who put it out and wrote it, when and where it ran, its state and its editors.
_PUBLICATION_WORDS = frozenset(
    "outlet publication publications publisher pub paper newspaper site wire org organisation organization ours "
    "author authors authored writer writers wrote write written reporter reporters reported credit "
    "published publish run ran live print moved move posted out "
    "status final draft wip version current editor editors editing edits edited owns owner ping link broke corrected "
    "correction corrections retracted retraction developing archived".split()
)
# Verbs whose "out" says how something goes ("play out", "turn out"), not that the story is out.
_OUT_AFTER = frozenset(
    "play plays played playing turn turns turned turning pan pans panned work works worked figure find rule carry "
    "point lay spell sort shake shakes shook".split()
)
# Every word an ask about the story as published is put in: none of them names something in the story.
ABOUT_WORDS = (
    _ITS_OWN_WORDS
    | _PUBLICATION_WORDS
    | frozenset("page writes come go from new old recent last updated update source original on date".split())
)


def asks_about_brief(norm: str) -> bool:
    """Whether a normalised ask is about the story as published (its outlet, headline, dates, byline, editors): it
    says so in the story's own words, or points at the story and asks what a publication has."""
    words = norm.split()
    if _ABOUT_RE.search(norm) is not None or not _ITS_OWN_WORDS.isdisjoint(words):
        return True
    asking = set(words) & _PUBLICATION_WORDS
    if "out" in asking and any(a in _OUT_AFTER and b == "out" for a, b in zip(words, words[1:], strict=False)):
        asking.discard("out")  # "how will this play out": what is to come, not whether the story ran
    return not POINTED_AT.isdisjoint(words) and bool(asking)


# Words naming where a story ran: "who wrote it and for what paper" asks of the story whatever came before.
_OUTLET_WORDS = frozenset("paper newspaper outlet publication publisher site wire".split())
# Writings a story reports on, not the story itself: "who wrote it" after an ask about one of these asks of it.
_REPORTED_WRITINGS = (SAID_IN - POINTED_AT - frozenset("story headline".split())) | frozenset(
    "ordinance ordinances resolution resolutions amendment amendments measure measures proposal proposals treaty "
    "treaties contract contracts lawsuit lawsuits suit complaint petition petitions".split()
)


def means_a_writing_asked_about(norm: str, previous_norm: str) -> bool:
    """Whether an ask's "it" is a writing the previous ask was about ("who wrote it" after "what would the law have
    allowed"), not the story as published; both asks normalised."""
    words = norm.split()
    if "it" not in words or not (POINTED_AT | _ITS_OWN_WORDS | _OUTLET_WORDS).isdisjoint(words):
        return False  # "who wrote it and for what paper" is the story's
    return not _REPORTED_WRITINGS.isdisjoint(previous_norm.split())


# What an ask about the story as published asks for first, by its words (normalised); else where and when it ran.
_FIELD_WORDS = {
    "corrections": "corrected correction corrections retracted retraction errata",
    "link": "url urls link links",
    "byline": "byline bylines bylined author authors authored writer writers wrote write written reporter reporters "
    "credit",
    "headline": "headline headlines hed dek called",
    "page": "page copy republished republisher",
    "brief": "status final draft wip version current editor editors editing edits edited owns owner ping updated "
    "update touched developing archived",
}
_FIELDS_ASKED = tuple((field, frozenset(words.split())) for field, words in _FIELD_WORDS.items())


def field_asked(norm: str) -> str:
    """Which of the story's details a normalised ask about it wants first: "corrections", "link", "byline",
    "headline", "page" (the copy used), "brief" (its status, last update and editors), else "published" (outlet and
    date)."""
    words = norm.split()
    return next((field for field, asking in _FIELDS_ASKED if not asking.isdisjoint(words)), "published")


def source_item(brief: Brief, asked: str = "published") -> Fact:
    """The brief's own details as one citable item, cited as `source`, the one `asked` for (`field_asked`) first."""
    source = brief.source
    editors = ", ".join(editor.name for editor in brief.editors)
    copy = ""
    if source.republisher or source.page_date:
        copy = f"Republished by {source.republisher}" if source.republisher else "The copy used"
        copy += (f" on a page dated {source.page_date}" if source.page_date else "") + "."
    sentences = {
        "published": f"Published by {source.outlet}, first on {source.published}.",
        "headline": f"Headline: “{source.headline}”." if source.headline else "The brief gives no headline.",
        "byline": f"By {source.byline}." if source.byline else "The brief gives no byline.",
        "page": copy,
        "brief": f"The brief is {brief.status}, last updated {brief.updated}; editors: {editors}.",
        "link": f"Link: {source.url}" if source.url else "",
        "corrections": _corrections(brief) if asked == "corrections" else "",
    }
    first = sentences.pop(asked) if sentences.get(asked) else ""
    if asked == "link" and not source.url:
        first = "The brief gives no link to the original."
    text = " ".join(sentence for sentence in (first, *sentences.values()) if sentence)
    return Fact(id=SOURCE_ID, text=text, basis="The brief's source details")


def _corrections(brief: Brief) -> str:
    """The brief's corrections, latest first, or that it has none."""
    if not brief.corrections:
        return "The brief has no corrections."
    made = sorted(brief.corrections, key=lambda correction: correction.date, reverse=True)
    return " ".join(f"Correction ({correction.date}): {correction.text}" for correction in made)

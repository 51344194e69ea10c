"""PolNeAR articles as pasted from an e-mail, a wire feed or a PDF, every paragraph cut into lines at a fixed width:
how much the drafter leans on a paragraph being one line (bench_draft's --hard-wrapped); and as copied from a web
page, the page's lines between the paragraphs, or saved as the page itself (--web-copy).

A newsroom's copy often arrives so: wire stories and e-mailed drafts are cut at 65 to 80 characters, and a line may
start with a name or a quotation mark as well as with a lower-case word; text copied from a PDF is cut narrower, with
long words broken across lines by a hyphen. Only the text's line breaks (and those hyphens) change, as gold quotations
are matched by their words, so the fall from train's own figure is what the cutting costs.
"""

from __future__ import annotations

import hashlib
import html
import re
import textwrap
from dataclasses import replace

from bench.polnear import Article

WIDTH = 72  # the width e-mail and wire copy are most often cut at
PDF_WIDTH = 60  # a PDF column's, about
BROKEN = 8  # letters from which a word that does not fit is broken across the line with a hyphen
# The forms a photo's credit takes at the end of its caption on news sites, with an invented photographer.
CREDITS = (
    "(Photo: Ada Ferro/Getty Images)",
    "(AP Photo/Ada Ferro)",
    "Ada Ferro/Reuters",
    "Ada Ferro/AFP via Getty Images",
)
RELATED = "RELATED: Harbour board delays ferry terminal again"
PAGE_END = ("Sign up for our newsletter", "Share this article")
PULLED_WORDS = 8  # a quotation of this many words or more is long enough for a page to set apart


def hard_wrapped(article: Article) -> Article:
    """The article with each paragraph (blank-line block) cut into lines of at most WIDTH characters."""
    blocks = article.text.split("\n\n")
    cut = ["\n".join(textwrap.wrap(block, WIDTH, break_long_words=False, break_on_hyphens=False)) for block in blocks]
    return replace(article, text="\n\n".join(cut))


def from_pdf(article: Article) -> Article:
    """The article with each paragraph cut into lines of at most PDF_WIDTH characters, a long word that does not fit
    broken across two lines by a hyphen when at least three of its letters fit."""
    return replace(article, text="\n\n".join(_broken_lines(block) for block in article.text.split("\n\n")))


def _broken_lines(block: str) -> str:
    lines, line = [], ""
    for word in block.split():
        if not line or len(line) + 1 + len(word) <= PDF_WIDTH:
            line = f"{line} {word}".lstrip()
            continue
        room = PDF_WIDTH - len(line) - 2
        if len(word) >= BROKEN and room >= 3 and word[:room].isalpha():
            lines.append(f"{line} {word[:room]}-")
            line = word[room:]
        else:
            lines.append(line)
            line = word
    return "\n".join([*lines, line])


def from_web_page(article: Article) -> Article:
    """The article as copied from its page: "Advertisement" after the first paragraph and every sixth, a photo's
    caption naming someone the story quotes after the second (credited in one of four ways news sites use), its
    longest quotation set apart as a pull quote after the third, a related link after the fifth, and the page's
    sign-up lines at the end. Captions and pull quotes are what such a copy holds that a story's own text does not:
    a person a caption names could take the next "he said", and a pull quote gives the story's words twice."""
    head, *body = article.text.split("\n\n")
    shown, pulled = _shown_and_pulled(article)
    lines = [head]
    for n, paragraph in enumerate(body):
        lines.append(paragraph)
        if n % 6 == 0:
            lines.append("Advertisement")
        if n == 1 and shown:
            lines.append(f"{shown} at a campaign event on Monday. {CREDITS[_drawn(article) % len(CREDITS)]}")
        if n == 2 and pulled:
            lines.append(f"\u201c{pulled}\u201d")
        if n == 4:
            lines.append(RELATED)
    return replace(article, text="\n\n".join([*lines, *PAGE_END]))


def as_saved_page(article: Article) -> Article:
    """The article as its saved web page: the site's menu, the headline in <h1>, a byline, each line of the story
    in a <p>, and the same caption (in a <figure>), pull quote and related link (in <aside>s) as `from_web_page`
    sets between them, then the page's footer."""
    head, *body = [line for line in article.text.split("\n") if line.strip()]
    shown, pulled = _shown_and_pulled(article)
    e = html.escape
    parts = [
        f"<!doctype html><html><head><meta charset='utf-8'><title>{e(head)} | The Ledger</title></head><body>",
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/politics'>Politics</a></li></ul></nav>",
        f"<main><article><h1>{e(head)}</h1><p class='byline'>By Ada Ferro</p>",
    ]
    for n, paragraph in enumerate(body):
        parts.append(f"<p>{e(paragraph)}</p>")
        if n == 1 and shown:
            credit = e(CREDITS[_drawn(article) % len(CREDITS)])
            parts.append(
                f"<figure><img src='/a.jpg' alt=''><figcaption>{e(shown)} on Monday. {credit}</figcaption></figure>"
            )
        if n == 2 and pulled:
            parts.append(f"<aside class='pullquote'><blockquote>\u201c{e(pulled)}\u201d</blockquote></aside>")
        if n == 4:
            parts.append(f"<aside class='related'><a href='/x'>{e(RELATED)}</a></aside>")
    parts.append("</article></main><footer><p>Sign up for our newsletter</p></footer></body></html>")
    return replace(article, text="\n".join(parts))


def _shown_and_pulled(article: Article) -> tuple[str | None, str | None]:
    """Whom a page's photo shows (the first person the story quotes by a two-word name) and the quotation it sets
    apart (its longest, when long enough)."""
    shown = next((q.speaker for q in article.quotes if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", q.speaker)), None)
    longest = max((q.text for q in article.quotes), key=len, default="")
    return shown, longest.strip().rstrip(",") if len(longest.split()) >= PULLED_WORDS else None


def _drawn(article: Article) -> int:
    return hashlib.sha1(article.name.encode()).digest()[0]

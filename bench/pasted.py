"""PolNeAR articles as pasted from an e-mail or a wire feed, every paragraph cut into lines at a fixed width: how much
the drafter leans on a paragraph being one line (bench_draft's --hard-wrapped).

A newsroom's copy often arrives so: wire stories and e-mailed drafts are cut at 65 to 80 characters, and a line may
start with a name or a quotation mark as well as with a lower-case word. Only the text's line breaks change (gold
quotations are matched by their words), so the fall from train's own figure is what the cutting costs.
"""

from __future__ import annotations

import textwrap
from dataclasses import replace

from bench.polnear import Article

WIDTH = 72  # the width e-mail and wire copy are most often cut at


def hard_wrapped(article: Article) -> Article:
    """The article with each paragraph (blank-line block) cut into lines of at most WIDTH characters."""
    blocks = article.text.split("\n\n")
    cut = ["\n".join(textwrap.wrap(block, WIDTH, break_long_words=False, break_on_hyphens=False)) for block in blocks]
    return replace(article, text="\n\n".join(cut))

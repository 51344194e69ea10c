"""bench/pasted.py: an article's paragraphs cut into lines at a fixed width, its words and paragraphs as they were; or
a web page's lines set between them."""

from __future__ import annotations

from bench.pasted import (
    CREDITS,
    PAGE_END,
    PDF_WIDTH,
    RELATED,
    WIDTH,
    as_saved_page,
    from_pdf,
    from_web_page,
    hard_wrapped,
)
from bench.polnear import Article, GoldQuote
from bot.draft.htmltext import read_page

PARAGRAPH = (
    "Mayor Ellen Marsh and Board Chair Sam Oyelowo met Bayline Ferries on Tuesday. \u201cWe cannot borrow more this "
    "year,\u201d Marsh said, adding that the City of Salemport could not pay its share of the new terminal."
)
TEXT = f"Harbour board delays ferry terminal\n\n{PARAGRAPH}\n\n{PARAGRAPH}"


def test_each_paragraph_is_cut_into_lines_no_wider_than_the_width_and_nothing_else_changes() -> None:
    gold = [GoldQuote("We cannot borrow more this year,", TEXT.index("We cannot"), "Marsh", "Ellen Marsh")]
    article = Article("made-up_2016-01-01_ferry", "train", "made-up", "2016-01-01", TEXT, gold)
    cut = hard_wrapped(article)
    blocks = cut.text.split("\n\n")
    assert len(blocks) == 3 and blocks[0] == "Harbour board delays ferry terminal"
    for block in blocks[1:]:
        lines = block.split("\n")
        assert len(lines) >= 3 and max(map(len, lines)) <= WIDTH
        assert " ".join(lines) == PARAGRAPH
    assert cut.quotes == article.quotes


def test_as_from_a_pdf_lines_are_narrower_and_long_words_are_broken_with_a_hyphen() -> None:
    paragraph = (
        "The harbour board postponed construction of the Salemport ferry terminal indefinitely, citing extraordinary "
        "circumstances and unprecedented administrative complications."
    )
    article = Article("made-up_2016-01-01_ferry", "train", "made-up", "2016-01-01", f"Delay\n\n{paragraph}", [])
    head, block = from_pdf(article).text.split("\n\n")
    lines = block.split("\n")
    assert head == "Delay" and max(map(len, lines)) <= PDF_WIDTH and any(line.endswith("-") for line in lines)
    rejoined = "".join(line[:-1] if line.endswith("-") else f"{line} " for line in lines).strip()
    assert rejoined == paragraph


def test_as_from_a_web_page_its_lines_stand_between_the_paragraphs_a_caption_shows_someone_and_a_quote_is_pulled() -> (
    None
):
    paragraphs = [f"{PARAGRAPH} ({n})" for n in range(7)]
    said = "We cannot borrow more this year, and the city cannot pay its share,"
    gold = [GoldQuote("We cannot borrow more this year,", 0, "Marsh", "Ellen Marsh"), GoldQuote(said, 0, "", "")]
    article = Article(
        "made-up_2016-01-01_ferry", "train", "made-up", "2016-01-01", "\n\n".join(["Delay", *paragraphs]), gold
    )
    page = from_web_page(article)
    blocks = page.text.split("\n\n")
    assert [b for b in blocks if b in paragraphs] == paragraphs and blocks[0] == "Delay"
    assert blocks[2] == "Advertisement" and blocks.count("Advertisement") == 2 and RELATED in blocks
    caption = blocks[blocks.index(paragraphs[1]) + 1]
    assert caption.startswith("Ellen Marsh at ") and caption.endswith(CREDITS)
    assert blocks[blocks.index(paragraphs[2]) + 1] == f"\u201c{said[:-1]}\u201d"  # the longest, set apart
    assert tuple(blocks[-2:]) == PAGE_END and page.quotes == article.quotes


def test_as_a_saved_page_each_line_is_a_paragraph_under_the_headline_and_the_page_reader_keeps_only_the_story() -> None:
    paragraphs = [f"{PARAGRAPH} ({n})" for n in range(7)]
    gold = [GoldQuote("We cannot borrow more this year,", 0, "Marsh", "Ellen Marsh")]
    article = Article(
        "made-up_2016-01-01_ferry", "train", "made-up", "2016-01-01", "\n\n".join(["Delay", *paragraphs]), gold
    )
    page = read_page(as_saved_page(article).text)
    assert page.headline == "Delay" and page.blocks == paragraphs  # menu, byline, figure, asides and footer left out

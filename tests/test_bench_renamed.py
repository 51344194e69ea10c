"""bench/renamed.py: given names swapped for invented ones, the same way in the text and in the gold quotations."""

from __future__ import annotations

from bench.polnear import Article, GoldQuote
from bench.renamed import invented_names, with_invented_names
from bot.first_names import first_name_genders

TEXT = (
    "Council weighs ferry fares\n\n"
    "Jane Doe, the council's chair, spoke first. \u201cWe will vote in May,\u201d Doe said. "
    "Peter Q. Roe disagreed: \u201cJane knows better,\u201d said Peter Roe, who follows @JaneDoe online."
)


def _article() -> Article:
    quotes = [
        GoldQuote("We will vote in May,", TEXT.index("We will"), "Doe", "Jane Doe"),
        GoldQuote("Jane knows better,", TEXT.index("Jane knows"), "Peter Roe", "Peter Roe"),
    ]
    return Article("made-up_2016-01-01_ferry", "train", "made-up", "2016-01-01", TEXT, quotes)


def test_invented_names_are_unknown_to_the_table_and_distinct() -> None:
    names = invented_names()
    assert len(names) > 100
    assert not set(names) & set(first_name_genders())


def test_given_names_before_a_surname_are_swapped_consistently() -> None:
    renamed = with_invented_names(_article())
    jane, peter = renamed.quotes[0].speaker.split()[0], renamed.quotes[1].speaker.split()[0]
    assert {jane, peter} <= set(invented_names()) and jane != peter
    assert f"{jane} Doe, the council's chair" in renamed.text
    assert f"{peter} Q. Roe disagreed" in renamed.text and f"said {peter} Roe" in renamed.text
    assert renamed.quotes[1].source == f"{peter} Roe"


def test_a_given_name_not_before_a_surname_and_handles_stay() -> None:
    renamed = with_invented_names(_article())
    assert "\u201cJane knows better,\u201d" in renamed.text and renamed.quotes[1].text == "Jane knows better,"
    assert "@JaneDoe" in renamed.text
    assert "in May," in renamed.text  # a month the table might list stays: no capitalised word follows it

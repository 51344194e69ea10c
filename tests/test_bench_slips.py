"""bench/slips.py: one slip a phone makes, in an ask's longest word, the same every run."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from bench.slips import with_slip

ASKS = ["who wrote the story", "where exactly did she give the speech", "when did the ferry talks fall apart"]


def test_one_slip_in_the_longest_word_keeping_its_first_letter():
    for ask in ASKS:
        slipped = with_slip(ask)
        changed = [(a, b) for a, b in zip(ask.split(), slipped.split(), strict=True) if a != b]
        assert len(changed) == 1, ask
        word, typed = changed[0]
        assert len(word) == max(len(w) for w in ask.split())
        assert typed[0] == word[0] and OSA.distance(word, typed) == 1


def test_the_same_slip_every_run_and_none_without_a_long_word():
    assert [with_slip(ask) for ask in ASKS] == [with_slip(ask) for ask in ASKS]
    assert with_slip("is it ok") == "is it ok"

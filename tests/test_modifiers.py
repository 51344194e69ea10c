"""The answer engine's table of English adjectives and adverbs (bot/answer/modifiers.tsv) and where it comes from."""

from __future__ import annotations

from bench.build_modifiers import MIN_ZIPF, OUT, modifiers
from bot.answer.words import can_describe, modifier_readings


def test_the_shipped_table_is_what_its_build_script_writes():
    rows = [line.split("\t") for line in OUT.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert [(word, readings) for word, readings in rows] == modifiers(MIN_ZIPF)


def test_a_word_that_can_be_a_noun_or_a_verb_is_no_modifier():
    assert modifier_readings("solidly") == {"ADV"}
    assert modifier_readings("skittish") == {"ADJ"}
    assert modifier_readings("faster") == {"ADJ", "ADV"}
    for word in ("regular", "fit", "race", "ferry", "owes"):
        assert modifier_readings(word) == frozenset(), word


def test_a_word_that_can_be_an_adjective_among_other_things_can_describe():
    assert can_describe("regular") and can_describe("main") and can_describe("skittish")
    assert not can_describe("race") and not can_describe("solidly")

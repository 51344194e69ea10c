"""bench/slips.py: one slip a phone makes, in an ask's longest word, the same every run."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from bench.slips import (
    OPENINGS,
    REQUESTS,
    as_phoned,
    asked_indirectly,
    framed,
    typed_list,
    with_aside,
    with_lead_in,
    with_slip,
)
from tests.storysets import STORIES

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


def test_a_phones_style_is_lower_case_without_apostrophes_with_chat_shorthand():
    assert as_phoned("What's Doe's plan about the pier?") == "whats does plan abt the pier"
    assert as_phoned("Who went with her and why?") == "who went w/ her & why"
    assert as_phoned("Did 2 people vote for it") == "did 2 ppl vote for it"  # "for" stays: "4" could be a figure


def test_a_frame_is_an_opening_before_any_ask_and_a_request_only_before_a_question_word():
    assert framed("Who wrote it") == framed("Who wrote it") and framed("Who wrote it").endswith("who wrote it")
    for ask in ("did the council vote", "the vote?", "is it over"):
        assert framed(ask) in {opening.format(ask) for opening in OPENINGS}, ask
    asks = [f"who wrote part {n}" for n in range(60)]
    assert {framed(ask).removesuffix(ask) for ask in asks} == {frame.format("") for frame in OPENINGS + REQUESTS}


def test_a_question_asked_indirectly_keeps_a_statements_order_inside_a_request():
    assert asked_indirectly("who is the harbour master?") in {
        request.format("who the harbour master is") for request in REQUESTS
    }
    assert asked_indirectly("How old was she") in {request.format("how old she was") for request in REQUESTS}
    for ask in ("who was shot", "what is Doe doing", "why is it late", "who said it"):
        assert asked_indirectly(ask) == ask


def test_an_aside_from_the_splits_own_list_in_place_of_the_closing_mark_the_same_every_run():
    tuning = typed_list("tuning", STORIES, "asides")
    assert len(tuning) == 40 and all(aside[:1] in " ,(" for aside in tuning)
    lead_ins = typed_list("tuning", STORIES, "lead-ins")
    assert len(lead_ins) == 40 and all(lead_in.endswith(" ") for lead_in in lead_ins)
    assert with_lead_in("who wrote it", lead_ins).removesuffix("who wrote it") in lead_ins
    for ask in ASKS:
        typed = with_aside(ask + "?", tuning)
        assert typed == with_aside(ask + "?", tuning) and typed.removeprefix(ask) in tuning

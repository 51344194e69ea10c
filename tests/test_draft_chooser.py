"""The learned speaker chooser: its weights file, and choosing among the rules' candidates."""

from __future__ import annotations

from bot.draft.chooser import choose_speakers, gather_candidates, parse_weights, shipped_weights
from bot.draft.clean import clean_article
from bot.draft.quotes import UNATTRIBUTED, extract_quotes
from bot.draft.story import Story

PARAGRAPHS = [
    "Mayor Jane Doe of Salem met the harbour board on Tuesday.",
    "\u201cWe will rebuild the pier before winter,\u201d Doe said.",
    "Board chairman Rob Poe disagreed. \u201cThere is no money for it this year.\u201d",
]


def story_and_quotes():
    story = Story(clean_article("Salem argues over its pier\n\n" + "\n\n".join(PARAGRAPHS)))
    return story, extract_quotes(story)


def test_weights_file_rows_and_comments():
    assert parse_weights("# a comment\nrule\t1.5\nnone\t-2\n") == {"rule": 1.5, "none": -2.0}


def test_every_quotation_has_the_rules_choice_and_nobody_among_its_candidates():
    story, quotes = story_and_quotes()
    gathered = gather_candidates(story, quotes)
    for quote, candidates in zip(quotes, gathered, strict=True):
        ruled = [c for c in candidates if c.features.get("rule")]
        assert len(ruled) == 1 and ruled[0].entity is quote.speaker
        assert any(c.entity is None and c.features.get("none") for c in candidates)
    # the second quotation's candidates reach back to the person named in the paragraph before
    assert any(c.entity is not None and c.entity.name == "Jane Doe" for c in gathered[1])


def test_no_weights_keeps_the_rules_and_weights_decide_otherwise():
    story, quotes = story_and_quotes()
    ruled = [q.speaker_name for q in quotes]
    assert ruled == ["Jane Doe", "Rob Poe"]
    assert [q.speaker_name for q in choose_speakers(story, quotes, weights={})] == ruled
    chosen = choose_speakers(story, quotes, weights={"none": 5.0})
    assert [q.speaker_name for q in chosen] == [UNATTRIBUTED, UNATTRIBUTED]
    assert all("by the model" in q.how for q in chosen)


def test_shipped_weights_agree_with_the_rules_on_plain_cues():
    assert shipped_weights(), "bench/train_chooser.py --write makes the shipped weights"
    story, quotes = story_and_quotes()
    assert [q.speaker_name for q in choose_speakers(story, quotes)] == ["Jane Doe", "Rob Poe"]

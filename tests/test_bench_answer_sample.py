"""bench/answer_sample.py, on the tuning stories: every follow-up goes to a reader's part with the engine's citations
and none of the expected ids, the scored verdicts are sealed apart, and the tally sets readers' verdicts beside them."""

from __future__ import annotations

import csv

from bench.answer_sample import tally, write
from tests.storysets import load_story_sets, score


def test_every_follow_up_is_written_once_without_its_expected_ids_and_its_verdict_sealed(tmp_path):
    stories = load_story_sets("tuning")
    count = write("tuning", tmp_path)
    assert count == sum(len(story.asks) for story in stories)
    parts = [(tmp_path / f"part-{k}.txt").read_text(encoding="utf-8") for k in (1, 2)]
    assert sum(part.count("\nQ") for part in parts) == count
    shown = ("=== STORY ", "Q", "  (a follow-up; the question before it", "  the engine cites", "  the engine declines")
    assert all(not line or line.startswith(shown) for part in parts for line in part.splitlines())
    sealed = list(csv.DictReader((tmp_path / "sealed.tsv").open(encoding="utf-8"), delimiter="\t"))
    scores = [score(story.brief, story.asks) for story in stories]
    right = sum(row["scored_right"] == "1" for row in sealed)
    assert len(sealed) == count and right == sum(s.answered + s.abstained for s in scores)


def test_the_tally_counts_readers_who_agree_and_who_do_not(tmp_path):
    write("tuning", tmp_path)
    sealed = list(csv.DictReader((tmp_path / "sealed.tsv").open(encoding="utf-8"), delimiter="\t"))
    half = len(sealed) // 2
    for k, rows in ((1, sealed[:half]), (2, sealed[half:])):
        lines = ["qid\tcovered\tbot_right"]
        lines += [f"{r['qid']}\tyes\t{'yes' if r['scored_right'] == '1' else 'no'}" for r in rows]
        (tmp_path / f"judged-{k}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "judged-2.tsv").write_text(
        (tmp_path / "judged-2.tsv").read_text(encoding="utf-8").replace("\tno\n", "\tunsure\n", 1), encoding="utf-8"
    )
    counts = tally(tmp_path)
    scored_right = sum(r["scored_right"] == "1" for r in sealed)
    assert counts["answerable", True, "yes"] + counts["not covered", True, "yes"] == scored_right
    assert sum(counts.values()) == len(sealed)
    assert sum(n for (_, _, verdict), n in counts.items() if verdict == "unsure") == 1
    assert all(verdict != "no" or not scored for (_, scored, verdict) in counts)

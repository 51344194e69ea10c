"""The made-up articles of tests/madeup, scored as `make bench-draft` scores them: the tuning set stays at its
floor (the held-out set is never asserted on), and a label that does not fit its article is reported by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.bench_draft import score_article
from bench.madeup import LabelError, read_madeup
from bot.draft.scoring import Score

# Quotations found, and speakers right among them, on the tuning set when it was last changed for (bench_draft.py).
FLOOR = {"recall": 0.975, "speaker_accuracy": 0.915}


def test_the_tuning_set_holds_its_floor():
    total = Score()
    for article in read_madeup("tuning"):
        score, _ = score_article(article)
        total = total.add(score)
    assert total.gold > 2500
    assert total.recall >= FLOOR["recall"]
    assert total.speaker_accuracy >= FLOOR["speaker_accuracy"]


def test_a_quotation_not_in_its_article_is_reported_by_line(tmp_path: Path):
    (tmp_path / "tuning").mkdir()
    (tmp_path / "tuning" / "p9-a01.txt").write_text("Harbour vote\n\n\u201cWe won,\u201d Jane Doe said.\n")
    (tmp_path / "tuning" / "labels.tsv").write_text(
        "# article\tquoted words\tspeaker\thow\np9-a01\tWe won\tJane Doe\tcue after\np9-a01\tWe lost\tJane Doe\tx\n"
    )
    with pytest.raises(LabelError, match=r"labels.tsv:3: the quoted words are not in p9-a01.txt"):
        read_madeup("tuning", tmp_path)


def test_unnamed_and_unattributed_labels_read_as_the_measure_reads_sources(tmp_path: Path):
    (tmp_path / "tuning").mkdir()
    (tmp_path / "tuning" / "p9-a01.txt").write_text("Vote\n\n\u201cYes,\u201d an aide said. \u201cNo\u201d\n")
    (tmp_path / "tuning" / "labels.tsv").write_text(
        "p9-a01\tYes\tunnamed: an aide\tcue after\np9-a01\tNo\tunattributed\tnone\n"
    )
    (article,) = read_madeup("tuning", tmp_path)
    assert [(q.text, q.speaker, q.start) for q in article.quotes] == [("Yes", "an aide", 7), ("No", "", 28)]
    assert article.publisher == "p9"

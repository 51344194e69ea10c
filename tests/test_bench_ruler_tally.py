"""bench/ruler_sample.py --tally: readers' verdicts on a blind sample set beside whether the measure credits the
drafter, counts only."""

from __future__ import annotations

from bench.ruler_sample import tally


def test_readers_verdicts_are_counted_beside_the_measures_credit(tmp_path):
    answers = tmp_path / "answers.tsv"
    answers.write_text(
        "id\tarticle\truler\tdrafter\tcredited\n"
        "1\ta\tJane Doe\tJane Doe\tyes\n"
        "2\ta\tJane Doe\tTom Roe\tno\n"
        "3\tb\tAcme\tAcme\tyes\n"
        "4\tb\tAnn Lee\tUnattributed\tno\n",
        encoding="utf-8",
    )
    first, second = tmp_path / "judged-1.tsv", tmp_path / "judged-2.tsv"
    first.write_text(
        "id\tlabel\truler_agrees\tdrafter_agrees\tnote\n1\tJane Doe\tyes\tyes\t\n2\tJane Doe\tyes\tno\t\n",
        encoding="utf-8",
    )
    second.write_text(
        "id\tlabel\truler_agrees\tdrafter_agrees\tnote\n3\tBo Kim\tno\tno\t\n4\tAnn Lee\tambiguous\tyes\t\n",
        encoding="utf-8",
    )
    counts = tally(answers, [first, second])
    assert counts["judged"] == 4 and counts["measure credits the drafter"] == 2
    assert counts["reader: drafter yes"] == 2 and counts["reader: drafter no"] == 2
    assert counts["reader: ruler yes"] == 2 and counts["reader: ruler no"] == 1
    assert counts["reader: ruler ambiguous"] == 1
    assert counts["credited, reader says no"] == 1 and counts["not credited, reader says yes"] == 1

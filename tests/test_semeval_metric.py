"""The SemEval-2020 Task 11 metrics in ``benchmarks/ptc.py``, checked on hand-computed cases."""

from __future__ import annotations

import pytest
from benchmarks.ptc import DEFAULT_DATA, line_units, load_split, merge_spans, si_score, tc_score


def test_perfect_si_prediction_scores_one() -> None:
    gold = {"1": [(0, 10), (20, 30)]}
    assert si_score(gold, gold).f1 == pytest.approx(1.0)


def test_si_partial_overlap_gives_partial_credit() -> None:
    # task definition: C(s, t, h) = |s ∩ t| / h; P normalises by |s|, R by |t|
    gold = {"1": [(0, 10)]}
    pred = {"1": [(5, 25)]}  # 5 shared characters
    score = si_score(pred, gold)
    assert score.precision == pytest.approx(5 / 20)
    assert score.recall == pytest.approx(5 / 10)
    assert score.f1 == pytest.approx(2 * 0.25 * 0.5 / 0.75)


def test_si_one_long_span_over_two_gold_spans() -> None:
    gold = {"1": [(0, 10), (20, 30)]}
    pred = {"1": [(0, 30)]}
    score = si_score(pred, gold)
    assert score.precision == pytest.approx(20 / 30)  # both overlaps count for the one prediction
    assert score.recall == pytest.approx(1.0)


def test_si_counts_over_the_corpus_and_ignores_unknown_articles() -> None:
    gold = {"1": [(0, 10)], "2": [(0, 10)]}
    pred = {"1": [(0, 10)], "3": [(0, 10)]}  # article 3 is not in gold: ignored
    score = si_score(pred, gold)
    assert score.precision == pytest.approx(1.0)
    assert score.recall == pytest.approx(0.5)
    assert (score.n_pred, score.n_gold) == (1, 2)


def test_si_no_predictions_scores_zero_and_overlapping_predictions_are_merged() -> None:
    gold = {"1": [(0, 10)]}
    assert si_score({}, gold).f1 == 0.0
    merged = si_score({"1": [(0, 6), (4, 10)]}, gold)
    assert merged.n_pred == 1 and merged.f1 == pytest.approx(1.0)


def test_merge_spans_merges_overlaps_not_touching_spans() -> None:
    assert merge_spans([(5, 8), (0, 6), (8, 10), (12, 12)]) == [(0, 8), (8, 10)]


def test_tc_micro_f1_is_accuracy_on_gold_spans() -> None:
    gold = [("1", "Doubt", 0, 5), ("1", "Loaded_Language", 10, 15), ("2", "Slogans", 0, 4)]
    pred = [("1", "Doubt", 0, 5), ("1", "Doubt", 10, 15), ("2", "Slogans", 0, 4)]
    score = tc_score(pred, gold)
    assert score.micro_f1 == pytest.approx(2 / 3)
    assert score.per_label["Doubt"].precision == pytest.approx(0.5)
    assert score.per_label["Loaded_Language"].recall == 0.0


def test_tc_span_with_two_gold_labels_matches_each_once() -> None:
    gold = [("1", "Doubt", 0, 5), ("1", "Loaded_Language", 0, 5)]
    assert tc_score([("1", "Doubt", 0, 5), ("1", "Doubt", 0, 5)], gold).micro_f1 == pytest.approx(0.5)
    assert tc_score([("1", "Loaded_Language", 0, 5), ("1", "Doubt", 0, 5)], gold).micro_f1 == pytest.approx(
        1.0
    )


def test_tc_labels_with_commas_are_kept_whole() -> None:
    gold = [("1", "Name_Calling,Labeling", 0, 5)]
    assert tc_score(gold, gold).per_label["Name_Calling,Labeling"].f1 == 1.0


def test_line_units_skip_blank_lines() -> None:
    text = "Title\n\nFirst line.\n  \nSecond."
    assert [text[a:b] for a, b in line_units(text)] == ["Title", "First line.", "Second."]


@pytest.mark.shared
def test_dev_gold_scored_against_itself_and_counts() -> None:
    if not DEFAULT_DATA.is_dir():
        pytest.skip("needs ../shared/data/propaganda/ptc2020")
    dev = load_split("dev")
    assert len(dev) == 75
    assert sum(len(a.spans) for a in dev) == 1063
    assert sum(len(a.si_spans) for a in dev) == 940
    gold = {a.id: a.si_spans for a in dev}
    tc_as_si = {a.id: [(s, e) for _, s, e in a.spans] for a in dev}
    assert si_score(tc_as_si, gold).f1 == pytest.approx(1.0)  # README: TC spans scored as SI give 1.0

"""The CT24 scores in ``benchmarks/checkworthy.py`` (F1 of the positive class, calibration error, Brier)."""

from __future__ import annotations

import pytest
from benchmarks.checkworthy import brier, ece, f1_positive


def test_f1_of_the_positive_class_ignores_true_negatives() -> None:
    # tp = 1, fp = 1, fn = 1: precision = recall = 0.5
    assert f1_positive([1, 1, 0, 0, 0], [1, 0, 1, 0, 0]) == pytest.approx(0.5)
    assert f1_positive([0, 0], [1, 0]) == 0.0


def test_calibration_error_is_the_bin_weighted_gap() -> None:
    # bin 0.1-0.2: mean score 0.15, no positives (gap 0.15); bin 0.8-0.9: mean 0.85, all positive (gap 0.15)
    assert ece([0.15, 0.15, 0.85, 0.85], [0, 0, 1, 1]) == pytest.approx(0.15)
    # a bin whose share of positives equals its mean score is perfectly calibrated
    assert ece([0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0]) == pytest.approx(0.0)
    assert ece([1.0, 0.0], [1, 0]) == pytest.approx(0.0)  # the top edge falls in the last bin


def test_brier_is_the_mean_squared_gap() -> None:
    assert brier([0.5, 0.5], [1, 0]) == pytest.approx(0.25)
    assert brier([1.0, 0.0], [1, 0]) == 0.0

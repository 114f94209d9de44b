"""The technique span classifier: deterministic features, valid probabilities, fallback to the token head."""

from __future__ import annotations

import numpy as np
import pytest

from presslens.analyze import encoder as enc
from presslens.analyze import span_classifier as sc
from presslens.analyze.techniques import LABELS

TEXT = "Build the wall!\nThey lie and lie. Build the wall!\nThe committee met on Tuesday."


def test_sparse_features_are_stable_and_normalised() -> None:
    a = sc.sparse_features("Build the wall")
    assert a == sc.sparse_features("build THE wall")  # lower-cased
    assert sum(v * v for v in a.values()) == pytest.approx(1.0)
    assert all(0 <= k < sc.HASH_DIM for k in a)


def test_dense_features_see_repetition_lines_and_punctuation() -> None:
    start = TEXT.index("Build the wall!")
    feats = dict(zip(sc.DENSE, sc.dense_features(TEXT, start, start + len("Build the wall!")), strict=True))
    assert feats["log_repeats"] > 0 and feats["whole_line"] == 1.0 and feats["exclaims"] == 1.0
    other = TEXT.index("committee")
    feats = dict(zip(sc.DENSE, sc.dense_features(TEXT, other, other + len("committee")), strict=True))
    assert feats["log_repeats"] == 0 and feats["whole_line"] == 0.0


def test_shipped_classifier_gives_probabilities_for_each_span() -> None:
    clf = sc.load_span_classifier()
    assert clf is not None and clf.labels == LABELS
    spans = [(0, 14), (TEXT.index("They"), TEXT.index("They") + 16)]
    probs = clf.predict_proba(TEXT, spans, np.full((2, len(LABELS)), 1 / len(LABELS)))
    assert probs.shape == (2, len(LABELS)) and np.allclose(probs.sum(axis=1), 1.0)
    assert clf.predict_proba(TEXT, [], np.zeros((0, len(LABELS)))).shape == (0, len(LABELS))


def test_without_the_classifier_labels_come_from_the_token_head(monkeypatch: pytest.MonkeyPatch) -> None:
    doubt = LABELS.index("Doubt")
    tc = np.full((2, len(LABELS)), 0.01)
    tc[:, doubt] = 0.9
    out = enc.EncoderOutput([enc.Window(0, [1, 2], [(0, 5), (6, 9)])], [np.zeros((2, 3))], [tc])
    monkeypatch.setattr(sc, "load_span_classifier", lambda: None)
    assert sc.classify_spans("Build the wall!", out, [(0, 9)])[0][0] == "Doubt"


def test_a_span_listed_twice_gets_its_two_most_probable_distinct_techniques(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doubt, fear = LABELS.index("Doubt"), LABELS.index("Appeal_to_fear-prejudice")
    tc = np.full((2, len(LABELS)), 0.01)
    tc[:, doubt], tc[:, fear] = 0.6, 0.3
    out = enc.EncoderOutput([enc.Window(0, [1, 2], [(0, 5), (6, 9)])], [np.zeros((2, 3))], [tc])
    monkeypatch.setattr(sc, "load_span_classifier", lambda: None)
    labels = [label for label, _ in sc.classify_spans("Build the wall!", out, [(0, 9), (0, 9), (0, 5)])]
    assert labels == ["Doubt", "Appeal_to_fear-prejudice", "Doubt"]


def test_distinct_ranks_give_a_repeated_span_its_next_best_label() -> None:
    probs = np.array([[0.1, 0.7, 0.2], [0.1, 0.7, 0.2], [0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])
    assert sc.distinct_ranks([(0, 4), (0, 4), (0, 4), (5, 9)], probs) == [1, 2, 0, 0]

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
    assert a == sc.sparse_features("Build the wall")
    b = sc.sparse_features("build THE wall")
    assert len(set(a) ^ set(b)) == 2  # the n-grams are lower-cased: only the case pattern differs
    # n-grams with norm 1 and the edges with norm EDGE_WEIGHT, on disjoint hashes
    assert sum(v * v for v in a.values()) == pytest.approx(1.0 + sc.EDGE_WEIGHT**2)
    assert all(0 <= k < sc.HASH_DIM for k in a)


def test_dense_features_see_repetition_lines_and_punctuation() -> None:
    start = TEXT.index("Build the wall!")
    feats = dict(zip(sc.DENSE, sc.dense_features(TEXT, start, start + len("Build the wall!")), strict=True))
    assert feats["log_repeats"] > 0 and feats["whole_line"] == 1.0 and feats["exclaims"] == 1.0
    other = TEXT.index("committee")
    feats = dict(zip(sc.DENSE, sc.dense_features(TEXT, other, other + len("committee")), strict=True))
    assert feats["log_repeats"] == 0 and feats["whole_line"] == 0.0


def test_repetition_is_counted_before_the_span_only() -> None:
    """The first "Build the wall!" has nothing before it; the second has one earlier mention."""
    first = TEXT.index("Build the wall!")
    second = TEXT.index("Build the wall!", first + 1)
    size = len("Build the wall!")
    feats = [dict(zip(sc.DENSE, sc.dense_features(TEXT, s, s + size), strict=True)) for s in (first, second)]
    assert feats[0]["seen_before"] == 0.0 and feats[0]["before_share"] == 0.0
    assert feats[1]["seen_before"] == 1.0 and feats[1]["log_before"] > 0 and feats[1]["before_share"] == 1.0
    assert feats[0]["log_repeats"] == feats[1]["log_repeats"] > 0  # the article-wide count sees both


def test_span_edges_add_features_at_half_weight() -> None:
    """First/last word, endings and case pattern are hashed beside the n-grams, with norm EDGE_WEIGHT."""
    both = sc.sparse_features("Traitors everywhere")
    grams = sc._normalised(["traitors", "everywhere", "traitors everywhere"], 1.0)
    edges = {k: v - grams.get(k, 0.0) for k, v in both.items()}
    assert sum(v * v for v in edges.values()) == pytest.approx(sc.EDGE_WEIGHT**2)
    assert sc._case_pattern(["So", "called", "EXPERTS"]) == "ClU"


def test_encoder_columns_hold_probabilities_and_their_logs() -> None:
    probs = np.array([0.5, 0.0])
    cols = sc.encoder_columns(probs)
    assert cols[:2].tolist() == [0.5, 0.0] and cols[2] == pytest.approx(np.log(0.5))
    assert cols[3] == pytest.approx(np.log(1e-4))  # floored


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

"""The span-filter study (training/span_filter.py, not shipped): the head's view of a candidate, the
training target, the stored out-of-fold outputs; and the lens's decoding it reads."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from conftest import synthetic_output
from presslens.analyze import encoder as enc
from presslens.analyze import persuasion
from presslens.analyze.span_classifier import DENSE
from presslens.analyze.techniques import LABELS
from presslens.nlp import base_pipeline

TEXT = "they are traitors and liars who hate us"
P_IN = [0.1, 0.2, 0.9, 0.8, 0.7, 0.3, 0.9, 0.1]
P_B = [0, 0, 0.9, 0.1, 0.1, 0, 0.9, 0]


def _out() -> enc.EncoderOutput:
    return synthetic_output(TEXT, P_IN, P_B, LABELS.index("Name_Calling,Labeling"))


def test_head_features_read_the_span_and_just_outside_it() -> None:
    study = pytest.importorskip("training.span_filter", reason="the training scripts are not on the path")
    start, end = TEXT.index("traitors"), TEXT.index("liars") + len("liars")
    table = enc.Pieces.of(_out())
    feats = dict(zip(study.HEAD, study.head_features(TEXT, table, start, end), strict=True))
    assert feats["mean_in"] == pytest.approx(0.8) and feats["max_in"] == pytest.approx(0.9)
    assert feats["min_in"] == pytest.approx(0.7) and feats["begin"] == pytest.approx(0.9 * 0.9)
    assert feats["before_in"] == pytest.approx(0.2) and feats["after_in"] == pytest.approx(0.3)
    assert feats["log_pieces"] == pytest.approx(math.log1p(3))
    assert feats["line_share"] == pytest.approx((end - start) / len(TEXT))
    row = study.dense_row(TEXT, table, start, end)
    assert row.shape == (len(study.HEAD) + len(DENSE) + 2 * len(LABELS),)


def test_training_target_is_the_official_precision_share() -> None:
    study = pytest.importorskip("training.span_filter", reason="the training scripts are not on the path")
    gold = [(10, 20), (30, 40)]
    assert study.credit(10, 20, gold) == 1.0
    assert study.credit(15, 35, gold) == pytest.approx(10 / 20)
    assert study.credit(0, 5, gold) == 0.0


def test_stored_outputs_decode_as_the_originals(tmp_path: Path) -> None:
    pieces = pytest.importorskip("training.pieces", reason="the training scripts are not on the path")
    second = synthetic_output("we will win", [0.9, 0.9, 0.9], [1, 0, 0], 0)
    pieces.save_pieces(tmp_path / "p.npz", {"a": _out(), "b": second})
    loaded = pieces.load_pieces(tmp_path / "p.npz")
    assert set(loaded) == {"a", "b"}
    for key, text, out in (("a", TEXT, _out()), ("b", "we will win", second)):
        assert [(s.start, s.end, s.label) for s in enc.decode_spans(text, loaded[key], 0.5)] == [
            (s.start, s.end, s.label) for s in enc.decode_spans(text, out, 0.5)
        ]
        assert np.concatenate(loaded[key].si) == pytest.approx(np.concatenate(out.si))


def test_half_precision_rows_written_window_by_window_load_as_float32(tmp_path: Path) -> None:
    """The GPU job (``training/gpu.py pieces``) writes rows window by window in float16 so that each
    epoch's file travels back under the size cap; the loader must give the decoding float32 outputs."""
    pieces = pytest.importorskip("training.pieces", reason="the training scripts are not on the path")
    out = _out()
    rows = pieces.PieceRows()
    for n, (w, si, tc) in enumerate(zip(out.windows, out.si, out.tc, strict=True)):
        rows.add("a", n, w.offsets, si, tc)
    rows.save(tmp_path / "half.npz", np.float16)
    assert np.load(tmp_path / "half.npz")["si"].dtype == np.float16
    loaded = pieces.load_pieces(tmp_path / "half.npz")["a"]
    assert loaded.si[0].dtype == np.float32
    assert np.concatenate(loaded.si) == pytest.approx(np.concatenate(out.si), abs=1e-3)
    assert [(s.start, s.end, s.label) for s in enc.decode_spans(TEXT, loaded, 0.5)] == [
        (s.start, s.end, s.label) for s in enc.decode_spans(TEXT, out, 0.5)
    ]


def test_the_seed_threshold_decides_and_the_confidence_is_the_mean_p_inside() -> None:
    doc = base_pipeline()(TEXT)
    spans = persuasion.technique_spans(doc, _out(), 0.85)
    covered = " ".join(TEXT[s:e] for s, e, _ in spans)
    assert "traitors" in covered and "hate" in covered and "they" not in covered
    table = enc.Pieces.of(_out())
    for s, e, confidence in spans:
        assert confidence == pytest.approx(float(table.si[table.inside(s, e)][:, 1:].sum(axis=1).mean()))
    assert persuasion.technique_spans(doc, _out(), 0.95) == []

"""The shared ONNX encoder: windows, decoding, parity with the torch model, one pass per article."""

from __future__ import annotations

import json

import numpy as np
import pytest

from conftest import synthetic_output
from presslens.analyze import encoder as enc
from presslens.analyze.techniques import LABELS


@pytest.fixture(scope="module")
def model() -> enc.Encoder:
    return enc.load_encoder()


def test_windows_keep_article_offsets_and_cut_long_sentences(model: enc.Encoder) -> None:
    text = "Intro line.\n" + "word " * 300 + "end."
    units = [(0, 11), (12, len(text))]
    wins = enc.windows(model.tokenizer, text, units, max_tokens=64)
    assert wins[0].unit == 0 and text[slice(*wins[0].offsets[0])] == "Intro"
    long = [w for w in wins if w.unit == 1]
    assert len(long) > 1 and all(len(w.ids) <= 62 for w in wins)
    for w in wins:
        for a, b in w.offsets:
            assert text[a:b].strip() == text[a:b] and 0 <= a < b <= len(text)


def test_batch_arrays_add_cls_sep_and_padding() -> None:
    wins = [enc.Window(0, [5, 6, 7], [(0, 1)] * 3), enc.Window(1, [8], [(2, 3)])]
    ids, mask = enc.batch_arrays(wins, 101, 102)
    assert ids.tolist() == [[101, 5, 6, 7, 102], [101, 8, 102, 0, 0]]
    assert mask.tolist() == [[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]]


def test_decode_spans_joins_runs_and_splits_at_a_confident_begin() -> None:
    text = "they are traitors and liars who hate us"
    out = synthetic_output(
        text,
        [0.1, 0.1, 0.9, 0.8, 0.9, 0.1, 0.9, 0.1],
        [0, 0, 0.9, 0.1, 0.1, 0, 0.9, 0],
        LABELS.index("Name_Calling,Labeling"),
    )
    spans = enc.decode_spans(text, out, 0.5)
    assert [text[s.start : s.end] for s in spans] == ["traitors and liars", "hate"]
    assert all(s.label == "Name_Calling,Labeling" for s in spans)
    assert spans[0].confidence == pytest.approx((0.9 + 0.8 + 0.9) / 3)
    assert enc.decode_spans(text, out, 0.95) == []


def test_decoded_spans_grow_to_whole_words() -> None:
    text = "an unbelievable disaster"
    out = synthetic_output(text, [0.1, 0.9, 0.1], [0, 1, 0], 0)
    out.windows[0].offsets[1] = (5, 9)  # a word piece in the middle of "unbelievable"
    assert [text[s.start : s.end] for s in enc.decode_spans(text, out, 0.5)] == ["unbelievable"]


def test_span_probabilities_average_pieces_inside_the_span() -> None:
    text = "a b c"
    out = synthetic_output(text, [0.9, 0.9, 0.9], [1, 0, 0], LABELS.index("Doubt"))
    probs = enc.span_technique_probs(out, [(0, 5), (50, 60)])
    assert LABELS[int(probs[0].argmax())] == "Doubt"
    assert probs[1] == pytest.approx(np.full(len(LABELS), 1 / len(LABELS)))  # no pieces: uniform


def test_card_states_thresholds_data_licence_and_scores(model: enc.Encoder) -> None:
    card = model.card
    assert 0 < card["thresholds"]["checkworthy"] < 1 and 0 < card["thresholds"]["technique_span"] < 1
    assert 0 < card["thresholds"]["attribution_tags"] < 1
    assert card["token_outputs"] == ["O", "B", "I", *LABELS, *enc.ATT_TAGS]
    assert "research" in card["licence"].lower()
    assert card["scores"]["history"], "the card must carry the measured dev scores"
    assert (enc.MODEL_DIR / enc.MODEL_FILE).stat().st_size < 30_000_000


def test_onnx_int8_matches_the_torch_model_on_the_parity_sample(model: enc.Encoder) -> None:
    """``parity.json`` holds the torch model's probabilities on a sample, written at export time.

    Dynamic int8 quantisation moves probabilities a little (mean shift ≈ 0.06 on this sample for the
    sentence head); what a user sees is the decision at the card's threshold, which must agree.
    """
    parity = json.loads((enc.MODEL_DIR / "parity.json").read_text(encoding="utf-8"))
    wins = [enc.Window(w["unit"], w["ids"], [tuple(o) for o in w["offsets"]]) for w in parity["windows"]]
    out = enc.EncoderOutput()
    ids, mask = enc.batch_arrays(wins, model.cls_id, model.sep_id)
    token_logits, sentence_logits = model.session.run(None, {"input_ids": ids, "attention_mask": mask})
    enc.split_logits(wins, token_logits, sentence_logits, out)
    cw = np.array([out.checkworthy[w.unit] for w in wins])
    si_in = np.concatenate([p[:, 1] + p[:, 2] for p in out.si])
    torch_cw, torch_si = np.array(parity["checkworthy"]), np.array(parity["si_in"])
    att_o = np.concatenate([p[:, 0] for p in out.att])
    torch_att_o = np.array(parity["att_o"])
    th = model.card["thresholds"]
    assert np.abs(cw - torch_cw).mean() < 0.08
    # the card's threshold is on the calibrated scale, which the runtime applies to the raw head
    decisions = (model.calibration(cw) >= th["checkworthy"]) == (
        model.calibration(torch_cw) >= th["checkworthy"]
    )
    assert decisions.mean() >= 0.9
    assert np.abs(si_in - torch_si).mean() < 0.05
    assert ((si_in >= th["technique_span"]) == (torch_si >= th["technique_span"])).mean() >= 0.95
    assert np.abs(att_o - torch_att_o).mean() < 0.05
    assert ((att_o < 0.5) == (torch_att_o < 0.5)).mean() >= 0.95


def test_platt_identity_is_the_softmax_and_fit_recovers_known_parameters() -> None:
    rng = np.random.default_rng(3)
    z = rng.normal(0, 2, 20_000)
    logits = np.stack([np.zeros_like(z), z], axis=1)
    assert enc.IDENTITY.of_log_odds(z) == pytest.approx(enc.softmax(logits)[:, 1])
    gold = rng.random(z.size) < enc.Platt(1.5, -0.5).of_log_odds(z)
    fitted = enc.Platt.fit(z, gold)
    assert fitted.a == pytest.approx(1.5, abs=0.1) and fitted.b == pytest.approx(-0.5, abs=0.1)
    # a calibrated map is monotone, so it never reorders sentences
    p = np.linspace(0.01, 0.99, 50)
    assert np.all(np.diff(fitted(p)) > 0) and enc.IDENTITY(p) == pytest.approx(p)


def test_card_calibration_is_what_the_runtime_applies(model: enc.Encoder) -> None:
    """Scores users see are the card's Platt map of the raw head; a card without one gives raw scores."""
    fit = model.card["calibration"]["checkworthy"]
    assert model.calibration == enc.Platt(fit["a"], fit["b"]) and fit["a"] > 0
    assert enc.Platt.from_card({}) == enc.IDENTITY
    sentences = [
        "Unemployment fell to 3.5 percent last year.",
        "Hello there.",
        "Crime doubled under the mayor.",
    ]
    calibrated = model.checkworthiness(sentences)
    text, units = enc.joined(sentences)
    wins = enc.windows(model.tokenizer, text, units)
    raw = enc.EncoderOutput()
    ids, mask = enc.batch_arrays(wins, model.cls_id, model.sep_id)
    enc.split_logits(wins, *model.session.run(None, {"input_ids": ids, "attention_mask": mask}), raw)
    assert calibrated == pytest.approx(model.calibration([raw.checkworthy[i] for i in range(3)]), abs=5e-3)


def test_batching_does_not_change_scores(model: enc.Encoder) -> None:
    sentences = [
        "Unemployment fell to 3.5 percent last year.",
        "Hello.",
        "We will build the wall and Mexico will pay.",
    ]
    together = model.checkworthiness(sentences)
    alone = [model.checkworthiness([s])[0] for s in sentences]
    # dynamic int8 quantisation scales activations per batch, so batch mates move scores by ~1e-4
    assert together == pytest.approx(alone, abs=5e-3)


def test_empty_and_whitespace_units_give_no_windows(model: enc.Encoder) -> None:
    out = model.run("   ", [])
    assert out.windows == [] and out.checkworthy == {}
    assert model.checkworthiness([]) == []


def test_hysteresis_grows_spans_and_joins_small_gaps() -> None:
    text = "a b c d e f g"
    out = synthetic_output(text, [0.1, 0.35, 0.9, 0.35, 0.1, 0.8, 0.1], [0, 0, 0, 0, 0, 0, 0], 0)
    assert [text[s.start : s.end] for s in enc.decode_spans(text, out, 0.5)] == ["c", "f"]
    grown = enc.decode_spans(text, out, 0.5, extend=0.3)
    assert [text[s.start : s.end] for s in grown] == ["b c d", "f"]
    joined = enc.decode_spans(text, out, 0.5, extend=0.3, max_gap=1)
    assert [text[s.start : s.end] for s in joined] == ["b c d e f"]
    assert enc.decode_spans(text, out, 0.5, max_gap=0) == enc.decode_spans(text, out, 0.5)

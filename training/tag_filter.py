"""Fit the sourcing lens's tag filter on PolNeAR train; select its threshold on PolNeAR dev.

Why: see ``presslens.analyze.tag_filter``. Every tagged reading of a train article at or above
``--candidate-min`` mean tag probability (the filter off; by default the encoder card's
``attribution_tags`` threshold, so the filter only prunes what the tags alone would keep: lower floors
scored the same on dev and let in readings the hand-written tests reject) becomes one example: its ``FEATURES``, and
whether its content covers at least half of a gold attribution's content (the benchmark's candidate
test). A logistic regression (scikit-learn, training only) is fitted on standardised features; the
keep threshold is the one in ``--grid`` with the best PolNeAR dev F1 of the whole lens
(``benchmarks/attribution.py``'s metric), ties to the higher threshold.

Caveat, stated in the model card: the encoder saw the train articles, so its tag confidence is
over-confident there and the fitted weight on it is, if anything, too small.

Reproduce (≈ 5 min on 2 cores)::

    pip install -e ".[train]"
    python -m training.tag_filter
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from benchmarks import polnear  # noqa: E402
from benchmarks.attribution import run_presslens  # noqa: E402

from presslens.analyze import encoder as enc  # noqa: E402
from presslens.analyze import tag_filter as tf  # noqa: E402
from presslens.nlp import load_pipeline  # noqa: E402

OUT = ROOT / "src" / "presslens" / "models" / tf.MODEL_FILE
COMPONENT = "presslens_sourcing"


def examples(docs: list[polnear.Document], candidate_min: float) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of every tagged reading of ``docs``, the filter off."""
    nlp = load_pipeline()
    lens = nlp.get_pipe(COMPONENT)
    lens.tag_filter, lens.tag_threshold = None, candidate_min
    upstream = [n for n in nlp.pipe_names if not n.startswith("presslens_") or n == "presslens_paragraphs"]
    xs, ys = [], []
    with nlp.select_pipes(enable=upstream):
        parsed = nlp.pipe((d.text for d in docs), batch_size=16)
        for doc, gold in zip(parsed, docs, strict=True):
            for att in lens.tagged_readings(doc):
                cue = doc.char_span(*att.cue, alignment_mode="expand")
                xs.append(tf.features(doc, doc.text, cue, att.source, att.content, att.confidence))
                reading = polnear.Attribution.make(att.content, [att.cue])
                ys.append(int(any(polnear.is_candidate(g, reading) for g in gold.attributions)))
    return np.array(xs), np.array(ys)


def dev_f1(docs: list[polnear.Document], judge: tf.TagFilter, threshold: float) -> dict[str, float]:
    """The whole lens on dev with ``judge`` keeping tagged readings at or above ``threshold``."""
    lens = load_pipeline().get_pipe(COMPONENT)
    lens.tag_filter, lens.tag_threshold = judge, threshold
    preds, _, _, _ = run_presslens(docs)
    fig = polnear.score(zip((d.attributions for d in docs), preds, strict=True)).figures()
    return {k: round(fig[k], 4) for k in ("precision", "recall", "f1", "source_acc")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--candidate-min", type=float, default=None, help="default: the encoder card's")
    ap.add_argument("--grid", type=float, nargs="+", default=[0.2, 0.3, 0.4, 0.5, 0.6])
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--limit", type=int, default=0, help="use only N train and N dev articles (smoke test)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    if args.candidate_min is None:
        args.candidate_min = float(enc.load_encoder().card["thresholds"]["attribution_tags"])
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    train = polnear.load("train", limit=args.limit or None)
    dev = polnear.load("dev", limit=args.limit or None)
    x, y = examples(train, args.candidate_min)
    x_dev, y_dev = examples(dev, args.candidate_min)
    mean, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=args.C, max_iter=5000).fit((x - mean) / scale, y)
    auc = roc_auc_score(y_dev, model.predict_proba((x_dev - mean) / scale)[:, 1])
    judge = tf.TagFilter(
        tuple(mean), tuple(scale), tuple(model.coef_[0]), float(model.intercept_[0]), 0.0, args.candidate_min
    )
    sweep = {t: dev_f1(dev, judge, t) for t in args.grid}
    for t, fig in sweep.items():
        print(t, fig, flush=True)
    best = max(sweep, key=lambda t: (sweep[t]["f1"], t))
    card = {
        "name": "presslens tag filter",
        "trained": dt.date.today().isoformat(),
        "data": "PolNeAR v1.0.0 train (fit) and dev (threshold); research use, see ../shared/data/attribution/polnear",
        "licence": "Weights derived from a research-use corpus: research use only.",
        "features": list(tf.FEATURES),
        "mean": [float(v) for v in mean],
        "scale": [float(v) for v in scale],
        "weights": [float(v) for v in model.coef_[0]],
        "bias": float(model.intercept_[0]),
        "threshold": best,
        "candidate_min": args.candidate_min,
        "scores": {
            "train_examples": len(y),
            "train_positive_share": round(float(y.mean()), 3),
            "dev_examples": len(y_dev),
            "dev_auc": round(float(auc), 4),
            "dev_auc_tag_confidence_alone": round(float(roc_auc_score(y_dev, x_dev[:, 0])), 4),
            "dev_lens_by_threshold": {str(t): fig for t, fig in sweep.items()},
        },
        "caveat": "the encoder saw the train articles, so tag confidence is over-confident on the fit data",
    }
    args.out.write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(f"AUC dev {auc:.4f}; threshold {best}: {sweep[best]}")


if __name__ == "__main__":
    main()

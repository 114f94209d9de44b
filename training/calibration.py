"""Calibrate the shipped check-worthiness head and choose its threshold from cross-validation, not one split.

Why: the decision threshold used to be picked on CT24 dev (1,032 sentences), and dev-test (318) flatters;
the held-out CT24 test is a later, shifted sample. Here

1. the out-of-fold log-odds of ``training/checkworthy_cv.py`` (K fine-tunes of the same recipe over
   train+dev, 23,533 sentences) get one Platt map, and the threshold on that calibrated scale is the one
   with the best **mean F1 over folds** (the spread over folds is reported with it);
2. the shipped int8 model gets its own Platt map, fitted on CT24 dev, which it never trained on (dev only
   chose its epoch), so its scores read as probabilities and the cross-validated threshold applies to them.

Calibration quality is reported on dev-test (untouched by both fits): expected calibration error (10 equal
bins) and Brier score, raw vs calibrated, and F1 at the chosen threshold. Writes ``calibration`` and
``thresholds.checkworthy`` into ``src/presslens/models/encoder.json`` and the full report to
``training/results/ct24_calibration.json``.

Reproduce::

    python -m training.checkworthy_cv --folds 5 --epochs 1
    python -m training.calibration
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import numpy as np
from benchmarks.checkworthy import brier, ece, f1_at, read_split

from presslens.analyze import encoder as enc

RESULTS = Path(__file__).resolve().parent / "results"
OOF = RESULTS / "ct24_oof.json"  # written by training/checkworthy_cv.py
REPORT = RESULTS / "ct24_calibration.json"
MODELS = Path(__file__).resolve().parents[1] / "src" / "presslens" / "models"
GRID = tuple(round(float(t), 2) for t in np.arange(0.10, 0.91, 0.05))


def cross_validated_threshold(oof: dict) -> dict:
    """Platt map over the pooled out-of-fold scores and per-fold F1 at each calibrated threshold."""
    z = np.array(oof["log_odds"][-1])
    gold = np.array(oof["gold"], dtype=float)
    fold = np.array(oof["fold"])
    platt = enc.Platt.fit(z, gold)
    p = platt.of_log_odds(z)
    curve = {}
    for t in GRID:
        per_fold = [f1_at(p[fold == k], gold[fold == k], t) for k in sorted(set(fold.tolist()))]
        curve[t] = {
            "mean": round(float(np.mean(per_fold)), 4),
            "min": round(min(per_fold), 4),
            "max": round(max(per_fold), 4),
            "pooled": round(f1_at(p, gold, t), 4),
        }
    best = max(GRID, key=lambda t: curve[t]["mean"])
    return {
        "folds": int(fold.max()) + 1,
        "sentences": len(gold),
        "recipe": oof["recipe"],
        "platt": {"a": round(platt.a, 4), "b": round(platt.b, 4)},
        "ece_raw": round(ece(1 / (1 + np.exp(-z)), gold), 4),
        "ece_calibrated": round(ece(p, gold), 4),
        "threshold": best,
        "f1_by_threshold": {str(t): v for t, v in curve.items()},
    }


def shipped_scores(encoder: enc.Encoder, split: str) -> tuple[np.ndarray, np.ndarray]:
    """Log-odds of the shipped int8 model (uncalibrated) and gold labels of a CT24 split."""
    sentences, gold = read_split(split)
    raw = np.clip(np.array(encoder.checkworthiness(sentences)), 1e-7, 1 - 1e-7)
    return np.log(raw / (1 - raw)), np.array(gold, dtype=float)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oof", type=Path, default=OOF)
    ap.add_argument("--models", type=Path, default=MODELS)
    ap.add_argument("--report", type=Path, default=REPORT)
    args = ap.parse_args()

    cv = cross_validated_threshold(json.loads(args.oof.read_text(encoding="utf-8")))
    threshold = cv["threshold"]
    encoder = enc.Encoder(args.models)
    encoder.calibration = enc.IDENTITY  # fit on the raw head, whatever the card says now
    z_dev, y_dev = shipped_scores(encoder, "dev")
    z_dt, y_dt = shipped_scores(encoder, "dev-test")
    platt = enc.Platt.fit(z_dev, y_dev)
    shipped = {"platt": {"a": round(platt.a, 4), "b": round(platt.b, 4)}}
    for split, z, y in (("dev", z_dev, y_dev), ("dev-test", z_dt, y_dt)):
        raw, cal = 1 / (1 + np.exp(-z)), platt.of_log_odds(z)
        shipped[split] = {
            "f1@threshold": round(f1_at(cal, y, threshold), 4),
            "f1_by_threshold": {str(t): round(f1_at(cal, y, t), 4) for t in GRID},
            "ece_raw": round(ece(raw, y), 4),
            "ece_calibrated": round(ece(cal, y), 4),
            "brier_raw": round(brier(raw, y), 4),
            "brier_calibrated": round(brier(cal, y), 4),
        }
    report = {
        "date": dt.date.today().isoformat(),
        "threshold": threshold,
        "cross_validation": cv,
        "shipped": shipped,
    }
    args.report.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")

    card_path = args.models / enc.CARD_FILE
    card = json.loads(card_path.read_text(encoding="utf-8"))
    card["calibration"] = {
        "checkworthy": {
            "method": "Platt scaling of the sentence head's log-odds",
            "a": shipped["platt"]["a"],
            "b": shipped["platt"]["b"],
            "fit_on": "CT24 dev (1,032 sentences the model never trained on), int8 model",
            "dev_test": {
                k: shipped["dev-test"][k]
                for k in ("ece_raw", "ece_calibrated", "brier_raw", "brier_calibrated")
            },
        }
    }
    card["thresholds"]["checkworthy"] = threshold
    card["scores"]["ct24_cross_validation"] = {
        "folds": cv["folds"],
        "sentences": cv["sentences"],
        "recipe": "same fine-tune as training/encoder.py, check-worthiness only, "
        f"{cv['recipe']['epochs']} epoch(s) per fold (training/checkworthy_cv.py)",
        "f1_at_threshold": cv["f1_by_threshold"][str(threshold)],
        "report": "training/results/ct24_calibration.json",
    }
    card_path.write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(
        json.dumps(
            {
                "threshold": threshold,
                "cv": cv["f1_by_threshold"][str(threshold)],
                "shipped": {
                    s: {k: v for k, v in shipped[s].items() if k != "f1_by_threshold"}
                    for s in ("dev", "dev-test")
                },
                "platt": shipped["platt"],
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()

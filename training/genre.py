"""Fit the genre lens (opinion vs news) on the hand-labelled set and report cross-validated accuracy.

Why a tiny logistic regression: the set is small (``benchmarks/genre_labels.tsv``, ~100 articles), so the
model is a handful of named features (``presslens.analyze.genre.FEATURES``) with L2-regularised weights,
whose every contribution the report can show. Accuracy is estimated with repeated stratified k-fold
cross-validation (the features are standardised inside each fold); the shipped weights are then fitted on
all labelled articles.

Reproduce::

    python -m training.genre            # writes src/presslens/data/genre.json, prints CV accuracy

Texts are read from ``../shared/data`` (research-use corpora, never copied); the TSV holds only paths and
labels. Paths: a file relative to ``shared/data`` (``.txt``, or ``.html.gz`` extracted like any page),
``attribution/polnear/<split>.jsonl#<doc_id>`` and ``extraction/zyte-aeb/ground-truth.json#<page id>``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import json
import random
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from presslens.analyze.genre import FACTORY, FEATURES, features  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
LABELS = ROOT / "benchmarks" / "genre_labels.tsv"
OUT = ROOT / "src" / "presslens" / "data" / "genre.json"


@lru_cache(maxsize=8)
def _json_file(path: Path) -> dict[str, str]:
    """``id -> text`` for a JSONL corpus (PolNeAR: ``doc_id``/``text``) or the AEB ground truth."""
    if path.suffix == ".jsonl":
        rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        return {r["doc_id"]: r["text"] for r in rows}
    return {k: v["articleBody"] for k, v in json.loads(path.read_text(encoding="utf-8")).items()}


def load_text(ref: str, shared: Path = SHARED) -> str:
    """The article text a TSV path points at."""
    from presslens.ingest import load

    path, _, key = ref.partition("#")
    full = (shared / path).resolve()
    if key:
        return _json_file(full)[key]
    if full.name.endswith(".html.gz"):
        return load(gzip.decompress(full.read_bytes())).text
    return full.read_text(encoding="utf-8")


def read_labels(path: Path = LABELS) -> list[tuple[str, str, str]]:
    """``(corpus, path, label)`` rows of the labelled set."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [(r["corpus"], r["path"], r["label"]) for r in csv.DictReader(fh, delimiter="\t")]


def feature_matrix(texts: list[str]) -> np.ndarray:
    """Genre features of each text, from the full pipeline minus the genre component itself."""
    from presslens.nlp import load_pipeline
    from presslens.pipeline import parse_copy

    nlp = load_pipeline()
    rows = []
    with nlp.select_pipes(disable=[FACTORY]):
        for doc in nlp.pipe(parse_copy(t) for t in texts):
            feats = features(doc)
            rows.append([feats[name][0] for name in FEATURES])
    return np.array(rows, dtype=float)


def fit(
    x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000, lr: float = 0.1
) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """L2 logistic regression on standardised features; returns weights, bias, mean, scale."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    b = 0.0
    n = len(y)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        grad_w = z.T @ (p - y) / n + l2 * w / n
        grad_b = float((p - y).mean())
        w -= lr * grad_w
        b -= lr * grad_b
    return w, b, mean, scale


def predict(x: np.ndarray, w: np.ndarray, b: float, mean: np.ndarray, scale: np.ndarray) -> np.ndarray:
    return (((x - mean) / scale) @ w + b >= 0).astype(int)


def cross_validate(
    x: np.ndarray, y: np.ndarray, folds: int = 5, repeats: int = 10, seed: int = 3
) -> tuple[list[float], np.ndarray]:
    """Accuracy per repetition of stratified k-fold CV, and each article's share of correct predictions."""
    rng = random.Random(seed)
    scores = []
    hits = np.zeros(len(y))
    for _ in range(repeats):
        fold_of = np.zeros(len(y), dtype=int)
        for cls in (0, 1):
            idx = [i for i in range(len(y)) if y[i] == cls]
            rng.shuffle(idx)
            for k, i in enumerate(idx):
                fold_of[i] = k % folds
        correct = 0
        for k in range(folds):
            train, test = fold_of != k, fold_of == k
            w, b, mean, scale = fit(x[train], y[train])
            right = predict(x[test], w, b, mean, scale) == y[test]
            hits[test] += right
            correct += int(right.sum())
        scores.append(correct / len(y))
    return scores, hits / repeats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = read_labels(args.labels)
    texts = [load_text(path) for _, path, _ in rows]
    y = np.array([int(label == "opinion") for _, _, label in rows])
    x = feature_matrix(texts)
    cv, hits = cross_validate(x, y)
    majority = max(y.mean(), 1 - y.mean())
    w, b, mean, scale = fit(x, y)
    train_acc = float((predict(x, w, b, mean, scale) == y).mean())
    by_corpus: dict[str, list[int]] = {}
    for (corpus, _, _), label in zip(rows, y, strict=True):
        by_corpus.setdefault(corpus, [0, 0])[label] += 1
    model = {
        "trained": dt.date.today().isoformat(),
        "data": f"benchmarks/genre_labels.tsv: {len(y)} articles ({int(y.sum())} opinion, {int(len(y) - y.sum())} news)",
        "by_corpus": {k: {"news": v[0], "opinion": v[1]} for k, v in sorted(by_corpus.items())},
        "cv_accuracy_by_corpus": {
            corpus: round(
                float(np.mean([h for (c, _, _), h in zip(rows, hits, strict=True) if c == corpus])), 3
            )
            for corpus in sorted(by_corpus)
        },
        "cv_accuracy": {
            "mean": float(np.mean(cv)),
            "min": float(np.min(cv)),
            "max": float(np.max(cv)),
            "scheme": "10x stratified 5-fold",
        },
        "majority_baseline": float(majority),
        "train_accuracy": train_acc,
        "features": list(FEATURES),
        "weights": dict(zip(FEATURES, map(float, w), strict=True)),
        "bias": float(b),
        "mean": dict(zip(FEATURES, map(float, mean), strict=True)),
        "scale": dict(zip(FEATURES, map(float, scale), strict=True)),
    }
    args.out.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    print(
        json.dumps(
            {
                k: model[k]
                for k in (
                    "data",
                    "by_corpus",
                    "cv_accuracy",
                    "majority_baseline",
                    "train_accuracy",
                    "weights",
                )
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()

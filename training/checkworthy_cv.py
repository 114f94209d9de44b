"""Cross-validate the check-worthiness recipe over CT24 train+dev: out-of-fold scores for a robust threshold.

Why: CT24 dev-test flatters (simple baselines reach 0.84-0.91 there but 0.61-0.70 on the later, shifted
test sample), so a threshold picked on one small split is fragile. This script fine-tunes the encoder's
sentence head recipe (all-MiniLM-L6-v2, mean pooling, same learning rate and batches as
``training/encoder.py``, check-worthiness only) K times, each time holding out one fold of train+dev
(23,533 sentences), and stores the held-out log-odds of every sentence after each epoch. From these
out-of-fold scores ``training/calibration.py`` fits a Platt map and picks the threshold with the best
mean F1 over folds, reporting the spread over folds.

Reproduce (CPU, 2 cores: ≈ 5 min per fold and epoch)::

    python -m training.checkworthy_cv --folds 5 --epochs 2

Writes ``training/results/ct24_oof.json`` (fold of each sentence, gold label, log-odds per epoch; not
committed: it carries the corpus labels).
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import numpy as np
import torch
from training.calibration import OOF as OUT
from training.encoder import base_model, ct_windows, recipe_parser
from training.multitask import MultiTask, fine_tune, id_tensors, sentence_loss

from presslens.analyze import encoder as enc


def stratified_folds(gold: list[int], k: int, rng: random.Random) -> list[int]:
    """Fold index per item, each fold with the same share of positives (round-robin over shuffled classes)."""
    fold = [0] * len(gold)
    for label in (0, 1):
        idx = [i for i, g in enumerate(gold) if g == label]
        rng.shuffle(idx)
        for n, i in enumerate(idx):
            fold[i] = n % k
    return fold


@torch.no_grad()
def log_odds(model: MultiTask, items: list, tok_ids: tuple[int, int], size: int = 128) -> list[float]:
    """Sentence-head log-odds (logit of check-worthy minus logit of not) for each window, in order."""
    model.eval()
    out: list[float] = []
    for k in range(0, len(items), size):
        ids, mask = id_tensors([ids for ids, _ in items[k : k + size]], *tok_ids)
        _, sentence_logits = model(ids, mask)
        out.extend((sentence_logits[:, 1] - sentence_logits[:, 0]).tolist())
    model.train()
    return out


def train_fold(base: Path, train: list, held: list, args, tok_ids, seed: int) -> list[list[float]]:
    """Fine-tune on ``train``; held-out log-odds after each epoch."""
    torch.manual_seed(seed)
    model = MultiTask(enc.N_TOKEN_OUT, base)

    def loss_fn(model: MultiTask, batch: list) -> torch.Tensor:
        return sentence_loss(model, batch, tok_ids)

    epochs = fine_tune(model, train, loss_fn, args.epochs, args.lr, args.batch, random.Random(seed))
    return [log_odds(model, held, tok_ids) for _ in epochs]


def main() -> None:
    ap = recipe_parser(__doc__.split("\n")[0], 2, OUT, "use only N sentences (smoke test)")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    base, tok, tok_ids = base_model(args.threads)
    items = [(w.ids, y) for w, y in ct_windows(tok, "train") + ct_windows(tok, "dev")]
    if args.limit:
        items = random.Random(args.seed).sample(items, args.limit)
    gold = [y for _, y in items]
    fold = stratified_folds(gold, args.folds, random.Random(args.seed))
    oof = np.zeros((args.epochs, len(items)))
    t0 = time.time()
    for k in range(args.folds):
        held_idx = [i for i, f in enumerate(fold) if f == k]
        train = [items[i] for i, f in enumerate(fold) if f != k]
        for e, scores in enumerate(
            train_fold(base, train, [items[i] for i in held_idx], args, tok_ids, args.seed + k)
        ):
            oof[e, held_idx] = scores
        print(f"fold {k + 1}/{args.folds} done, {time.time() - t0:.0f}s", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    result = {
        "data": "CT24 English train + dev (sentence order: train then dev)",
        "recipe": {k: v for k, v in vars(args).items() if k != "out"},
        "seconds": round(time.time() - t0),
        "fold": fold,
        "gold": gold,
        "log_odds": [[round(float(z), 4) for z in row] for row in oof],
    }
    args.out.write_text(json.dumps(result) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()

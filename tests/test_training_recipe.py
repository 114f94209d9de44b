"""The encoder's training recipe (``training/multitask.py``) and the GPU runner's merging (``training/gpu.py``).

Training is an optional extra: these tests skip, with the reason, where torch or transformers is not
installed (the CI install has neither; ``pip install -e ".[train]"`` brings both).
"""

from __future__ import annotations

import json
import random
from argparse import Namespace
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch", reason="training extra (torch) not installed")
transformers = pytest.importorskip("transformers", reason="training extra (transformers) not installed")

from training import gpu  # noqa: E402
from training.multitask import (  # noqa: E402
    MultiTask,
    attribution_loss,
    batches,
    id_tensors,
    multitask_epochs,
    pad_targets,
)

TOK = (101, 102)


def tiny_model(n_token_out: int = 24) -> MultiTask:
    config = transformers.BertConfig(
        vocab_size=200, hidden_size=16, num_hidden_layers=1, num_attention_heads=2, intermediate_size=32
    )
    torch.manual_seed(0)
    return MultiTask(n_token_out, config=config)


def test_id_tensors_add_cls_sep_and_pad_right() -> None:
    ids, mask = id_tensors([[5, 6, 7], [8]], *TOK)
    assert ids.tolist() == [[101, 5, 6, 7, 102], [101, 8, 102, 0, 0]]
    assert mask.tolist() == [[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]]


def test_targets_line_up_with_the_pieces_not_cls_or_padding() -> None:
    t = pad_targets([[1, 2, 0], [3]], 5)
    assert t.tolist() == [[-100, 1, 2, 0, -100], [-100, 3, -100, -100, -100]]


def test_batches_cover_every_item_once_and_group_similar_lengths() -> None:
    items = [([0] * n, n) for n in range(1, 101)]
    out = batches(items, 10, random.Random(1))
    assert sorted(x[1] for b in out for x in b) == list(range(1, 101))
    # sorted within the pool: each batch holds ten consecutive lengths
    assert all(max(x[1] for x in b) - min(x[1] for x in b) == 9 for b in out)


def test_frozen_word_embeddings_stay_put_while_the_rest_trains() -> None:
    model = tiny_model()
    model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    frozen = model.encoder.embeddings.word_embeddings.weight.clone()
    head = model.token_head.weight.clone()
    tasks = {
        "ct": [([5, 6], 1), ([7], 0)],
        "ptc": [([5, 6, 7], [0, 1, 2], [-100, 3, 3])],
        "pn": [([8, 9], [1, 2])],
    }
    recipe = {"epochs": 2, "lr": 1e-2, "batch": 2, "ptc_repeat": 1, "polnear_fraction": 1.0, "seed": 3}
    assert list(multitask_epochs(model, tasks, recipe, TOK, 14, 7, log=lambda m: None)) == [1, 2]
    assert torch.equal(model.encoder.embeddings.word_embeddings.weight, frozen)
    assert not torch.equal(model.token_head.weight, head)
    assert attribution_loss(model, tasks["pn"], TOK, 7).item() > 0


def test_proxies_score_a_model_on_dev_items() -> None:
    model = tiny_model()
    dev = {
        "ct": [([5, 6], 1), ([7], 0)],
        "ptc": [([5, 6, 7], [0, 1, 2], [-100, 3, 3])],
        "pn": [([8, 9, 10], [0, 1, 2])],
    }
    scores = gpu.proxies(model, dev, {"tok_ids": TOK, "n_labels": 14, "n_att": 7}, "cpu")
    assert set(scores) == {"ct24_f1", "ptc_si_piece_f1", "ptc_tc_piece_acc", "polnear_role_f1", "sum"}
    assert all(0.0 <= v <= 1.0 for k, v in scores.items() if k != "sum")
    assert scores["sum"] == pytest.approx(sum(v for k, v in scores.items() if k != "sum"))


def test_cross_validation_folds_merge_in_the_checkworthy_cv_format(tmp_path: Path) -> None:
    data = {"cv": {"items": [([1], 0), ([2], 1), ([3], 0), ([4], 1)], "fold": [0, 1, 0, 1], "seed": 13}}
    (tmp_path / "cv_0.json").write_text(json.dumps([[-1.0, 0.5], [-2.0, 0.25]]))
    (tmp_path / "cv_1.json").write_text(json.dumps([[3.0, 4.0]]))  # one epoch only: it bounds the merge
    gpu.collect_cv(data, tmp_path, tmp_path, 1.0)
    oof = json.loads((tmp_path / "ct24_oof.json").read_text())
    assert oof["gold"] == [0, 1, 0, 1] and oof["fold"] == [0, 1, 0, 1]
    assert oof["log_odds"] == [[-1.0, 3.0, 0.5, 4.0]]
    assert oof["recipe"]["epochs"] == 1


def test_technique_folds_merge_per_epoch(tmp_path: Path) -> None:
    arts = [
        {"id": "a", "fold": 0, "spans": [(0, 4), (5, 9)]},
        {"id": "b", "fold": 1, "spans": [(2, 3)]},
    ]
    np.save(tmp_path / "oof_0.npy", np.full((2, 2, 14), 0.5, dtype=np.float32))
    np.save(tmp_path / "oof_1.npy", np.full((2, 1, 14), 0.25, dtype=np.float32))
    gpu.collect_oof({"ptc_oof": {"articles": arts}}, tmp_path, tmp_path)
    out = np.load(tmp_path / "ptc_oof.npz")
    assert out["ids"].tolist() == ["a", "a", "b"] and out["starts"].tolist() == [0, 5, 2]
    assert out["probs_by_epoch"].shape == (2, 3, 14) and int(out["epochs"]) == 2
    assert out["probs_by_epoch"][1, 2, 0] == pytest.approx(0.25)


def test_a_worker_saves_its_best_epoch_without_the_word_embeddings(tmp_path: Path, monkeypatch) -> None:
    model = tiny_model()
    monkeypatch.setattr(
        gpu,
        "load_data",
        lambda stage: {
            "train": {"ct": [([5], 1)], "ptc": [([6], [1], [3])], "pn": [([7], [1])]},
            "dev": {"ct": [([5], 1)], "ptc": [([6], [1], [3])], "pn": [([7], [1])]},
            "tok_ids": TOK,
            "n_token_out": 24,
            "n_labels": 14,
            "n_att": 7,
        },
    )
    frozen: list[bool] = []
    monkeypatch.setattr(
        gpu, "load_model", lambda stage, n, device, freeze=True: frozen.append(freeze) or model
    )
    recipe = {"epochs": 2, "lr": 1e-3, "batch": 1, "ptc_repeat": 1, "polnear_fraction": 1.0, "seed": 1}
    monkeypatch.setitem(gpu.RECIPES, "tiny", recipe)
    gpu.worker(Namespace(name="tiny", stage=tmp_path, work=tmp_path, device="cpu", deadline=1e12))
    saved = torch.load(tmp_path / "run_tiny.pt", weights_only=True)
    assert gpu.WORD_EMBEDDINGS not in saved["state"] and "token_head.weight" in saved["state"]
    assert saved["state"]["token_head.weight"].dtype == torch.float16
    assert saved["epoch"] in (1, 2) and saved["recipe"]["name"] == "tiny"
    # a recipe that trains the word embeddings loads them unfrozen and saves them with the rest
    monkeypatch.setitem(gpu.RECIPES, "tiny_unfrozen", recipe | {"unfreeze": True})
    gpu.worker(Namespace(name="tiny_unfrozen", stage=tmp_path, work=tmp_path, device="cpu", deadline=1e12))
    saved = torch.load(tmp_path / "run_tiny_unfrozen.pt", weights_only=True)
    assert frozen == [True, False] and gpu.WORD_EMBEDDINGS in saved["state"]

"""The torch side of the shared encoder's recipe: model, batches, losses and the optimiser schedule.

Why a module of its own: it imports torch, numpy and transformers only, not spaCy or presslens, so the
same recipe runs where the data are prepared (``training/encoder.py``, the cross-validation scripts) and
on a lent GPU machine that has torch but no spaCy (``training/gpu.py``, fed by ``training/bundle.py``).

Every training item is a tuple whose first element is the list of word-piece ids of one window (without
CLS/SEP); the rest are its targets: ``(ids, label)`` for a check-worthiness sentence, ``(ids, si, tc)``
for a technique window and ``(ids, tags)`` for an attribution window.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import torch
from torch import nn

Item = tuple[Any, ...]


class MultiTask(nn.Module):
    """MiniLM encoder + a token head (SI tags + techniques + attribution tags) + a sentence head.

    ``base`` is a Hugging Face model folder; ``config`` (a transformers config) builds the encoder without
    weights, for callers that load a state dict themselves (the GPU runner).
    """

    def __init__(self, n_token_out: int, base: Path | None = None, config: Any = None) -> None:
        super().__init__()
        from transformers import AutoModel

        self.encoder = (
            AutoModel.from_pretrained(str(base)) if base is not None else AutoModel.from_config(config)
        )
        hidden = self.encoder.config.hidden_size
        self.dropout = nn.Dropout(0.1)
        self.token_head = nn.Linear(hidden, n_token_out)
        self.sentence_head = nn.Linear(hidden, 2)

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        hidden = self.dropout(hidden)
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.token_head(hidden), self.sentence_head(pooled)


def id_tensors(
    rows: Sequence[Sequence[int]], cls_id: int, sep_id: int, device: str = "cpu"
) -> tuple[torch.Tensor, torch.Tensor]:
    """``input_ids`` and ``attention_mask`` for a batch of piece-id rows: CLS + pieces + SEP, right-padded."""
    width = max(len(r) for r in rows) + 2
    ids = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, : len(r) + 2] = torch.tensor([cls_id, *r, sep_id])
        mask[i, : len(r) + 2] = 1
    return ids.to(device), mask.to(device)


def pad_targets(rows: Sequence[Sequence[int]], width: int, device: str = "cpu") -> torch.Tensor:
    """Token targets aligned with CLS + pieces + SEP + padding (-100 everywhere but the pieces)."""
    out = torch.full((len(rows), width), -100, dtype=torch.long)
    for i, r in enumerate(rows):
        out[i, 1 : len(r) + 1] = torch.tensor(r)
    return out.to(device)


def batches(items: list[Item], size: int, rng: random.Random) -> list[list[Item]]:
    """Shuffle, then sort within pools of 50 batches by length: little padding, still random order."""
    items = items[:]
    rng.shuffle(items)
    pool = size * 50
    out = []
    for k in range(0, len(items), pool):
        chunk = sorted(items[k : k + pool], key=lambda x: len(x[0]))
        out.extend(chunk[i : i + size] for i in range(0, len(chunk), size))
    rng.shuffle(out)
    return out


def linear_warmup(opt: torch.optim.Optimizer, total: int) -> torch.optim.lr_scheduler.LambdaLR:
    """Linear warm-up over the first 6 % of ``total`` steps, then linear decay to zero."""
    warmup = max(1, int(0.06 * total))
    return torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup)))
    )


def optimizer(model: MultiTask, lr: float) -> torch.optim.AdamW:
    """AdamW (weight decay 0.01) over the parameters that train (frozen word embeddings excluded); the
    fused kernel on a GPU, where the many small updates of a step would otherwise each be a launch."""
    params = [p for p in model.parameters() if p.requires_grad]
    return torch.optim.AdamW(params, lr=lr, weight_decay=0.01, fused=params[0].is_cuda)


def optimizer_step(model: MultiTask, opt: torch.optim.Optimizer, sched, loss: torch.Tensor) -> None:
    """Back-propagate ``loss``, clip gradients to norm 1, step the optimiser and the schedule."""
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    sched.step()
    opt.zero_grad()


def sentence_loss(model: MultiTask, batch: list[Item], tok_ids: tuple[int, int], device: str = "cpu"):
    """Check-worthiness cross-entropy for a batch of ``(ids, label)``."""
    _, sentence_logits = model(*id_tensors([x[0] for x in batch], *tok_ids, device))
    return nn.functional.cross_entropy(sentence_logits, torch.tensor([x[1] for x in batch], device=device))


def technique_loss(
    model: MultiTask, batch: list[Item], tok_ids: tuple[int, int], n_labels: int, device: str = "cpu"
) -> torch.Tensor:
    """Span tags (O/B/I, the first 3 token outputs) plus the technique of every piece inside a span."""
    token_logits, _ = model(*id_tensors([x[0] for x in batch], *tok_ids, device))
    width = token_logits.shape[1]
    si_t = pad_targets([x[1] for x in batch], width, device)
    tc_t = pad_targets([x[2] for x in batch], width, device)
    loss = nn.functional.cross_entropy(token_logits[..., :3].reshape(-1, 3), si_t.reshape(-1))
    if (tc_t != -100).any():
        tc_logits = token_logits[..., 3 : 3 + n_labels]
        loss = loss + nn.functional.cross_entropy(tc_logits.reshape(-1, n_labels), tc_t.reshape(-1))
    return loss


def attribution_loss(
    model: MultiTask, batch: list[Item], tok_ids: tuple[int, int], n_att: int, device: str = "cpu"
) -> torch.Tensor:
    """Attribution tags (the last ``n_att`` token outputs) for a batch of ``(ids, tags)``."""
    token_logits, _ = model(*id_tensors([x[0] for x in batch], *tok_ids, device))
    att_t = pad_targets([x[1] for x in batch], token_logits.shape[1], device)
    return nn.functional.cross_entropy(token_logits[..., -n_att:].reshape(-1, n_att), att_t.reshape(-1))


def fine_tune(
    model: MultiTask,
    items: list[Item],
    loss_fn: Callable[[MultiTask, list[Item]], torch.Tensor],
    epochs: int,
    lr: float,
    batch: int,
    rng: random.Random,
) -> Iterator[int]:
    """AdamW with warm-up and decay over ``items`` for one task; yields after each epoch (for evaluation).

    ``loss_fn(model, batch)`` returns the batch loss. Used by the cross-validation scripts, which
    fine-tune one task at a time; the multi-task recipe interleaves three tasks itself.
    """
    opt = optimizer(model, lr)
    sched = linear_warmup(opt, math.ceil(len(items) / batch) * epochs)
    for epoch in range(1, epochs + 1):
        for chunk in batches(items, batch, rng):
            optimizer_step(model, opt, sched, loss_fn(model, chunk))
        yield epoch


def multitask_epochs(
    model: MultiTask,
    tasks: dict[str, list[Item]],
    recipe: dict[str, Any],
    tok_ids: tuple[int, int],
    n_labels: int,
    n_att: int,
    device: str = "cpu",
    log: Callable[[str], None] = print,
) -> Iterator[int]:
    """The shared encoder's recipe: batches of the three tasks shuffled together, one schedule; yields
    after each epoch (for evaluation and selection).

    ``tasks`` holds ``ct`` (check-worthiness), ``ptc`` (techniques) and ``pn`` (attribution) items;
    ``recipe`` holds ``epochs``, ``lr``, ``batch``, ``seed``, ``ptc_repeat`` (passes over PTC per epoch:
    it is the smallest task) and ``polnear_fraction`` (share of PolNeAR windows drawn per epoch).
    """
    rng = random.Random(recipe["seed"])
    size, epochs = recipe["batch"], recipe["epochs"]
    ct, ptc, pn = tasks["ct"], tasks["ptc"], tasks["pn"]
    n_pn = int(len(pn) * recipe["polnear_fraction"])
    total = epochs * (
        math.ceil(len(ct) / size) + recipe["ptc_repeat"] * math.ceil(len(ptc) / size) + math.ceil(n_pn / size)
    )
    opt = optimizer(model, recipe["lr"])
    sched = linear_warmup(opt, total)
    losses = {
        "ct": lambda b: sentence_loss(model, b, tok_ids, device),
        "ptc": lambda b: technique_loss(model, b, tok_ids, n_labels, device),
        "pn": lambda b: attribution_loss(model, b, tok_ids, n_att, device),
    }
    step = 0
    for epoch in range(1, epochs + 1):
        plan = [("ct", b) for b in batches(ct, size, rng)]
        for _ in range(recipe["ptc_repeat"]):
            plan += [("ptc", b) for b in batches(ptc, size, rng)]
        plan += [("pn", b) for b in batches(rng.sample(pn, n_pn), size, rng)]
        rng.shuffle(plan)
        for task, batch in plan:
            loss = losses[task](batch)
            optimizer_step(model, opt, sched, loss)
            step += 1
            if step % 500 == 0:
                log(f"epoch {epoch} step {step}/{total} loss {loss.item():.3f}")
        yield epoch

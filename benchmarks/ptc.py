"""Propaganda Techniques Corpus (SemEval-2020 Task 11) loader and the task's official SI and TC metrics.

Why importable: the training script selects checkpoints with the same metric the benchmark reports, and
``tests/test_semeval_metric.py`` checks it on hand-built cases without any model.

Data: ``../shared/data/propaganda/ptc2020/{train,dev}`` (research-use corpus; read in place, never copied).
Offsets are code points into the raw article file, ``[start, end)``.

SI metric (task paper, Sec. 3.1; organisers' ``task-SI_scorer``). For a predicted span ``s`` and a gold
span ``t`` of the same article, seen as sets of character indices, ``C(s, t, h) = |s ∩ t| / h``. Over the
whole corpus, with ``S`` all predicted and ``T`` all gold spans::

    P = (1/|S|) Σ_{s∈S, t∈T} C(s, t, |s|)        R = (1/|T|) Σ_{s∈S, t∈T} C(s, t, |t|)

and F1 their harmonic mean. Overlapping predicted spans of one article are merged first (the scorer refuses
overlapping SI submissions; gold SI spans are already the merged TC spans). Partial overlaps earn partial
credit, so a long span that covers a short gold span gets full recall credit but little precision.

TC metric: gold spans are given and each needs one technique; the score is micro-F1, which equals accuracy
because every gold span gets exactly one prediction. A span with *k* gold techniques appears *k* times; the
organisers' scorer pairs predictions with gold lines at the same offsets so that each gold label can be
matched once. Per-technique P/R/F1 are reported too.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "propaganda" / "ptc2020"


@dataclass(frozen=True)
class Article:
    """One PTC article with its gold technique spans ``(technique, start, end)``."""

    id: str
    text: str
    spans: tuple[tuple[str, int, int], ...]

    @property
    def si_spans(self) -> list[tuple[int, int]]:
        """Gold SI spans: the union of the technique spans, overlaps merged."""
        return merge_spans((s, e) for _, s, e in self.spans)


def load_split(split: str, data: Path = DEFAULT_DATA) -> list[Article]:
    """Read ``train`` or ``dev`` articles with their TC gold, sorted by id."""
    folder = data / split
    if not folder.is_dir():
        raise FileNotFoundError(f"PTC split {split!r} not found under {data} (needs ../shared)")
    gold: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for line in (folder / f"{split}-task-flc-tc.labels").read_text(encoding="utf-8").splitlines():
        if line.strip():
            art, label, start, end = line.split("\t")
            gold[art].append((label, int(start), int(end)))
    articles = []
    for path in sorted((folder / f"{split}-articles").glob("article*.txt")):
        art_id = re.sub(r"\D", "", path.stem)
        text = path.read_text(encoding="utf-8")
        articles.append(
            Article(art_id, text, tuple(sorted(gold.get(art_id, []), key=lambda x: (x[1], x[2]))))
        )
    return articles


def line_units(text: str) -> list[tuple[int, int]]:
    """PTC articles have one sentence per line: each non-empty line is a ``[start, end)`` unit."""
    units, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            units.append((pos, pos + len(line)))
        pos += len(line) + 1
    return units


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping (not merely touching) ``[start, end)`` spans; empty spans are dropped."""
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


@dataclass(frozen=True)
class PRF:
    """Precision, recall, F1 and the counts behind them."""

    precision: float
    recall: float
    f1: float
    n_pred: int
    n_gold: int


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def si_score(pred: dict[str, Sequence[tuple[int, int]]], gold: dict[str, Sequence[tuple[int, int]]]) -> PRF:
    """The official SI partial-overlap P/R/F1 over all articles in ``gold`` (predictions for other ids are ignored)."""
    p_sum = r_sum = 0.0
    n_pred = n_gold = 0
    for art, gold_spans in gold.items():
        g = merge_spans(gold_spans)
        s = merge_spans(pred.get(art, ()))
        n_pred += len(s)
        n_gold += len(g)
        for ps, pe in s:
            for gs, ge in g:
                inter = min(pe, ge) - max(ps, gs)
                if inter > 0:
                    p_sum += inter / (pe - ps)
                    r_sum += inter / (ge - gs)
    precision = p_sum / n_pred if n_pred else 0.0
    recall = r_sum / n_gold if n_gold else 0.0
    return PRF(precision, recall, _f1(precision, recall), n_pred, n_gold)


@dataclass(frozen=True)
class TCScore:
    """TC micro-F1 and per-technique P/R/F1."""

    micro_f1: float
    per_label: dict[str, PRF]


def tc_score(pred: Sequence[tuple[str, str, int, int]], gold: Sequence[tuple[str, str, int, int]]) -> TCScore:
    """Micro-F1 of technique labels for gold spans: items are ``(article, technique, start, end)``.

    A prediction is correct when an unused gold line at the same article and offsets has the same label.
    """
    remaining: dict[tuple[str, int, int], Counter[str]] = defaultdict(Counter)
    for art, label, start, end in gold:
        remaining[(art, start, end)][label] += 1
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter(label for _, label, _, _ in pred)
    n_gold: Counter[str] = Counter(label for _, label, _, _ in gold)
    for art, label, start, end in pred:
        bucket = remaining.get((art, start, end))
        if bucket and bucket[label] > 0:
            bucket[label] -= 1
            tp[label] += 1
    total_pred, total_gold = sum(n_pred.values()), sum(n_gold.values())
    p = sum(tp.values()) / total_pred if total_pred else 0.0
    r = sum(tp.values()) / total_gold if total_gold else 0.0
    per_label = {}
    for label in sorted(set(n_gold) | set(n_pred)):
        lp = tp[label] / n_pred[label] if n_pred[label] else 0.0
        lr = tp[label] / n_gold[label] if n_gold[label] else 0.0
        per_label[label] = PRF(lp, lr, _f1(lp, lr), n_pred[label], n_gold[label])
    return TCScore(_f1(p, r), per_label)

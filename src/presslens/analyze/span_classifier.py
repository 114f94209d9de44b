"""Technique label for a span: a linear model over the span's words, shape, repetition and the encoder's view.

Why a second stage: the token head of the shared encoder finds *where* a technique is (span
identification), but averaging its per-piece technique probabilities loses what decides many labels —
the exact words ("traitors" → name calling), the span's length (slogans are short, causal
oversimplification is a whole clause) and whether the phrase recurs in the article (repetition). A
multinomial logistic regression over hashed word n-grams, a few shape features, the phrase's count in the
article and the encoder's mean technique probabilities labels each span. It is trained on PTC train by
``training/span_classifier.py``; weights ship in ``models/span_classifier.npz`` (numpy only at run time).

The features past the n-grams were chosen by grouped cross-validation on PTC train (eleventh session's
study, rebuilt in the fifteenth): the span's edges (first and last word, word endings, case pattern) at
half the n-grams' weight, because a label often hangs on how a span opens or closes ("so-called …",
"… traitors"); repetition counted *before* the span, because the annotators mark a phrase's later
mentions as Repetition and its first one as something else; and the encoder's probabilities in log form
too, because the stacker needs to tell 0.001 from 0.05 on rare techniques.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from presslens.analyze.encoder import MODEL_DIR, EncoderOutput, span_technique_probs
from presslens.analyze.techniques import LABELS

MODEL_FILE = "span_classifier.npz"
HASH_DIM = 1 << 16
#: weight of the span-edge features (first/last word, word endings, case pattern) against the n-grams
EDGE_WEIGHT = 0.5
WORD = re.compile(r"\w+|[^\w\s]")
DENSE = (
    "log_chars",
    "log_words",
    "log_repeats",
    "repeat_share",
    "whole_line",
    "exclaims",
    "asks",
    "quoted",
    "capitals",
    "seen_before",
    "log_before",
    "before_share",
)


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % HASH_DIM


def _normalised(grams: list[str], weight: float) -> dict[int, float]:
    """Hashed ``grams``, sublinear counts, scaled to L2 norm ``weight``."""
    counts: dict[int, float] = {}
    for gram in grams:
        key = _hash(gram)
        counts[key] = counts.get(key, 0.0) + 1.0
    values = {k: 1.0 + math.log(v) for k, v in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    return {k: weight * v / norm for k, v in values.items()}


def _case_pattern(words: list[str]) -> str:
    """The span's capitalisation, one letter a word (U all caps, C capitalised, l lower, o other)."""
    return "".join(
        "U" if w.isupper() and len(w) > 1 else "C" if w[:1].isupper() else "l" if w.islower() else "o"
        for w in words[:8]
    )


def sparse_features(span_text: str) -> dict[int, float]:
    """Hashed unigrams and bigrams of the lower-cased span (L2 norm 1), plus its edges (norm ``EDGE_WEIGHT``):
    first and last word, each word's last three letters, and the case pattern."""
    cased = WORD.findall(span_text)
    words = [w.lower() for w in cased]
    features = _normalised([*words, *(f"{a} {b}" for a, b in pairwise(words))], 1.0)
    if words:
        edges = [f"^{words[0]}", f"{words[-1]}$", f"case:{_case_pattern(cased)}"]
        edges += [f"~{w[-3:]}" for w in words if len(w) > 3]
        for key, value in _normalised(edges, EDGE_WEIGHT).items():
            features[key] = features.get(key, 0.0) + value
    return features


def _mentions(span: str, lower: str) -> int:
    """How often the phrase ``span`` occurs in ``lower`` (a lower-cased text); 0 for a blank phrase."""
    return lower.count(span.lower()) if span.strip() else 0


def _share_found(words: list[str], lower: str) -> float:
    """The share of ``words`` that occur as whole words in ``lower``; 0 when there are none."""
    if not words:
        return 0.0
    return sum(1 for w in words if re.search(rf"\b{re.escape(w)}\b", lower)) / len(words)


def dense_features(text: str, start: int, end: int) -> list[float]:
    """Shape and repetition features of ``text[start:end]`` (order: ``DENSE``)."""
    span = text[start:end]
    words = WORD.findall(span.lower())
    lower = text.lower()
    content = [w for w in words if len(w) > 3]
    before = lower[:start]
    repeats = _mentions(span, lower)
    repeat_share = _share_found(content, before + " " + lower[end:])
    seen_before = _mentions(span, before)
    before_share = _share_found(content, before)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    letters = [c for c in span if c.isalpha()]
    return [
        math.log1p(len(span)),
        math.log1p(len(words)),
        math.log1p(max(0, repeats - 1)),
        repeat_share,
        float(line == span.strip()),
        float("!" in span),
        float("?" in span),
        float(any(c in span for c in "\"“”'‘’")),
        sum(1 for c in letters if c.isupper()) / len(letters) if letters else 0.0,
        float(seen_before > 0),
        math.log1p(seen_before),
        before_share,
    ]


def encoder_columns(probs: np.ndarray) -> np.ndarray:
    """The encoder's mean technique probabilities of a span, then their logarithms (floored at 1e-4)."""
    return np.concatenate([probs, np.log(np.maximum(probs, 1e-4))], axis=-1)


class SpanClassifier:
    """The shipped weights: sparse (HASH_DIM × 14), dense ((len(DENSE) + 28) × 14), intercept, dense scaling."""

    def __init__(self, path: Path = MODEL_DIR / MODEL_FILE) -> None:
        data = np.load(path, allow_pickle=False)
        self.w_sparse = data["w_sparse"]
        self.w_dense = data["w_dense"]
        self.intercept = data["intercept"]
        self.mean = data["mean"]
        self.scale = data["scale"]
        self.labels = tuple(str(x) for x in data["labels"])
        if self.labels != LABELS:
            raise ValueError(f"{path} was trained for other labels")

    def dense_vector(self, text: str, start: int, end: int, encoder_probs: np.ndarray) -> np.ndarray:
        """Scaled dense features followed by the encoder's mean technique probabilities (``encoder_columns``)."""
        raw = np.concatenate([np.array(dense_features(text, start, end)), encoder_columns(encoder_probs)])
        return (raw - self.mean) / self.scale

    def predict_proba(
        self, text: str, spans: Sequence[tuple[int, int]], encoder_probs: np.ndarray
    ) -> np.ndarray:
        """Technique probabilities for each span, ``encoder_probs`` being each span's mean piece probabilities."""
        rows = []
        for (start, end), probs in zip(spans, encoder_probs, strict=True):
            logits = self.dense_vector(text, start, end, probs) @ self.w_dense + self.intercept
            for key, value in sparse_features(text[start:end]).items():
                logits = logits + value * self.w_sparse[key]
            rows.append(logits)
        if not rows:
            return np.zeros((0, len(LABELS)))
        logits = np.stack(rows)
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def load_span_classifier() -> SpanClassifier | None:
    """The packaged span classifier, or None when it is not shipped (labels then come from the token head)."""
    path = MODEL_DIR / MODEL_FILE
    return SpanClassifier(path) if path.exists() else None


def distinct_ranks(spans: Sequence[tuple[int, int]], probs: np.ndarray) -> list[int]:
    """The label index for each span: a span listed k times gets its k most probable *distinct* techniques.

    The TC input repeats a span once per technique it carries, and the same label twice could never both
    be right. Shared with ``training/span_classifier.py`` so that selection scores what the benchmark scores.
    """
    seen: dict[tuple[int, int], int] = {}
    best = []
    for span, row in zip(spans, probs, strict=True):
        rank = seen.get(tuple(span), 0)
        seen[tuple(span)] = rank + 1
        best.append(int(np.argsort(-row, kind="stable")[min(rank, len(row) - 1)]))
    return best


def classify_spans(
    text: str, out: EncoderOutput, spans: Sequence[tuple[int, int]]
) -> list[tuple[str, float]]:
    """The technique of each given span (the TC task) and its probability.

    Uses the span classifier when it is shipped, else the arg-max of the token head's mean probabilities;
    repeated spans get distinct labels (``distinct_ranks``).
    """
    probs = span_technique_probs(out, spans)
    classifier = load_span_classifier()
    if classifier is not None:
        probs = classifier.predict_proba(text, spans, probs)
    return [(LABELS[i], float(row[i])) for i, row in zip(distinct_ranks(spans, probs), probs, strict=True)]

"""The shared sentence encoder: one int8 ONNX pass per article feeds both the claims and persuasion lenses.

Why shared: a transformer pass costs far more than the spaCy parse, so the check-worthiness head (one score
per sentence) and the propaganda-technique head (labels per word piece) read the same hidden states of one
fine-tuned all-MiniLM-L6-v2 (``training/encoder.py``). At run time only onnxruntime, ``tokenizers`` and
numpy are needed; torch is a training extra.

The unit is a sentence span of the article. A sentence longer than the model's window is cut into several
windows; offsets always refer to the article text, so every output is standoff.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from presslens.analyze.spans import sentence_units
from presslens.analyze.techniques import LABELS

MODEL_DIR = Path(str(resources.files("presslens") / "models"))
MODEL_FILE = "encoder.int8.onnx"
CARD_FILE = "encoder.json"
MAX_TOKENS = 128
SI_TAGS = ("O", "B", "I")  # token head: 3 span tags, then one logit per technique, then attribution tags
#: Attribution roles of a word piece (PolNeAR): cue, source or content, each begun (B) or continued (I).
ATT_TAGS = ("O", "B-CUE", "I-CUE", "B-SOURCE", "I-SOURCE", "B-CONTENT", "I-CONTENT")
N_TOKEN_OUT = len(SI_TAGS) + len(LABELS) + len(ATT_TAGS)


@dataclass
class Window:
    """Word pieces of one slice of one sentence unit, with article character offsets (no CLS/SEP)."""

    unit: int
    ids: list[int]
    offsets: list[tuple[int, int]]


def load_tokenizer(path: Path) -> Any:
    """A ``tokenizers.Tokenizer`` with truncation and padding off (windows are cut by :func:`windows`)."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    tok.no_truncation()
    tok.no_padding()
    return tok


def windows(
    tokenizer: Any, text: str, units: Sequence[tuple[int, int]], max_tokens: int = MAX_TOKENS
) -> list[Window]:
    """Tokenize each ``[start, end)`` unit of ``text`` and cut it into windows of at most ``max_tokens - 2``."""
    chunk = max_tokens - 2
    pieces = [text[s:e] for s, e in units]
    out: list[Window] = []
    for i, enc in enumerate(tokenizer.encode_batch(pieces, add_special_tokens=False)):
        base = units[i][0]
        offs = [(base + a, base + b) for a, b in enc.offsets]
        ids = list(enc.ids)
        if not ids:
            continue
        for k in range(0, len(ids), chunk):
            out.append(Window(i, ids[k : k + chunk], offs[k : k + chunk]))
    return out


def joined(sentences: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Loose sentences as one text (one per line) and their units: how sentence lists meet :func:`windows`."""
    units, pos = [], 0
    for sentence in sentences:
        units.append((pos, pos + len(sentence)))
        pos += len(sentence) + 1
    return "\n".join(sentences), units


def batch_arrays(wins: Sequence[Window], cls_id: int, sep_id: int) -> tuple[np.ndarray, np.ndarray]:
    """``input_ids`` and ``attention_mask`` (int64) for a batch, with CLS/SEP added and right padding."""
    width = max(len(w.ids) for w in wins) + 2
    ids = np.zeros((len(wins), width), dtype=np.int64)
    mask = np.zeros((len(wins), width), dtype=np.int64)
    for row, w in enumerate(wins):
        seq = [cls_id, *w.ids, sep_id]
        ids[row, : len(seq)] = seq
        mask[row, : len(seq)] = 1
    return ids, mask


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Numerically stable softmax."""
    z = x - x.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)


@dataclass(frozen=True)
class Platt:
    """Platt scaling of the check-worthiness head: P = sigmoid(a * log-odds + b).

    Why: a fine-tuned encoder is over-confident, and a threshold on raw scores does not carry over from
    one model or split to another. ``training/calibration.py`` fits ``a, b`` on data the model never
    trained on, so the score a user sees reads as a probability and the card's threshold is on that scale.
    The default is the identity (raw softmax probability).
    """

    a: float = 1.0
    b: float = 0.0

    def of_log_odds(self, z: np.ndarray) -> np.ndarray:
        """Calibrated probability from the head's log-odds (logit of yes minus logit of no)."""
        return 1.0 / (1.0 + np.exp(-(self.a * z + self.b)))

    def __call__(self, p: np.ndarray) -> np.ndarray:
        """Calibrated probability from a raw probability."""
        p = np.clip(np.asarray(p, dtype=np.float64), 1e-7, 1 - 1e-7)
        return self.of_log_odds(np.log(p / (1 - p)))

    @classmethod
    def fit(cls, z: np.ndarray, gold: np.ndarray) -> Platt:
        """Maximum-likelihood ``a, b`` for log-odds ``z`` and 0/1 labels (Newton's method on the log-loss)."""
        x = np.stack([np.asarray(z, dtype=np.float64), np.ones(len(z))], axis=1)
        y = np.asarray(gold, dtype=np.float64)
        w = np.array([1.0, 0.0])
        for _ in range(100):
            p = 1.0 / (1.0 + np.exp(-(x @ w)))
            hessian = (x * (p * (1 - p))[:, None]).T @ x + 1e-9 * np.eye(2)
            step = np.linalg.solve(hessian, x.T @ (p - y))
            w -= step
            if np.abs(step).max() < 1e-10:
                break
        return cls(float(w[0]), float(w[1]))

    @classmethod
    def from_card(cls, card: dict[str, Any]) -> Platt:
        """The card's ``calibration.checkworthy`` map, or the identity for a card without one."""
        fit = card.get("calibration", {}).get("checkworthy", {})
        return cls(float(fit.get("a", 1.0)), float(fit.get("b", 0.0)))


#: Raw softmax probabilities (no calibration fitted).
IDENTITY = Platt()


@dataclass
class EncoderOutput:
    """Per-window token probabilities and per-unit check-worthiness probability."""

    windows: list[Window] = field(default_factory=list)
    si: list[np.ndarray] = field(default_factory=list)  # per window: (n_pieces, 3) probabilities of O/B/I
    tc: list[np.ndarray] = field(default_factory=list)  # per window: (n_pieces, 14) technique probabilities
    att: list[np.ndarray] = field(default_factory=list)  # per window: (n_pieces, 7) ATT_TAGS probabilities
    checkworthy: dict[int, float] = field(default_factory=dict)  # unit index -> calibrated P(check-worthy)
    units: list[tuple[int, int]] = field(default_factory=list)  # the sentence units, article offsets


def split_logits(
    wins: Sequence[Window],
    token_logits: np.ndarray,
    sentence_logits: np.ndarray,
    out: EncoderOutput,
    calibration: Platt = IDENTITY,
) -> None:
    """Turn one batch of model outputs into probabilities appended to ``out`` (CLS/SEP/padding dropped)."""
    sent = calibration.of_log_odds(sentence_logits[:, 1] - sentence_logits[:, 0])
    technique_end = len(SI_TAGS) + len(LABELS)
    for row, w in enumerate(wins):
        n = len(w.ids)
        tok = token_logits[row, 1 : n + 1]
        out.windows.append(w)
        out.si.append(softmax(tok[:, : len(SI_TAGS)]))
        out.tc.append(softmax(tok[:, len(SI_TAGS) : technique_end]))
        # a model trained before the attribution head has no such columns: an empty (n, 0) array
        att = tok[:, technique_end:]
        out.att.append(softmax(att) if att.shape[1] else att)
        out.checkworthy[w.unit] = max(out.checkworthy.get(w.unit, 0.0), float(sent[row]))


@dataclass(frozen=True)
class TechniqueSpan:
    """A decoded technique span: article offsets, label, confidence and the label's probability."""

    start: int
    end: int
    label: str
    confidence: float
    label_probability: float


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a span to whole words: a word piece never starts or ends a highlighted span."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def _runs(p_in: np.ndarray, begins: np.ndarray, threshold: float, extend: float) -> list[tuple[int, int]]:
    """Piece index ranges ``[i, j]`` seeded where P(inside) ≥ ``threshold`` and grown while ≥ ``extend``.

    Growth stops at a piece the head marks as a new span's beginning (``begins``), so two adjacent
    techniques stay two spans.
    """
    runs: list[tuple[int, int]] = []
    i, n = 0, len(p_in)
    while i < n:
        if p_in[i] < threshold:
            i += 1
            continue
        j = i
        while j > 0 and (not runs or j - 1 > runs[-1][1]) and p_in[j - 1] >= extend and not begins[j]:
            j -= 1
        k = i
        while k + 1 < n and p_in[k + 1] >= extend and not begins[k + 1]:
            k += 1
        runs.append((j, k))
        i = k + 1
    return runs


def decode_spans(
    text: str, out: EncoderOutput, threshold: float, extend: float | None = None, max_gap: int = 0
) -> list[TechniqueSpan]:
    """Technique spans from the token head, decoded with hysteresis, one sentence window at a time.

    A span is seeded by a word piece with P(inside) ≥ ``threshold``, grown over neighbours with
    P(inside) ≥ ``extend`` (default: ``threshold``), and joined with the next span when at most ``max_gap``
    pieces separate them; a piece the head marks as a new beginning (P(B) > P(I), after a space) starts a
    new span. The technique is the arg-max of the mean technique probabilities over the span's pieces (the
    persuasion lens relabels with the span classifier); the confidence is the mean P(inside).
    """
    extend = threshold if extend is None else extend
    spans: list[TechniqueSpan] = []
    for w, si, tc in zip(out.windows, out.si, out.tc, strict=True):
        p_in = si[:, 1] + si[:, 2]
        begins = np.zeros(len(w.offsets), dtype=bool)
        for k in range(1, len(w.offsets)):
            begins[k] = si[k, 1] > si[k, 2] and w.offsets[k][0] > w.offsets[k - 1][1]
        joined: list[tuple[int, int]] = []
        for j, k in _runs(p_in, begins, threshold, extend):
            if joined and j - joined[-1][1] - 1 <= max_gap:
                joined[-1] = (joined[-1][0], k)
            else:
                joined.append((j, k))
        for j, k in joined:
            start, end = _widen(text, w.offsets[j][0], w.offsets[k][1])
            mean_tc = tc[j : k + 1].mean(axis=0)
            best = int(mean_tc.argmax())
            spans.append(
                TechniqueSpan(start, end, LABELS[best], float(p_in[j : k + 1].mean()), float(mean_tc[best]))
            )
    return [s for s in spans if s.end > s.start]


@dataclass(frozen=True)
class Pieces:
    """Every word piece of an output in one table: article offsets, O/B/I and technique probabilities."""

    starts: np.ndarray  # (n,)
    ends: np.ndarray  # (n,)
    si: np.ndarray  # (n, 3)
    tc: np.ndarray  # (n, 14)

    @classmethod
    def of(cls, out: EncoderOutput) -> Pieces:
        offsets = [o for w in out.windows for o in w.offsets]
        if not offsets:
            return cls(np.zeros(0), np.zeros(0), np.zeros((0, len(SI_TAGS))), np.zeros((0, len(LABELS))))
        return cls(
            np.array([a for a, _ in offsets]),
            np.array([b for _, b in offsets]),
            np.concatenate(out.si),
            np.concatenate(out.tc),
        )

    def inside(self, start: int, end: int) -> np.ndarray:
        """A boolean mask of the pieces overlapping ``[start, end)``."""
        return (self.ends > start) & (self.starts < end)


def span_technique_probs(out: EncoderOutput, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """Mean technique probabilities of the word pieces inside each span (uniform when none), shape (n, 14)."""
    table = Pieces.of(out)
    rows = []
    for s, e in spans:
        inside = table.inside(s, e)
        rows.append(table.tc[inside].mean(axis=0) if inside.any() else np.full(len(LABELS), 1 / len(LABELS)))
    return np.stack(rows) if rows else np.zeros((0, len(LABELS)))


class Encoder:
    """The shipped int8 ONNX encoder with its tokenizer and model card; load once via :func:`load_encoder`."""

    def __init__(self, model_dir: Path = MODEL_DIR, model_file: str = MODEL_FILE, threads: int = 0) -> None:
        import onnxruntime as ort

        self.card: dict[str, Any] = json.loads((model_dir / CARD_FILE).read_text(encoding="utf-8"))
        self.tokenizer = load_tokenizer(model_dir / "tokenizer.json")
        self.cls_id = self.tokenizer.token_to_id("[CLS]")
        self.sep_id = self.tokenizer.token_to_id("[SEP]")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.log_severity_level = 3
        self.session = ort.InferenceSession(
            str(model_dir / model_file), opts, providers=["CPUExecutionProvider"]
        )
        self.max_tokens = int(self.card.get("max_tokens", MAX_TOKENS))
        self.calibration = Platt.from_card(self.card)

    def run(self, text: str, units: Sequence[tuple[int, int]], batch_size: int = 32) -> EncoderOutput:
        """One pass over all ``units`` of ``text``; windows are sorted by length so padding stays small."""
        wins = windows(self.tokenizer, text, units, self.max_tokens)
        order = sorted(range(len(wins)), key=lambda i: len(wins[i].ids))
        out = EncoderOutput(units=list(units))
        for k in range(0, len(order), batch_size):
            batch = [wins[i] for i in order[k : k + batch_size]]
            ids, mask = batch_arrays(batch, self.cls_id, self.sep_id)
            token_logits, sentence_logits = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
            split_logits(batch, token_logits, sentence_logits, out, self.calibration)
        # back to document order so spans are decoded left to right
        doc_order = sorted(range(len(out.windows)), key=lambda i: out.windows[i].offsets[0][0])
        out.windows = [out.windows[i] for i in doc_order]
        out.si = [out.si[i] for i in doc_order]
        out.tc = [out.tc[i] for i in doc_order]
        out.att = [out.att[i] for i in doc_order]
        return out

    def checkworthiness(self, sentences: Sequence[str], batch_size: int = 32) -> list[float]:
        """P(check-worthy) for each sentence on its own (the CheckThat! setting: transcripts, no article)."""
        out = self.run(*joined(sentences), batch_size)
        return [out.checkworthy.get(i, 0.0) for i in range(len(sentences))]


@lru_cache(maxsize=1)
def load_encoder() -> Encoder:
    """The packaged encoder, loaded once per process."""
    return Encoder()


#: ``doc.user_data`` key of the cached pass; transient (dropped by the last lens that reads it).
CACHE_KEY = "presslens.encoder"
#: The factories that read the shared pass, so the last of them in a pipeline can drop the cache.
CONSUMERS: set[str] = set()


def doc_output(doc: Doc) -> EncoderOutput:
    """The shared encoder pass for ``doc``: computed by the first lens that asks, reused by the others."""
    cached = doc.user_data.get(CACHE_KEY)
    if cached is None:
        cached = load_encoder().run(doc.text, sentence_units(doc))
        doc.user_data[CACHE_KEY] = cached
    return cached


def release(doc: Doc, nlp: Language, name: str) -> None:
    """Drop the cached pass after the last consuming component, so ``DocBin(store_user_data=True)`` works."""
    consumers = [n for n in nlp.pipe_names if nlp.pipe_factories.get(n) in CONSUMERS]
    if not consumers or consumers[-1] == name:
        doc.user_data.pop(CACHE_KEY, None)

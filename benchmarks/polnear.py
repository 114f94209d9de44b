"""PolNeAR loader and the attribution-extraction scorer used by ``benchmarks/attribution.py``.

Why a separate, importable module: the scorer is pure functions over small frozen dataclasses, so the
unit tests (``tests/test_attribution_metric.py``) feed it hand-built gold/prediction cases without
running presslens, and the CLI, the throughput script and any notebook share one definition of the
metric.

Data
----
PolNeAR v1.0.0 train/dev as JSONL (see ``../shared/data/attribution/polnear/README.md``). It is a
research-only corpus: it is read from ``<repo>/../shared/data/attribution/polnear`` (or ``--data``)
and never copied into the repository.

The metric (as specified by the issue)
--------------------------------------
Spans are character offsets ``[start, end)`` into the article text. Every attribution has content
spans, cue spans and source spans (any of them may be several discontinuous pieces; a presslens
``Quote`` has one cue span and one surface-source span). Overlaps are counted in characters over
the *union* of an attribution's pieces.

* **Content match.** A predicted attribution *p* is a candidate match for a gold attribution *g* when
  the predicted content covers at least half of the gold content characters:
  ``2 * |content(p) ∩ content(g)| >= |content(g)|`` (integer arithmetic: 50 % passes, 49 % fails).
  Gold attributions with empty content can never be matched.
* **One-to-one.** Each gold and each prediction is used at most once, so one long prediction that
  covers two gold attributions counts once (one TP, one FN). Conflicts are resolved *greedily by
  descending coverage* (ties: higher share of the prediction inside the gold, then document order),
  and the greedy matching is then completed with augmenting paths (Kuhn's algorithm) so the number
  of matched pairs is the maximum possible. Augmentation re-pairs a greedy pair only when that adds a
  pair, so wherever greedy is already maximal the result is exactly the greedy one. No scipy needed.
* **P/R/F1 overall**: ``P = matched / predictions``, ``R = matched / gold``, ``F1`` harmonic mean.
  Empty denominators: ``P = 1`` when there are neither predictions nor gold (nothing to find, nothing
  wrongly found), otherwise ``0``; same for ``R``. F1 is ``0`` when ``P + R == 0``.
* **By kind** (``direct``/``indirect``/``mixed``): recall counts matched gold by the *gold* kind;
  precision counts matched predictions by the *predicted* kind; F1 is computed from those two. The
  kind of a matched pair need not agree; ``kind_acc`` (agreement over matched pairs) is reported too.
* **Cue accuracy** over matched pairs: correct when the predicted cue overlaps *some single* gold cue
  span by at least half of the shorter of the two (``2 * overlap >= min(len_pred, len_gold_span)``,
  overlap > 0), or when both are empty.
* **Source accuracy** over matched pairs: correct when both sources are empty, or when the predicted
  source overlaps the *union* of the gold source spans by at least half of the shorter of the two
  (``2 * overlap >= min(len_pred, len_gold_union)``, overlap > 0). The predicted source is the surface
  source (the mention written next to the cue), because PolNeAR sources are unresolved surface
  mentions.
* **Content-character overlap** (secondary, token-free): per document, the union of all predicted
  content characters vs the union of all gold content characters; P/R/F1 micro-averaged over
  documents. This rewards partially right boundaries that the 50 % match rule treats as all or
  nothing.

All figures are micro-averaged over the documents scored (counts are summed, then divided).

Gold kinds and the NYT ``''`` quote mark
----------------------------------------
``kind`` is not a PolNeAR label: the corpus conversion derived it from quote marks, but missed the
two-apostrophe ``''`` that most NYT articles use for both opening and closing double quotes (train: 1,200
attributions, dev: 86, all labelled ``indirect``). By default (``fix_kinds=True``) the loader re-derives
the kind of those attributions only, with the rule the conversion evidently used (:func:`derive_kind`: no quote mark
in the content -> ``indirect``; first piece opens and last piece closes with a quote mark -> ``direct``;
otherwise ``mixed``), which reproduces the file's label for all but 1 of the other 20,738 train+dev
attributions. This changes the by-kind figures and ``kind_acc`` only; overall P/R/F1, cue and source
accuracy do not depend on kinds. ``fix_kinds=False`` (CLI ``--raw-kinds``) keeps the file's labels.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "attribution" / "polnear"

#: Half-open character interval ``(start, end)``.
Interval = tuple[int, int]
#: Sorted, non-overlapping, non-empty intervals (see :func:`normalise`).
Spans = tuple[Interval, ...]


# --------------------------------------------------------------------------------------------- spans


def normalise(intervals: Iterable[Interval]) -> Spans:
    """Sort and merge intervals, dropping empty ones.

    Why: every overlap below is computed over the union of an attribution's pieces, so merged sorted
    intervals make overlap a linear sweep and make equal unions compare equal.
    """
    pieces = sorted((int(a), int(b)) for a, b in intervals if int(b) > int(a))
    merged: list[list[int]] = []
    for a, b in pieces:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return tuple((a, b) for a, b in merged)


def length(spans: Spans) -> int:
    """Number of characters covered by normalised spans."""
    return sum(b - a for a, b in spans)


def overlap(x: Spans, y: Spans) -> int:
    """Characters covered by both ``x`` and ``y`` (both normalised)."""
    i = j = total = 0
    while i < len(x) and j < len(y):
        a0, a1 = x[i]
        b0, b1 = y[j]
        total += max(0, min(a1, b1) - max(a0, b0))
        if a1 <= b1:
            i += 1
        else:
            j += 1
    return total


def union(*groups: Spans) -> Spans:
    """Union of several normalised span groups."""
    return normalise(iv for g in groups for iv in g)


# ------------------------------------------------------------------------------------ data classes


@dataclass(frozen=True)
class Attribution:
    """One attribution, gold or predicted, reduced to what the metric reads.

    Build with :meth:`make` so spans are normalised. ``cue`` keeps its pieces separate only through
    ``cue_pieces`` because cue correctness is judged against each gold cue span on its own.
    """

    content: Spans
    cue: Spans = ()
    source: Spans = ()
    kind: str = "indirect"
    id: str = ""
    cue_pieces: Spans = ()

    @classmethod
    def make(
        cls,
        content: Iterable[Interval],
        cue: Iterable[Interval] = (),
        source: Iterable[Interval] = (),
        kind: str = "indirect",
        id: str = "",
    ) -> Attribution:
        """Normalise spans given as ``(start, end)`` pairs."""
        cue_list = [(int(a), int(b)) for a, b in cue if int(b) > int(a)]
        return cls(
            content=normalise(content),
            cue=normalise(cue_list),
            source=normalise(source),
            kind=kind,
            id=id,
            cue_pieces=tuple(sorted(cue_list)),
        )


@dataclass(frozen=True)
class Document:
    """One PolNeAR article with its gold attributions."""

    doc_id: str
    text: str
    attributions: tuple[Attribution, ...]
    publisher: str = ""
    date: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def words(self) -> int:
        """Whitespace-separated words, the unit of the throughput figures."""
        return len(self.text.split())


@dataclass(frozen=True)
class Match:
    """A matched (gold, prediction) pair with the judgements made about it."""

    gold: int
    pred: int
    coverage: float
    cue_ok: bool
    source_ok: bool
    kind_ok: bool


# ---------------------------------------------------------------------------------------- loading


def find_data_dir(override: str | Path | None = None) -> Path | None:
    """The PolNeAR folder (``--data`` wins over ``<repo>/../shared/...``); ``None`` when absent."""
    path = Path(override) if override else DEFAULT_DATA_DIR
    return path if (path / "dev.jsonl").is_file() or (path / "train.jsonl").is_file() else None


def require_data_dir(override: str | Path | None = None) -> Path:
    """Like :func:`find_data_dir` but exit with a clear message when the corpus is missing.

    Why exit rather than raise: the benchmark scripts are run by hand, and the corpus is a
    research-only dataset that is deliberately not in the repository.
    """
    found = find_data_dir(override)
    if found is None:
        where = Path(override) if override else DEFAULT_DATA_DIR
        sys.exit(
            f"PolNeAR data not found at {where} (expected train.jsonl/dev.jsonl).\n"
            "It lives outside the repo in ../shared/data/attribution/polnear; pass --data PATH to "
            "point elsewhere. The corpus is research-only and must not be copied into the repository."
        )
    return found


def _spans(items: Sequence[dict[str, Any]]) -> list[Interval]:
    return [(int(s["start"]), int(s["end"])) for s in items]


_QUOTE_MARK = re.compile(r"[“”\"]|''")
_OPENS = re.compile(r"(?:[“”\"]|'')")
_CLOSES = re.compile(r"(?:[“”\"]|'')$")


def derive_kind(text: str, content: Iterable[Interval]) -> str:
    """Kind from quote marks, the corpus conversion's rule plus the NYT ``''`` mark (see module docstring)."""
    pieces = [text[a:b].strip() for a, b in content]
    if not pieces or not any(_QUOTE_MARK.search(p) for p in pieces):
        return "indirect"
    if _OPENS.match(pieces[0]) and _CLOSES.search(pieces[-1]):
        return "direct"
    return "mixed"


def parse_document(row: dict[str, Any], fix_kinds: bool = True) -> Document:
    """Turn one JSONL row into a :class:`Document` (spans are trusted: the README says all were checked).

    ``fix_kinds`` re-derives the kind of attributions whose content contains ``''`` (see the module
    docstring); all other kinds are taken from the file.
    """
    text = row["text"]
    atts = []
    for a in row["attributions"]:
        content = _spans(a["content"])
        kind = a["kind"]
        if fix_kinds and any("''" in text[x:y] for x, y in content):
            kind = derive_kind(text, content)
        atts.append(
            Attribution.make(
                content=content,
                cue=_spans(a["cue"]),
                source=_spans(a["source"]),
                kind=kind,
                id=str(a.get("id", "")),
            )
        )
    return Document(
        doc_id=row["doc_id"],
        text=text,
        attributions=tuple(atts),
        publisher=row.get("publisher", ""),
        date=row.get("publication_date", ""),
        raw=row,
    )


def iter_documents(
    split: str = "dev", data_dir: str | Path | None = None, limit: int | None = None, fix_kinds: bool = True
) -> Iterator[Document]:
    """Stream documents of ``split`` (``dev`` or ``train``), at most ``limit`` of them."""
    base = require_data_dir(data_dir)
    path = base / f"{split}.jsonl"
    if not path.is_file():
        sys.exit(f"PolNeAR split {split!r} not found: {path}")
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            if line.strip():
                yield parse_document(json.loads(line), fix_kinds)


def load(
    split: str = "dev", data_dir: str | Path | None = None, limit: int | None = None, fix_kinds: bool = True
) -> list[Document]:
    """All documents of ``split`` as a list (see :func:`iter_documents`)."""
    return list(iter_documents(split, data_dir, limit, fix_kinds))


# ------------------------------------------------------------------------- presslens -> Attribution


class _SpanLike(Protocol):
    start: int
    end: int


def from_quote(quote: Any) -> Attribution:
    """Convert a ``presslens.Quote`` (duck-typed) into an :class:`Attribution`.

    Uses ``surface_source`` (the mention written next to the cue), not the resolved ultimate source,
    because PolNeAR annotates surface mentions.
    """
    cue: _SpanLike | None = quote.cue
    source: _SpanLike | None = getattr(quote, "surface_source", None)
    if source is None and not hasattr(quote, "surface_source"):
        source = getattr(quote, "source", None)
    return Attribution.make(
        content=[(s.start, s.end) for s in quote.content],
        cue=[(cue.start, cue.end)] if cue is not None else [],
        source=[(source.start, source.end)] if source is not None else [],
        kind=str(quote.kind),
        id=str(getattr(quote, "id", "")),
    )


def from_tagged(text: str, tagged: Iterable[Any]) -> list[Attribution]:
    """``TaggedAttribution`` s decoded from the encoder's attribution tags as predictions (kind from marks)."""
    return [
        Attribution.make(t.content, [t.cue], [t.source] if t.source else [], derive_kind(text, t.content))
        for t in tagged
    ]


def from_reading(reading: Any) -> list[Attribution]:
    """All quotes of a ``presslens.Reading`` as :class:`Attribution` predictions."""
    return [from_quote(q) for q in reading.quotes]


# -------------------------------------------------------------------------------------- judgements


def content_coverage(gold: Attribution, pred: Attribution) -> tuple[int, int]:
    """``(overlap, gold_length)`` of content characters; the match rule is ``2*overlap >= gold_length``."""
    return overlap(gold.content, pred.content), length(gold.content)


def is_candidate(gold: Attribution, pred: Attribution) -> bool:
    """True when ``pred``'s content covers at least 50 % of ``gold``'s content characters."""
    ov, glen = content_coverage(gold, pred)
    return glen > 0 and ov > 0 and 2 * ov >= glen


def _half_of_shorter(x: Spans, y: Spans) -> bool:
    ov = overlap(x, y)
    return ov > 0 and 2 * ov >= min(length(x), length(y))


def cue_correct(gold: Attribution, pred: Attribution) -> bool:
    """Cue rule: both empty, or the predicted cue covers ≥ 50 % of the shorter of it and one gold cue span."""
    pieces = gold.cue_pieces or gold.cue
    if not pieces and not pred.cue:
        return True
    if not pieces or not pred.cue:
        return False
    return any(_half_of_shorter(pred.cue, (piece,)) for piece in pieces)


def source_correct(gold: Attribution, pred: Attribution) -> bool:
    """Source rule: both empty, or overlap ≥ 50 % of the shorter of the predicted span and the gold union."""
    if not gold.source and not pred.source:
        return True
    if not gold.source or not pred.source:
        return False
    return _half_of_shorter(gold.source, pred.source)


def match(gold: Sequence[Attribution], pred: Sequence[Attribution]) -> list[Match]:
    """One-to-one matching of predictions to gold: greedy by coverage, completed to maximum cardinality.

    Why both: greedy-by-coverage pairs each gold with the prediction that fits it best, which is
    what cue/source accuracy should be judged on; the augmenting-path pass then guarantees no
    prediction/gold pair is left unmatched merely because greedy took its only partner first, so
    recall is never understated by the tie-breaking.
    """
    cands: list[tuple[float, float, int, int]] = []
    for gi, g in enumerate(gold):
        glen = length(g.content)
        if glen == 0:
            continue
        for pi, p in enumerate(pred):
            ov = overlap(g.content, p.content)
            if ov > 0 and 2 * ov >= glen:
                plen = length(p.content)
                cands.append((ov / glen, ov / plen if plen else 0.0, gi, pi))
    cands.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    adj: dict[int, list[int]] = {}
    cover: dict[tuple[int, int], float] = {}
    for cov, _prec, gi, pi in cands:
        adj.setdefault(gi, []).append(pi)
        cover[(gi, pi)] = cov
    g2p: dict[int, int] = {}
    p2g: dict[int, int] = {}
    for _cov, _prec, gi, pi in cands:  # greedy
        if gi not in g2p and pi not in p2g:
            g2p[gi] = pi
            p2g[pi] = gi

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in adj.get(gi, []):
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in p2g or augment(p2g[pi], seen):
                g2p[gi] = pi
                p2g[pi] = gi
                return True
        return False

    for gi in adj:
        if gi not in g2p:
            augment(gi, set())
    out = []
    for gi in sorted(g2p):
        pi = g2p[gi]
        g, p = gold[gi], pred[pi]
        out.append(Match(gi, pi, cover[(gi, pi)], cue_correct(g, p), source_correct(g, p), g.kind == p.kind))
    return out


# ----------------------------------------------------------------------------------------- scoring


def _ratio(num: int, den: int, empty: float) -> float:
    return num / den if den else empty


def prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1; see the module docstring for the empty-denominator convention."""
    both_empty = n_pred == 0 and n_gold == 0
    p = _ratio(tp_p, n_pred, 1.0 if both_empty else 0.0)
    r = _ratio(tp_r, n_gold, 1.0 if both_empty else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Tally:
    """Summable counts behind every figure; add per-document tallies with ``+=``."""

    docs: int = 0
    gold: int = 0
    pred: int = 0
    matched: int = 0
    cue_ok: int = 0
    source_ok: int = 0
    kind_ok: int = 0
    gold_by_kind: Counter[str] = field(default_factory=Counter)
    pred_by_kind: Counter[str] = field(default_factory=Counter)
    matched_by_gold_kind: Counter[str] = field(default_factory=Counter)
    matched_by_pred_kind: Counter[str] = field(default_factory=Counter)
    char_gold: int = 0
    char_pred: int = 0
    char_overlap: int = 0

    def __iadd__(self, other: Tally) -> Tally:
        for name in (
            "docs",
            "gold",
            "pred",
            "matched",
            "cue_ok",
            "source_ok",
            "kind_ok",
            "char_gold",
            "char_pred",
            "char_overlap",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("gold_by_kind", "pred_by_kind", "matched_by_gold_kind", "matched_by_pred_kind"):
            getattr(self, name).update(getattr(other, name))
        return self

    def figures(self) -> dict[str, Any]:
        """The reported numbers (floats rounded to 4 places), plus the counts they come from."""
        p, r, f = prf(self.matched, self.pred, self.matched, self.gold)
        cp, cr, cf = prf(self.char_overlap, self.char_pred, self.char_overlap, self.char_gold)
        by_kind = {}
        for k in KINDS:
            kp, kr, kf = prf(
                self.matched_by_pred_kind[k],
                self.pred_by_kind[k],
                self.matched_by_gold_kind[k],
                self.gold_by_kind[k],
            )
            by_kind[k] = {
                "precision": round(kp, 4),
                "recall": round(kr, 4),
                "f1": round(kf, 4),
                "gold": self.gold_by_kind[k],
                "pred": self.pred_by_kind[k],
                "matched_gold": self.matched_by_gold_kind[k],
                "matched_pred": self.matched_by_pred_kind[k],
            }
        acc = lambda n: round(n / self.matched, 4) if self.matched else None  # noqa: E731
        return {
            "docs": self.docs,
            "gold": self.gold,
            "pred": self.pred,
            "matched": self.matched,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "cue_acc": acc(self.cue_ok),
            "source_acc": acc(self.source_ok),
            "kind_acc": acc(self.kind_ok),
            "by_kind": by_kind,
            "char": {
                "precision": round(cp, 4),
                "recall": round(cr, 4),
                "f1": round(cf, 4),
                "gold_chars": self.char_gold,
                "pred_chars": self.char_pred,
                "overlap_chars": self.char_overlap,
            },
        }


@dataclass
class DocResult:
    """Per-document outcome: the tally plus the matching, kept for error analysis."""

    tally: Tally
    matches: list[Match]
    missed: list[int]
    false_positives: list[int]


def score_document(gold: Sequence[Attribution], pred: Sequence[Attribution]) -> DocResult:
    """Score one document's predictions against its gold attributions."""
    matches = match(gold, pred)
    t = Tally(docs=1, gold=len(gold), pred=len(pred), matched=len(matches))
    t.gold_by_kind.update(g.kind for g in gold)
    t.pred_by_kind.update(p.kind for p in pred)
    for m in matches:
        t.cue_ok += m.cue_ok
        t.source_ok += m.source_ok
        t.kind_ok += m.kind_ok
        t.matched_by_gold_kind[gold[m.gold].kind] += 1
        t.matched_by_pred_kind[pred[m.pred].kind] += 1
    gold_chars = union(*(g.content for g in gold))
    pred_chars = union(*(p.content for p in pred))
    t.char_gold, t.char_pred = length(gold_chars), length(pred_chars)
    t.char_overlap = overlap(gold_chars, pred_chars)
    matched_g = {m.gold for m in matches}
    matched_p = {m.pred for m in matches}
    return DocResult(
        tally=t,
        matches=matches,
        missed=[i for i in range(len(gold)) if i not in matched_g],
        false_positives=[i for i in range(len(pred)) if i not in matched_p],
    )


def score(pairs: Iterable[tuple[Sequence[Attribution], Sequence[Attribution]]]) -> Tally:
    """Micro-averaged tally over ``(gold, pred)`` pairs, one pair per document."""
    total = Tally()
    for gold, pred in pairs:
        total += score_document(gold, pred).tally
    return total


def gold_as_predictions(doc: Document) -> list[Attribution]:
    """The gold attributions of ``doc`` recast as predictions: the oracle that must score 1.0."""
    return [
        Attribution.make(a.content, a.cue_pieces or a.cue, a.source, a.kind, a.id) for a in doc.attributions
    ]


# ------------------------------------------------------------------------------------ error display

_SENT_END = re.compile(r"([.!?][\"'”’)\]]*)\s+(?=[A-Z“\"‘'(\[])|\s*\n\s*")


def sentence_bounds(text: str) -> list[Interval]:
    """Rough sentence segmentation (end punctuation, closing quotes, whitespace, capital; or a newline).

    Why not spaCy: error display must stay cheap and independent of the system under test.
    """
    bounds: list[Interval] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end(1) if m.group(1) else m.start()
        if end > start:
            bounds.append((start, end))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def context(
    text: str, att: Attribution, bounds: Sequence[Interval] | None = None, max_chars: int = 600
) -> str:
    """The sentences an attribution touches, with content in ``[[ ]]``, cue in ``{ }``, source in ``< >``.

    Why sentence-level: rule tuning needs to see the clause around a miss, not just the span.
    """
    all_spans = list(att.content) + list(att.cue) + list(att.source)
    if not all_spans:
        return ""
    lo = min(a for a, _ in all_spans)
    hi = max(b for _, b in all_spans)
    bounds = bounds if bounds is not None else sentence_bounds(text)
    s0 = max((a for a, b in bounds if a <= lo), default=0)
    s1 = min((b for a, b in bounds if b >= hi), default=len(text))
    marks: list[tuple[int, int, str]] = []  # (offset, closers before openers, marker)
    for group, opener, closer in ((att.content, "[[", "]]"), (att.cue, "{", "}"), (att.source, "<", ">")):
        for a, b in group:
            marks.append((max(a, s0), 1, opener))
            marks.append((min(b, s1), 0, closer))
    marks.sort(key=lambda m: (m[0], m[1]))
    out: list[str] = []
    pos = s0
    for at, _order, mark in marks:
        out.append(text[pos:at])
        out.append(mark)
        pos = at
    out.append(text[pos:s1])
    snippet = " ".join("".join(out).split())
    if len(snippet) > max_chars:
        half = max_chars // 2
        snippet = snippet[:half] + " … " + snippet[-half:]
    return snippet


def best_partial(gold: Attribution, pred: Sequence[Attribution]) -> tuple[float, int | None]:
    """Highest content coverage any prediction reaches on ``gold`` (explains a miss: 0.4 ≠ 0.0)."""
    glen = length(gold.content)
    best, who = 0.0, None
    for i, p in enumerate(pred):
        cov = overlap(gold.content, p.content) / glen if glen else 0.0
        if cov > best:
            best, who = cov, i
    return best, who

"""Propaganda techniques on PTC dev (SemEval-2020 Task 11) with the task's official SI and TC metrics.

What it measures:

* **SI** (span identification): the product path, ``presslens.read_many`` on each dev article, its
  ``techniques`` spans scored with the official partial-overlap P/R/F1 (``benchmarks/ptc.py``).
  ``--sweep`` also scores other seed thresholds on the lens's own sentence units, to show the curve.
* **TC** (technique classification): gold spans are given; each gets the technique whose probabilities,
  averaged over its word pieces, feed the span classifier (``span_classifier.classify_spans``: words, shape,
  repetition); micro-F1 and per-technique F1.
* Speed: spans/s and articles/s of the full ``read_many`` path (all lenses) on this machine.

Anchors (official *test* set, v1 annotations): SI 1st place ≈ 0.52, TC 1st place ≈ 0.62, TC organisers'
baseline ≈ 0.25; on this dev set the all-Loaded_Language TC baseline is 0.306 and the one-span-per-line SI
baseline 0.189.

Usage::

    python benchmarks/persuasion.py [--limit N] [--sweep] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.ptc import DEFAULT_DATA, line_units, load_split, si_score, tc_score

ANCHORS = (
    "test-set anchors: SI 1st ≈ 0.52, TC 1st ≈ 0.62, TC baseline ≈ 0.25 (dev: all-Loaded_Language 0.306)"
)
SWEEP = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def threshold_sweep(articles, gold_si) -> dict[float, float]:
    """SI F1 at other seed thresholds on the lens's own units (spaCy sentences), before the slogan
    widening."""
    from presslens.analyze import encoder as enc
    from presslens.analyze.persuasion import technique_spans
    from presslens.analyze.spans import sentence_units
    from presslens.nlp import base_pipeline

    docs = list(base_pipeline().pipe(a.text for a in articles))
    outputs = [enc.load_encoder().run(d.text, sentence_units(d)) for d in docs]
    sweep = {}
    for th in SWEEP:
        pred = {
            a.id: [(s, e) for s, e, _ in technique_spans(d, o, th)]
            for a, d, o in zip(articles, docs, outputs, strict=True)
        }
        sweep[th] = si_score(pred, gold_si).f1
        print(f"sweep (sentence units): threshold {th:.2f}  SI F1 {sweep[th]:.3f}")
    return sweep


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="score only the first N dev articles")
    ap.add_argument("--sweep", action="store_true", help="also score other span thresholds")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--json", default=None, metavar="OUT")
    args = ap.parse_args(argv)
    try:
        articles = load_split("dev", args.data)[: args.limit]
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2

    import presslens
    from presslens.analyze import encoder as enc
    from presslens.analyze.span_classifier import classify_spans

    options = presslens.Options(require_english=False)
    list(presslens.read_many([articles[0].text], options))  # warm-up: load models
    t0 = time.perf_counter()
    readings = list(presslens.read_many([a.text for a in articles], options))
    seconds = time.perf_counter() - t0
    gold_si = {a.id: a.si_spans for a in articles}
    pred_si = {
        a.id: [(t.span.start, t.span.end) for t in r.techniques]
        for a, r in zip(articles, readings, strict=True)
    }
    si = si_score(pred_si, gold_si)
    n_spans = sum(len(v) for v in pred_si.values())

    encoder = enc.load_encoder()
    outputs = {a.id: encoder.run(a.text, line_units(a.text)) for a in articles}
    gold_tc = [(a.id, lab, s, e) for a in articles for lab, s, e in a.spans]
    pred_tc = []
    for a in articles:
        labels = classify_spans(a.text, outputs[a.id], [(s, e) for _, s, e in a.spans])
        pred_tc += [(a.id, lab, s, e) for (lab, _), (_, s, e) in zip(labels, a.spans, strict=True)]
    tc = tc_score(pred_tc, gold_tc)

    threshold = float(encoder.card["thresholds"]["technique_span"])
    print(f"PTC dev: {len(articles)} articles; span threshold {threshold:.2f} (model card)")
    print(
        f"SI  P {si.precision:.3f}  R {si.recall:.3f}  F1 {si.f1:.3f}  ({si.n_pred} predicted / {si.n_gold} gold spans)"
    )
    print(f"TC  micro-F1 {tc.micro_f1:.3f}")
    print(f"{'technique':<36} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
    for label, prf in sorted(tc.per_label.items(), key=lambda kv: -kv[1].n_gold):
        print(f"{label:<36} {prf.precision:>6.3f} {prf.recall:>6.3f} {prf.f1:>6.3f} {prf.n_gold:>5}")
    print(
        f"speed (full read_many, all lenses): {len(articles) / seconds:.2f} articles/s, {n_spans / seconds:.1f} spans/s"
    )
    sweep = {}
    if args.sweep:
        sweep = threshold_sweep(articles, gold_si)
    print(ANCHORS)
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "articles": len(articles),
                    "si": vars(si),
                    "tc_micro_f1": tc.micro_f1,
                    "tc_per_label": {k: vars(v) for k, v in tc.per_label.items()},
                    "articles_per_s": len(articles) / seconds,
                    "spans_per_s": n_spans / seconds,
                    "sweep": sweep,
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

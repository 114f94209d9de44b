"""The genre lens: opinion/analysis vs news reporting for a whole article (``presslens_genre``).

Why features and not a black box: a reader should see *why* a piece reads as opinion — the author says
"I", asks the reader questions, tells them what to do, boosts certainty, uses loaded language, and lets
few sources speak — so the call is a logistic regression over a handful of named, countable signals, each
shown with its value, its weight and example spans. Signals are counted in the author's own voice only
(outside attributed content), so a news story quoting an angry politician does not read as opinion.

The weights (``data/genre.json``) are fitted by ``training/genre.py`` on a small hand-labelled set
(``benchmarks/genre_labels.tsv``); its cross-validated accuracy is in ``docs/benchmarks.md``.

Output: ``doc.spans["genre_cues"]`` (the example spans, label = feature) with ``attrs["genre"]``:
``{"label", "confidence", "reasons": [{"feature", "value", "weight", "note", "examples": [[s, e], ...]}]}``.
"""

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from presslens.analyze.lexicon import DATELINE
from presslens.analyze.spans import add_span, is_imperative, records, sentence_units
from presslens.hookspecs import Analyzer, hookimpl

FACTORY = "presslens_genre"
FIRST_PERSON = frozenset(["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"])
SECOND_PERSON = frozenset(["you", "your", "yours", "yourself", "yourselves"])
MAX_EXAMPLES = 3

#: name -> plain-English note shown with the value (per 100 authorial words unless it says share)
NOTES = {
    "first_person": "first-person words (I, we, our) in the author's voice, per 100 words",
    "second_person": "second-person words (you, your) in the author's voice, per 100 words",
    "imperatives": "share of authorial sentences that tell the reader to do something",
    "questions": "share of authorial sentences that are questions",
    "boosters": "certainty boosters in the author's voice, per 100 words",
    "hedges": "hedges in the author's voice, per 100 words",
    "evaluative": "descriptive adjectives and adverbs in the author's voice, per 100 words",
    "techniques": "persuasion-technique spans, per 100 words",
    "authorial_share": "share of sentences in the author's own voice (not attributed)",
    "quote_density": "attributions (quotes and reported speech), per 100 words",
    "dateline": "opens with a wire-style dateline (1 = yes)",
}
FEATURES = tuple(NOTES)


def features(doc: Doc) -> dict[str, tuple[float, list[tuple[int, int]]]]:
    """Every genre signal of ``doc``: ``name -> (value, example character ranges)``.

    Reads the other lenses' outputs when present (quotes, certainty cues, techniques); a missing lens
    contributes zeros.
    """
    quotes = records(doc, "quotes")
    attributed = [(a, b) for q in quotes for a, b in q["content"]]

    def authorial(start: int, end: int) -> bool:
        return not any(a < end and b > start for a, b in attributed)

    words = [t for t in doc if not (t.is_punct or t.is_space) and authorial(t.idx, t.idx + len(t))]
    n_words = max(1, len(words))
    per100 = 100.0 / n_words
    first = [t for t in words if t.lower_ in FIRST_PERSON]
    second = [t for t in words if t.lower_ in SECOND_PERSON]
    # descriptive words, not nationality adjectives ("Ukrainian") or function adverbs ("also", "not")
    evaluative = [
        t for t in words if t.pos_ in {"ADJ", "ADV"} and t.is_lower and not t.ent_type_ and not t.is_stop
    ]
    sents = [doc.char_span(s, e, alignment_mode="expand") for s, e in sentence_units(doc)]
    own = [s for s in sents if s is not None and authorial(s.start_char, s.end_char)]
    n_own = max(1, len(own))
    questions = [s for s in own if s.text.rstrip().rstrip("\"'”’)").endswith("?")]
    imperatives = [s for s in own if is_imperative(s.root)]
    cues = [c for c in records(doc, "certainty_cues") if authorial(*c["range"])]
    boosters = [c["range"] for c in cues if c["label"] == "booster"]
    hedges = [c["range"] for c in cues if c["label"] == "hedge"]
    techniques = [t["range"] for t in records(doc, "techniques")]
    n_sents = max(1, len(sents))
    dateline = DATELINE.search(doc.text[:300])

    def spans(items: list[Any]) -> list[tuple[int, int]]:
        out = []
        for it in items[:MAX_EXAMPLES]:
            if isinstance(it, Span):
                out.append((it.start_char, it.end_char))
            elif hasattr(it, "idx"):
                out.append((it.idx, it.idx + len(it.text)))
            else:
                out.append((int(it[0]), int(it[1])))
        return out

    return {
        "first_person": (len(first) * per100, spans(first)),
        "second_person": (len(second) * per100, spans(second)),
        "imperatives": (len(imperatives) / n_own, spans(imperatives)),
        "questions": (len(questions) / n_own, spans(questions)),
        "boosters": (len(boosters) * per100, spans(boosters)),
        "hedges": (len(hedges) * per100, spans(hedges)),
        "evaluative": (len(evaluative) * per100, spans(evaluative)),
        "techniques": (len(techniques) * 100.0 / max(1, len(doc)), spans(techniques)),
        "authorial_share": (len(own) / n_sents, []),
        "quote_density": (len(quotes) * per100, []),
        "dateline": (1.0 if dateline else 0.0, [(dateline.start(), dateline.end())] if dateline else []),
    }


@lru_cache(maxsize=1)
def weights() -> dict[str, Any]:
    """The fitted model: feature means/scales, weights and bias (see ``training/genre.py``)."""
    return json.loads((resources.files("presslens") / "data" / "genre.json").read_text(encoding="utf-8"))


def classify(values: dict[str, float], model: dict[str, Any]) -> tuple[str, float, dict[str, float]]:
    """Label, confidence and each feature's contribution to the opinion log-odds."""
    contrib = {}
    z = float(model["bias"])
    for name in FEATURES:
        scaled = (values[name] - model["mean"][name]) / model["scale"][name]
        contrib[name] = model["weights"][name] * scaled
        z += contrib[name]
    p_opinion = 1.0 / (1.0 + math.exp(-z))
    label = "opinion" if p_opinion >= 0.5 else "news"
    return label, (p_opinion if label == "opinion" else 1 - p_opinion), contrib


class GenreComponent:
    """Scores the article from its features; see the module docstring."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        feats = features(doc)
        label, confidence, contrib = classify({k: v for k, (v, _) in feats.items()}, weights())
        toward = 1 if label == "opinion" else -1
        reasons = []
        group: list[Span] = []
        for name in sorted(FEATURES, key=lambda n: -contrib[n] * toward):
            value, examples = feats[name]
            reasons.append(
                {
                    "feature": name,
                    "value": round(value, 4),
                    "weight": round(contrib[name], 3),
                    "note": NOTES[name],
                    "examples": [list(e) for e in examples],
                }
            )
            for s, e in examples:
                add_span(doc, group, s, e, name)
        doc.spans["genre_cues"] = group
        doc.spans["genre_cues"].attrs["genre"] = {
            "label": label,
            "confidence": round(confidence, 3),
            "reasons": reasons,
        }
        return doc


@Language.factory(FACTORY, assigns=["doc.spans"], requires=["doc.sents", "token.pos", "token.tag"])
def make_genre(nlp: Language, name: str) -> GenreComponent:
    """spaCy factory: add after the sourcing, claims and persuasion lenses, whose outputs it counts."""
    return GenreComponent(nlp, name)


@hookimpl
def presslens_analyzers() -> list[Analyzer]:
    return [Analyzer(FACTORY, order=400)]

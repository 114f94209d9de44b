"""How likely a tagged attribution is a real one: a small logistic model over what the parse says of it.

Why: the encoder's attribution tags find the long tail of attribution no lexicon lists, but their own
confidence (the mean tag probability) does not know whether the cue is a verb of saying, whether the
content hangs off the cue in the parse, or whether the source can speak, so some confident readings are
noise ("many regulars {continued} to stay away"). This model, fitted on PolNeAR *train*
(``training/tag_filter.py``), combines the tag confidence with those parse facts into one probability
that the reading is an attribution; the sourcing lens drops a tagged reading below the threshold stored
with the weights. It only prunes: the reading's shown confidence stays the tag confidence, because the
fit's labels judge a reading before the rules complete it (the first half of a split quotation is
"wrong" there), so its probabilities must not rank readings against each other.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from presslens.analyze.lexicon import CUE_VERBS, NOMINAL_CUES, learnt_cue_precision

MODEL_FILE = "tag_filter.json"
#: Feature names, in the order of the weights in ``MODEL_FILE``.
FEATURES = (
    "tag_confidence",
    "cue_precision",
    "curated_cue",
    "nominal_cue",
    "cue_is_verb",
    "cue_is_noun",
    "cue_is_other",
    "cue_negated",
    "cue_modal",
    "cue_present",
    "content_under_cue",
    "content_before_cue",
    "content_quoted",
    "content_words_log",
    "content_parts",
    "source_missing",
    "source_pronoun",
    "source_proper",
    "source_person_or_org",
    "source_is_subject",
)


def features(
    doc: Doc, text: str, cue: Span, source: Span | None, content: Sequence[tuple[int, int]], confidence: float
) -> list[float]:
    """The ``FEATURES`` of one tagged reading, from its cue span, source span and content ranges
    (``text`` is ``doc.text``, passed in because spaCy rebuilds it on every access)."""
    root = cue.root
    lemma = root.lemma_.lower()
    under = {t.i for t in root.subtree} | {t.i for t in root.head.subtree if root.dep_ == "conj"}
    words = [t for a, b in content if (s := doc.char_span(a, b, alignment_mode="expand")) for t in s]
    words = [t for t in words if not t.is_punct and not t.is_space]
    n = max(1, len(words))
    quote_marks = sum(1 for a, b in content for ch in text[a:b] if ch in '"“”')
    return [
        confidence,
        learnt_cue_precision(lemma),
        float(lemma in CUE_VERBS),
        float(lemma in NOMINAL_CUES),
        float(root.pos_ in ("VERB", "AUX")),
        float(root.pos_ == "NOUN"),
        float(root.pos_ not in ("VERB", "AUX", "NOUN")),
        float(any(c.dep_ == "neg" for c in root.children)),
        float(any(c.tag_ == "MD" for c in root.children)),
        float(root.tag_ in ("VBP", "VBZ")),
        sum(1 for t in words if t.i in under) / n,
        sum(1 for t in words if t.i < cue.start) / n,
        float(quote_marks > 0),
        math.log1p(len(words)),
        float(len(content)),
        float(source is None),
        float(source is not None and source.root.pos_ == "PRON"),
        float(source is not None and source.root.pos_ == "PROPN"),
        float(source is not None and source.root.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")),
        float(source is not None and source.root.dep_.startswith("nsubj") and source.root.head.i == root.i),
    ]


@dataclass(frozen=True)
class TagFilter:
    """Logistic weights over ``FEATURES`` (standardised with the stored means and scales) and the
    keep threshold selected on PolNeAR dev."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    candidate_min: float  # the least mean tag probability of a reading the model was fitted on

    def probability(self, x: Sequence[float]) -> float:
        z = self.bias + sum(
            w * (v - m) / s for w, v, m, s in zip(self.weights, x, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def load_filter() -> TagFilter | None:
    """The shipped filter, or None where none was trained (the tags are then kept on their confidence)."""
    path = resources.files("presslens").joinpath("models", MODEL_FILE)
    if not path.is_file():
        return None
    card = json.loads(path.read_text(encoding="utf-8"))
    if tuple(card["features"]) != FEATURES:
        return None  # weights for another feature set: never mix them up
    return TagFilter(
        tuple(card["mean"]),
        tuple(card["scale"]),
        tuple(card["weights"]),
        float(card["bias"]),
        float(card["threshold"]),
        float(card["candidate_min"]),
    )

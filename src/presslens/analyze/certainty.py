"""Hedge and booster cues: where a text softens or hardens its certainty.

Why a lexicon with part-of-speech guards: certainty markers are a closed class (Hyland's hedges and
boosters), but many are ambiguous ("May" the month, "about" the preposition, "must" of obligation), so an
entry may demand a Penn tag on its first token (``VB*`` = any tag starting with ``VB``). The list
(``data/certainty.json``) is built by ``scripts/build_certainty.py`` from the wooorm hedge/weasel lists
(MIT) plus project-authored boosters and news hedges ("reportedly", "it is believed").
Matching is on spaCy's ``NORM`` (lower case, ``n’t``/``n't`` → ``not``), so curly and straight apostrophes
and contractions match alike. A cue right after a negation is skipped: "it is not clear" does not boost
(the lexicon lists "not clear" as a hedge instead), and so is a hedge in a quantified comparison ("60
percent less likely" reports a finding).

One idiom needs a gap and is a token pattern rather than a phrase: "has the mark(s)/hallmarks/fingerprints
of … all over it" — the speaker treats an inference as self-evident; the cue span is "all over it".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

NEGATIONS = frozenset(["not", "never", "hardly"])
MARK_NOUNS = [
    "mark",
    "marks",
    "hallmark",
    "hallmarks",
    "fingerprint",
    "fingerprints",
    "stamp",
    "signature",
    "imprint",
]
#: "<have|bear> the <mark> of … all over <it>": a booster idiom with a gap of up to 12 tokens.
IDIOM = [
    {"LEMMA": {"IN": ["have", "bear"]}},
    {"LOWER": {"IN": ["the", "its", "their", "his", "her"]}, "OP": "?"},
    {"LOWER": {"IN": MARK_NOUNS}},
    {"IS_PUNCT": False, "OP": "{0,12}"},
    {"LOWER": "all"},
    {"LOWER": "over"},
    {"LOWER": {"IN": ["it", "them", "this", "that"]}},
]


@dataclass(frozen=True)
class Cue:
    """One certainty cue found in a doc: character range, ``hedge``|``booster``, the entry and its kind."""

    start: int
    end: int
    label: str
    phrase: str
    kind: str


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[dict[str, Any]]]:
    """The packaged hedge and booster entries."""
    raw = (resources.files("presslens") / "data" / "certainty.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    return {"hedge": data["hedges"], "booster": data["boosters"]}


class CertaintyMatcher:
    """Finds hedge/booster cues: a phrase matcher on token norms plus the gapped idiom pattern."""

    def __init__(self, nlp: Language) -> None:
        self.entries: dict[str, dict[str, Any]] = {}
        self.phrases = PhraseMatcher(nlp.vocab, attr="NORM")
        self.idiom = Matcher(nlp.vocab)
        self.idiom.add("booster:idiom", [IDIOM])
        self.entries["booster:idiom"] = {
            "phrase": "has the mark of … all over it",
            "kind": "certainty-idiom",
            "label": "booster",
        }
        for label, entries in lexicon().items():
            for n, entry in enumerate(entries):
                key = f"{label}:{n}"
                self.entries[key] = {**entry, "label": label}
                self.phrases.add(key, [nlp.make_doc(entry["phrase"])])

    def __call__(self, doc: Doc) -> list[Cue]:
        found = []
        idioms = [(m, e - 3, e) for m, _, e in self.idiom(doc)]  # the cue is the closing "all over it"
        for match_id, start, end in [*self.phrases(doc), *idioms]:
            key = doc.vocab.strings[match_id]
            entry = self.entries[key]
            first = doc[start]
            pos = entry.get("pos")
            if pos and not (first.tag_.startswith(pos[:-1]) if pos.endswith("*") else first.tag_ == pos):
                continue
            if start > 0 and doc[start - 1].norm_ in NEGATIONS:
                continue
            if entry["label"] == "hedge" and _measured(doc, start):
                continue
            found.append(doc[start:end])
            found[-1].label_ = key
        cues = []
        for span in filter_spans(found):  # longest match wins where entries overlap
            entry = self.entries[span.label_]
            cues.append(
                Cue(span.start_char, span.end_char, entry["label"], entry["phrase"], entry.get("kind", ""))
            )
        return sorted(cues, key=lambda c: c.start)


def _measured(doc: Doc, start: int) -> bool:
    """A quantified comparison is a finding, not a hedge: "60 percent less likely", "twice as likely"."""
    if start < 2 or doc[start - 1].norm_ not in ("more", "less", "as"):
        return False
    before = doc[start - 2]
    return before.like_num or before.norm_ in ("percent", "%", "times", "twice", "thrice", "half")


def certainty_level(hedges: int, boosters: int) -> str:
    """``hedged``, ``boosted``, ``mixed`` (both) or ``neutral`` (neither) from cue counts."""
    if hedges and boosters:
        return "mixed"
    if boosters:
        return "boosted"
    if hedges:
        return "hedged"
    return "neutral"

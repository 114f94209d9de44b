"""The hand-written regression set of ``benchmarks/handwritten.py``: its key matches its texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


#: Every hand-written set: its folder and how many articles it holds (its README lists them).
SETS = sorted(p.parent.name for p in BENCHMARKS.glob("handwritten*/expected.json"))


@pytest.mark.parametrize(
    ("folder", "articles"),
    [(folder, 12 if folder in ("handwritten", "handwritten2") else 10) for folder in SETS],
)
def test_every_key_entry_points_at_words_of_its_article(folder: str, articles: int) -> None:
    here = BENCHMARKS / folder
    key = json.loads((here / "expected.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in here.glob("*.txt")}
    assert len(texts) == articles
    for entry in key:
        words = entry.get("content_start") or entry["unattributed_assertion"]
        assert words in texts[entry["file"]], entry


def test_the_scorer_counts_what_it_finds() -> None:
    from benchmarks.handwritten import score_article

    text = 'The ferry will run again on Monday, the operator said. "We are sorry," said Ana Ruiz.'
    expected = [
        {"content_start": "The ferry will run again", "speaker": "operator", "speaker_type": "organisation",
         "anonymous": False, "kind": "indirect"},
        {"content_start": "We are sorry", "speaker": "Ana Ruiz", "speaker_type": "person",
         "anonymous": False, "kind": "direct"},
        {"content_start": "Nothing like this is in the text", "speaker": "nobody", "speaker_type": "person",
         "anonymous": False, "kind": "direct"},
    ]  # fmt: skip
    tally = score_article(text, expected, show=False)
    assert (tally.expected, tally.found, tally.speaker, tally.kind) == (3, 2, 2, 2)
    assert tally.extra == 0

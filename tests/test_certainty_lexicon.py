"""The hedge/booster lexicon (``src/presslens/data/certainty.json``): shape, hygiene, reproducibility."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
WOOORM = SHARED / "data" / "hedging" / "wooorm-words"
LEXICON = REPO / "src" / "presslens" / "data" / "certainty.json"
SCRIPT = REPO / "scripts" / "build_certainty.py"
PENN = re.compile(r"^[A-Z$]+\*?$")


@pytest.fixture(scope="module")
def lexicon() -> dict:
    return json.loads(LEXICON.read_text(encoding="utf-8"))


def entries(lexicon: dict) -> list[dict]:
    return [*lexicon["hedges"], *lexicon["boosters"]]


def test_loads_with_sources_and_both_lists(lexicon: dict) -> None:
    assert set(lexicon) == {"sources", "hedges", "boosters"}
    assert "Titus Wormer" in json.dumps(lexicon["sources"]["wooorm-words"])
    assert lexicon["sources"]["wooorm-words"]["licence"] == "MIT"
    assert "project-authored" in lexicon["sources"]["project"]
    assert 120 <= len(lexicon["hedges"]) <= 200
    assert 70 <= len(lexicon["boosters"]) <= 130


def test_entry_shape(lexicon: dict) -> None:
    for entry in entries(lexicon):
        assert set(entry) <= {"phrase", "pos", "kind", "lemma"}, entry
        assert entry["phrase"] and entry["kind"], entry
        if "pos" in entry:
            assert PENN.match(entry["pos"]), entry
        assert "lemma" not in entry, "convention: inflections are listed, no lemma matching"


def test_phrases_lower_case_tokenized_sorted_unique(lexicon: dict) -> None:
    for key in ("hedges", "boosters"):
        phrases = [e["phrase"] for e in lexicon[key]]
        assert phrases == sorted(set(phrases)), f"{key} not sorted or has duplicates"
        for phrase in phrases:
            assert phrase == phrase.lower(), phrase
            assert phrase == " ".join(phrase.split()), f"bad spacing in {phrase!r}"


def test_no_phrase_is_both_hedge_and_booster(lexicon: dict) -> None:
    hedges = {e["phrase"] for e in lexicon["hedges"]}
    boosters = {e["phrase"] for e in lexicon["boosters"]}
    assert not hedges & boosters


def test_ambiguous_words_carry_pos(lexicon: dict) -> None:
    hedges = {e["phrase"]: e for e in lexicon["hedges"]}
    boosters = {e["phrase"]: e for e in lexicon["boosters"]}
    for modal in ("may", "might", "could", "would"):
        assert hedges[modal].get("pos") == "MD", modal
    assert boosters["must"].get("pos") == "MD"
    for verb in ("appear", "appears", "seem", "seems", "suggest", "suggests", "think", "thought"):
        assert hedges[verb].get("pos") == "VB*", verb
    for approximator in ("about", "around"):
        assert hedges[approximator].get("pos") == "RB", approximator


def test_known_boosters_are_not_hedges(lexicon: dict) -> None:
    hedges = {e["phrase"] for e in lexicon["hedges"]}
    boosters = {e["phrase"] for e in lexicon["boosters"]}
    for word in ("always", "actually", "certainly", "clearly", "definitely", "surely", "must"):
        assert word in boosters and word not in hedges, word


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_certainty", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_build_script_reproduces_committed_json(tmp_path: Path) -> None:
    if not WOOORM.is_dir():
        pytest.skip(
            f"{SHARED / 'data' / 'hedging'} is absent: cannot rebuild the lexicon from the wooorm lists"
        )
    out = tmp_path / "certainty.json"
    assert load_script().main(["--data", str(WOOORM), "--out", str(out)]) == 0
    assert out.read_bytes() == LEXICON.read_bytes(), "rerun scripts/build_certainty.py and commit the JSON"

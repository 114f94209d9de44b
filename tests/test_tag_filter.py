"""The tag filter: the shipped weights load, score readings, and prune tagging noise the rules do not see."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from presslens.analyze.tag_filter import FEATURES, MODEL_FILE, features, load_filter
from presslens.nlp import load_pipeline

NOISE = "The war on drugs was a slogan first. It was first declared by President Richard Nixon in 1971."


@pytest.fixture
def lens():
    """The sourcing component of the cached pipeline; its filter settings are restored afterwards."""
    component = load_pipeline().get_pipe("presslens_sourcing")
    saved = component.tag_filter, component.tag_threshold
    yield component
    component.tag_filter, component.tag_threshold = saved


def test_the_shipped_card_matches_the_feature_set_and_loads() -> None:
    card = json.loads(resources.files("presslens").joinpath("models", MODEL_FILE).read_text(encoding="utf-8"))
    assert card["features"] == list(FEATURES)
    assert len(card["weights"]) == len(card["mean"]) == len(card["scale"]) == len(FEATURES)
    judge = load_filter()
    assert judge is not None and 0.0 < judge.threshold < 1.0
    assert 0.0 < judge.candidate_min < 1.0


def test_a_clear_speech_act_scores_above_a_misreading() -> None:
    nlp = load_pipeline()
    judge = load_filter()
    doc = nlp("The mayor said the bridge would reopen in March after repairs to its deck.")
    said = doc[2:3]
    clause = [(doc[3].idx, doc[-2].idx + len(doc[-2].text))]
    good = judge.probability(features(doc, doc.text, said, doc[0:2], clause, 0.9))
    before = [(doc[0].idx, doc[1].idx + len(doc[1].text))]  # "The mayor" read as what was said
    bad = judge.probability(features(doc, doc.text, said, None, before, 0.9))
    assert len(features(doc, doc.text, said, doc[0:2], clause, 0.9)) == len(FEATURES)
    assert 0.0 < bad < good < 1.0


def test_the_filter_prunes_a_confident_tagging_of_a_bare_pronoun(read_text, lens) -> None:
    cues = [q.cue.text for q in read_text(NOISE).quotes if q.cue is not None]
    assert not any("declared" in c for c in cues)
    lens.tag_filter = None  # the tags alone keep it: the filter is what drops it
    cues = [q.cue.text for q in read_text(NOISE).quotes if q.cue is not None]
    assert any("declared" in c for c in cues)

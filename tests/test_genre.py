"""The genre lens: named features counted in the author's voice, and the opinion/news call with reasons."""

from __future__ import annotations

import pytest

import presslens
from presslens.analyze.genre import FEATURES, weights

OPINION = (
    "Why Our Leaders Keep Failing Us\n\n"
    "I have watched this city council for ten years, and I am tired of its excuses. "
    "Why do we keep electing people who treat our money as their own? "
    "The truth is obvious: the bridge scandal was clearly a betrayal of every taxpayer. "
    "Ask yourself who benefits. Demand answers at the next meeting. "
    "We deserve better, and we must insist on it."
)
NEWS = (
    "SPRINGFIELD (AP) — The city council voted 7-2 on Tuesday to close the Old Mill Bridge after an "
    "engineering report found corrosion in its steel supports.\n\n"
    '"We cannot wait for a collapse to act," Mayor Ann Lee said after the vote.\n\n'
    "Council member Tom Briggs, who voted against the measure, said the report had not been made public. "
    "The bridge carries about 12,000 vehicles a day, according to the state transportation department.\n\n"
    "A temporary ferry service is expected to start next month, officials said."
)


def reason(reading: presslens.Reading, feature: str) -> presslens.GenreReason:
    return next(r for r in reading.genre.reasons if r.feature == feature)


def test_opinion_piece_reads_as_opinion_with_its_reasons() -> None:
    reading = presslens.read(OPINION)
    assert reading.genre.label == "opinion"
    assert reason(reading, "first_person").value > 0
    assert reason(reading, "questions").value > 0
    assert reason(reading, "imperatives").value > 0
    assert {e.text for e in reason(reading, "imperatives").examples} & {
        "Ask yourself who benefits.",
        "Demand answers at the next meeting.",
    }
    assert reading.genre.reasons[0].feature != "dateline"
    assert 0.5 <= reading.genre.confidence <= 1


def test_wire_story_reads_as_news() -> None:
    reading = presslens.read(NEWS)
    assert reading.genre.label == "news"
    assert reason(reading, "dateline").value == 1.0
    assert reason(reading, "quote_density").value > 0


def test_first_person_inside_quotes_is_not_the_authors_voice() -> None:
    reading = presslens.read(NEWS)
    assert reason(reading, "first_person").value == 0.0  # "We cannot wait" is the mayor's, not the author's


def test_reasons_cover_every_feature_and_round_trip() -> None:
    reading = presslens.read(OPINION)
    assert sorted(r.feature for r in reading.genre.reasons) == sorted(FEATURES)
    again = presslens.Reading.from_json(reading.to_json())
    assert again.genre == reading.genre


def test_shipped_weights_state_their_data_and_accuracy() -> None:
    model = weights()
    assert set(model["weights"]) == set(FEATURES)
    assert model["cv_accuracy"]["mean"] > model["majority_baseline"]
    assert "genre_labels.tsv" in model["data"]


@pytest.mark.parametrize("text", ["Short note without much in it, really, but it is English and has words."])
def test_tiny_text_still_gets_a_genre(text: str) -> None:
    assert presslens.read(text).genre.label in ("opinion", "news")

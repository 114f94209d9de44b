"""The claims lens: support labels, evidence links, hedges/boosters and certainty, on texts we wrote.

Support logic is tested with ``claim_threshold=0`` (every sentence is a claim), so these tests check the
backing rules, not the check-worthiness model; the model is tested in ``test_encoder.py`` and measured in
``benchmarks/checkworthy.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import presslens
from presslens.analyze.certainty import certainty_level
from presslens.analyze.encoder import load_encoder

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

STORY = (
    "Bridge repairs will cost more than planned.\n\n"
    "Unemployment in the county fell to 3.5 percent in March, Labor Secretary Jane Smith said on Tuesday.\n\n"
    "The army used chemical weapons in the city, according to two officials who spoke on condition of anonymity.\n\n"
    "A Pentagon report published in May found that 40 percent of the jets were grounded.\n\n"
    "The fire clearly has the mark of the intelligence services all over it.\n\n"
    "The minister may resign next week.\n\n"
    "The hearing is set for May 4 in the old courthouse.\n"
)


@pytest.fixture(scope="module")
def story() -> presslens.Reading:
    return presslens.read(STORY, options=presslens.Options(claim_threshold=0.0))


def claim(reading: presslens.Reading, fragment: str) -> presslens.Claim:
    for c in reading.claims:
        if fragment in c.span.text:
            return c
    raise AssertionError(f"no claim contains {fragment!r}: {[c.span.text for c in reading.claims]}")


def test_named_attribution_backs_a_claim(story: presslens.Reading) -> None:
    c = claim(story, "Unemployment")
    assert c.support == "attributed-named"
    kinds = {e.kind for e in c.evidence}
    assert "attribution" in kinds and "data" in kinds  # the percentage travels with its source
    assert any("Smith" in e.span.text for e in c.evidence if e.kind == "attribution")


def test_anonymous_attribution_is_labelled_as_such(story: presslens.Reading) -> None:
    c = claim(story, "chemical weapons")
    assert c.support == "attributed-anonymous"
    assert all(e.anonymous for e in c.evidence if e.kind == "attribution")


def test_a_cited_document_is_evidence(story: presslens.Reading) -> None:
    c = claim(story, "Pentagon report")
    assert c.support == "evidence-cited"
    assert any(e.kind == "document" and "report" in e.span.text for e in c.evidence)


def test_authorial_assertion_with_a_booster_is_unsupported_and_boosted(story: presslens.Reading) -> None:
    c = claim(story, "mark of the intelligence services")
    assert c.support == "unsupported" and c.evidence == []
    assert c.certainty == "boosted"
    assert {b.text.lower() for b in c.boosters} >= {"clearly", "all over it"}
    assert "no attribution" in c.rationale


def test_hedge_gives_hedged_certainty_and_the_month_may_is_not_a_hedge(story: presslens.Reading) -> None:
    assert claim(story, "minister may resign").certainty == "hedged"
    hearing = claim(story, "hearing is set")
    assert hearing.hedges == [] and hearing.certainty == "neutral"


def test_certainty_cues_layer_and_negated_booster() -> None:
    reading = presslens.read(
        "It is not clear whether the plan will work. Reportedly, the mayor has doubts.",
        options=presslens.Options(claim_threshold=0.0),
    )
    labels = {(f.span.text.lower(), f.label) for f in reading.certainty_cues}
    assert ("reportedly", "hedge") in labels
    assert not any(label == "booster" for _, label in labels)


def test_certainty_level_rules() -> None:
    assert certainty_level(0, 0) == "neutral"
    assert certainty_level(2, 0) == "hedged"
    assert certainty_level(0, 1) == "boosted"
    assert certainty_level(1, 1) == "mixed"


def test_hyperlink_in_the_sentence_is_evidence() -> None:
    page = (FIXTURES / "article.html").read_bytes()
    reading = presslens.read(
        page, url="https://beacon.example.com/news/bridge", options=presslens.Options(claim_threshold=0.0)
    )
    c = claim(reading, "12,000 vehicles")
    links = [e for e in c.evidence if e.kind == "link"]
    assert links and links[0].detail == "https://dot.example.gov/counts"
    assert links[0].span.text == "state transportation department"


def test_claims_round_trip_through_json(story: presslens.Reading) -> None:
    again = presslens.Reading.from_json(story.to_json())
    assert [c.to_dict() for c in again.claims] == [c.to_dict() for c in story.claims]
    assert again.certainty_cues == story.certainty_cues
    assert len(story.checkworthiness) == len(story.sentences)


def test_default_threshold_keeps_only_checkworthy_sentences(story: presslens.Reading) -> None:
    default = presslens.read(STORY)
    threshold = load_encoder().card["thresholds"]["checkworthy"]
    below = [c for c in default.claims if c.checkworthy < threshold]
    assert all(c.rationale.startswith("boosted assertion in the author's voice") for c in below)
    kept = {c.span.start for c in default.claims if c.checkworthy >= threshold}
    expected = {s for (s, _), p in zip(story.sentences, story.checkworthiness, strict=True) if p >= threshold}
    assert kept == expected
    assert default.summary()["claims"] == len(default.claims)


def test_markdown_and_bare_links_in_text_are_evidence() -> None:
    reading = presslens.read(
        "The city paid $4 million for the study, as [the council's budget](https://example.org/budget.pdf) shows.\n\n"
        "Crime fell by a third last year, see https://example.org/crime-stats for the figures.",
        options=presslens.Options(claim_threshold=0.0),
    )
    first, second = reading.claims
    assert any(e.kind == "link" and e.span.text == "the council's budget" for e in first.evidence)
    assert any(e.kind == "link" and e.detail == "https://example.org/crime-stats" for e in second.evidence)
    assert second.support == "evidence-cited"


def test_curly_apostrophes_match_like_straight_ones() -> None:
    for text in ("Officials weren't sure the dam would hold.", "Officials weren’t sure the dam would hold."):
        reading = presslens.read(text, options=presslens.Options(claim_threshold=0.0))
        assert "hedge" in {f.label for f in reading.certainty_cues}, text


def test_mark_all_over_it_idiom_needs_the_frame() -> None:
    boosted = presslens.read(
        "The bombing has the hallmarks of the secret police all over it.",
        options=presslens.Options(claim_threshold=0.0),
    )
    assert [f.span.text for f in boosted.certainty_cues if f.label == "booster"] == ["all over it"]
    literal = presslens.read(
        "He spilled coffee all over it before the meeting.", options=presslens.Options(claim_threshold=0.0)
    )
    assert not [f for f in literal.certainty_cues if f.label == "booster"]


@pytest.mark.parametrize(
    ("text", "support"),
    [
        ("Studies show that coffee prevents liver cancer.", "attributed-anonymous"),
        ("Some reports say the minister resigned last night.", "attributed-anonymous"),
        ("Several studies found that the drug cut deaths by half.", "attributed-anonymous"),
        ("Data from the agency show that crime fell by a third.", "evidence-cited"),
        ("A leaked memo shows that the plant failed two inspections in 2019.", "evidence-cited"),
    ],
)
def test_unidentified_documents_are_weasel_sources_identified_ones_are_evidence(
    text: str, support: str
) -> None:
    reading = presslens.read(text, options=presslens.Options(claim_threshold=0.0))
    assert reading.claims[0].support == support, reading.claims[0].evidence
    ranges = [(e.kind, e.span.start, e.span.end) for e in reading.claims[0].evidence]
    assert len(ranges) == len(set(ranges))  # one piece of evidence is listed once


@pytest.mark.parametrize(
    "text",
    [
        "Jobless claims fell to 4.1 percent in October, according to figures published by the statistics office.",
        "The figures, released by the county health office, show 1,240 cases in 2023.",
    ],
)
def test_data_with_a_stated_publisher_is_evidence_not_a_vague_source(text: str) -> None:
    c = presslens.read(text, options=presslens.Options(claim_threshold=0.0)).claims[0]
    assert c.support == "evidence-cited"
    assert not any(e.anonymous for e in c.evidence)


def test_appeal_to_what_anyone_can_see_is_an_unsupported_boosted_claim() -> None:
    r = presslens.read(
        "Anyone can see that the fire was set on purpose.", options=presslens.Options(claim_threshold=0.0)
    )
    c = r.claims[0]
    assert c.support == "unsupported" and c.certainty == "boosted"


def test_a_boosted_assertion_in_the_authors_voice_is_a_claim_below_the_threshold() -> None:
    text = (
        "The ministry has kept its maintenance logs secret for a year.\n\n"
        "It is obvious that the collapse can only be interpreted as the result of deliberate neglect.\n\n"
        "Clearly, who would still believe the minister now?\n\n"
        "This places the burden of proof on the ministry to prove its innocence.\n\n"
        'The minister said it was "obviously a freak storm" that nobody could have foreseen.'
    )
    reading = presslens.read(text, options=presslens.Options(claim_threshold=0.99))
    by_text = {c.span.text: c for c in reading.claims}
    claim = by_text[
        "It is obvious that the collapse can only be interpreted as the result of deliberate neglect."
    ]
    assert claim.support == "unsupported" and claim.certainty == "boosted"
    assert claim.rationale.startswith("boosted assertion in the author's voice")
    assert not any("who would still believe" in t for t in by_text)  # a question asserts nothing
    assert not any("burden of proof" in t for t in by_text)  # "to prove" asserts nothing itself
    assert not any("freak storm" in t for t in by_text)  # the minister's words, not the author's


def test_a_report_in_a_side_clause_does_not_back_the_assertion_around_it() -> None:
    text = (
        "The cover-up is plain for all to see, and it can only be interpreted as contempt when the "
        "ministry refuses to release its own maintenance logs."
    )
    (claim,) = presslens.read(text, options=presslens.Options(claim_threshold=0.0)).claims
    assert claim.support == "unsupported"


@pytest.mark.parametrize(
    ("text", "support"),
    [
        (
            "According to a report by the city's transportation office, accidents on the pier road rose "
            "40 percent last year.",
            "evidence-cited",
        ),
        (
            "According to reports from the front, accidents on the pier road rose 40 percent last year.",
            "attributed-anonymous",
        ),
    ],
)
def test_a_document_by_a_particular_body_is_evidence(text: str, support: str) -> None:
    (claim,) = presslens.read(text, options=presslens.Options(claim_threshold=0.0)).claims
    assert claim.support == support


@pytest.mark.parametrize(
    "text",
    [
        # an act, not a report: nobody vouches for "a fraction of its value"
        "Last week the council approved the sale of the old ferry terminal to a developer for a fraction "
        "of its value.",
        # a refusal to speak backs nothing
        "The developer's chairman is a longtime donor to the ruling party, and the council has never "
        "explained why the terminal was not put to open tender.",
    ],
)
def test_an_act_or_a_refusal_to_speak_does_not_back_a_claim(text: str) -> None:
    (claim,) = presslens.read(text, options=presslens.Options(claim_threshold=0.0)).claims
    assert claim.support == "unsupported"


def test_a_denial_is_still_a_report_that_backs_the_sentence() -> None:
    text = "The council leader denied that any councillor had been pressured to vote for the sale."
    (claim,) = presslens.read(text, options=presslens.Options(claim_threshold=0.0)).claims
    assert claim.support == "attributed-named"


def test_a_document_inside_what_an_anonymous_source_said_is_not_cited_evidence() -> None:
    reading = presslens.read(
        "Harbour officials, who declined to be named, said the closure was driven by complaints from "
        "fishermen.",
        options=presslens.Options(claim_threshold=0.0),
    )
    c = claim(reading, "driven by complaints")
    assert c.support == "attributed-anonymous"
    assert not any(e.kind == "document" for e in c.evidence)


def test_a_quantified_comparison_is_not_a_hedge() -> None:
    reading = presslens.read(
        "Cyclists with lights were 40 percent less likely to be hit. Smokers were three times more likely "
        "to fall ill. The levy may pass, and the mayor is more likely to back it.",
        options=presslens.Options(claim_threshold=0.0),
    )
    hedges = [f.span.text for f in reading.certainty_cues if f.label == "hedge"]
    assert hedges == ["may", "likely"]
    assert reading.certainty_cues[-1].span.start > reading.text.index("the mayor")


@pytest.mark.parametrize(
    ("text", "support"),
    [
        # an unnamed group speaks for no one a reader could ask
        ("Aid agencies said more than 30,000 people had fled the valley since June.", "attributed-anonymous"),
        ("Local campaigners argue that the new road doubled traffic through the village.", "attributed-anonymous"),
    ],
)  # fmt: skip
def test_a_group_is_no_named_source(text: str, support: str) -> None:
    (c,) = presslens.read(text, options=presslens.Options(claim_threshold=0.0)).claims
    assert c.support == support, c.evidence


def test_a_firm_named_in_the_plural_is_a_named_body() -> None:
    # in this context the tagger calls "Castlerock Aggregates" no organisation
    text = (
        "A High Court judge has halted plans to double the size of a limestone quarry near Dunmore, ruling "
        "that the county council failed to assess the impact on a protected wetland.\n\nJustice Miriam "
        'Achebe said the council\'s planning committee had "simply ignored" evidence submitted by residents. '
        'The decision, she wrote, "cannot stand."\n\nCastlerock Aggregates, which operates the quarry, '
        "said it was disappointed and would study the judgment before deciding whether to appeal."
    )
    reading = presslens.read(text, options=presslens.Options(claim_threshold=0.0))
    q = next(q for q in reading.quotes if q.speaker == "Castlerock Aggregates")
    assert q.speaker_type == "organisation"
    assert claim(reading, "disappointed").support == "attributed-named"

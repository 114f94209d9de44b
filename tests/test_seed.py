"""The seed opinion article (shared/seeds) as the canonical case, annotated by the team.

What a careful reader must see: the quoted newspapers' denials rest on unnamed sources relayed via the
outlets, the outlets are named canonically from their aliases, and the author's own voice dominates.
"""

from __future__ import annotations

from conftest import find_quote


def test_outlet_denial_rests_on_unnamed_officials(seed_reading) -> None:
    q = find_quote(seed_reading, "Putin's statement about a connection to Ukraine")
    assert q.anonymous and q.speaker_type == "anonymous"
    assert "US security officials" in (q.source.text if q.source else "")
    assert q.via and q.via[0].speaker == "The New York Times and The Washington Post"


def test_times_alias_resolves_to_the_new_york_times(seed_reading) -> None:
    q = find_quote(seed_reading, "a blow to Mr. Putin's aura")
    # 'wrote … that the attack was "a blow …"': a reported clause with a quoted fragment is mixed
    assert q.kind == "mixed" and q.speaker == "The New York Times" and q.speaker_type == "outlet"


def test_moscow_businessman_is_an_anonymous_source_relayed_by_the_post(seed_reading) -> None:
    q = find_quote(seed_reading, "lack of responsibility for security")
    assert q.anonymous and [v.speaker for v in q.via] == ["The Washington Post"]


def test_putin_attribution_via_according_to(seed_reading) -> None:
    q = find_quote(seed_reading, "the perpetrators were captured")
    assert q.speaker == "Vladimir Putin" and q.cue is not None and q.cue.text == "According to"


def test_vague_sources_flagged(seed_reading) -> None:
    flagged = " | ".join(f.span.text for f in seed_reading.anonymous_sources)
    for phrase in ("US security officials", "Moscow businessman", "social media reports"):
        assert phrase in flagged
    opponents = find_quote(seed_reading, "woefully forsaking")
    assert opponents is not None


def test_authorial_assertion_is_not_attributed(seed_reading) -> None:
    """'The attack has the mark of the CIA …' is the author's own voice: no attribution covers it."""
    text = seed_reading.text
    start = text.index("The attack has the mark of the CIA")
    end = start + len("The attack has the mark of the CIA")
    assert not any(p.start < end and p.end > start for q in seed_reading.quotes for p in q.content)
    assert seed_reading.summary()["authorial_share"] > 0.5


def test_scare_quotes_separate_from_quotes(seed_reading) -> None:
    scare = {f.span.text.strip('"“”,.') for f in seed_reading.scare_quotes}
    assert {"non-involvement", "cockroaches"} <= scare


def seed_claim(reading, fragment: str):
    """The claim whose sentence contains ``fragment`` (fails with the claim list when it is not a claim)."""
    for claim in reading.claims:
        if fragment in claim.span.text:
            return claim
    raise AssertionError(f"{fragment!r} is not a claim: {[c.span.text[:60] for c in reading.claims]}")


def test_outlets_denial_rests_on_anonymous_sources(seed_reading) -> None:
    """The same rules as for the author's own claims: the papers' denial is backed only by unnamed officials."""
    claim = seed_claim(seed_reading, "citing unnamed")
    assert claim.support == "attributed-anonymous"
    assert all(e.anonymous for e in claim.evidence if e.kind == "attribution")


def test_central_assertions_are_unsupported_and_boosted(seed_reading) -> None:
    for fragment in ("has the mark of the CIA", "can only be interpreted as"):
        claim = seed_claim(seed_reading, fragment)
        assert claim.support == "unsupported", claim.rationale
        assert claim.certainty == "boosted", claim.rationale
        assert claim.boosters


def test_vague_social_media_reports_are_not_cited_evidence(seed_reading) -> None:
    claim = seed_claim(seed_reading, "social media reports")
    assert claim.support == "attributed-anonymous"


def test_seed_reads_as_opinion_and_uses_techniques(seed_reading) -> None:
    assert seed_reading.genre.label == "opinion"
    labels = {t.label for t in seed_reading.techniques}
    assert {"Loaded_Language", "Name_Calling,Labeling"} <= labels

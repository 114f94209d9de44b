"""Tests for the PolNeAR attribution scorer (``benchmarks/polnear.py``).

Why these cases: the metric decides whether a rule change is an improvement, so each of its
edges is pinned here with hand-built gold/prediction pairs (no presslens reading involved: the lens
may not exist yet), plus an oracle check that gold recast as predictions scores exactly 1.0 on the
real dev split.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # ``benchmarks`` lives at the repo root, outside the src layout
    sys.path.insert(0, str(ROOT))

from benchmarks import polnear as pn  # noqa: E402

from presslens import Quote, Relay, Span  # noqa: E402

A = pn.Attribution.make


def figures(gold: list[pn.Attribution], pred: list[pn.Attribution]) -> dict:
    """Score one document and return the figures dict."""
    return pn.score([(gold, pred)]).figures()


# ------------------------------------------------------------------------------------------ spans


def test_normalise_merges_sorts_and_drops_empty() -> None:
    assert pn.normalise([(5, 9), (0, 3), (2, 4), (7, 7)]) == ((0, 4), (5, 9))


def test_overlap_counts_shared_characters() -> None:
    assert pn.overlap(((0, 10), (20, 30)), ((5, 25),)) == 10
    assert pn.overlap(((0, 5),), ((5, 10),)) == 0  # end-exclusive


# --------------------------------------------------------------------------------------- matching


def test_perfect_match_scores_one() -> None:
    g = A([(10, 60)], cue=[(61, 65)], source=[(66, 70)], kind="direct")
    fig = figures([g], [g])
    assert (fig["precision"], fig["recall"], fig["f1"]) == (1.0, 1.0, 1.0)
    assert fig["cue_acc"] == fig["source_acc"] == fig["kind_acc"] == 1.0
    assert fig["by_kind"]["direct"]["f1"] == 1.0
    assert fig["char"]["f1"] == 1.0


def test_coverage_threshold_is_fifty_percent_inclusive() -> None:
    gold = [A([(0, 100)])]
    assert figures(gold, [A([(0, 49)])])["matched"] == 0  # 49 % of gold content
    assert figures(gold, [A([(0, 50)])])["matched"] == 1  # exactly 50 %
    assert figures(gold, [A([(51, 200)])])["matched"] == 0  # 49 % from the other side, overshooting


def test_coverage_is_relative_to_gold_not_prediction() -> None:
    # A prediction ten times longer than the gold still matches when it covers the gold.
    assert figures([A([(100, 110)])], [A([(0, 1000)])])["matched"] == 1


def test_discontinuous_content_counts_the_union() -> None:
    gold = [A([(0, 40), (60, 100)])]  # 80 chars in two pieces
    assert figures(gold, [A([(0, 40)])])["matched"] == 1  # 40/80
    assert figures(gold, [A([(0, 39)])])["matched"] == 0  # 39/80
    assert figures(gold, [A([(20, 40), (60, 80)])])["matched"] == 1  # 40/80 from two pieces


def test_one_prediction_covering_two_golds_counts_once() -> None:
    gold = [A([(0, 50)]), A([(52, 100)])]
    fig = figures(gold, [A([(0, 100)])])
    assert fig["matched"] == 1
    assert fig["precision"] == 1.0
    assert fig["recall"] == 0.5


def test_two_predictions_for_one_gold_keep_the_better_one() -> None:
    gold = [A([(0, 100)], source=[(110, 115)])]
    pred = [A([(0, 60)]), A([(0, 95)], source=[(110, 115)])]
    res = pn.score_document(gold, pred)
    assert [(m.gold, m.pred) for m in res.matches] == [(0, 1)]  # 95 % beats 60 %
    assert res.false_positives == [0]
    assert res.tally.source_ok == 1


def test_matching_is_completed_to_maximum_cardinality() -> None:
    # Pred 0 covers both golds fully; pred 1 only covers gold 0. Greedy alone pairs gold 0 with
    # pred 0 and strands pred 1; the augmenting pass re-pairs so both golds are matched.
    gold = [A([(0, 10)]), A([(10, 20)])]
    pred = [A([(0, 20)]), A([(0, 6)])]
    res = pn.score_document(gold, pred)
    assert sorted((m.gold, m.pred) for m in res.matches) == [(0, 1), (1, 0)]
    assert res.missed == res.false_positives == []


def test_empty_predictions() -> None:
    fig = figures([A([(0, 10)], kind="direct")], [])
    assert (fig["precision"], fig["recall"], fig["f1"]) == (0.0, 0.0, 0.0)
    assert fig["cue_acc"] is None and fig["source_acc"] is None
    assert fig["char"]["recall"] == 0.0


def test_nothing_to_find_and_nothing_found_is_perfect() -> None:
    fig = figures([], [])
    assert (fig["precision"], fig["recall"], fig["f1"]) == (1.0, 1.0, 1.0)


def test_only_false_positives() -> None:
    fig = figures([], [A([(0, 10)])])
    assert (fig["precision"], fig["recall"], fig["f1"]) == (0.0, 0.0, 0.0)


def test_gold_with_empty_content_cannot_match() -> None:
    assert figures([A([])], [A([(0, 10)])])["matched"] == 0


# ------------------------------------------------------------------------------------ cue, source


@pytest.mark.parametrize(
    ("gold_cue", "pred_cue", "ok"),
    [
        ([(60, 64)], [(60, 64)], True),  # exact
        ([(60, 64)], [(57, 64)], True),  # "he said" vs "said": all of the shorter
        ([(60, 71)], [(60, 64)], True),  # "said on Monday" vs "said"
        ([(60, 64)], [(62, 70)], True),  # 2 of 4 characters of the shorter
        ([(60, 64)], [(63, 70)], False),  # 1 of 4
        ([(60, 64)], [(70, 74)], False),  # disjoint
        ([(60, 64)], [], False),  # cue missed
        ([], [(60, 64)], False),  # cue invented
        ([], [], True),  # both empty
        ([(30, 34), (60, 64)], [(60, 64)], True),  # matches one piece of a split gold cue
    ],
)
def test_cue_rule(gold_cue: list[tuple[int, int]], pred_cue: list[tuple[int, int]], ok: bool) -> None:
    assert pn.cue_correct(A([(0, 50)], cue=gold_cue), A([(0, 50)], cue=pred_cue)) is ok


@pytest.mark.parametrize(
    ("gold_src", "pred_src", "ok"),
    [
        ([], [], True),  # source None vs None
        ([(70, 80)], [], False),
        ([], [(70, 80)], False),
        ([(70, 80)], [(70, 80)], True),
        ([(70, 80)], [(66, 80)], True),  # "Sen. Bob Smith" vs "Bob Smith"
        ([(70, 80)], [(75, 90)], True),  # 5 of 10 (shorter is gold)
        ([(70, 80)], [(76, 90)], False),  # 4 of 10
        ([(70, 74), (78, 84)], [(70, 84)], True),  # gold in two pieces: union of 10, all covered
        ([(70, 74), (78, 84)], [(78, 84)], True),  # 6 of the 10-char union
        ([(70, 74), (78, 84)], [(70, 74)], True),  # all of the shorter (the prediction)
        ([(70, 74), (78, 84)], [(73, 79)], False),  # 2 of the 6-char prediction
    ],
)
def test_source_rule(gold_src: list[tuple[int, int]], pred_src: list[tuple[int, int]], ok: bool) -> None:
    assert pn.source_correct(A([(0, 50)], source=gold_src), A([(0, 50)], source=pred_src)) is ok


def test_cue_and_source_accuracy_are_over_matched_pairs_only() -> None:
    gold = [A([(0, 50)], cue=[(51, 55)], source=[(56, 60)]), A([(100, 150)], cue=[(151, 155)])]
    pred = [A([(0, 50)], cue=[(51, 55)], source=[(200, 210)]), A([(300, 310)], cue=[(311, 315)])]
    fig = figures(gold, pred)
    assert fig["matched"] == 1
    assert fig["cue_acc"] == 1.0
    assert fig["source_acc"] == 0.0


# -------------------------------------------------------------------------------------------- kinds


def test_recall_by_gold_kind_precision_by_predicted_kind() -> None:
    gold = [A([(0, 50)], kind="direct"), A([(60, 100)], kind="indirect")]
    pred = [A([(0, 50)], kind="indirect"), A([(60, 100)], kind="indirect"), A([(200, 220)], kind="mixed")]
    bk = figures(gold, pred)["by_kind"]
    assert (bk["direct"]["recall"], bk["direct"]["precision"]) == (1.0, 0.0)  # no direct predicted
    assert (bk["indirect"]["recall"], bk["indirect"]["precision"]) == (1.0, 1.0)  # 2 of 2 predicted matched
    assert (bk["mixed"]["recall"], bk["mixed"]["precision"]) == (0.0, 0.0)
    assert bk["indirect"]["f1"] == 1.0
    assert figures(gold, pred)["kind_acc"] == 0.5


# ------------------------------------------------------------------------------------ char overlap


def test_char_overlap_uses_unions_per_document() -> None:
    gold = [A([(0, 100)]), A([(200, 300)])]
    pred = [A([(50, 150)]), A([(60, 120)])]  # overlapping predictions are not double-counted
    ch = figures(gold, pred)["char"]
    assert (ch["gold_chars"], ch["pred_chars"], ch["overlap_chars"]) == (200, 100, 50)
    assert ch["precision"] == 0.5 and ch["recall"] == 0.25


def test_tallies_are_micro_averaged_over_documents() -> None:
    doc1 = ([A([(0, 10)])], [A([(0, 10)])])
    doc2 = ([A([(0, 10)]), A([(20, 30)]), A([(40, 50)])], [])
    fig = pn.score([doc1, doc2]).figures()
    assert (fig["docs"], fig["gold"], fig["pred"], fig["matched"]) == (2, 4, 1, 1)
    assert fig["precision"] == 1.0 and fig["recall"] == 0.25


# ------------------------------------------------------------------------------------ gold kinds


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("“We will win,”", "direct"),
        ("''We will win,''", "direct"),  # NYT style: two apostrophes open and close
        ("that the plan was ''a disaster''", "mixed"),
        ("that the plan was a disaster", "indirect"),
        ("that voters' views matter", "indirect"),  # a single apostrophe is not a quote mark
    ],
)
def test_derive_kind(content: str, kind: str) -> None:
    text = f"He said {content} today."
    start = text.index(content)
    assert pn.derive_kind(text, [(start, start + len(content))]) == kind


def test_derive_kind_discontinuous_direct_quote() -> None:
    text = "“We will win,” he said. “Believe me.”"
    assert pn.derive_kind(text, [(0, 14), (24, 37)]) == "direct"


def test_parse_document_fixes_only_nyt_quote_kinds() -> None:
    text = "''We will win,'' he said. Officials said “no” loudly."
    row = {
        "doc_id": "d",
        "text": text,
        "attributions": [
            {
                "id": "E1",
                "content": [{"start": 0, "end": 16}],
                "cue": [{"start": 20, "end": 24}],
                "source": [{"start": 17, "end": 19}],
                "kind": "indirect",
            },
            {
                "id": "E2",
                "content": [{"start": 41, "end": 45}],
                "cue": [{"start": 36, "end": 40}],
                "source": [{"start": 26, "end": 35}],
                "kind": "indirect",
            },  # a wrong label stays as filed
        ],
    }
    assert [a.kind for a in pn.parse_document(row).attributions] == ["direct", "indirect"]
    assert [a.kind for a in pn.parse_document(row, fix_kinds=False).attributions] == ["indirect", "indirect"]


# ------------------------------------------------------------------------------ presslens adapter


def test_from_quote_reads_content_cue_and_surface_source() -> None:
    text = "The Post reported, citing officials, that the deal was off."
    post = Span.of(text, 0, 8)
    quote = Quote(
        kind="indirect",
        content=[Span.of(text, 37, 58)],
        cue=Span.of(text, 9, 17),
        source=Span.of(text, 26, 35),
        speaker="officials",
        speaker_type="anonymous",
        anonymous=True,
        confidence=0.9,
        via=[Relay("The Washington Post", "outlet", post)],
    )
    att = pn.from_quote(quote)
    assert att.content == ((37, 58),) and att.cue == ((9, 17),)
    assert att.source == ((0, 8),)  # the surface source, not the relayed one
    assert att.kind == "indirect"


def test_from_quote_without_cue_or_source() -> None:
    quote = Quote("direct", [Span(0, 5, "hello")], None, None, None, "unknown", False, 0.5)
    att = pn.from_quote(quote)
    assert att.cue == () and att.source == ()


def test_context_marks_content_cue_and_source() -> None:
    text = "First sentence here. Officials said the deal was off. Another one."
    att = A([(36, 52)], cue=[(31, 35)], source=[(21, 30)])
    assert pn.context(text, att) == "<Officials> {said} [[the deal was off]]."


def test_missing_data_dir_exits_with_message(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="PolNeAR data not found"):
        pn.load("dev", tmp_path / "nowhere")


# ------------------------------------------------------------------------------------------ oracle


@pytest.mark.shared
def test_oracle_gold_as_predictions_scores_one_on_dev() -> None:
    if pn.find_data_dir() is None:
        pytest.skip(f"PolNeAR not found at {pn.DEFAULT_DATA_DIR} (research corpus kept outside the repo)")
    docs = pn.load("dev")
    fig = pn.score((d.attributions, pn.gold_as_predictions(d)) for d in docs).figures()
    assert fig["gold"] == fig["pred"] == fig["matched"] > 0
    assert (fig["precision"], fig["recall"], fig["f1"]) == (1.0, 1.0, 1.0)
    assert fig["cue_acc"] == fig["source_acc"] == fig["kind_acc"] == 1.0
    assert fig["char"]["f1"] == 1.0


@pytest.mark.shared
def test_oracle_through_presslens_quotes_scores_one_on_dev() -> None:
    """Gold -> ``presslens.Quote`` (one cue span, one source span) -> scorer still scores 1.0."""
    if pn.find_data_dir() is None:
        pytest.skip(f"PolNeAR not found at {pn.DEFAULT_DATA_DIR} (research corpus kept outside the repo)")
    tally = pn.Tally()
    for doc in pn.load("dev"):
        preds = []
        for g in doc.attributions:
            cue = Span.of(doc.text, g.cue[0][0], g.cue[-1][1]) if g.cue else None
            src = Span.of(doc.text, g.source[0][0], g.source[-1][1]) if g.source else None
            content = [Span.of(doc.text, a, b) for a, b in g.content]
            preds.append(pn.from_quote(Quote(g.kind, content, cue, src, None, "unknown", False, 1.0)))
        tally += pn.score_document(doc.attributions, preds).tally
    fig = tally.figures()
    assert (fig["precision"], fig["recall"], fig["f1"], fig["cue_acc"], fig["source_acc"]) == (1, 1, 1, 1, 1)

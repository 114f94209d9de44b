"""Attribution tags: the training targets (``encode_tags``), their decoding into attributions, and the
sourcing lens adding learnt attributions only where no rule fired.

Why synthetic tag probabilities: the decoder and the lens's merge rules must hold for any model, so they
are pinned with hand-made outputs; the shipped model's own behaviour is covered by the PolNeAR benchmark
and the end-to-end cases at the bottom.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import spacy

from presslens.analyze import encoder as enc
from presslens.analyze.attribution_tags import decode_attributions, encode_tags
from presslens.analyze.spans import sentence_units
from presslens.nlp import base_pipeline, load_pipeline

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import polnear as pn  # noqa: E402


@dataclass
class Gold:
    content: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...] = ()


def _words(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Word pieces as a word-piece tokenizer cuts this text: words and punctuation marks."""
    return [(base + m.start(), base + m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]


def _output(text: str, units: list[tuple[int, int]], golds: list[Gold]) -> enc.EncoderOutput:
    """One window per unit, one piece per word, tag probabilities 0.94 on the gold tag."""
    out = enc.EncoderOutput(units=units)
    for u, (s, e) in enumerate(units):
        pieces = _words(text[s:e], s)
        tags = encode_tags(pieces, golds)
        att = np.full((len(pieces), len(enc.ATT_TAGS)), 0.01)
        att[np.arange(len(pieces)), tags] = 0.94
        out.windows.append(enc.Window(u, list(range(len(pieces))), pieces))
        out.si.append(np.zeros((len(pieces), 3)))
        out.tc.append(np.zeros((len(pieces), 14)))
        out.att.append(att)
    return out


def _at(text: str, phrase: str) -> tuple[int, int]:
    i = text.index(phrase)
    return i, i + len(phrase)


TEXT = "The governor endorsed the idea that taxes must fall, aides insisted."


def test_encode_tags_marks_roles_with_begin_and_inside() -> None:
    gold = Gold(
        (_at(TEXT, "the idea that taxes must fall"),), (_at(TEXT, "endorsed"),), (_at(TEXT, "The governor"),)
    )
    tags = encode_tags(_words(TEXT), [gold])
    names = [enc.ATT_TAGS[t] for t in tags]
    assert names[:4] == ["B-SOURCE", "I-SOURCE", "B-CUE", "B-CONTENT"]
    assert names[4:9] == ["I-CONTENT"] * 5 and names[9:] == ["O", "O", "O", "O"]


def test_nested_cue_wins_over_outer_content_and_adjacent_spans_restart() -> None:
    outer = Gold(
        (_at(TEXT, "The governor endorsed the idea that taxes must fall,"),), (_at(TEXT, "insisted."),)
    )
    inner = Gold((_at(TEXT, "the idea that taxes must fall"),), (_at(TEXT, "endorsed"),))
    names = [enc.ATT_TAGS[t] for t in encode_tags(_words(TEXT), [outer, inner])]
    assert names[2] == "B-CUE"  # the inner cue inside the outer content
    assert names[3] == "B-CONTENT"  # the content resumes as a new span after the cue


def test_decode_round_trip_links_cue_source_and_content() -> None:
    gold = Gold(
        (_at(TEXT, "the idea that taxes must fall,"),), (_at(TEXT, "endorsed"),), (_at(TEXT, "The governor"),)
    )
    found = decode_attributions(TEXT, _output(TEXT, [(0, len(TEXT))], [gold]))
    assert len(found) == 1
    att = found[0]
    assert [TEXT[a:b] for a, b in att.content] == ["the idea that taxes must fall,"]  # as tagged
    assert TEXT[slice(*att.cue)] == "endorsed" and TEXT[slice(*att.source)] == "The governor"
    assert 0.9 < att.confidence <= 1.0


def test_a_few_untagged_pieces_inside_a_content_are_bridged_a_long_gap_is_not() -> None:
    text = "The mayor said the new bridge, as planned, will open in May and the old one will close by 2030."
    short = Gold((_at(text, "the new bridge,"), _at(text, "will open in May")), (_at(text, "said"),))
    found = decode_attributions(text, _output(text, [(0, len(text))], [short]))
    assert [text[a:b] for a, b in found[0].content] == ["the new bridge, as planned, will open in May"]
    long = Gold((_at(text, "the new bridge,"), _at(text, "by 2030")), (_at(text, "said"),))
    found = decode_attributions(text, _output(text, [(0, len(text))], [long]))
    assert [text[a:b] for a, b in found[0].content] == ["the new bridge,", "by 2030"]


def test_content_without_a_cue_joins_the_cue_of_the_previous_sentence_and_lone_content_is_dropped() -> None:
    text = "Critics argued the plan was rushed. It ignored the rural poor."
    first, second = (0, 35), (36, len(text))
    gold = Gold(
        (_at(text, "the plan was rushed."), _at(text, "It ignored the rural poor.")),
        (_at(text, "argued"),),
        (_at(text, "Critics"),),
    )
    found = decode_attributions(text, _output(text, [first, second], [gold]))
    assert len(found) == 1 and len(found[0].content) == 2
    lone = Gold((_at(text, "It ignored the rural poor."),), ())
    assert decode_attributions(text, _output(text, [first, second], [lone])) == []


def test_a_model_without_the_attribution_head_decodes_to_nothing() -> None:
    out = _output(TEXT, [(0, len(TEXT))], [])
    out.att = [a[:, :0] for a in out.att]
    assert decode_attributions(TEXT, out) == []


# ------------------------------------------------------------------------- the sourcing lens merge


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return load_pipeline()


def _read_with(
    nlp: spacy.language.Language, text: str, golds: list[Gold], threshold: float = 0.5
) -> spacy.tokens.Doc:
    """Run the pipeline with the encoder pass replaced by synthetic tags (placed in the doc's cache)."""
    lens = nlp.get_pipe("presslens_sourcing")
    before = lens.tag_threshold
    doc = nlp.make_doc(text)
    try:
        lens.tag_threshold = threshold
        for name, proc in nlp.pipeline:
            if name == "presslens_sourcing":
                doc.user_data[enc.CACHE_KEY] = _output(text, sentence_units(doc), golds)
            doc = proc(doc)
    finally:
        lens.tag_threshold = before
    return doc


def _tagged(doc: spacy.tokens.Doc) -> list[dict]:
    return [r for r in doc.spans["quotes"].attrs["records"] if r["rationale"].startswith("rule tagged")]


def test_lens_adds_a_tagged_attribution_the_rules_miss_with_its_source_resolved(nlp) -> None:
    text = "Senator Maria Lopez endorsed the view that tariffs hurt farmers."
    gold = Gold(
        (_at(text, "the view that tariffs hurt farmers"),),
        (_at(text, "endorsed"),),
        (_at(text, "Senator Maria Lopez"),),
    )
    doc = _read_with(nlp, text, [gold])
    recs = _tagged(doc)
    assert len(recs) == 1
    rec = recs[0]
    assert text[slice(*rec["content"][0])] == "the view that tariffs hurt farmers"
    assert rec["speaker"] == "Maria Lopez" and rec["speaker_type"] == "person"
    assert 0.9 < rec["confidence"] <= 1.0
    assert enc.CACHE_KEY not in doc.user_data  # the last consumer released the pass


def test_rules_lead_and_a_relay_cue_is_not_read_as_a_speech_act(nlp) -> None:
    text = "The Post reported, citing unnamed officials, that the talks had failed."
    same_cue = Gold(
        (_at(text, "that the talks had failed"),), (_at(text, "reported"),), (_at(text, "The Post"),)
    )
    relay = Gold((_at(text, "unnamed officials"),), (_at(text, "citing"),), (_at(text, "The Post"),))
    recs = _read_with(nlp, text, [same_cue, relay]).spans["quotes"].attrs["records"]
    assert len(recs) == 1 and recs[0]["rationale"].startswith("rule verb+clause")
    assert text[slice(*recs[0]["source"])] == "unnamed officials" and recs[0]["anonymous"]
    assert [r["speaker"] for r in recs[0]["via"]] == ["The Washington Post"]


@pytest.mark.parametrize(
    ("text", "rule", "content", "cue", "source", "speaker"),
    [
        # a weak frame (precision < 0.5) is replaced; the rule's source wins over the tags' on a shared cue;
        # a run the tags broke off mid-phrase ("to") runs on to the phrase's end
        (
            "Critics slammed the proposal as a giveaway to developers.",
            "rule verb+object",
            "the proposal as a giveaway to|developers",
            "slammed",
            "developers",
            "Critics",
        ),
        # a clause frame is refined: the rule found the speech act, the tags draw its content
        (
            "Mayor Ana Ruiz said the bridge would reopen in May, which surprised the engineers.",
            "rule verb+clause",
            "the bridge would reopen in May",
            "said",
            "Mayor Ana Ruiz",
            "Ana Ruiz",
        ),
    ],
)
def test_tags_replace_weak_frames_and_refine_clause_frames(
    nlp, text: str, rule: str, content: str, cue: str, source: str, speaker: str
) -> None:
    rule_only = _read_with(nlp, text, []).spans["quotes"].attrs["records"]
    assert [r["rationale"].split(";")[0] for r in rule_only] == [rule]
    tagged, _, rest = content.partition("|")
    gold = Gold((_at(text, tagged),), (_at(text, cue),), (_at(text, source),))
    recs = _read_with(nlp, text, [gold]).spans["quotes"].attrs["records"]
    assert len(recs) == 1 and recs[0]["rationale"].startswith("rule tagged")
    assert text[slice(*recs[0]["content"][0])] == " ".join(filter(None, (tagged, rest)))
    assert recs[0]["speaker"] == speaker


def test_tags_never_swallow_the_next_sentences_own_cue(nlp) -> None:
    text = "The Senate Democrats blocked the bill. They said it was unfair."
    over = Gold(
        (_at(text, "the bill"), _at(text, "said it was unfair")),
        (_at(text, "blocked"),),
        (_at(text, "The Senate Democrats"),),
    )
    recs = _read_with(nlp, text, [over]).spans["quotes"].attrs["records"]
    said = [r for r in recs if text[slice(*r["cue"])] == "said"]
    assert len(said) == 1 and said[0]["rationale"].startswith("rule verb+clause")
    assert said[0]["speaker"] == "Senate Democrats"
    # the tagged reading of "blocked" keeps its own sentence only: the next sentence speaks for itself
    cue = text.index("said")
    assert not any(a <= cue < b for r in recs for a, b in r["content"])


def test_tags_without_a_source_or_with_an_adjective_cue_are_dropped(nlp) -> None:
    text = "Word spread overnight that the bridge had closed. Angry drivers waited for hours."
    no_source = Gold((_at(text, "that the bridge had closed"),), (_at(text, "Word"),))
    adjective_cue = Gold((_at(text, "drivers waited for hours"),), (_at(text, "Angry"),))
    assert _tagged(_read_with(nlp, text, [no_source, adjective_cue])) == []


def test_tagged_evidentials_and_passive_subjects_are_never_speakers(nlp) -> None:
    """'X seems to …' is the author's hedge; 'X was accused of …' makes X the accused, and the accusers,
    unnamed, an anonymous source; a modal passive ('can only be interpreted as') is the author's view."""
    seems = "Melania seems to have vanished from the campaign trail."
    gold = Gold(
        (_at(seems, "to have vanished from the campaign trail"),),
        (_at(seems, "seems"),),
        (_at(seems, "Melania"),),
    )
    assert _tagged(_read_with(nlp, seems, [gold])) == []

    accused = "Mr. Quiros was accused of using the fund for a luxury condominium."
    gold = Gold(
        (_at(accused, "using the fund for a luxury condominium"),),
        (_at(accused, "was accused of"),),
        (_at(accused, "Mr. Quiros"),),
    )
    recs = _tagged(_read_with(nlp, accused, [gold]))
    assert len(recs) == 1 and recs[0]["source"] is None and recs[0]["anonymous"]

    modal = "The raid can only be interpreted as a warning to the opposition."
    gold = Gold((_at(modal, "a warning to the opposition"),), (_at(modal, "can only be interpreted as"),))
    assert _tagged(_read_with(nlp, modal, [gold])) == []


def test_a_continued_quote_stays_with_its_speaker_when_the_tags_link_it_to_another_cue(nlp) -> None:
    text = (
        '"This is in their heads, and it is in their minds," said Pat Caddell, speaking of the campaign. '
        '"It is one of the things worrying them."'
    )
    linked = Gold(
        (_at(text, '"It is one of the things worrying them."'),),
        (_at(text, "speaking of"),),
        (_at(text, "Pat Caddell"),),
    )
    recs = _read_with(nlp, text, [linked]).spans["quotes"].attrs["records"]
    assert len(recs) == 1 and recs[0]["rationale"].startswith("rule verb+quote")
    assert [text[a:b] for a, b in recs[0]["content"]] == [
        '"This is in their heads, and it is in their minds,"',
        '"It is one of the things worrying them."',
    ]


def test_rule_attributions_the_tags_do_not_touch_are_kept(nlp) -> None:
    text = '"We will not give up on this town, not now and not ever." - Mayor Ana Ruiz'
    recs = _read_with(nlp, text, []).spans["quotes"].attrs["records"]
    assert len(recs) == 1 and recs[0]["rationale"].startswith("rule dash")
    assert recs[0]["speaker"] == "Ana Ruiz"


def test_lens_ignores_tags_below_its_threshold(nlp) -> None:
    text = "Senator Maria Lopez endorsed the view that tariffs hurt farmers."
    gold = Gold((_at(text, "the view that tariffs hurt farmers"),), (_at(text, "endorsed"),))
    assert len(_tagged(_read_with(nlp, text, [gold]))) == 1
    assert _tagged(_read_with(nlp, text, [gold], threshold=0.99)) == []


# ------------------------------------------------------------------------------ on real PolNeAR text


@pytest.mark.shared
def test_gold_tags_of_polnear_dev_decode_back_to_the_gold_attributions() -> None:
    """The codec's ceiling: gold attributions -> tags per word piece -> decoded -> scored (F1 ≥ 0.9)."""
    if pn.find_data_dir() is None:
        pytest.skip(f"PolNeAR not found at {pn.DEFAULT_DATA_DIR} (research corpus kept outside the repo)")
    docs = pn.load("dev", limit=20)
    model = enc.load_encoder()
    nlp = base_pipeline()
    pairs = []
    for doc in docs:
        out = enc.EncoderOutput()
        for w in enc.windows(model.tokenizer, doc.text, sentence_units(nlp(doc.text))):
            tags = encode_tags(w.offsets, doc.attributions)
            att = np.full((len(tags), len(enc.ATT_TAGS)), 0.01)
            att[np.arange(len(tags)), tags] = 0.94
            out.windows.append(w)
            out.att.append(att)
        pred = pn.from_tagged(doc.text, decode_attributions(doc.text, out))
        pairs.append((list(doc.attributions), pred))
    fig = pn.score(pairs).figures()
    assert fig["f1"] >= 0.9 and fig["cue_acc"] >= 0.95


# ------------------------------------------------------------------------------ the shipped model


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "Senator Maria Lopez endorsed the view that tariffs hurt farmers.",
            "endorsed",
            "Senator Maria Lopez",
            "the view that tariffs hurt farmers",
        ),
        ("The mayor backed a plan to close two fire stations.", "backed", "The mayor", "a plan to close"),
        ("The agency defended its handling of the outbreak.", "defended", "The agency", "its handling"),
    ],
)
def test_shipped_model_reads_the_long_tail_of_cues(
    read_text, text: str, cue: str, speaker: str, content: str
) -> None:
    reading = read_text(text)
    quotes = [q for q in reading.quotes if q.cue is not None and q.cue.text == cue]
    assert len(quotes) == 1, [(q.cue, q.speaker) for q in reading.quotes]
    quote = quotes[0]
    assert quote.surface_source is not None and quote.surface_source.text == speaker
    assert any(content in part.text for part in quote.content)
    assert quote.rationale.startswith("rule tagged") and 0.5 <= quote.confidence <= 1.0


def test_tagged_source_on_a_compound_modifier_takes_its_noun_phrase(nlp) -> None:
    text = "Census figures released on Monday show that rents rose 5 percent."
    gold = Gold((_at(text, "that rents rose 5 percent"),), (_at(text, "show"),), (_at(text, "Census"),))
    recs = _read_with(nlp, text, [gold]).spans["quotes"].attrs["records"]
    assert [text[slice(*r["source"])] for r in recs] == ["Census figures"]

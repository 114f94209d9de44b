"""The persuasion lens: propaganda technique spans (spaCy component ``presslens_persuasion``).

How it reads: the shared encoder (``encoder.doc_output``) tags every word piece of every sentence as
outside/beginning/inside a technique span and gives technique probabilities; a piece whose P(inside)
reaches the threshold seeds a span, which grows over neighbours above a lower extension threshold and
absorbs spans at most two pieces away (``encoder.decode_spans``). Each span is labelled with one of the
14 SemEval-2020 Task 11 techniques (``techniques.TECHNIQUES``) by the span classifier
(``span_classifier``), which reads the span's words, shape and repetition next to the encoder's technique
probabilities. The thresholds were selected on PTC dev and are stored in the model card; ``threshold`` in
the component config overrides the seed threshold (the extension threshold is then never above it).

Output: ``doc.spans["techniques"]`` (label = technique), with one record per span in
``attrs["records"]``: range, label, the technique's one-line definition as reason, and the confidence
(mean P(inside) over the span's pieces). A label describes what a passage does, never its author.
"""

from spacy.language import Language
from spacy.tokens import Doc

from presslens.analyze import encoder
from presslens.analyze.span_classifier import classify_spans
from presslens.analyze.spans import flag_record, has_word_beyond, write_flags
from presslens.analyze.techniques import BY_LABEL
from presslens.hookspecs import Analyzer, hookimpl

FACTORY = "presslens_persuasion"
encoder.CONSUMERS.add(FACTORY)


class PersuasionComponent:
    """Decodes technique spans from the shared encoder pass; see the module docstring."""

    def __init__(self, nlp: Language, name: str, threshold: float | None = None) -> None:
        self.nlp = nlp
        self.name = name
        self.threshold = threshold

    def __call__(self, doc: Doc) -> Doc:
        out = encoder.doc_output(doc)
        spans = technique_spans(doc, out, self.threshold)
        labels = classify_spans(doc.text, out, [(s, e) for s, e, _ in spans])
        records = [
            flag_record(
                _whole_slogan(doc, start, end, label), label, BY_LABEL[label].definition, round(confidence, 3)
            )
            for (start, end, confidence), (label, _) in zip(spans, labels, strict=True)
        ]
        write_flags(doc, "techniques", records)
        encoder.release(doc, self.nlp, self.name)
        return doc


def technique_spans(
    doc: Doc, out: encoder.EncoderOutput, threshold: float | None = None
) -> list[tuple[int, int, float]]:
    """Decoded technique spans ``(start, end, confidence)`` before labelling (shared with the benchmark's
    sweep): seeded at the card's threshold unless ``threshold`` overrides it; the confidence is the mean
    P(inside) over the span's pieces."""
    card = encoder.load_encoder().card["thresholds"]
    seed = float(card["technique_span"]) if threshold is None else threshold
    extend = min(float(card.get("technique_extend", seed)), seed)
    decoded = candidates(doc, out, seed, extend, int(card.get("technique_gap", 0)))
    return [(s.start, s.end, s.confidence) for s in decoded]


def candidates(
    doc: Doc, out: encoder.EncoderOutput, seed: float, extend: float, gap: int
) -> list[encoder.TechniqueSpan]:
    """The head's decoded spans less those of function words alone (shared with ``training/span_filter.py``,
    whose study filters the spans the lens proposes)."""
    return [
        s
        for s in encoder.decode_spans(doc.text, out, seed, extend, gap)
        if has_word_beyond(doc, s.start, s.end, FUNCTION_POS)
    ]


def _whole_slogan(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """A slogan is its whole short sentence ("Keep cash alive."), not the word the tags seeded it on: a
    reader shown "Slogans: Keep" learns nothing. Other spans, and slogans in longer sentences, stay."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if label != "Slogans" or span is None:
        return start, end
    sent = span.sent
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or len(words) > _SLOGAN_WORDS:
        return start, end
    return min(start, words[0].idx), max(end, words[-1].idx + len(words[-1].text))


#: The most words a sentence may have to be read whole as a slogan.
_SLOGAN_WORDS = 8
#: Word classes that carry no persuasion on their own: a span of these alone is tagging noise ("It").
FUNCTION_POS = frozenset({"PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "PUNCT", "SPACE"})


@Language.factory(
    FACTORY,
    assigns=["doc.spans"],
    requires=["doc.sents"],
    default_config={"threshold": None},
)
def make_persuasion(nlp: Language, name: str, threshold: float | None) -> PersuasionComponent:
    """spaCy factory: ``nlp.add_pipe("presslens_persuasion")`` on any English pipeline that sets sentences."""
    return PersuasionComponent(nlp, name, threshold)


@hookimpl
def presslens_analyzers() -> list[Analyzer]:
    return [Analyzer(FACTORY, order=300)]

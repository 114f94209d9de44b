"""Article → spaCy Doc → ``Reading``: the read path shared by the API, CLI and benchmarks.

Why a parse copy of the text: articles pasted from Markdown wrap outlet names in emphasis
(``the *Times*``), which the tagger and NER stumble on. We parse a copy where emphasis marks are blanked
out *with the same length*, so every offset found on the copy is an offset into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc

from presslens.analyze.claims import LINKS_KEY
from presslens.analyze.spans import records, sentence_units
from presslens.article import Article
from presslens.ingest import load
from presslens.ingest.text import check_text
from presslens.nlp import load_pipeline
from presslens.reading import Claim, Evidence, Flag, Genre, GenreReason, Quote, Reading, Relay, Span
from presslens.settings import Options

_EMPHASIS = re.compile(r"(?<![\w*_])([*_]{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*_])", re.DOTALL)


def parse_copy(text: str) -> str:
    """Blank Markdown emphasis marks (same length), so offsets are shared with ``text``."""
    return _EMPHASIS.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text)


def _span(text: str, rng: list[int] | None) -> Span | None:
    return Span.of(text, rng[0], rng[1]) if rng else None


def _flags(doc: Doc, key: str, text: str) -> list[Flag]:
    """Flag records a lens stored on ``doc.spans[key]`` (none when the lens did not run)."""
    return [
        Flag(Span.of(text, *f["range"]), f["label"], f["reason"], f["confidence"]) for f in records(doc, key)
    ]


def reading_from_doc(
    doc: Doc, text: str, meta: dict[str, Any] | None = None, options: Options | None = None
) -> Reading:
    """Build the serializable ``Reading`` from a processed doc; ``text`` is the original article text."""
    options = options or Options()
    quotes: list[Quote] = []
    group = doc.spans.get("quotes")
    for n, rec in enumerate(group.attrs.get("records", []) if group is not None else []):
        if rec["confidence"] < options.min_confidence:
            continue
        via = [
            Relay(r["speaker"], r["speaker_type"], _span(text, r["source"]), _span(text, r.get("cue")))
            for r in rec["via"]
        ]
        quotes.append(
            Quote(
                kind=rec["kind"],
                content=[Span.of(text, s, e) for s, e in rec["content"]],
                cue=_span(text, rec["cue"]),
                source=_span(text, rec["source"]),
                speaker=rec["speaker"],
                speaker_type=rec["speaker_type"],
                anonymous=rec["anonymous"],
                confidence=rec["confidence"],
                via=via,
                rationale=rec["rationale"],
                id=f"q{n + 1}",
            )
        )
    flags = _flags(doc, "anonymous_sources", text)
    scare = _flags(doc, "scare_quotes", text)
    sentences = sentence_units(doc)
    claims_group = doc.spans.get("claims")
    scores = {
        (a, b): x for a, b, x in (claims_group.attrs.get("sentence_scores", []) if claims_group else [])
    }
    techniques = [t for t in _flags(doc, "techniques", text) if t.confidence >= options.min_confidence]
    return Reading(
        text=text,
        meta=dict(meta or {}),
        quotes=quotes,
        anonymous_sources=flags,
        scare_quotes=scare,
        sentences=sentences,
        checkworthiness=[float(scores.get(s, 0.0)) for s in sentences] if scores else [],
        claims=_claims(doc, text),
        certainty_cues=_flags(doc, "certainty_cues", text),
        techniques=techniques,
        genre=_genre(doc, text),
    )


def _claims(doc: Doc, text: str) -> list[Claim]:
    group = doc.spans.get("claims")
    claims = []
    for n, rec in enumerate(group.attrs.get("records", []) if group is not None else []):
        claims.append(
            Claim(
                span=Span.of(text, *rec["range"]),
                checkworthy=rec["checkworthy"],
                support=rec["support"],
                evidence=[
                    Evidence(e["kind"], Span.of(text, *e["range"]), e["detail"], e["anonymous"])
                    for e in rec["evidence"]
                ],
                hedges=[Span.of(text, a, b) for a, b in rec["hedges"]],
                boosters=[Span.of(text, a, b) for a, b in rec["boosters"]],
                certainty=rec["certainty"],
                rationale=rec["rationale"],
                id=f"c{n + 1}",
            )
        )
    return claims


def _genre(doc: Doc, text: str) -> Genre | None:
    group = doc.spans.get("genre_cues")
    data = group.attrs.get("genre") if group is not None else None
    if not data:
        return None
    reasons = [
        GenreReason(
            r["feature"], r["value"], r["weight"], r["note"], [Span.of(text, a, b) for a, b in r["examples"]]
        )
        for r in data["reasons"]
    ]
    return Genre(data["label"], data["confidence"], reasons)


def _make_doc(nlp: Any, article: Article) -> Doc:
    """The parse copy as a Doc, carrying the article's hyperlinks for the claims lens."""
    doc = nlp.make_doc(parse_copy(article.text))
    doc.user_data[LINKS_KEY] = list(article.extra.get("links", []))
    return doc


def read_articles(
    articles: Iterable[Article], options: Options | None = None, batch_size: int = 16
) -> Iterator[Reading]:
    """Read many articles with one pipeline, batched through ``nlp.pipe``."""
    options = options or Options()
    nlp = load_pipeline(options.outlet_aliases, options.thresholds())
    items = list(articles) if not isinstance(articles, list) else articles
    docs = nlp.pipe((_make_doc(nlp, a) for a in items), batch_size=batch_size)
    for article, doc in zip(items, docs, strict=True):
        yield reading_from_doc(doc, article.text, article.meta(), options)


def read_article(article: Article, options: Options | None = None) -> Reading:
    """Read one already-ingested article."""
    return next(read_articles([article], options))


def read(
    source: str | bytes, url: str | None = None, outlet: str | None = None, options: Options | None = None
) -> Reading:
    """Read text, HTML, bytes or a URL/path (see ``presslens.ingest.load``) and return its ``Reading``."""
    options = options or Options()
    return read_article(load(source, options, url=url, outlet=outlet), options)


def read_many(
    texts: Iterable[str | Article], options: Options | None = None, batch_size: int = 16
) -> Iterator[Reading]:
    """Read plain texts (or ``Article`` objects) in a batch: the fast path for corpora and benchmarks."""
    options = options or Options()
    articles = [t if isinstance(t, Article) else Article(text=check_text(t, options)) for t in texts]
    return read_articles(articles, options, batch_size)

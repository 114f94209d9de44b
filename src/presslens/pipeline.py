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

from presslens.article import Article
from presslens.ingest import load
from presslens.ingest.text import check_text
from presslens.nlp import load_pipeline
from presslens.reading import Flag, Quote, Reading, Relay, Span
from presslens.settings import Options

_EMPHASIS = re.compile(r"(?<![\w*_])([*_]{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*_])", re.DOTALL)


def parse_copy(text: str) -> str:
    """Blank Markdown emphasis marks (same length), so offsets are shared with ``text``."""
    return _EMPHASIS.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text)


def _span(text: str, rng: list[int] | None) -> Span | None:
    return Span.of(text, rng[0], rng[1]) if rng else None


def _flags(doc: Doc, key: str, text: str) -> list[Flag]:
    """Flag records a lens stored on ``doc.spans[key]`` (none when the lens did not run)."""
    group = doc.spans.get(key)
    records = group.attrs.get("records", []) if group is not None else []
    return [Flag(Span.of(text, *f["range"]), f["label"], f["reason"], f["confidence"]) for f in records]


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
    sentences = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
    return Reading(
        text=text,
        meta=dict(meta or {}),
        quotes=quotes,
        anonymous_sources=flags,
        scare_quotes=scare,
        sentences=sentences,
    )


def read_articles(
    articles: Iterable[Article], options: Options | None = None, batch_size: int = 16
) -> Iterator[Reading]:
    """Read many articles with one pipeline, batched through ``nlp.pipe``."""
    options = options or Options()
    nlp = load_pipeline(options.outlet_aliases)
    items = list(articles) if not isinstance(articles, list) else articles
    docs = nlp.pipe((parse_copy(a.text) for a in items), batch_size=batch_size)
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

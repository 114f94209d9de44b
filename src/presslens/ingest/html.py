"""HTML page to ``Article``: main text, metadata and in-text hyperlinks.

Why trafilatura: it is the best open extractor on the Zyte article-extraction benchmark, and it returns its
result as a small XML tree, which lets us render the text ourselves so that link offsets are exact rather
than searched for afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import set_date_params

from presslens.article import Article
from presslens.errors import E, PresslensError
from presslens.settings import Options

_HTML_MARKERS = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_LEADING_TAG = re.compile(
    r"<(?:p|div|article|main|section|span|a|h[1-6]|br|table|ul|ol|meta|title)\b[^>]*>", re.IGNORECASE
)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)", re.IGNORECASE)
#: How much of the start of a document is inspected for markers and the ``lang`` attribute.
_HEAD_CHARS = 8192

#: Tags that stand apart as paragraphs, as lines, or as cells of a row (trafilatura's TEI-like output and
#: plain HTML alike); every other tag is inline.
_PARAGRAPH_TAGS = (
    "p head quote list table code div blockquote pre ul ol dl h1 h2 h3 h4 h5 h6 "
    "article main section figure header footer"
)
_LINE_TAGS = "item row lb li tr br dt dd figcaption"
_CELL_TAGS = "cell td th"
_SEPARATORS: dict[str, str] = {
    **dict.fromkeys(_PARAGRAPH_TAGS.split(), "\n\n"),
    **dict.fromkeys(_LINE_TAGS.split(), "\n"),
    **dict.fromkeys(_CELL_TAGS.split(), " "),
}
#: Separators ranked so that adjacent boundaries collapse to the strongest one.
_RANK = {"": 0, " ": 1, "\n": 2, "\n\n": 3}
#: Link elements and the attribute holding their target (trafilatura ``ref``, HTML ``a``).
_LINK_ATTR = {"ref": "target", "a": "href"}
#: Never text, whatever the extractor or the fallback decides.
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "object")
_WS = re.compile(r"\s+")


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document or fragment rather than prose that mentions a tag.

    A document marker (doctype, ``<html>``, ``<head>``, ``<body>``) anywhere near the start counts; a
    fragment counts only when it starts with a tag, so an article about ``<p>`` tags stays plain text.
    """
    head = text[:_HEAD_CHARS]
    if _HTML_MARKERS.search(head):
        return True
    return head.lstrip().startswith("<") and bool(_LEADING_TAG.search(head))


def extract(html: str, options: Options, *, url: str | None = None) -> Article:
    """The article in ``html``: trafilatura's main text and metadata, or a plain paragraph fallback.

    ``options`` is accepted so extraction can gain knobs without changing callers; size and language
    limits are applied by the caller (``check_text``) on the extracted text.
    """
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_links=True,
        include_comments=False,
        include_tables=True,
        favor_precision=False,
        favor_recall=False,
        # The publication date, not a guess: extensive search turns a "© 2024" footer into 2024-01-01.
        # On the Zyte benchmark it adds dates for only 2 of 181 pages.
        date_extraction_params=set_date_params(extensive=False),
    )
    body = doc.body if doc is not None else None
    rendered = _render([body]) if body is not None else _Rendered()
    if not rendered.text:
        rendered = _fallback(html)
    if not rendered.text:
        raise PresslensError(E.NO_ARTICLE, detail="neither trafilatura nor the paragraph fallback found text")
    article = Article(
        text=rendered.text,
        title=_meta(doc, "title"),
        author=_meta(doc, "author"),
        date=_meta(doc, "date"),
        url=url or _meta(doc, "url"),
        site=_meta(doc, "sitename"),
        language=_meta(doc, "language") or _declared_language(html),
        origin="html",
    )
    article.extra["links"] = rendered.links_json(article.url)
    return article


def _meta(doc: Any, name: str) -> str | None:
    value = getattr(doc, name, None)
    text = str(value).strip() if value else ""
    return text or None


def _declared_language(html: str) -> str | None:
    found = _HTML_LANG.search(html[:_HEAD_CHARS])
    return found.group(1) if found else None


def _fallback(html: str) -> _Rendered:
    """Paragraphs of ``<article>``, ``<main>`` or ``<body>``, for pages too short or odd for trafilatura."""
    tree = trafilatura.load_html(html)
    if tree is None:
        return _Rendered()
    etree.strip_elements(tree, *_INVISIBLE, etree.Comment, with_tail=False)
    for container in ("article", "main", "body"):
        found = tree.xpath(f"//{container}")
        if found:
            return _render(found[0].xpath(".//p") or [found[0]])
    return _Rendered()


@dataclass
class _Rendered:
    """Plain text built from element trees, with the spans of the links met on the way."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    pending: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def add(self, raw: str) -> None:
        """Append running text with whitespace collapsed, emitting any pending separator first."""
        if raw[:1].isspace():
            self.separate(" ")
        words = _WS.sub(" ", raw).strip()
        if words:
            if self.length and self.pending:
                self._emit(self.pending)
            self.pending = ""
            self._emit(words)
        if raw[-1:].isspace():
            self.separate(" ")

    def separate(self, sep: str) -> None:
        """Ask for at least ``sep`` before the next text; boundaries that meet keep the strongest."""
        if _RANK[sep] > _RANK[self.pending]:
            self.pending = sep

    def _emit(self, chunk: str) -> None:
        self.parts.append(chunk)
        self.length += len(chunk)

    def links_json(self, base: str | None) -> list[dict[str, Any]]:
        """Link spans trimmed to their visible text, with targets made absolute against ``base``."""
        text = self.text
        links = []
        for start, end, href in self.spans:
            while start < end and text[start].isspace():
                start += 1
            if start < end:
                target = urljoin(base, href) if base else href
                links.append({"start": start, "end": end, "text": text[start:end], "href": target})
        return links


def _render(roots: list[HtmlElement]) -> _Rendered:
    out = _Rendered()
    for root in roots:
        out.separate("\n\n")
        _walk(root, out)
    return out


def _walk(element: HtmlElement, out: _Rendered) -> None:
    """Render one element's content; its tail belongs to the parent, which renders it after the call."""
    tag = element.tag if isinstance(element.tag, str) else ""  # comments and processing instructions
    if not tag or tag in _INVISIBLE:
        return
    sep = _SEPARATORS.get(tag, "")
    out.separate(sep)
    start = out.length
    out.add(element.text or "")
    for child in element:
        _walk(child, out)
        out.add(child.tail or "")
    href = element.get(_LINK_ATTR[tag]) if tag in _LINK_ATTR else None
    if href and out.length > start:
        out.spans.append((start, out.length, href))
    out.separate(sep)

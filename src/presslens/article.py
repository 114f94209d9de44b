"""The ``Article``: what every ingest path produces and every lens reads.

Why a separate type from ``Reading``: ingest knows about bytes, HTML and URLs; analysis knows only about
text and metadata. Keeping the hand-over small means a new source (RSS, WARC, …) needs no change downstream.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Article:
    """Main text of one article plus its metadata. ``text`` is what all offsets refer to."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    site: str | None = None
    language: str | None = None
    origin: str = "text"
    extra: dict[str, Any] = field(default_factory=dict)

    def meta(self) -> dict[str, Any]:
        """Metadata without the text, as stored in a ``Reading``."""
        data = asdict(self)
        data.pop("text")
        return data

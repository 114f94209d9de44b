"""presslens: reads news and opinion articles like a careful editor, and shows its evidence.

Public API::

    import presslens
    r = presslens.read(text_or_html, url=None, outlet=None)
    r.quotes, r.sources, r.anonymous_sources      # sourcing lens
    r.claims, r.certainty_cues, r.checkworthiness # claims lens
    r.techniques                                  # persuasion lens
    r.genre, r.summary(), r.to_json()
"""

from __future__ import annotations

from presslens.article import Article
from presslens.errors import E, PresslensError
from presslens.pipeline import read, read_article, read_many
from presslens.reading import Claim, Evidence, Flag, Genre, GenreReason, Quote, Reading, Relay, Span
from presslens.settings import Options

__version__ = "0.3.25"

__all__ = [
    "Article",
    "Claim",
    "E",
    "Evidence",
    "Flag",
    "Genre",
    "GenreReason",
    "Options",
    "PresslensError",
    "Quote",
    "Reading",
    "Relay",
    "Span",
    "__version__",
    "read",
    "read_article",
    "read_many",
]

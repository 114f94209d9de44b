"""Extension points (pluggy hooks), after Datasette's ``hookspecs.py``.

Why hooks: analyzers (lenses) and renderers are what third parties add; the built-in ones are shipped
as default plugins through the very same hooks (see ``presslens.plugins.DEFAULT_PLUGINS``), so the
extension API is exercised by the product itself. Every hook here must be documented in
``docs/plugins.md`` and covered by a test (``tests/test_hooks.py`` enforces both).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pluggy

from presslens.reading import Reading

hookspec = pluggy.HookspecMarker("presslens")
hookimpl = pluggy.HookimplMarker("presslens")


@dataclass(frozen=True)
class Renderer:
    """An output format: ``render(reading)`` returns the whole document as a string."""

    name: str
    media_type: str
    extension: str
    render: Callable[[Reading], str]
    description: str = ""


@dataclass(frozen=True)
class Analyzer:
    """A lens: a registered spaCy factory added to the pipeline after the base model, in ``order``."""

    factory: str
    order: int
    config: dict[str, object] | None = None


@hookspec
def presslens_renderers() -> list[Renderer]:  # type: ignore[empty-body]
    """Return output formats this plugin provides (name must be unique)."""


@hookspec
def presslens_analyzers() -> list[Analyzer]:  # type: ignore[empty-body]
    """Return spaCy components (by factory name) to run on every article."""

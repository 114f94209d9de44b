"""JSON output: the standoff ``Reading`` document (schema in ``docs/schema.md``)."""

from __future__ import annotations

from presslens.hookspecs import Renderer, hookimpl
from presslens.reading import Reading


def render_json(reading: Reading) -> str:
    """The reading as indented JSON; ``Reading.from_json`` reads it back."""
    return reading.to_json() + "\n"


@hookimpl
def presslens_renderers() -> list[Renderer]:
    return [Renderer("json", "application/json", "json", render_json, "standoff JSON (schema 1.x)")]

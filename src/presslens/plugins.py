"""The plugin manager: built-in lenses and renderers, plus any installed ``presslens`` entry points."""

from __future__ import annotations

from functools import lru_cache

import pluggy

from presslens import hookspecs
from presslens.errors import E, PresslensError
from presslens.hookspecs import Analyzer, Renderer

DEFAULT_PLUGINS = (
    "presslens.analyze.sourcing",
    "presslens.analyze.claims",
    "presslens.analyze.persuasion",
    "presslens.analyze.genre",
    "presslens.render.semeval",
    "presslens.render.jsonout",
    "presslens.render.terminal",
    "presslens.render.html",
)


@lru_cache(maxsize=1)
def plugin_manager() -> pluggy.PluginManager:
    """Load the default plugins and setuptools entry points once per process."""
    import importlib

    pm = pluggy.PluginManager("presslens")
    pm.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    pm.load_setuptools_entrypoints("presslens")
    return pm


def renderers() -> dict[str, Renderer]:
    """All output formats by name."""
    found: dict[str, Renderer] = {}
    for batch in plugin_manager().hook.presslens_renderers():
        for renderer in batch:
            found[renderer.name] = renderer
    return found


def renderer(name: str) -> Renderer:
    """One output format, or a numbered error listing the known ones."""
    available = renderers()
    if name not in available:
        raise PresslensError(
            E.BAD_OPTION, f"unknown format {name!r}; choose from {', '.join(sorted(available))}"
        )
    return available[name]


def analyzers() -> list[Analyzer]:
    """All lenses, in pipeline order."""
    found = [a for batch in plugin_manager().hook.presslens_analyzers() for a in batch]
    return sorted(found, key=lambda a: a.order)

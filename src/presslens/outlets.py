"""Outlet identity: domain -> outlet name, and running-text aliases ("the *Times*", "NYT") -> outlet.

Why here and not in ingest or analyze: both need it. Ingest names the outlet a page came from; the
sourcing lens recognises outlets as speakers. The built-in table (``data/outlets.json``, built by
``scripts/build_outlets.py``) can be extended by users through ``Options.outlet_aliases``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: Emphasis and quote marks; an apostrophe inside a word stays ("O’Brien", "council’s").
_MARKUP = re.compile(r"[*“”\"`]|(?<!\w)[_‘’]|[_‘’](?!\w)")  # not the "_" inside "@vantage_max"
_DET = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(['’]s|['’])$")


def normalise_name(text: str) -> str:
    """Fold a mention for lookup: drop emphasis and quote marks, a leading article, possessive 's."""
    text = _MARKUP.sub("", text).strip()
    text = _POSSESSIVE.sub("", text).strip()
    text = _DET.sub("", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class OutletTable:
    """Lookup tables built once from the bundled JSON plus user aliases."""

    names: frozenset[str]
    aliases: Mapping[str, str]  # folded alias -> canonical (case-insensitive aliases)
    exact_aliases: Mapping[str, str]  # alias -> canonical, case-sensitive (acronyms like AP, FT)
    domains: Mapping[str, str]

    def by_domain(self, host: str | None) -> str | None:
        """The outlet whose domain is ``host`` or a parent of it (``www.nytimes.com`` → NYT)."""
        if not host:
            return None
        parts = host.lower().rstrip(".").split(".")
        if parts and parts[0] == "www":
            parts = parts[1:]
        for i in range(len(parts) - 1):
            found = self.domains.get(".".join(parts[i:]))
            if found:
                return found
        return None

    def lookup(self, mention: str, mentioned: Iterable[str] = ()) -> str | None:
        """Canonical outlet for a text mention, or None.

        ``mentioned`` lists outlets already named in the article, most recent first; a short alias that
        fits one of them wins over the table's default ("the Post" after "the New York Post" → NY Post).
        """
        folded = normalise_name(mention)
        if not folded:
            return None
        short = folded.lower()
        default = self.exact_aliases.get(folded) or self.aliases.get(short)
        mentioned = list(mentioned)
        if default and default in mentioned:
            return default  # "the Times" after both the FT and the NYT were named: the usual owner wins
        for name in mentioned:
            words = normalise_name(name).lower().split()
            if short == " ".join(words) or (len(short.split()) == 1 and words and words[-1] == short):
                return name
        return default


def _fold(alias: str) -> str:
    return normalise_name(alias).lower()


@lru_cache(maxsize=8)
def _bundled() -> dict[str, dict[str, list[str]]]:
    raw = resources.files("presslens").joinpath("data/outlets.json").read_text(encoding="utf-8")
    return json.loads(raw)["outlets"]


def load_outlets(extra_aliases: Mapping[str, str] | None = None) -> OutletTable:
    """Build the table; ``extra_aliases`` maps user aliases to canonical names (and adds those names)."""
    aliases: dict[str, str] = {}
    exact: dict[str, str] = {}
    domains: dict[str, str] = {}
    names: set[str] = set()
    entries = [(name, entry["aliases"], entry["domains"]) for name, entry in _bundled().items()]
    entries += [(canon, [alias], []) for alias, canon in (extra_aliases or {}).items()]
    for name, alias_list, domain_list in entries:
        names.add(name)
        aliases.setdefault(_fold(name), name)
        for alias in alias_list:
            bare = normalise_name(alias)
            if bare.isupper() and len(bare) <= 4:
                exact[bare] = name  # acronyms only match in capitals: "AP", not "ap"
            else:
                aliases[_fold(alias)] = name
        for domain in domain_list:
            domains[domain.lower()] = name
    return OutletTable(frozenset(names), aliases, exact, domains)

"""One options object for the whole pipeline (after trafilatura's ``settings.py``).

Why one object: the CLI, the Python API and (later) the web app all expose the same knobs; passing one
frozen dataclass around keeps their defaults in a single place.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Options:
    """Limits and switches for ingest and analysis. Use ``Options().with_(...)`` to change a field."""

    #: Largest input accepted, in bytes, for files, stdin and downloads (a 20 MB page is refused).
    max_bytes: int = 5_000_000
    #: Largest article text analysed, in characters (after extraction).
    max_chars: int = 500_000
    #: Seconds before a URL fetch gives up (connect and each read).
    fetch_timeout: float = 15.0
    #: Seconds a whole fetch (all redirects, whole body) may take.
    fetch_deadline: float = 60.0
    #: Redirects followed by a fetch; each hop's address is checked again.
    max_redirects: int = 5
    #: Allow fetching URLs that resolve to private, loopback or link-local addresses.
    allow_private: bool = False
    #: Refuse text that does not look like English (the models are English-only).
    require_english: bool = True
    #: Quotes and technique spans below this confidence are dropped from the reading.
    min_confidence: float = 0.0
    #: Calibrated P(check-worthy) at or above which a sentence is a claim; None: the model card's threshold
    #: (cross-validated over CT24 train+dev).
    claim_threshold: float | None = None
    #: P(inside a technique) at or above which word pieces form a technique span; None: selected on PTC dev.
    technique_threshold: float | None = None
    #: Extra outlet aliases, e.g. ``{"the Beacon": "The Springfield Beacon"}``; extends the built-in table.
    outlet_aliases: dict[str, str] = field(default_factory=dict)
    #: User-Agent sent when fetching.
    user_agent: str = "presslens/0.2 (+https://example.invalid/presslens)"

    def thresholds(self) -> dict[str, float]:
        """Component config overrides for the model thresholds the user set (empty: model card defaults)."""
        chosen = {"presslens_claims": self.claim_threshold, "presslens_persuasion": self.technique_threshold}
        return {k: v for k, v in chosen.items() if v is not None}

    def with_(self, **changes: object) -> Options:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]

"""Shared fixtures: one pipeline per test session, the shared/ folder when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

import presslens

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_558ae5a8f1dd1b3d.txt"


@pytest.fixture(scope="session")
def read_text():
    """Read a text with the full pipeline (English check on, as users get it)."""

    def _read(text: str, **options: object) -> presslens.Reading:
        return presslens.read(text, options=presslens.Options().with_(**options))

    return _read


@pytest.fixture(scope="session")
def seed_reading() -> presslens.Reading:
    if not SEED.exists():
        pytest.skip("../shared/seeds is absent: the seed article fixture needs the shared folder")
    return presslens.read(SEED.read_text(encoding="utf-8"))


def find_quote(reading: presslens.Reading, fragment: str) -> presslens.Quote:
    """The attribution whose content contains ``fragment`` (fails with the list when absent)."""
    for quote in reading.quotes:
        if any(fragment in part.text for part in quote.content):
            return quote
    listing = "\n".join(
        f"{q.kind} {q.speaker}: {' | '.join(p.text for p in q.content)}" for q in reading.quotes
    )
    raise AssertionError(f"no attribution contains {fragment!r}; found:\n{listing}")

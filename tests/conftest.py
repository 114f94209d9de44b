"""Shared fixtures: one pipeline per test session, the shared/ folder when it is there."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import presslens
from presslens.analyze import encoder as enc
from presslens.analyze.techniques import LABELS

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


def synthetic_output(text: str, p_in: list[float], p_b: list[float], label: int) -> enc.EncoderOutput:
    """A synthetic encoder output: one window, one piece per whitespace word."""
    offsets, pos = [], 0
    for word in text.split():
        start = text.index(word, pos)
        offsets.append((start, start + len(word)))
        pos = start + len(word)
    si = np.array([[1 - p, p * b, p * (1 - b)] for p, b in zip(p_in, p_b, strict=True)])
    tc = np.full((len(offsets), len(LABELS)), 0.01)
    tc[:, label] = 0.9
    return enc.EncoderOutput(
        [enc.Window(0, list(range(len(offsets))), offsets)], [si], [tc], units=[(0, len(text))]
    )

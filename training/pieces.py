"""Encoder outputs of whole articles to and from flat arrays, so a slow out-of-fold run is kept for later stages.

Why: an out-of-fold run (``training/ptc_oof.py`` on CPU, an hour; ``training/gpu.py pieces`` on a lent GPU,
minutes) fine-tunes several encoders to read PTC train articles they never saw; ``training/span_filter.py``
decodes candidate spans from those outputs. Writing needs numpy only (the GPU machine has no spaCy, so
``presslens`` is imported only to rebuild outputs), and the second stage and its tests run without the
training extra's heavy parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from presslens.analyze.encoder import EncoderOutput

#: where ``training/ptc_oof.py`` keeps the held-out articles' outputs (derived from a research-use corpus:
#: not committed)
PIECES = Path(__file__).resolve().parent / "results" / "ptc_oof_pieces.npz"


class PieceRows:
    """Flat per-piece rows gathered window by window: the article, the window's index in it, the piece's
    character offsets, and its O/B/I and technique probabilities."""

    def __init__(self) -> None:
        self.article: list[str] = []
        self.window: list[int] = []
        self.offsets: list[tuple[int, int]] = []
        self.si: list[np.ndarray] = []
        self.tc: list[np.ndarray] = []

    def add(
        self, article: str, window: int, offsets: Sequence[tuple[int, int]], si: np.ndarray, tc: np.ndarray
    ) -> None:
        self.article.extend([article] * len(offsets))
        self.window.extend([window] * len(offsets))
        self.offsets.extend(offsets)
        self.si.append(si)
        self.tc.append(tc)

    def save(self, path: Path, dtype: type = np.float32) -> None:
        """Write the rows (``dtype`` float16 halves a file that must travel; ``load_pieces`` reads either)."""
        np.savez_compressed(
            path,
            article=np.array(self.article),
            window=np.array(self.window, dtype=np.int32),
            offsets=np.array(self.offsets, dtype=np.int32).reshape(-1, 2),
            si=np.concatenate(self.si).astype(dtype),
            tc=np.concatenate(self.tc).astype(dtype),
        )


def save_pieces(path: Path, outputs: dict[str, EncoderOutput]) -> None:
    """Every piece of every article's output as flat arrays (``load_pieces`` rebuilds the outputs)."""
    rows = PieceRows()
    for art_id, out in outputs.items():
        for n, (w, si, tc) in enumerate(zip(out.windows, out.si, out.tc, strict=True)):
            rows.add(art_id, n, w.offsets, si, tc)
    rows.save(path)


def load_pieces(path: Path) -> dict[str, EncoderOutput]:
    """The per-article encoder outputs ``save_pieces`` wrote (piece ids are not kept: decoding needs none)."""
    from presslens.analyze import encoder as enc

    z = np.load(path)
    art, win, off = z["article"], z["window"], z["offsets"]
    si, tc = z["si"].astype(np.float32), z["tc"].astype(np.float32)
    cuts = np.flatnonzero((art[1:] != art[:-1]) | (win[1:] != win[:-1])) + 1
    outputs: dict[str, EncoderOutput] = {}
    for k, j in zip(np.r_[0, cuts], np.r_[cuts, len(art)], strict=True):
        out = outputs.setdefault(str(art[k]), enc.EncoderOutput())
        out.windows.append(enc.Window(int(win[k]), [], [(int(a), int(b)) for a, b in off[k:j]]))
        out.si.append(si[k:j])
        out.tc.append(tc[k:j])
    return outputs

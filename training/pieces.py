"""Encoder outputs of whole articles to and from flat arrays, so a slow out-of-fold run is kept for later stages.

Why: ``training/ptc_oof.py`` spends an hour fine-tuning four encoders to read PTC train articles they never
saw; ``training/span_filter.py`` decodes candidate spans from those outputs. numpy only (no torch), so the
second stage and its tests run without the training extra's heavy parts.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from presslens.analyze import encoder as enc

#: where ``training/ptc_oof.py`` keeps the held-out articles' outputs (derived from a research-use corpus:
#: not committed)
PIECES = Path(__file__).resolve().parent / "results" / "ptc_oof_pieces.npz"


def save_pieces(path: Path, outputs: dict[str, enc.EncoderOutput]) -> None:
    """Every piece of every article's output as flat arrays (``load_pieces`` rebuilds the outputs)."""
    rows: dict[str, list] = {k: [] for k in ("article", "window", "offsets", "si", "tc")}
    for art_id, out in outputs.items():
        for n, (w, si, tc) in enumerate(zip(out.windows, out.si, out.tc, strict=True)):
            rows["article"].extend([art_id] * len(w.offsets))
            rows["window"].extend([n] * len(w.offsets))
            rows["offsets"].extend(w.offsets)
            rows["si"].append(si)
            rows["tc"].append(tc)
    np.savez_compressed(
        path,
        article=np.array(rows["article"]),
        window=np.array(rows["window"], dtype=np.int32),
        offsets=np.array(rows["offsets"], dtype=np.int32),
        si=np.concatenate(rows["si"]).astype(np.float32),
        tc=np.concatenate(rows["tc"]).astype(np.float32),
    )


def load_pieces(path: Path) -> dict[str, enc.EncoderOutput]:
    """The per-article encoder outputs ``save_pieces`` wrote (piece ids are not kept: decoding needs none)."""
    z = np.load(path)
    art, win, off, si, tc = z["article"], z["window"], z["offsets"], z["si"], z["tc"]
    cuts = np.flatnonzero((art[1:] != art[:-1]) | (win[1:] != win[:-1])) + 1
    outputs: dict[str, enc.EncoderOutput] = {}
    for k, j in zip(np.r_[0, cuts], np.r_[cuts, len(art)], strict=True):
        out = outputs.setdefault(str(art[k]), enc.EncoderOutput())
        out.windows.append(enc.Window(int(win[k]), [], [(int(a), int(b)) for a, b in off[k:j]]))
        out.si.append(si[k:j])
        out.tc.append(tc[k:j])
    return outputs

"""Attributions read off the shared encoder's attribution tags (cue, source, content per word piece).

Why a learnt reader next to the rules: PolNeAR annotates a long tail of attribution (endorse, back,
accuse, "came under criticism", nominal cues, beliefs and findings) that no verb lexicon reaches; the
encoder's third token head, trained on PolNeAR train (``training/encoder.py``), tags those roles piece by
piece. This module turns the tags of one sentence unit into attributions — contiguous runs of a role,
each content run joined to the nearest cue (in its sentence, else the one before or after), the nearest
source run joined to that cue — so the sourcing lens can add what its rules missed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from presslens.analyze.encoder import ATT_TAGS, EncoderOutput

ROLES = ("O", "CUE", "SOURCE", "CONTENT")
#: Untagged word pieces bridged inside one content run (the head drops single words in long contents).
CONTENT_GAP = 4
#: The opening mark of the next quotation, tagged onto the end of a content ("… involvement. ''If he …").
_NEXT_OPENER = re.compile(r"(?<=[.!?,;:])\s+(?:``|''|[“\"‘'])$")


@dataclass(frozen=True)
class TaggedAttribution:
    """One decoded attribution, in article character offsets, with its mean tag probability."""

    content: tuple[tuple[int, int], ...]
    cue: tuple[int, int]
    source: tuple[int, int] | None
    confidence: float


class SpannedAttribution(Protocol):
    """What :func:`encode_tags` reads of a gold attribution (``benchmarks.polnear.Attribution`` fits)."""

    content: Sequence[tuple[int, int]]
    cue: Sequence[tuple[int, int]]
    source: Sequence[tuple[int, int]]


def encode_tags(pieces: Sequence[tuple[int, int]], attributions: Sequence[SpannedAttribution]) -> list[int]:
    """The training targets: an ``ATT_TAGS`` id per word piece (given by its character offsets).

    Where roles overlap, cue wins over source over content (a nested attribution's cue sits inside the
    outer content); B marks the first piece of each span, so adjacent spans of one role stay apart.
    """
    tags: list[int] = []
    prev: tuple[str, int, int] | None = None
    for a, b in pieces:
        hit = next(
            (
                (role, i, k)
                for role, field_name in (("CUE", "cue"), ("SOURCE", "source"), ("CONTENT", "content"))
                for i, att in enumerate(attributions)
                for k, (s0, s1) in enumerate(getattr(att, field_name))
                if s0 < b and s1 > a
            ),
            None,
        )
        tags.append(0 if hit is None else ATT_TAGS.index(("I-" if prev == hit else "B-") + hit[0]))
        prev = hit
    return tags


@dataclass
class _Run:
    role: str
    start: int
    end: int
    probs: list[float]
    last: int = 0  # index of the run's last word piece

    def distance(self, other: _Run) -> int:
        return max(0, other.start - self.end, self.start - other.end)


def _role_probs(att: np.ndarray) -> np.ndarray:
    """Collapse the 7 B/I tags into 4 role probabilities (O, CUE, SOURCE, CONTENT)."""
    return np.stack([att[:, 0], att[:, 1] + att[:, 2], att[:, 3] + att[:, 4], att[:, 5] + att[:, 6]], axis=1)


def _unit_runs(text: str, pieces: list[tuple[int, int]], att: np.ndarray) -> list[_Run]:
    """Runs of equal arg-max role; a piece the head marks as a beginning (after a space) starts a new run.

    Word pieces inside one word take the role of the word's first piece, so a run never splits a word.
    """
    roles = _role_probs(att)
    runs: list[_Run] = []
    prev_role, prev_end = "O", -1
    for k, (a, b) in enumerate(pieces):
        same_word = k > 0 and a == prev_end and text[a - 1 : a].isalnum() and text[a : a + 1].isalnum()
        if same_word:
            if runs and prev_role != "O":
                runs[-1].end = b
            prev_end = b
            continue
        best = int(roles[k].argmax())
        role = ROLES[best]
        if role == "O":
            prev_role, prev_end = role, b
            continue
        begin_tag = ATT_TAGS.index(f"B-{role}")
        begins = att[k, begin_tag] > att[k, begin_tag + 1]
        continues = bool(runs) and prev_role == role and not begins
        # bridge a few untagged pieces inside one content ("NBC's [Lester] Holt")
        bridges = (
            role == "CONTENT"
            and bool(runs)
            and runs[-1].role == "CONTENT"
            and k - runs[-1].last - 1 <= CONTENT_GAP
        )
        if continues or bridges:
            runs[-1].end = b
            runs[-1].probs.append(float(roles[k, best]))
            runs[-1].last = k
        else:
            runs.append(_Run(role, a, b, [float(roles[k, best])], k))
        prev_role, prev_end = role, b
    return runs


def _without_next_opener(text: str, start: int, end: int) -> tuple[int, int]:
    """A content run without the next quotation's opening mark the head tagged onto its end: the report
    ends at its full stop, and the quotation after it is the speaker's next act, not this one's words."""
    found = _NEXT_OPENER.search(text, start, end)
    return (start, found.start()) if found else (start, end)


def _paragraph_between(text: str, x: _Run, y: _Run) -> bool:
    return "\n" in text[min(x.end, y.end) : max(x.start, y.start)]


def decode_attributions(text: str, out: EncoderOutput) -> list[TaggedAttribution]:
    """Attributions from the attribution head of one encoder pass (none when the model has no such head)."""
    by_unit: dict[int, tuple[list[tuple[int, int]], list[np.ndarray]]] = defaultdict(lambda: ([], []))
    for w, att in zip(out.windows, out.att, strict=False):
        if att.shape[1] != len(ATT_TAGS):
            return []
        pieces, probs = by_unit[w.unit]
        pieces.extend(w.offsets)
        probs.append(att)
    runs = {u: _unit_runs(text, p, np.concatenate(a)) for u, (p, a) in sorted(by_unit.items())}
    cues = {u: [r for r in rs if r.role == "CUE"] for u, rs in runs.items()}
    contents: dict[int, list[_Run]] = defaultdict(list)  # id(cue run) -> content runs
    for unit, rs in runs.items():
        for run in (r for r in rs if r.role == "CONTENT"):
            # a content without a cue in its own sentence runs on from the previous sentence's cue (reported
            # speech goes on after its cue, not before it), never across a paragraph
            near = cues[unit] or [c for c in cues.get(unit - 1, []) if not _paragraph_between(text, c, run)]
            if near:
                contents[id(min(near, key=run.distance))].append(run)
    found: list[TaggedAttribution] = []
    for unit, cs in cues.items():
        sources = [r for r in runs[unit] if r.role == "SOURCE"]
        for cue in cs:
            parts = contents.get(id(cue))
            if not parts:
                continue
            # a source run belongs to the cue it is nearest to
            mine = [s for s in sources if min(cs, key=s.distance) is cue]
            source = min(mine, key=cue.distance) if mine else None
            probs = [p for r in parts for p in r.probs] + cue.probs
            found.append(
                TaggedAttribution(
                    content=tuple(sorted(_without_next_opener(text, r.start, r.end) for r in parts)),
                    cue=(cue.start, cue.end),
                    source=(source.start, source.end) if source else None,
                    confidence=float(np.mean(probs)),
                )
            )
    return sorted(found, key=lambda t: t.content[0])

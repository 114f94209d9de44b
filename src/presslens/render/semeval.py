"""SemEval export: the reading's technique spans in the SemEval-2020 Task 11 technique-classification format.

One line per technique span, ``article_id<TAB>technique<TAB>start<TAB>end``, sorted by start, end and
technique. Offsets are the reading's own: Unicode code points of ``Reading.text``, end exclusive, which is
what the task's scorer counts on the article file. Technique labels are the task's strings and contain
commas (``Name_Calling,Labeling``), so the columns are separated by tabs only and ``parse_semeval``
splits on tabs only.

Why a renderer: a benchmark (or the task's own scorer) can consume presslens output with no glue, and a
gold ``.labels`` file reads back with ``parse_semeval`` for comparison.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from presslens.hookspecs import Renderer, hookimpl
from presslens.reading import Reading

_DIGITS = re.compile(r"\d+")
_WHITESPACE = re.compile(r"\s+")


def _field(value: object) -> str:
    """A column value with any tab, newline or other whitespace run turned into ``_`` (keeps lines parseable)."""
    return _WHITESPACE.sub("_", str(value).strip())


def article_id(reading: Reading) -> str:
    """The task's article id for a reading.

    In order: ``meta["extra"]["article_id"]`` when set; the digits of the file name in
    ``meta["extra"]["path"]`` (``article111111112.txt`` → ``111111112``); that file's stem when it has
    no digits; the first 12 hex digits of the text's sha256.
    """
    extra = reading.meta.get("extra") or {}
    if not isinstance(extra, dict):
        extra = {}
    given = extra.get("article_id")
    if given not in (None, "") and _field(given):
        return _field(given)
    path = extra.get("path")
    if path:
        stem = PurePath(str(path).replace("\\", "/")).stem
        digits = "".join(_DIGITS.findall(stem))
        if digits:
            return digits
        if _field(stem):
            return _field(stem)
    return reading.sha256[:12]


def semeval_rows(reading: Reading) -> list[tuple[str, str, int, int]]:
    """``(article_id, technique, start, end)`` per technique span, sorted by start, end and technique.

    A span outside the text or empty (possible only in a hand-built reading) is left out.
    """
    ident = article_id(reading)
    length = len(reading.text)
    rows = {
        (ident, _field(flag.label), flag.span.start, flag.span.end)
        for flag in reading.techniques
        if 0 <= flag.span.start < flag.span.end <= length
    }
    return sorted(rows, key=lambda row: (row[2], row[3], row[1]))


def render_semeval(reading: Reading) -> str:
    """The technique spans as SemEval-2020 Task 11 TC lines (an empty string when there are none)."""
    return "".join(f"{a}\t{label}\t{start}\t{end}\n" for a, label, start, end in semeval_rows(reading))


def parse_semeval(text: str) -> list[tuple[str, str, int, int]]:
    """Read SemEval-2020 Task 11 TC lines back into ``(article_id, technique, start, end)`` tuples.

    Columns are split on tabs only (labels contain commas). Blank lines are skipped; any other line that
    does not have four columns, integer offsets with ``0 <= start <= end`` and non-empty id and label raises
    ``ValueError`` naming the line.
    """
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise ValueError(
                f"line {number}: expected 4 tab-separated columns (article_id, technique, start, end), "
                f"got {len(fields)}: {line!r}"
            )
        ident, label, start_text, end_text = (f.strip() for f in fields)
        if not ident or not label:
            raise ValueError(f"line {number}: empty article id or technique: {line!r}")
        try:
            start, end = int(start_text), int(end_text)
        except ValueError:
            raise ValueError(f"line {number}: start and end must be integers: {line!r}") from None
        if not 0 <= start <= end:
            raise ValueError(f"line {number}: offsets must satisfy 0 <= start <= end, got {start}, {end}")
        rows.append((ident, label, start, end))
    return rows


@hookimpl
def presslens_renderers() -> list[Renderer]:
    return [
        Renderer(
            "semeval",
            "text/tab-separated-values",
            "labels",
            render_semeval,
            "technique spans, SemEval-2020 Task 11 format",
        )
    ]

"""Sentence lists for check-worthiness triage: one sentence per line, or a CheckThat!-style TSV.

Why a separate reader: fact-checkers triage transcripts, not articles, so ``presslens checkworthy`` takes
sentences as they come — a plain list (ids are line numbers) or a TSV with ``Sentence_id`` and ``Text``
columns, where fields may be quoted CSV-style (a doubled quote mark inside a quoted field) — after the same byte checks as any
other input (size, binary, encoding).
"""

from __future__ import annotations

import csv
import io

from presslens.errors import E, PresslensError
from presslens.ingest.text import check_text
from presslens.settings import Options


def parse_sentences(content: str, options: Options) -> list[tuple[str, str]]:
    """``(id, sentence)`` pairs from decoded ``content``; blank lines are skipped."""
    if not content.strip():
        raise PresslensError(E.EMPTY_INPUT, detail="no sentences")
    first = content.lstrip("\ufeff").split("\n", 1)[0]
    header = [h.strip() for h in first.split("\t")]
    if "Sentence_id" in header and "Text" in header:
        rows = list(csv.reader(io.StringIO(content), delimiter="\t"))
        id_col, text_col = header.index("Sentence_id"), header.index("Text")
        pairs = []
        for n, row in enumerate(rows[1:], start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) <= max(id_col, text_col):
                raise PresslensError(
                    E.BAD_OPTION, detail=f"TSV line {n} has {len(row)} fields, expected Sentence_id and Text"
                )
            pairs.append((row[id_col].strip(), row[text_col]))
    else:
        pairs = [(str(n), line) for n, line in enumerate(content.split("\n"), start=1) if line.strip()]
    if not pairs:
        raise PresslensError(E.EMPTY_INPUT, detail="no sentences")
    check_text("\n".join(text for _, text in pairs), options)
    return pairs

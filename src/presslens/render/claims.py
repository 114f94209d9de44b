"""The claims list as a table, CSV or JSON: what ``presslens claims`` prints.

Why its own renderer: fact-checkers sort and filter claims in a spreadsheet; one row per claim with its
offsets, score, support label, certainty and backing is the hand-over format. Rows keep document order.
"""

from __future__ import annotations

import csv
import io
import json

from rich.console import Console
from rich.table import Table

from presslens.reading import Claim, Reading

COLUMNS = (
    "id",
    "start",
    "end",
    "checkworthy",
    "support",
    "certainty",
    "evidence",
    "boosters",
    "hedges",
    "text",
)


def _row(claim: Claim) -> dict[str, object]:
    return {
        "id": claim.id,
        "start": claim.span.start,
        "end": claim.span.end,
        "checkworthy": round(claim.checkworthy, 3),
        "support": claim.support,
        "certainty": claim.certainty,
        "evidence": "; ".join(
            f"{e.kind}{' (anonymous)' if e.anonymous else ''}: {e.span.text}"
            + (f" [{e.detail}]" if e.detail else "")
            for e in claim.evidence
        ),
        "boosters": "; ".join(b.text for b in claim.boosters),
        "hedges": "; ".join(h.text for h in claim.hedges),
        "text": " ".join(claim.span.text.split()),
    }


def claims_csv(reading: Reading) -> str:
    """One CSV row per claim, with a header."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for claim in reading.claims:
        writer.writerow(_row(claim))
    return buffer.getvalue()


def claims_json(reading: Reading) -> str:
    """The claims layer alone (same objects as in the reading JSON)."""
    return json.dumps([c.to_dict() for c in reading.claims], ensure_ascii=False, indent=2) + "\n"


def claims_table(reading: Reading, console: Console) -> None:
    """A Rich table of the claims; article text is printed as text, never as markup."""
    table = Table(title=f"{len(reading.claims)} check-worthy claims", show_lines=True)
    for name in ("id", "checkworthy", "support", "certainty"):
        table.add_column(name, no_wrap=True)  # labels stay whole so they can be read and grepped
    for name in ("evidence", "text"):
        table.add_column(name, overflow="fold", ratio=1)
    for claim in reading.claims:
        row = _row(claim)
        table.add_row(
            *(str(row[name]) for name in ("id", "checkworthy", "support", "certainty", "evidence", "text"))
        )
    console.print(table, markup=False, emoji=False)
    console.print(
        "Labels describe the text's backing inside the article; they are not verdicts on truth.", markup=False
    )

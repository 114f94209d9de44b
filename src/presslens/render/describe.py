"""A reading in words: speakers and their attribution chains, support, certainty, evidence and technique
names, and the hedge and booster cues a report lists.

Why a module of its own: the terminal and HTML reports must show the same names, chains, labels and colours
for the same reading, so both take them from here. The wording is descriptive ("attributed to", "anonymous
source", "no speaker named", "no source or evidence given in the article"): presslens shows who is
presented as saying what and how, never whether it is accurate, and a technique label describes a passage,
not its author. Everything here is plain text; each renderer escapes or styles it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from presslens.analyze.techniques import BY_LABEL, TECHNIQUES
from presslens.reading import Claim, Evidence, Flag, Quote, Reading, Relay
from presslens.render.palette import HATCH_GREY, palette_slots, readable_background

NO_SPEAKER = "no speaker named"


def percent(share: float) -> str:
    """A share as a whole percentage ("38%")."""
    return f"{share * 100:.0f}%"


def counted(n: int, noun: str) -> str:
    """'1 span', '3 spans'."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def sourcing_summary_rows(summary: dict[str, Any]) -> list[tuple[str, str]]:
    """The sourcing lens's summary as (name, plain-text value) rows: how much of the article is attributed
    speech, how much the author's own voice, attributions by kind, anonymous share and flags."""
    kinds = " · ".join(f"{n} {kind}" for kind, n in summary["quotes_by_kind"].items())
    return [
        ("Sentences", str(summary["sentences"])),
        (
            "Attributed",
            f"{percent(summary['attributed_share'])} "
            f"({summary['attributed_sentences']} of {summary['sentences']} sentences)",
        ),
        ("Authorial voice", percent(summary["authorial_share"])),
        ("Attributions", f"{summary['quotes']} ({kinds})"),
        (
            "From anonymous sources",
            f"{summary['anonymous_quotes']} of {summary['quotes']} ({percent(summary['anonymous_share'])})",
        ),
        (
            "Flags",
            f"{counted(summary['anonymous_sources'], 'anonymous-source flag')} · "
            f"{counted(summary['scare_quotes'], 'scare quote')}",
        ),
    ]


KIND_LABELS = {"direct": "Direct quote", "indirect": "Indirect (reported) speech", "mixed": "Mixed quote"}
#: What each support label means, in words that describe the article, not the claim's accuracy.
SUPPORT_NAMES = {
    "attributed-named": "attributed to a named source",
    "attributed-anonymous": "attributed to an anonymous source",
    "evidence-cited": "cites a document, data or a link",
    "unsupported": "no source or evidence given in the article",
}
CERTAINTY_NAMES = {
    "hedged": "hedged",
    "boosted": "boosted",
    "mixed": "mixed (hedged and boosted)",
    "neutral": "neutral",
}
EVIDENCE_NAMES = {"attribution": "attribution", "document": "document", "data": "data", "link": "link"}
GENRE_NAMES = {"opinion": "Opinion or analysis", "news": "News reporting"}
LABELS_NOTE = "Labels describe the text; they are not verdicts on its truth or its author."


# --- speakers ----------------------------------------------------------------------------------------


@dataclass
class SpeakerRow:
    """One speaker as listed in a report: a canonical name (or none) with its quotes and relays."""

    name: str | None
    ref: str
    slot: int | None
    quotes: int = 0
    anonymous: bool = False
    types: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return speaker_label(self.name, self.anonymous)


def speaker_label(name: str | None, anonymous: bool) -> str:
    """A speaker as a reader should see it: the canonical name, marked when the source is anonymous."""
    return f"{name or NO_SPEAKER}{' (anonymous)' if anonymous else ''}"


def relay_label(relay: Relay) -> str:
    """One relaying speaker of an attribution chain."""
    return speaker_label(relay.speaker, relay.speaker_type == "anonymous")


def via_label(quote: Quote) -> str:
    """The relays, outermost (the one the article cites) first: "The Washington Post citing Reuters"."""
    return " citing ".join(relay_label(r) for r in quote.via)


def attribution_chain(quote: Quote) -> str:
    """Who the words are attributed to and through whom, e.g. "X (anonymous), via The Washington Post"."""
    head = speaker_label(quote.speaker, quote.anonymous)
    return f"{head}, via {via_label(quote)}" if quote.via else head


def speaker_rows(reading: Reading) -> list[SpeakerRow]:
    """The article's speakers, most quoted first (ties in order of first appearance)."""
    rows: dict[str | None, SpeakerRow] = {}
    slots = palette_slots(q.speaker for q in reading.quotes if q.speaker)
    for quote in reading.quotes:
        row = rows.setdefault(
            quote.speaker,
            SpeakerRow(quote.speaker, f"s{len(rows)}", slots.get(quote.speaker) if quote.speaker else None),
        )
        row.quotes += 1
        row.anonymous = row.anonymous or quote.anonymous
        if quote.speaker_type not in row.types:
            row.types.append(quote.speaker_type)
        if quote.via and via_label(quote) not in row.via:
            row.via.append(via_label(quote))
    return sorted(rows.values(), key=lambda r: (-r.quotes, int(r.ref[1:])))


# --- claims and certainty ----------------------------------------------------------------------------


def support_name(support: str) -> str:
    return SUPPORT_NAMES.get(support, support)


def certainty_name(certainty: str) -> str:
    return CERTAINTY_NAMES.get(certainty, certainty)


def evidence_line(evidence: Evidence) -> str:
    """One piece of evidence in words: kind, the text and offsets, and what it points to."""
    kind = EVIDENCE_NAMES.get(evidence.kind, evidence.kind)
    line = f"{kind} “{evidence.span.text}” [{evidence.span.start}–{evidence.span.end}]"
    if evidence.detail:
        target = {"attribution": "attribution", "link": "link to"}.get(evidence.kind, "")
        line += f" → {target + ' ' if target else ''}{evidence.detail}"
    return line + (" (anonymous source)" if evidence.anonymous else "")


def claim_title(number: int, claim: Claim) -> str:
    """Everything about a claim as plain lines: support, certainty, check-worthiness, cues and evidence."""
    head = f"Claim {number}{f' ({claim.id})' if claim.id else ''}: {support_name(claim.support)}"
    lines = [
        f"{head} · certainty {certainty_name(claim.certainty)} · check-worthiness {claim.checkworthy:.2f}"
    ]
    for name, cues in (("Hedges", claim.hedges), ("Boosters", claim.boosters)):
        if cues:
            lines.append(f"{name}: " + ", ".join(f"“{c.text}”" for c in cues))
    if claim.rationale:
        lines.append(claim.rationale)
    lines.extend(f"Evidence: {evidence_line(e)}" for e in claim.evidence)
    if not claim.evidence:
        lines.append("No evidence linked in the article.")
    return "\n".join(lines)


def certainty_cues(reading: Reading) -> list[Flag]:
    """Hedge and booster cues: ``certainty_cues`` plus any claim cue not already among them."""
    cues = [f for f in reading.certainty_cues if f.label in ("hedge", "booster")]
    seen = {(f.span.start, f.span.end, f.label) for f in cues}
    for claim in reading.claims:
        for label, spans in (("hedge", claim.hedges), ("booster", claim.boosters)):
            for cue in spans:
                if (cue.start, cue.end, label) not in seen:
                    seen.add((cue.start, cue.end, label))
                    cues.append(Flag(cue, label, "", 1.0))
    return sorted(cues, key=lambda f: (f.span.start, f.span.end, f.label))


# --- persuasion techniques ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TechniqueRow:
    """One technique present in a reading: its task label, CSS key, name, definition, colour and count."""

    label: str
    key: str
    name: str
    definition: str
    colour: str
    count: int


def technique_rows(techniques: list[Flag]) -> list[TechniqueRow]:
    """The techniques present, most frequent first (ties in the task's order).

    Names, definitions and colours come from ``presslens.analyze.techniques``; colours are lightened where
    needed so dark text on them keeps 7:1 contrast. A label outside the task's 14 keeps its own text as its
    name, the flag's reason as its definition, and a grey.
    """
    counts = Counter(f.label for f in techniques)
    order = {t.label: i for i, t in enumerate(TECHNIQUES)}
    others = sorted(label for label in counts if label not in order)
    rows = []
    for label, count in counts.items():
        technique = BY_LABEL.get(label)
        if technique is not None:
            key, name, definition = f"t{order[label]}", technique.name, technique.definition
            colour = readable_background(technique.colour)
        else:
            key, name, colour = f"tx{others.index(label)}", label, HATCH_GREY
            definition = next((f.reason for f in techniques if f.label == label and f.reason), "")
        rows.append(TechniqueRow(label, key, name, definition, colour, count))
    return sorted(rows, key=lambda r: (-r.count, order.get(r.label, len(order)), r.label))

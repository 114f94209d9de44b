"""HTML output: one self-contained, offline report that shows who says what, pinned to the article text.

Why this shape:

* One file, no external assets and a Content-Security-Policy that allows only the report's own inline
  style and script (by hash): a report can be mailed, archived or opened from a sandbox without any
  network request, and nothing in an article can turn into live markup or script.
* Every piece of article text and metadata goes through ``html.escape``; the embedded reading JSON has
  ``<``, ``>``, ``&`` and U+2028/9 escaped so it cannot close its ``<script>`` element.
* Overlapping marks (a cue inside a mixed quote, a scare quote inside a quote, an anonymous-source flag
  over a source, technique spans over quotes and over each other, claim sentences over everything) are
  rendered by cutting the text at every span boundary. Each segment is then wrapped in one ``<span>`` per
  layer, always in the same order (claim, evidence, one per technique, certainty cue, sourcing), opened
  and closed inside the segment, so tags never cross and every character is written exactly once. The
  sourcing layers share the innermost span (their classes merged); each layer uses a different CSS
  property (and technique bands a padding that grows with their track), so all marks stay visible.
* Wording is descriptive ("attributed to", "anonymous source", "no speaker named", "no source or evidence
  given in the article"): presslens shows who is presented as saying what and how, never whether it is
  accurate, and a technique label describes a passage, not its author.

The speaker helpers (``speaker_rows``, ``attribution_chain``, ``PALETTE``) and the claim and technique
helpers (``support_name``, ``certainty_cues``, ``technique_rows``) are shared with the terminal renderer so
both show the same names, chains, labels and colours.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from presslens.analyze.techniques import BY_LABEL, TECHNIQUES
from presslens.hookspecs import Renderer, hookimpl
from presslens.reading import (
    SCHEMA_VERSION,
    SUPPORT_LABELS,
    Claim,
    Evidence,
    Flag,
    Genre,
    Quote,
    Reading,
    Relay,
    Span,
)

#: Speaker colours as (background, edge). Light backgrounds keep dark text above 7:1 contrast (WCAG AAA);
#: the darker edge (an underline in HTML, the name colour in the terminal) tells similar hues apart.
PALETTE: tuple[tuple[str, str], ...] = (
    ("#bfdbfe", "#1d4ed8"),  # blue
    ("#fed7aa", "#c2410c"),  # orange
    ("#a7f3d0", "#047857"),  # emerald
    ("#f5d0fe", "#a21caf"),  # fuchsia
    ("#fde68a", "#b45309"),  # amber
    ("#a5f3fc", "#0e7490"),  # cyan
    ("#fecaca", "#b91c1c"),  # red
    ("#d9f99d", "#4d7c0f"),  # lime
    ("#ddd6fe", "#6d28d9"),  # violet
    ("#99f6e4", "#0f766e"),  # teal
    ("#fbcfe8", "#be185d"),  # pink
    ("#c7d2fe", "#4338ca"),  # indigo
)
#: Grey used for hatching anonymous speakers and for quotes with no speaker named.
HATCH_GREY = "#e5e7eb"
NO_SPEAKER = "no speaker named"
KIND_LABELS = {"direct": "Direct quote", "indirect": "Indirect (reported) speech", "mixed": "Mixed quote"}
LAYERS = (
    ("quotes", "Quoted and reported words"),
    ("cues", "Cues"),
    ("sources", "Sources"),
    ("anonymous", "Anonymous-source flags"),
    ("scare", "Scare quotes"),
)
LEGEND = (
    "<ul>"
    '<li><span class="pl-sample q-sample">words</span> attributed to a speaker (one colour per speaker)</li>'
    '<li><span class="pl-sample q-anon-sample">words</span> attributed to an anonymous source</li>'
    '<li><span class="pl-sample q q-nospk">words</span> attributed, but no speaker named</li>'
    '<li><span class="pl-sample cue">said</span> cue: the words that introduce an attribution</li>'
    '<li><span class="pl-sample src">the minister</span> source as named in the text '
    "(dashed: a source relaying someone else)</li>"
    '<li><span class="pl-sample anon">officials</span> anonymous or vague source</li>'
    '<li><span class="pl-sample scare">experts</span> scare quotes: quotation marks not attributed '
    "to a speaker</li>"
    "</ul>"
    '<p class="pl-note">These marks describe who the article presents as saying what. They are not '
    "judgements of whether anything said is accurate.</p>"
)
#: Claim support labels → CSS class (underline and badge colours are in ``report.css``).
SUPPORT_CLASSES = {
    "attributed-named": "s-named",
    "attributed-anonymous": "s-anon",
    "evidence-cited": "s-cited",
    "unsupported": "s-none",
}
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
#: Toggles for the claims, certainty and persuasion layers (shown only when the reading has them).
NEW_LAYERS = (
    ("claims", "Claims and their support"),
    ("certainty", "Hedges and boosters"),
    ("persuasion", "Persuasion techniques"),
)
LABELS_NOTE = "Labels describe the text; they are not verdicts on its truth or its author."
INK = "#111827"
#: Technique bands: vertical padding per nesting level (a band that wraps others is taller).
TRACK_STEP_EM = 0.12
TRACK_LEVELS = 4
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
_BLANK_LINE = re.compile(r"\n\s*\n")
_JSON_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def esc(value: object) -> str:
    """Escape text for both element content and double-quoted attributes (one rule, used everywhere)."""
    return html.escape(str(value), quote=True)


# --- speakers, shared with the terminal renderer -----------------------------------------------------


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


def palette_slots(names: Iterable[str]) -> dict[str, int]:
    """Give each name a palette slot picked from a hash of the name, moving on to the next free slot.

    Hash first so a speaker tends to keep its colour from one article to the next; probing so the
    speakers of one article get distinct colours while there are fewer of them than palette entries.
    """
    slots: dict[str, int] = {}
    for name in sorted(set(names)):
        slot = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:4], "big") % len(PALETTE)
        if len(slots) < len(PALETTE):
            while slot in slots.values():
                slot = (slot + 1) % len(PALETTE)
        slots[name] = slot
    return slots


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


# --- marks and segments ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """One highlighted span of the article: its layer classes, tooltip line and data attributes.

    ``rank`` orders marks on a shared segment (quote content, cue, source, flags); the first mark's data
    attributes win, and only quote content contributes ``paint`` (the speaker colour classes), so a
    segment inside two quotes takes the innermost one's colour while its title lists both.
    """

    start: int
    end: int
    rank: int
    classes: tuple[str, ...]
    title: str
    attrs: tuple[tuple[str, str], ...] = ()
    paint: tuple[str, ...] = ()
    quote_ref: str = ""
    speaker_ref: str = ""
    #: Which wrapper the mark goes into (see ``LAYER_ORDER``); the sourcing marks share one span.
    layer: str = "source"
    #: Attributes whose values are merged over all marks of a wrapper, as space-separated lists.
    refs: tuple[tuple[str, str], ...] = ()
    #: Nesting level of a technique band (1 = innermost, the thinnest band).
    level: int = 1


def _valid(span: Span | Mark, length: int) -> bool:
    """Whether a span is non-empty and inside the text (hand-built readings are not checked on load)."""
    return 0 <= span.start < span.end <= length


def _quote_attrs(quote: Quote) -> tuple[tuple[str, str], ...]:
    """Data attributes of an attribution's marks; ``data-via`` (the relays) only when there are any."""
    attrs = [
        ("data-kind", quote.kind),
        ("data-speaker", quote.speaker or NO_SPEAKER),
        ("data-speaker-type", quote.speaker_type),
        ("data-anonymous", "true" if quote.anonymous else "false"),
        ("data-attribution", attribution_chain(quote)),
        ("data-confidence", f"{quote.confidence:.2f}"),
        ("data-reason", quote.rationale),
    ]
    if quote.via:
        attrs.append(("data-via", via_label(quote)))
    return tuple(attrs)


def _quote_title(quote: Quote) -> str:
    kind = KIND_LABELS.get(quote.kind, f"{quote.kind.capitalize()} quote")
    title = f"{kind} attributed to {attribution_chain(quote)} · confidence {quote.confidence:.2f}"
    return f"{title} · {quote.rationale}" if quote.rationale else title


def _paint(quote: Quote, row: SpeakerRow) -> tuple[str, ...]:
    if row.slot is None:
        return ("q-nospk",)
    return (f"c{row.slot}", "q-anon") if quote.anonymous else (f"c{row.slot}",)


def quote_marks(reading: Reading, rows: dict[str | None, SpeakerRow]) -> list[Mark]:
    """Content, cue, source and relay marks of every attribution."""
    marks: list[Mark] = []
    for number, quote in enumerate(reading.quotes, 1):
        row = rows[quote.speaker]
        common = {"attrs": _quote_attrs(quote), "quote_ref": f"pl-q{number}", "speaker_ref": row.ref}
        chain = attribution_chain(quote)
        marks.extend(
            Mark(
                s.start,
                s.end,
                0,
                ("q", f"k-{quote.kind}"),
                _quote_title(quote),
                paint=_paint(quote, row),
                **common,
            )
            for s in quote.content
        )
        if quote.cue:
            title = f"Cue “{quote.cue.text}” introducing words attributed to {chain}"
            marks.append(Mark(quote.cue.start, quote.cue.end, 1, ("cue",), title, **common))
        if quote.source:
            title = f"Source named in the text: “{quote.source.text}”"
            if quote.source.text != row.label:
                title += f", identified as {row.label}"
            marks.append(Mark(quote.source.start, quote.source.end, 2, ("src",), title, **common))
        for relay in quote.via:
            marks.extend(_relay_marks(relay, chain, common))
    return [m for m in marks if _valid(m, len(reading.text))]


def _relay_marks(relay: Relay, chain: str, common: dict[str, Any]) -> list[Mark]:
    """A relaying source (dashed outline) and its cue, tied to the attribution they relay."""
    marks = []
    if relay.source:
        title = f"Relaying source: “{relay.source.text}” ({relay_label(relay)}), for {chain}"
        marks.append(Mark(relay.source.start, relay.source.end, 2, ("src", "src-via"), title, **common))
    if relay.cue:
        title = f"Cue “{relay.cue.text}” of the relaying source {relay_label(relay)}"
        marks.append(Mark(relay.cue.start, relay.cue.end, 1, ("cue",), title, **common))
    return marks


def flag_marks(reading: Reading) -> list[Mark]:
    """Anonymous-source and scare-quote marks."""
    marks: list[Mark] = []
    layers = (
        (reading.anonymous_sources, 3, "anon", "Anonymous or vague source"),
        (reading.scare_quotes, 4, "scare", "Scare quotes"),
    )
    for flags, rank, cls, name in layers:
        for flag in flags:
            attrs = (
                ("data-label", flag.label),
                ("data-reason", flag.reason),
                ("data-confidence", f"{flag.confidence:.2f}"),
            )
            title = f"{name} ({flag.label}): {flag.reason}" if flag.reason else f"{name} ({flag.label})"
            marks.append(Mark(flag.span.start, flag.span.end, rank, (cls,), title, attrs))
    return [m for m in marks if _valid(m, len(reading.text))]


# --- claims, certainty cues and techniques, shared with the terminal renderer -----------------------


def support_class(support: str) -> str:
    """The CSS class of a support label (an unknown label gets a neutral grey)."""
    return SUPPORT_CLASSES.get(support, "s-other")


def support_name(support: str) -> str:
    return SUPPORT_NAMES.get(support, support)


def certainty_name(certainty: str) -> str:
    return CERTAINTY_NAMES.get(certainty, certainty)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_background(colour: str, ink: str = INK, ratio: float = 7.0) -> str:
    """``colour`` mixed with just enough white for ``ink`` text on it to reach ``ratio`` (7: WCAG AAA)."""
    if not _HEX.fullmatch(colour):
        return HATCH_GREY
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    for step in range(21):
        mixed = "#" + "".join(f"{round(c + (255 - c) * step / 20):02x}" for c in rgb)
        if contrast(mixed, ink) >= ratio:
            return mixed
    return "#ffffff"


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


def nesting_levels(spans: list[tuple[int, int]], levels: int = TRACK_LEVELS) -> list[int]:
    """A band level per span: overlapping spans get different levels (up to ``levels`` of them), and the
    higher level is drawn outside and taller, so each band stays visible where they overlap.

    Spans are put on tracks, longest first, each on the first track where it overlaps nothing (so a long
    span tends to wrap the shorter ones it overlaps); a span on track ``k`` of ``n`` gets level ``n - k``,
    capped to ``1..levels``.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0] - spans[i][1], spans[i][0], i))
    tracks: list[list[tuple[int, int]]] = []
    track_of = [0] * len(spans)
    for i in order:
        start, end = spans[i]
        for number, track in enumerate(tracks):
            if all(end <= a or start >= b for a, b in track):
                track.append((start, end))
                track_of[i] = number
                break
        else:
            tracks.append([(start, end)])
            track_of[i] = len(tracks) - 1
    return [max(1, min(levels, len(tracks) - t)) for t in track_of]


def quote_refs(reading: Reading) -> dict[str, str]:
    """``Quote.id`` → the report's anchor for that attribution (``pl-q1``…): how evidence finds its quote."""
    refs: dict[str, str] = {}
    for number, quote in enumerate(reading.quotes, 1):
        if quote.id:
            refs.setdefault(quote.id, f"pl-q{number}")
    return refs


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


def _linked_quotes(claim: Claim, refs: dict[str, str]) -> list[str]:
    return _unique(refs.get(e.detail, "") for e in claim.evidence if e.kind == "attribution")


def claim_marks(reading: Reading) -> list[Mark]:
    """Claim sentences (outermost wrapper) and the evidence spans linked to them."""
    refs = quote_refs(reading)
    marks: list[Mark] = []
    for number, claim in enumerate(reading.claims, 1):
        ref = f"pl-c{number}"
        linked = _linked_quotes(claim, refs)
        claim_refs = (("data-claim", ref), *((("data-linked-quotes", " ".join(linked)),) if linked else ()))
        attrs = (
            ("data-support", claim.support),
            ("data-certainty", claim.certainty),
            ("data-checkworthy", f"{claim.checkworthy:.2f}"),
            *((("data-claim-id", claim.id),) if claim.id else ()),
        )
        marks.append(
            Mark(
                claim.span.start,
                claim.span.end,
                10,
                ("claim",),
                claim_title(number, claim),
                attrs,
                paint=(support_class(claim.support),),
                layer="claim",
                refs=claim_refs,
            )
        )
        for evidence in claim.evidence:
            kind = evidence.kind if evidence.kind in EVIDENCE_NAMES else "other"
            marks.append(
                Mark(
                    evidence.span.start,
                    evidence.span.end,
                    11,
                    ("ev", f"ev-{kind}"),
                    f"Evidence for claim {number}: {evidence_line(evidence)}",
                    (("data-evidence-kind", evidence.kind),),
                    layer="evidence",
                    refs=(("data-ev", ref),),
                )
            )
    return [m for m in marks if _valid(m, len(reading.text))]


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


def certainty_marks(reading: Reading) -> list[Mark]:
    """Hedges (soften how certainly something is put) and boosters (strengthen it)."""
    marks = []
    for flag in certainty_cues(reading):
        hedge = flag.label == "hedge"
        title = (
            f"{'Hedge' if hedge else 'Booster'} “{flag.span.text}”: "
            f"{'softens' if hedge else 'strengthens'} how certainly a statement is put"
        )
        if flag.reason:
            title += f" ({flag.reason})"
        attrs = (("data-cue", flag.label), ("data-cue-reason", flag.reason))
        marks.append(Mark(flag.span.start, flag.span.end, 13, (flag.label,), title, attrs, layer="certainty"))
    return [m for m in marks if _valid(m, len(reading.text))]


def technique_marks(reading: Reading, rows: list[TechniqueRow]) -> list[Mark]:
    """One band per technique span, coloured per technique, with its nesting level (``nesting_levels``)."""
    by_label = {r.label: r for r in rows}
    flags = [f for f in reading.techniques if _valid(f.span, len(reading.text))]
    levels = nesting_levels([(f.span.start, f.span.end) for f in flags])
    marks = []
    for flag, level in zip(flags, levels, strict=True):
        row = by_label[flag.label]
        title = (
            f"Persuasion technique: {row.name} ({flag.label}) · confidence {flag.confidence:.2f}\n"
            f"{flag.reason or row.definition}"
        )
        attrs = (("data-technique", flag.label), ("data-confidence", f"{flag.confidence:.2f}"))
        classes = ("t", row.key, f"tk{level}")
        marks.append(
            Mark(flag.span.start, flag.span.end, 12, classes, title, attrs, layer="technique", level=level)
        )
    return marks


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph ranges: text between blank lines, trimmed of surrounding whitespace, empty ones dropped."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for stop, resume in [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)] + [(len(text), len(text))]:
        chunk = text[start:stop]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if chunk.strip():
            ranges.append((start + lead, stop - trail))
        start = resume
    return ranges


def segments(length: int, marks: list[Mark], cuts: Iterable[int]) -> Iterator[tuple[int, int, list[Mark]]]:
    """Cut ``[0, length)`` at every mark boundary and at ``cuts``; yield each piece and its covering marks."""
    bounds = sorted({0, length, *cuts, *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[int]] = {}
    for i, mark in enumerate(marks):
        starting.setdefault(mark.start, []).append(i)
    active: set[int] = set()
    for a, b in pairwise(bounds):
        active = {i for i in active if marks[i].end > a} | set(starting.get(a, []))
        ordered = sorted(active, key=lambda i: (marks[i].rank, marks[i].end - marks[i].start, i))
        yield a, b, [marks[i] for i in ordered]


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


#: Wrapper order of a segment, outermost first. Each technique mark gets its own wrapper (taller bands
#: outside); the marks of any other layer share one.
LAYER_ORDER = ("claim", "evidence", "technique", "certainty", "source")


def _open_tag(marks: list[Mark], offsets: tuple[int, int] | None) -> str:
    """The ``<span>`` start tag for marks sharing one wrapper: merged classes, titles and references."""
    paint = next((m.paint for m in marks if m.paint), ())
    classes = _unique([*(c for m in marks for c in m.classes), *paint])
    title = "\n".join(_unique(m.title for m in marks))
    attrs: dict[str, str] = {"class": " ".join(classes), "title": title}
    for mark in marks:
        for key, value in mark.attrs:
            attrs.setdefault(key, value)
    refs = {
        "data-quote": _unique(m.quote_ref for m in marks),
        "data-speaker-id": _unique(m.speaker_ref for m in marks),
    }
    for mark in marks:
        for key, value in mark.refs:
            refs.setdefault(key, []).extend(value.split())
    attrs.update({key: " ".join(_unique(values)) for key, values in refs.items() if _unique(values)})
    if offsets:
        attrs.update({"data-start": str(offsets[0]), "data-end": str(offsets[1])})
    return "<span " + " ".join(f'{key}="{esc(value)}"' for key, value in attrs.items()) + ">"


def wrappers(covering: list[Mark]) -> list[list[Mark]]:
    """The marks of one segment grouped into nested wrappers, outermost first (see ``LAYER_ORDER``)."""
    groups: list[list[Mark]] = []
    for layer in LAYER_ORDER:
        marks = [m for m in covering if (m.layer if m.layer in LAYER_ORDER else "source") == layer]
        if layer == "technique":
            groups.extend([m] for m in sorted(marks, key=lambda m: (-m.level, m.start - m.end, m.start)))
        elif marks:
            groups.append(marks)
    return groups


def segment_html(text: str, start: int, end: int, covering: list[Mark]) -> str:
    """One piece of article text: plain escaped text, or nested ``<span>``s, one per layer wrapper.

    All wrappers open and close around this piece alone, so they always nest; the innermost one carries
    the piece's offsets (``data-start``/``data-end``).
    """
    if not covering:
        return esc(text[start:end])
    groups = wrappers(covering)
    tags = [_open_tag(g, (start, end) if i == len(groups) - 1 else None) for i, g in enumerate(groups)]
    return "".join(tags) + esc(text[start:end]) + "</span>" * len(groups)


def badge_html(number: int, claim: Claim, linked: list[str]) -> str:
    """A claim's badge, placed where the claim ends: support label and certainty (CSS draws the text from
    ``data-badge``, so the article's text content stays exactly the article text)."""
    badge = claim.support + ("" if claim.certainty == "neutral" else f" · {claim.certainty}")
    attrs = {
        "type": "button",
        "class": f"pl-badge {support_class(claim.support)}",
        "data-claim": f"pl-c{number}",
        "data-support": claim.support,
        "data-certainty": claim.certainty,
        "data-badge": badge,
        "aria-label": f"Claim {number}: {support_name(claim.support)}; certainty {certainty_name(claim.certainty)}",
        "title": claim_title(number, claim),
    }
    if linked:
        attrs["data-linked-quotes"] = " ".join(linked)
    return "<button " + " ".join(f'{key}="{esc(value)}"' for key, value in attrs.items()) + "></button>"


def article_html(reading: Reading, rows: dict[str | None, SpeakerRow]) -> str:
    """The article text with every mark, in ``<p>`` per paragraph; whitespace between paragraphs is kept
    verbatim between the ``<p>`` elements, so the element's text content equals ``reading.text`` exactly."""
    text = reading.text
    if not text.strip():
        return '<p class="pl-empty">(The article text is empty.)</p>'
    marks = (
        quote_marks(reading, rows)
        + flag_marks(reading)
        + claim_marks(reading)
        + technique_marks(reading, technique_rows(reading.techniques))
        + certainty_marks(reading)
    )
    paras = paragraphs(text)
    opens = {a for a, _ in paras}
    closes = {b for _, b in paras}
    anchors: dict[int, list[str]] = {}
    for number, quote in enumerate(reading.quotes, 1):
        if any(_valid(s, len(text)) for s in quote.content):
            first = min(s.start for s in quote.content if _valid(s, len(text)))
            anchors.setdefault(first, []).append(f"pl-q{number}")
    badges: dict[int, list[str]] = {}
    refs = quote_refs(reading)
    for number, claim in enumerate(reading.claims, 1):
        if _valid(claim.span, len(text)):
            anchors.setdefault(claim.span.start, []).append(f"pl-c{number}")
            badges.setdefault(claim.span.end, []).append(
                badge_html(number, claim, _linked_quotes(claim, refs))
            )
    out: list[str] = []
    for a, b, covering in segments(len(text), marks, [x for p in paras for x in p]):
        if a in opens:
            out.append("<p>")
        out.extend(f'<span class="pl-anchor" id="{ref}"></span>' for ref in anchors.get(a, []))
        out.append(segment_html(text, a, b, covering))
        out.extend(badges.get(b, []))
        if b in closes:
            out.append("</p>")
    return "".join(out)


# --- page parts --------------------------------------------------------------------------------------


def _pct(share: float) -> str:
    return f"{share * 100:.0f}%"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def header_html(meta: dict[str, Any]) -> str:
    """Title, byline and URL. The URL is shown as text, not a link, so a report never triggers a fetch."""
    title = meta.get("title") or "Untitled article"
    byline = [str(meta[k]) for k in ("outlet", "author", "date") if meta.get(k)]
    if not meta.get("outlet") and meta.get("site"):
        byline.insert(0, str(meta["site"]))
    parts = [f"<h1>{esc(title)}</h1>"]
    if byline:
        parts.append(f'<p class="pl-byline">{" · ".join(esc(b) for b in byline)}</p>')
    if meta.get("url"):
        parts.append(f'<p class="pl-url">Source URL: <code>{esc(meta["url"])}</code></p>')
    return f'<header class="pl-head">{"".join(parts)}</header>'


def summary_html(summary: dict[str, Any]) -> str:
    """The summary strip: how much of the article is attributed speech and who is speaking."""
    kinds = " · ".join(f"{n} {kind}" for kind, n in summary["quotes_by_kind"].items())
    items = [
        ("Sentences", str(summary["sentences"])),
        (
            "Attributed",
            f"{_pct(summary['attributed_share'])} ({summary['attributed_sentences']} of {summary['sentences']} "
            'sentences)<span class="pl-bar" aria-hidden="true"><span class="pl-bar-attr"></span></span>',
        ),
        ("Authorial voice", _pct(summary["authorial_share"])),
        ("Attributions", f"{summary['quotes']} ({kinds})"),
        (
            "From anonymous sources",
            f"{summary['anonymous_quotes']} of {summary['quotes']} ({_pct(summary['anonymous_share'])})",
        ),
        (
            "Flags",
            f"{_count(summary['anonymous_sources'], 'anonymous-source flag')} · "
            f"{_count(summary['scare_quotes'], 'scare quote')}",
        ),
    ]
    items.extend((name, esc(value)) for name, value in layer_summary(summary))
    body = "".join(f"<div><dt>{name}</dt><dd>{value}</dd></div>" for name, value in items)
    return f'<dl class="pl-summary" aria-label="Summary">{body}</dl>'


def layer_summary(summary: dict[str, Any]) -> list[tuple[str, str]]:
    """Summary lines for the claims, certainty, persuasion and genre layers (none for a reading without
    them, so a 1.0-style reading looks as it always did). Values are plain text."""
    items = []
    if summary.get("claims"):
        unsupported = (summary.get("claims_by_support") or {}).get("unsupported", 0)
        items.append(("Claims", f"{summary['claims']} ({unsupported} with no source or evidence given)"))
    if summary.get("hedges") or summary.get("boosters"):
        items.append(("Hedges · boosters", f"{summary.get('hedges', 0)} · {summary.get('boosters', 0)}"))
    techniques = summary.get("techniques") or {}
    if techniques:
        items.append(
            (
                "Persuasion techniques",
                f"{_count(sum(techniques.values()), 'span')} · {_count(len(techniques), 'technique')}",
            )
        )
    if summary.get("genre"):
        items.append(("Genre", GENRE_NAMES.get(summary["genre"], str(summary["genre"]))))
    return items


def _speaker_item(row: SpeakerRow) -> str:
    swatch = f"c{row.slot}" if row.slot is not None else "q-nospk"
    if row.anonymous and row.slot is not None:
        swatch += " q-anon"
    details = [", ".join(row.types), f"{row.quotes} attribution{'s' if row.quotes != 1 else ''}"]
    if row.anonymous:
        details.append("anonymous source")
    details.extend(f"via {v}" for v in row.via)
    return (
        f'<li><button type="button" class="pl-speaker" data-focus="{row.ref}" aria-pressed="false">'
        f'<span class="pl-swatch {swatch}" aria-hidden="true"></span>'
        f"<span>{esc(row.name or NO_SPEAKER)}<small>{esc(' · '.join(details))}</small></span></button></li>"
    )


def present_layers(reading: Reading) -> list[tuple[str, str]]:
    """The claims, certainty and persuasion toggles this reading needs (a layer it lacks gets none)."""
    has = {
        "claims": any(_valid(c.span, len(reading.text)) for c in reading.claims),
        "certainty": bool(certainty_marks(reading)),
        "persuasion": bool(reading.techniques),
    }
    return [(key, name) for key, name in NEW_LAYERS if has[key]]


def genre_html(genre: Genre | None) -> str:
    """The genre box: label, confidence and the signals behind it, strongest first."""
    if genre is None:
        return ""
    reasons = []
    for reason in sorted(genre.reasons, key=lambda r: -abs(r.weight)):
        examples = ", ".join(f"“{esc(e.text)}” ({e.start}–{e.end})" for e in reason.examples[:3])
        reasons.append(
            f"<li><strong>{esc(reason.feature.replace('_', ' '))}</strong> "
            f'<span class="pl-meta">value {reason.value:.3g} · weight {reason.weight:+.2f}</span>'
            + (f'<br><span class="pl-meta">{esc(reason.note)}</span>' if reason.note else "")
            + (f'<br><span class="pl-meta">e.g. {examples}</span>' if examples else "")
            + "</li>"
        )
    label = GENRE_NAMES.get(genre.label, genre.label)
    listing = f'<ul class="pl-reasons">{"".join(reasons)}</ul>' if reasons else ""
    return (
        f'<section class="pl-genre" data-genre="{esc(genre.label)}"><h2>Genre</h2>'
        f'<p class="pl-genre-label"><strong>{esc(label)}</strong> · confidence {genre.confidence:.2f}</p>'
        f"{listing}"
        '<p class="pl-note">How the text reads (voice, evaluative wording, sourcing), not a judgement '
        "of its quality.</p></section>"
    )


def persuasion_html(rows: list[TechniqueRow]) -> str:
    """The persuasion legend: one toggle per technique present, with its name, definition and count."""
    if not rows:
        return ""
    items = "".join(
        f'<li data-technique-label="{esc(r.label)}"><label>'
        f'<input type="checkbox" data-technique="{r.key}" checked> '
        f'<span class="pl-swatch {r.key}" aria-hidden="true"></span> {esc(r.name)} '
        f'<span class="pl-count">({r.count})</span></label>'
        f'<p class="pl-def">{esc(r.definition)} <code>{esc(r.label)}</code></p></li>'
        for r in rows
    )
    return (
        '<section class="pl-techniques"><h2>Persuasion techniques</h2>'
        f'<ul role="group" aria-label="Show techniques">{items}</ul>'
        '<p class="pl-note">Labels from the SemEval-2020 Task 11 scheme. They describe what a passage does, '
        "not whether it is accurate or who wrote it.</p></section>"
    )


def layers_legend(reading: Reading) -> str:
    """Legend entries for the claims and certainty layers, when the reading has them."""
    layers = dict(present_layers(reading))
    entries = []
    if "claims" in layers:
        entries.append(
            '<li><span class="pl-sample claim s-none">A sentence.</span> claim: a check-worthy sentence, '
            "underlined in the colour of its support</li>"
        )
        entries.extend(
            f'<li><span class="pl-badge-inline {support_class(label)}">{esc(label)}</span> '
            f"{esc(support_name(label))}</li>"
            for label in SUPPORT_LABELS
        )
    if "certainty" in layers:
        entries.append(
            '<li><span class="pl-sample hedge">may</span> hedge: softens how certainly it is put</li>'
        )
        entries.append(
            '<li><span class="pl-sample booster">clearly</span> booster: strengthens how certainly it is put</li>'
        )
    if not entries:
        return ""
    return f'<ul class="pl-legend-layers">{"".join(entries)}</ul><p class="pl-note">{LABELS_NOTE}</p>'


def sidebar_html(rows: list[SpeakerRow], reading: Reading | None = None) -> str:
    """Layer toggles, the genre box, the speaker list (click to emphasise a speaker), a details panel, the
    persuasion legend (per-technique toggles) and the legend."""
    layers = [*LAYERS, *(present_layers(reading) if reading else [])]
    boxes = "".join(
        f'<label><input type="checkbox" data-layer="{key}" checked> {name}</label>' for key, name in layers
    )
    speakers = (
        f"<ul>{''.join(_speaker_item(r) for r in rows)}</ul>"
        '<p class="pl-note">Click a speaker to emphasise their attributions; click again to clear.</p>'
        if rows
        else '<p class="pl-note">No attributions found.</p>'
    )
    genre = genre_html(reading.genre) if reading else ""
    persuasion = persuasion_html(technique_rows(reading.techniques)) if reading else ""
    extra_legend = layers_legend(reading) if reading else ""
    return (
        '<aside class="pl-side">'
        f"<section><fieldset><legend>Show</legend>{boxes}</fieldset></section>"
        f"{genre}"
        f"<section><h2>Speakers</h2>{speakers}</section>"
        '<section><h2>Details</h2><div id="pl-inspector" aria-live="polite">'
        "Click a highlight to see what it marks. Hovering shows the same text.</div></section>"
        f"{persuasion}"
        f'<section class="pl-legend"><h2>Legend</h2>{LEGEND}{extra_legend}</section>'
        "</aside>"
    )


def _offsets(spans: Iterable[Span]) -> str:
    return ", ".join(f"{s.start}–{s.end}" for s in spans)


def attributions_html(reading: Reading) -> str:
    """Every attribution as a list entry, linked to its place in the text."""
    if not reading.quotes:
        return '<section><h2>Attributions</h2><p class="pl-note">No attributions found.</p></section>'
    items = []
    for number, quote in enumerate(reading.quotes, 1):
        kind = esc(KIND_LABELS.get(quote.kind, quote.kind))
        meta = [
            f"cue “{esc(quote.cue.text)}”" if quote.cue else "no cue",
            f"confidence {quote.confidence:.2f}",
            f"characters {_offsets(quote.content)}",
        ]
        content = " … ".join(s.text for s in quote.content)
        reason = f'<p class="pl-meta">{esc(quote.rationale)}</p>' if quote.rationale else ""
        items.append(
            f'<li><a href="#pl-q{number}">{kind}</a> attributed to <strong>{esc(attribution_chain(quote))}'
            f'</strong> <span class="pl-meta">({" · ".join(meta)})</span>'
            f"<blockquote>{esc(content)}</blockquote>{reason}</li>"
        )
    return f'<section><h2>Attributions</h2><ol class="pl-list">{"".join(items)}</ol></section>'


def flags_html(title: str, flags: list[Flag]) -> str:
    """A list of flagged spans with the reason each was flagged (omitted when there are none)."""
    if not flags:
        return ""
    items = "".join(
        f'<li>“{esc(f.span.text)}” <span class="pl-meta">({esc(f.label)}, characters '
        f"{_offsets([f.span])}, confidence {f.confidence:.2f})</span>"
        + (f'<p class="pl-meta">{esc(f.reason)}</p>' if f.reason else "")
        + "</li>"
        for f in flags
    )
    return f'<section><h2>{title}</h2><ul class="pl-list">{items}</ul></section>'


def link_html(url: str) -> str:
    """A link target: a live link only for an http(s) URL (opened without referrer), otherwise text."""
    parts = urlsplit(url) if url.isprintable() and not any(c.isspace() for c in url) else None
    if parts is not None and parts.scheme.lower() in ("http", "https") and parts.netloc:
        return f'<a href="{esc(url)}" rel="noopener noreferrer nofollow" target="_blank">{esc(url)}</a>'
    return f"<code>{esc(url)}</code>"


def _evidence_item(evidence: Evidence, refs: dict[str, str]) -> str:
    kind = esc(EVIDENCE_NAMES.get(evidence.kind, evidence.kind))
    where = (
        f'“{esc(evidence.span.text)}” <span class="pl-meta">(characters {_offsets([evidence.span])})</span>'
    )
    detail = ""
    if evidence.kind == "attribution" and evidence.detail:
        ref = refs.get(evidence.detail)
        detail = (
            f' → <a href="#{ref}">attribution {esc(evidence.detail)}</a>'
            if ref
            else f" → attribution {esc(evidence.detail)}"
        )
    elif evidence.kind == "link" and evidence.detail:
        detail = f" → {link_html(evidence.detail)}"
    elif evidence.detail:
        detail = f' <span class="pl-meta">({esc(evidence.detail)})</span>'
    anonymous = ' <span class="pl-meta">anonymous source</span>' if evidence.anonymous else ""
    return f'<li data-evidence-kind="{esc(evidence.kind)}">{kind}: {where}{detail}{anonymous}</li>'


def claims_html(reading: Reading) -> str:
    """Every claim in text order: its support badge, certainty, cues and linked evidence."""
    if not reading.claims:
        return ""
    refs = quote_refs(reading)
    items = []
    for number, claim in enumerate(reading.claims, 1):
        cues = [
            f"{name}: {', '.join(f'“{esc(c.text)}”' for c in spans)}"
            for name, spans in (("hedges", claim.hedges), ("boosters", claim.boosters))
            if spans
        ]
        meta = [
            f"certainty {esc(certainty_name(claim.certainty))}",
            f"check-worthiness {claim.checkworthy:.2f}",
            f"characters {_offsets([claim.span])}",
            *cues,
        ]
        evidence = "".join(_evidence_item(e, refs) for e in claim.evidence)
        evidence_list = (
            f'<ul class="pl-evidence">{evidence}</ul>'
            if evidence
            else '<p class="pl-meta">No evidence linked in the article.</p>'
        )
        reason = f'<p class="pl-meta">{esc(claim.rationale)}</p>' if claim.rationale else ""
        items.append(
            f'<li data-claim-ref="pl-c{number}"><a href="#pl-c{number}">Claim {number}</a> '
            f'<span class="pl-badge-inline {support_class(claim.support)}">{esc(claim.support)}</span> '
            f"{esc(support_name(claim.support))} "
            f'<span class="pl-meta">({" · ".join(meta)})</span>'
            f"<blockquote>{esc(claim.span.text)}</blockquote>{evidence_list}{reason}</li>"
        )
    return (
        f'<section class="pl-claims"><h2>Claims</h2><p class="pl-note">{LABELS_NOTE}</p>'
        f'<ol class="pl-list">{"".join(items)}</ol></section>'
    )


def techniques_html(reading: Reading) -> str:
    """Every technique span in text order, with its name and offsets."""
    if not reading.techniques:
        return ""
    rows = {r.label: r for r in technique_rows(reading.techniques)}
    items = "".join(
        f'<li><span class="pl-swatch {rows[f.label].key}" aria-hidden="true"></span> '
        f"<strong>{esc(rows[f.label].name)}</strong> “{esc(f.span.text)}” "
        f'<span class="pl-meta">({esc(f.label)}, characters {_offsets([f.span])}, '
        f"confidence {f.confidence:.2f})</span></li>"
        for f in sorted(reading.techniques, key=lambda f: (f.span.start, f.span.end, f.label))
    )
    return (
        '<section class="pl-technique-list"><h2>Persuasion technique spans</h2>'
        f'<ul class="pl-list">{items}</ul></section>'
    )


def layers_css(reading: Reading) -> str:
    """Rules that depend on the claims and persuasion layers: technique colours and toggles, the claim
    underline's distance (below the tallest technique band) and a roomier line height. Empty when the
    reading has neither, so a 1.0-style report's stylesheet is unchanged."""
    rows = technique_rows(reading.techniques)
    if not rows and not reading.claims:
        return ""
    rules = [".pl-text{line-height:2.3}"]
    for row in rows:
        rules.append(f".{row.key}{{background-color:{row.colour}}}")
        rules.append(f".hide-{row.key} .{row.key}{{background:none;padding:0}}")
    levels = max((m.level for m in technique_marks(reading, rows)), default=0)
    rules.append(f".claim{{padding-bottom:{levels * TRACK_STEP_EM + 0.1:.2f}em}}")
    return "\n".join(rules) + "\n"


def palette_css(share: float) -> str:
    """Rules that depend on data: speaker colours (solid; hatched when anonymous) and the share bar."""
    rules = []
    for slot, (background, edge) in enumerate(PALETTE):
        rules.append(f".c{slot}{{background:{background};box-shadow:inset 0 -2px 0 {edge}}}")
        rules.append(
            f".c{slot}.q-anon{{background:repeating-linear-gradient(45deg,{background} 0 4px,"
            f"{HATCH_GREY} 4px 8px)}}"
        )
    rules.append(f".pl-bar-attr{{width:{share * 100:.1f}%}}")
    return "\n".join(rules) + "\n"


def script_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: it can neither close the element nor break a JS parser."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)


def csp_hash(source: str) -> str:
    """A CSP source expression allowing exactly this inline style or script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


@lru_cache(maxsize=2)
def asset(name: str) -> str:
    """A packaged static file (CSS, JS) to inline."""
    return resources.files("presslens.render").joinpath(name).read_text(encoding="utf-8")


def render_html(reading: Reading) -> str:
    """The reading as a standalone HTML5 report."""
    summary = reading.summary()
    rows = speaker_rows(reading)
    style = asset("report.css") + palette_css(summary["attributed_share"]) + layers_css(reading)
    script = asset("report.js")
    csp = (
        f"default-src 'none'; style-src {csp_hash(style)}; script-src {csp_hash(script)}; "
        "base-uri 'none'; form-action 'none'"
    )
    title = reading.meta.get("title") or "Untitled article"
    main = (
        '<main class="pl-main"><h2>Article text</h2>'
        f'<article id="pl-text" class="pl-text">{article_html(reading, {r.name: r for r in rows})}</article>'
        f"{attributions_html(reading)}"
        f"{flags_html('Anonymous or vague sources', reading.anonymous_sources)}"
        f"{flags_html('Scare quotes', reading.scare_quotes)}"
        f"{claims_html(reading)}{techniques_html(reading)}</main>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · presslens</title><style>{style}</style></head>"
        f"<body>{header_html(reading.meta)}{summary_html(summary)}"
        f'<div class="pl-layout">{main}{sidebar_html(rows, reading)}</div>'
        f'<footer class="pl-foot">presslens reading, schema {SCHEMA_VERSION} · '
        f"text sha256 {reading.sha256} · the full reading is embedded in this file as JSON "
        "(script#presslens-reading).</footer>"
        f'<script type="application/json" id="presslens-reading">{script_json(reading.to_dict())}</script>'
        f"<script>{script}</script></body></html>\n"
    )


@hookimpl
def presslens_renderers() -> list[Renderer]:
    return [Renderer("html", "text/html", "html", render_html, "self-contained HTML report (offline)")]

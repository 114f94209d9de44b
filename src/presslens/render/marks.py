"""The article text as HTML with every mark on it: quotes, cues, sources, flags, claims, evidence, hedges,
boosters and technique bands, each placed by its character offsets, all text escaped.

Why a module of its own: this is the part of the report that must hold exact invariants (every character of
the article written exactly once, tags that always nest, nothing in the article turned into markup), so it
is kept apart from the page around it and can be tested on its own.

How overlaps are drawn: overlapping marks (a cue inside a mixed quote, a scare quote inside a quote, an
anonymous-source flag over a source, technique spans over quotes and over each other, claim sentences over
everything) are rendered by cutting the text at every span boundary. Each segment is then wrapped in one
``<span>`` per layer, always in the same order (claim, evidence, one per technique, certainty cue,
sourcing), opened and closed inside the segment, so tags never cross and every character is written exactly
once. The sourcing layers share the innermost span (their classes merged); each layer uses a different CSS
property (and technique bands a padding that grows with their track), so all marks stay visible.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from presslens.reading import Claim, Quote, Reading, Relay, Span
from presslens.render.describe import (
    EVIDENCE_NAMES,
    KIND_LABELS,
    NO_SPEAKER,
    SpeakerRow,
    TechniqueRow,
    attribution_chain,
    certainty_cues,
    certainty_name,
    claim_title,
    evidence_line,
    relay_label,
    support_name,
    technique_rows,
    via_label,
)
from presslens.render.palette import support_class

#: Technique bands: vertical padding per nesting level (a band that wraps others is taller).
TRACK_STEP_EM = 0.12
TRACK_LEVELS = 4
#: Wrapper order of a segment, outermost first. Each technique mark gets its own wrapper (taller bands
#: outside); the marks of any other layer share one.
LAYER_ORDER = ("claim", "evidence", "technique", "certainty", "source")
_BLANK_LINE = re.compile(r"\n\s*\n")


def esc(value: object) -> str:
    """Escape text for both element content and double-quoted attributes (one rule, used everywhere)."""
    return html.escape(str(value), quote=True)


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


def in_text(span: Span | Mark, length: int) -> bool:
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
    return [m for m in marks if in_text(m, len(reading.text))]


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
    return [m for m in marks if in_text(m, len(reading.text))]


def quote_refs(reading: Reading) -> dict[str, str]:
    """``Quote.id`` → the report's anchor for that attribution (``pl-q1``…): how evidence finds its quote."""
    refs: dict[str, str] = {}
    for number, quote in enumerate(reading.quotes, 1):
        if quote.id:
            refs.setdefault(quote.id, f"pl-q{number}")
    return refs


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
    return [m for m in marks if in_text(m, len(reading.text))]


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
    return [m for m in marks if in_text(m, len(reading.text))]


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


def technique_marks(reading: Reading, rows: list[TechniqueRow]) -> list[Mark]:
    """One band per technique span, coloured per technique, with its nesting level (``nesting_levels``)."""
    by_label = {r.label: r for r in rows}
    flags = [f for f in reading.techniques if in_text(f.span, len(reading.text))]
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
        if any(in_text(s, len(text)) for s in quote.content):
            first = min(s.start for s in quote.content if in_text(s, len(text)))
            anchors.setdefault(first, []).append(f"pl-q{number}")
    badges: dict[int, list[str]] = {}
    refs = quote_refs(reading)
    for number, claim in enumerate(reading.claims, 1):
        if in_text(claim.span, len(text)):
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

"""HTML output: one self-contained, offline report that shows who says what, pinned to the article text.

Why this shape:

* One file, no external assets and a Content-Security-Policy that allows only the report's own inline
  style and script (by hash): a report can be mailed, archived or opened from a sandbox without any
  network request, and nothing in an article can turn into live markup or script.
* Every piece of article text and metadata goes through ``html.escape``; the embedded reading JSON has
  ``<``, ``>``, ``&`` and U+2028/9 escaped so it cannot close its ``<script>`` element.
* Overlapping marks (a cue inside a mixed quote, a scare quote inside a quote, an anonymous-source flag
  over a source) are rendered by cutting the text at every span boundary and giving each segment the
  classes of all the marks that cover it, so tags never need to nest across each other. Each layer uses
  a different CSS property, so all of a segment's marks stay visible at once.
* Wording is descriptive ("attributed to", "anonymous source", "no speaker named"): presslens shows who
  is presented as saying what, never whether it is true.

The speaker helpers (``speaker_rows``, ``attribution_chain``, ``PALETTE``) are shared with the terminal
renderer so both show the same names, chains and colours.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

from presslens.hookspecs import Renderer, hookimpl
from presslens.reading import SCHEMA_VERSION, Flag, Quote, Reading, Relay, Span

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


def segment_html(text: str, start: int, end: int, covering: list[Mark]) -> str:
    """One piece of article text: plain escaped text, or one ``<span>`` carrying all its marks."""
    if not covering:
        return esc(text[start:end])
    paint = next((m.paint for m in covering if m.paint), ())
    classes = _unique([*(c for m in covering for c in m.classes), *paint])
    title = "\n".join(_unique(m.title for m in covering))
    attrs: dict[str, str] = {"class": " ".join(classes), "title": title}
    for mark in covering:
        for key, value in mark.attrs:
            attrs.setdefault(key, value)
    refs = {
        "data-quote": _unique(m.quote_ref for m in covering),
        "data-speaker-id": _unique(m.speaker_ref for m in covering),
    }
    attrs.update({key: " ".join(values) for key, values in refs.items() if values})
    attrs.update({"data-start": str(start), "data-end": str(end)})
    rendered = " ".join(f'{key}="{esc(value)}"' for key, value in attrs.items())
    return f"<span {rendered}>{esc(text[start:end])}</span>"


def article_html(reading: Reading, rows: dict[str | None, SpeakerRow]) -> str:
    """The article text with every mark, in ``<p>`` per paragraph; whitespace between paragraphs is kept
    verbatim between the ``<p>`` elements, so the element's text content equals ``reading.text`` exactly."""
    text = reading.text
    if not text.strip():
        return '<p class="pl-empty">(The article text is empty.)</p>'
    marks = quote_marks(reading, rows) + flag_marks(reading)
    paras = paragraphs(text)
    opens = {a for a, _ in paras}
    closes = {b for _, b in paras}
    anchors: dict[int, list[str]] = {}
    for number, quote in enumerate(reading.quotes, 1):
        if any(_valid(s, len(text)) for s in quote.content):
            first = min(s.start for s in quote.content if _valid(s, len(text)))
            anchors.setdefault(first, []).append(f"pl-q{number}")
    out: list[str] = []
    for a, b, covering in segments(len(text), marks, [x for p in paras for x in p]):
        if a in opens:
            out.append("<p>")
        out.extend(f'<span class="pl-anchor" id="{ref}"></span>' for ref in anchors.get(a, []))
        out.append(segment_html(text, a, b, covering))
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
    body = "".join(f"<div><dt>{name}</dt><dd>{value}</dd></div>" for name, value in items)
    return f'<dl class="pl-summary" aria-label="Summary">{body}</dl>'


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


def sidebar_html(rows: list[SpeakerRow]) -> str:
    """Layer toggles, the speaker list (click to emphasise a speaker), a details panel and the legend."""
    boxes = "".join(
        f'<label><input type="checkbox" data-layer="{key}" checked> {name}</label>' for key, name in LAYERS
    )
    speakers = (
        f"<ul>{''.join(_speaker_item(r) for r in rows)}</ul>"
        '<p class="pl-note">Click a speaker to emphasise their attributions; click again to clear.</p>'
        if rows
        else '<p class="pl-note">No attributions found.</p>'
    )
    return (
        '<aside class="pl-side">'
        f"<section><fieldset><legend>Show</legend>{boxes}</fieldset></section>"
        f"<section><h2>Speakers</h2>{speakers}</section>"
        '<section><h2>Details</h2><div id="pl-inspector" aria-live="polite">'
        "Click a highlight to see what it marks. Hovering shows the same text.</div></section>"
        f'<section class="pl-legend"><h2>Legend</h2>{LEGEND}</section>'
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
    style = asset("report.css") + palette_css(summary["attributed_share"])
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
        f"{flags_html('Scare quotes', reading.scare_quotes)}</main>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · presslens</title><style>{style}</style></head>"
        f"<body>{header_html(reading.meta)}{summary_html(summary)}"
        f'<div class="pl-layout">{main}{sidebar_html(rows)}</div>'
        f'<footer class="pl-foot">presslens reading, schema {SCHEMA_VERSION} · '
        f"text sha256 {reading.sha256} · the full reading is embedded in this file as JSON "
        "(script#presslens-reading).</footer>"
        f'<script type="application/json" id="presslens-reading">{script_json(reading.to_dict())}</script>'
        f"<script>{script}</script></body></html>\n"
    )


@hookimpl
def presslens_renderers() -> list[Renderer]:
    return [Renderer("html", "text/html", "html", render_html, "self-contained HTML report (offline)")]

"""HTML output: one self-contained, offline report that shows who says what, pinned to the article text.

Why this shape:

* One file, no external assets and a Content-Security-Policy that allows only the report's own inline
  style and script (by hash): a report can be mailed, archived or opened from a sandbox without any
  network request, and nothing in an article can turn into live markup or script.
* Every piece of article text and metadata goes through ``html.escape``; the embedded reading JSON has
  ``<``, ``>``, ``&`` and U+2028/9 escaped so it cannot close its ``<script>`` element.

This module assembles the page (header, summary, sidebar, lists, legend, stylesheet and CSP) and is the
plugin that provides the ``html`` renderer. The article text with its nested marks comes from
``presslens.render.marks``, colours from ``presslens.render.palette``, and the words both this report and
the terminal one use (speaker names, attribution chains, support and technique names) from
``presslens.render.describe``.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from presslens.hookspecs import Renderer, hookimpl
from presslens.reading import SCHEMA_VERSION, SUPPORT_LABELS, Evidence, Flag, Genre, Reading, Span
from presslens.render.describe import (
    EVIDENCE_NAMES,
    GENRE_NAMES,
    KIND_LABELS,
    LABELS_NOTE,
    NO_SPEAKER,
    SpeakerRow,
    TechniqueRow,
    attribution_chain,
    certainty_name,
    counted,
    sourcing_summary_rows,
    speaker_rows,
    support_name,
    technique_rows,
)
from presslens.render.marks import (
    TRACK_STEP_EM,
    article_html,
    certainty_marks,
    esc,
    in_text,
    quote_refs,
    technique_marks,
)
from presslens.render.palette import speaker_css, support_class

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
#: Toggles for the claims, certainty and persuasion layers (shown only when the reading has them).
NEW_LAYERS = (
    ("claims", "Claims and their support"),
    ("certainty", "Hedges and boosters"),
    ("persuasion", "Persuasion techniques"),
)
_JSON_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


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
    bar = '<span class="pl-bar" aria-hidden="true"><span class="pl-bar-attr"></span></span>'
    items = [
        (name, esc(value) + (bar if name == "Attributed" else ""))
        for name, value in sourcing_summary_rows(summary)
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
                f"{counted(sum(techniques.values()), 'span')} · {counted(len(techniques), 'technique')}",
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
        "claims": any(in_text(c.span, len(reading.text)) for c in reading.claims),
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


def share_bar_css(share: float) -> str:
    """The width of the summary's attributed-share bar: the one style rule that depends on the summary."""
    return f".pl-bar-attr{{width:{share * 100:.1f}%}}\n"


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
    style = (
        asset("report.css") + speaker_css() + share_bar_css(summary["attributed_share"]) + layers_css(reading)
    )
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

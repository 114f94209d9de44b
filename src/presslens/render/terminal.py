"""Terminal output: a compact, readable account of who says what, for a shell or a pager.

Why ``rich.text.Text`` for every piece of article text (instead of markup strings): a ``Text`` is never
parsed, so an article containing ``[bold]``, ``[/]`` or ``:smile:`` prints literally, whatever the
markup and emoji settings of the console the CLI passes in. Only presslens's own fixed labels are plain
strings. Names, chains and colour slots come from the HTML renderer's helpers so both outputs agree.

The claims, persuasion and genre sections appear only when the reading has those layers (a 1.0-style
reading prints exactly as before). Their wording describes the text ("no source or evidence given in the
article", "a passage that uses loaded language"), and a footer says so: a label is not a verdict on the
truth of a sentence or on its author.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from presslens.hookspecs import Renderer, hookimpl
from presslens.reading import SUPPORT_LABELS, Claim, Flag, Genre, Quote, Reading, Span
from presslens.render.describe import (
    GENRE_NAMES,
    KIND_LABELS,
    LABELS_NOTE,
    NO_SPEAKER,
    SpeakerRow,
    TechniqueRow,
    attribution_chain,
    certainty_cues,
    certainty_name,
    counted,
    sourcing_summary_rows,
    speaker_rows,
    support_name,
    technique_rows,
)

CONTENT_CHARS = 160
#: Speaker name colours, the same hues in the same order as the HTML ``PALETTE``. The first six are the
#: terminal's own ANSI colours, which its theme keeps readable on a dark or a light background.
TERMINAL_COLOURS = (
    "blue",
    "dark_orange",
    "green",
    "magenta",
    "yellow",
    "cyan",
    "red",
    "chartreuse3",
    "medium_purple",
    "dark_cyan",
    "hot_pink",
    "slate_blue1",
)
NOTE = "Marks describe who the article presents as saying what, not whether it is accurate."
#: How many unsupported claims and dense paragraphs to list by default.
TOP_CLAIMS = 5
TOP_PARAGRAPHS = 3
GENRE_REASONS = 3
#: Unsupported claims are ranked by how certainly they are put (boosted first, hedged last), then by
#: check-worthiness: an unbacked claim asserted as self-evident is what an editor queries first.
CERTAINTY_ORDER = {"boosted": 0, "mixed": 1, "neutral": 2, "hedged": 3}
_LINES = re.compile(r"[^\n]+")


def trim(text: str, limit: int = CONTENT_CHARS) -> str:
    """Whitespace collapsed to single spaces, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def offsets(spans: list[Span]) -> str:
    """Character offsets as ``[start–end]`` per span, so a reader can find the evidence in the text."""
    return " ".join(f"[{s.start}–{s.end}]" for s in spans)


def quoted(text: str) -> str:
    """Text in curly quotes, unless it already starts with a quotation mark (direct quotes usually do)."""
    return text if text[:1] in "\"“‘'«" else f"“{text}”"


def speaker_style(row: SpeakerRow) -> str:
    """The speaker's colour (same hue as in the HTML report); italic when anonymous, dim when unnamed."""
    if row.slot is None:
        return "dim"
    return f"bold {TERMINAL_COLOURS[row.slot]}" + (" italic" if row.anonymous else "")


def header(meta: dict[str, Any]) -> Group:
    """Title, byline and URL."""
    lines = [Text(str(meta.get("title") or "Untitled article"), style="bold")]
    byline = [str(meta[k]) for k in ("outlet", "author", "date") if meta.get(k)]
    if not meta.get("outlet") and meta.get("site"):
        byline.insert(0, str(meta["site"]))
    if byline:
        lines.append(Text(" · ".join(byline), style="dim"))
    if meta.get("url"):
        lines.append(Text(str(meta["url"]), style="dim"))
    return Group(*lines)


def summary_table(summary: dict[str, Any]) -> Table:
    """Shares of attributed speech and authorial voice, attributions by kind, anonymous share."""
    table = Table(title="Summary", title_justify="left", box=box.SIMPLE, show_header=False)
    table.add_column(style="bold")
    table.add_column()
    rows = sourcing_summary_rows(summary)
    for name, value in rows:
        table.add_row(Text(name), Text(value))
    return table


def speakers_table(rows: list[SpeakerRow]) -> Table:
    """Speaker, type, number of attributions, anonymous marker and relays."""
    table = Table(title="Speakers", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Speaker")
    table.add_column("Type")
    table.add_column("Attributions", justify="right")
    table.add_column("Anonymous")
    table.add_column("Via")
    for row in rows:
        table.add_row(
            Text(row.name or NO_SPEAKER, style=speaker_style(row)),
            Text(", ".join(row.types)),
            Text(str(row.quotes)),
            Text("yes" if row.anonymous else ""),
            Text("; ".join(row.via)),
        )
    return table


def attribution_entry(quote: Quote, row: SpeakerRow) -> Text:
    """Kind, chain, cue and confidence on one line; the trimmed content with its offsets below."""
    cue = f"cue “{quote.cue.text}”" if quote.cue else "no cue"
    return Text.assemble(
        (KIND_LABELS.get(quote.kind, quote.kind), "bold"),
        " attributed to ",
        (attribution_chain(quote), speaker_style(row)),
        (f" · {cue} · confidence {quote.confidence:.2f}", "dim"),
        "\n",
        quoted(trim(" … ".join(s.text for s in quote.content))),
        " ",
        (offsets(quote.content), "dim"),
    )


def numbered(title: str, entries: list[Text]) -> RenderableType:
    """A titled, numbered list whose wrapped lines stay indented under their entry."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style="dim")
    grid.add_column()
    for number, entry in enumerate(entries, 1):
        grid.add_row(f"{number}.", entry)
    return Group(Text(title, style="bold underline"), grid, Text())


def flag_entry(flag: Flag) -> Text:
    """A flagged span with its label, offsets and reason."""
    return Text.assemble(
        quoted(trim(flag.span.text)),
        " ",
        (f"{offsets([flag.span])} {flag.label}", "dim"),
        f" — {flag.reason}" if flag.reason else "",
    )


# --- claims, persuasion and genre --------------------------------------------------------------------


def excerpt(text: str, start: int, end: int, marks: Iterable[tuple[int, int, str]], limit: int) -> Text:
    """``text[start:end]`` with whitespace collapsed and ``marks`` (absolute offsets, style) styled, cut to
    ``limit`` characters with an ellipsis, like ``trim``. Article text stays a ``Text``, never markup."""
    styles = [""] * max(0, end - start)
    for a, b, style in marks:
        for i in range(max(a, start), min(b, end)):
            styles[i - start] = f"{styles[i - start]} {style}".strip()
    chars: list[tuple[str, str]] = []
    for i, char in enumerate(text[start:end]):
        if not char.isspace():
            chars.append((char, styles[i]))
        elif chars and chars[-1][0] != " ":
            chars.append((" ", styles[i]))
    while chars and chars[-1][0] == " ":
        chars.pop()
    if len(chars) > limit:
        chars = chars[: limit - 1]
        while chars and chars[-1][0] == " ":
            chars.pop()
        chars.append(("…", ""))
    out = Text()
    for char, style in chars:
        out.append(char, style=style or None)
    return out


def genre_view(genre: Genre) -> Group:
    """The genre with its confidence and its strongest reasons (by absolute weight)."""
    lines = [
        Text.assemble(
            ("Genre: ", "bold"),
            f"reads as {GENRE_NAMES.get(genre.label, genre.label).lower()}",
            (f" (confidence {genre.confidence:.2f})", "dim"),
        )
    ]
    for reason in sorted(genre.reasons, key=lambda r: -abs(r.weight))[:GENRE_REASONS]:
        example = f"; e.g. “{trim(reason.examples[0].text, 40)}”" if reason.examples else ""
        lines.append(
            Text.assemble(
                "  · ",
                reason.feature.replace("_", " "),
                (f" {reason.value:.3g} (weight {reason.weight:+.2f})", "dim"),
                f" — {reason.note}" if reason.note else "",
                (example, "dim"),
            )
        )
    return Group(*lines, Text())


def ranked_unsupported(claims: list[Claim]) -> list[Claim]:
    """Unsupported claims, most important first: boosted before neutral before hedged, then by
    check-worthiness, then position in the text."""
    unsupported = [c for c in claims if c.support == "unsupported"]
    return sorted(
        unsupported,
        key=lambda c: (CERTAINTY_ORDER.get(c.certainty, 2), -c.checkworthy, c.span.start, c.span.end),
    )


def support_table(claims: list[Claim]) -> Table:
    """Claims by support label (every label, zeros included, in the schema's order)."""
    table = Table(title=f"Claims ({len(claims)})", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Support")
    table.add_column("Claims", justify="right")
    table.add_column("Meaning")
    counts = Counter(c.support for c in claims)
    labels = [*SUPPORT_LABELS, *sorted(k for k in counts if k not in SUPPORT_LABELS)]
    for label in labels:
        table.add_row(Text(label), Text(str(counts[label])), Text(support_name(label), style="dim"))
    return table


def claim_entry(reading: Reading, claim: Claim) -> Text:
    """An unsupported claim: the sentence with boosters (bold) and hedges (italic) marked, its offsets, and
    check-worthiness, certainty and the cue words on a second line."""
    cues = [(b.start, b.end, "bold") for b in claim.boosters] + [
        (h.start, h.end, "italic") for h in claim.hedges
    ]
    entry = Text("“")
    entry.append_text(excerpt(reading.text, claim.span.start, claim.span.end, cues, CONTENT_CHARS))
    entry.append("” ")
    entry.append(offsets([claim.span]), style="dim")
    details = [f"check-worthiness {claim.checkworthy:.2f}", f"certainty {certainty_name(claim.certainty)}"]
    for name, spans in (("boosters", claim.boosters), ("hedges", claim.hedges)):
        if spans:
            details.append(f"{name}: " + ", ".join(f"“{s.text}”" for s in spans))
    entry.append("\n" + " · ".join(details), style="dim")
    return entry


def claims_section(reading: Reading, top: int) -> list[RenderableType]:
    """Counts by support, hedge and booster counts, and the most important unsupported claims."""
    parts: list[RenderableType] = [support_table(reading.claims)] if reading.claims else []
    cues = Counter(f.label for f in certainty_cues(reading))
    if cues:
        parts.append(
            Text(f"Certainty cues: {counted(cues['hedge'], 'hedge')} · {counted(cues['booster'], 'booster')}")
        )
        parts.append(Text())
    unsupported = ranked_unsupported(reading.claims)
    if unsupported and top > 0:
        title = "Unsupported claims (no source or evidence given in the article), boosted first, then most check-worthy"
        entries = [claim_entry(reading, c) for c in unsupported[:top]]
        parts.append(numbered(title, entries))
        if len(unsupported) > top:
            parts.append(Text(f"… and {len(unsupported) - top} more unsupported claims.", style="dim"))
            parts.append(Text())
    return parts


def line_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph ranges for the persuasion density: text split on blank lines or single line breaks,
    trimmed of surrounding whitespace, empty ones dropped."""
    ranges = []
    for line in _LINES.finditer(text):
        chunk = line.group()
        if chunk.strip():
            ranges.append(
                (
                    line.start() + len(chunk) - len(chunk.lstrip()),
                    line.end() - (len(chunk) - len(chunk.rstrip())),
                )
            )
    return ranges


def covered(spans: Iterable[tuple[int, int]], start: int, end: int) -> int:
    """How many characters of ``[start, end)`` the spans cover (overlaps counted once)."""
    total, reach = 0, start
    for a, b in sorted((max(a, start), min(b, end)) for a, b in spans):
        if b <= reach:
            continue
        total += b - max(a, reach)
        reach = b
    return total


def dense_paragraphs(reading: Reading, top: int = TOP_PARAGRAPHS) -> list[tuple[int, int, float, list[Flag]]]:
    """Paragraphs with technique spans, densest first: (start, end, share of characters in technique
    spans, techniques overlapping it). Ties go to the paragraph with more spans, then the earlier one."""
    found = []
    for start, end in line_paragraphs(reading.text):
        inside = [f for f in reading.techniques if f.span.start < end and f.span.end > start]
        if inside:
            share = covered(((f.span.start, f.span.end) for f in inside), start, end) / (end - start)
            found.append((start, end, share, inside))
    found.sort(key=lambda p: (-p[2], -len(p[3]), p[0]))
    return found[:top]


def technique_table(rows: list[TechniqueRow], color: bool) -> Table:
    """Technique spans by technique: a colour swatch, display name, count and the task label."""
    table = Table(title="Persuasion techniques", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Technique")
    table.add_column("Spans", justify="right")
    table.add_column("Label (SemEval-2020)")
    for row in rows:
        name = Text.assemble(("  ", f"on {row.colour}") if color else "", " " if color else "", row.name)
        table.add_row(name, Text(str(row.count)), Text(row.label, style="dim"))
    return table


def paragraph_entry(
    reading: Reading, paragraph: tuple[int, int, float, list[Flag]], rows: dict[str, TechniqueRow]
) -> Text:
    """A dense paragraph: its offsets, share and techniques, then a snippet with the spans marked."""
    start, end, share, flags = paragraph
    names = Counter(rows[f.label].name for f in flags)
    listed = ", ".join(f"{name} ×{n}" if n > 1 else name for name, n in names.most_common())
    entry = Text.assemble(
        (f"{offsets([Span.of(reading.text, start, end)])} ", "dim"),
        f"{share * 100:.0f}% of its characters in technique spans · {counted(len(flags), 'span')}: {listed}",
        "\n",
    )
    marks = [(f.span.start, f.span.end, f"underline black on {rows[f.label].colour}") for f in flags]
    entry.append_text(excerpt(reading.text, start, end, marks, CONTENT_CHARS))
    return entry


def persuasion_section(reading: Reading, color: bool) -> list[RenderableType]:
    """Technique counts and the paragraphs where technique spans are densest."""
    rows = technique_rows(reading.techniques)
    parts: list[RenderableType] = [technique_table(rows, color)]
    by_label = {r.label: r for r in rows}
    paragraphs = dense_paragraphs(reading)
    if paragraphs:
        entries = [paragraph_entry(reading, p, by_label) for p in paragraphs]
        parts.append(numbered("Densest paragraphs (share of characters in technique spans)", entries))
    return parts


def has_layers(reading: Reading) -> bool:
    """Whether the reading has any claims, certainty-cue, persuasion or genre layer to show."""
    return bool(reading.claims or reading.certainty_cues or reading.techniques or reading.genre)


def terminal_view(reading: Reading, *, top: int = TOP_CLAIMS, color: bool = True) -> Group:
    """Everything the terminal output shows, as one Rich renderable.

    ``top`` is how many unsupported claims to list; ``color`` adds the technique colour swatches.
    """
    rows = speaker_rows(reading)
    by_name = {r.name: r for r in rows}
    parts: list[RenderableType] = [header(reading.meta), Text(), summary_table(reading.summary())]
    if reading.genre is not None:
        parts.append(genre_view(reading.genre))
    if rows:
        parts.append(speakers_table(rows))
        entries = [attribution_entry(q, by_name[q.speaker]) for q in reading.quotes]
        parts.append(numbered("Attributions", entries))
    else:
        parts.append(Text("No attributions found.", style="italic"))
    if reading.anonymous_sources:
        anonymous = [flag_entry(f) for f in reading.anonymous_sources]
        parts.append(numbered("Anonymous or vague sources", anonymous))
    if reading.scare_quotes:
        parts.append(numbered("Scare quotes", [flag_entry(f) for f in reading.scare_quotes]))
    if reading.claims or reading.certainty_cues:
        parts.extend(claims_section(reading, top))
    if reading.techniques:
        parts.extend(persuasion_section(reading, color))
    parts.append(Text(NOTE, style="dim"))
    if has_layers(reading):
        parts.append(Text(LABELS_NOTE, style="dim"))
    return Group(*parts)


def print_terminal(reading: Reading, console: Console, *, top: int = TOP_CLAIMS) -> None:
    """Print the reading to ``console`` (the CLI passes a real terminal console, so colours show).

    ``top`` is how many unsupported claims to list.
    """
    color = console.color_system is not None
    console.print(terminal_view(reading, top=top, color=color), highlight=False)


def render_terminal(reading: Reading, *, width: int = 100, color: bool = False, top: int = TOP_CLAIMS) -> str:
    """The terminal view as a string: plain text, or with ANSI colour codes when ``color`` is true.

    Plain text has Rich's padding stripped from line ends, so saved reports diff cleanly. ``top`` is how
    many unsupported claims to list.
    """
    console = Console(
        file=io.StringIO(),
        record=True,
        width=width,
        force_terminal=color,
        color_system="truecolor" if color else None,
        emoji=False,
        markup=False,
        highlight=False,
    )
    print_terminal(reading, console, top=top)
    if color:
        return console.export_text(styles=True)
    return "".join(line.rstrip() + "\n" for line in console.export_text().splitlines())


@hookimpl
def presslens_renderers() -> list[Renderer]:
    return [Renderer("terminal", "text/plain", "txt", render_terminal, "readable summary for a terminal")]

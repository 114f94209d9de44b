"""Terminal output: a compact, readable account of who says what, for a shell or a pager.

Why ``rich.text.Text`` for every piece of article text (instead of markup strings): a ``Text`` is never
parsed, so an article containing ``[bold]``, ``[/]`` or ``:smile:`` prints literally, whatever the
markup and emoji settings of the console the CLI passes in. Only presslens's own fixed labels are plain
strings. Names, chains and colour slots come from the HTML renderer's helpers so both outputs agree.
"""

from __future__ import annotations

import io
from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from presslens.hookspecs import Renderer, hookimpl
from presslens.reading import Flag, Quote, Reading, Span
from presslens.render.html import (
    KIND_LABELS,
    NO_SPEAKER,
    SpeakerRow,
    attribution_chain,
    speaker_rows,
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


def _pct(share: float) -> str:
    return f"{share * 100:.0f}%"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


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
    kinds = " · ".join(f"{n} {kind}" for kind, n in summary["quotes_by_kind"].items())
    rows = [
        ("Sentences", str(summary["sentences"])),
        (
            "Attributed",
            f"{_pct(summary['attributed_share'])} "
            f"({summary['attributed_sentences']} of {summary['sentences']} sentences)",
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


def terminal_view(reading: Reading) -> Group:
    """Everything the terminal output shows, as one Rich renderable."""
    rows = speaker_rows(reading)
    by_name = {r.name: r for r in rows}
    parts: list[RenderableType] = [header(reading.meta), Text(), summary_table(reading.summary())]
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
    parts.append(Text(NOTE, style="dim"))
    return Group(*parts)


def print_terminal(reading: Reading, console: Console) -> None:
    """Print the reading to ``console`` (the CLI passes a real terminal console, so colours show)."""
    console.print(terminal_view(reading), highlight=False)


def render_terminal(reading: Reading, *, width: int = 100, color: bool = False) -> str:
    """The terminal view as a string: plain text, or with ANSI colour codes when ``color`` is true.

    Plain text has Rich's padding stripped from line ends, so saved reports diff cleanly.
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
    print_terminal(reading, console)
    if color:
        return console.export_text(styles=True)
    return "".join(line.rstrip() + "\n" for line in console.export_text().splitlines())


@hookimpl
def presslens_renderers() -> list[Renderer]:
    return [Renderer("terminal", "text/plain", "txt", render_terminal, "readable summary for a terminal")]

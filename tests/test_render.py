"""The HTML and terminal renderers, on readings built by hand (no spaCy): escaping, nesting, colours, chains.

Offsets are found with ``str.find`` on the test text, so they are right by construction.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
from html.parser import HTMLParser

import pytest
from rich.console import Console

from presslens.reading import Flag, Quote, Reading, Relay, Span
from presslens.render import html as html_renderer
from presslens.render import terminal as terminal_renderer
from presslens.render.html import render_html
from presslens.render.marks import Mark, segments
from presslens.render.palette import PALETTE, palette_slots
from presslens.render.terminal import TERMINAL_COLOURS, print_terminal, render_terminal

HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(1)>'
VOID = {"meta", "input", "br", "img", "link", "hr", "wbr", "source"}

TEXT = (
    "Ministers defend the plan.\n\n"
    '"We will not back down," said Jane Doe, the energy minister. '
    'She added that the "reforms" were overdue.\n\n'
    "The Washington Post reported, citing a Moscow businessman, that talks had stalled.\n\n"
    "Critics say the plan is rushed."
)


def span(text: str, needle: str, after: str = "") -> Span:
    """The span of ``needle`` in ``text`` (searching from the first ``after``, when given)."""
    start = text.find(needle, text.find(after) if after else 0)
    assert start >= 0, needle
    return Span.of(text, start, start + len(needle))


def sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+\.?", text) if m.group().strip()]


def sample(text: str = TEXT, **meta: str) -> Reading:
    """Jane Doe twice (one mixed quote with a scare quote inside), an anonymous speaker relayed by the
    Post, a quote with no speaker named, and an anonymous-source flag over a source."""
    quotes = [
        Quote(
            "direct",
            [span(text, '"We will not back down,"')],
            span(text, "said"),
            span(text, "Jane Doe"),
            "Jane Doe",
            "person",
            False,
            0.93,
            rationale="quotation marks next to a speech verb",
        ),
        Quote(
            "mixed",
            [span(text, 'that the "reforms" were overdue')],
            span(text, "added"),
            span(text, "She"),
            "Jane Doe",
            "person",
            False,
            0.71,
        ),
        Quote(
            "indirect",
            [span(text, "that talks had stalled")],
            span(text, "citing"),
            span(text, "a Moscow businessman"),
            "Moscow businessman",
            "anonymous",
            True,
            0.66,
            via=[
                Relay(
                    "The Washington Post", "outlet", span(text, "The Washington Post"), span(text, "reported")
                )
            ],
        ),
        Quote(
            "indirect",
            [span(text, "the plan is rushed")],
            span(text, "say"),
            span(text, "Critics", after="Critics say"),
            None,
            "unknown",
            False,
            0.4,
        ),
    ]
    return Reading(
        text,
        {"title": "Plan debate", "outlet": "The Example Times", "date": "2025-01-02", **meta},
        quotes,
        anonymous_sources=[Flag(span(text, "a Moscow businessman"), "anonymous", "no name given", 0.8)],
        scare_quotes=[Flag(span(text, '"reforms"'), "scare_quote", "quotation marks, no speaker", 0.75)],
        sentences=sentences(text),
    )


class Page(HTMLParser):
    """Parses a report strictly: every end tag must close the innermost open element.

    Collects the text inside ``#pl-text``, the start tags, and the content of style and script elements.
    """

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.article_depth: int | None = None
        self.article_text: list[str] = []
        self.raw: dict[str, list[str]] = {"style": [], "script": []}
        self.feed(document)
        self.close()
        assert self.stack == [], f"unclosed elements: {self.stack}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in VOID:
            return
        self.stack.append(tag)
        if dict(attrs).get("id") == "pl-text":
            self.article_depth = len(self.stack)
        if tag in self.raw:
            self.raw[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        if self.article_depth == len(self.stack):
            self.article_depth = None
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.article_depth is not None:
            self.article_text.append(data)
        if self.stack and self.stack[-1] in self.raw:
            self.raw[self.stack[-1]][-1] += data

    def spans(self, **wanted: str) -> list[dict[str, str | None]]:
        """Start tags whose attributes include all of ``wanted`` (``data_kind`` means ``data-kind``)."""
        want = {k.replace("_", "-"): v for k, v in wanted.items()}
        return [a for _, a in self.tags if all(a.get(k) == v for k, v in want.items())]


def classes(attrs: dict[str, str | None]) -> set[str]:
    return set((attrs.get("class") or "").split())


def content(page: Page, quote: str) -> list[dict[str, str | None]]:
    """The highlighted content segments of one attribution (not its cue or source)."""
    return [a for a in page.spans(data_quote=quote) if "q" in classes(a)]


# --- HTML ----------------------------------------------------------------------------------------------


def test_html_escapes_hostile_text_title_speaker_and_url() -> None:
    text = f"Opening line {HOSTILE} here. Someone said hello."
    reading = Reading(
        text,
        {"title": HOSTILE, "author": HOSTILE, "url": f"https://x.test/?q={HOSTILE}"},
        [
            Quote(
                "indirect",
                [span(text, "hello")],
                span(text, "said"),
                span(text, "Someone"),
                HOSTILE,
                HOSTILE,
                False,
                0.5,
                via=[Relay(HOSTILE, "outlet", None)],
                rationale=HOSTILE,
            ),
            Quote(HOSTILE, [span(text, "Opening")], None, None, None, "unknown", False, 0.5),
        ],
        scare_quotes=[Flag(span(text, HOSTILE), HOSTILE, HOSTILE, 0.5)],
    )
    out = render_html(reading)
    page = Page(out)
    assert "<script>alert" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<img" not in out
    assert not [tag for tag, _ in page.tags if tag == "img"]
    assert [a.get("type") for tag, a in page.tags if tag == "script"] == ["application/json", None]
    assert all(not k.startswith("on") for _, attrs in page.tags for k in attrs)
    assert "".join(page.article_text) == text


def test_embedded_json_cannot_close_its_script_and_reads_back() -> None:
    text = "A line </script><script>alert(1)</script> & <!-- more\u2028 text\u2029. Someone said hi."
    reading = Reading(
        text,
        {"title": "</script>"},
        [
            Quote(
                "indirect",
                [span(text, "hi")],
                span(text, "said"),
                span(text, "Someone"),
                "Someone",
                "person",
                False,
                0.5,
            ),
        ],
    )
    page = Page(render_html(reading))
    data = page.raw["script"][0]
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in data
    assert Reading.from_dict(json.loads(data)).text == text


def test_overlapping_spans_nest_cleanly_and_keep_the_text() -> None:
    reading = sample()
    # A flag that crosses the end of a quote (starts inside it, ends outside) cannot nest naively.
    crossing = Span.of(TEXT, TEXT.find("reforms"), TEXT.find("overdue.") + len("overdue."))
    reading.anonymous_sources.append(Flag(crossing, "vague", "crosses a quote", 0.5))
    page = Page(render_html(reading))
    assert "".join(page.article_text) == TEXT
    inner = page.spans(data_start=str(TEXT.find("reforms")))
    assert len(inner) == 1 and {"q", "scare", "anon"} <= classes(inner[0])
    assert inner[0]["data-quote"] == "pl-q2"
    assert "Mixed quote attributed to Jane Doe" in (inner[0]["title"] or "")
    assert "Scare quotes" in (inner[0]["title"] or "")
    tail = [a for a in page.spans(data_start=str(TEXT.find("overdue") + len("overdue")))]
    assert len(tail) == 1 and classes(tail[0]) == {"anon"}


def test_every_highlight_carries_its_evidence() -> None:
    page = Page(render_html(sample()))
    marked = [a for _, a in page.tags if a.get("data-start") is not None]
    assert marked
    for attrs in marked:
        start, end = int(attrs["data-start"] or 0), int(attrs["data-end"] or 0)
        assert 0 <= start < end <= len(TEXT)
        assert attrs.get("title")
    direct = content(page, "pl-q1")[0]
    assert direct["data-speaker"] == "Jane Doe"
    assert direct["data-speaker-type"] == "person"
    assert direct["data-confidence"] == "0.93"
    assert direct["data-reason"] == "quotation marks next to a speech verb"
    assert "cue" in classes(page.spans(data_start=str(TEXT.find("said")))[0])
    assert "src" in classes(page.spans(data_start=str(TEXT.find("Jane Doe")))[0])


def test_paragraphs_split_on_blank_lines() -> None:
    article = render_html(sample()).split('id="pl-text"')[1].split("</article>")[0]
    assert article.count("<p>") == article.count("</p>") == TEXT.count("\n\n") + 1


def test_via_chain_is_shown() -> None:
    out = render_html(sample())
    page = Page(out)
    relayed = content(page, "pl-q3")
    assert relayed[0]["data-attribution"] == "Moscow businessman (anonymous), via The Washington Post"
    assert relayed[0]["data-via"] == "The Washington Post"
    assert "src-via" in classes(page.spans(data_start=str(TEXT.find("The Washington Post")))[0])
    assert "via The Washington Post" in out


def test_speaker_colours_are_stable_and_distinct() -> None:
    def colour(page: Page, quote: str) -> set[str]:
        return {c for a in content(page, quote) for c in classes(a) if re.fullmatch(r"c\d+", c)}

    first, second = render_html(sample()), render_html(sample())
    assert first == second
    page = Page(first)
    jane, jane_again, moscow = colour(page, "pl-q1"), colour(page, "pl-q2"), colour(page, "pl-q3")
    assert len(jane) == 1 and jane == jane_again
    assert len(moscow) == 1 and moscow != jane
    anonymous = content(page, "pl-q3")[0]
    assert "q-anon" in classes(anonymous)
    unnamed = content(page, "pl-q4")[0]
    assert "q-nospk" in classes(unnamed) and unnamed["data-speaker"] == "no speaker named"


def test_palette_slots_are_distinct_until_the_palette_runs_out() -> None:
    names = [f"Speaker {i}" for i in range(len(PALETTE))]
    slots = palette_slots(names)
    assert len(set(slots.values())) == len(PALETTE)
    assert palette_slots(reversed(names)) == slots
    assert len(palette_slots([*names, "one more"])) == len(PALETTE) + 1


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize(("background", "edge"), PALETTE)
def test_palette_keeps_text_readable(background: str, edge: str) -> None:
    ink = _luminance("#111827")
    assert (_luminance(background) + 0.05) / (ink + 0.05) >= 7  # WCAG AAA for body text
    assert (1 + 0.05) / (_luminance(edge) + 0.05) >= 4.5  # edge colours readable on white


def test_report_is_self_contained() -> None:
    out = render_html(sample(url="https://example.com/story"))
    page = Page(out)
    assert not [tag for tag, _ in page.tags if tag in ("link", "img", "iframe", "object", "embed")]
    for _, attrs in page.tags:
        assert "src" not in attrs
        assert (attrs.get("href") or "#").startswith("#")
    assert not re.search(r"""(src|href|url)\s*[=(]\s*["']?(https?:)?//""", out)
    assert not re.search(r"@import", out)


def test_csp_allows_exactly_the_inline_style_and_script() -> None:
    page = Page(render_html(sample()))
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv"))
    assert csp and "default-src 'none'" in csp

    def digest(source: str) -> str:
        return base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()

    assert f"style-src 'sha256-{digest(page.raw['style'][0])}'" in csp
    assert f"script-src 'sha256-{digest(page.raw['script'][1])}'" in csp


def test_sidebar_has_speakers_layers_and_legend() -> None:
    page = Page(render_html(sample()))
    layers = [a["data-layer"] for t, a in page.tags if t == "input"]
    assert layers == ["quotes", "cues", "sources", "anonymous", "scare"]
    buttons = {a["data-focus"] for t, a in page.tags if t == "button"}
    marked = {
        ref
        for a in page.tags
        if a[1].get("data-speaker-id")
        for ref in (a[1]["data-speaker-id"] or "").split()
    }
    assert len(buttons) == 3 and buttons == marked
    assert any("pl-legend" in classes(a) for _, a in page.tags)


def test_wording_is_descriptive() -> None:
    out = render_html(sample())
    visible = re.sub(r"<[^>]*>", " ", out.split("<style>")[0] + out.split("</style>")[1].split("<script")[0])
    for verdict in ("false", "true", "lie", "misleading", "fake", "verified", "debunked"):
        assert not re.search(rf"\b{verdict}\b", visible, re.IGNORECASE), verdict
    assert "attributed to" in visible and "no speaker named" in visible


@pytest.mark.parametrize("text", ["", "Just prose, no quotes.\n\nA second paragraph."])
def test_reading_without_quotes_renders(text: str) -> None:
    reading = Reading(text, sentences=sentences(text))
    page = Page(render_html(reading))
    if text:
        assert "".join(page.article_text) == text
    assert "No attributions found." in render_html(reading)
    assert "No attributions found." in render_terminal(reading)
    assert "Untitled article" in render_terminal(reading)


def test_out_of_range_spans_are_skipped() -> None:
    reading = sample()
    reading.scare_quotes.append(Flag(Span(5, 500, "?"), "scare_quote", "bad offsets", 0.1))
    reading.quotes.append(
        Quote(
            "direct", [Span(900, 910, "?")], Span(-1, 3, "?"), Span(4, 4, ""), "Ghost", "person", False, 0.1
        )
    )
    page = Page(render_html(reading))
    assert "".join(page.article_text) == TEXT
    assert not page.spans(data_speaker="Ghost")
    assert "Ghost" in render_terminal(reading)


def test_segments_cut_at_every_boundary() -> None:
    a = Mark(0, 6, 0, ("q",), "a")
    b = Mark(3, 9, 3, ("anon",), "b")
    pieces = [(s, e, [m.title for m in ms]) for s, e, ms in segments(10, [a, b], [8])]
    assert pieces == [(0, 3, ["a"]), (3, 6, ["a", "b"]), (6, 8, ["b"]), (8, 9, ["b"]), (9, 10, [])]


# --- terminal --------------------------------------------------------------------------------------------


def test_terminal_lists_header_summary_speakers_and_attributions() -> None:
    out = render_terminal(sample(), width=200)
    for expected in (
        "Plan debate",
        "The Example Times",
        "2025-01-02",
        "Authorial voice",
        "1 direct · 2 indirect · 1 mixed",
        "Jane Doe",
        "no speaker named",
        "Moscow businessman (anonymous), via The Washington Post",
        "cue “said”",
        f"[{TEXT.find('that talks')}–{TEXT.find('that talks') + len('that talks had stalled')}]",
        "Anonymous or vague sources",
        "no name given",
        "Scare quotes",
    ):
        assert expected in out, expected
    assert "\x1b[" not in out
    assert all(len(line) <= 200 and line == line.rstrip() for line in out.splitlines())


def test_terminal_does_not_interpret_article_text() -> None:
    text = "He said [bold]loud[/bold] :smile: [link=https://x.test]here[/link]. Then stop."
    reading = Reading(
        text,
        {"title": "[red]Title[/red]"},
        [
            Quote(
                "direct",
                [span(text, "[bold]loud[/bold] :smile:")],
                span(text, "said"),
                span(text, "He"),
                "[red]He[/red]",
                "person",
                False,
                0.9,
            ),
        ],
    )
    buffer = io.StringIO()
    print_terminal(reading, Console(file=buffer, width=160))  # markup and emoji on, as a CLI console has
    for out in (
        render_terminal(reading, width=160),
        render_terminal(reading, width=160, color=True),
        buffer.getvalue(),
    ):
        for literal in ("[bold]loud[/bold] :smile:", "[red]He[/red]", "[red]Title[/red]"):
            assert literal in out
        assert "😄" not in out


def test_terminal_trims_long_content_and_keeps_offsets() -> None:
    text = "She said " + "word " * 100 + "end."
    content = span(text, "word " * 100 + "end")
    reading = Reading(
        text,
        quotes=[
            Quote(
                "indirect", [content], span(text, "said"), span(text, "She"), "Alice", "person", False, 0.8
            ),
        ],
    )
    out = render_terminal(reading, width=300)
    line = next(li for li in out.splitlines() if "word word" in li)
    assert "…" in line and f"[{content.start}–{content.end}]" in line
    assert len(line) < 220


def test_terminal_has_a_colour_for_every_palette_slot() -> None:
    assert len(TERMINAL_COLOURS) == len(PALETTE)


def test_print_terminal_writes_colour_to_the_given_console() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="truecolor", width=120)
    print_terminal(sample(), console)
    assert "\x1b[" in buffer.getvalue() and "Jane Doe" in buffer.getvalue()


# --- registration ----------------------------------------------------------------------------------------


def test_renderers_are_provided_through_the_hook() -> None:
    (html_spec,) = html_renderer.presslens_renderers()
    (term_spec,) = terminal_renderer.presslens_renderers()
    assert (html_spec.name, html_spec.media_type, html_spec.extension) == ("html", "text/html", "html")
    assert (term_spec.name, term_spec.media_type, term_spec.extension) == ("terminal", "text/plain", "txt")
    assert html_spec.render(sample()).startswith("<!DOCTYPE html>")
    assert "Jane Doe" in term_spec.render(sample())

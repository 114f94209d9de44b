"""The claims, certainty, persuasion and genre layers in the terminal and HTML renderers, and the SemEval
export, on readings built by hand (no model). Offsets come from ``str.find``, so they are right by
construction; the strict HTML parser and span helpers are shared with ``tests/test_render.py``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re

import pytest
from tests.test_render import HOSTILE, TEXT, Page, classes, sample, sentences, span

from presslens.analyze.techniques import BY_LABEL, TECHNIQUES
from presslens.reading import SUPPORT_LABELS, Claim, Evidence, Flag, Genre, GenreReason, Reading, Span
from presslens.render import semeval
from presslens.render.describe import LABELS_NOTE, technique_rows
from presslens.render.html import render_html
from presslens.render.marks import nesting_levels
from presslens.render.palette import INK, contrast, readable_background
from presslens.render.semeval import article_id, parse_semeval, render_semeval
from presslens.render.terminal import dense_paragraphs, line_paragraphs, ranked_unsupported, render_terminal

PARAGRAPHS = (
    "The council approved the budget on Monday.\n\n"
    "This disastrous plan will clearly bankrupt the city. Everyone knows the mayor is a puppet.\n\n"
    "The deficit may grow, officials said.\n\n"
    "Taxes rose 4% last year, according to the treasury report at https://example.org/report."
)


def claim(text: str, sentence: str, checkworthy: float, support: str, **kw: object) -> Claim:
    return Claim(span(text, sentence), checkworthy, support, **kw)  # type: ignore[arg-type]


def layered(text: str = PARAGRAPHS, **meta: object) -> Reading:
    """Four claims, one per support label; hedge and booster cues; overlapping technique spans (one
    crossing a sentence boundary); a genre with reasons."""
    booster, hedge = span(text, "clearly"), span(text, "may", after="deficit")
    claims = [
        claim(text, "The council approved the budget on Monday.", 0.55, "evidence-cited"),
        claim(
            text,
            "This disastrous plan will clearly bankrupt the city.",
            0.91,
            "unsupported",
            boosters=[booster],
            certainty="boosted",
            rationale="authorial assertion, no source",
            id="c2",
        ),
        claim(text, "Everyone knows the mayor is a puppet.", 0.91, "unsupported", id="c3"),
        claim(
            text,
            "The deficit may grow, officials said.",
            0.7,
            "attributed-anonymous",
            evidence=[Evidence("attribution", span(text, "officials said"), "q1", True)],
            hedges=[hedge],
            certainty="hedged",
            id="c4",
        ),
        claim(
            text,
            "Taxes rose 4% last year, according to the treasury report at https://example.org/report.",
            0.88,
            "attributed-named",
            evidence=[
                Evidence("data", span(text, "4%"), "percentage"),
                Evidence("document", span(text, "according to the treasury report"), "according to"),
                Evidence("link", span(text, "https://example.org/report"), "https://example.org/report"),
            ],
            id="c5",
        ),
    ]
    techniques = [
        Flag(span(text, "disastrous"), "Loaded_Language", BY_LABEL["Loaded_Language"].definition, 0.9),
        Flag(span(text, "This disastrous plan"), "Exaggeration,Minimisation", "exaggerates", 0.6),
        Flag(
            span(text, "a puppet"), "Name_Calling,Labeling", BY_LABEL["Name_Calling,Labeling"].definition, 0.8
        ),
        # crosses the sentence boundary between two claims, and overlaps the booster
        Flag(span(text, "clearly bankrupt the city. Everyone knows"), "Doubt", "questions", 0.4),
        Flag(span(text, "Everyone knows"), "Bandwagon,Reductio_ad_hitlerum", "everyone does", 0.5),
    ]
    return Reading(
        text,
        {"title": "Budget row", **meta},
        sentences=sentences(text),
        claims=claims,
        checkworthiness=[c.checkworthy for c in claims],
        certainty_cues=[
            Flag(booster, "booster", "certainty adverb", 0.9),
            Flag(hedge, "hedge", "modal", 0.8),
        ],
        techniques=techniques,
        genre=Genre(
            "opinion",
            0.83,
            [
                GenreReason(
                    "evaluative_words", 0.04, 1.1, "many evaluative adjectives", [span(text, "disastrous")]
                ),
                GenreReason("quotes_share", 0.1, -0.3, "little attributed speech"),
                GenreReason("first_person", 0.0, 0.05, "no first person"),
                GenreReason("hedges", 0.01, 0.02, "tiny"),
            ],
        ),
    )


def with_quote_layers() -> Reading:
    """``sample()`` from test_render (quotes, flags) with claims and techniques over its quotes."""
    reading = sample()
    text = reading.text
    reading.quotes[0].id = "q1"
    reading.quotes[2].id = "q3"
    reading.claims = [
        Claim(
            span(text, '"We will not back down," said Jane Doe, the energy minister.'),
            0.7,
            "attributed-named",
            [Evidence("attribution", span(text, "said Jane Doe"), "q1")],
            id="c1",
        ),
        Claim(
            span(text, "The Washington Post reported, citing a Moscow businessman, that talks had stalled."),
            0.8,
            "attributed-anonymous",
            [Evidence("attribution", span(text, "citing a Moscow businessman"), "q3", True)],
            id="c2",
        ),
    ]
    reading.techniques = [
        Flag(span(text, "We will not back down"), "Slogans", "slogan", 0.8),
        Flag(span(text, "back down"), "Loaded_Language", "loaded", 0.7),
        Flag(span(text, 'down," said Jane'), "Name_Calling,Labeling", "label", 0.6),
        Flag(span(text, '"reforms" were overdue.\n\nThe Washington'), "Doubt", "crosses a paragraph", 0.5),
    ]
    reading.certainty_cues = [Flag(span(text, "not"), "booster", "negation", 0.6)]
    return reading


# --- terminal --------------------------------------------------------------------------------------------


def test_terminal_lists_unsupported_claims_first_most_important_first() -> None:
    out = render_terminal(layered(), width=200)
    for expected in ("Claims (5)", "attributed-named", "evidence-cited", "no source or evidence given"):
        assert expected in out, expected
    head = out.index("Unsupported claims")
    first, second = out.index("This disastrous plan", head), out.index("Everyone knows the mayor", head)
    assert first < second  # same check-worthiness: the boosted claim comes first
    assert "certainty boosted · boosters: “clearly”" in out
    assert "Certainty cues: 1 hedge · 1 booster" in out
    # only unsupported claims are listed there
    assert "The council approved" not in out[head : out.index("Persuasion techniques")]
    assert LABELS_NOTE in out


def test_ranking_and_top_n() -> None:
    text = " ".join(f"Claim number {i} is here." for i in range(8))
    claims = [
        Claim(span(text, f"Claim number {i} is here."), cw, "unsupported", certainty=certainty)
        for i, (cw, certainty) in enumerate(
            [
                (0.5, "neutral"),
                (0.9, "hedged"),
                (0.9, "boosted"),
                (0.9, "neutral"),
                (0.2, "neutral"),
                (0.6, "mixed"),
                (0.7, "neutral"),
                (0.1, "boosted"),
            ]
        )
    ]
    order = [text[c.span.start : c.span.end] for c in ranked_unsupported(claims)]
    # boosted, then mixed, neutral, hedged; within each, most check-worthy first
    assert [o.split()[2] for o in order] == ["2", "7", "5", "3", "6", "0", "4", "1"]
    reading = Reading(text, claims=claims)
    out = render_terminal(reading, width=200)
    assert "… and 3 more unsupported claims." in out
    assert "Claim number 1 is here." not in out
    assert "Claim number 1 is here." in render_terminal(reading, width=200, top=8)


def test_terminal_shows_technique_counts_and_the_densest_paragraph() -> None:
    reading = layered()
    reading.techniques.append(Flag(span(PARAGRAPHS, "a puppet"), "Name_Calling,Labeling", "again", 0.5))
    out = render_terminal(reading, width=200)
    section = out[out.index("Persuasion techniques") :]
    assert re.search(r"Name calling / labelling\s+2\s+Name_Calling,Labeling", section)
    assert re.search(r"Loaded language\s+1\s+Loaded_Language", section)
    dense = section[section.index("Densest paragraphs") :]
    assert "1. [" in dense and "This disastrous plan will clearly" in dense
    assert "The council approved" not in dense  # a paragraph without technique spans is not listed
    top = dense_paragraphs(reading)[0]
    assert PARAGRAPHS[top[0] : top[1]].startswith("This disastrous plan")


def test_paragraph_density_splits_on_line_breaks_and_counts_overlaps_once() -> None:
    text = "Alpha beta gamma.\nDelta epsilon.\n\n\nZeta eta theta iota."
    assert [text[a:b] for a, b in line_paragraphs(text)] == [
        "Alpha beta gamma.",
        "Delta epsilon.",
        "Zeta eta theta iota.",
    ]
    reading = Reading(
        text,
        techniques=[
            Flag(span(text, "Delta"), "Loaded_Language", "", 0.5),
            Flag(span(text, "Delta epsilon"), "Doubt", "", 0.5),  # overlaps: 13 of 14 characters, not 18
            Flag(span(text, "Zeta"), "Slogans", "", 0.5),
        ],
    )
    (first, second) = dense_paragraphs(reading, top=2)
    assert text[first[0] : first[1]] == "Delta epsilon." and first[2] == pytest.approx(13 / 14)
    assert text[second[0] : second[1]] == "Zeta eta theta iota."


def test_terminal_genre_line_has_the_strongest_reasons() -> None:
    out = render_terminal(layered(), width=200)
    assert "Genre: reads as opinion or analysis (confidence 0.83)" in out
    assert "evaluative words" in out and "many evaluative adjectives" in out
    assert "quotes share" in out and "first person" in out
    assert "tiny" not in out  # only the three strongest reasons


def test_terminal_does_not_interpret_markup_in_new_layers() -> None:
    text = "The [bold]plan[/bold] is :smile: a disaster.\n\nMore text here."
    reading = Reading(
        text,
        claims=[Claim(span(text, "The [bold]plan[/bold] is :smile: a disaster."), 0.9, "unsupported")],
        techniques=[Flag(span(text, "[bold]plan[/bold]"), "Loaded_Language", "x", 0.5)],
    )
    for out in (render_terminal(reading, width=160), render_terminal(reading, width=160, color=True)):
        assert "[bold]plan[/bold]" in out and ":smile:" in out


# --- HTML ------------------------------------------------------------------------------------------------


def article_of(page: Page) -> str:
    return "".join(page.article_text)


def test_html_has_a_badge_for_every_support_label() -> None:
    page = Page(render_html(layered()))
    badges = [a for t, a in page.tags if t == "button" and "pl-badge" in classes(a)]
    assert {a["data-support"] for a in badges} == set(SUPPORT_LABELS)
    colour_classes = {frozenset(classes(a) - {"pl-badge"}) for a in badges}
    assert len(colour_classes) == len(SUPPORT_LABELS)  # one distinct colour class per label
    boosted = next(a for a in badges if a["data-claim"] == "pl-c2")
    assert boosted["data-badge"] == "unsupported · boosted" and boosted["data-certainty"] == "boosted"
    assert all(a.get("aria-label") and a.get("title") for a in badges)
    claims = page.spans(data_claim="pl-c2")
    assert claims and all({"claim", "s-none"} <= classes(a) for a in claims if "claim" in classes(a))


def test_html_legend_lists_only_the_techniques_present_with_definitions() -> None:
    reading = layered()
    out = render_html(reading)
    page = Page(out)
    present = {f.label for f in reading.techniques}
    listed = [a["data-technique-label"] for _, a in page.tags if a.get("data-technique-label")]
    assert set(listed) == present
    for technique in TECHNIQUES:
        if technique.label in present:
            assert html_escape(technique.definition) in out and html_escape(technique.name) in out
        else:
            assert html_escape(technique.definition) not in out
    assert 'Loaded language <span class="pl-count">(1)</span>' in out


def html_escape(value: str) -> str:
    import html

    return html.escape(value, quote=True)


def test_html_has_layer_and_technique_toggles() -> None:
    reading = layered()
    page = Page(render_html(reading))
    layers = [a["data-layer"] for t, a in page.tags if t == "input" and a.get("data-layer")]
    assert layers == ["quotes", "cues", "sources", "anonymous", "scare", "claims", "certainty", "persuasion"]
    toggles = {a["data-technique"] for t, a in page.tags if t == "input" and a.get("data-technique")}
    rows = technique_rows(reading.techniques)
    assert toggles == {r.key for r in rows} and len(toggles) == len({f.label for f in reading.techniques})
    for row in rows:  # each toggle's class is painted and can be hidden
        marked = [a for _, a in page.tags if row.key in classes(a) and a.get("data-technique")]
        assert marked and all(a["data-technique"] == row.label for a in marked)
    style = page.raw["style"][0]
    for row in rows:
        assert f".{row.key}{{background-color:{row.colour}}}" in style
        assert f".hide-{row.key} .{row.key}{{" in style


def test_html_links_claims_to_their_evidence_and_quotes() -> None:
    reading = with_quote_layers()
    out = render_html(reading)
    page = Page(out)
    claim1 = [a for a in page.spans(data_claim="pl-c1") if "claim" in classes(a)]
    assert claim1 and all(a["data-linked-quotes"] == "pl-q1" for a in claim1)
    assert page.spans(data_ev="pl-c1") and page.spans(data_ev="pl-c2")
    evidence = page.spans(data_ev="pl-c2")[0]
    assert "Evidence for claim 2" in (evidence["title"] or "") and "anonymous source" in (
        evidence["title"] or ""
    )
    assert [a for a in page.spans(data_quote="pl-q1") if "q" in classes(a)]  # the quote it links to
    assert {a["id"] for _, a in page.tags if "pl-anchor" in classes(a)} >= {"pl-c1", "pl-c2", "pl-q1"}
    assert 'href="#pl-q1">attribution q1</a>' in out  # the claims list links to the attribution
    assert article_of(page) == TEXT


def test_html_evidence_links_are_live_only_for_http() -> None:
    text = "Prices rose, the report says. Details: see here and there."
    reading = Reading(
        text,
        claims=[
            Claim(
                span(text, "Prices rose, the report says."),
                0.8,
                "evidence-cited",
                [
                    Evidence("link", span(text, "here"), 'https://example.org/?q="><script>x</script>'),
                    Evidence("link", span(text, "there"), "javascript:alert(1)"),
                    Evidence("link", span(text, "Details"), "data:text/html,<b>x</b>"),
                ],
            )
        ],
    )
    out = render_html(reading)
    page = Page(out)
    hrefs = [a["href"] for t, a in page.tags if t == "a" and a.get("href")]
    external = [h for h in hrefs if not (h or "").startswith("#")]
    assert external == ['https://example.org/?q="><script>x</script>']
    link = next(a for t, a in page.tags if t == "a" and a.get("href") == external[0])
    assert "noopener" in (link["rel"] or "") and "noreferrer" in (link["rel"] or "")
    assert "<code>javascript:alert(1)</code>" in out
    assert "<script>x" not in out and "<b>x" not in out


def test_overlapping_layers_nest_and_keep_every_character() -> None:
    for reading in (layered(), with_quote_layers()):
        page = Page(render_html(reading))  # Page asserts every end tag closes the innermost element
        assert article_of(page) == reading.text
    page = Page(render_html(layered()))
    # the segment inside the booster, the Doubt span and the second claim: nested wrappers, offsets on the
    # innermost one only
    start = PARAGRAPHS.find("clearly")
    inner = page.spans(data_start=str(start))
    assert len(inner) == 1 and "booster" in classes(inner[0])
    doubt = [a for a in page.spans(data_technique="Doubt")]
    assert len(doubt) >= 3  # cut at the booster's end, the sentence end and "Everyone knows"


def test_random_overlaps_render_valid_html_without_losing_text() -> None:
    rng = random.Random(11)
    text = 'Alpha <b>beta</b> & gamma "delta" épsilon 😀 zeta.\n\nEta theta <script>iota</script>.\nKappa.'
    labels = [t.label for t in TECHNIQUES]

    def random_span() -> Span:
        a = rng.randrange(0, len(text) - 1)
        return Span.of(text, a, rng.randrange(a + 1, len(text) + 1))

    for _ in range(60):
        reading = Reading(
            text,
            claims=[
                Claim(
                    random_span(),
                    rng.random(),
                    rng.choice([*SUPPORT_LABELS, "something-else"]),
                    [Evidence(rng.choice(["attribution", "link", "data", "odd"]), random_span(), "q1")],
                    hedges=[random_span()],
                    certainty=rng.choice(["hedged", "boosted", "mixed", "neutral"]),
                )
                for _ in range(rng.randrange(0, 4))
            ],
            certainty_cues=[Flag(random_span(), rng.choice(["hedge", "booster"]), "", 0.5) for _ in range(3)],
            techniques=[
                Flag(random_span(), rng.choice([*labels, "Made_Up,Label"]), "d", 0.5)
                for _ in range(rng.randrange(0, 8))
            ],
            scare_quotes=[Flag(random_span(), "scare_quote", "", 0.5)],
        )
        out = render_html(reading)
        page = Page(out)
        assert article_of(page) == text
        assert "<script>iota" not in out and "<b>beta" not in out


def test_nesting_levels_differ_where_spans_overlap() -> None:
    spans = [(0, 10), (5, 15), (8, 9), (20, 30), (0, 30)]
    levels = nesting_levels(spans)
    for i, (a0, a1) in enumerate(spans):
        for j, (b0, b1) in enumerate(spans):
            if i < j and a0 < b1 and b0 < a1:
                assert levels[i] != levels[j], (spans[i], spans[j])
    assert levels[4] == max(levels)  # the longest span is the outermost band


def test_hostile_text_in_every_new_layer_is_escaped() -> None:
    text = f"Opening {HOSTILE} claim here.\n\nSecond paragraph."
    hostile = span(text, HOSTILE)
    reading = Reading(
        text,
        {"title": HOSTILE},
        claims=[
            Claim(
                span(text, f"Opening {HOSTILE} claim here."),
                0.9,
                HOSTILE,
                [Evidence(HOSTILE, hostile, HOSTILE, True)],
                hedges=[hostile],
                certainty=HOSTILE,
                rationale=HOSTILE,
                id=HOSTILE,
            )
        ],
        certainty_cues=[Flag(hostile, "hedge", HOSTILE, 0.5)],
        techniques=[Flag(hostile, HOSTILE, HOSTILE, 0.5), Flag(hostile, "Loaded_Language", HOSTILE, 0.5)],
        genre=Genre(HOSTILE, 0.5, [GenreReason(HOSTILE, 1.0, 1.0, HOSTILE, [hostile])]),
    )
    out = render_html(reading)
    page = Page(out)
    assert "<script>alert" not in out and "<img" not in out
    assert [a.get("type") for tag, a in page.tags if tag == "script"] == ["application/json", None]
    assert all(not k.startswith("on") for _, attrs in page.tags for k in attrs)
    assert article_of(page) == text
    assert Reading.from_dict(json.loads(page.raw["script"][0])).techniques[0].label == HOSTILE
    assert "[bold]" not in render_terminal(reading)  # and the terminal renders it without failing


def test_csp_hashes_still_match_with_the_new_layers() -> None:
    page = Page(render_html(layered()))
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv"))

    def digest(source: str) -> str:
        return base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()

    assert csp and "default-src 'none'" in csp
    assert f"style-src 'sha256-{digest(page.raw['style'][0])}'" in csp
    assert f"script-src 'sha256-{digest(page.raw['script'][1])}'" in csp
    assert not [tag for tag, _ in page.tags if tag in ("link", "img", "iframe", "object", "embed")]
    assert all("src" not in attrs for _, attrs in page.tags)


def test_genre_box_and_summary() -> None:
    out = render_html(layered())
    page = Page(out)
    box = next(a for _, a in page.tags if "pl-genre" in classes(a))
    assert box["data-genre"] == "opinion"
    assert "Opinion or analysis</strong> · confidence 0.83" in out
    assert "many evaluative adjectives" in out and "e.g. “disastrous”" in out
    assert "<dt>Claims</dt><dd>5 (2 with no source or evidence given)</dd>" in out
    assert "<dt>Persuasion techniques</dt><dd>5 spans · 5 techniques</dd>" in out
    assert LABELS_NOTE in out


def test_technique_colours_keep_text_readable() -> None:
    for technique in TECHNIQUES:
        background = readable_background(technique.colour)
        assert contrast(background, INK) >= 7, technique.label
        assert readable_background(technique.colour) == background
    assert readable_background("#ffed6f") == "#ffed6f"  # already readable: unchanged
    assert readable_background("not a colour") == "#e5e7eb"


@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
def test_reading_without_new_layers_renders_as_before(version: str) -> None:
    reading = sample()
    data = reading.to_dict()
    data["version"] = version
    if version == "1.0":
        for key in ("claims", "certainty_cues", "techniques", "genre", "checkworthiness"):
            data.pop(key)
    old = Reading.from_dict(data)
    out = render_html(old)
    page = Page(out)
    assert article_of(page) == TEXT
    assert [a["data-layer"] for t, a in page.tags if t == "input"] == [
        "quotes",
        "cues",
        "sources",
        "anonymous",
        "scare",
    ]
    body = out.split("</style>")[1]
    assert "pl-badge" not in body and "pl-genre" not in body and "pl-techniques" not in body
    assert out == render_html(reading)
    terminal = render_terminal(old, width=200)
    assert "Jane Doe" in terminal and "Claims" not in terminal and "Persuasion" not in terminal
    assert LABELS_NOTE not in terminal and "Genre" not in terminal
    assert semeval.render_semeval(old) == ""


# --- SemEval export --------------------------------------------------------------------------------------


def test_semeval_round_trip_keeps_labels_with_commas() -> None:
    reading = layered(extra={"path": "/data/train/article111111112.txt"})
    out = render_semeval(reading)
    lines = out.splitlines()
    assert len(lines) == len(reading.techniques) and out.endswith("\n")
    assert all(line.count("\t") == 3 for line in lines)
    rows = parse_semeval(out)
    expected = sorted(("111111112", f.label, f.span.start, f.span.end) for f in reading.techniques)
    assert sorted(rows) == expected
    assert rows == sorted(rows, key=lambda r: (r[2], r[3], r[1]))  # sorted by start, end, technique
    assert ("Name_Calling,Labeling" in {r[1] for r in rows}) and ("Bandwagon,Reductio_ad_hitlerum" in out)
    for _, label, start, end in rows:  # offsets are the reading's code-point offsets
        assert any(f.label == label and f.span.text == reading.text[start:end] for f in reading.techniques)


def test_semeval_offsets_are_code_points() -> None:
    text = "Emoji 😀 then a disastrous plan."
    reading = Reading(text, techniques=[Flag(span(text, "disastrous"), "Loaded_Language", "", 0.9)])
    ((_, label, start, end),) = parse_semeval(render_semeval(reading))
    assert text[start:end] == "disastrous" and label == "Loaded_Language"
    assert start == text.find("disastrous")  # not the UTF-8 or UTF-16 offset


def test_semeval_sorting_ties_and_duplicates() -> None:
    text = "one two three"
    reading = Reading(
        text,
        meta={"extra": {"article_id": "42"}},
        techniques=[
            Flag(Span.of(text, 4, 7), "Slogans", "", 0.5),
            Flag(Span.of(text, 0, 7), "Doubt", "", 0.5),
            Flag(Span.of(text, 0, 3), "Loaded_Language", "", 0.5),
            Flag(Span.of(text, 0, 3), "Doubt", "", 0.5),
            Flag(Span.of(text, 0, 3), "Doubt", "", 0.7),  # the same span and label twice: one line
            Flag(Span(5, 99, "?"), "Doubt", "", 0.5),  # outside the text: left out
        ],
    )
    assert render_semeval(reading) == (
        "42\tDoubt\t0\t3\n42\tLoaded_Language\t0\t3\n42\tDoubt\t0\t7\n42\tSlogans\t4\t7\n"
    )


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"extra": {"article_id": "abc 1\t2", "path": "article9.txt"}}, "abc_1_2"),
        ({"extra": {"article_id": 777}}, "777"),
        ({"extra": {"path": "/x/y/article111111112.txt"}}, "111111112"),
        ({"extra": {"path": "C:\\data\\article123.txt"}}, "123"),
        ({"extra": {"path": "/x/y/my_story.txt"}}, "my_story"),
        ({"extra": {"article_id": "", "path": ""}}, None),
        ({}, None),
    ],
)
def test_semeval_article_id_rules(meta: dict[str, object], expected: str | None) -> None:
    reading = Reading("Some text.", meta=meta)
    assert article_id(reading) == (expected or reading.sha256[:12])


def test_semeval_empty_techniques_give_empty_output() -> None:
    assert render_semeval(Reading("Nothing here.")) == ""
    assert parse_semeval("") == [] and parse_semeval("\n\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "111\tLoaded_Language\t1",
        "111,Loaded_Language,1,5",
        "111\tLoaded_Language\tone\t5",
        "111\tLoaded_Language\t7\t5",
        "111\t\t1\t5",
        "111\tA\t1\t5\textra",
    ],
)
def test_parse_semeval_rejects_malformed_lines(line: str) -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse_semeval(f"111\tDoubt\t0\t3\n{line}\n")


def test_semeval_renderer_is_provided_through_the_hook() -> None:
    (spec,) = semeval.presslens_renderers()
    assert (spec.name, spec.media_type, spec.extension) == ("semeval", "text/tab-separated-values", "labels")
    assert spec.render(layered()) == render_semeval(layered())

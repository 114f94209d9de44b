"""The HTML report in a real headless browser: Debian's chromium driven by Playwright.

What the static tests (``test_render*.py``) cannot see is checked here: that the strict CSP still lets the
report's own style and script run (their hashes match what the browser computes) and blocks nothing else,
that the page makes no request besides its own file, that hostile article text stays text, and that the
layer toggles, technique toggles and claim-to-evidence linking in ``report.js`` really work.

Only the system browser is used (``/usr/bin/chromium``, installed by ``scripts/test.sh``); Playwright's own
browser download (``playwright install``) is never needed. One browser serves the whole module.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from tests.test_render import HOSTILE, sentences, span
from tests.test_render_layers import layered, with_quote_layers

from presslens.analyze.techniques import BY_LABEL
from presslens.reading import Claim, Evidence, Flag, Reading
from presslens.render.describe import technique_rows
from presslens.render.html import render_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TRANSPARENT = "rgba(0, 0, 0, 0)"
#: Runs before the report's own script: records every CSP violation (the console also logs them).
CSP_PROBE = (
    "window.__cspViolations = [];"
    "document.addEventListener('securitypolicyviolation', function (e) {"
    "  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);"
    "});"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (scripts/test.sh does)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (.[test] extra)"
    )
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Report:
    """A report opened in the browser, with everything the page did while it was open."""

    page: Any
    url: str
    console: list[tuple[str, str]] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def csp_violations(self) -> list[str]:
        return self.page.evaluate("window.__cspViolations")

    def assert_clean(self) -> None:
        """No script error, no console error (a CSP violation logs one), no dialog, no other request."""
        errors = [text for kind, text in self.console if kind == "error"]
        assert errors == [], errors
        assert self.page_errors == []
        assert self.csp_violations() == []
        assert self.dialogs == []
        assert self.requests and set(self.requests) == {self.url}, self.requests

    def style(self, selector: str, prop: str, nth: int = 0) -> str:
        """A computed style property of the ``nth`` element matching ``selector``."""
        return self.page.locator(selector).nth(nth).evaluate(f"e => getComputedStyle(e)[{prop!r}]")

    def article_classes(self) -> set[str]:
        return set(self.page.eval_on_selector("#pl-text", "e => e.className").split())

    def has_class(self, selector: str, cls: str) -> list[bool]:
        return self.page.eval_on_selector_all(selector, f"els => els.map(e => e.classList.contains({cls!r}))")


@pytest.fixture
def open_report(browser: Any, tmp_path: Path) -> Iterator[Callable[[Reading], Report]]:
    """Render a reading to a file, open it from ``file://`` and record console, errors, requests, dialogs."""
    contexts = []

    def _open(reading: Reading) -> Report:
        path = tmp_path / f"report{len(contexts)}.html"
        path.write_text(render_html(reading), encoding="utf-8")
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        report = Report(page, path.as_uri())
        page.on("console", lambda m: report.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: report.page_errors.append(str(e)))
        page.on("request", lambda r: report.requests.append(r.url))

        def dialog(d: Any) -> None:
            report.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        page.add_init_script(CSP_PROBE)
        page.goto(report.url, wait_until="load")
        return report

    yield _open
    for context in contexts:
        context.close()


def hostile_reading() -> Reading:
    """Script and markup in the article text, the title, a claim and a technique span over it."""
    text = f"The mayor posted {HOSTILE} on Monday.\n\nResidents were not amused, a spokesman said."
    hostile = span(text, HOSTILE)
    return Reading(
        text,
        {"title": HOSTILE, "url": f"https://example.org/?q={HOSTILE}"},
        sentences=sentences(text),
        claims=[
            Claim(
                span(text, f"The mayor posted {HOSTILE} on Monday."),
                0.9,
                "unsupported",
                [Evidence("link", hostile, f"javascript:alert(1)//{HOSTILE}")],
                rationale=HOSTILE,
            )
        ],
        techniques=[Flag(hostile, "Loaded_Language", HOSTILE, 0.7)],
        certainty_cues=[Flag(span(text, "not"), "booster", HOSTILE, 0.5)],
    )


# --- loading: CSP, network, hostile text ----------------------------------------------------------------


def test_report_runs_under_its_csp_with_no_requests_and_no_errors(open_report, tmp_path: Path) -> None:
    reading = layered()
    report = open_report(reading)
    page = report.page
    # the inline style applied (its hash matched): technique bands and the grid layout are styled
    assert report.style("#pl-text .t", "backgroundColor") != TRANSPARENT
    assert report.style(".pl-layout", "display") == "grid"
    # the inline script ran (its hash matched): a toggle changes the article's classes
    page.uncheck('input[data-layer="cues"]')
    assert "hide-cues" in report.article_classes()
    page.check('input[data-layer="cues"]')
    assert page.eval_on_selector("#pl-text", "e => e.textContent") == reading.text
    assert page.title() == "Budget row · presslens"
    report.assert_clean()

    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert width >= 1280 and height >= 900 and len(data) > 10_000


def test_hostile_text_is_shown_as_text_and_never_runs(open_report) -> None:
    reading = hostile_reading()
    report = open_report(reading)
    page = report.page
    assert "<script>alert(1)</script>" in page.inner_text("#pl-text")
    assert page.eval_on_selector("#pl-text", "e => e.textContent") == reading.text
    assert page.title() == f"{HOSTILE} · presslens"
    assert page.locator("h1").inner_text() == HOSTILE
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 2  # the embedded JSON and the report's script, nothing else
    assert page.locator("#pl-text script, #pl-text img, a[href^='javascript:']").count() == 0
    # interacting with the hostile passage shows it in the details panel, still as text
    page.locator("#pl-text .t").first.click()
    assert HOSTILE in page.inner_text("#pl-inspector")
    assert page.locator("#pl-inspector *").count() == 0
    page.locator("#pl-text .t").first.hover()
    assert report.dialogs == []
    report.assert_clean()


# --- toggles --------------------------------------------------------------------------------------------


def test_technique_toggle_hides_and_restores_only_its_highlights(open_report) -> None:
    reading = layered()
    report = open_report(reading)
    page = report.page
    rows = {r.label: r for r in technique_rows(reading.techniques)}
    loaded, doubt = rows["Loaded_Language"], rows["Doubt"]
    mark, other = f"#pl-text .{loaded.key}", f"#pl-text .{doubt.key}"
    painted = report.style(mark, "backgroundColor")
    assert painted != TRANSPARENT and report.style(other, "backgroundColor") != TRANSPARENT

    page.uncheck(f'input[data-technique="{loaded.key}"]')
    assert f"hide-{loaded.key}" in report.article_classes()
    assert report.style(mark, "backgroundColor") == TRANSPARENT
    assert report.style(mark, "paddingTop") == "0px"
    assert report.style(other, "backgroundColor") != TRANSPARENT  # the other techniques stay

    page.check(f'input[data-technique="{loaded.key}"]')
    assert f"hide-{loaded.key}" not in report.article_classes()
    assert report.style(mark, "backgroundColor") == painted
    report.assert_clean()


def test_persuasion_toggle_hides_every_technique_band(open_report) -> None:
    report = open_report(layered())
    page = report.page
    bands = page.locator("#pl-text .t")
    count = bands.count()
    assert count >= 5

    def backgrounds() -> list[str]:
        return bands.evaluate_all("els => els.map(e => getComputedStyle(e).backgroundColor)")

    assert TRANSPARENT not in backgrounds()
    page.uncheck('input[data-layer="persuasion"]')
    assert backgrounds() == [TRANSPARENT] * count
    page.check('input[data-layer="persuasion"]')
    assert TRANSPARENT not in backgrounds()
    report.assert_clean()


def test_quote_claim_and_certainty_toggles(open_report) -> None:
    report = open_report(with_quote_layers())
    page = report.page
    quote = "#pl-text .q"
    painted = report.style(quote, "backgroundColor")
    assert painted != TRANSPARENT and report.style(quote, "boxShadow") != "none"
    page.uncheck('input[data-layer="quotes"]')
    assert report.style(quote, "backgroundColor") == TRANSPARENT
    assert report.style(quote, "boxShadow") == "none"
    assert report.style("#pl-text .t", "backgroundColor") != TRANSPARENT  # other layers keep theirs
    page.check('input[data-layer="quotes"]')
    assert report.style(quote, "backgroundColor") == painted

    claim, badge = "#pl-text .claim", "#pl-text .pl-badge"
    assert report.style(claim, "borderBottomWidth") != "0px" and page.locator(badge).first.is_visible()
    page.uncheck('input[data-layer="claims"]')
    assert report.style(claim, "borderBottomWidth") == "0px"
    assert not page.locator(badge).first.is_visible()
    page.check('input[data-layer="claims"]')
    assert report.style(claim, "borderBottomWidth") != "0px" and page.locator(badge).first.is_visible()

    booster = "#pl-text .booster"
    assert "underline" in report.style(booster, "textDecorationLine")
    page.uncheck('input[data-layer="certainty"]')
    assert report.style(booster, "textDecorationLine") == "none"
    page.check('input[data-layer="certainty"]')
    assert "underline" in report.style(booster, "textDecorationLine")
    report.assert_clean()


def test_every_layer_toggle_flips_its_class(open_report) -> None:
    report = open_report(with_quote_layers())
    page = report.page
    keys = page.eval_on_selector_all("input[data-layer]", "els => els.map(e => e.dataset.layer)")
    assert keys == ["quotes", "cues", "sources", "anonymous", "scare", "claims", "certainty", "persuasion"]
    for key in keys:
        page.uncheck(f'input[data-layer="{key}"]')
        assert f"hide-{key}" in report.article_classes()
        page.check(f'input[data-layer="{key}"]')
        assert f"hide-{key}" not in report.article_classes()
    report.assert_clean()


# --- claims, evidence and the details panel --------------------------------------------------------------


def test_clicking_a_claim_shows_its_evidence_and_marks_the_linked_quote(open_report) -> None:
    report = open_report(with_quote_layers())
    page = report.page
    inspector = page.locator("#pl-inspector")
    assert "Click a highlight" in inspector.inner_text()

    # claim 2 (attributed to the anonymous Moscow businessman, relayed by the Post): click its text
    page.locator('#pl-text .claim[data-claim~="pl-c2"]', has_text="talks had stalled").first.click()
    details = inspector.inner_text()
    assert "Claim 2 (c2): attributed to an anonymous source" in details
    assert "Evidence: attribution “citing a Moscow businessman”" in details and "→ attribution q3" in details
    assert all(report.has_class('#pl-text .claim[data-claim~="pl-c2"]', "is-claim"))
    assert not any(report.has_class('#pl-text .claim[data-claim~="pl-c1"]', "is-claim"))
    assert all(report.has_class('#pl-text [data-ev~="pl-c2"]', "is-linked"))
    assert all(report.has_class('#pl-text [data-quote~="pl-q3"]', "is-linked"))  # the linked attribution
    assert not any(report.has_class('#pl-text [data-quote~="pl-q1"]', "is-linked"))
    assert report.style('#pl-text [data-quote~="pl-q3"].is-linked', "outlineStyle") == "solid"

    # the pin holds while the pointer moves over another claim
    page.locator('#pl-text .claim[data-claim~="pl-c1"]').first.hover()
    assert all(report.has_class('#pl-text [data-quote~="pl-q3"]', "is-linked"))

    # claim 1 through its badge: the evidence moves to claim 1 and its quote (Jane Doe's)
    page.locator('#pl-text button.pl-badge[data-claim="pl-c1"]').click()
    details = inspector.inner_text()
    assert "Claim 1 (c1): attributed to a named source" in details
    assert "Evidence: attribution “said Jane Doe”" in details and "→ attribution q1" in details
    assert all(report.has_class('#pl-text [data-quote~="pl-q1"]', "is-linked"))
    assert not any(report.has_class('#pl-text [data-quote~="pl-q3"]', "is-linked"))
    assert all(report.has_class('#pl-text button.pl-badge[data-claim="pl-c1"]', "is-claim"))

    # a click outside every claim unpins and clears the marks
    page.locator("#pl-text p").first.click()
    assert page.locator("#pl-text .is-linked, #pl-text .is-claim").count() == 0
    report.assert_clean()


# --- legend and genre -----------------------------------------------------------------------------------


def test_legend_lists_the_techniques_present_with_their_definitions(open_report) -> None:
    reading = layered()
    report = open_report(reading)
    page = report.page
    present = {f.label for f in reading.techniques}
    items = page.locator(".pl-techniques li[data-technique-label]")
    labels = items.evaluate_all("els => els.map(e => e.dataset.techniqueLabel)")
    assert sorted(labels) == sorted(present)
    for label in labels:
        item = items.filter(has=page.locator(f'input[data-technique="{technique_key(reading, label)}"]'))
        assert item.is_visible()
        text = item.inner_text()
        assert BY_LABEL[label].name in text and BY_LABEL[label].definition in text and label in text
        assert item.locator("input[type=checkbox]").is_checked()
        swatch = item.locator(".pl-swatch")
        assert swatch.evaluate("e => getComputedStyle(e).backgroundColor") != TRANSPARENT
    absent = [t for t in BY_LABEL.values() if t.label not in present]
    assert absent and all(t.definition not in page.inner_text(".pl-side") for t in absent)

    genre = page.locator(".pl-genre")
    assert genre.is_visible() and "Opinion or analysis" in genre.inner_text()
    assert "many evaluative adjectives" in genre.inner_text()
    report.assert_clean()


def technique_key(reading: Reading, label: str) -> str:
    return next(r.key for r in technique_rows(reading.techniques) if r.label == label)


# --- a reading from the real pipeline -------------------------------------------------------------------

NEWS = (
    "Officials in Springfield approved a new water plan on Tuesday.\n\n"
    '"We will fix the pipes before winter," said Mayor Jane Smith, adding that the work would cost about '
    "4 million dollars.\n\n"
    "Critics say the plan is rushed and may raise taxes. This disastrous scheme will clearly bankrupt the "
    "city, one resident said. <script>alert(1)</script>"
)


def test_a_real_reading_renders_and_works_in_the_browser(open_report, read_text) -> None:
    """The full pipeline's output, whatever its models find: clean load, the quote highlighted, every
    toggle present working, the legend matching the techniques found, and claim linking."""
    reading = read_text(NEWS)
    report = open_report(reading)
    page = report.page
    assert page.eval_on_selector("#pl-text", "e => e.textContent") == NEWS
    assert "<script>alert(1)</script>" in page.inner_text("#pl-text")
    jane = '#pl-text .q[data-speaker="Jane Smith"]'
    quoted = page.eval_on_selector_all(jane, "els => els.map(e => e.textContent).join('')")
    assert '"We will fix the pipes before winter,"' in quoted
    assert report.style(jane, "backgroundColor") != TRANSPARENT

    keys = page.eval_on_selector_all("input[data-layer]", "els => els.map(e => e.dataset.layer)")
    assert keys[:5] == ["quotes", "cues", "sources", "anonymous", "scare"]
    for key in keys:
        page.uncheck(f'input[data-layer="{key}"]')
        assert f"hide-{key}" in report.article_classes()
        page.check(f'input[data-layer="{key}"]')
    page.uncheck('input[data-layer="quotes"]')
    assert report.style(jane, "backgroundColor") == TRANSPARENT
    page.check('input[data-layer="quotes"]')

    labels = page.eval_on_selector_all(
        ".pl-techniques li[data-technique-label]", "els => els.map(e => e.dataset.techniqueLabel)"
    )
    assert sorted(labels) == sorted({f.label for f in reading.techniques})

    linked = [
        number
        for number, claim in enumerate(reading.claims, 1)
        if any(e.kind == "attribution" and e.detail for e in claim.evidence)
    ]
    if linked:  # which sentences are claims is the model's call; linking them to quotes is checked here
        number = linked[0]
        page.locator(f'#pl-text button.pl-badge[data-claim="pl-c{number}"]').click()
        assert f"Claim {number}" in page.inner_text("#pl-inspector")
        assert page.locator("#pl-text .q.is-linked").count() >= 1
        assert page.locator("#pl-text [data-claim].is-claim").count() >= 1
    report.assert_clean()

"""Ingest: every refusal has its numbered error, and good input becomes a faithful ``Article``.

Real parts throughout: files in ``tmp_path``, a real HTTP server on 127.0.0.1, trafilatura on hand-written
pages and on saved real pages from the Zyte benchmark (skipped when ``../shared`` is absent).
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from tests.http_site import QuietHandler

from presslens.errors import E, PresslensError
from presslens.ingest import load
from presslens.ingest.fetch import check_host, fetch
from presslens.ingest.html import extract, looks_like_html
from presslens.ingest.text import check_text, decode
from presslens.settings import Options

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SHARED = Path(__file__).resolve().parents[2] / "shared"
AEB = SHARED / "data" / "extraction" / "zyte-aeb"

ENGLISH = (
    "The city council voted on Tuesday to close the old bridge, citing an engineering report that "
    "found severe corrosion. The mayor said the decision could not wait any longer."
)
GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen. Ein Gutachten hatte "
    "schwere Korrosion an den Stahlträgern festgestellt, und der Bürgermeister sagte, man könne nicht "
    "länger warten. Die Gegner sprechen von einer übereilten Entscheidung."
)
FRENCH = (
    "Le conseil municipal a voté mardi la fermeture du vieux pont, en citant un rapport qui a constaté "
    "une corrosion grave des supports en acier. Le maire a déclaré que la ville ne pouvait plus attendre."
)
RUSSIAN = (
    "Городской совет во вторник проголосовал за закрытие старого моста, сославшись на доклад инженеров, "
    "который выявил сильную коррозию стальных опор. Мэр заявил, что город больше не может ждать."
)
CHINESE = (
    "市议会周二投票决定关闭旧桥，理由是一份工程报告发现钢制支撑结构存在严重腐蚀。市长表示，城市不能再等待了。"
)


def code_of(excinfo: pytest.ExceptionInfo[PresslensError]) -> E:
    return excinfo.value.kind


# --- bytes to text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        pytest.param(b"", E.EMPTY_INPUT, id="empty"),
        pytest.param(b" \n\t\r\n ", E.EMPTY_INPUT, id="whitespace"),
        pytest.param("\ufeff  \n".encode(), E.EMPTY_INPUT, id="bom-and-whitespace"),
        pytest.param(b"\xef\xbb\xbf", E.EMPTY_INPUT, id="utf8-bom-only"),
        pytest.param("\ufeff".encode("utf-16"), E.EMPTY_INPUT, id="utf16-bom-only"),
        pytest.param("Wide text with a NUL\x00".encode("utf-16"), E.BINARY_INPUT, id="utf16-nul"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", E.BINARY_INPUT, id="png"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", E.BINARY_INPUT, id="pdf"),
        pytest.param(b"GIF89a\x01\x00", E.BINARY_INPUT, id="gif"),
        pytest.param(b"some text\x00with a NUL in it", E.BINARY_INPUT, id="nul"),
        pytest.param(b"a" * 200_000 + b"\x00", E.BINARY_INPUT, id="nul-past-the-sample"),
        pytest.param(bytes(range(1, 32)) * 20, E.BINARY_INPUT, id="control-chars"),
        pytest.param(b"caf\xe9 au lait", E.BAD_ENCODING, id="invalid-utf8"),
    ],
)
def test_decode_refuses(data: bytes, kind: E) -> None:
    with pytest.raises(PresslensError) as excinfo:
        decode(data, Options())
    assert code_of(excinfo) is kind


def test_decode_names_the_byte_offset_of_bad_utf8() -> None:
    with pytest.raises(PresslensError, match=r"at byte 12 \(0xff\)"):
        decode(b"hello world \xff more", Options())


def test_decode_refuses_more_than_max_bytes_and_says_both_sizes() -> None:
    with pytest.raises(PresslensError) as excinfo:
        decode(b"a" * 101, Options(max_bytes=100))
    assert code_of(excinfo) is E.TOO_LARGE
    assert "101 bytes" in excinfo.value.detail and "100" in excinfo.value.detail


def test_decode_normalises_newlines_and_strips_bom() -> None:
    assert decode(b"\xef\xbb\xbfone\r\ntwo\rthree\n", Options()) == "one\ntwo\nthree\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_decode_reads_utf16_with_bom(encoding: str) -> None:
    data = ("\ufeff" if encoding.endswith("be") else "") + "Renée said “yes”.\r\n"
    assert decode(data.encode(encoding), Options()) == "Renée said “yes”.\n"


def test_decode_honours_declared_latin1_and_reads_it_as_browsers_do() -> None:
    text = decode((FIXTURES / "latin1.html").read_bytes(), Options())
    assert "Renée Façade" in text
    # windows-1252 curly quotes in a page declared ISO-8859-1, as browsers read them
    assert "“We were never consulted,”" in text


def test_decode_uses_the_http_charset_when_given() -> None:
    assert decode("naïve".encode("latin-1"), Options(), charset="iso-8859-1") == "naïve"


# --- article text checks -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [GERMAN, FRENCH, RUSSIAN, CHINESE], ids=["de", "fr", "ru", "zh"])
def test_check_text_refuses_other_languages(text: str) -> None:
    with pytest.raises(PresslensError) as excinfo:
        check_text(text, Options())
    assert code_of(excinfo) is E.NOT_ENGLISH


def test_not_english_names_what_was_seen() -> None:
    with pytest.raises(PresslensError, match="German"):
        check_text(GERMAN, Options())
    with pytest.raises(PresslensError, match="Cyrillic"):
        check_text(RUSSIAN, Options())


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(ENGLISH, id="paragraph"),
        pytest.param("The mayor said the bridge would close next month.", id="sentence"),
        # terse: not one function word, so only positive evidence of another language could refuse it
        pytest.param("Stocks rose sharply Tuesday amid strong earnings reports.", id="headline-style"),
        pytest.param("Gut.", id="too-short-to-judge"),
    ],
)
def test_check_text_passes_english_and_too_short_text(text: str) -> None:
    assert check_text(text, Options()) == text


def test_check_text_skips_the_language_check_when_not_required() -> None:
    assert check_text(GERMAN, Options(require_english=False)) == GERMAN


def test_check_text_limits() -> None:
    with pytest.raises(PresslensError) as excinfo:
        check_text(" \n ", Options())
    assert code_of(excinfo) is E.EMPTY_INPUT
    with pytest.raises(PresslensError) as excinfo:
        check_text(ENGLISH, Options(max_chars=50))
    assert code_of(excinfo) is E.TOO_LARGE


# --- files and dispatch --------------------------------------------------------------------------


def test_load_refuses_a_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    with pytest.raises(PresslensError) as excinfo:
        load(path)
    assert code_of(excinfo) is E.BINARY_INPUT


def test_load_refuses_a_20mb_file_before_reading_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.write(b"<!doctype html><html><body><p>" + b"x" * 1000)
        handle.truncate(20_000_000)  # sparse: 20 MB on stat, hardly any disk
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args: object, **kwargs: object) -> object:
        opened.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", spy)
    with pytest.raises(PresslensError) as excinfo:
        load(path)
    assert code_of(excinfo) is E.TOO_LARGE
    assert "20,000,000 bytes" in excinfo.value.detail
    assert path not in opened


def test_load_missing_path_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(PresslensError) as excinfo:
        load(tmp_path / "nope.txt")
    assert code_of(excinfo) is E.NOT_FOUND


def test_load_reads_a_str_path_and_treats_other_strs_as_content(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert load(str(path)).text == ENGLISH
    assert load(ENGLISH).text == ENGLISH  # one line, no such file: content
    long_line = "word " * 100  # a name too long for the OS must not crash the file test
    assert load(long_line, Options(require_english=False)).text == long_line


def test_load_bytes_of_other_languages_is_refused() -> None:
    for text in (GERMAN, RUSSIAN):
        with pytest.raises(PresslensError) as excinfo:
            load(text.encode("utf-8"))
        assert code_of(excinfo) is E.NOT_ENGLISH


def test_markdown_heading_becomes_the_title_and_the_text_is_kept() -> None:
    source = "\n# Council closes the bridge\n\n" + ENGLISH + "\n"
    article = load(source)
    assert article.title == "Council closes the bridge"
    assert article.text == source
    assert article.origin == "text"


# --- HTML ----------------------------------------------------------------------------------------


def test_looks_like_html() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body></body></html>")
    assert looks_like_html("  <p>A fragment with a <a href='x'>link</a>.</p>")
    assert not looks_like_html(ENGLISH)
    assert not looks_like_html("Writers wrap paragraphs in <p> tags, she said.")


def test_html_article_text_metadata_and_no_script_or_style() -> None:
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    article = load(page, url="https://beacon.example/news/bridge")
    assert article.origin == "html"
    assert "LEAK" not in article.text and "alert(1)" not in article.text and "font-family" not in article.text
    assert "said Mayor Ann Lee" in article.text
    assert "High school roundup" not in article.text  # sidebar
    assert "\n\n" in article.text  # paragraphs stay apart
    assert article.title == "Council votes to close the Old Mill Bridge"
    assert article.author == "Jane Roe"
    assert article.date == "2024-03-05"
    assert article.site == article.outlet == "The Springfield Beacon"
    assert article.language == "en-US"


def test_html_link_offsets_point_at_the_anchor_text() -> None:
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    article = extract(page, Options(), url="https://beacon.example/news/bridge")
    links = article.extra["links"]
    assert [link["text"] for link in links] == [
        "Old Mill Bridge",
        "2023 engineering report",
        "the ferry plan",
        "state transportation department",
    ]
    for link in links:
        assert article.text[link["start"] : link["end"]] == link["text"]
    assert links[0]["href"] == "https://beacon.example/tags/old-mill-bridge"
    assert links[1]["href"] == "https://example.org/reports/bridge-2023.pdf"


def test_script_and_style_never_reach_the_text_of_a_small_page() -> None:
    page = (
        "<html><head><style>p { color: red }</style></head><body><script>alert(1)</script>"
        "<p>The council met on Tuesday and voted to close the bridge.</p>"
        "<script>alert(2)</script></body></html>"
    )
    text = load(page).text
    assert text == "The council met on Tuesday and voted to close the bridge."


def test_fallback_reads_paragraphs_trafilatura_rejects() -> None:
    page = (
        "<html><body><aside><p>The council met on Tuesday, <a href='/x'>records show</a>.</p>"
        "<script>alert(1)</script></aside></body></html>"
    )
    article = extract(page, Options(), url="https://beacon.example/a")
    assert article.text == "The council met on Tuesday, records show."
    assert article.extra["links"] == [
        {"start": 28, "end": 40, "text": "records show", "href": "https://beacon.example/x"}
    ]


def test_page_without_text_is_no_article() -> None:
    with pytest.raises(PresslensError) as excinfo:
        load("<html><body><script>alert(1)</script><style>p{}</style></body></html>")
    assert code_of(excinfo) is E.NO_ARTICLE


def test_outlet_from_domain_and_explicit_argument() -> None:
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    assert load(page, url="https://www.nytimes.com/2024/03/05/bridge.html").outlet == "The New York Times"
    assert load(page, url="https://www.nytimes.com/x", outlet="The Beacon").outlet == "The Beacon"


# --- fetching ------------------------------------------------------------------------------------


class _Handler(QuietHandler):
    """Routes: /article, /redirect/N (N hops to /article), /to-ftp, /missing, /big, /big-stream."""

    def do_GET(self) -> None:
        route = self.path.split("?")[0]
        if route == "/article":
            self._send(200, (FIXTURES / "article.html").read_bytes(), "text/html; charset=utf-8")
        elif route.startswith("/redirect/"):
            hops = int(route.rsplit("/", 1)[1])
            self._redirect("/article" if hops == 0 else f"/redirect/{hops - 1}")
        elif route == "/to-ftp":
            self._redirect("ftp://127.0.0.1/article")
        elif route == "/big":
            self._send(200, b"<p>" + b"x" * 50_000 + b"</p>", "text/html")
        elif route == "/big-stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the body ends when the connection closes
            for _ in range(50):
                self.wfile.write(b"x" * 1000)
        else:
            self._send(404, b"not here", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


LOCAL = Options(allow_private=True, fetch_timeout=5.0)


def test_local_url_is_refused_by_default(server: str) -> None:
    with pytest.raises(PresslensError) as excinfo:
        load(f"{server}/article")
    assert code_of(excinfo) is E.PRIVATE_ADDRESS
    assert "127.0.0.1" in excinfo.value.detail


@pytest.mark.parametrize("url", ["ftp://example.com/story.html", "file:///etc/passwd", "http:///nohost"])
def test_non_http_urls_are_refused(url: str) -> None:
    with pytest.raises(PresslensError) as excinfo:
        load(url)
    assert code_of(excinfo) is E.BAD_URL


@pytest.mark.parametrize(
    "host", ["10.0.0.1", "169.254.169.254", "::1", "[::1]", "::ffff:127.0.0.1", "2002:7f00:1::", "localhost"]
)
def test_check_host_refuses_non_public_addresses(host: str) -> None:
    with pytest.raises(PresslensError) as excinfo:
        check_host(host, allow_private=False)
    assert code_of(excinfo) is E.PRIVATE_ADDRESS


def test_check_host_passes_public_literals_and_anything_when_allowed() -> None:
    check_host("93.184.215.14", allow_private=False)
    check_host("2606:2800:21f:cb07:6820:80da:af6b:8b2c", allow_private=False)
    check_host("10.0.0.1", allow_private=True)


def test_fetch_local_article_with_allow_private(server: str) -> None:
    article = load(f"{server}/redirect/2", LOCAL, outlet="The Springfield Beacon Online")
    assert article.origin == "url"
    assert article.url == f"{server}/article"
    assert article.outlet == "The Springfield Beacon Online"
    assert "said Mayor Ann Lee" in article.text
    assert article.extra["links"][0]["href"] == f"{server}/tags/old-mill-bridge"


def test_fetch_returns_body_final_url_and_content_type(server: str) -> None:
    body, final_url, content_type = fetch(f"{server}/article", LOCAL)
    assert body == (FIXTURES / "article.html").read_bytes()
    assert final_url == f"{server}/article"
    assert content_type == "text/html; charset=utf-8"


def test_too_many_redirects_fail(server: str) -> None:
    with pytest.raises(PresslensError) as excinfo:
        fetch(f"{server}/redirect/3", LOCAL.with_(max_redirects=2))
    assert code_of(excinfo) is E.FETCH_FAILED
    assert "redirects" in excinfo.value.detail


def test_every_redirect_hop_is_checked(server: str) -> None:
    with pytest.raises(PresslensError) as excinfo:
        fetch(f"{server}/to-ftp", LOCAL)
    assert code_of(excinfo) is E.BAD_URL


@pytest.mark.parametrize("route", ["/big", "/big-stream"])
def test_body_over_max_bytes_is_refused(server: str, route: str) -> None:
    with pytest.raises(PresslensError) as excinfo:
        fetch(f"{server}{route}", LOCAL.with_(max_bytes=10_000))
    assert code_of(excinfo) is E.FETCH_TOO_LARGE


def test_http_error_status_fails_with_the_status(server: str) -> None:
    with pytest.raises(PresslensError, match="404") as excinfo:
        fetch(f"{server}/missing", LOCAL)
    assert code_of(excinfo) is E.FETCH_FAILED


# --- regression on real saved pages --------------------------------------------------------------

#: (page id, ground-truth words found, extracted words in the ground truth), measured with this code.
AEB_PAGES = [
    ("04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34", 1.000, 0.946),  # nytimes
    ("05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f", 1.000, 0.988),  # ctpost
    ("06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85", 1.000, 0.964),  # venturebeat
    ("08f793762792bd252c75fb57544cdf506ffcc04785136cb87503f02364b82b56", 1.000, 0.711),  # cbssports
    ("098bb3e96c0acdf36efdcde45fb9cca3f8c82c7cb2071b76097a1b96155f1eb2", 1.000, 1.000),  # latimes
]


@pytest.fixture(scope="module")
def aeb_truth() -> dict[str, dict[str, str]]:
    if not (AEB / "ground-truth.json").is_file():
        pytest.skip(f"shared benchmark data not found at {AEB} (../shared is absent)")
    return json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))


@pytest.mark.shared
@pytest.mark.parametrize(("page_id", "recall", "precision"), AEB_PAGES)
def test_extraction_matches_zyte_ground_truth(
    aeb_truth: dict[str, dict[str, str]], page_id: str, recall: float, precision: float
) -> None:
    truth = aeb_truth[page_id]
    article = load(gzip.decompress((AEB / "html" / f"{page_id}.html.gz").read_bytes()), url=truth["url"])
    expected = Counter(re.findall(r"\w+", truth["articleBody"]))
    got = Counter(re.findall(r"\w+", article.text))
    common = sum((expected & got).values())
    assert common / sum(expected.values()) >= recall - 0.05
    assert common / sum(got.values()) >= precision - 0.05

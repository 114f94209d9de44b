"""The command line as a user runs it: a real subprocess, real files, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import presslens


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "presslens.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_read_sample_by_default() -> None:
    res = run("read")
    assert res.returncode == 0, res.stderr
    out = res.stdout.decode()
    assert "Elena Ruiz" in out and "anonymous" in out.lower()


def test_read_json_from_stdin_round_trips() -> None:
    res = run("read", "-", "--format", "json", stdin=b'"It is over," the senator, Jane Holt, said on Monday.')
    assert res.returncode == 0, res.stderr
    reading = presslens.Reading.from_json(res.stdout.decode())
    assert reading.quotes[0].speaker == "Jane Holt"


def test_read_html_report_escapes_hostile_article(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Council vote</title><script>alert('x')</script></head><body><article>"
        "<p>The council met on Tuesday to vote on the repairs to the bridge over the river.</p>"
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; was typed into the comment box, officials said on Tuesday.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "r.html"
    res = run("read", str(page), "--format", "html", "-o", str(out))
    assert res.returncode == 0, res.stderr
    html = out.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "alert('x')" not in html


def test_extract_json(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Harbor vote</title></head><body><article><h1>Harbor vote</h1>"
        "<p>The council postponed a vote on the bridge repairs after the estimate doubled.</p></article></body></html>",
        encoding="utf-8",
    )
    res = run("extract", str(page), "--format", "json")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert "postponed a vote" in data["text"] and data["origin"] == "html"


def test_formats_lists_renderers() -> None:
    res = run("formats")
    assert res.returncode == 0 and {"html", "json", "terminal"} <= {
        line.split("\t")[0] for line in res.stdout.decode().splitlines()
    }


@pytest.fixture
def local_server() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<html><body><article><p>The mayor said that the bridge would reopen soon.</p></article></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/story"
    server.shutdown()


def test_url_to_loopback_refused_by_default(local_server: str) -> None:
    res = run("read", local_server)
    assert res.returncode == 5
    assert res.stderr.decode().startswith("presslens: error E202")
    assert b"Traceback" not in res.stderr


def test_url_to_loopback_allowed_on_request(local_server: str) -> None:
    res = run("read", local_server, "--allow-private", "--format", "json")
    assert res.returncode == 0, res.stderr
    assert "bridge would reopen" in json.loads(res.stdout)["text"]


@pytest.mark.parametrize(
    ("content", "code", "status"),
    [
        (b"", "E101", 3),
        (b"   \n\t ", "E101", 3),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "E102", 3),
        (b"The council \xff\xfe met on \xc3\x28 Tuesday to vote on the repairs.", "E103", 3),
        (
            "Der Stadtrat hat die Abstimmung über die Reparatur der Brücke verschoben, weil die Kosten "
            "sich verdoppelt haben und niemand weiß, wer sie bezahlen soll.".encode(),
            "E107",
            4,
        ),
    ],
)
def test_bad_input_files(tmp_path: Path, content: bytes, code: str, status: int) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    res = run("read", str(path))
    assert res.returncode == status, res.stderr
    err = res.stderr.decode().strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"presslens: error {code}")


def test_huge_html_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as fh:
        fh.write(b"<html><body>")
        fh.write(b"<p>padding text for a very large page</p>" * 500_000)  # ~20 MB
    res = run("read", str(path))
    assert res.returncode == 3 and res.stderr.decode().startswith("presslens: error E104")


def test_missing_file_and_bad_option(tmp_path: Path) -> None:
    res = run("read", str(tmp_path / "nope.txt"))
    assert res.returncode == 3 and "E105" in res.stderr.decode()
    res = run("read", "--format", "pdf")
    assert res.returncode == 2 and "E401" in res.stderr.decode()
    res = run("read", "--alias", "no-equals-sign")
    assert res.returncode == 2 and "E401" in res.stderr.decode()

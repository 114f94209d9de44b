"""Fetching connects only to the addresses it checked, and a whole fetch has a deadline.

Real sockets throughout: small HTTP(S) servers on 127.0.0.1. The only stand-in is DNS: ``socket.getaddrinfo``
is patched to answer made-up names (``rebind.test``, ``pinned.test`` …), answering differently on later
lookups the way a rebinding DNS server does. The patch is global, so if the fetch looked a name up again to
connect (the bug being guarded against), it would get the later answer and reach the local server.
"""

from __future__ import annotations

import importlib
import ipaddress
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from tests.http_site import QuietHandler

from presslens.errors import E, PresslensError
from presslens.ingest.fetch import fetch
from presslens.settings import Options

#: The module itself: ``presslens.ingest.fetch`` as an attribute is the function the package re-exports.
fetch_module = importlib.import_module("presslens.ingest.fetch")
PUBLIC_IP = "93.184.216.34"  # any global unicast address: it passes the check
PAGE = b"<html><body><p>Pinned page.</p></body></html>"
#: Hang guard only: the deadline tests must end long before this, whatever the machine's load.
HANG_GUARD_S = 10.0


class _Handler(QuietHandler):
    """Routes: /article, /redirect?to=URL, /drip (slow body), /stall (slow headers), /slow-redirect."""

    server: _Site

    def do_GET(self) -> None:
        self.server.requests.append((self.path, self.headers.get("Host", "")))
        route = urlsplit(self.path)
        try:
            if route.path == "/article":
                self._send(200, PAGE)
            elif route.path == "/redirect":
                self._redirect(parse_qs(route.query)["to"][0])
            elif route.path == "/slow-redirect":
                time.sleep(0.4)
                self._redirect("/slow-redirect")
            elif route.path == "/drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "2000")
                self.end_headers()
                for _ in range(100):  # 20 bytes every 0.3 s: never silent long enough for a read timeout
                    self.wfile.write(b"x" * 20)
                    self.wfile.flush()
                    time.sleep(0.3)
            elif route.path == "/stall":
                time.sleep(4.0)  # less than the read timeout the test sets, more than its deadline
                self._send(200, PAGE)
            else:
                self._send(404, b"not here")
        except OSError:  # the client gave up and closed the connection: expected in the slow routes
            pass


class _Site(ThreadingHTTPServer):
    """A local server that remembers each request's path and Host header."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[tuple[str, str]] = []
        self.port: int = self.server_address[1]


def _serve(httpd: _Site) -> Iterator[_Site]:
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def site() -> Iterator[_Site]:
    yield from _serve(_Site())


@dataclass
class _FakeDNS:
    """Answers for made-up names, one list of addresses per lookup; the last answer repeats."""

    answers: dict[str, list[list[str]]] = field(default_factory=dict)
    lookups: list[str] = field(default_factory=list)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real = socket.getaddrinfo

        def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
            name = host.decode() if isinstance(host, bytes) else host
            if name not in self.answers:
                return real(host, port, *args, **kwargs)
            self.lookups.append(name)
            queue = self.answers[name]
            addresses = queue.pop(0) if len(queue) > 1 else queue[0]
            return [_addrinfo(address, port) for address in addresses]

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def _addrinfo(address: str, port: Any) -> tuple[Any, ...]:
    number = int(port or 0)
    if ipaddress.ip_address(address).version == 6:
        return (socket.AF_INET6, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, number, 0, 0))
    return (socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, number))


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> _FakeDNS:
    fake = _FakeDNS()
    fake.install(monkeypatch)
    return fake


@pytest.fixture
def loopback_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let 127.0.0.1 pass the address check, so the local server can stand in for a public site.

    Needed only where a first hop must pass the default (private addresses refused) check and still be
    served locally; every other address is judged as usual.
    """
    judge: Callable[[Any], str | None] = fetch_module._forbidden_category
    stand_in = ipaddress.ip_address("127.0.0.1")
    monkeypatch.setattr(fetch_module, "_forbidden_category", lambda a: None if a == stand_in else judge(a))


def _refusal(url: str, options: Options) -> PresslensError:
    with pytest.raises(PresslensError) as excinfo:
        fetch(url, options)
    return excinfo.value


# --- DNS rebinding ---------------------------------------------------------------------------------


def test_rebinding_answer_is_never_connected_to(site: _Site, dns: _FakeDNS) -> None:
    dns.answers["rebind.test"] = [[PUBLIC_IP], ["127.0.0.1"]]
    error = _refusal(
        f"http://rebind.test:{site.port}/article", Options(fetch_timeout=1.0, fetch_deadline=5.0)
    )
    # It connected to the checked public address (unreachable or not listening here), not to 127.0.0.1.
    assert error.kind is E.FETCH_FAILED
    assert site.requests == []
    assert dns.lookups == ["rebind.test"]


def test_private_first_answer_is_refused_before_connecting(site: _Site, dns: _FakeDNS) -> None:
    dns.answers["rebind.test"] = [["127.0.0.1"], [PUBLIC_IP]]
    error = _refusal(f"http://rebind.test:{site.port}/article", Options())
    assert error.kind is E.PRIVATE_ADDRESS
    assert "127.0.0.1" in error.detail
    assert site.requests == []


# --- pinning keeps the request as it was -----------------------------------------------------------


def test_pinned_name_keeps_its_host_header(site: _Site, dns: _FakeDNS) -> None:
    # A later lookup would answer ::1, where nothing listens: success shows the checked answer was used.
    dns.answers["pinned.test"] = [["127.0.0.1"], ["::1"]]
    url = f"http://pinned.test:{site.port}/article"
    body, final_url, content_type = fetch(url, Options(allow_private=True, fetch_timeout=5.0))
    assert body == PAGE
    assert final_url == url
    assert content_type == "text/html; charset=utf-8"
    assert site.requests == [("/article", f"pinned.test:{site.port}")]
    assert dns.lookups == ["pinned.test"]


def test_checked_addresses_are_tried_in_order(site: _Site, dns: _FakeDNS) -> None:
    dns.answers["pinned.test"] = [["::1", "127.0.0.1"]]  # nothing listens on [::1]:port
    body, _, _ = fetch(
        f"http://pinned.test:{site.port}/article", Options(allow_private=True, fetch_timeout=5.0)
    )
    assert body == PAGE


@pytest.mark.usefixtures("loopback_is_public")
@pytest.mark.parametrize(
    ("addresses", "culprit"),
    [(["169.254.169.254"], "169.254.169.254"), (["127.0.0.1", "10.0.0.1"], "10.0.0.1")],
)
def test_redirect_to_a_private_name_is_refused_without_connecting(
    site: _Site, dns: _FakeDNS, addresses: list[str], culprit: str
) -> None:
    dns.answers["public.test"] = [["127.0.0.1"]]
    dns.answers["private.test"] = [addresses]
    start = f"http://public.test:{site.port}/redirect?to=http://private.test:{site.port}/article"
    error = _refusal(start, Options(fetch_timeout=5.0))
    assert error.kind is E.PRIVATE_ADDRESS
    assert culprit in error.detail
    # Only the first hop reached the server; with 127.0.0.1 listed first, a connection would have too.
    assert [path for path, _ in site.requests] == [urlsplit(start).path + "?" + urlsplit(start).query]
    assert dns.lookups == ["public.test", "private.test"]


# --- TLS still speaks to the name -----------------------------------------------------------------


@pytest.fixture
def tls_site(tmp_path: Path) -> Iterator[tuple[_Site, Path, list[str]]]:
    """An HTTPS server with a self-signed certificate for ``pinned.test``; yields it, the cert, the SNI seen."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    command = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2"
    subject = ["-subj", "/CN=pinned.test", "-addext", "subjectAltName=DNS:pinned.test"]
    subprocess.run(
        [*command.split(), "-keyout", str(key), "-out", str(cert), *subject], check=True, capture_output=True
    )
    names: list[str] = []
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def remember(_sock: ssl.SSLObject, name: str | None, _context: ssl.SSLContext) -> None:
        names.append(name or "")

    context.sni_callback = remember
    httpd = _Site()
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    for running in _serve(httpd):
        yield running, cert, names


def test_tls_uses_the_name_for_sni_and_the_certificate(
    tls_site: tuple[_Site, Path, list[str]], dns: _FakeDNS, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, cert, names = tls_site
    dns.answers["pinned.test"] = [["127.0.0.1"], ["::1"]]
    url = f"https://pinned.test:{site.port}/article"
    options = Options(allow_private=True, fetch_timeout=5.0)

    # With the usual CA roots the self-signed certificate is refused: verification is still on.
    error = _refusal(url, options)
    assert error.kind is E.FETCH_FAILED
    assert "CERTIFICATE_VERIFY_FAILED" in error.detail
    assert names == ["pinned.test"]

    # Trusting it, the fetch succeeds: the certificate for the name matched although the socket went to an IP.
    monkeypatch.setattr(
        fetch_module.httpx, "create_ssl_context", lambda **_: ssl.create_default_context(cafile=str(cert))
    )
    dns.answers["pinned.test"] = [["127.0.0.1"], ["::1"]]
    body, final_url, _ = fetch(url, options)
    assert body == PAGE
    assert final_url == url
    assert names == ["pinned.test", "pinned.test"]
    assert site.requests == [("/article", f"pinned.test:{site.port}")]


# --- the deadline for a whole fetch ---------------------------------------------------------------


def _deadline_refusal(url: str, options: Options) -> PresslensError:
    started = time.monotonic()
    error = _refusal(url, options)
    assert time.monotonic() - started < HANG_GUARD_S
    assert error.kind is E.FETCH_FAILED
    return error


def test_drip_fed_body_is_stopped_by_the_deadline(site: _Site) -> None:
    options = Options(allow_private=True, fetch_timeout=5.0, fetch_deadline=1.0)
    error = _deadline_refusal(f"http://127.0.0.1:{site.port}/drip", options)
    assert "gave up after 1 s" in error.detail
    assert "deadline" in error.detail


def test_stalled_response_is_cut_at_the_deadline_not_the_read_timeout(site: _Site) -> None:
    options = Options(allow_private=True, fetch_timeout=8.0, fetch_deadline=1.0)
    error = _deadline_refusal(f"http://127.0.0.1:{site.port}/stall", options)
    assert "deadline" in error.detail
    assert "timed out after 8 s" not in error.detail


def test_deadline_covers_all_redirect_hops_together(site: _Site) -> None:
    options = Options(allow_private=True, fetch_timeout=5.0, fetch_deadline=1.0, max_redirects=50)
    error = _deadline_refusal(f"http://127.0.0.1:{site.port}/slow-redirect", options)
    assert "deadline" in error.detail
    assert len(site.requests) > 1  # several hops, each well under the deadline, add up past it

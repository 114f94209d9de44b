"""Download one page, safely by default.

Why so careful: presslens may run inside a web app where users paste URLs. Without checks a URL could make
the server read its own admin pages or a cloud metadata endpoint (``169.254.169.254``), directly or via a
redirect, or stream a multi-gigabyte body into memory. So every hop is checked and the body is capped.

Why the connection is pinned: checking a name with one DNS lookup and letting httpx look it up again to
connect leaves a gap (DNS rebinding): a hostile DNS server can answer a public address to the check and
``127.0.0.1`` to the connection. So each hop's name is resolved once, every address is checked, and the TCP
connection goes to one of exactly those addresses. Only the TCP target changes: the request still carries
the name in its Host header, and TLS still sends it as SNI and verifies the certificate against it.

Why a deadline as well as a timeout: the per-read timeout only bounds the silence between bytes, so a
server that drips one byte at a time could hold a fetch for hours. ``Options.fetch_deadline`` bounds the
whole fetch, all hops and the whole body together.
"""

from __future__ import annotations

import ipaddress
import math
import socket
import ssl
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urljoin

import httpcore
import httpx

from presslens.errors import E, PresslensError
from presslens.settings import Options

_SCHEMES = frozenset({"http", "https"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def fetch(url: str, options: Options) -> tuple[bytes, str, str]:
    """GET ``url`` and return ``(body, final_url, content_type)``.

    Redirects are followed here, not by httpx, so that each hop's scheme and address are checked before
    connecting. Each hop gets its own client whose only reachable host is that hop's checked name, pinned
    to its checked addresses. The environment's proxy settings are ignored for the same reason: the
    address checked must be the address connected to.
    """
    headers = {"User-Agent": options.user_agent, "Accept": _ACCEPT}
    deadline = _Deadline(options.fetch_deadline)
    ssl_context = httpx.create_ssl_context(trust_env=False)  # built once: loading the CA roots is slow
    for _hop in range(options.max_redirects + 1):
        deadline.check(url)
        host, addresses = _check_url(url, options.allow_private)
        deadline.check(url)  # the lookup itself cannot be interrupted, but its time counts
        transport = _PinnedTransport({host: addresses}, deadline, ssl_context)
        with httpx.Client(
            transport=transport, timeout=options.fetch_timeout, headers=headers, trust_env=False
        ) as client:
            location, result = _get(client, url, options, deadline)
        if result is not None:
            return result
        url = urljoin(url, location)
    raise PresslensError(E.FETCH_FAILED, detail=f"more than {options.max_redirects} redirects")


def _get(
    client: httpx.Client, url: str, options: Options, deadline: _Deadline
) -> tuple[str, tuple[bytes, str, str] | None]:
    """One request: the redirect target, or the capped body with final URL and content type."""
    try:
        with client.stream("GET", url) as response:
            location = response.headers.get("location")
            if response.status_code in _REDIRECTS and location:
                return location, None
            if response.status_code >= 400:
                reason = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
                raise PresslensError(E.FETCH_FAILED, detail=f"{url} answered {reason}")
            body = _read_capped(response, options.max_bytes, deadline)
            return "", (body, str(response.url), response.headers.get("content-type", ""))
    except httpx.TimeoutException:
        if deadline.cut_short:
            raise PresslensError(E.FETCH_FAILED, detail=deadline.detail(url)) from None
        raise PresslensError(
            E.FETCH_FAILED, detail=f"{url} timed out after {options.fetch_timeout:g} s"
        ) from None
    except httpx.InvalidURL as err:
        raise PresslensError(E.BAD_URL, detail=f"{url}: {err}") from None
    except httpx.HTTPError as err:
        reason = str(err) or type(err).__name__
        raise PresslensError(E.FETCH_FAILED, detail=f"{url}: {reason}") from None


def _read_capped(response: httpx.Response, cap: int, deadline: _Deadline) -> bytes:
    """Stream the (decoded) body and stop as soon as it passes ``cap`` bytes or the deadline passes.

    The deadline is checked between chunks as well as inside each read (see ``_DeadlineStream``): decoders
    may hand back buffered chunks without reading, and a steady drip never trips a read timeout.
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise PresslensError(
            E.FETCH_TOO_LARGE, detail=f"the server announces {int(declared):,} bytes; the cap is {cap:,}"
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        deadline.check(str(response.url))
        size += len(chunk)
        if size > cap:
            raise PresslensError(E.FETCH_TOO_LARGE, detail=f"more than {cap:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _check_url(url: str, allow_private: bool) -> tuple[str, list[IPAddress]]:
    """The host httpx will connect to for ``url``, and the checked addresses to pin it to.

    The URL is parsed by httpx, not urllib, so that the host checked is exactly the one httpcore asks the
    network backend to connect to (lower case, IDNA-encoded, an IPv6 literal without brackets).
    """
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as err:
        raise PresslensError(E.BAD_URL, detail=f"{url}: {err}") from None
    host = parsed.raw_host.decode("ascii")
    if parsed.scheme not in _SCHEMES or not host:
        raise PresslensError(E.BAD_URL, detail=url)
    return host, check_host(host, allow_private)


def check_host(host: str, allow_private: bool) -> list[IPAddress]:
    """Resolve ``host`` once and return its addresses; refuse it when any is not a public unicast address.

    Any, not all: a name with one public and one private address could be steered to the private one.
    Literal IPs are checked without a lookup; an unresolvable name is a failed fetch. The name is resolved
    even when private addresses are allowed, because the fetch connects to these addresses, never to the
    name.
    """
    addresses = _resolve(host.strip("[]"))
    if allow_private:
        return addresses
    for address in addresses:
        category = _forbidden_category(address)
        if category:
            raise PresslensError(
                E.PRIVATE_ADDRESS, detail=f"{host} resolves to {address}, a {category} address"
            )
    return addresses


def _resolve(host: str) -> list[IPAddress]:
    """Every address of ``host``, in the resolver's order of preference, without duplicates."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as err:
        raise PresslensError(E.FETCH_FAILED, detail=f"cannot resolve {host}: {err}") from None
    # Strip an IPv6 zone ("fe80::1%eth0"): ipaddress in 3.11 keeps it, but the category ignores it.
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    if not addresses:
        raise PresslensError(E.FETCH_FAILED, detail=f"cannot resolve {host}: no addresses")
    return list(dict.fromkeys(addresses))


def _forbidden_category(address: IPAddress) -> str | None:
    """Why ``address`` must not be fetched, or None for an ordinary public address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            return _forbidden_category(embedded)
    checks = (
        ("loopback", address.is_loopback),
        ("unspecified", address.is_unspecified),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("non-public", not address.is_global),
    )
    return next((name for name, hit in checks if hit), None)


# --- pinned connections ---------------------------------------------------------------------------


class _Deadline:
    """The wall-clock budget of one whole fetch, shared by every hop, connection and read.

    ``cut_short`` says whether the latest wait was shortened (or refused) because of the deadline, so a
    timeout can be reported as the deadline rather than as ``fetch_timeout``. One fetch runs in one thread
    and makes one wait at a time, so the latest wait is the one that timed out.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.cut_short = False
        self._ends = time.monotonic() + seconds

    def detail(self, url: str) -> str:
        return f"{url}: gave up after {self.seconds:g} s, the deadline for the whole fetch"

    def check(self, url: str) -> None:
        """Raise E203 once the deadline has passed."""
        if time.monotonic() >= self._ends:
            self.cut_short = True
            raise PresslensError(E.FETCH_FAILED, detail=self.detail(url))

    def clamp(self, timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
        """``timeout`` shortened to the time left; raises ``expired`` when none is left.

        httpcore's own timeout exceptions are raised so that httpx maps them like any other timeout.
        """
        left = self._ends - time.monotonic()
        if left <= 0:
            self.cut_short = True
            raise expired(f"the {self.seconds:g} s fetch deadline has passed")
        if math.isinf(left):
            self.cut_short = False
            return timeout
        self.cut_short = timeout is None or left < timeout
        return left if self.cut_short else timeout


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read, write and TLS handshake ends by the fetch deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self._stream = stream
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._deadline.clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._deadline.clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        # server_hostname is the URL's host name (httpcore passes the origin's host), so SNI and the
        # certificate check use the name even though the socket was opened to a pinned address.
        timeout = self._deadline.clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, timeout), self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _PinnedBackend(httpcore.NetworkBackend):
    """Opens TCP connections to checked addresses only, never to a name.

    httpcore asks ``connect_tcp`` for the URL's host; this backend replaces it with the addresses checked
    for that host and tries them in order. A host that was not checked is refused rather than resolved, so
    a code path that forgot to check cannot connect anywhere.
    """

    def __init__(self, pins: Mapping[str, Sequence[IPAddress]], deadline: _Deadline) -> None:
        self._pins = pins
        self._deadline = deadline
        self._tcp = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self._pins.get(host)
        if not addresses:
            raise httpcore.ConnectError(f"{host} was not checked, so it is not connected to")
        failure: httpcore.ConnectError | httpcore.ConnectTimeout | None = None
        for address in addresses:
            wait = self._deadline.clamp(timeout, httpcore.ConnectTimeout)
            try:
                stream = self._tcp.connect_tcp(str(address), port, wait, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as err:
                failure = err
                continue
            return _DeadlineStream(stream, self._deadline)
        assert failure is not None
        raise failure


class _PinnedTransport(httpx.HTTPTransport):
    """httpx's own transport (request and exception mapping) over a connection pool with a pinned backend.

    ``HTTPTransport`` does not take a network backend, so its pool is replaced by one that has it. The SSL
    context comes from ``httpx.create_ssl_context`` (certifi roots, certificate and hostname checks on).
    """

    def __init__(
        self, pins: Mapping[str, Sequence[IPAddress]], deadline: _Deadline, ssl_context: ssl.SSLContext
    ) -> None:
        super().__init__(verify=ssl_context, trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            network_backend=_PinnedBackend(pins, deadline),
        )

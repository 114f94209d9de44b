"""Download one page, safely by default.

Why so careful: presslens may run inside a web app where users paste URLs. Without checks a URL could make
the server read its own admin pages or a cloud metadata endpoint (``169.254.169.254``), directly or via a
redirect, or stream a multi-gigabyte body into memory. So every hop is checked and the body is capped.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urljoin, urlsplit

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
    connecting. The environment's proxy settings are ignored for the same reason: the address checked
    must be the address connected to.
    """
    headers = {"User-Agent": options.user_agent, "Accept": _ACCEPT}
    with httpx.Client(timeout=options.fetch_timeout, headers=headers, trust_env=False) as client:
        for _hop in range(options.max_redirects + 1):
            _check_url(url, options.allow_private)
            location, result = _get(client, url, options)
            if result is not None:
                return result
            url = urljoin(url, location)
    raise PresslensError(E.FETCH_FAILED, detail=f"more than {options.max_redirects} redirects")


def _get(client: httpx.Client, url: str, options: Options) -> tuple[str, tuple[bytes, str, str] | None]:
    """One request: the redirect target, or the capped body with final URL and content type."""
    try:
        with client.stream("GET", url) as response:
            location = response.headers.get("location")
            if response.status_code in _REDIRECTS and location:
                return location, None
            if response.status_code >= 400:
                reason = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
                raise PresslensError(E.FETCH_FAILED, detail=f"{url} answered {reason}")
            body = _read_capped(response, options.max_bytes)
            return "", (body, str(response.url), response.headers.get("content-type", ""))
    except httpx.TimeoutException:
        raise PresslensError(
            E.FETCH_FAILED, detail=f"{url} timed out after {options.fetch_timeout:g} s"
        ) from None
    except httpx.InvalidURL as err:
        raise PresslensError(E.BAD_URL, detail=f"{url}: {err}") from None
    except httpx.HTTPError as err:
        reason = str(err) or type(err).__name__
        raise PresslensError(E.FETCH_FAILED, detail=f"{url}: {reason}") from None


def _read_capped(response: httpx.Response, cap: int) -> bytes:
    """Stream the (decoded) body and stop as soon as it passes ``cap`` bytes."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise PresslensError(
            E.FETCH_TOO_LARGE, detail=f"the server announces {int(declared):,} bytes; the cap is {cap:,}"
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > cap:
            raise PresslensError(E.FETCH_TOO_LARGE, detail=f"more than {cap:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _check_url(url: str, allow_private: bool) -> None:
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as err:
        raise PresslensError(E.BAD_URL, detail=f"{url}: {err}") from None
    if parts.scheme.lower() not in _SCHEMES or not host:
        raise PresslensError(E.BAD_URL, detail=url)
    check_host(host, allow_private)


def check_host(host: str, allow_private: bool) -> None:
    """Refuse a host when any address it resolves to is not a public unicast address.

    Any, not all: a name with one public and one private address could be steered to the private one.
    Literal IPs are checked without a lookup; an unresolvable name is a failed fetch.
    """
    if allow_private:
        return
    for address in _resolve(host.strip("[]")):
        category = _forbidden_category(address)
        if category:
            raise PresslensError(
                E.PRIVATE_ADDRESS, detail=f"{host} resolves to {address}, a {category} address"
            )


def _resolve(host: str) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as err:
        raise PresslensError(E.FETCH_FAILED, detail=f"cannot resolve {host}: {err}") from None
    # Strip an IPv6 zone ("fe80::1%eth0"): ipaddress in 3.11 keeps it, but the category ignores it.
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


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

"""Fetching a web page by URL (urllib3), for the CLI and the service: bounded in time, size and redirects.

The CLI reads any http(s) URL its user names. The service fetches only when its operator turns it on
(``FETCH_URLS``), and then refuses hosts that resolve to loopback, private, link-local or otherwise
non-public addresses, at every redirect: a caller must not make the server reach its own network.
The connection goes to the address that was checked (the Host header and TLS name stay the URL's),
so a name that resolves differently a moment later cannot slip past the check.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3

from .errors import FetchError

__all__ = ["FetchPolicy", "Page", "fetch"]

_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    #: Seconds for the whole fetch, redirects included.
    timeout: float = 10.0
    #: Largest body read, in bytes.
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    #: Whether loopback, private and link-local addresses may be fetched (the CLI: yes; the service: no).
    allow_private: bool = True


@dataclass(frozen=True)
class Page:
    url: str
    body: bytes
    #: The response's media type, lowercased, without parameters (``text/html``).
    media_type: str


def fetch(url: str, policy: FetchPolicy = FetchPolicy()) -> Page:
    """GET ``url``, following at most ``policy.max_redirects`` redirects; raises :class:`FetchError`."""
    deadline = time.monotonic() + policy.timeout
    for _ in range(policy.max_redirects + 1):
        parts = _check_url(url)
        address = _address(parts.hostname, parts.port, parts.scheme, policy)
        response = _get(url, parts, address, deadline)
        try:
            if response.status in (301, 302, 303, 307, 308) and response.headers.get("Location"):
                url = urljoin(url, response.headers["Location"])
                continue
            if response.status >= 400:
                answer = f"HTTP {response.status} {response.reason or ''}".rstrip()
                raise FetchError(f"the server answered {answer}", status=response.status)
            body = _read(response, url, policy, deadline)
            media = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            return Page(url, body, media)
        finally:
            response.release_conn()
    raise FetchError(f"more than {policy.max_redirects} redirects (the last to {url})")


def _check_url(url: str):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url!r} is not an http or https URL")
    try:
        parts.port  # noqa: B018 -- raises for a port that is not a number
    except ValueError:
        raise FetchError(f"{url!r} has an invalid port") from None
    return parts


def _address(host: str, port: int | None, scheme: str, policy: FetchPolicy) -> str:
    """The address to connect to: the first the host resolves to, checked against ``policy``."""
    try:
        infos = socket.getaddrinfo(host, port or (443 if scheme == "https" else 80), type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve the host {host!r}: {exc}") from None
    addresses = [info[4][0] for info in infos]
    if not policy.allow_private:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if not ip.is_global or ip.is_multicast:
                raise FetchError(
                    f"refused to fetch {host!r}: it resolves to {address}, which is not a public address "
                    "(loopback, private, link-local or reserved); this service fetches public addresses only"
                )
    return addresses[0]


def _get(url: str, parts, address: str, deadline: float):
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError("no answer within the time limit")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    timeout = urllib3.Timeout(connect=left, read=left)
    if parts.scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            address, port, server_hostname=parts.hostname, assert_hostname=parts.hostname, timeout=timeout,
            retries=False,
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    host = parts.hostname if parts.port is None else f"{parts.hostname}:{parts.port}"
    headers = {"Host": host, "User-Agent": "news-summarizer", "Accept": "text/html, text/plain;q=0.9"}
    try:
        return pool.urlopen("GET", target, headers=headers, redirect=False, preload_content=False)
    except urllib3.exceptions.HTTPError as exc:
        raise FetchError(f"cannot fetch the page: {_reason(exc)}") from None


def _read(response, url: str, policy: FetchPolicy, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise FetchError(f"the page is larger than {policy.max_bytes} bytes ({declared})", status=response.status)
    chunks, size = [], 0
    try:
        for chunk in response.stream(_CHUNK):
            size += len(chunk)
            if size > policy.max_bytes:
                raise FetchError(f"the page is larger than {policy.max_bytes} bytes", status=response.status)
            if time.monotonic() > deadline:
                raise FetchError(f"the page took longer than {policy.timeout:g} s", status=response.status)
            chunks.append(chunk)
    except urllib3.exceptions.HTTPError as exc:
        raise FetchError(f"cannot fetch the page: {_reason(exc)}", status=response.status) from None
    return b"".join(chunks)


def _reason(exc) -> str:
    reason = getattr(exc, "reason", None) or exc
    return str(reason).split(": ", 1)[-1] if "Connection" in type(reason).__name__ else str(reason)

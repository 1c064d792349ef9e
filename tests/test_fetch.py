"""Fetching URLs (summarizer.fetch) against a local site on 127.0.0.1 (tests/webpages.py)."""

from __future__ import annotations

import time

import pytest

from summarizer.errors import FetchError
from summarizer.fetch import FetchPolicy, fetch
from webpages import ARTICLE, BIG_BYTES


def test_a_page_is_fetched_with_its_media_type(site):
    page = fetch(site.url("/article"))
    assert page.body.decode() == ARTICLE and page.media_type == "text/html" and page.url == site.url("/article")


def test_a_redirect_is_followed_and_the_final_url_kept(site):
    assert fetch(site.url("/moved")).url == site.url("/article")


def test_an_error_status_is_a_fetch_error_with_the_status(site):
    with pytest.raises(FetchError, match="HTTP 404") as caught:
        fetch(site.url("/gone"))
    assert caught.value.status == 404 and caught.value.code == "fetch_failed"


def test_redirects_are_limited(site):
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetch(site.url("/loop"), FetchPolicy(max_redirects=3))


def test_the_size_is_capped_while_reading(site):
    cap = BIG_BYTES // 4
    with pytest.raises(FetchError, match=f"larger than {cap} bytes"):
        fetch(site.url("/big"), FetchPolicy(max_bytes=cap))


def test_a_slow_page_times_out(site):
    started = time.monotonic()
    with pytest.raises(FetchError):
        fetch(site.url("/slow"), FetchPolicy(timeout=0.5))
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize("url", ["ftp://example.org/a", "file:///etc/passwd", "http://", "http://h:port/"])
def test_only_http_urls_are_fetched(url):
    with pytest.raises(FetchError):
        fetch(url)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "10.1.2.3", "192.168.0.1", "169.254.169.254"])
def test_internal_addresses_are_refused_unless_allowed(host):
    with pytest.raises(FetchError, match="refused"):
        fetch(f"http://{host}:9/page", FetchPolicy(allow_private=False, timeout=1))


def test_a_redirect_to_an_internal_address_is_refused(site, monkeypatch):
    # The site itself is on loopback, so check the policy at the redirect: allow the first hop only.
    import summarizer.fetch as module

    real, calls = module._address, []

    def first_hop_allowed(host, port, scheme, policy):
        calls.append(host)
        allowed = FetchPolicy(allow_private=len(calls) == 1)
        return real(host, port, scheme, allowed)

    monkeypatch.setattr(module, "_address", first_hop_allowed)
    with pytest.raises(FetchError, match="refused"):
        fetch(site.url("/moved"), FetchPolicy(allow_private=False))
    assert len(calls) == 2

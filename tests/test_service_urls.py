"""URLs in the HTTP API: off by default; when on, internal addresses refused unless a test allows them.

The pages come from a local site on 127.0.0.1 (tests/webpages.py), which only the explicit test
setting ``FETCH_PRIVATE_ADDRESSES`` lets the service reach.
"""

from __future__ import annotations

import pytest

from service import create_app
from service.models import ErrorResponse, SummarizeResponse


def client_with(**config):
    return create_app({"TESTING": True, **config}).test_client()


def error_of(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    return ErrorResponse.model_validate(response.get_json(), strict=True).error.model_dump()


def test_urls_are_not_fetched_by_default(site):
    error = error_of(client_with().post("/v1/summarize", json={"url": site.url("/article")}), 400)
    assert error["code"] == "url_fetching_off" and error["field"] == "url"


def test_when_on_internal_addresses_are_refused(site):
    client = client_with(FETCH_URLS=True)
    error = error_of(client.post("/v1/summarize", json={"url": site.url("/article")}), 422)
    assert error["code"] == "fetch_failed" and "refused" in error["message"] and error["field"] == "url"
    merged = {"articles": [{"text": "A text about floods in York. It rained."}, {"url": "http://10.0.0.1/"}]}
    assert error_of(client.post("/v1/summarize", json=merged), 422)["field"] == "articles.1.url"


@pytest.fixture
def fetching():
    return client_with(FETCH_URLS=True, FETCH_PRIVATE_ADDRESSES=True)


def test_a_fetched_page_is_summarized_with_its_metadata(site, fetching):
    response = fetching.post("/v1/summarize", json={"url": site.url("/article"), "sentences": 2})
    assert response.status_code == 200, response.get_data(as_text=True)
    result = SummarizeResponse.model_validate(response.get_json(), strict=True).model_dump()
    assert result["metadata"][0]["author"] == "Jane Smith" and result["metadata"][0]["url"] == site.url("/article")
    assert result["language"] == "english" and result["titles"] == ["Flood warning for York"]
    text = result["extracted"][0]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in result["brief"])


@pytest.mark.parametrize("path, code", [("/paywall", "no_main_text"), ("/home", "no_main_text"), ("/gone", "fetch_failed")])
def test_pages_that_are_not_articles_are_422(site, fetching, path, code):
    error = error_of(fetching.post("/v1/summarize", json={"url": site.url(path)}), 422)
    assert error["code"] == code and error["field"] == "url"


def test_paywall_html_sent_in_the_body_is_422():
    from webpages import PAYWALL

    error = error_of(client_with().post("/v1/summarize", json={"html": PAYWALL}), 422)
    assert error["code"] == "no_main_text" and "paywall" in error["message"]

"""The HTTP API through Flask's test client: every endpoint, option and error of issue 5."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from flask.json.provider import DefaultJSONProvider
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

import summarizer
from summarizer import Article
from service import create_app
from service.config import DEFAULTS, ENV_PREFIX
from service.inputs import Source
from service.models import (
    BatchResponse,
    ErrorResponse,
    HeadlineResponse,
    MethodsResponse,
    StatusResponse,
    SummarizeResponse,
)

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
PAGE = (
    "<html><head><title>Bridge vote</title></head><body><nav>Home | News | Sport</nav><article>"
    "<h1>Council backs new bridge</h1>"
    "<p>The council voted on Tuesday to build a new bridge across the river. The vote was close.</p>"
    "<p>Work starts next year, officials said. The bridge will cost ten million pounds.</p>"
    "</article><footer>Copyright 2026</footer></body></html>"
)


@pytest.fixture
def app():
    return create_app({"TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="module")
def seeds() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in SEEDS]


def conforms(model: type[BaseModel], body: dict) -> dict:
    """The body as the response model reads it: an unknown or missing field is a drift from /openapi.json."""
    model.model_validate(body, strict=True)
    return body


def assert_offsets(result: dict, texts: list[str]) -> None:
    for sentence in result["brief"]:
        assert texts[sentence["article"]][sentence["start"] : sentence["end"]] == sentence["text"]


def assert_error(response, status: int, code: str, field: str | None = "any") -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body = conforms(ErrorResponse, response.get_json())
    assert body["error"]["code"] == code
    assert body["error"]["message"] and "Traceback" not in body["error"]["message"]
    if field != "any":
        assert body["error"]["field"] == field
    return body["error"]


# --- POST /v1/summarize -------------------------------------------------------------------------


def test_summarize_one_article(client, seeds):
    response = client.post("/v1/summarize", json={"text": seeds[1]})
    assert response.status_code == 200
    result = conforms(SummarizeResponse, response.get_json())
    assert list(result) == [
        "headline", "brief", "keyphrases", "method", "titles", "language", "metadata", "cohesion", "warning", "stats"
    ]
    assert result["headline"]
    assert len(result["brief"]) == summarizer.DEFAULTS.default_sentences
    assert result["method"] == summarizer.DEFAULTS.method
    assert len(result["keyphrases"]) <= summarizer.DEFAULTS.keyphrases
    assert result["stats"]["articles"] == 1
    assert result["stats"]["sentences_in"] >= len(result["brief"])
    assert result["stats"]["words_in"] > 0 and result["stats"]["elapsed_ms"] >= 0
    assert_offsets(result, [seeds[1]])


def test_summarize_is_the_library_serialized(client, seeds):
    result = client.post("/v1/summarize", json={"text": seeds[0], "sentences": 2}).get_json()
    brief = summarizer.summarize(seeds[0], sentences=2)
    assert {k: v for k, v in result.items() if k != "stats"} == brief.to_dict()
    assert {k: v for k, v in result["stats"].items() if k != "elapsed_ms"} == brief.stats()


def test_summarize_title_is_kept(client, seeds):
    result = client.post("/v1/summarize", json={"title": "Strikes on Kyiv", "text": seeds[1]}).get_json()
    assert result["titles"] == ["Strikes on Kyiv"]


def test_summarize_merged_set(client, seeds):
    articles = [{"title": None, "text": seeds[0]}, {"title": "Kyiv attack", "text": seeds[1]}]
    result = conforms(SummarizeResponse, client.post("/v1/summarize", json={"articles": articles}).get_json())
    assert result["stats"]["articles"] == 2
    assert result["titles"][1] == "Kyiv attack"
    assert len(result["brief"]) == summarizer.DEFAULTS.default_set_sentences
    assert_offsets(result, seeds)


@pytest.mark.parametrize(
    "options, check",
    [
        ({"sentences": 2}, lambda r: len(r["brief"]) == 2),
        # Whole sentences until the brief has at least N words.
        ({"words": 40}, lambda r: sum(len(s["text"].split()) for s in r["brief"][:-1]) < 40),
        ({"ratio": 0.1}, lambda r: 1 <= len(r["brief"]) <= 0.1 * r["stats"]["sentences_in"] + 1),
        ({"method": "textrank"}, lambda r: r["method"] == "textrank"),
        # In the order of selection: the best sentence first, then MMR's picks.
        ({"order": "rank"}, lambda r: r["brief"][0]["score"] == max(s["score"] for s in r["brief"])),
        (
            {"order": "source"},
            lambda r: [s["start"] for s in r["brief"]] == sorted(s["start"] for s in r["brief"]),
        ),
        ({"headline": False}, lambda r: r["headline"] is None),
        ({"keyphrases": 0}, lambda r: r["keyphrases"] == []),
        ({"keyphrases": 3}, lambda r: len(r["keyphrases"]) == 3),
        ({"headline_words": 5}, lambda r: len(r["headline"].split()) <= 5),
        ({"headline_characters": 40}, lambda r: 0 < len(r["headline"]) <= 40),
        ({"language": "english"}, lambda r: r["brief"]),
    ],
    ids=lambda value: None if callable(value) else "-".join(map(str, value.items())),
)
def test_summarize_options(client, seeds, options, check):
    response = client.post("/v1/summarize", json={"text": seeds[1], **options})
    assert response.status_code == 200, response.get_json()
    assert check(conforms(SummarizeResponse, response.get_json()))


def test_summarize_every_method(client, seeds):
    for method in summarizer.list_methods():
        result = client.post(
            "/v1/summarize", json={"text": seeds[0], "method": method, "sentences": 2}
        ).get_json()
        assert result["method"] == method and len(result["brief"]) == 2


def test_summarize_plain_text_with_query_options(client, seeds):
    response = client.post(
        "/v1/summarize?sentences=2&headline=false&method=lexrank&title=Kyiv",
        data=seeds[1].encode(),
        content_type="text/plain; charset=utf-8",
    )
    result = conforms(SummarizeResponse, response.get_json())
    assert len(result["brief"]) == 2 and result["headline"] is None and result["method"] == "lexrank"
    assert result["titles"] == ["Kyiv"]
    assert_offsets(result, [seeds[1]])


def test_summarize_plain_text_in_another_charset(client):
    text = "Der Bürgermeister eröffnete die Brücke am Dienstag. Sie kostet zehn Millionen Euro."
    response = client.post(
        "/v1/summarize", data=text.encode("latin-1"), content_type="text/plain; charset=latin-1"
    )
    assert_offsets(response.get_json(), [text])


def python_codecs() -> list[str]:
    import encodings
    import pkgutil

    return sorted(m.name for m in pkgutil.iter_modules(encodings.__path__) if m.name != "aliases")


@pytest.mark.parametrize("charset", python_codecs())
def test_every_charset_python_knows_is_read_or_a_json_415_never_a_500(client, charset):
    text = "The council met on Monday. It voted to build a bridge. The mayor left early."
    for body in (text.encode("ascii"), "+2AA- caf\u00e9 \\ud800 \xff".encode("latin-1")):
        response = client.post("/v1/summarize", data=body, content_type=f"text/plain; charset={charset}")
        assert response.status_code in (200, 400, 415, 422), (charset, response.status_code)
        assert response.is_json
    if charset in ("base64_codec", "bz2_codec", "hex_codec", "quopri_codec", "rot_13", "uu_codec",
                   "zlib_codec", "undefined", "idna", "punycode", "utf_7", "unicode_escape",
                   "raw_unicode_escape", "charmap"):  # fmt: skip
        error = assert_error(response, 415, "unsupported_media_type", "charset")
        assert charset in error["message"]
    elif charset in ("utf_8", "latin_1", "cp1252", "utf_16", "shift_jis", "koi8_r"):
        assert client.post(
            "/v1/summarize", data=text.encode(charset), content_type=f"text/plain; charset={charset}"
        ).status_code == 200


def test_offsets_count_code_points(client):
    text = "Fans cheered 🎉 as the team won the cup on Sunday. The coach thanked the city. Parades follow."
    result = client.post("/v1/summarize", json={"text": text, "sentences": 3}).get_json()
    assert_offsets(result, [text])


def test_summarize_html_body_returns_the_extracted_text(client):
    response = client.post("/v1/summarize?sentences=2", data=PAGE, content_type="text/html")
    result = conforms(SummarizeResponse, response.get_json())
    (extracted,) = result["extracted"]
    assert (
        "bridge across the river" in extracted and "Copyright" not in extracted and "Home |" not in extracted
    )
    assert_offsets(result, [extracted])


def test_summarize_html_field_and_html_in_a_set(client, seeds):
    result = client.post("/v1/summarize", json={"html": PAGE}).get_json()
    assert "extracted" in result
    result = client.post("/v1/summarize", json={"articles": [{"text": seeds[0]}, {"html": PAGE}]}).get_json()
    assert result["extracted"][0] is None and "bridge" in result["extracted"][1]
    assert_offsets(result, [seeds[0], result["extracted"][1]])


def test_summarize_html_without_main_text(client):
    assert_error(
        client.post("/v1/summarize", json={"html": "<html><body></body></html>"}), 422, "no_main_text", "html"
    )
    response = client.post("/v1/summarize", json={"articles": [{"text": "One. Two."}, {"html": "<p></p>"}]})
    assert_error(response, 422, "no_main_text", "articles.1.html")


# --- POST /v1/headline -------------------------------------------------------------------------


def test_headline(client, seeds):
    result = conforms(HeadlineResponse, client.post("/v1/headline", json={"text": seeds[1]}).get_json())
    assert result["headline"] == summarizer.headline(seeds[1])
    short = client.post("/v1/headline", json={"text": seeds[1], "headline_words": 4}).get_json()["headline"]
    assert len(short.split()) <= 4
    fitted = client.post("/v1/headline", json={"text": seeds[1], "headline_characters": 60}).get_json()["headline"]
    assert fitted == summarizer.headline(seeds[1], headline_characters=60) and len(fitted) <= 60
    query = client.post("/v1/headline?headline_characters=45", data=seeds[1], content_type="text/plain").get_json()
    assert query["headline"] == summarizer.headline(seeds[1], headline_characters=45)


def test_headline_of_a_set_text_and_html(client, seeds):
    merged = client.post("/v1/headline", json={"articles": [{"text": t} for t in seeds]}).get_json()
    assert merged["headline"] == summarizer.headline([summarizer.Article(t) for t in seeds])
    plain = client.post("/v1/headline?headline_words=6", data=seeds[0], content_type="text/plain").get_json()
    assert plain["headline"] == summarizer.headline(seeds[0], headline_words=6)
    assert "bridge" in client.post("/v1/headline", data=PAGE, content_type="text/html").get_json()["headline"]


def test_the_method_chooses_a_sets_headline(client, seeds):
    # In a merged set the ranking chooses among the articles' leads: on the seeds, sumy's SumBasic
    # prefers the other report's lead to the one the default ranking prefers.
    articles = [{"text": t} for t in seeds]
    lines = {
        method: client.post("/v1/headline", json={"articles": articles, "method": method}).get_json()["headline"]
        for method in ("default", "sumy-sumbasic")
    }
    assert lines["default"] != lines["sumy-sumbasic"]
    for method, line in lines.items():
        assert line == summarizer.headline([summarizer.Article(t) for t in seeds], method=method)


def test_headline_errors(client):
    assert_error(client.post("/v1/headline", json={"text": "   "}), 422, "empty_input", "text")
    assert_error(
        client.post("/v1/headline", json={"text": "A b.", "sentencez": 2}),
        400,
        "invalid_request",
        "sentencez",
    )


# --- POST /v1/batch ----------------------------------------------------------------------------


def test_batch_one_result_or_error_per_item_in_order(client, seeds):
    items = [
        {"id": "a", "text": seeds[0], "sentences": 1},
        {"id": 2, "text": ""},
        {"id": "c", "articles": [{"text": t} for t in seeds], "method": "lexrank"},
        {"id": "d", "text": seeds[1], "sentences": "two"},
        {"id": "e", "text": seeds[1], "method": "nope"},
        ["not", "an", "object"],
    ]
    response = client.post("/v1/batch", json={"items": items})
    assert response.status_code == 200
    results = conforms(BatchResponse, response.get_json())["results"]
    assert [r["id"] for r in results] == ["a", 2, "c", "d", "e", None]
    assert len(results[0]["brief"]) == 1
    assert results[1]["error"]["code"] == "empty_input"
    assert results[2]["method"] == "lexrank" and results[2]["stats"]["articles"] == 2
    assert results[3]["error"] == {
        "code": "invalid_request",
        "message": results[3]["error"]["message"],
        "field": "sentences",
    }
    assert results[4]["error"]["code"] == "unknown_method"
    assert results[5]["error"]["code"] == "invalid_request"


def test_batch_items_get_the_results_of_summarize(client, seeds):
    items = [
        {"id": 1, "text": seeds[0], "title": "Missile attack on Kyiv"},
        {"id": 2, "text": seeds[1], "words": 40},
        {"id": 3, "text": seeds[1]},  # with item 1: one summarize_many call
        {"id": 4, "articles": [{"text": t} for t in seeds]},
    ]
    results = client.post("/v1/batch", json={"items": items}).get_json()["results"]
    for item, result in zip(items, results, strict=True):
        alone = client.post("/v1/summarize", json={k: v for k, v in item.items() if k != "id"}).get_json()
        assert result.pop("id") == item["id"]
        assert result.pop("stats").keys() == alone.pop("stats").keys()
        assert result == alone


def test_batch_limits(app, client, seeds):
    app.config.update(MAX_BATCH_ITEMS=2, MAX_WORDS=len(seeds[0].split()) + 10)
    three = {"items": [{"id": i, "text": "One. Two."} for i in range(3)]}
    assert_error(client.post("/v1/batch", json=three), 413, "too_many_items", "items")
    two_long = {"items": [{"id": i, "text": seeds[0]} for i in range(2)]}
    assert_error(client.post("/v1/batch", json=two_long), 413, "too_many_words", "text")


@pytest.mark.parametrize(
    "body, field",
    [({"items": "x"}, "items"), ({"things": []}, "items"), ([], None)],
)
def test_batch_envelope_errors(client, body, field):
    assert_error(client.post("/v1/batch", json=body), 400, "invalid_request", field)


def test_batch_reads_only_json(client):
    assert_error(
        client.post("/v1/batch", data="hello", content_type="text/plain"), 415, "unsupported_media_type"
    )
    assert_error(client.post("/v1/batch", data="{", content_type="application/json"), 400, "invalid_json")


# --- GET endpoints ------------------------------------------------------------------------------


def test_methods(client):
    result = conforms(MethodsResponse, client.get("/v1/methods").get_json())
    assert result["methods"] == list(summarizer.list_methods()) and result["default"] == summarizer.DEFAULTS.method
    assert list(result["descriptions"]) == result["methods"] and all(result["descriptions"].values())


def test_health_probes(client):
    assert conforms(StatusResponse, client.get("/healthz").get_json()) == {"status": "ok"}
    assert client.get("/readyz").get_json() == {"status": "ready"}


def test_readyz_fails_when_the_summarizer_fails(client, monkeypatch):
    def broken(*args, **kwargs):
        raise LookupError("stop words for english are missing")

    monkeypatch.setattr(summarizer, "summarize", broken)
    assert_error(client.get("/readyz"), 503, "not_ready")
    assert client.get("/healthz").status_code == 200


# --- Errors and limits --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, field",
    [
        ({"text": 5}, "text"),
        ({"text": "A b.", "sentences": "3"}, "sentences"),
        ({"text": "A b.", "sentences": 2.5}, "sentences"),
        ({"text": "A b.", "headline": "yes"}, "headline"),
        ({"text": "A b.", "keyphrases": True}, "keyphrases"),
        ({"text": "A b.", "sentence": 3}, "sentence"),
        ({}, "text"),
        ({"title": "only a title"}, "text"),
        ({"text": "A b.", "html": "<p>A b.</p>"}, "html"),
        ({"title": "T", "articles": [{"text": "A b."}]}, "title"),
        ({"articles": [{"text": "A b."}, {"title": "no text"}]}, "articles.1.text"),
        ({"articles": "A b."}, "articles"),
        (["A b."], None),
    ],
)
def test_wrong_types_and_shapes_are_400(client, body, field):
    assert_error(client.post("/v1/summarize", json=body), 400, "invalid_request", field)


def test_malformed_json_is_400(client):
    response = client.post("/v1/summarize", data='{"text": "unterminated', content_type="application/json")
    assert_error(response, 400, "invalid_json", None)
    assert_error(
        client.post("/v1/summarize", data=b"\xff\xfe", content_type="application/json"), 400, "invalid_json"
    )


def test_bad_query_string_and_encoding_are_400(client):
    response = client.post("/v1/summarize?sentences=many", data="One. Two.", content_type="text/plain")
    assert_error(response, 400, "invalid_request", "sentences")
    response = client.post("/v1/summarize?colour=red", data="One. Two.", content_type="text/plain")
    assert_error(response, 400, "invalid_request", "colour")
    assert_error(
        client.post("/v1/summarize", data=b"\xff\xfe", content_type="text/plain"), 400, "invalid_encoding"
    )


@pytest.mark.parametrize("path", ["/v1/summarize", "/v1/headline", "/v1/batch"])
def test_a_query_string_beside_a_json_body_is_400_not_ignored(client, path):
    body = {"items": [{"text": "One. Two."}]} if path == "/v1/batch" else {"text": "One. Two."}
    assert_error(client.post(path + "?sentences=1", json=body), 400, "query_with_json", "sentences")
    assert client.post(path, json=body).status_code == 200


@pytest.mark.parametrize(
    "body, code, field",
    [
        ({"text": ""}, "empty_input", "text"),
        ({"text": "... !!! ???"}, "empty_input", "text"),
        ({"text": "A b.", "sentences": 0}, "invalid_budget", "sentences"),
        ({"text": "A b.", "sentences": summarizer.DEFAULTS.max_sentences + 1}, "invalid_budget", "sentences"),
        ({"text": "A b.", "words": -1}, "invalid_budget", "words"),
        ({"text": "A b.", "ratio": 1.5}, "invalid_budget", "ratio"),
        ({"text": "A b.", "sentences": 2, "words": 10}, "invalid_budget", "words"),
        ({"text": "A b.", "method": "nope"}, "unknown_method", "method"),
        ({"text": "A b.", "order": "sideways"}, "invalid_option", "order"),
        (
            {"text": "A b.", "keyphrases": summarizer.DEFAULTS.max_keyphrases + 1},
            "invalid_option",
            "keyphrases",
        ),
        ({"text": "A b.", "headline_words": 1}, "invalid_option", "headline_words"),
        ({"text": "A b.", "headline_characters": 5}, "invalid_option", "headline_characters"),
        ({"text": "A b.", "language": "klingon"}, "unsupported_language", "language"),
    ],
)
def test_input_the_summarizer_cannot_use_is_422(client, body, code, field):
    assert_error(client.post("/v1/summarize", json=body), 422, code, field)


def test_not_found_and_method_not_allowed_are_json(client):
    assert_error(client.get("/v1/nothing"), 404, "not_found", None)
    response = client.get("/v1/summarize")
    assert_error(response, 405, "method_not_allowed", None)
    assert "POST" in response.headers["Allow"]
    assert_error(client.delete("/healthz"), 405, "method_not_allowed")


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "application/xml", None])
def test_unsupported_media_type_is_415(client, content_type):
    response = client.post("/v1/summarize", data="One. Two.", content_type=content_type)
    assert_error(response, 415, "unsupported_media_type")


def test_body_over_the_limit_is_413(client, app):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    assert_error(client.post("/v1/summarize", json={"text": "word " * 400}), 413, "body_too_large", None)
    assert_error(
        client.post("/v1/summarize", data="w " * 600, content_type="text/plain"), 413, "body_too_large"
    )
    assert client.post("/v1/summarize", json={"text": "A short one. Fine."}).status_code == 200


def test_articles_and_words_limits_are_413(client, app, seeds):
    app.config.update(MAX_ARTICLES=2, MAX_WORDS=len(seeds[1].split()))
    three = {"articles": [{"text": "One. Two."}] * 3}
    assert_error(client.post("/v1/summarize", json=three), 413, "too_many_articles", "articles")
    assert client.post("/v1/summarize", json={"text": seeds[1]}).status_code == 200
    assert_error(
        client.post("/v1/summarize", json={"text": seeds[1] + " more"}), 413, "too_many_words", "text"
    )
    assert_error(
        client.post("/v1/headline", json={"text": seeds[1] + " more"}), 413, "too_many_words", "text"
    )


def test_words_limit_where_the_bound_is_exact(client, app):
    # The service splits a text into words only when its length could put it over MAX_WORDS: one-letter
    # words with one separator each are the most words a text of its length holds.
    app.config.update(MAX_WORDS=4)
    for separator in (" ", "\n", "\u3000"):
        assert client.post("/v1/summarize", json={"text": separator.join("Abcd")}).status_code != 413
        too_many = client.post("/v1/summarize", json={"text": separator.join("Abcde")})
        assert_error(too_many, 413, "too_many_words", "text")
    items = [{"id": 1, "text": "A b"}, {"id": 2, "text": "C d e"}]
    assert_error(client.post("/v1/batch", json={"items": items}), 413, "too_many_words")
    assert client.post("/v1/batch", json={"items": items[1:]}).status_code == 200


@given(st.text(alphabet=st.sampled_from("ab \t\n\u3000\u2028\x1c"), min_size=1))
def test_the_words_bound_is_never_below_the_count(text):
    assert Source(Article(text), None, 0.0).most_words >= Source(Article(text), None, 0.0).words == len(text.split())


def test_answers_are_the_bytes_of_flasks_json(app, client, seeds):
    """service/json_answers.py encodes with one encoder: the bytes Flask's own provider writes."""
    flasks = DefaultJSONProvider(app)
    flasks.sort_keys, flasks.ensure_ascii = False, False
    answers = [client.post("/v1/summarize", json={"text": seed, "keyphrases": 20}) for seed in seeds]
    answers += [
        client.post("/v1/summarize", json={"articles": [{"title": "Café — “quoted” 🌉", "text": s} for s in seeds[:3]]}),
        client.post("/v1/batch", json={"items": [{"id": "é", "text": seeds[0]}, {"id": 2, "text": ""}]}),
        client.post("/v1/summarize", json={"text": seeds[0], "sentences": "3"}),
        client.post("/v1/headline", json={"text": seeds[1]}),
        client.get("/v1/methods"),
        client.get("/openapi.json"),
        client.get("/nowhere/é"),
    ]
    for answer in answers:
        with app.app_context():
            expected = flasks.response(json.loads(answer.get_data())).get_data()
        assert answer.get_data() == expected


def test_unexpected_error_is_a_json_500_without_trace(monkeypatch):
    app = create_app({"TESTING": True, "PROPAGATE_EXCEPTIONS": False})

    def bug(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(summarizer, "summarize", bug)
    response = app.test_client().post("/v1/summarize", json={"text": "One. Two."})
    error = assert_error(response, 500, "internal_error", None)
    assert "secret" not in response.get_data(as_text=True) and "RuntimeError" not in error["message"]


# --- Configuration ------------------------------------------------------------------------------


def test_configuration_defaults_environment_then_mapping(monkeypatch):
    assert create_app().config["MAX_CONTENT_LENGTH"] == 2 * 1024 * 1024
    defaults = create_app().config
    assert (defaults["MAX_ARTICLES"], defaults["MAX_BATCH_ITEMS"]) == (200, 100)
    monkeypatch.setenv("SUMMARIZER_MAX_ARTICLES", "7")
    monkeypatch.setenv("SUMMARIZER_MAX_WORDS", "5000")
    assert create_app().config["MAX_ARTICLES"] == 7
    app = create_app({"MAX_WORDS": 9})
    assert (app.config["MAX_ARTICLES"], app.config["MAX_WORDS"]) == (7, 9)


# --- OpenAPI ------------------------------------------------------------------------------------


def test_an_empty_merged_set_is_refused_as_the_openapi_document_says(client):
    spec = client.get("/openapi.json").get_json()
    assert spec["components"]["schemas"]["SummarizeRequest"]["properties"]["articles"]["minItems"] == 1
    for path in ("/v1/summarize", "/v1/headline"):
        assert_error(client.post(path, json={"articles": []}), 400, "invalid_request", "articles")


def test_openapi_describes_every_api_route_from_the_models(app, client):
    spec = client.get("/openapi.json").get_json()
    assert spec["openapi"] == "3.1.0"
    routes = {r.rule for r in app.url_map.iter_rules() if r.rule.startswith("/v1/") or r.rule.endswith("z")}
    assert set(spec["paths"]) == routes
    assert set(spec["paths"]["/v1/summarize"]) == {"post"}
    summarize = spec["paths"]["/v1/summarize"]["post"]
    assert set(summarize["requestBody"]["content"]) == {"application/json", "text/plain", "text/html"}
    assert {"400", "413", "415", "422"} <= set(summarize["responses"])
    assert {p["name"] for p in summarize["parameters"]} >= {"sentences", "words", "ratio", "method", "title"}
    schemas = spec["components"]["schemas"]
    request = schemas["SummarizeRequest"]["properties"]
    # Defaults and bounds are the library's, read from summarizer.DEFAULTS.
    assert request["keyphrases"]["default"] == summarizer.DEFAULTS.keyphrases
    assert request["sentences"]["anyOf"][0]["maximum"] == summarizer.DEFAULTS.max_sentences
    assert request["method"]["enum"] == list(summarizer.list_methods())
    assert set(schemas["SummarizeResponse"]["properties"]) == set(SummarizeResponse.model_fields)
    assert str(app.config["MAX_CONTENT_LENGTH"]) in spec["info"]["description"]


# --- The page -----------------------------------------------------------------------------------


def test_page_and_its_assets_are_served_without_outside_links(client):
    page = client.get("/")
    assert page.status_code == 200 and page.mimetype == "text/html"
    for response in (page, client.get("/static/page.js"), client.post("/v1/summarize", json={})):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "default-src 'self'" in response.headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    html = page.get_data(as_text=True)
    assert 'id="summarize-form"' in html and "/v1/summarize" in html and 'name="viewport"' in html
    for asset in ("/static/page.js", "/static/page.css"):
        response = client.get(asset)
        assert response.status_code == 200
        assert "http://" not in response.get_data(as_text=True) and "https://" not in response.get_data(
            as_text=True
        )
    assert "https://" not in html and "http://" not in html


# --- Documentation ------------------------------------------------------------------------------


def test_every_route_and_setting_is_documented(app):
    root = Path(__file__).parent.parent
    docs = (root / "docs" / "service.md").read_text(encoding="utf-8")
    for rule in app.url_map.iter_rules():
        for method in rule.methods - {"HEAD", "OPTIONS"} if rule.endpoint != "static" else ():
            assert f"`{method} {rule.rule}`" in docs
    for name in DEFAULTS:
        assert f"`{ENV_PREFIX}_{name}`" in docs
    for name in re.findall(r'_env\("(\w+)"', (root / "gunicorn.conf.py").read_text(encoding="utf-8")):
        assert f"{ENV_PREFIX}_{name}" in docs, name

"""``POST /v1/cluster``: a feed grouped into stories, each with its merged brief (issue 16)."""

from __future__ import annotations

import pytest

import summarizer
from service import create_app
from service.models import SOURCE_FIELDS
from service.story_models import ClusterResponse
from summarizer.stories import story_id


@pytest.fixture
def client():
    return create_app({"TESTING": True, "MAX_BATCH_ITEMS": 8}).test_client()


def test_stories_with_members_sizes_and_briefs(client, feed):
    response = client.post("/v1/cluster", json={"articles": feed, "sentences": 2, "keyphrases": 3})
    assert response.status_code == 200
    body = response.get_json()
    ClusterResponse.model_validate(body, strict=True)
    stories = body["stories"]
    assert [s["members"] for s in stories] == [
        ["flood-1", "flood-2", "flood-3"],
        ["rates-1", "rates-2"],
        ["chess-1"],
    ]
    assert [(s["id"], s["size"]) for s in stories] == [
        (story_id("flood-1"), 3),
        (story_id("rates-1"), 2),
        (story_id("chess-1"), 1),
    ]
    expected = summarizer.summarize([feed[1], feed[4]], sentences=2, keyphrases=3).to_dict()
    del expected["cohesion"]  # a story's record gives the story's own cohesion
    assert {k: stories[1][k] for k in expected} == expected
    assert stories[1]["stats"]["articles"] == 2
    assert body["stats"]["articles"] == 6 and body["stats"]["stories"] == 3


def test_ids_default_to_positions_and_html_is_extracted(client, feed):
    page = f"<html><body><article><h1>{feed[2]['title']}</h1><p>{feed[2]['text']}</p></article></body></html>"
    articles = [{"text": feed[0]["text"]}, {"html": page}, {"text": feed[3]["text"]}]
    stories = client.post("/v1/cluster", json={"articles": articles}).get_json()["stories"]
    assert [s["members"] for s in stories] == [[0, 1], [2]]
    assert stories[0]["extracted"][0] is None and "Riverton" in stories[0]["extracted"][1]


def test_a_story_whose_brief_fails_carries_its_error(client, feed):
    stories = client.post("/v1/cluster", json={"articles": [feed[0], {"id": "x", "text": "..."}]}).get_json()[
        "stories"
    ]
    assert stories[1]["members"] == ["x"] and stories[1]["error"]["code"] == "empty_input"
    assert "brief" in stories[0]


@pytest.mark.parametrize(
    "body, status, code",
    [
        ({"articles": [{"text": "a"}] * 9}, 413, "too_many_articles"),
        ({"articles": [{"text": "a", "id": 1.5}]}, 400, "invalid_request"),
        ({"articles": [{"text": "a"}], "sentences": 0}, 422, "invalid_budget"),
        ({"articles": [{"text": "a"}], "method": "nope"}, 422, "unknown_method"),
        ({"text": "a"}, 400, "invalid_request"),
    ],
)
def test_limits_and_errors(client, body, status, code):
    response = client.post("/v1/cluster", json=body)
    assert (response.status_code, response.get_json()["error"]["code"]) == (status, code)


def test_the_words_limit_holds_for_the_whole_feed(feed):
    client = create_app({"TESTING": True, "MAX_WORDS": 100}).test_client()
    response = client.post("/v1/cluster", json={"articles": feed})
    assert (response.status_code, response.get_json()["error"]["code"]) == (413, "too_many_words")


def test_openapi_describes_the_endpoint(client):
    spec = client.get("/openapi.json").get_json()
    operation = spec["paths"]["/v1/cluster"]["post"]
    assert set(operation["responses"]) >= {"200", "400", "413", "422"}
    request = spec["components"]["schemas"]["ClusterRequest"]["properties"]
    summarize_request = spec["components"]["schemas"]["SummarizeRequest"]["properties"]
    options = {k: v for k, v in summarize_request.items() if k not in SOURCE_FIELDS}
    assert options == {k: v for k, v in request.items() if k != "articles"}

"""``POST /v1/cluster``: a feed of articles grouped into stories, each with its merged brief.

A thin view over :func:`summarizer.cluster` and :func:`summarizer.summarize`, bounded like ``/v1/batch``:
at most ``MAX_BATCH_ITEMS`` articles and ``MAX_WORDS`` words in all, checked before any work.
"""

from __future__ import annotations

import time

from flask import Blueprint, current_app

import summarizer

from .config import Limits
from .errors import LimitError, error_body
from .inputs import Source, check_words, read_request, read_source
from .openapi import documented
from .story_models import ClusterRequest, ClusterResponse

__all__ = ["bp"]

bp = Blueprint("stories", __name__, url_prefix="/v1")
_PROBE = "The options are checked on this text before the feed is read. It has two sentences."


@bp.post("/cluster")
@documented(
    "Stories from a feed: the articles grouped by event, one merged brief per story.",
    request=ClusterRequest,
    response=ClusterResponse,
    errors=(400, 413, 415, 422, 503),
)
def cluster():
    started = time.perf_counter()
    limits = Limits.from_config(current_app.config)
    req = read_request(ClusterRequest)
    if len(req.articles) > limits.batch_items:
        raise LimitError(
            f"a feed holds at most {limits.batch_items} articles, not {len(req.articles)}; split it "
            "(SUMMARIZER_MAX_BATCH_ITEMS)",
            code="too_many_articles",
            field="articles",
        )
    source = read_source(req, limits)
    check_words([source], limits)
    options = req.options()
    # Options only the library can check (a budget out of range, an unknown method) fail the request
    # once, as a 422, before any work, rather than once per story.
    summarizer.summarize(_PROBE, **options)
    ids = [a.id if a.id is not None else i for i, a in enumerate(req.articles)]
    feed = [{"id": i, "text": a.text, "title": a.title} for i, a in zip(ids, source.value)]
    stories = summarizer.cluster(feed, language=options.get("language"))
    return {
        "stories": [_story(story, source, options) for story in stories],
        "stats": {
            "articles": len(feed),
            "stories": len(stories),
            "elapsed_ms": round((time.perf_counter() - started) * 1000, 2),
        },
    }


def _story(story: summarizer.Story, source: Source, options: dict) -> dict:
    started = time.perf_counter()
    try:
        brief = summarizer.summarize([source.value[i] for i in story.articles], **options)
    except summarizer.SummarizerError as exc:
        return {**story.to_dict(), **error_body(exc.code, str(exc), exc.field)}
    brief_fields = {k: v for k, v in brief.to_dict().items() if k != "cohesion"}  # the story's stands
    result = {**story.to_dict(), **brief_fields}
    result["stats"] = {**brief.stats(), "elapsed_ms": round((time.perf_counter() - started) * 1000, 2)}
    if source.extracted is not None:
        result["extracted"] = [source.extracted[i] for i in story.articles]
    return result

"""The versioned JSON API: thin views over :func:`summarizer.summarize`, :func:`summarizer.summarize_many`
and :func:`summarizer.headline`."""

from __future__ import annotations

import time

from flask import Blueprint, current_app

import summarizer
from summarizer.language import detect_language
from summarizer.options import make_options

from .config import Limits
from .errors import ApiError, error_body
from .inputs import TEXT_MEDIA_TYPES, Source, check_words, read_batch, read_request, read_source
from .models import (
    BatchItem,
    BatchRequest,
    BatchResponse,
    HeadlineRequest,
    HeadlineResponse,
    MethodsResponse,
    SummarizeRequest,
    SummarizeResponse,
)
from .openapi import documented

__all__ = ["bp"]

bp = Blueprint("api", __name__, url_prefix="/v1")

_ERRORS = (400, 413, 415, 422, 503)


@bp.post("/summarize")
@documented(
    "A brief of one article or a merged set, with headline and keyphrases.",
    request=SummarizeRequest,
    response=SummarizeResponse,
    text_media=tuple(TEXT_MEDIA_TYPES),
    errors=_ERRORS,
)
def summarize():
    limits = _limits()
    req = read_request(SummarizeRequest)
    source = read_source(req, limits)
    check_words([source], limits)
    return _brief(req, source)


@bp.post("/headline")
@documented(
    "The headline alone.",
    request=HeadlineRequest,
    response=HeadlineResponse,
    text_media=tuple(TEXT_MEDIA_TYPES),
    errors=_ERRORS,
)
def headline():
    limits = _limits()
    req = read_request(HeadlineRequest)
    source = read_source(req, limits)
    check_words([source], limits)
    options = req.options()
    line = summarizer.headline(source.value, **options)
    texts = [a.text for a in source.value] if isinstance(source.value, list) else [source.value.text]
    return {"headline": line, "language": options.get("language") or detect_language(texts)}


@bp.post("/batch")
@documented(
    "Several summarize bodies, each with an id: one result or error per item, in order.",
    request=BatchRequest,
    response=BatchResponse,
    errors=_ERRORS,
)
def batch():
    limits = _limits()
    # Read every item first, so that the words limit holds for the whole request before any work.
    ready: list[tuple[str | int | None, BatchItem | Exception, Source | None]] = []
    for item_id, item in read_batch(limits.batch_items):
        if isinstance(item, ApiError):
            ready.append((item_id, item, None))
            continue
        try:
            ready.append((item_id, item, read_source(item, limits)))
        except (ApiError, summarizer.SummarizerError) as exc:
            ready.append((item_id, exc, None))
    check_words((source for _, _, source in ready if source is not None), limits)
    return {"results": _batch_results(ready)}


@bp.get("/methods")
@documented("The ranking methods, for the `method` option.", response=MethodsResponse)
def methods():
    descriptions = summarizer.describe_methods()
    default = summarizer.DEFAULTS.method
    return {"methods": list(descriptions), "default": default, "descriptions": descriptions}


def _brief(req: SummarizeRequest, source: Source) -> dict:
    started = time.perf_counter()
    brief = summarizer.summarize(source.value, **req.options())
    return _brief_result(brief, source, (time.perf_counter() - started) * 1000)


def _brief_result(brief: summarizer.Brief, source: Source, summarize_ms: float) -> dict:
    result = brief.to_dict()
    result["stats"] = {**brief.stats(), "elapsed_ms": round(source.extract_ms + summarize_ms, 2)}
    if source.extracted is not None:
        result["extracted"] = source.extracted
    return result


def _batch_results(ready: list) -> list[dict]:
    """One result or error per item, in order. The items that share their options are summarized
    together by :func:`summarizer.summarize_many` (each brief equal to ``summarize``'s); an item's
    ``elapsed_ms`` is its extraction plus its share of that call."""
    results: list = [None] * len(ready)
    groups: dict[summarizer.Options, list[int]] = {}
    for k, (item_id, item, source) in enumerate(ready):
        if source is None:  # the item failed before any work: ``item`` is its error
            results[k] = _error_result(item_id, item)
            continue
        try:
            groups.setdefault(make_options(**item.options()), []).append(k)
        except summarizer.SummarizerError as exc:
            results[k] = _error_result(item_id, exc)
    for options, members in groups.items():
        started = time.perf_counter()
        sources = [ready[k][2].value for k in members]
        try:
            briefs = list(summarizer.summarize_many(sources, options=options, errors="return"))
        except summarizer.SummarizerError as exc:  # the options of the whole group (an unknown method)
            briefs = [exc] * len(members)
        share_ms = (time.perf_counter() - started) * 1000 / len(members)
        for k, brief in zip(members, briefs, strict=True):
            item_id, _, source = ready[k]
            if isinstance(brief, summarizer.SummarizerError):
                results[k] = _error_result(item_id, brief)
            else:
                results[k] = {"id": item_id, **_brief_result(brief, source, share_ms)}
    return results


def _error_result(item_id, exc: ApiError | summarizer.SummarizerError) -> dict:
    return {"id": item_id, **error_body(exc.code, str(exc), exc.field)}


def _limits() -> Limits:
    return Limits.from_config(current_app.config)

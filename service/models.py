"""The request and response models of the HTTP API.

They validate every request body and generate ``/openapi.json``, so the description cannot drift from
what the service accepts. The split of work is deliberate: these models check the *shape* (fields, types:
a 400 when wrong), the library checks the *values* (a budget out of range, an unknown method: its named
errors, a 422), so there is one validator of each. The documented defaults and bounds are read from
:data:`summarizer.DEFAULTS`, the same values the library enforces.
"""

from __future__ import annotations

from typing import Annotated, Any

import dataclasses
import typing

from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator
from pydantic_core import PydanticCustomError

from summarizer import DEFAULTS, Options, list_methods
from summarizer.avoid import AVOIDABLE
from summarizer.cohesion import THRESHOLD as COHESION_THRESHOLD
from summarizer.options import ORDERS, PUBLIC_OPTIONS

__all__ = [
    "SOURCE_FIELDS",
    "ArticleIn",
    "BatchError",
    "BatchItem",
    "BatchRequest",
    "BatchResponse",
    "BatchResult",
    "ErrorResponse",
    "HeadlineRequest",
    "HeadlineResponse",
    "MethodsResponse",
    "StatusResponse",
    "SummarizeRequest",
    "SummarizeResponse",
]

#: The fields that carry the text; every other request field is an option of the library.
SOURCE_FIELDS = ("title", "text", "html", "url", "articles")
_NOT_OPTIONS = frozenset({*SOURCE_FIELDS, "id"})


def _bounds(low: float, high: float, *, low_open: bool = False) -> Any:
    return Field(json_schema_extra={"exclusiveMinimum" if low_open else "minimum": low, "maximum": high})


def _methods(schema: dict) -> None:
    # Evaluated when the OpenAPI document is built, never at import: the registry imports every ranker.
    schema["enum"] = list(list_methods())


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _absent_by_default(schema: dict) -> None:
    schema.pop("default", None)  # a source field is left out, never null


def _source_field(description: str, **constraints) -> Any:
    return Field(None, description=description, json_schema_extra=_absent_by_default, **constraints)


_URL_HELP = (
    "An http(s) page for the service to fetch, when its operator allows it (SUMMARIZER_FETCH_URLS); "
    "its main text is summarized, and returned in `extracted`."
)


class _Source(_Model):
    """Exactly one of ``text``, ``html``, ``url`` or ``articles``."""

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {"required": ["text"]},
                {"required": ["html"]},
                {"required": ["url"]},
                {"required": ["articles"], "properties": {"title": {"type": "null"}}},
            ]
        }
    )

    title: str | None = Field(None, description="Title of the one article (not with `articles`).")
    text: str = _source_field("Plain text; paragraphs separated by a blank line.")
    html: str = _source_field("An HTML page; its main text is summarized, and returned in `extracted`.")
    url: str = _source_field(_URL_HELP)
    articles: list[ArticleIn] = _source_field(
        "A merged set: several articles about one event (at least one).", min_length=1
    )

    @model_validator(mode="after")
    def _one_source(self):
        given = [name for name in ("text", "html", "url", "articles") if getattr(self, name) is not None]
        if len(given) != 1:
            raise PydanticCustomError(
                "source",
                "give exactly one of text, html, url or articles",
                {"field": given[-1] if given else "text"},
            )
        if self.articles is not None and self.title is not None:
            raise PydanticCustomError("source", "a merged set has a title per article", {"field": "title"})
        return self

    def options(self) -> dict:
        """The library's options given in the request (``None`` leaves the library's default), in
        the order of the fields."""
        given = self.model_fields_set - _NOT_OPTIONS
        if not given:  # most requests: the text alone
            return {}
        return {k: v for k in type(self).model_fields if k in given and (v := getattr(self, k)) is not None}


class ArticleIn(_Model):
    """One article of a merged set: ``text``, ``html`` or ``url``, and an optional title."""

    model_config = ConfigDict(
        json_schema_extra={"oneOf": [{"required": ["text"]}, {"required": ["html"]}, {"required": ["url"]}]}
    )

    title: str | None = None
    text: str = _source_field("Plain text; paragraphs separated by a blank line.")
    html: str = _source_field("An HTML page; its main text is summarized, and returned in `extracted`.")
    url: str = _source_field(_URL_HELP)

    @model_validator(mode="after")
    def _one_source(self):
        if sum(getattr(self, name) is not None for name in ("text", "html", "url")) != 1:
            raise PydanticCustomError("source", "give exactly one of text, html or url", {"field": "text"})
        return self


def _option_fields() -> dict:
    """A request field per public option (:data:`summarizer.options.PUBLIC_OPTIONS`): its type and
    default from :class:`summarizer.Options`, its description from the list."""
    hints = typing.get_type_hints(Options)
    defaults = {f.name: f.default for f in dataclasses.fields(Options)}
    fields = {}
    for name, help_text in PUBLIC_OPTIONS:
        kind, default = hints[name], defaults[name]
        if kind == tuple[str, ...]:
            kind, default = list[str], list(default)  # a JSON array
        extra = _SCHEMA.get(name)
        if extra is not None:  # on the value's type, not on its null: ``Annotated[int, ...] | None``
            args = typing.get_args(kind)
            optional = type(None) in args
            inner = next(a for a in args if a is not type(None)) if optional else kind
            kind = Annotated[inner, extra] | None if optional else Annotated[inner, extra]
        fields[name] = (kind, Field(default, description=help_text[:1].upper() + help_text[1:] + "."))
    return fields


def _enum(values) -> Any:
    return Field(json_schema_extra={"enum": list(values)})


#: What the schema says of some options beyond their type (bounds, choices); the library checks them.
_SCHEMA = {
    "sentences": _bounds(1, DEFAULTS.max_sentences),
    "words": _bounds(1, DEFAULTS.max_words),
    "ratio": _bounds(0, 1, low_open=True),
    "keyphrases": _bounds(0, DEFAULTS.max_keyphrases),
    "headline_characters": _bounds(DEFAULTS.min_headline_characters, DEFAULTS.max_headline_characters),
    "method": Field(json_schema_extra=_methods),
    "order": _enum(ORDERS),
    "avoid": Field(json_schema_extra=lambda schema: schema["items"].update(enum=list(AVOIDABLE))),
}

_Options = create_model("_Options", __base__=_Model, **_option_fields())


class HeadlineRequest(_Options, _Source):
    """``POST /v1/headline``: the text and the options (those that shape a headline matter)."""


class SummarizeRequest(_Options, _Source):
    """``POST /v1/summarize``: the text and the library's options; give at most one budget."""


class BatchItem(SummarizeRequest):
    """One item of a batch: a ``/v1/summarize`` body with an ``id`` echoed in its result."""

    id: str | int


class BatchRequest(_Model):
    items: list[BatchItem] = Field(description="Summarized in order; the count is limited (MAX_BATCH_ITEMS).")


class BriefSentenceOut(_Model):
    """A chosen sentence: ``text == articles[article].text[start:end]`` (of `extracted` for HTML); a
    sentence cut to fit a cap is ``truncated``, its text the kept part and an ellipsis."""

    text: str
    score: float
    article: int
    paragraph: int
    start: int
    end: int
    truncated: bool


class Stats(_Model):
    articles: int
    sentences_in: int
    words_in: int
    elapsed_ms: float = Field(description="Time spent extracting and summarizing, in milliseconds.")


class Metadata(_Model):
    """What an HTML page said of its article (absent when it did not say)."""

    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    url: str | None = None


class SummarizeResponse(_Model):
    headline: str | None
    brief: list[BriefSentenceOut]
    keyphrases: list[str]
    method: str
    titles: list[str | None] = Field(description="Per article: the given or detected title.")
    language: str = Field(description="The language the text was read in: the one given, or the one detected.")
    metadata: list[Metadata | None] = Field(description="Per article: what its HTML page said of it, or null.")
    cohesion: float | None = Field(
        description="A merged set's cohesion: the mean cosine of its articles' pairs, 0 to 1 (null for one "
        f"article). Below {COHESION_THRESHOLD} the articles are taken to report different events (see warning)."
    )
    warning: str | None = Field(
        description="Set when a merged set's articles share too little to be one event: the brief mixes "
        "them. Null otherwise."
    )
    stats: Stats
    extracted: list[str | None] | None = Field(
        None,
        description="Only when some input was HTML: per article, the extracted text the offsets refer to "
        "(null for an article sent as text).",
    )


class HeadlineResponse(_Model):
    headline: str
    language: str = Field(description="The language the text was read in: the one given, or the one detected.")


class ErrorBody(_Model):
    code: str = Field(description="Stable, snake_case: invalid_json, invalid_request, empty_input, ...")
    message: str = Field(description="What went wrong and what to do, for people.")
    field: str | None = Field(description="The request field at fault (`articles.1.text`), or null.")


class ErrorResponse(_Model):
    error: ErrorBody


class BatchResult(SummarizeResponse):
    id: str | int


class BatchError(ErrorResponse):
    id: str | int | None


class BatchResponse(_Model):
    results: list[BatchResult | BatchError] = Field(description="One per item, in the order of the items.")


class MethodsResponse(_Model):
    methods: list[str]
    default: str
    descriptions: dict[str, str] = Field(description="One line on each method.")


class StatusResponse(_Model):
    status: str

"""The request and response models of the HTTP API.

They validate every request body and generate ``/openapi.json``, so the description cannot drift from
what the service accepts. The split of work is deliberate: these models check the *shape* (fields, types:
a 400 when wrong), the library checks the *values* (a budget out of range, an unknown method: its named
errors, a 422), so there is one validator of each. The documented defaults and bounds are read from
:data:`summarizer.DEFAULTS`, the same values the library enforces.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from summarizer import DEFAULTS, list_methods
from summarizer.options import ORDERS

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
SOURCE_FIELDS = ("title", "text", "html", "articles")


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


class _Source(_Model):
    """Exactly one of ``text``, ``html`` or ``articles``."""

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {"required": ["text"]},
                {"required": ["html"]},
                {"required": ["articles"], "properties": {"title": {"type": "null"}}},
            ]
        }
    )

    title: str | None = Field(None, description="Title of the one article (not with `articles`).")
    text: str = _source_field("Plain text; paragraphs separated by a blank line.")
    html: str = _source_field("An HTML page; its main text is summarized, and returned in `extracted`.")
    articles: list[ArticleIn] = _source_field(
        "A merged set: several articles about one event (at least one).", min_length=1
    )

    @model_validator(mode="after")
    def _one_source(self):
        given = [name for name in ("text", "html", "articles") if getattr(self, name) is not None]
        if len(given) != 1:
            raise PydanticCustomError(
                "source",
                "give exactly one of text, html or articles",
                {"field": given[-1] if given else "text"},
            )
        if self.articles is not None and self.title is not None:
            raise PydanticCustomError("source", "a merged set has a title per article", {"field": "title"})
        return self

    def options(self) -> dict:
        """The library's options given in the request (``None`` leaves the library's default)."""
        return {k: v for k, v in self if k not in SOURCE_FIELDS and k != "id" and v is not None}


class ArticleIn(_Model):
    """One article of a merged set: ``text`` or ``html``, and an optional title."""

    model_config = ConfigDict(json_schema_extra={"oneOf": [{"required": ["text"]}, {"required": ["html"]}]})

    title: str | None = None
    text: str = _source_field("Plain text; paragraphs separated by a blank line.")
    html: str = _source_field("An HTML page; its main text is summarized, and returned in `extracted`.")

    @model_validator(mode="after")
    def _one_source(self):
        if (self.text is None) == (self.html is None):
            raise PydanticCustomError("source", "give exactly one of text or html", {"field": "text"})
        return self


class _HeadlineOptions(_Model):
    method: str = Field(DEFAULTS.method, json_schema_extra=_methods, description="See `GET /v1/methods`.")
    language: str = DEFAULTS.language
    headline_words: int = Field(DEFAULTS.headline_words, description="Most words in the headline.")


class HeadlineRequest(_HeadlineOptions, _Source):
    """``POST /v1/headline``: the text and the options that shape a headline."""


class SummarizeRequest(_HeadlineOptions, _Source):
    """``POST /v1/summarize``: the text and the library's options; give at most one budget."""

    sentences: Annotated[int, _bounds(1, DEFAULTS.max_sentences)] | None = Field(
        None,
        description=f"Sentences in the brief (default {DEFAULTS.default_sentences} for one article, "
        f"{DEFAULTS.default_set_sentences} for a merged set).",
    )
    words: Annotated[int, _bounds(1, DEFAULTS.max_words)] | None = Field(
        None, description="Words in the brief."
    )
    ratio: Annotated[float, _bounds(0, 1, low_open=True)] | None = Field(
        None, description="Fraction of the sentences in the brief."
    )
    order: str = Field(DEFAULTS.order, json_schema_extra={"enum": list(ORDERS)})
    headline: bool = DEFAULTS.headline
    keyphrases: Annotated[int, _bounds(0, DEFAULTS.max_keyphrases)] = DEFAULTS.keyphrases


class BatchItem(SummarizeRequest):
    """One item of a batch: a ``/v1/summarize`` body with an ``id`` echoed in its result."""

    id: str | int


class BatchRequest(_Model):
    items: list[BatchItem] = Field(description="Summarized in order; the count is limited (MAX_BATCH_ITEMS).")


class BriefSentenceOut(_Model):
    """A chosen sentence: ``text == articles[article].text[start:end]`` (of `extracted` for HTML)."""

    text: str
    score: float
    article: int
    paragraph: int
    start: int
    end: int


class Stats(_Model):
    articles: int
    sentences_in: int
    words_in: int
    elapsed_ms: float = Field(description="Time spent extracting and summarizing, in milliseconds.")


class SummarizeResponse(_Model):
    headline: str | None
    brief: list[BriefSentenceOut]
    keyphrases: list[str]
    method: str
    titles: list[str | None] = Field(description="Per article: the given or detected title.")
    stats: Stats
    extracted: list[str | None] | None = Field(
        None,
        description="Only when some input was HTML: per article, the extracted text the offsets refer to "
        "(null for an article sent as text).",
    )


class HeadlineResponse(_Model):
    headline: str


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


class StatusResponse(_Model):
    status: str

"""Reading a request: the body, by its media type, into a model; then the model into the library's source.

``application/json`` is validated strictly (``"3"`` is not a number). A ``text/plain`` or ``text/html`` body
is one article, with the options in the query string, where every value is a string and is converted
(``?sentences=3&headline=false``).
"""

from __future__ import annotations

import codecs
import time
import typing
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TypeVar

import pydantic_core
from flask import request
from pydantic import BaseModel, ValidationError
from werkzeug.exceptions import RequestEntityTooLarge

from summarizer import Article, NoMainTextError
from summarizer.errors import FetchError
from summarizer.fetch import fetch
from summarizer.html import extract_article

from .config import Limits
from .errors import ApiError, InvalidJSONError, LimitError, UnsupportedMediaTypeError, invalid_request
from .models import BatchItem, BatchRequest, HeadlineRequest, SummarizeRequest

__all__ = ["TEXT_MEDIA_TYPES", "Source", "check_words", "read_batch", "read_request", "read_source"]

M = TypeVar("M", bound=BaseModel)

#: Media types read as the text of one article, and the request field each one fills.
TEXT_MEDIA_TYPES = {"text/plain": "text", "text/html": "html"}

#: Python's text codecs that are not the character set of a text body (see :func:`_text_codec`).
_NOT_CHARSETS = frozenset(
    {"charmap", "idna", "punycode", "raw-unicode-escape", "undefined", "unicode-escape", "utf-7"}
)


@dataclass(frozen=True)
class Source:
    """What the library summarizes, and what the service learnt while reading it."""

    value: Article | list[Article]
    #: Per article, the text extracted from HTML (``None`` for text); ``None`` when nothing was HTML.
    extracted: list[str | None] | None
    extract_ms: float

    @property
    def articles(self) -> list[Article]:
        return self.value if isinstance(self.value, list) else [self.value]

    @cached_property
    def words(self) -> int:
        """Whitespace-separated words in all its articles."""
        return sum(len(a.text.split()) for a in self.articles)

    @property
    def most_words(self) -> int:
        """A bound on :attr:`words` without splitting: a word and the space after it take two
        characters, the last word one."""
        return sum((len(a.text) + 1) // 2 for a in self.articles)


def read_request(model: type[M]) -> M:
    """The request body as ``model``: JSON, or a text body with the options in the query string."""
    mimetype = request.mimetype
    if _is_json(mimetype):
        _check_no_query()
        try:
            return model.model_validate_json(_body(), strict=True)
        except ValidationError as exc:
            raise invalid_request(exc) from None
    if mimetype not in TEXT_MEDIA_TYPES:
        raise _unsupported(mimetype, ("application/json", "text/plain", "text/html"), hint="text/plain")
    fields = {**_query_options(model), TEXT_MEDIA_TYPES[mimetype]: _decoded_body()}
    try:
        return model.model_validate(fields)
    except ValidationError as exc:
        raise invalid_request(exc) from None


def read_batch(max_items: int) -> list[tuple[str | int | None, BatchItem | ApiError]]:
    """``(id, item)`` per batch item, in order; an item that does not validate is its own error."""
    if not _is_json(request.mimetype):
        raise _unsupported(request.mimetype, ("application/json",), hint="application/json")
    _check_no_query()
    try:
        payload = pydantic_core.from_json(_body())
    except ValueError as exc:
        raise InvalidJSONError(f"the body is not valid JSON: {exc}") from None
    items = payload.get("items") if isinstance(payload, dict) else None
    if isinstance(items, list) and len(items) > max_items:
        raise LimitError(
            f"a batch holds at most {max_items} items, not {len(items)}; split it (SUMMARIZER_MAX_BATCH_ITEMS)",
            code="too_many_items",
            field="items",
        )
    try:
        return [(item.id, item) for item in BatchRequest.model_validate(payload, strict=True).items]
    except ValidationError as exc:
        if any(err["loc"][:1] != ("items",) or len(err["loc"]) < 2 for err in exc.errors()):
            raise invalid_request(exc) from None
    return [_read_item(item) for item in items]  # only some items are wrong: say which


def read_source(req: SummarizeRequest | HeadlineRequest, limits: Limits) -> Source:
    """The library's source for a validated request; HTML is extracted here. Raises the limit errors."""
    started = time.perf_counter()
    merged = req.articles is not None
    given = req.articles if merged else [req]
    if len(given) > limits.articles:
        raise LimitError(
            f"a merged set holds at most {limits.articles} articles, not {len(given)} (SUMMARIZER_MAX_ARTICLES)",
            code="too_many_articles",
            field="articles",
        )
    articles, extracted = [], []
    for index, item in enumerate(given):
        where = f"articles.{index}." if merged else ""
        if item.text is not None:
            articles.append(Article(item.text, item.title))
            extracted.append(None)
            continue
        try:
            page = extract_article(item.html) if item.html is not None else _fetched(item.url, limits, where)
        except (NoMainTextError, FetchError) as exc:
            raise type(exc)(str(exc), field=where + ("html" if item.html is not None else "url")) from None
        articles.append(replace(page, title=item.title or page.title))
        extracted.append(page.text)
    return Source(
        value=articles if merged else articles[0],
        extracted=extracted if any(e is not None for e in extracted) else None,
        extract_ms=(time.perf_counter() - started) * 1000,
    )


def _fetched(url: str, limits: Limits, where: str) -> Article:
    if limits.fetch is None:
        raise ApiError(
            "this service does not fetch URLs (SUMMARIZER_FETCH_URLS is off); send the page as 'html' or "
            "its text as 'text'",
            code="url_fetching_off",
            field=where + "url",
        )
    page = fetch(url, limits.fetch)
    if page.media_type == "text/plain":
        return Article(page.body.decode("utf-8", "replace"), url=page.url)
    return extract_article(page.body, url=page.url)


def check_words(sources: Iterable[Source], limits: Limits) -> None:
    """A 413 when ``sources`` hold more than ``limits.words`` words in all. Splitting a text into
    words costs as much as a tenth of the service's own work for a request, so it is done only when
    the texts are long enough to be over the limit."""
    sources = list(sources)
    if sum(source.most_words for source in sources) <= limits.words:
        return
    words = sum(source.words for source in sources)
    if words > limits.words:
        raise LimitError(
            f"a request summarizes at most {limits.words} words, not {words}; send less text "
            "or split it over several requests (SUMMARIZER_MAX_WORDS)",
            code="too_many_words",
            field="text",
        )


def _read_item(item) -> tuple[str | int | None, BatchItem | ApiError]:
    try:
        parsed = BatchItem.model_validate(item, strict=True)
    except ValidationError as exc:
        item_id = item.get("id") if isinstance(item, dict) else None
        valid_id = isinstance(item_id, (str, int)) and not isinstance(item_id, bool)
        return (item_id if valid_id else None), invalid_request(exc)
    return parsed.id, parsed


def _query_options(model: type[BaseModel]) -> dict:
    """The query string's fields; a list option is given comma-separated (``?avoid=questions,quotations``)."""
    fields = request.args.to_dict()
    for name, value in fields.items():
        info = model.model_fields.get(name)
        if info is not None and typing.get_origin(info.annotation) is list:
            fields[name] = [part.strip() for part in value.split(",") if part.strip()]
    return fields


def _is_json(mimetype: str) -> bool:
    return mimetype == "application/json" or (
        mimetype.startswith("application/") and mimetype.endswith("+json")
    )


def _check_no_query() -> None:
    """A query string beside a JSON body is an error, never options ignored in silence."""
    if request.query_string and request.args:  # no query string: none to parse
        name = next(iter(request.args))
        raise ApiError(
            f"the query string is read only with a text/plain or text/html body; with JSON, put {name!r} "
            "in the body",
            code="query_with_json",
            field=name,
        )


def _body() -> bytes:
    """The request body; a chunked body (no Content-Length) over ``MAX_CONTENT_LENGTH`` is a 413 too.

    Werkzeug stops reading a chunked body at the limit and returns what it read, as if that were the
    whole body: a request cut at 2 MiB would be summarized. One more byte from the server's stream
    tells a body of exactly the limit from a longer one.
    """
    data = request.get_data()
    if request.content_length is None:  # only a chunked body can have been cut
        limit = request.max_content_length
        if limit is not None and len(data) >= limit and request.environ["wsgi.input"].read(1):
            raise RequestEntityTooLarge()
    return data


def _decoded_body() -> str:
    charset = request.mimetype_params.get("charset", "utf-8")
    codec = _text_codec(charset)
    try:
        return _body().decode(codec)
    except UnicodeError:
        raise ApiError(f"the body is not valid {charset}", code="invalid_encoding") from None


def _text_codec(charset: str) -> str:
    """Python's codec for ``charset`` when it is a character set of text; else a 415 naming it.

    Python's codec registry also holds transforms (``base64``, ``rot13``, ``zlib``, ...: not text
    encodings) and text codecs that are no character set of a body: ``undefined`` always fails,
    ``idna`` and ``punycode`` encode host names, and ``utf-7``, ``unicode_escape`` and
    ``raw_unicode_escape`` can decode to lone surrogates, which no UTF-8 answer can hold.
    """
    try:
        info = codecs.lookup(charset)
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        raise UnsupportedMediaTypeError(
            f"charset {charset!r} is not a text encoding this service reads; send UTF-8 "
            "(Content-Type: text/plain; charset=utf-8)",
            field="charset",
        )
    return info.name


def _unsupported(mimetype: str, accepted: tuple[str, ...], hint: str) -> UnsupportedMediaTypeError:
    given = f"Content-Type {mimetype!r}" if mimetype else "a body without Content-Type"
    return UnsupportedMediaTypeError(
        f"{given} is not read here; send {' or '.join(accepted)} and say which in the Content-Type "
        f"header (curl: -H 'Content-Type: {hint}')"
    )

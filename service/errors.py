"""Named API errors and the handlers that turn every error into ``{"error": {"code", "message", "field"}}``.

The status says whose fault it is: 400 the request is not well-formed (bad JSON, wrong types, unknown
fields), 404/405 no such route or method, 413 a configured limit, 415 a media type the endpoint does not
read, 422 well-formed input the summarizer cannot use (its :class:`summarizer.SummarizerError` family),
503 a request that ran past the time limit.
No handler ever shows a stack trace; an unexpected error is logged and answered with a plain 500.
"""

from __future__ import annotations

from flask import Flask, jsonify, request
from pydantic import ValidationError
from werkzeug.exceptions import HTTPException

from summarizer import SummarizerError

__all__ = [
    "ApiError",
    "InvalidJSONError",
    "InvalidRequestError",
    "LimitError",
    "RequestTimeoutError",
    "UnsupportedMediaTypeError",
    "error_body",
    "invalid_request",
    "register_error_handlers",
]


class ApiError(Exception):
    """Base class of the errors the HTTP layer raises itself; the library's errors are its own family."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None):
        super().__init__(message)
        self.field = field
        if code is not None:
            self.code = code


class InvalidJSONError(ApiError):
    """The body is not JSON."""

    code = "invalid_json"


class InvalidRequestError(ApiError):
    """The JSON has the wrong shape: a missing or unknown field, or a value of the wrong type."""

    code = "invalid_request"


class LimitError(ApiError):
    """The request is larger than a configured limit (articles, batch items, words)."""

    status = 413
    code = "too_large"


class RequestTimeoutError(ApiError):
    """The request ran past the service's time limit (``REQUEST_TIMEOUT``, see :mod:`service.deadline`)."""

    status = 503
    code = "timeout"


class UnsupportedMediaTypeError(ApiError):
    """The Content-Type is not one the endpoint reads."""

    status = 415
    code = "unsupported_media_type"


#: Codes of the HTTP errors Werkzeug raises on its own (unknown route, body over MAX_CONTENT_LENGTH, ...).
_HTTP_CODES = {
    404: "not_found",
    405: "method_not_allowed",
    413: "body_too_large",
    415: "unsupported_media_type",
}


def error_body(code: str, message: str, field: str | None = None) -> dict:
    return {"error": {"code": code, "message": message, "field": field}}


def invalid_request(exc: ValidationError) -> ApiError:
    """The first problem pydantic found, as a named error that points at the field (``articles.1.text``)."""
    first = exc.errors(include_url=False, include_input=False)[0]
    if first["type"] == "json_invalid":
        return InvalidJSONError(f"the body is not valid JSON: {first['ctx']['error']}")
    loc = [str(part) for part in first["loc"]]
    loc += [first["ctx"]["field"]] if "field" in first.get("ctx", {}) else []
    field = ".".join(loc) or None
    message = first["msg"] if field is None or first["type"] == "source" else f"{field}: {first['msg']}"
    if first["type"] == "extra_forbidden":
        message = f"unknown field {field!r}; the fields are described at /openapi.json"
    elif first["type"] == "model_type" and not first["loc"]:
        message = "the body must be a JSON object"
    return InvalidRequestError(message, field=field)


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(ApiError, _api_error)
    app.register_error_handler(SummarizerError, _summarizer_error)
    app.register_error_handler(HTTPException, _http_error)


def _api_error(exc: ApiError):
    return jsonify(error_body(exc.code, str(exc), exc.field)), exc.status


def _summarizer_error(exc: SummarizerError):
    return jsonify(error_body(exc.code, str(exc), exc.field)), 422


def _http_error(exc: HTTPException):
    # Flask hands unhandled exceptions here as an InternalServerError after logging them; its
    # description is generic, so nothing of the original error reaches the client.
    status = exc.code or 500
    code = _HTTP_CODES.get(status) or ("internal_error" if status >= 500 else "http_error")
    allowed = [m for m in getattr(exc, "valid_methods", None) or () if m not in ("HEAD", "OPTIONS")]
    messages = {
        404: f"no endpoint at {request.path}; the API is described at /openapi.json",
        405: f"{request.method} is not allowed on {request.path}; use {' or '.join(allowed)}",
        413: f"the body is larger than {request.max_content_length} bytes (SUMMARIZER_MAX_CONTENT_LENGTH)",
    }
    response = jsonify(error_body(code, messages.get(status) or exc.description or exc.name))
    if allowed:
        response.headers["Allow"] = ", ".join(exc.valid_methods)
    return response, status

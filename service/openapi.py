"""``GET /openapi.json``: an OpenAPI 3.1 description generated from the models that validate requests.

Each view declares its models with :func:`documented`; :func:`build_openapi` walks the app's routes, so a
route and its description are written in one place and the document follows both.
"""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus

from flask import Blueprint, Flask, current_app, jsonify
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from .config import Limits
from .models import SOURCE_FIELDS, ErrorResponse

__all__ = ["Operation", "bp", "build_openapi", "documented"]

bp = Blueprint("openapi", __name__)

_JSON = "application/json"
_REF = "#/components/schemas/{model}"


@dataclass(frozen=True)
class Operation:
    summary: str
    response: type[BaseModel]
    request: type[BaseModel] | None = None
    #: Media types whose body is the text of one article, the options then go in the query string.
    text_media: tuple[str, ...] = ()
    #: Error statuses the operation answers with an :class:`ErrorResponse`.
    errors: tuple[int, ...] = ()


def documented(summary: str, **details):
    """Attach an :class:`Operation` to a view, for :func:`build_openapi`."""

    def attach(view):
        view.openapi = Operation(summary, **details)
        return view

    return attach


@bp.get("/openapi.json")
def openapi():
    return jsonify(build_openapi(current_app))


def build_openapi(app: Flask) -> dict:
    routes = []
    for rule in app.url_map.iter_rules():
        operation = getattr(app.view_functions[rule.endpoint], "openapi", None)
        if operation is not None:
            routes.extend(
                (rule.rule, m.lower(), operation) for m in sorted(rule.methods - {"HEAD", "OPTIONS"})
            )
    requests = {op.request for _, _, op in routes if op.request is not None}
    responses = {op.response for _, _, op in routes} | {ErrorResponse}
    keyed = [(m, "validation") for m in requests] + [(m, "serialization") for m in responses]
    refs, definitions = models_json_schema(sorted(keyed, key=lambda k: k[0].__name__), ref_template=_REF)
    schemas = definitions.get("$defs", {})
    paths: dict = {}
    for path, method, operation in sorted(routes, key=lambda r: r[:2]):
        paths.setdefault(path, {})[method] = _operation(operation, refs, schemas)
    return {
        "openapi": "3.1.0",
        "info": {"title": "News summarizer", "version": "1", "description": _limits_text(app)},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _operation(op: Operation, refs: dict, schemas: dict) -> dict:
    error = {_JSON: {"schema": refs[ErrorResponse, "serialization"]}}
    out: dict = {
        "summary": op.summary,
        "responses": {
            "200": {"description": "OK", "content": {_JSON: {"schema": refs[op.response, "serialization"]}}},
            **{str(s): {"description": HTTPStatus(s).phrase, "content": error} for s in op.errors},
        },
    }
    if op.request is not None:
        content = {_JSON: {"schema": refs[op.request, "validation"]}}
        content.update({media: {"schema": {"type": "string"}} for media in op.text_media})
        out["requestBody"] = {"required": True, "content": content}
    if op.text_media:
        # The query string carries the options of a text body: the request model's non-source fields.
        name = refs[op.request, "validation"]["$ref"].rsplit("/", 1)[-1]
        properties = schemas[name]["properties"]
        out["parameters"] = [
            {
                "name": field, "in": "query", "required": False, "schema": schema,
                "description": "Only with a text/plain or text/html body; beside a JSON body, a 400 (query_with_json).",
            }
            for field, schema in properties.items()
            if field not in SOURCE_FIELDS or field == "title"
        ]
    return out


def _limits_text(app: Flask) -> str:
    limits = Limits.from_config(app.config)
    return (
        f"Extractive briefs, headlines and keyphrases of news. Limits: a body of at most "
        f"{app.config['MAX_CONTENT_LENGTH']} bytes, {limits.articles} articles per merged set, "
        f"{limits.batch_items} items per batch, {limits.words} words per request (413 above them)."
    )

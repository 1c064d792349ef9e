"""The HTTP service: the summarizer's JSON API under ``/v1``, health probes, OpenAPI, and one web page.

Development: ``flask --app service run``. Production: the ``Procfile`` (gunicorn, ``gunicorn.conf.py``).
"""

from __future__ import annotations

from collections.abc import Mapping

from flask import Flask

from . import api, health, openapi, page, stories
from .config import DEFAULTS, ENV_PREFIX
from .deadline import limit_request_time
from .errors import register_error_handlers
from .headers import add_security_headers
from .json_answers import JSONProvider

__all__ = ["create_app"]


def create_app(config: Mapping | None = None) -> Flask:
    """Build the app: defaults, then ``SUMMARIZER_*`` environment variables, then ``config``."""
    app = Flask(__name__)
    app.json = JSONProvider(app)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env(ENV_PREFIX)
    if config is not None:
        app.config.from_mapping(config)
    register_error_handlers(app)
    limit_request_time(app)
    add_security_headers(app)
    for blueprint in (api.bp, stories.bp, health.bp, openapi.bp, page.bp):
        app.register_blueprint(blueprint)
    return app

"""``GET /``: the one web page for people who try the summarizer; it calls the public API from the browser."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template

from summarizer import DEFAULTS
from summarizer.language import supported_languages

from .config import Limits

__all__ = ["bp"]

bp = Blueprint("page", __name__)


@bp.get("/")
def index():
    limits = Limits.from_config(current_app.config)
    return render_template(
        "index.html",
        defaults=DEFAULTS,
        limits=limits,
        fetch_urls=limits.fetch is not None,
        languages=sorted(supported_languages()),
    )

"""``GET /``: the one web page for people who try the summarizer; it calls the public API from the browser."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template

from summarizer import DEFAULTS

from .config import Limits

__all__ = ["bp"]

bp = Blueprint("page", __name__)


@bp.get("/")
def index():
    return render_template("index.html", defaults=DEFAULTS, limits=Limits.from_config(current_app.config))

"""Liveness and readiness probes, outside the versioned API."""

from __future__ import annotations

from flask import Blueprint, jsonify

import summarizer

from .errors import error_body
from .models import StatusResponse
from .openapi import documented

__all__ = ["bp"]

bp = Blueprint("health", __name__)

#: The tiny input ``/readyz`` summarizes: two sentences, enough to run every step of the pipeline.
_PROBE = "The summarizer service started on time. It reads news articles and writes short briefs."


@bp.get("/healthz")
@documented("Liveness: the process answers HTTP.", response=StatusResponse)
def healthz():
    return {"status": "ok"}


@bp.get("/readyz")
@documented("Readiness: the summarizer answered a tiny input.", response=StatusResponse, errors=(503,))
def readyz():
    try:
        summarizer.summarize(_PROBE, sentences=1)
    except (summarizer.SummarizerError, LookupError, OSError) as exc:
        # The failures a broken install causes (missing language data or files); anything else is a bug
        # and reaches the 500 handler.
        return jsonify(error_body("not_ready", f"the summarizer failed on a tiny input: {exc}")), 503
    return {"status": "ready"}

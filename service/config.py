"""The service's configuration: its defaults, and the limits read from them.

Settings come, in this order, from :data:`DEFAULTS`, then the environment (``SUMMARIZER_<NAME>``, read by
Flask's ``from_prefixed_env``; values are parsed as JSON, so ``SUMMARIZER_MAX_WORDS=50000`` is a number),
then the mapping given to :func:`service.create_app`. The summarizer's own defaults (budget, method, ...)
are not here: they live in :data:`summarizer.DEFAULTS` and the service never repeats them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from summarizer.fetch import FetchPolicy

__all__ = ["DEFAULTS", "ENV_PREFIX", "Limits"]

#: Prefix of every environment variable of the service and of ``gunicorn.conf.py``.
ENV_PREFIX = "SUMMARIZER"

DEFAULTS = {
    #: Largest request body in bytes (Flask's own setting; a larger body is a 413).
    "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
    #: Most articles in one merged set.
    "MAX_ARTICLES": 200,
    #: Most items in one ``POST /v1/batch``.
    "MAX_BATCH_ITEMS": 100,
    #: Most whitespace-separated words summarized by one request (all articles, all batch items):
    #: about 1 s of one core, so one request cannot hold a worker near gunicorn's timeout.
    "MAX_WORDS": 100_000,
    #: Seconds a request may run before it is stopped with a JSON 503 (0: no limit); below gunicorn's
    #: worker timeout, so the worker survives (service/deadline.py).
    "REQUEST_TIMEOUT": 10,
    #: Whether a request may give a ``url`` for the service to fetch. Off: a caller could otherwise make
    #: the server reach addresses only it can see. On, hosts that resolve to loopback, private or
    #: link-local addresses are still refused, unless ``FETCH_PRIVATE_ADDRESSES`` is on (tests only).
    "FETCH_URLS": False,
    "FETCH_PRIVATE_ADDRESSES": False,
    #: Seconds and bytes one fetch may take, redirects included (below REQUEST_TIMEOUT).
    "FETCH_TIMEOUT": 5,
    "FETCH_MAX_BYTES": 5 * 1024 * 1024,
}


@dataclass(frozen=True)
class Limits:
    """The request limits of one app, read from its configuration."""

    articles: int
    batch_items: int
    words: int
    #: How URLs are fetched, or ``None`` when the service does not fetch them (``FETCH_URLS`` off).
    fetch: FetchPolicy | None = None

    @classmethod
    def from_config(cls, config: Mapping) -> Limits:
        fetch = None
        if config["FETCH_URLS"]:
            fetch = FetchPolicy(
                timeout=config["FETCH_TIMEOUT"],
                max_bytes=config["FETCH_MAX_BYTES"],
                allow_private=bool(config["FETCH_PRIVATE_ADDRESSES"]),
            )
        return cls(
            articles=config["MAX_ARTICLES"],
            batch_items=config["MAX_BATCH_ITEMS"],
            words=config["MAX_WORDS"],
            fetch=fetch,
        )

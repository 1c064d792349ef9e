"""Ranking: one score per sentence, higher is better, by any of the registered methods.

Every method is a function ``(features) -> scores`` over the document's sentences, so selection,
headline and evaluation treat them alike.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy as np

from ..errors import UnknownMethodError
from ..vectorize import Features

__all__ = ["list_methods", "rank_sentences"]

Ranker = Callable[[Features], np.ndarray]


@cache
def _registry() -> dict[str, Ranker]:
    from . import centroid, graph_methods, news, sumy_methods

    return {
        "default": news.rank,
        "textrank": graph_methods.textrank,
        "lexrank": graph_methods.lexrank,
        "tfidf": centroid.rank,
        **sumy_methods.RANKERS,
    }


def list_methods() -> tuple[str, ...]:
    """The method names, ``default`` first."""
    return tuple(_registry())


def rank_sentences(features: Features, method: str) -> np.ndarray:
    """Scores for ``features.document.sentences`` by ``method`` (finite floats, one per sentence)."""
    try:
        ranker = _registry()[method]
    except (KeyError, TypeError):
        raise UnknownMethodError(
            f"unknown method {method!r}; choose one of: {', '.join(list_methods())}"
        ) from None
    if not features.document.sentences:
        return np.zeros(0)
    scores = np.asarray(ranker(features), dtype=np.float64)
    return np.nan_to_num(scores, nan=0.0, posinf=0.0, neginf=0.0)

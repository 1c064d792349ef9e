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
from . import centroid

__all__ = ["list_methods", "rank_sentences", "completes_by_coverage"]

Ranker = Callable[[Features], np.ndarray]


@cache
def _registry() -> dict[str, Ranker]:
    from . import graph_methods, news, sumy_methods

    return {
        "default": news.rank,
        "textrank": graph_methods.textrank,
        "lexrank": graph_methods.lexrank,
        "tfidf": centroid.rank,
        **sumy_methods.RANKERS,
    }


def completes_by_coverage(method: str) -> bool:
    """Whether the method's briefs are completed by coverage under a word budget (ours: ``default``);
    the classic methods keep plain MMR so that they stay what their papers describe."""
    return method == "default"


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
    n = len(features.document.sentences)
    if n == 0:
        return np.zeros(0)
    options = features.options
    cap = options.max_sumy_sentences if method.startswith("sumy-") else options.max_graph_sentences
    if n <= cap or method == "tfidf":
        return _finite(ranker(features))
    # Graphs cost n^2 and sumy's methods more: past the cap, the method ranks the ``cap`` sentences
    # a linear-time prefilter finds most salient, and the rest follow them in prefilter order.
    prefilter = centroid.rank(features) + 1.0 / (1.0 + _positions(features))
    keep = np.sort(np.argsort(-prefilter, kind="stable")[:cap])
    kept = _finite(ranker(features.subset(keep)))
    rest = prefilter / (prefilter.max() or 1.0)  # in [0, 1]
    # Just below the ranked ones, by a sliver of their spread, so that their own salience (scaled to
    # [0, 1] by the selection) keeps nearly all of its range.
    spread = float(np.ptp(kept)) or 1.0
    scores = kept.min() - spread * 1e-3 * (2.0 - rest)
    scores[keep] = kept
    return scores


def _finite(scores) -> np.ndarray:
    scores = np.asarray(scores, dtype=np.float64)
    if np.isfinite(scores).all():
        return scores
    return np.nan_to_num(scores, nan=0.0, posinf=0.0, neginf=0.0)


def _positions(features: Features) -> np.ndarray:
    return features.document.table[:, 1]

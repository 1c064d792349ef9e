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

__all__ = ["list_methods", "describe_methods", "rank_sentences", "completes_by_coverage"]

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


#: One line per registered method, for ``--list-methods``, ``GET /v1/methods`` and the page.
_DESCRIPTIONS = {
    "default": "for news: position-aware centrality (PacSum), TextRank, centroid and title signals",
    "textrank": "TextRank (Mihalcea & Tarau 2004): PageRank over the TF-IDF cosine sentence graph",
    "lexrank": "LexRank (Erkan & Radev 2004): centrality over the thresholded cosine graph",
    "tfidf": "similarity of each sentence to the TF-IDF centroid of the text",
    "sumy-lsa": "sumy's LSA (Steinberger & Jezek 2004): sentences that carry the main latent topics",
    "sumy-luhn": "sumy's Luhn (1958): clusters of significant words",
    "sumy-lexrank": "sumy's LexRank implementation",
    "sumy-textrank": "sumy's TextRank implementation",
    "sumy-sumbasic": "sumy's SumBasic (Nenkova & Vanderwende 2005): frequent words, updated as chosen",
    "sumy-kl": "sumy's KL-Sum (Haghighi & Vanderwende 2009): the word distribution closest to the text's",
    "sumy-edmundson": "sumy's Edmundson (1969): cue words, title words and position",
}


def describe_methods() -> dict[str, str]:
    """``{name: one-line description}`` of every method, ``default`` first."""
    return {name: _DESCRIPTIONS.get(name, "") for name in list_methods()}


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

"""Ranking methods as registered objects: each owns its ranking and its selection.

A :class:`Method` scores every sentence (higher is better) and chooses the brief from the scores under
the budget, so the pipeline reads ``rank`` then ``select`` and never checks a method's name. Methods
come in two families: ``ours`` (the learned ``default``, and the classic TextRank, LexRank and
centroid on our TF-IDF graph) and ``sumy`` (sumy's algorithms fed our sentences).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import numpy as np

from ..budget import Budget
from ..errors import UnknownMethodError
from ..cover import select_by_coverage
from ..select import Pick, select_sentences
from ..vectorize import Features
from . import centroid

__all__ = ["Method", "get_method", "list_methods", "describe_methods", "rank_sentences"]


@dataclass(frozen=True)
class Method:
    """One ranking method: how it scores sentences and how its brief is chosen from the scores."""

    name: str
    #: ``ours`` or ``sumy``.
    family: str
    #: One line for ``--list-methods`` and the page.
    description: str
    ranker: Callable[[Features, Budget], np.ndarray]
    #: The :class:`~summarizer.Options` field that caps how many sentences the ranker reads (graphs
    #: cost n^2, sumy's more); None for a linear-time ranker.
    size_cap: str | None = "max_graph_sentences"
    #: Whether a sentence that leans on the one before it comes only with it (see ``default``).
    stand_alone: bool = False
    #: The batch path's ranker (:mod:`summarizer.batch`), with ``accepts(sentences, options)`` and
    #: ``rank(flat, budgets)``; None for a method that ranks one document at a time.
    batch: object | None = None
    #: Whether a merged set's brief is chosen by concept coverage (:mod:`summarizer.cover`) when the
    #: options say so (``set_selection``); one article's brief is always MMR's.
    covers_sets: bool = False

    def rank(self, features: Features, budget: Budget) -> np.ndarray:
        """Scores for ``features.document.sentences`` (finite floats, one per sentence)."""
        n = len(features.document.sentences)
        if n == 0:
            return np.zeros(0)
        cap = n if self.size_cap is None else getattr(features.options, self.size_cap)
        if n <= cap:
            return _finite(self.ranker(features, budget))
        # Past the cap, the method ranks the ``cap`` sentences a linear-time prefilter finds most
        # salient, and the rest follow them in prefilter order.
        prefilter = centroid.rank(features) + 1.0 / (1.0 + features.document.table[:, 1])
        keep = np.sort(np.argsort(-prefilter, kind="stable")[:cap])
        kept = _finite(self.ranker(features.subset(keep), budget))
        rest = prefilter / (prefilter.max() or 1.0)  # in [0, 1]
        # Just below the ranked ones, by a sliver of their spread, so that their own salience (scaled
        # to [0, 1] by the selection) keeps nearly all of its range.
        spread = float(np.ptp(kept)) or 1.0
        scores = kept.min() - spread * 1e-3 * (2.0 - rest)
        scores[keep] = kept
        return scores

    def select(
        self,
        scores: np.ndarray,
        features: Features,
        budget: Budget,
        *,
        allowed: np.ndarray | None = None,
        leans: np.ndarray | None = None,
    ) -> list[Pick]:
        """The brief: MMR within the budget (:func:`summarizer.select.select_sentences`), or for a
        merged set of a method that ``covers_sets``, concept coverage
        (:func:`summarizer.cover.select_by_coverage`); among the ``allowed`` sentences if a mask is
        given. ``leans`` is
        :func:`~summarizer.rank.default.leans_on` of ``features`` when the caller has it already."""
        if not self.stand_alone:
            leaning = None
        elif leans is not None:
            leaning = lambda i: int(leans[i])  # noqa: E731 - the table the caller computed
        else:
            leaning = _lazy_leaning()(features)
        o = features.options
        if self.covers_sets and budget.is_set and o.set_selection == "concepts":
            return select_by_coverage(
                scores,
                features,
                budget,
                salience=o.set_salience,
                redundancy=min(o.redundancy, o.set_redundancy),
                exact=o.exact_set_sentences,
                cost_exponent=o.set_cost_exponent,
                min_articles=o.concept_articles,
                unigrams=o.concept_unigrams,
                lead=o.concept_lead,
                leans_on=leaning,
                allowed=allowed,
            )
        return select_sentences(
            scores,
            features,
            budget,
            redundancy=o.redundancy,
            mmr_lambda=o.mmr_lambda,
            leans_on=leaning,
            allowed=allowed,
        )


@cache
def _lazy_leaning():
    """:func:`summarizer.rank.default.signals.leaning`, imported on first use (not at this module's
    import) and then kept: an import statement per brief costs more than the selection's arithmetic."""
    from .default.signals import leaning

    return leaning


@cache
def _registry() -> dict[str, Method]:
    from ..batch import ranking as batch_default
    from . import default, graph_methods, sumy_methods

    def plain(ranker):
        return lambda features, budget: ranker(features)

    ours = [
        Method(
            "default",
            "ours",
            "for news: a learned ranking of position, PacSum centrality, TextRank, centroid, title and "
            "coverage signals; briefs that open with the news",
            default.rank,
            stand_alone=True,
            batch=batch_default,
            covers_sets=True,
        ),
        Method(
            "textrank", "ours", "TextRank (Mihalcea & Tarau 2004): PageRank over the TF-IDF cosine sentence graph",
            plain(graph_methods.textrank),
        ),
        Method(
            "lexrank", "ours", "LexRank (Erkan & Radev 2004): centrality over the thresholded cosine graph",
            plain(graph_methods.lexrank),
        ),
        Method(
            "tfidf", "ours", "similarity of each sentence to the TF-IDF centroid of the text", plain(centroid.rank),
            size_cap=None,
        ),
    ]
    sumy = [
        Method(name, "sumy", description, plain(ranker), size_cap="max_sumy_sentences")
        for name, (ranker, description) in sumy_methods.RANKERS.items()
    ]
    return {m.name: m for m in (*ours, *sumy)}


def list_methods() -> tuple[str, ...]:
    """The method names, ``default`` first."""
    return tuple(_registry())


def describe_methods() -> dict[str, str]:
    """``{name: one-line description}`` of every method, ``default`` first (``--list-methods``,
    ``GET /v1/methods`` and the page)."""
    return {name: method.description for name, method in _registry().items()}


def get_method(name: str) -> Method:
    """The method called ``name``; :class:`UnknownMethodError` names the choices."""
    try:
        return _registry()[name]
    except (KeyError, TypeError):
        raise UnknownMethodError(f"unknown method {name!r}; choose one of: {', '.join(list_methods())}") from None


def rank_sentences(features: Features, method: str, budget: Budget) -> np.ndarray:
    """Scores for ``features.document.sentences`` by the method called ``method``."""
    return get_method(method).rank(features, budget)


def _finite(scores) -> np.ndarray:
    scores = np.asarray(scores, dtype=np.float64)
    if np.isfinite(scores).all():
        return scores
    return np.nan_to_num(scores, nan=0.0, posinf=0.0, neginf=0.0)

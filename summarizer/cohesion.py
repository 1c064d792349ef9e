"""Cohesion of a merged set: whether its articles report one event.

A set's brief assumes its articles tell one story; a folder of unrelated stories makes a brief that
mixes them. Each article is a vector (the sum of its sentences' TF-IDF rows, normalized) and its
*cohesion* is its mean cosine with each other article of the set; the set's cohesion is the mean over
its articles (the mean cosine of its pairs), between 0 (nothing shared) and 1. A mean of pairs does
not grow with the size of the set, as a cosine with the sum of the others would.

:data:`THRESHOLD` was measured on real sets (``python -m evaluation.cohesion``, see
``evaluation/RESULTS.md``): every DUC 2003, TAC and MultiLing set, each a set of reports of one event,
is above it, and sets of unrelated BBC articles are below it.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from .vectorize import Features

__all__ = ["THRESHOLD", "article_cohesion", "set_cohesion", "warning", "unit_rows", "mean_pair_cosine"]

#: Below this a set's articles are taken to report different events (see the module docstring).
THRESHOLD = 0.08


def article_cohesion(features: Features) -> np.ndarray:
    """Each article's mean cosine with the others (one entry per article that has a sentence)."""
    articles = features.document.table[:, 0]
    present, rows = np.unique(articles, return_inverse=True)
    if len(present) < 2:
        return np.ones(len(present))
    membership = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, np.arange(len(rows)))), shape=(len(present), len(rows))
    )
    vectors = membership @ features.tfidf
    vectors = unit_rows(sparse.csr_matrix(vectors) if not sparse.issparse(vectors) else vectors.tocsr())
    total = np.asarray(vectors.sum(axis=0)).ravel()
    own = np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel()  # 1, or 0 for an empty vector
    return (vectors @ total - own) / (len(present) - 1)  # the sum of its cosines with the others


def unit_rows(matrix):
    """A sparse matrix's rows scaled to length 1 (a row of zeros stays zeros)."""
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ matrix


def mean_pair_cosine(rows) -> float:
    """The mean cosine of the pairs of ``rows`` (unit vectors, sparse or dense; 1.0 for one row), from
    their sum: ``|sum|^2`` is every pair twice plus each row with itself."""
    m = rows.shape[0]
    if m == 1:
        return 1.0
    total = np.asarray(rows.sum(axis=0)).ravel()
    own = np.asarray(rows.multiply(rows).sum()) if sparse.issparse(rows) else np.einsum("ij,ij->", rows, rows)
    return min(1.0, float((total @ total - own) / (m * (m - 1))))  # rounding can pass 1


def set_cohesion(features: Features) -> float | None:
    """The set's cohesion, or None for a single article."""
    document = features.document
    if len(document.articles) < 2 or document.size < 2:  # the first test is the cheap one
        return None
    return float(article_cohesion(features).mean())


def warning(cohesion: float | None) -> str | None:
    """What the brief says when its set seems not to be one event, else None."""
    if cohesion is None or cohesion >= THRESHOLD:
        return None
    return (
        f"the articles share little (cohesion {cohesion:.2f}, below {THRESHOLD}): they may report "
        "different events, and the brief mixes them"
    )

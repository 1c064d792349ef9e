"""The ``default`` method's scores for every sentence of a batch of single articles at once.

The same signals as :func:`summarizer.rank.default.signals.signals` and the same model
(:mod:`summarizer.rank.default.model`), each computed once for all articles over the flat arrays of
:class:`~summarizer.batch.flat.Flat`: a per-article sum is a ``np.bincount`` by article (or by
column, each column belonging to one article), the PageRank of every article is one linear solve
per article in stacks of articles of one size (:func:`summarizer.graph.exact_pagerank`), and the
z-scores inside each article are taken over stacks of articles of one size too, so that each mean
is summed in the order NumPy sums an article alone (a constant signal stays exactly constant).
"""

from __future__ import annotations

import numpy as np

from ..budget import Budget
from ..coverage import coverage_f1
from ..graph import exact_pagerank, solves_exactly
from ..options import Options
from ..rank.default.model import load_model
from ..rank.default.signals import STANDARDIZED, assemble, text_signals
from ..select import standardize
from .flat import Flat

__all__ = ["accepts", "rank"]


def accepts(sentences: int, options: Options) -> bool:
    """Whether an article of ``sentences`` sentences is ranked here exactly as alone: its graph keeps
    every edge (no sentence has more than ``graph_neighbours`` others, whose pruning is left to
    :func:`summarizer.vectorize.similarity_graph`), its PageRank is solved exactly, and the method
    ranks all of its sentences (no prefilter past ``max_graph_sentences``)."""
    return (
        sentences - 1 <= options.graph_neighbours
        and sentences <= options.max_graph_sentences
        and solves_exactly(sentences, options.damping)
    )


def rank(flat: Flat, budgets: list[Budget]) -> tuple[np.ndarray, np.ndarray]:
    """The ``default`` model's score of every sentence of ``flat``, whose articles it :func:`accepts`,
    and the articles whose scores are not to be trusted (see :func:`_fragile`)."""
    raw = _signals(flat, budgets)
    z = np.empty((len(STANDARDIZED), flat.n))
    rows = np.vstack([raw[name] for name in STANDARDIZED])
    for size, members in _by_size(flat):
        index = flat.starts[members][:, None] + np.arange(size)  # k x size sentences
        z[:, index] = standardize(rows[:, index])  # each article's row contiguous, as alone
    sums = np.bincount(flat.article, weights=flat.lengths.astype(np.float64), minlength=len(budgets))
    targets = np.array([b.target_words for b in budgets])
    share = np.minimum(1.0, targets / np.maximum(sums, 1.0))
    titled = np.array([1.0 if f.document.titles[0] else 0.0 for f in flat.features])
    is_set = np.array([float(b.is_set) for b in budgets])
    a = flat.article
    matrix = assemble(raw, z, flat.positions, flat.lengths, flat.sizes[a], is_set[a], share[a], titled[a])
    model = load_model()
    means = (sums / flat.sizes).tolist()  # each article's mean words (an exact integer sum, as alone)
    experts = [model.expert(b, mean) for b, mean in zip(budgets, means)]
    central = np.array([expert == "central" for expert in experts])
    scores = np.where(central[a], model.score(matrix, "central"), model.score(matrix, "lead"))
    return np.nan_to_num(scores, nan=0.0, posinf=0.0, neginf=0.0), _fragile(flat, rows)


#: A signal whose values in an article differ by less than this share of their size is constant but
#: for rounding: its z-scores there are rounding errors scaled up to +-1 (two sentences' equal cosines
#: with their centroid, say), which no other summation order reproduces.
_ROUNDING = 1e-9


def _fragile(flat: Flat, rows: np.ndarray) -> np.ndarray:
    """The articles (indices) that have such a signal: they are ranked as alone, by the same code.

    ``length`` is left out (the same integers give the same bits in both paths), and so is a signal
    that is zero all through an article (a sum of positive terms is zero in any order or not at all)."""
    checked = rows[[k for k, name in enumerate(STANDARDIZED) if name != "length"]]
    starts = flat.starts[:-1]
    high = np.maximum.reduceat(checked, starts, axis=1)
    low = np.minimum.reduceat(checked, starts, axis=1)
    size = np.maximum.reduceat(np.abs(checked), starts, axis=1)
    near = (high - low <= _ROUNDING * size) & (size > 0)
    return np.flatnonzero(near.any(axis=0) & (flat.sizes > 1))


def _signals(flat: Flat, budgets: list[Budget]) -> dict[str, np.ndarray]:
    options = flat.features[0].options
    n, a = flat.n, flat.article
    vectors = flat.tfidf
    cosines = flat.cosines
    off = cosines.row != cosines.col
    rows, cols, data = cosines.row[off], cosines.col[off], cosines.data[off]
    # PacSum's directed degrees (see signals._directed_degrees): a sentence's edges to those before it.
    backward = flat.positions[cols] < flat.positions[rows]
    graph = flat.blocks(data, rows, cols)
    centrality = np.empty(n)
    for size, members in _by_size(flat):
        stack = graph[flat.block_offsets[members][:, None] + np.arange(size * size)].reshape(-1, size, size)
        centrality[flat.starts[members][:, None] + np.arange(size)] = exact_pagerank(stack, options.damping)
    # The centroid of each article: its columns' means over its own sentences, as a unit vector.
    column_article = flat.column_article("terms")
    sums = np.bincount(vectors.indices, weights=vectors.data, minlength=vectors.shape[1])
    centroid = sums / flat.sizes[column_article]
    starts = np.ones(n)
    starts[1:] = (flat.paragraphs[1:] != flat.paragraphs[:-1]) | (a[1:] != a[:-1])
    return {
        "forward": np.bincount(rows, weights=np.where(backward, 0.0, data), minlength=n),
        "backward": np.bincount(rows, weights=np.where(backward, data, 0.0), minlength=n),
        "centrality": centrality,
        "centroid": vectors @ _unit(centroid, column_article),
        "title": vectors @ _title_vectors(flat, column_article),
        "coverage": _coverage(flat, np.array([max(float(b.target_words), 1.0) for b in budgets])),
        "position": flat.positions.astype(np.float64),
        "paragraph_start": starts,
        "length": np.log1p(flat.lengths),
        **text_signals([s.text for f in flat.features for s in f.document.sentences]),
    }


def _title_vectors(flat: Flat, column_article: np.ndarray) -> np.ndarray:
    """Each article's title as a TF-IDF vector in its own columns (``Features.vectorize``'s weights)."""
    counts = flat.title_counts("terms")
    present = counts > 0
    weights = np.log(counts, out=np.zeros(counts.shape), where=present)
    weights += present
    weights *= flat.idf
    return _unit(weights, column_article)


def _unit(values: np.ndarray, column_article: np.ndarray) -> np.ndarray:
    """``values`` (one per column) divided by the norm of their article's columns (zero stays zero)."""
    norms = np.sqrt(np.bincount(column_article, weights=values * values))[column_article]
    return np.divide(values, norms, out=np.zeros_like(values), where=norms > 0)


def _coverage(flat: Flat, targets: np.ndarray) -> np.ndarray:
    """:meth:`summarizer.coverage.Coverage.signal` of every article, over the batch's stem counts."""
    matrix = flat.stems
    coo = matrix.tocoo()
    rows, cols, counts = coo.row, coo.col, coo.data
    total = np.bincount(cols, weights=counts, minlength=matrix.shape[1])
    lengths = np.bincount(rows, weights=counts, minlength=flat.n)
    article_total = np.bincount(flat.article, weights=lengths, minlength=len(flat.features))
    # Per sentence first, then to its cells: the same numbers as per cell, fewer gathers.
    target = targets[flat.article]
    rest = np.maximum(article_total[flat.article] - lengths, 1.0)
    expected = target[rows] * (total[cols] - counts) / rest[rows] + flat.title_counts("stems")[cols]
    overlap = np.bincount(rows, weights=np.minimum(counts, expected), minlength=flat.n)
    return coverage_f1(overlap, lengths, target)


def _by_size(flat: Flat):
    """``(size, articles)`` for each sentence count that some articles of the batch have."""
    order = np.argsort(flat.sizes, kind="stable")
    sizes = flat.sizes[order]
    bounds = np.flatnonzero(np.diff(sizes)) + 1
    for members in np.split(order, bounds):
        yield int(flat.sizes[members[0]]), members

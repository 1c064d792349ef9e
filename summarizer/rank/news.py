"""The ``default`` method: position-aware directed centrality for news, plus the title when given.

News puts its most important facts first, so plain centrality (TextRank, LexRank) loses to the first
sentences. PacSum (Zheng & Lapata 2019) keeps centrality but makes the graph directed: a sentence
gains from resembling the sentences *after* it (it announces them) and loses from resembling those
*before* it (it repeats them). We use that on TF-IDF cosines, and add two signals PacSum leaves out:
a prior that decays with the sentence's position in its own article (so each article of a merged set
has its own lead), and the cosine with the article's title when one is given or detected.

The weights were tuned on the development corpora with the evaluation's protocols (see
``evaluation/RESULTS.md``); they are constants of the model, not user options.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..vectorize import Features

__all__ = ["rank", "NewsWeights"]


@dataclass(frozen=True)
class NewsWeights:
    forward: float = 1.0  # weight of similarity to later sentences (PacSum's lambda_2)
    backward: float = -0.3  # weight of similarity to earlier sentences (PacSum's lambda_1 < 0)
    beta: float = 0.3  # PacSum's edge threshold: edges below min + beta * (max - min) are dropped
    centrality: float = 1.0
    title: float = 1.0
    position: float = 1.0
    decay: float = 1.0  # position prior: 1 / (1 + position) ** decay


WEIGHTS = NewsWeights()


def rank(features: Features, weights: NewsWeights = WEIGHTS) -> np.ndarray:
    doc = features.document
    n = len(doc.sentences)
    articles = np.fromiter((s.article for s in doc.sentences), dtype=np.int64, count=n)
    positions = np.fromiter((s.position for s in doc.sentences), dtype=np.float64, count=n)

    centrality = _minmax(_directed_centrality(features.similarity, articles, positions, weights))
    prior = 1.0 / (1.0 + positions) ** weights.decay
    scores = weights.centrality * centrality + weights.position * prior
    titles = doc.titles
    if any(titles):
        title_vectors = features.vectorize([t or "" for t in titles])
        title_sim = np.asarray(features.tfidf.multiply(title_vectors[articles]).sum(axis=1)).ravel()
        scores = scores + weights.title * title_sim
    return scores


def _directed_centrality(sim: sparse.csr_matrix, articles, positions, w: NewsWeights) -> np.ndarray:
    """PacSum's centrality: sum of forward edges minus a fraction of backward edges.

    "Before" and "after" only make sense inside one article; across the articles of a merged set an
    edge counts as forward (agreement between reports is what makes a fact central).
    """
    coo = sim.tocoo()
    if coo.nnz == 0:
        return np.zeros(sim.shape[0])
    low, high = coo.data.min(), coo.data.max()
    keep = coo.data >= low + w.beta * (high - low)
    rows, cols, data = coo.row[keep], coo.col[keep], coo.data[keep]
    same = articles[rows] == articles[cols]
    backward = same & (positions[cols] < positions[rows])
    weight = np.where(backward, w.backward, w.forward)
    return np.bincount(rows, weights=data * weight, minlength=sim.shape[0])


def _minmax(x: np.ndarray) -> np.ndarray:
    span = x.max() - x.min() if x.size else 0.0
    return (x - x.min()) / span if span > 0 else np.zeros_like(x)

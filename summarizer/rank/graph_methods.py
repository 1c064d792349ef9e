"""Graph centrality: TextRank (Mihalcea & Tarau 2004) and LexRank (Erkan & Radev 2004).

Both run PageRank on the sentence graph whose edges are TF-IDF cosine similarities. TextRank's
original edge weight is a normalized word overlap; we use the cosine, as most implementations do.
"""

from __future__ import annotations

import numpy as np

from ..graph import pagerank
from ..vectorize import Features

__all__ = ["textrank", "lexrank"]


def textrank(features: Features) -> np.ndarray:
    o = features.options
    return pagerank(features.similarity, damping=o.damping, tolerance=o.tolerance, max_iterations=o.max_iterations)


def lexrank(features: Features) -> np.ndarray:
    """Thresholded LexRank (unweighted edges above ``lexrank_threshold``) or, with None, continuous."""
    o = features.options
    graph = features.similarity
    if o.lexrank_threshold is not None:
        graph = (graph > o.lexrank_threshold).astype(np.float64)
    return pagerank(graph, damping=o.damping, tolerance=o.tolerance, max_iterations=o.max_iterations)

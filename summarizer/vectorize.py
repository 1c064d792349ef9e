"""Vectors: TF-IDF sentence vectors and the sparse sentence-similarity graph built from them.

Each sentence is a "document" for the IDF, as in TextRank and LexRank: a term that appears in every
sentence of the input says nothing about which sentence matters. Rows are L2-normalized, so a dot
product is a cosine.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from .document import Document
from .language import terms
from .options import Options

__all__ = ["Features", "similarity_graph"]

# Rows of the similarity product are computed this many at a time, which bounds the dense block in
# memory (block x sentences floats) however large the input is.
_BLOCK = 512


class Features:
    """The vectors of one document, computed on first use and shared by the ranking steps."""

    def __init__(self, document: Document, options: Options):
        self.document = document
        self.options = options

    @cached_property
    def terms(self) -> list[list[str]]:
        return [terms(s.text, self.options.language) for s in self.document.sentences]

    @cached_property
    def vectorizer(self) -> TfidfVectorizer | None:
        """The fitted vectorizer, or None when no sentence has a content word (all stop words)."""
        if not any(self.terms):
            return None
        vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, dtype=np.float64)
        return vectorizer.fit(self.terms)

    @cached_property
    def tfidf(self) -> sparse.csr_matrix:
        """Sentences x terms, rows L2-normalized (all-zero for a sentence without content words)."""
        if self.vectorizer is None:
            return sparse.csr_matrix((len(self.terms), 1))
        return self.vectorizer.transform(self.terms).tocsr()

    def vectorize(self, texts: list[str]) -> sparse.csr_matrix:
        """Other texts (a title, a candidate headline) in the same vector space as the sentences."""
        if self.vectorizer is None:
            return sparse.csr_matrix((len(texts), 1))
        return self.vectorizer.transform([terms(t, self.options.language) for t in texts]).tocsr()

    @cached_property
    def similarity(self) -> sparse.csr_matrix:
        return similarity_graph(self.tfidf, self.options.graph_neighbours)


def similarity_graph(vectors: sparse.csr_matrix, neighbours: int) -> sparse.csr_matrix:
    """Cosine similarity between rows, without self-loops, keeping each row's top ``neighbours``.

    The full graph has n^2 edges; keeping the strongest ``neighbours`` per sentence (then taking the
    union, so the graph stays symmetric) makes time and memory linear in n for large merged sets, and
    changes nothing for inputs of at most ``neighbours + 1`` sentences.
    """
    n = vectors.shape[0]
    rows, cols, vals = [], [], []
    transposed = vectors.T.tocsc()
    for begin in range(0, n, _BLOCK):
        block = (vectors[begin : begin + _BLOCK] @ transposed).toarray()
        idx = np.arange(block.shape[0])
        block[idx, begin + idx] = 0.0
        if n - 1 > neighbours:
            keep = np.argpartition(-block, neighbours, axis=1)[:, :neighbours]
        else:
            keep = np.broadcast_to(np.arange(n), block.shape)
        kept = np.take_along_axis(block, keep, axis=1)
        mask = kept > 0
        rows.append(np.repeat(begin + idx, mask.sum(axis=1)))
        cols.append(keep[mask])
        vals.append(kept[mask])
    graph = sparse.csr_matrix(
        (np.concatenate(vals) if vals else [], (np.concatenate(rows) if rows else [], np.concatenate(cols) if cols else [])),
        shape=(n, n),
    )
    return graph.maximum(graph.T).tocsr()


def _identity(tokens: list[str]) -> list[str]:
    return tokens

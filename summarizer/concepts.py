"""Concepts of a merged set: the word bigrams its articles state, weighted by how many articles do.

Gillick & Favre (2009) summarize a set by covering as much concept weight as the budget allows, where
a concept is a word bigram (stemmed; a bigram of two stop words says nothing and is left out) and its
weight is the number of documents that contain it: what several reports of one event state is what
the event is. A sentence covers the concepts it contains; a brief covers each concept once, however
many of its sentences state it, so coverage rewards saying each fact once (two reports of six
intercepted missiles count once).

Two additions, chosen on the development sets (``evaluation/RESULTS.md``): content words (stems that
are not stop words) are concepts too, at a share ``unigrams`` of a bigram's weight (ROUGE-1 counts
words); and an article that states a concept in its first ``lead`` sentences counts twice for it (a
report puts its news first; Gillick et al. 2009 weighed early mentions up in the same way).

Everything is NumPy over integer codes (one per stem pair), so a set of thousands of sentences costs a
few array passes: the stems come from the document's stem vocabulary (:attr:`Features.stem_matrix`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

import numpy as np
from scipy import sparse

from .language import lexicon, stemmer, stop_words
from .vectorize import Features

__all__ = ["Concepts", "concepts_of", "distinct"]


@dataclass(frozen=True)
class Concepts:
    """Sentences x concepts (CSR, ones where a sentence contains a concept) and each concept's weight."""

    matrix: sparse.csr_matrix
    weights: np.ndarray

    @property
    def size(self) -> int:
        return len(self.weights)

    @cached_property
    def sentence_weights(self) -> np.ndarray:
        """Each sentence's concept weight, each concept counted once."""
        return self.matrix @ self.weights

    def covered(self, rows) -> np.ndarray:
        """Which concepts the sentences ``rows`` cover, as a boolean mask."""
        mask = np.zeros(self.size, dtype=bool)
        for i in rows:
            mask[self.matrix.indices[self.matrix.indptr[i] : self.matrix.indptr[i + 1]]] = True
        return mask


def distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values of a 1-D array: ``np.unique(values)``, found by sorting.

    A plain ``np.unique`` call goes through a hash table since NumPy 2.3, which is 3 to 13 times slower
    than the sort on many distinct int64 codes (400,000 of them: 332 ms against 25 ms), as a merged
    set's (concept, article) pairs are; the answer is the same array.
    """
    ordered = np.sort(values)
    if ordered.size < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def concepts_of(features: Features, min_articles: int = 2, unigrams: float = 0.0, lead: int = 0) -> Concepts:
    """The bigram concepts of ``features.document`` stated by at least ``min_articles`` articles (all
    concepts when none is, as in a set of one article or of unrelated ones), weighted by that count;
    with ``unigrams`` > 0 content words too, and with ``lead`` > 0 early mentions counted twice (see
    the module docstring)."""
    sentences = features.document.sentences
    n = len(sentences)
    matrix, vocabulary = features.stem_matrix
    lex = lexicon(features.options.language)
    sequences = [lex.stems(s.words) for s in sentences]
    lengths = np.fromiter(map(len, sequences), dtype=np.int64, count=n)
    total = int(lengths.sum())
    ids = np.fromiter((vocabulary[t] for seq in sequences for t in seq), dtype=np.int64, count=total)
    owner = np.repeat(np.arange(n, dtype=np.int64), lengths)
    stop = _stop_stems(vocabulary, features.options.language)
    first, second = ids[:-1], ids[1:]
    keep = (owner[:-1] == owner[1:]) & ~(stop[first] & stop[second])
    width = max(len(vocabulary), 1)
    codes = first[keep] * width + second[keep]
    rows = owner[:-1][keep]
    if unigrams > 0:
        content = ~stop[ids]
        codes = np.concatenate([codes, width * width + ids[content]])
        rows = np.concatenate([rows, owner[content]])
    if codes.size == 0:
        return Concepts(sparse.csr_matrix((n, 0)), np.zeros(0))
    unique, column = np.unique(codes, return_inverse=True)
    articles = features.document.table[:, 0][rows]
    pairs = distinct(column * (int(articles.max()) + 1) + articles)  # (concept, article), once each
    counts = np.bincount(pairs // (int(articles.max()) + 1), minlength=len(unique)).astype(np.float64)
    kept = counts >= min_articles
    if lead > 0:  # an article that states it in its first ``lead`` sentences counts twice
        early = features.document.table[:, 1][rows] < lead
        firsts = distinct(column[early] * (int(articles.max()) + 1) + articles[early])
        counts = counts + np.bincount(firsts // (int(articles.max()) + 1), minlength=len(unique))
    if not kept.any():
        kept[:] = True
    remap = np.cumsum(kept) - 1
    chosen = kept[column]
    data = sparse.csr_matrix(
        (np.ones(int(chosen.sum())), (rows[chosen], remap[column[chosen]])), shape=(n, int(kept.sum()))
    )
    data.sum_duplicates()
    data.data[:] = 1.0
    weights = counts[kept] * np.where(unique[kept] >= width * width, unigrams, 1.0)
    return Concepts(data, weights)


@cache
def _stems_of_stop_words(language: str) -> frozenset[str]:
    stem = stemmer(language)
    return frozenset(stem(w) for w in stop_words(language))


def _stop_stems(vocabulary: dict[str, int], language: str) -> np.ndarray:
    """A mask over the stem vocabulary: the stems of the language's stop words."""
    stops = _stems_of_stop_words(language)
    return np.fromiter(
        (t in stops for t in vocabulary), dtype=bool, count=len(vocabulary)
    ) if vocabulary else np.zeros(0, dtype=bool)

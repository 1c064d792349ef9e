"""Coverage: how much of the document a brief of a given length would say.

A brief of ``target`` words should read like the document shrunk to ``target`` words. The *expected
brief* gives each word stem ``target * (its count in the document) / (words in the document)``, plus
its count in the title, whose words the document's own lead nearly always uses. A candidate's coverage
is the F1 of its word overlap with that expected brief, counted the way ROUGE-1 counts (every word,
stop words included, each up to its expected count). It is an unsupervised estimate of what ROUGE
against an unseen summary rewards, in the spirit of KL-Sum (Haghighi & Vanderwende 2009) and of
coverage objectives for extractive summaries (Lin & Bilmes 2011).

Everything works on the sentence x stem count matrix (dense for an article, sparse for a large set),
so a merged set of thousands of sentences costs a few NumPy passes, not a Python loop per word.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from .language import stems
from .vectorize import Features, count_matrix

__all__ = ["Coverage", "coverage_f1"]


class Coverage:
    """The expected brief of ``target`` words for the document of ``features``."""

    def __init__(self, features: Features, target: float):
        self.features = features
        self.target = max(float(target), 1.0)

    def signal(self) -> np.ndarray:
        """Each sentence's coverage F1, its own words left out of the document it is compared with."""
        rows, cols, counts, total, lengths = self.features.stem_cells
        rest = np.maximum(total.sum() - lengths, 1.0)
        expected = self.target * (total[cols] - counts) / rest[rows] + self._title_counts(rows, cols)
        overlap = np.bincount(rows, weights=np.minimum(counts, expected), minlength=len(lengths))
        if len(lengths) <= _FEW:
            return _coverage_f1_floats(overlap.tolist(), lengths.tolist(), self.target)
        return coverage_f1(overlap, lengths, self.target)

    def expected(self) -> np.ndarray:
        """The expected brief as a dense vector over the stem vocabulary (titles averaged over articles)."""
        matrix, _ = self.features.stem_matrix
        total = np.asarray(matrix.sum(axis=0)).ravel()
        expected = total * (self.target / max(total.sum(), 1.0))
        if self.titles is not None:
            expected += np.asarray(self.titles.mean(axis=0)).ravel()
        return expected

    def f1(self, brief: np.ndarray, expected: np.ndarray) -> float:
        """Coverage F1 of a brief given as a dense vector of stem counts."""
        return float(coverage_f1(np.minimum(brief, expected).sum(), brief.sum(), self.target))

    @cached_property
    def titles(self):
        """Articles x stems counts of the titles (sparse when a set has thousands of titles)."""
        titles = self.features.document.titles
        if not any(titles):
            return None
        own = self.features.title_stem_counts  # one article's: counted with its sentences' stems
        if own is not None:
            return own[None, :]
        vocabulary = self.features.stem_vocabulary
        language = self.features.options.language
        known = [[stem for stem in stems(title or "", language) if stem in vocabulary] for title in titles]
        return count_matrix(known, vocabulary)

    def _title_counts(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The title counts of the cells ``(rows, cols)``: of each sentence's article's title."""
        own = self.features.title_stem_counts  # one article's title (zeros for none)
        if own is not None:
            return own[cols]
        titles = self.titles
        if titles is None:
            return np.zeros(len(cols))
        if isinstance(titles, np.ndarray) and len(titles) == 1:  # one article: its title's row
            return titles[0][cols]
        articles = self.features.document.table[:, 0]
        return np.asarray(titles[articles[rows], cols]).ravel()


#: Up to this many sentences, :func:`coverage_f1` is worked out in Python floats (a dozen NumPy calls
#: cost more than the arithmetic on a few dozen numbers).
_FEW = 64


def _coverage_f1_floats(overlap: list[float], lengths: list[float], target: float) -> np.ndarray:
    """:func:`coverage_f1` of each sentence, by the same IEEE operations on the same doubles."""
    f1 = []
    for o, length in zip(overlap, lengths):
        if o > 0:  # then the sentence has words (the overlap is at most their count)
            precision, recall = o / max(length, 1e-12), o / target
            f1.append(2 * precision * recall / (precision + recall))
        else:
            f1.append(0.0)
    return np.array(f1)


def coverage_f1(overlap, length, target: float):
    overlap = np.asarray(overlap, dtype=np.float64)
    precision = np.where(length > 0, overlap / np.maximum(length, 1e-12), 0.0)
    recall = overlap / target
    # F1 where something overlaps, else 0 (no 0 / 0 is computed, so no warning to silence).
    return np.divide(2 * precision * recall, precision + recall, out=np.zeros(overlap.shape), where=overlap > 0)

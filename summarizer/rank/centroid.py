"""Centroid salience (Radev et al. 2004): a sentence matters as much as it resembles the centroid.

The centroid is the mean TF-IDF vector of all sentences, keeping its ``_TOP_TERMS`` heaviest terms
(MEAD keeps the terms above a threshold; a count needs no tuning per input size).
"""

from __future__ import annotations

import numpy as np

from ..vectorize import Features

__all__ = ["rank"]

_TOP_TERMS = 20


def rank(features: Features) -> np.ndarray:
    vectors = features.tfidf
    centroid = np.asarray(vectors.mean(axis=0)).ravel()
    if centroid.size > _TOP_TERMS:
        centroid[np.argsort(centroid)[:-_TOP_TERMS]] = 0.0
    norm = np.linalg.norm(centroid)
    if norm == 0:
        return np.zeros(vectors.shape[0])
    return vectors @ (centroid / norm)

"""Bootstrap statistics over items: confidence intervals of a mean and a paired significance test.

Both resample the *items* with replacement (Efron & Tibshirani 1993). The test is the paired bootstrap
of Koehn (2004), as examined by Berg-Kirkpatrick et al. (2012): every system is measured on the same
resampled items, and p is the fraction of resamples in which system A does not beat system B. The
index matrix is drawn once per table and shared by all systems, which is what makes the test paired.
"""

from __future__ import annotations

import numpy as np

__all__ = ["confidence_interval", "paired_p_value", "resample_indices"]

_TIE = 1e-9  # scores are percentages: a difference this small is rounding, not a win


def resample_indices(n_items: int, resamples: int, seed: int) -> np.ndarray:
    """A ``(resamples, n_items)`` matrix of item indices drawn with replacement, seeded."""
    rng = np.random.default_rng(seed)
    return rng.integers(0, n_items, size=(resamples, n_items))


def confidence_interval(scores: np.ndarray, indices: np.ndarray, confidence: float) -> tuple[float, float]:
    """The percentile bootstrap interval of the mean of ``scores`` (one value per item)."""
    means = np.asarray(scores, dtype=float)[indices].mean(axis=1)
    tail = 100.0 * (1.0 - confidence) / 2.0
    low, high = np.percentile(means, [tail, 100.0 - tail])
    return float(low), float(high)


def paired_p_value(a: np.ndarray, b: np.ndarray, indices: np.ndarray) -> float:
    """One-sided p of "A is better than B": the fraction of resamples where mean(A) <= mean(B).

    Resampling the per-item differences is the same as resampling both systems with the same indices,
    and halves the work. A resample whose means differ by rounding error only counts as a tie.
    """
    differences = np.asarray(a, dtype=float) - np.asarray(b, dtype=float)
    return float(np.mean(differences[indices].mean(axis=1) <= _TIE))

"""PageRank by power iteration, with a tolerance and an iteration cap (Mihalcea & Tarau 2004)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from scipy import sparse

__all__ = ["pagerank", "exact_pagerank", "solves_exactly"]

#: A dense graph of at most this many nodes is solved exactly: one LAPACK solve costs less than the
#: ~20 NumPy steps of the power iteration (and is exact). Larger or sparse graphs iterate.
_EXACT_NODES = 200
#: With a damping closer to 1 than this, the system is too near singular to solve; it iterates.
_EXACT_MIN_JUMP = 1e-6


def pagerank(
    weights: np.ndarray | sparse.csr_matrix,
    *,
    damping: float,
    tolerance: float,
    max_iterations: int,
    personalization: np.ndarray | None = None,
) -> np.ndarray:
    """Stationary scores of the random walk on ``weights`` (non-negative, dense or sparse; row i holds
    i's out-edges).

    With probability ``1 - damping`` the walker jumps to a node drawn from ``personalization``
    (uniform when None), which is also where the mass of nodes without out-edges goes. A dense graph of
    at most ``_EXACT_NODES`` nodes is solved exactly, unless ``damping`` is within ``_EXACT_MIN_JUMP``
    of 1; otherwise iteration stops when the L1 change falls below ``tolerance`` or after
    ``max_iterations``. Scores sum to 1.
    """
    n = weights.shape[0]
    if n == 0:
        return np.zeros(0)
    if isinstance(weights, np.ndarray) and solves_exactly(n, damping):
        jump = None if personalization is None else _jump(n, personalization)
        return exact_pagerank(weights, damping, jump)
    jump = _jump(n, personalization)
    out = np.asarray(weights.sum(axis=1)).ravel()
    dangling = np.flatnonzero(out == 0)
    inverse = np.divide(damping, out, out=np.zeros(n), where=out != 0)
    # One step is p' = (1 - d) jump + d (W^T diag(1/out) p + (mass of dangling nodes) jump); the
    # matrix d W^T diag(1/out) is formed once, so a step costs one product.
    base = (1.0 - damping) * jump
    if isinstance(weights, np.ndarray):
        step = weights.T * inverse
    else:
        step = (weights.multiply(inverse[:, None])).T.tocsr()
    scores = jump.copy()
    for _ in range(max_iterations):
        updated = step @ scores + base
        if dangling.size:
            updated += (damping * scores[dangling].sum()) * jump
        change = np.abs(updated - scores).sum()
        scores = updated
        if change < tolerance:
            break
    return scores


def solves_exactly(n: int, damping: float) -> bool:
    """Whether :func:`pagerank` solves a dense graph of ``n`` nodes exactly rather than iterating."""
    return n <= _EXACT_NODES and 1.0 - damping >= _EXACT_MIN_JUMP


def exact_pagerank(weights: np.ndarray, damping: float, jump: np.ndarray | None = None) -> np.ndarray:
    """:func:`pagerank` of a dense graph by one linear solve, or of a stack of graphs of one size
    (``k x n x n``, one solve each: the batch path's); ``jump`` is uniform when None.

    The fixed point solves ``(I - d W^T diag(1/out) - d jump 1_dangling^T) p = (1 - d) jump``.
    """
    n = weights.shape[-1]
    uniform = jump is None
    if uniform:
        jump = _uniform(n)
    out = np.add.reduce(weights, axis=-1)  # weights.sum(axis=-1), without the method's wrapper
    linked = out != 0
    if weights.ndim == 2:
        # -(W^T diag(d / out)) as W^T times -d / out: each product the same with its sign flipped
        # (a node without out-edges gives +0 where the stack's way gives -0: the next step
        # overwrites those cells).
        system = weights.T * np.divide(-damping, out, out=np.zeros(n), where=linked)
    else:
        inverse = np.divide(damping, out, out=np.zeros(out.shape), where=linked)
        system = -(np.swapaxes(weights, -1, -2) * inverse[..., None, :])
    if not linked.all():  # subtracting the zeros of the nodes with out-edges changes nothing
        system -= np.where(~linked[..., None, :], damping * jump[:, None], 0.0)
    base = _uniform_base(n, damping) if uniform else (1.0 - damping) * jump
    if system.ndim == 2:
        system.flat[:: n + 1] += 1.0  # the diagonal (every (n + 1)th cell in C order, whatever the layout)
        return np.linalg.solve(system, base)  # a vector's right-hand side: LAPACK's gesv, as the stack's
    diagonal = np.arange(n)
    system[..., diagonal, diagonal] += 1.0
    if base.shape != out.shape:  # a stack of graphs: the same right-hand side for each
        base = np.broadcast_to(base, out.shape)
    return np.linalg.solve(system, base[..., None])[..., 0]


def _jump(n: int, personalization: np.ndarray | None) -> np.ndarray:
    return _uniform(n) if personalization is None else personalization / personalization.sum()


@lru_cache(maxsize=256)
def _uniform(n: int) -> np.ndarray:
    """``np.full(n, 1.0 / n)``, made once per size (read-only: shared by every call)."""
    jump = np.full(n, 1.0 / n)
    jump.flags.writeable = False
    return jump


@lru_cache(maxsize=256)
def _uniform_base(n: int, damping: float) -> np.ndarray:
    """``(1 - damping) * _uniform(n)``, the right-hand side of the exact solve, made once per size."""
    base = (1.0 - damping) * _uniform(n)
    base.flags.writeable = False
    return base

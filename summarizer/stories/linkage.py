"""Average-linkage clustering over a sparse similarity graph, stopped at a similarity threshold.

Average linkage (UPGMA; Sokal & Michener 1958) merges, again and again, the two clusters whose members
are most similar on average, and stops when no pair of clusters reaches ``threshold``: the number of
clusters is not given in advance. A pair of items without an edge counts as similarity 0, so the
result is exact average linkage over a graph whose missing edges are zeros (as they are for the
profile similarity of :mod:`summarizer.stories.clustering`), and the cost follows the edges, not n²:
scipy's and scikit-learn's average linkage need the dense n² distance matrix (scikit-learn's
connectivity-constrained variant averages over the edges only, which is not the same criterion).

Each item has a weight (how many articles it stands for); the similarity of two clusters is
``sum(w_a * w_b * s_ab) / (W_A * W_B)``, the average over the articles.
"""

from __future__ import annotations

from heapq import heapify, heappop, heappush

import numpy as np
from scipy import sparse

__all__ = ["average_linkage", "merges", "cut"]


def average_linkage(similarity, weights: np.ndarray, threshold: float) -> np.ndarray:
    """A cluster label per item (0, 1, ... by first item), merging while the average similarity of
    the best pair of clusters is at least ``threshold``. ``similarity`` is a symmetric matrix (dense
    or sparse) whose diagonal is ignored; ``weights`` are positive."""
    return cut(similarity.shape[0], merges(similarity, weights, threshold), threshold)


def merges(similarity, weights: np.ndarray, floor: float) -> list[tuple[int, int, float]]:
    """The merges of average linkage down to ``floor``, as ``(kept, absorbed, similarity)`` in order.

    Average linkage is monotone (a merge is never more similar than the one before it), so
    :func:`cut` of this list at any threshold above ``floor`` is the clustering at that threshold:
    one run serves a whole grid of thresholds.
    """
    n = similarity.shape[0]
    upper = sparse.triu(sparse.coo_matrix(similarity), k=1).tocoo()
    size = [float(w) for w in weights]
    links: list[dict[int, float] | None] = [{} for _ in range(n)]
    for i, j, s in zip(upper.row.tolist(), upper.col.tolist(), upper.data.tolist()):
        if s > 0:
            total = size[i] * size[j] * s  # sum over the articles of the two items
            links[i][j] = links[j][i] = total
    heap = [(-total / (size[i] * size[j]), i, j) for i in range(n) for j, total in links[i].items() if i < j]
    heapify(heap)
    done = []
    while heap:
        negative, i, j = heappop(heap)
        if -negative < floor:
            break
        li, lj = links[i], links[j]
        if li is None or lj is None or j not in li or -li[j] / (size[i] * size[j]) != negative:
            continue  # an entry made before i or j last changed
        if len(li) < len(lj):  # merge the smaller table into the larger one
            i, j, li, lj = j, i, lj, li
        del li[j], lj[i]
        for k, total in lj.items():
            lk = links[k]
            del lk[j]
            li[k] = lk[i] = li.get(k, 0.0) + total
        links[j] = None
        done.append((i, j, -negative))
        size[i] += size[j]
        for k, total in li.items():
            heappush(heap, (-total / (size[i] * size[k]), min(i, k), max(i, k)))
    return done


def cut(n: int, merged: list[tuple[int, int, float]], threshold: float) -> np.ndarray:
    """Labels of ``n`` items after the merges of ``merged`` at or above ``threshold``, numbered by
    first item."""
    parent = list(range(n))
    for kept, absorbed, similarity in merged:
        if similarity < threshold:
            break
        parent[absorbed] = kept
    roots = []
    for item in range(len(parent)):
        root = item
        while parent[root] != root:
            root = parent[root]
        parent[item] = root  # path compression: the next lookup is one step
        roots.append(root)
    _, first, labels = np.unique(roots, return_index=True, return_inverse=True)
    order = np.argsort(np.argsort(first))  # labels numbered by their first item
    return order[labels]

"""Selection for merged sets: the brief that covers the most concept weight within the budget.

The value of a brief is the weight of the set's concepts it covers (:mod:`summarizer.concepts`; each
concept once, however many of its sentences state it) plus ``salience`` times the ranking's score of
its sentences (scaled to [0, 1], each counted by its share of the brief's words): the ranking knows
where each report puts its news (each article has its own lead), the concepts know what the reports
share. Concept weight is counted in units of what an average stretch of the set's text of the brief's
length covers, so ``salience`` means the same on sets of any size.

* Greedy (Lin & Bilmes 2010, 2011; the default): the coverage value is monotone submodular, so the
  cost-scaled greedy (best gain per word to the power ``cost_exponent``, lazily re-evaluated,
  Minoux 1978) is within a constant factor of the optimum, at a cost near linear in the set's size.
* Exact (Gillick & Favre 2009; ``exact`` > 0, under a words or characters cap): an integer program
  over the greedy's choice and the ``exact`` best candidates by value per word, solved by HiGHS
  (:func:`scipy.optimize.milp`) with a bounded number of branch-and-bound nodes; kept when it beats
  the greedy. On the development sets it did no better than the greedy at five times the cost
  (``evaluation/RESULTS.md``), so ``Options.exact_set_sentences`` is 0.

Both keep the selection's rules: a sentence whose cosine to a chosen one exceeds ``redundancy`` (or
whose text repeats one) is not taken with it, a sentence that leans on the one before it comes only
with that one, and when nothing fits a cap the best ranked sentence is cut
(:func:`~summarizer.select.cut_best`).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable

import numpy as np
from scipy import sparse

from .budget import Budget
from .concepts import Concepts, concepts_of, distinct
from .select import NOVELTY_PICKS, Pick, cut_best, text_key
from .vectorize import Features

__all__ = ["select_by_coverage"]

#: Branch-and-bound nodes the exact solve may visit: it stops there with the best brief found, which
#: keeps its cost bounded and its result the same on every machine (a time limit would not).
_NODE_LIMIT = 500


def select_by_coverage(
    scores: np.ndarray,
    features: Features,
    budget: Budget,
    *,
    salience: float,
    redundancy: float,
    exact: int,
    cost_exponent: float = 1.0,
    min_articles: int = 2,
    unigrams: float = 0.0,
    lead: int = 0,
    leans_on: Callable[[int], int] | None = None,
    allowed: np.ndarray | None = None,
) -> list[Pick]:
    """The chosen sentences, most valuable first; see the module docstring. ``exact`` is how many
    candidates the exact solve may weigh (0: the greedy alone)."""
    concepts = concepts_of(features, min_articles, unigrams, lead)
    problem = _Problem(scores, features, budget, salience, concepts)
    candidates = np.arange(problem.n) if allowed is None else np.flatnonzero(allowed)
    chosen = _greedy(problem, candidates, redundancy, leans_on, cost_exponent)
    if budget.is_cap and 0 < exact and len(candidates) > 0:
        pool = _pool(problem, candidates, chosen, exact, cost_exponent)
        solved = _exact(problem, pool, redundancy, leans_on)
        if solved is not None and problem.value(solved) > problem.value(chosen) + 1e-9:
            chosen = solved
    if not chosen:
        return cut_best(candidates.tolist(), scores, features, budget)
    return [Pick(int(i)) for i in sorted(chosen, key=lambda i: (-problem.unit_value(i), i))]


class _Problem:
    """The value of briefs and what each sentence costs under the budget."""

    def __init__(self, scores, features: Features, budget: Budget, salience: float, concepts: Concepts):
        self.features, self.budget, self.concepts = features, budget, concepts
        sentences = features.document.sentences
        self.n = len(sentences)
        words = features.document.table[:, 2].astype(np.float64)
        span = float(scores.max() - scores.min()) if self.n else 0.0
        scaled = (scores - scores.min()) / span if span > 0 else np.zeros(self.n)
        self.bonus = salience * scaled * words / budget.target_words
        density = concepts.sentence_weights.sum() / max(words.sum(), 1.0)
        self.unit = 1.0 / (density * budget.target_words) if density > 0 else 0.0
        if budget.words is not None:
            self.cost, self.capacity = words, float(budget.words)
        elif budget.characters is not None:
            self.cost = np.array([len(s.text) + 1.0 for s in sentences])
            self.capacity = float(budget.characters + 1)
        else:
            self.cost, self.capacity = np.ones(self.n), float(budget.sentences)

    def value(self, chosen) -> float:
        chosen = list(chosen)
        covered = self.concepts.covered(chosen)
        return float(self.concepts.weights[covered].sum() * self.unit + self.bonus[chosen].sum())

    def unit_value(self, i: int) -> float:
        return float(self.concepts.sentence_weights[i] * self.unit + self.bonus[i])

    def gain(self, rows, covered: np.ndarray) -> float:
        """What adding the sentences ``rows`` adds to a brief that covers ``covered``."""
        m = self.concepts.matrix
        new = np.concatenate([m.indices[m.indptr[i] : m.indptr[i + 1]] for i in rows])
        new = distinct(new[~covered[new]])
        return float(self.concepts.weights[new].sum() * self.unit + self.bonus[rows].sum())


def _greedy(problem: _Problem, candidates, redundancy, leans_on, exponent) -> list[int]:
    """The cost-scaled lazy greedy; a sentence that leans on its predecessor is weighed with it."""
    sentences = problem.features.document.sentences
    matrix = problem.concepts.matrix
    covered = np.zeros(problem.concepts.size, dtype=bool)
    closest = np.zeros(problem.n)
    chosen: list[int] = []
    taken: set[int] = set()
    texts: set[str] = set()
    spent = 0.0
    allowed = set(candidates.tolist())

    def unit(i: int) -> list[int] | None:
        j = -1 if leans_on is None else leans_on(i)
        if j < 0 or j in taken:
            return [i]
        return [j, i] if j in allowed else None

    def novel(rows: list[int]) -> bool:
        if any(closest[r] > redundancy or text_key(sentences[r].text) in texts for r in rows):
            return False
        return len(rows) == 1 or problem.features.similarities_to(rows[1])[rows[0]] <= redundancy

    cost = np.maximum(problem.cost, 1e-9)
    heap = [(-(problem.unit_value(i) / cost[i] ** exponent), int(i)) for i in candidates]
    heapq.heapify(heap)
    while heap:
        _, i = heapq.heappop(heap)
        rows = unit(i)
        if i in taken or rows is None or spent + problem.cost[rows].sum() > problem.capacity + 1e-9:
            continue
        if not novel(rows):
            continue
        fresh = problem.gain(rows, covered) / cost[rows].sum() ** exponent
        if heap and fresh < -heap[0][0] - 1e-12:
            heapq.heappush(heap, (-fresh, i))  # it fell behind: back in the heap at its new gain
            continue
        for r in rows:
            chosen.append(r)
            taken.add(r)
            texts.add(text_key(sentences[r].text))
            spent += problem.cost[r]
            covered[matrix.indices[matrix.indptr[r] : matrix.indptr[r + 1]]] = True
            if len(chosen) <= NOVELTY_PICKS:  # past them a brief is an abridged text (see select.py)
                np.maximum(closest, problem.features.similarities_to(r), out=closest)
    return chosen


def _pool(problem: _Problem, candidates, chosen, size: int, exponent: float) -> np.ndarray:
    """The candidates the exact solve weighs: the greedy's choice and the best by value per cost."""
    if len(candidates) <= size:
        return candidates
    values = np.array([problem.unit_value(i) for i in candidates])
    density = values / np.maximum(problem.cost[candidates], 1e-9) ** exponent
    best = candidates[np.argsort(-density, kind="stable")[:size]]
    return np.union1d(best, np.asarray(chosen, dtype=np.int64))


def _exact(problem: _Problem, pool: np.ndarray, redundancy, leans_on) -> list[int] | None:
    """The best brief over ``pool`` by integer programming (None when the solver found none)."""
    # Imported here: scipy.optimize (and scipy.special, which it brings) is a third of the library's
    # import time, and only this option, off by default, uses it.
    from scipy.optimize import Bounds, LinearConstraint, milp

    k = len(pool)
    sub = problem.concepts.matrix[pool].tocsc()
    counts = np.diff(sub.indptr)  # how many candidates state each concept
    weights = problem.concepts.weights * problem.unit
    # A concept only one candidate states adds its weight to that candidate, a linear term; only the
    # concepts two or more state need a variable of their own (fewer variables, the same optimum).
    alone = counts == 1
    shared = np.flatnonzero(counts >= 2)
    linear = problem.bonus[pool] + sub[:, alone] @ weights[alone]
    sub = sub[:, shared]
    m = len(shared)
    c = -np.concatenate([linear, weights[shared]])
    rows = [sparse.hstack([sparse.csr_matrix(problem.cost[pool][None, :]), sparse.csr_matrix((1, m))])]
    lower, upper = [-np.inf], [problem.capacity]
    # a concept counts only when a chosen sentence contains it: z_c - sum of its sentences <= 0
    rows.append(sparse.hstack([-sub.T, sparse.identity(m)]))
    lower.append(np.full(m, -np.inf))
    upper.append(np.zeros(m))
    pairs = _conflicts(problem, pool, redundancy)
    position = {int(s): p for p, s in enumerate(pool)}
    high = np.ones(k)
    for p, s in enumerate(pool):
        j = -1 if leans_on is None else leans_on(int(s))
        if j < 0:
            continue
        if j in position:
            pairs_lean = sparse.csr_matrix(([1.0, -1.0], ([0, 0], [p, position[j]])), shape=(1, k + m))
            rows.append(pairs_lean)
            lower.append([-np.inf])
            upper.append([0.0])
        else:
            high[p] = 0.0
    if len(pairs):
        data = np.ones(2 * len(pairs))
        index = np.repeat(np.arange(len(pairs)), 2)
        rows.append(sparse.csr_matrix((data, (index, pairs.ravel())), shape=(len(pairs), k + m)))
        lower.append(np.full(len(pairs), -np.inf))
        upper.append(np.ones(len(pairs)))
    constraints = LinearConstraint(sparse.vstack(rows).tocsr(), np.concatenate([np.ravel(x) for x in lower]),
                                   np.concatenate([np.ravel(x) for x in upper]))
    integrality = np.concatenate([np.ones(k), np.zeros(m)])
    bounds = Bounds(np.zeros(k + m), np.concatenate([high, np.ones(m)]))
    result = milp(c, constraints=constraints, integrality=integrality, bounds=bounds,
                  options={"node_limit": _NODE_LIMIT, "presolve": True})
    if result.x is None:
        return None
    return [int(pool[p]) for p in np.flatnonzero(result.x[:k] > 0.5)]


def _conflicts(problem: _Problem, pool: np.ndarray, redundancy: float) -> np.ndarray:
    """Pairs of positions in ``pool`` that may not be chosen together: too similar, or the same text."""
    vectors = problem.features.tfidf[pool]
    similar = vectors @ vectors.T
    similar = similar.toarray() if sparse.issparse(similar) else np.asarray(similar)
    sentences = problem.features.document.sentences
    keys = np.unique([text_key(sentences[int(i)].text) for i in pool], return_inverse=True)[1]
    clash = np.triu((similar > redundancy) | (keys[:, None] == keys[None, :]), k=1)
    return np.argwhere(clash)

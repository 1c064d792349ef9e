"""Selection: the best sentences within the budget, without saying the same thing twice.

Greedy Maximal Marginal Relevance (Carbonell & Goldstein 1998): each step takes the sentence with the
best ``lambda * salience - (1 - lambda) * max similarity to the sentences already chosen``, where
salience is the ranking score scaled to [0, 1]. On top of MMR's soft penalty, a candidate whose cosine
to any chosen sentence exceeds ``redundancy`` (or whose text repeats one) is never taken: merged sets
report the same facts in several articles and a brief must say each once.
"""

from __future__ import annotations

import math

import numpy as np

from .coverage import Coverage, coverage_f1
from .options import Options
from .vectorize import Features

__all__ = ["select_sentences", "sentence_budget", "target_words", "standardize"]

_COVERAGE_POOL = 100
#: One article under a word budget (the ``LEAD`` case of :mod:`summarizer.rank.news`): the opening is
#: chosen among the ``_OPENING_FIRSTS`` best ranked sentences, each paired with the second sentence
#: that most raises the brief's coverage, by ``_OPENING_COVERAGE`` x the pair's coverage F1 plus the
#: first sentence's standardized score. Fit on BBC development articles 401-1058 (and checked on the
#: articles of DUC 2003 and TAC under the same ``lead`` protocol); the reported 400 were not used.
_OPENING_FIRSTS = 6
_OPENING_COVERAGE = 60.0


def sentence_budget(kind: str, value: float, n_sentences: int) -> int | None:
    """How many sentences a ``sentences`` or ``ratio`` budget allows (None for a word budget)."""
    if kind == "sentences":
        return int(value)
    if kind == "ratio":
        return max(1, math.ceil(value * n_sentences - 1e-9))
    return None


def standardize(x: np.ndarray) -> np.ndarray:
    """``x`` as z-scores, or each row of a 2-D ``x`` (all zeros where the values are constant)."""
    x = np.asarray(x, dtype=np.float64)
    centred = x - x.mean(axis=-1, keepdims=True)
    spread = np.sqrt(np.einsum("...i,...i->...", centred, centred) / x.shape[-1])[..., None]
    return np.divide(centred, spread, out=np.zeros_like(centred), where=spread > 0)


def target_words(features: Features) -> float:
    """The length the brief will have, in words: the word budget, else sentences x mean length."""
    options = features.options
    sentences = features.document.sentences
    kind, value = options.budget_for(features.document.size)
    if kind == "words":
        return float(value)
    mean = sum(s.n_words for s in sentences) / max(len(sentences), 1)
    return sentence_budget(kind, value, len(sentences)) * mean


def select_sentences(
    scores: np.ndarray, features: Features, options: Options, *, coverage: bool = False
) -> list[int]:
    """Indices of the chosen sentences, best first.

    The budget (see :meth:`Options.budget_for`): ``sentences=N`` takes N sentences; ``ratio=R`` takes
    ``ceil(R * n)``; ``words=N`` takes whole sentences until the brief has at least N words (the last
    one may carry it past N, the rule used by DUC and by our evaluation). Fewer when the input runs out
    of sentences that are not redundant; never none for a non-empty input.

    With ``coverage`` and a word budget, the sentences after the first are those that most raise the
    brief's coverage of the document (:mod:`summarizer.coverage`), plus ``completion_salience`` times
    their salience, among the ``_COVERAGE_POOL`` best ranked: under a word budget, a sentence that
    fills it well beats a slightly better one that overshoots it by twenty words. For one article
    (not a merged set) the first two sentences are chosen together (:meth:`_Completion.opening`): the
    brief is whole sentences until the budget is reached, so the best first sentence is the one that
    makes the best brief with what follows it, not always the best ranked one.
    """
    sentences = features.document.sentences
    n = len(sentences)
    if n == 0:
        return []
    kind, value = options.budget_for(features.document.size)
    max_count = sentence_budget(kind, value, n)
    max_words = int(value) if kind == "words" else None

    span = scores.max() - scores.min()
    salience = (scores - scores.min()) / span if span > 0 else np.zeros(n)
    closest = np.zeros(n)  # max cosine of each sentence to the chosen ones
    available = np.ones(n, dtype=bool)
    seen_texts: set[str] = set()
    chosen: list[int] = []
    total_words = 0
    lam = options.mmr_lambda
    opening: list[int] = []  # sentences chosen ahead of the loop (one article under a word budget)
    if coverage and max_words is not None:
        completion = _Completion(features, max_words)
        pool = np.argsort(-scores, kind="stable")[:_COVERAGE_POOL]
        if features.document.size == 1:
            opening = completion.opening(scores, pool, options.redundancy)
    while available.any():
        if max_count is not None and len(chosen) >= max_count:
            break
        if max_words is not None and total_words >= max_words:
            break
        if len(chosen) < len(opening):
            best = opening[len(chosen)]  # novel by construction (see _Completion.opening)
            available[best] = False
        else:
            gain = lam * salience - (1.0 - lam) * closest
            if coverage and max_words is not None and chosen:
                gain = completion.gains(chosen, pool) + options.completion_salience * salience
            best = _next_novel(
                np.where(available, gain, -np.inf),
                available, closest, chosen, seen_texts, sentences, options.redundancy,
            )
            if best is None:
                break
        chosen.append(best)
        seen_texts.add(_key(sentences[best].text))
        total_words += sentences[best].n_words
        np.maximum(closest, features.similarities_to(best), out=closest)
    return chosen


def _next_novel(gain, available, closest, chosen, seen_texts, sentences, redundancy) -> int | None:
    """The best available sentence that repeats nothing chosen; the redundant ones it passes are spent.

    Skipping does not change the gains, so one sort serves every skip: 50,000 copies of one sentence
    cost one pass, not 50,000.
    """
    for i in np.argsort(-gain, kind="stable"):  # stable: ties go to the earlier sentence
        if not available[i]:
            return None  # only spent sentences (gain -inf) remain
        available[i] = False
        if not chosen or (closest[i] <= redundancy and _key(sentences[i].text) not in seen_texts):
            return int(i)
    return None


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


class _Completion:
    """Coverage gains of candidate sentences given the ones already chosen."""

    def __init__(self, features: Features, target: float):
        self.features = features
        self.coverage = Coverage(features, target)
        self.expected = self.coverage.expected()
        self.matrix = features.stem_matrix[0]

    def opening(self, scores: np.ndarray, pool: np.ndarray, redundancy: float) -> list[int]:
        """The first sentence, and the second if the first leaves the budget unfilled, chosen together.

        Each of the ``_OPENING_FIRSTS`` best ranked sentences is paired with the pool sentence that
        most raises the coverage F1 of the brief, among those that do not repeat it (the selection's
        own redundancy rule); a first sentence that fills the budget alone stands alone. The opening is
        the one with the best ``_OPENING_COVERAGE * coverage F1 + standardized score of the first``:
        a first sentence that leaves room for a good second one, or fills the budget without
        overshooting it, beats a slightly better ranked one that makes a worse brief.
        """
        sentences = self.features.document.sentences
        target = self.coverage.target
        standard = standardize(scores)
        keys = [_key(sentences[j].text) for j in pool]
        best: list[int] = []
        best_value = -np.inf
        for rank, first in enumerate(int(i) for i in pool[:_OPENING_FIRSTS]):
            pair = [first]
            cols, counts = _row(self.matrix, first)
            f1 = float(coverage_f1(np.minimum(counts, self.expected[cols]).sum(), counts.sum(), target))
            if sentences[first].n_words < target:
                novel = self.features.similarities_to(first)[pool] <= redundancy
                seconds = [
                    int(j) for j, ok, key in zip(pool, novel, keys, strict=True)
                    if ok and j != first and key != keys[rank]
                ]
                if seconds:
                    pairs = self._pair_f1(first, seconds, f1)
                    k = int(np.argmax(pairs))  # ties: the better ranked second
                    pair, f1 = [first, seconds[k]], float(pairs[k])
            value = _OPENING_COVERAGE * f1 + standard[first]
            if value > best_value:  # ties: the better ranked first
                best, best_value = pair, value
        return best

    def _pair_f1(self, first: int, seconds: list[int], single: float) -> np.ndarray:
        """Coverage F1 of the brief ``[first, j]`` for each ``j`` of ``seconds`` (``single``: that of
        ``[first]``); one array operation for an article's dense matrix."""
        if isinstance(self.matrix, np.ndarray):
            briefs = self.matrix[seconds] + self.matrix[first]
            overlap = np.minimum(briefs, self.expected).sum(axis=1)
            return coverage_f1(overlap, briefs.sum(axis=1), self.coverage.target)
        return single + self.gains([first], np.asarray(seconds))[seconds]

    def gains(self, chosen: list[int], pool: np.ndarray) -> np.ndarray:
        """Coverage F1 gain of adding each pool sentence. Only its own words change the overlap, so for
        a large (sparse) set each gain costs the sentence's length, not the vocabulary's."""
        brief = np.asarray(self.matrix[chosen].sum(axis=0)).ravel()
        capped = np.minimum(brief, self.expected)
        overlap, length = capped.sum(), brief.sum()
        base = float(coverage_f1(overlap, length, self.coverage.target))
        gains = np.full(self.matrix.shape[0], -1e9)  # outside the pool: only if the pool runs dry
        if isinstance(self.matrix, np.ndarray):  # an article: the whole pool in one array operation
            rows = self.matrix[pool]
            added = (np.minimum(rows + brief, self.expected) - capped).sum(axis=1)
            gains[pool] = coverage_f1(overlap + added, length + rows.sum(axis=1), self.coverage.target) - base
            return gains
        for i in pool:
            cols, counts = _row(self.matrix, i)
            added = np.minimum(brief[cols] + counts, self.expected[cols]).sum() - capped[cols].sum()
            gains[i] = float(coverage_f1(overlap + added, length + counts.sum(), self.coverage.target)) - base
        return gains


def _row(matrix, i: int) -> tuple[np.ndarray, np.ndarray]:
    """The non-zero columns and values of row ``i`` of a dense or sparse matrix."""
    if isinstance(matrix, np.ndarray):
        cols = np.flatnonzero(matrix[i])
        return cols, matrix[i, cols]
    row = matrix[i]
    return row.indices, row.data

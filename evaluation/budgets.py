"""Budgets of the evaluation: when a brief is full, how many sentences fill it, a headline's cut.

Shared by the systems and the oracle (which is one of them), so neither imports the other for them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .errors import EvaluationError
from .lead import count_words

__all__ = ["budget_full", "cut_words", "fill_budget"]


def budget_full(sentences: int, words: int, budget: Mapping[str, int]) -> bool:
    """Whether a brief of ``sentences`` sentences and ``words`` words has filled ``budget``."""
    if "sentences" in budget:
        return sentences >= budget["sentences"]
    if "words" in budget:
        return words >= budget["words"]
    raise EvaluationError(f"a brief budget is sentences=N or words=N, not {dict(budget)}")


def fill_budget(texts: Sequence[str], budget: Mapping[str, int]) -> int:
    """How many of ``texts``, taken in order, fill ``budget``: N sentences, or whole ones until >= N words.

    The same rule as the library's ``words=N``, so a baseline is never given more room than a method.
    """
    taken = words = 0
    while taken < len(texts) and not budget_full(taken, words, budget):
        words += count_words(texts[taken])
        taken += 1
    return taken


def cut_words(text: str, n: int) -> str:
    """The first ``n`` words of ``text`` (the headline baselines' cut)."""
    return " ".join(text.split()[:n])

"""Budgets of the evaluation: when a brief is full, how many sentences fill it, a headline's cut.

Shared by the systems and the oracle (which is one of them), so neither imports the other for them.
The rules are the library's (:mod:`summarizer.budget`): ``sentences=N`` is a count, ``words=N`` and
``characters=N`` are caps, so a baseline is never given more room than a method.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from summarizer.options import DEFAULTS

from .errors import EvaluationError
from .lead import count_words

__all__ = ["budget_full", "cut_words", "fill_budget", "headline_words", "within_budget"]


def budget_full(sentences: int, budget: Mapping[str, int]) -> bool:
    """Whether a brief of ``sentences`` sentences has used up a ``sentences=N`` budget (a cap never is:
    a shorter sentence may still fit)."""
    return "sentences" in budget and sentences >= budget["sentences"]


def within_budget(words: int, characters: int, budget: Mapping[str, int]) -> bool:
    """Whether a brief of ``words`` words and ``characters`` characters is within a ``words=N`` or
    ``characters=N`` cap (always, for a sentence budget)."""
    return words <= budget.get("words", words) and characters <= budget.get("characters", characters)


def fill_budget(texts: Sequence[str], budget: Mapping[str, int]) -> int:
    """How many of ``texts``, taken in order, the budget holds: N sentences, or as many as fit the cap."""
    if "sentences" not in budget and "words" not in budget and "characters" not in budget:
        raise EvaluationError(f"a brief budget is sentences=N, words=N or characters=N, not {dict(budget)}")
    taken = words = 0
    characters = -1
    while taken < len(texts) and not budget_full(taken, budget):
        words += count_words(texts[taken])
        characters += len(texts[taken]) + 1
        if not within_budget(words, characters, budget):
            break
        taken += 1
    return taken


def headline_words(budget: Mapping[str, int | None]) -> int:
    """The words a baseline's headline is cut to: the budget's, or with ``headline_words=None`` (the
    library's default, which aims at this many and may run a word or two past them to end on a
    complete phrase) the library's aim."""
    return budget["headline_words"] or DEFAULTS.default_headline_words


def cut_words(text: str, n: int) -> str:
    """The first ``n`` words of ``text`` (the headline baselines' cut)."""
    return " ".join(text.split()[:n])

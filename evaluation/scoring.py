"""ROUGE (Lin 2004) F1 from ``rouge-score``, with stemming, averaged over the references of an item.

One scorer is built per process and its tokenizer caches: the same references are scored against
every system, and many systems return the same sentences, so tokenizing and Porter-stemming once per
text is most of the saving. The tokens are exactly those of rouge-score's ``DefaultTokenizer``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

import numpy as np
from rouge_score import rouge_scorer, tokenize, tokenizers

from .settings import METRICS

__all__ = ["MEASURES", "cut_bytes", "ngrams", "score", "tokens"]


class _CachingTokenizer(tokenizers.Tokenizer):
    """rouge-score's default tokenization (lowercase, alphanumeric runs, Porter stems), memoized."""

    def __init__(self):
        from nltk.stem import porter  # the stemmer rouge-score's DefaultTokenizer uses

        self._stemmer = _CachingStemmer(porter.PorterStemmer())

    def tokenize(self, text: str) -> list[str]:
        return list(self._tokens(text))

    @lru_cache(maxsize=100_000)  # noqa: B019 - one instance per process, kept for the process's life
    def _tokens(self, text: str) -> tuple[str, ...]:
        return tuple(tokenize.tokenize(text, self._stemmer))


class _CachingStemmer:
    def __init__(self, stemmer):
        self.stem = lru_cache(maxsize=200_000)(stemmer.stem)


@cache
def _tokenizer() -> _CachingTokenizer:
    return _CachingTokenizer()


@cache
def _scorer() -> rouge_scorer.RougeScorer:
    return rouge_scorer.RougeScorer(list(METRICS), tokenizer=_tokenizer())


def tokens(text: str) -> tuple[str, ...]:
    """The tokens ROUGE compares for ``text``."""
    return _tokenizer()._tokens(text)


def cut_bytes(text: str, limit: int) -> str:
    """The first ``limit`` bytes of ``text`` in UTF-8, never ending inside a character (DUC's cut)."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def ngrams(toks: Sequence[str], n: int) -> Counter:
    # The n shifted copies of the tokens, zipped, are the n-grams (zip stops at the shortest).
    return Counter(zip(*(toks[i:] for i in range(n)), strict=False))


#: What a table may report of a ROUGE score, by the name ``Settings.measure`` gives it.
MEASURES = {"f1": "fmeasure", "recall": "recall"}


def score(prediction: str, references: Sequence[str], measure: str = "f1") -> np.ndarray:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 or recall (``measure``, as percentages) of ``prediction``,
    averaged over ``references``."""
    scorer = _scorer()
    field = MEASURES[measure]
    rows = [[getattr(scorer.score(ref, prediction)[m], field) for m in METRICS] for ref in references]
    return 100.0 * np.mean(rows, axis=0)

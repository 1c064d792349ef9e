"""The oracle: the best extractive brief the input allows, found by looking at the references.

Greedy selection against ROUGE, as used to label sentences for extractive training (Nallapati et al.
2017, SummaRuNNer; Kedzie et al. 2018): add the sentence that most raises the mean of ROUGE-1 and
ROUGE-2 F1 over the references, stop when the budget is full or no sentence helps. It is a ceiling for
the table, not the true optimum (that needs a search over subsets), and it is never a baseline.

The objective comes from n-gram counts kept up to date as sentences are added, with the scorer's own
tokens: the gain of a candidate only touches its own n-grams, so a step costs the size of the
candidates, not of the brief. Bigrams across a sentence boundary are left out of the search (the
final score, from rouge-score, counts them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from summarizer.pipeline import read_document

from .lead import count_words
from .scoring import ngrams, tokens
from .budgets import budget_full, cut_words, headline_words, within_budget

__all__ = ["Oracle"]

_ORDERS = (1, 2)  # ROUGE-1 and ROUGE-2


class Oracle:
    """Greedy ROUGE oracle; a system that is given the references (``sees_references``)."""

    sees_references = True

    def __call__(self, source, budget: Mapping[str, int], references: Sequence[str]):
        sentences = [s.text for s in read_document(source).sentences]
        if "headline_words" in budget:
            return _best_span(sentences, headline_words(budget), [_Counts(tokens(r)) for r in references])
        return [sentences[i] for i in sorted(self.choose(sentences, budget, references))]

    @staticmethod
    def choose(sentences: Sequence[str], budget: Mapping[str, int], references: Sequence[str]) -> list[int]:
        """The indices of the oracle's brief of ``sentences``, in the order it took them."""
        brief = _Brief([_Counts(tokens(r)) for r in references])
        candidates = {i: _Counts(tokens(s)) for i, s in enumerate(sentences)}
        chosen: list[int] = []
        words = characters = 0
        while candidates and not budget_full(len(chosen), budget):
            fitting = [
                i for i in candidates
                if within_budget(words + count_words(sentences[i]), characters + len(sentences[i]), budget)
            ]
            if not fitting:
                break
            best = max(fitting, key=lambda i: brief.value_with(candidates[i]))
            if brief.value_with(candidates[best]) <= brief.value:
                break  # no sentence raises the score: more text would only lower precision
            brief.add(candidates.pop(best))
            chosen.append(best)
            words += count_words(sentences[best])
            characters += len(sentences[best]) + 1
        return chosen


def _best_span(sentences: Sequence[str], limit: int, refs: Sequence[_Counts]) -> str:
    """The run of at most ``limit`` consecutive words of one sentence with the best objective.

    A headline is one short line, so the ceiling is the best extract of that length, not a sentence
    cut at its start (the library's compressed headlines beat that). A span worth having starts on a
    word found in some reference: a leading word in none of them only lowers precision, so other
    starts are skipped. Spans grow a word at a time, each step adding only the new n-grams.
    """
    known = set().union(*(ref.grams[0] for ref in refs))
    best_value, best_span = -1.0, ""
    for sentence in sentences:
        words = sentence.split()
        word_tokens = [tokens(w) for w in words]  # a text's tokens are its words' tokens, in order
        for start in range(len(words)):
            if not any((t,) in known for t in word_tokens[start]):
                continue
            brief, previous = _Brief(refs), None
            for end in range(start, min(len(words), start + limit)):
                if word_tokens[end]:
                    brief.add(_Counts(word_tokens[end], previous=previous))
                    previous = word_tokens[end][-1]
                if brief.value > best_value:
                    best_value, best_span = brief.value, " ".join(words[start : end + 1])
    return best_span or cut_words(sentences[0], limit)


class _Counts:
    """Unigram and bigram counts of a run of tokens, and their totals.

    ``previous`` is the token just before the run, when the run extends a text: it adds the one bigram
    that joins them.
    """

    def __init__(self, toks: Sequence[str], previous: str | None = None):
        joined = (previous, *toks) if previous is not None else tuple(toks)
        self.grams = [ngrams(toks, 1), ngrams(joined, 2)]
        self.totals = [sum(g.values()) for g in self.grams]


class _Brief:
    """The brief being built: its n-gram counts and, per reference and order, the clipped overlap."""

    def __init__(self, refs: Sequence[_Counts]):
        self.refs = refs
        self.grams = [Counter() for _ in _ORDERS]
        self.totals = [0 for _ in _ORDERS]
        self.overlaps = [[0 for _ in _ORDERS] for _ in refs]
        self.value = 0.0

    def _overlaps_with(self, part: _Counts) -> list[list[int]]:
        # Adding count c of n-gram g raises the clipped overlap by min(have + c, ref) - min(have, ref).
        return [
            [
                self.overlaps[r][k]
                + sum(
                    min(self.grams[k][g] + c, ref.grams[k][g]) - min(self.grams[k][g], ref.grams[k][g])
                    for g, c in part.grams[k].items()
                )
                for k in range(len(_ORDERS))
            ]
            for r, ref in enumerate(self.refs)
        ]

    def _value(self, overlaps: list[list[int]], totals: list[int]) -> float:
        """Mean F1 over references and orders: F1 = 2 * overlap / (predicted + reference n-grams)."""
        f1 = [
            2.0 * overlaps[r][k] / (totals[k] + ref.totals[k]) if overlaps[r][k] else 0.0
            for r, ref in enumerate(self.refs)
            for k in range(len(_ORDERS))
        ]
        return sum(f1) / len(f1) if f1 else 0.0

    def value_with(self, part: _Counts) -> float:
        totals = [t + p for t, p in zip(self.totals, part.totals, strict=True)]
        return self._value(self._overlaps_with(part), totals)

    def add(self, part: _Counts) -> None:
        self.overlaps = self._overlaps_with(part)
        for k in range(len(_ORDERS)):
            self.grams[k].update(part.grams[k])
            self.totals[k] += part.totals[k]
        self.value = self._value(self.overlaps, self.totals)

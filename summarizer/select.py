"""Selection: the best sentences within the budget, without saying the same thing twice.

Greedy Maximal Marginal Relevance (Carbonell & Goldstein 1998): each step takes the sentence with the
best ``lambda * salience - (1 - lambda) * max similarity to the sentences already chosen``, where
salience is the ranking score scaled to [0, 1]. On top of MMR's soft penalty, a candidate whose cosine
to any chosen sentence exceeds ``redundancy`` (or whose text repeats one) is never taken: merged sets
report the same facts in several articles and a brief must say each once.

A gain can only fall as sentences are chosen, so the greedy runs lazily (Minoux 1978): candidates wait
in a heap under their last gain, and only the one on top is brought up to date. The result is exactly
MMR's, at a cost near ``n log n`` rather than ``n`` per chosen sentence. Past ``NOVELTY_PICKS``
sentences a brief is an abridged text rather than a brief: the similarity to the chosen sentences is
no longer updated (a repeated text is still refused), so that a budget as large as the input costs
no more than a few hundred similarity rows.

Budgets (:mod:`summarizer.budget`): a sentence count stops the greedy; a cap (words, characters) passes
over a sentence that does not fit and goes on with shorter ones. When no whole sentence fits the cap,
the best ranked sentence is cut at a word boundary (:func:`cut_to_fit`).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .budget import ELLIPSIS, Budget
from .document import set_attribute
from .language import WORD
from .vectorize import Features

__all__ = ["Pick", "select_sentences", "cut_best", "cut_to_fit", "standardize", "text_key", "NOVELTY_PICKS"]

#: Chosen sentences whose similarities still steer the selection; see the module docstring.
NOVELTY_PICKS = 256


@dataclass(frozen=True, init=False)
class Pick:
    """A chosen sentence: its index in the document and, when it was cut to fit, the characters kept
    and the mark that ends them (the ellipsis, unless a cap of one character leaves no room for it)."""

    index: int
    kept: int | None = None
    mark: str = ""

    def __init__(self, index: int, kept: int | None = None, mark: str = ""):
        # The fields as the instance dict, set once (as document.Sentence does): a frozen dataclass's
        # own __init__ makes an object.__setattr__ call per field.
        set_attribute(self, "__dict__", {"index": index, "kept": kept, "mark": mark})

    @property
    def truncated(self) -> bool:
        return self.kept is not None


def standardize(x: np.ndarray) -> np.ndarray:
    """``x`` as z-scores, or each row of a 2-D ``x`` (all zeros where the values are constant)."""
    if type(x) is not np.ndarray or x.dtype != np.float64:
        x = np.asarray(x, dtype=np.float64)
    centred = x - np.add.reduce(x, axis=-1, keepdims=True) / x.shape[-1]  # x.mean's sum and division
    spread = np.sqrt(np.einsum("...i,...i->...", centred, centred) / x.shape[-1])[..., None]
    # No constant row (the least spread positive; a NaN fails as spread > 0 does): the division
    # everywhere, which costs less than the masked one; the least by one reduction, not a mask and .all().
    if spread.size and np.minimum.reduce(spread, axis=None) > 0:
        return centred / spread
    return np.divide(centred, spread, out=np.zeros_like(centred), where=spread > 0)


def select_sentences(
    scores: np.ndarray,
    features: Features,
    budget: Budget,
    *,
    redundancy: float,
    mmr_lambda: float,
    leans_on: Callable[[int], int] | None = None,
    allowed: np.ndarray | None = None,
) -> list[Pick]:
    """The chosen sentences, in the order they were chosen (best first); only ``allowed`` ones when
    a mask is given (it must allow one at least).

    ``leans_on(i)`` is the index of the sentence that sentence ``i`` needs before it to be understood
    (its article's previous sentence, for a sentence that opens with "He" or "But"), or -1; it is
    asked only of the sentences the greedy reaches. Such a
    sentence is taken only together with the one it leans on: that one is brought in first when it is
    new, fits the budget and is not redundant; otherwise the leaning sentence is passed over. Fewer
    sentences than the budget allows when the input runs out of new ones; never none for a non-empty
    input.
    """
    n = len(features.document.sentences)
    if n == 0:
        return []
    # Python floats and ints from here (the same doubles, the same IEEE operations as NumPy's on
    # them): NumPy scalars compare and add slowly, and its calls cost more than a few dozen numbers.
    values = scores.tolist()
    if math.isfinite(sum(values)):  # a NaN or an infinity would show in the sum
        low = min(values)  # NumPy's min and max, since every score is finite
        span = max(values) - low
        salience = [(v - low) / span for v in values] if span > 0 else [0.0] * n
    else:
        low = scores.min()
        span = scores.max() - low
        salience = ((scores - low) / span).tolist() if span > 0 else [0.0] * n
    lengths = features.document.table[:, 2].tolist()
    state = _State(features, budget, redundancy)
    if allowed is None:
        candidates = range(n)
        heap = [(-mmr_lambda * s, i) for i, s in enumerate(salience)]  # ties: the earlier sentence
    else:
        candidates = np.flatnonzero(allowed).tolist()
        heap = [(-mmr_lambda * salience[i], i) for i in candidates]
    heapq.heapify(heap)
    while heap and not state.full:
        stale, i = heapq.heappop(heap)
        gain = mmr_lambda * salience[i] - (1.0 - mmr_lambda) * state.closest.item(i)
        if gain < -stale - 1e-12:
            heapq.heappush(heap, (-gain, i))  # it fell behind: back in the heap at its new gain
            continue
        if not state.novel(i) or not state.fits(i, lengths):
            continue
        j = -1 if leans_on is None else leans_on(i)
        if j >= 0 and j not in state.chosen:
            if (allowed is None or allowed[j]) and state.novel(j) and state.fits_both(j, i, lengths):
                state.take(j, lengths)
                state.take(i, lengths)
            continue
        state.take(i, lengths)
    return state.picks or cut_best(candidates, scores, features, budget)


def cut_best(candidates, scores: np.ndarray, features: Features, budget: Budget) -> list[Pick]:
    """The brief when no whole sentence fits the cap: the best ranked of ``candidates``, cut."""
    best = max(candidates, key=lambda i: (scores[i], -i))
    kept = cut_to_fit(features.document.sentences[best].text, budget)
    room = budget.characters is None or kept + len(ELLIPSIS) <= budget.characters
    return [Pick(best, kept, ELLIPSIS if room else "")]


def cut_to_fit(text: str, budget: Budget) -> int:
    """How many characters of ``text`` to keep so that they and the ellipsis fit ``budget``'s caps:
    whole words, as many as fit; a first word longer than a character cap is cut inside (never empty;
    under a cap of one character, the one character leaves no room for the ellipsis)."""
    room = None if budget.characters is None else max(budget.characters - len(ELLIPSIS), 1)
    kept = 0
    for count, word in enumerate(WORD.finditer(text), 1):
        if (budget.words is not None and count > budget.words) or (room is not None and word.end() > room):
            break
        kept = word.end()
    return kept or max(1, min(len(text), room or 1))


class _State:
    """The brief being built: what is chosen, its length, and each sentence's closeness to it."""

    def __init__(self, features: Features, budget: Budget, redundancy: float):
        self.features = features
        self.budget = budget
        self.redundancy = redundancy
        self.closest = np.zeros(len(features.document.sentences))
        self.picks: list[Pick] = []
        self.chosen: set[int] = set()
        self.texts: set[str] = set()
        self.keys: dict[int, str] = {}  # text_key of the sentences asked about, each made once
        self.words = 0
        self.characters = -1  # sentences are joined by one space: the first adds none

    @property
    def full(self) -> bool:
        return self.budget.sentences is not None and len(self.picks) >= self.budget.sentences

    def novel(self, i: int) -> bool:
        if i in self.chosen:
            return False
        if not self.picks:
            return True
        return self.closest.item(i) <= self.redundancy and self.key(i) not in self.texts

    def key(self, i: int) -> str:
        key = self.keys.get(i)
        if key is None:
            key = self.keys[i] = text_key(self.features.document.sentences[i].text)
        return key

    def fits(self, i: int, lengths: list[int]) -> bool:
        text = self.features.document.sentences[i].text
        return self.budget.fits(self.words + lengths[i], self.characters + 1 + len(text))

    def fits_both(self, j: int, i: int, lengths: list[int]) -> bool:
        """Whether sentences ``j`` and ``i`` fit together (count and caps), ``j`` novel given ``i``."""
        sentences = self.features.document.sentences
        if self.budget.sentences is not None and len(self.picks) + 2 > self.budget.sentences:
            return False
        if self.features.similarities_to(i)[j] > self.redundancy:
            return False
        chars = self.characters + 2 + len(sentences[j].text) + len(sentences[i].text)
        return self.budget.fits(self.words + lengths[j] + lengths[i], chars)

    def take(self, i: int, lengths: list[int]) -> None:
        text = self.features.document.sentences[i].text
        self.picks.append(Pick(i))
        self.chosen.add(i)
        self.texts.add(self.key(i))
        self.words += lengths[i]
        self.characters += 1 + len(text)
        if len(self.picks) <= NOVELTY_PICKS:
            np.maximum(self.closest, self.features.similarities_to(i), out=self.closest)


def text_key(text: str) -> str:
    """What two sentences share when they repeat one text (case and spacing aside):
    ``" ".join(text.casefold().split())``."""
    folded = text.casefold()
    # A printable str has no whitespace but the ASCII space (every other whitespace character is a
    # control or a separator); with single spaces between words only, split and join give it back.
    if folded.isprintable() and "  " not in folded and folded[:1] != " " and folded[-1:] != " ":
        return folded
    return " ".join(folded.split())

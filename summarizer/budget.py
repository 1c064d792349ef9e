"""The length budget of one call, resolved once from the options and the document.

Every step that depends on the budget (the ranking's coverage signal, the selection, the evaluation)
reads this object; none re-derives it from the options.

* ``sentences=N``: at most N sentences; ``ratio=R``: at most ``ceil(R * n)`` of the n sentences.
* ``words=N`` and ``characters=N`` are caps: the brief never has more than N words (or characters,
  counting one space between sentences). Whole sentences fill the cap as well as they can; when no
  whole sentence fits, the best one is cut at a word boundary and marked ``truncated``.
* With no budget, ``default_sentences`` for one article and ``default_set_sentences`` for a set.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .document import Document
from .options import Options

__all__ = ["Budget", "resolve_budget", "ELLIPSIS"]

#: What a cut sentence ends with (one character: it counts against a ``characters`` cap).
ELLIPSIS = "…"
#: Average characters a word takes in English news, the space included: turns a character cap into
#: the brief length, in words, that the coverage signal expects (BBC and CNN/DailyMail: 5.9-6.1).
_CHARACTERS_PER_WORD = 6.0


@dataclass(frozen=True)
class Budget:
    """How long the brief may be, and what follows from it for the steps."""

    #: ``"sentences"``, ``"ratio"``, ``"words"`` or ``"characters"``: what the caller gave (or the default).
    kind: str
    #: At most this many sentences (``sentences`` and ``ratio``), else None.
    sentences: int | None
    #: At most this many words, else None.
    words: int | None
    #: At most this many characters (sentences joined by one space), else None.
    characters: int | None
    #: The length the brief is expected to have, in words (what the coverage signal aims at).
    target_words: float
    #: How many articles have a sentence: more than one is a merged set.
    articles: int

    @property
    def is_set(self) -> bool:
        return self.articles > 1

    @property
    def is_cap(self) -> bool:
        """Whether the budget is a length cap (words or characters) rather than a sentence count."""
        return self.words is not None or self.characters is not None

    def fits(self, words: int, characters: int) -> bool:
        """Whether a brief of ``words`` words and ``characters`` characters is within the caps."""
        return (self.words is None or words <= self.words) and (
            self.characters is None or characters <= self.characters
        )


def resolve_budget(options: Options, document: Document) -> Budget:
    """The budget of ``options`` for ``document``."""
    n = len(document.sentences)
    articles = document.size
    kind, value = options.budget_for(articles)
    mean = float(document.table[:, 2].sum()) / max(n, 1)
    sentences = words = characters = None
    if kind == "sentences":
        sentences = int(value)
        target = sentences * mean
    elif kind == "ratio":
        sentences = max(1, math.ceil(value * n - 1e-9))
        target = sentences * mean
    elif kind == "words":
        words = int(value)
        target = float(words)
    else:
        characters = int(value)
        target = characters / _CHARACTERS_PER_WORD
    return Budget(kind, sentences, words, characters, max(target, 1.0), articles)

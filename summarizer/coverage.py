"""Coverage: how much of the document a brief of a given length would say.

A brief of ``target`` words should read like the document shrunk to ``target`` words. The *expected
brief* gives each word stem ``target * (its count in the document) / (words in the document)``, plus
its count in the title, whose words the document's own lead nearly always uses. A candidate's coverage
is the F1 of its word overlap with that expected brief, counted the way ROUGE-1 counts (every word,
stop words included, each up to its expected count). It is an unsupervised estimate of what ROUGE
against an unseen summary rewards, in the spirit of KL-Sum (Haghighi & Vanderwende 2009) and of
coverage objectives for extractive summaries (Lin & Bilmes 2011).
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from .language import stems
from .vectorize import Features

__all__ = ["Coverage"]


class Coverage:
    """The expected brief of ``target`` words for the document of ``features``."""

    def __init__(self, features: Features, target: float):
        self.features = features
        self.target = max(float(target), 1.0)

    @property
    def counts(self) -> list[Counter]:
        return self.features.stem_counts

    def signal(self) -> np.ndarray:
        """Each sentence's coverage F1, its own words left out of the document it is compared with."""
        counts = self.counts
        total = self.features.stem_total
        words = sum(total.values())
        titles = self._title_counts()
        doc = self.features.document
        out = np.zeros(len(counts))
        for i, sentence in enumerate(counts):
            length = sum(sentence.values())
            rest = max(words - length, 1)
            title = titles[doc.sentences[i].article]
            overlap = sum(min(v, self.target * (total[k] - v) / rest + title.get(k, 0)) for k, v in sentence.items())
            out[i] = _f1(overlap, length, self.target)
        return out

    def expected(self) -> dict[str, float]:
        total = self.features.stem_total
        scale = self.target / max(sum(total.values()), 1)
        expected = {k: v * scale for k, v in total.items()}
        for title in self._title_counts():
            for k, v in title.items():
                expected[k] = expected.get(k, 0.0) + v / max(len(self.features.document.articles), 1)
        return expected

    def f1(self, brief: Counter, expected: dict[str, float]) -> float:
        """Coverage F1 of a brief given as a Counter of stems."""
        overlap = sum(min(v, expected.get(k, 0.0)) for k, v in brief.items())
        return _f1(overlap, sum(brief.values()), self.target)

    def _title_counts(self) -> list[Counter]:
        language = self.features.options.language
        return [Counter(stems(t, language)) if t else Counter() for t in self.features.document.titles]


def _f1(overlap: float, length: float, target: float) -> float:
    if overlap <= 0 or length <= 0:
        return 0.0
    precision, recall = overlap / length, overlap / target
    return 2 * precision * recall / (precision + recall)

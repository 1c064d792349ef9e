"""The ``default`` method: a learned linear ranking over TF-IDF, graph, position and text signals.

News puts its most important facts first, and a real lead is written to be the summary; but a lead
removed (or a merged set, or a long brief that must cover the article) changes what the first sentence
is worth. The model weighs standardized centrality signals (PacSum's directed degrees, TextRank,
centroid, title, coverage), position indicators and their interactions (:mod:`.signals`), so that it
learns when the opening is the news; two experts share those features, one for short briefs of one
article and one for sets and long briefs, and a gate on the length of the brief picks one per
document (:mod:`.model`). The weights (``weights.json``) were fit by
``python -m evaluation.fit`` on development data only (CNN/DailyMail validation, BBC items 401-1058,
DUC 2003, TAC): a logistic regression on greedy-oracle sentence labels (Nallapati et al. 2017),
refined by coordinate ascent on the ROUGE of the briefs the selection makes from the scores, and the
gate chosen on the same objective; see ``docs/evaluation.md``.

Selection is MMR under the budget for one article and, for a merged set, the brief that covers the
most of the set's shared concepts with the model's scores (:mod:`summarizer.cover`), with one rule
of its own: a sentence that leans on the one before it ("He said...", "But...") comes with that one
or not at all (:func:`.signals.leans_on`).
"""

from __future__ import annotations

import numpy as np

from ...budget import Budget
from ...vectorize import Features
from .model import load_model
from .signals import FEATURES, design, leans_on, signals

__all__ = ["rank", "leans_on", "design", "signals", "FEATURES"]


def rank(features: Features, budget: Budget) -> np.ndarray:
    """The model's score of each sentence of ``features.document``."""
    model = load_model()
    lengths = features.document.table[:, 2]
    expert = model.expert(budget, float(lengths.sum()) / len(lengths))  # the mean, from an exact sum
    return model.score(design(features, budget), expert)

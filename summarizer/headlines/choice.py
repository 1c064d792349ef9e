"""Which sentence a headline is made from: a small linear model over the first few sentences.

The lead is usually the news, but not always: a feature opens on its scene, a report on its
background. :func:`choose` scores the first ``Choice.first`` sentences of an article by cheap features of
the sentence as written (its place, how close it is to the article's centroid, how many of the
article's topic terms it holds, its length, its numbers and names) and puts them in the order of
their scores; :func:`make_headline` then takes the first of them that reads as news by its form, as
before, so the rules that protect the form still filter every line. The weights are fit by
``python -m evaluation.fit_headline`` on development data and shipped as ``choice.json``; nothing
is downloaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from ..vectorize import Features

__all__ = ["FEATURES", "Choice", "CHOICE_FILE", "choose", "design", "load_choice", "choice_from_json"]

CHOICE_FILE = "choice.json"
_VERSION = 1
#: The features of a candidate sentence, in the order of a row of :func:`design`.
FEATURES = (
    "second",  # the second sentence of the article's order (the lead is the baseline)
    "third",
    "later",  # the fourth or later
    "centroid",  # cosine of its TF-IDF vector with the article's centroid
    "topic",  # share of the article's topic terms (its highest TF-IDF sums) it holds
    "words",  # its words, over 30
    "short",  # fewer than 10 words
    "digits",  # it holds a number
    "names",  # capitalized words after its first, over its words
    "quote",  # a quotation mark inside it
)
_TOPIC_TERMS = 8  # the article's topic terms: this many highest sums of TF-IDF weight
_SHORT = 10
_QUOTES = frozenset("\"“”")


@dataclass(frozen=True)
class Choice:
    """A linear score over :data:`FEATURES`, applied to the first ``first`` sentences of an article."""

    weights: np.ndarray
    first: int
    #: What the weights were fit on and how (free text from the fit script).
    provenance: dict

    def to_json(self) -> dict:
        return {
            "version": _VERSION,
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in self.weights],
            "first": self.first,
            "provenance": self.provenance,
        }


def choice_from_json(data: dict) -> Choice:
    """The model of ``data`` (:meth:`Choice.to_json`'s shape); ValueError when it does not fit."""
    if data.get("version") != _VERSION or data.get("features") != list(FEATURES):
        raise ValueError("the headline choice's weights are for other features; refit them")
    weights = np.asarray(data["weights"], dtype=np.float64)
    if weights.shape != (len(FEATURES),) or int(data.get("first", 0)) < 1:
        raise ValueError("the headline choice's weights have the wrong shape")
    return Choice(weights, int(data["first"]), data.get("provenance", {}))


@cache
def load_choice() -> Choice:
    """The shipped model (read once)."""
    text = resources.files(__package__).joinpath(CHOICE_FILE).read_text(encoding="utf-8")
    return choice_from_json(json.loads(text))


def design(features: Features, indices: list[int]) -> np.ndarray:
    """One row of :data:`FEATURES` per sentence of ``indices`` (ranked in that order), all sentences of
    one article."""
    sentences = features.document.sentences
    tfidf = features.tfidf
    rows = tfidf[indices]
    if not isinstance(tfidf, np.ndarray):  # a sparse matrix (a very long text): only its rows made dense
        rows = rows.toarray()
    totals = np.asarray(tfidf.sum(axis=0)).ravel()
    norm = float(np.sqrt(totals @ totals))
    centroid = rows @ totals / norm if norm > 0 else np.zeros(len(indices))
    topic = np.argsort(-totals, kind="stable")[: min(_TOPIC_TERMS, totals.size)]
    held = (rows[:, topic] > 0).sum(axis=1) / max(len(topic), 1)
    matrix = np.zeros((len(indices), len(FEATURES)))
    matrix[:, 3] = centroid
    matrix[:, 4] = held
    for k, i in enumerate(indices):
        found = sentences[i].words
        n = len(found)
        if k:
            matrix[k, min(k, 3) - 1] = 1.0
        matrix[k, 5] = n / 30.0
        matrix[k, 6] = n < _SHORT
        text = sentences[i].text
        matrix[k, 7] = any(c.isdigit() for c in text)
        matrix[k, 8] = sum(w[:1].isupper() for w in found[1:]) / max(n, 1)
        matrix[k, 9] = not _QUOTES.isdisjoint(text)
    return matrix


def choose(features: Features, order: list[int], choice: Choice | None = None) -> list[int]:
    """``order`` (one article's sentences) with its first ``choice.first`` put in the order of their
    scores, highest first (ties keep their place)."""
    choice = choice or load_choice()
    head = order[: choice.first]
    if len(head) < 2:
        return order
    scores = design(features, head) @ choice.weights
    return [head[k] for k in np.argsort(-scores, kind="stable")] + order[choice.first :]

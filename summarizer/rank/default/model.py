"""The weights of the ``default`` model: a small versioned data file shipped inside the package.

The model is two linear experts over the features of :data:`summarizer.rank.default.signals.FEATURES`
and a gate that picks one per document:

* ``lead`` ranks a short brief of one article: in news the lead is written to be the summary, and a
  brief of a few sentences out of many is the lead's job;
* ``central`` ranks a merged set, and a long brief of one article (at least ``gate.sentences``
  sentences, counted as the budget's words over the article's mean sentence length): there the brief
  must cover the story, not only open it.

The gate depends on the document and the budget only, so every sentence of a document is scored by
the same expert and the scores compare. ``weights.json`` holds both experts' weights by feature name,
the gate, and the data and command that produced them (``python -m evaluation.fit``). It is read
once, on first use; nothing is downloaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from ...budget import Budget
from .signals import FEATURES

__all__ = ["EXPERTS", "Model", "load_model", "model_from_json", "WEIGHTS_FILE"]

WEIGHTS_FILE = "weights.json"
EXPERTS = ("lead", "central")
_VERSION = 2


@dataclass(frozen=True)
class Model:
    """Two linear scorers (``score = features @ weights``) and the length of a single article's brief,
    in sentences, from which the ``central`` one ranks it."""

    weights: dict[str, np.ndarray]
    sentences: float
    #: What the weights were fit on and how (free text from the fit script).
    provenance: dict

    def expert(self, budget: Budget, mean_words: float) -> str:
        """The expert that ranks a document whose sentences have ``mean_words`` words on average."""
        if budget.is_set or budget.target_words >= self.sentences * max(mean_words, 1.0) - 1e-9:
            return "central"
        return "lead"

    def score(self, matrix: np.ndarray, expert: str) -> np.ndarray:
        return matrix @ self.weights[expert]

    def to_json(self) -> dict:
        return {
            "version": _VERSION,
            "features": list(FEATURES),
            "experts": {name: [round(float(w), 6) for w in self.weights[name]] for name in EXPERTS},
            "gate": {"sentences": round(float(self.sentences), 6)},
            **self.provenance,
        }


@cache
def load_model() -> Model:
    """The shipped model (read once)."""
    text = resources.files(__package__).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return model_from_json(json.loads(text))


def model_from_json(data: dict) -> Model:
    """A :class:`Model` from its JSON form; the features must be those of this version of the code."""
    if data.get("version") != _VERSION or tuple(data.get("features", ())) != FEATURES:
        raise ValueError(
            f"{WEIGHTS_FILE} does not match this code's features; re-fit it with python -m evaluation.fit"
        )
    weights = {name: np.asarray(data["experts"][name], dtype=np.float64) for name in EXPERTS}
    provenance = {k: v for k, v in data.items() if k not in ("version", "features", "experts", "gate")}
    return Model(weights, float(data["gate"]["sentences"]), provenance)

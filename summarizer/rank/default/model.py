"""The weights of the ``default`` model: a small versioned data file shipped inside the package.

``weights.json`` holds one weight per feature of :data:`summarizer.rank.default.signals.FEATURES`, by
name, with the data and the command that produced it (``python -m evaluation.fit``). It is read once,
on first use; nothing is downloaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from .signals import FEATURES

__all__ = ["Model", "load_model", "WEIGHTS_FILE"]

WEIGHTS_FILE = "weights.json"
_VERSION = 1


@dataclass(frozen=True)
class Model:
    """A linear scoring model: ``score = features @ weights``."""

    weights: np.ndarray
    #: What the weights were fit on and how (free text from the fit script).
    provenance: dict

    def score(self, matrix: np.ndarray) -> np.ndarray:
        return matrix @ self.weights

    def to_json(self) -> dict:
        return {
            "version": _VERSION,
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in self.weights],
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
    provenance = {k: v for k, v in data.items() if k not in ("version", "features", "weights")}
    return Model(np.asarray(data["weights"], dtype=np.float64), provenance)

"""A protocol's table: each system's mean with its bootstrap interval, and ``default`` tested against it.

The baselines of a table are sumy's methods and the simple rules (body-lead, random, prefix), not our
other methods nor the oracle; the best baseline is the one with the highest mean ROUGE-1. The p-values
say, for every row, how often ``default`` fails to beat it when the items are resampled (see
:mod:`evaluation.stats`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .run import ProtocolResult
from .settings import METRICS, SETTINGS, Settings
from .stats import confidence_interval, paired_p_value, resample_indices
from .systems import is_baseline

__all__ = ["Row", "Table", "compare"]


@dataclass(frozen=True)
class Row:
    system: str
    #: Mean, interval low and high per metric (ROUGE-1, ROUGE-2, ROUGE-L), in percent.
    mean: tuple[float, ...]
    low: tuple[float, ...]
    high: tuple[float, ...]
    #: p of "the reference system beats this one" per metric; None for the reference system itself.
    p_value: tuple[float, ...] | None
    seconds: float

    def to_dict(self) -> dict:
        return {
            "system": self.system,
            "mean": dict(zip(METRICS, self.mean, strict=True)),
            "ci_low": dict(zip(METRICS, self.low, strict=True)),
            "ci_high": dict(zip(METRICS, self.high, strict=True)),
            "p_value": dict(zip(METRICS, self.p_value, strict=True)) if self.p_value is not None else None,
            "seconds": self.seconds,
        }


@dataclass(frozen=True)
class Table:
    protocol: str
    n_items: int
    rows: tuple[Row, ...]
    #: The system tested against every other (``default``), or None when it was not run.
    reference: str | None
    best_baseline: str | None
    confidence: float = SETTINGS.confidence

    def row(self, system: str) -> Row:
        return next(r for r in self.rows if r.system == system)

    def to_dict(self) -> dict:
        return {
            "protocol": self.protocol,
            "n_items": self.n_items,
            "reference": self.reference,
            "best_baseline": self.best_baseline,
            "confidence": self.confidence,
            "rows": [r.to_dict() for r in self.rows],
        }


def compare(result: ProtocolResult, settings: Settings = SETTINGS, *, reference: str = "default") -> Table:
    """The table of ``result``: intervals for every system, paired tests against ``reference``."""
    n = len(result.item_ids)
    indices = resample_indices(n, settings.resamples, settings.seed)
    has_reference = reference in result.scores
    rows = []
    for name, scores in result.scores.items():
        intervals = [
            confidence_interval(scores[:, m], indices, settings.confidence) for m in range(len(METRICS))
        ]
        p_value = None
        if has_reference and name != reference:
            base = result.scores[reference]
            p_value = tuple(paired_p_value(base[:, m], scores[:, m], indices) for m in range(len(METRICS)))
        rows.append(
            Row(
                system=name,
                mean=tuple(float(v) for v in scores.mean(axis=0)),
                low=tuple(low for low, _ in intervals),
                high=tuple(high for _, high in intervals),
                p_value=p_value,
                seconds=float(result.seconds.get(name, 0.0)),
            )
        )
    baselines = [r for r in rows if r.system != reference and is_baseline(r.system)]
    best = max(baselines, key=lambda r: r.mean[0]).system if baselines else None
    return Table(
        result.protocol, n, tuple(rows), reference if has_reference else None, best, settings.confidence
    )

"""A suite: every protocol that applies to a corpus, each run with the systems of its kind of table."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .comparison import Table, compare
from .corpus import Record
from .errors import UnknownSystemError
from .protocols import PROTOCOLS, build_items
from .run import ProtocolResult, run_protocol
from .settings import SETTINGS, Settings
from .systems import default_systems, list_systems

__all__ = ["Evaluation", "evaluate"]


@dataclass(frozen=True)
class Evaluation:
    """One protocol's measurements and its table."""

    result: ProtocolResult
    table: Table
    wall_seconds: float


def evaluate(
    records: Sequence[Record],
    protocols: Iterable[str] | None = None,
    *,
    systems: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    settings: Settings = SETTINGS,
    progress: bool = False,
) -> list[Evaluation]:
    """Run ``protocols`` (all that yield items when None) on ``records``, one :class:`Evaluation` each.

    Each table gets its default systems (see :func:`evaluation.default_systems`), kept to ``systems``
    when given and without ``exclude``; a protocol with no item on these records is left out.
    """
    wanted, unwanted = _names(systems), _names(exclude)
    evaluations = []
    for protocol in protocols if protocols is not None else PROTOCOLS:
        items = build_items(records, protocol, settings)
        if not items:
            continue
        names = [
            name
            for name in default_systems(headline=items[0].is_headline)
            if (wanted is None or name in wanted) and name not in unwanted
        ]
        if not names:
            continue
        start = time.perf_counter()
        result = run_protocol(protocol, items, names, settings=settings, progress=progress)
        table = compare(result, settings)
        evaluations.append(Evaluation(result, table, time.perf_counter() - start))
    return evaluations


def _names(names: Iterable[str] | None) -> set[str] | None:
    if names is None:
        return None
    names = set(names)
    unknown = sorted(names - set(list_systems()))
    if unknown:
        raise UnknownSystemError(
            f"unknown system(s) {', '.join(unknown)}; choose from: {', '.join(list_systems())}"
        )
    return names

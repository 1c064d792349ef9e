"""Running systems over the items of a protocol, and collecting one score row per item and system.

Every system is measured on the same items in the same run, so a table's rows compare, and the
per-item scores are kept for the paired bootstrap. With ``jobs > 1`` the (item, system) runs are
spread over forked worker processes; results do not depend on the number of workers.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from threadpoolctl import threadpool_limits
from tqdm import tqdm

from summarizer import SummarizerError

from .errors import EvaluationError, SystemFailedError
from .protocols import Item
from .scoring import cut_bytes, score
from .settings import METRICS, SETTINGS, Settings
from .systems import System, resolve_systems

__all__ = ["ProtocolResult", "mean_scores", "run_protocol"]


@dataclass(frozen=True)
class ProtocolResult:
    """Per-item scores of every system on one protocol."""

    protocol: str
    item_ids: tuple[str, ...]
    #: System name -> array of shape (items, 3): ROUGE-1, ROUGE-2, ROUGE-L F1 in percent.
    scores: Mapping[str, np.ndarray]
    #: System name -> seconds spent inside the system, summed over items (scoring excluded).
    seconds: Mapping[str, float]

    @property
    def systems(self) -> tuple[str, ...]:
        return tuple(self.scores)


def run_protocol(
    protocol: str,
    items: Sequence[Item],
    systems: Mapping[str, System | str] | Iterable[str] | None = None,
    *,
    settings: Settings = SETTINGS,
    progress: bool = False,
) -> ProtocolResult:
    """Run ``systems`` (names, a mapping name -> callable, or None for the table's defaults) on ``items``."""
    if not items:
        raise EvaluationError(f"protocol {protocol!r} has no item on this corpus")
    resolved = resolve_systems(systems, headline=items[0].is_headline, settings=settings)
    names = list(resolved)
    tasks = [(i, name) for i in range(len(items)) for name in names]
    scores = {name: np.zeros((len(items), len(METRICS))) for name in names}
    seconds = dict.fromkeys(names, 0.0)
    # disable=None: tqdm draws the bar on a terminal only, so logs and pipes stay clean.
    bar = tqdm(total=len(tasks), desc=protocol, unit="run", disable=None if progress else True, leave=False)
    with bar:
        for i, name, row, elapsed in _execute(tasks, items, resolved, settings):
            scores[name][i] = row
            seconds[name] += elapsed
            bar.update()
    return ProtocolResult(protocol, tuple(item.id for item in items), scores, seconds)


def mean_scores(result: ProtocolResult) -> dict[str, dict[str, float]]:
    """Mean ROUGE-1, ROUGE-2 and ROUGE-L F1 (percent) per system: the quick number for tuning."""
    return {
        name: {metric: float(value) for metric, value in zip(METRICS, rows.mean(axis=0), strict=True)}
        for name, rows in result.scores.items()
    }


def _execute(tasks, items, systems, settings: Settings):
    # One BLAS thread per process, as in the CLI's workers: sumy's LSA decomposes a words x sentences
    # matrix, and on a busy 2-core machine OpenBLAS's own threads made one SVD take 9 s instead of 0.14.
    jobs = settings.jobs
    if jobs <= 1 or len(tasks) < 2:
        with threadpool_limits(1):
            for i, name in tasks:
                yield i, name, *_run_one(items[i], name, systems[name], settings)
        return
    # Forked workers inherit the items and the systems (closures and lambdas included), so nothing
    # but an index pair and a score row crosses a pipe.
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_init_worker, initargs=(items, systems, settings)) as pool:
        yield from pool.imap_unordered(_run_task, tasks, chunksize=4)


def _run_one(item: Item, name: str, system: System, settings: Settings) -> tuple[np.ndarray, float]:
    start = time.perf_counter()
    try:
        if getattr(system, "sees_references", False):
            output = system(item.source, item.budget, references=item.references)
        else:
            output = system(item.source, item.budget)
    except SummarizerError as error:
        raise SystemFailedError(f"system {name!r} failed on item {item.id!r}: {error}") from error
    except Exception as error:  # not ours to handle: say where it happened and let it go on
        error.add_note(f"while running system {name!r} on item {item.id!r}")
        raise
    elapsed = time.perf_counter() - start
    text = output if isinstance(output, str) else "\n".join(output)
    if item.is_headline and settings.headline_bytes is not None:
        text = cut_bytes(text, settings.headline_bytes)
    return score(text, item.references, settings.measure), elapsed


# Set once in each forked worker by the pool's initializer: the work every task indexes into.
_worker_state: tuple[Sequence[Item], Mapping[str, System], Settings] | None = None


def _init_worker(items, systems, settings) -> None:
    global _worker_state  # noqa: PLW0603 - the one piece of state a forked worker needs
    _worker_state = (items, systems, settings)
    threadpool_limits(1)


def _run_task(task: tuple[int, str]):
    items, systems, settings = _worker_state
    i, name = task
    return (i, name, *_run_one(items[i], name, systems[name], settings))

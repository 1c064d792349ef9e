"""What one run of the CLI does: :class:`RunConfig`, the one place the CLI's own defaults live.

The summarizer's options (budget, method, ...) are a :class:`summarizer.Options` and take their
defaults from :data:`summarizer.DEFAULTS`; this class holds only what the library does not know:
where items come from and go to, and how the work is spread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..options import DEFAULTS, Options

__all__ = ["RunConfig", "RunSummary", "available_cores"]


@dataclass(frozen=True)
class RunConfig:
    paths: tuple[str, ...]
    options: Options = DEFAULTS
    output: str | None = None
    #: ``text``, ``json``, ``jsonl`` or ``markdown``; ``None``: text on a terminal, else JSONL.
    format: str | None = None
    merge: bool = False
    #: Group the items into stories and write one merged brief per story (``--cluster``).
    cluster: bool = False
    #: Worker processes; ``None``: one per core this process may use.
    jobs: int | None = None
    #: ``None``: a progress bar when standard error is a terminal and results do not go to it.
    progress: bool | None = None
    resume: bool = False
    engine: str = "local"
    scheduler: str | None = None
    #: Items sent to a worker at a time: large enough that ``summarize_many`` shares its NumPy calls
    #: out thinly (8 items cost about 40% more per item than 256; with caches warm, 32, 64, 128 and
    #: 256 BBC articles a call cost 3.59, 3.35, 3.28 and 3.24 million instructions an article) and
    #: inter-process traffic is negligible, small enough to balance the workers and to show the
    #: first records soon.
    batch_size: int = 128
    #: Bytes of JSONL per dask partition (about 5,000 news articles, a minute of work for a worker).
    partition_size: str = "16MiB"

    @property
    def workers(self) -> int:
        return self.jobs if self.jobs is not None else available_cores()


@dataclass
class RunSummary:
    """What a run did: records written, how many failed, and whether a signal stopped it.

    ``kept`` and ``kept_failed`` count the records an earlier run had written (``--resume``), so
    that the exit status of a resumed run speaks for the whole output.
    """

    records: int = 0
    failed: int = 0
    internal: int = 0
    kept: int = 0
    kept_failed: int = 0
    stopped_by: int | None = None
    traces: list[str] = field(default_factory=list)

    def add(self, failed: bool, trace: str | None) -> None:
        self.records += 1
        self.failed += failed
        if trace is not None:
            self.internal += 1
            if not self.traces:  # the first is enough to report a bug; a systematic one repeats
                self.traces.append(trace)

    def absorb(self, part: RunSummary) -> None:
        """Add the counts of ``part`` (one dask partition) to this summary."""
        self.records += part.records
        self.failed += part.failed
        self.internal += part.internal
        self.traces = self.traces or part.traces


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1

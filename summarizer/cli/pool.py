"""The local engine: :func:`process_batch` over a stream of items, in order, on ``jobs`` processes.

Items go to the workers in batches (one round trip per batch, not per item; a worker summarizes a
batch with :func:`summarizer.summarize_many`, which ranks its articles together) and at most
``_WINDOW`` batches per worker are in flight, so however long the input, only a few hundred items
are in memory at once; results come back in input order. ``Executor.map`` would read the whole input
up front, which is why the window is kept by hand.

A worker that dies (killed for memory, a crash in a C extension) does not end the run: the batches it
broke are run again item by item in a fresh pool, and the one item that kills a worker again gets an
error record ``worker_died``.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice

from ..language import load_detector
from ..options import Options
from .items import RawItem, item_id
from .records import Outcome, error_record, process_batch

__all__ = ["outcomes", "WORKER_DIED"]

WORKER_DIED = "worker_died"
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_WINDOW = 4  # batches in flight per worker: enough to keep every worker busy
_POOL_ITEMS = 8  # fewer items than this are summarized in the command's own process


def outcomes(items: Iterable[RawItem], options: Options, jobs: int, batch_size: int) -> Iterator[Outcome]:
    """The outcome of every item, in input order; ``jobs`` > 1 uses that many processes."""
    with _frozen_heap():
        yield from _outcomes(iter(items), options, jobs, batch_size)


def _outcomes(items: Iterator[RawItem], options: Options, jobs: int, batch_size: int) -> Iterator[Outcome]:
    first = list(islice(items, batch_size))
    rest = iter(lambda: list(islice(items, batch_size)), [])
    # In this process either way: its own summarizing, or the workers forked from it inherit the limit.
    _one_blas_thread()
    if jobs <= 1 or len(first) < _POOL_ITEMS:  # one process, or too little work to start a pool for
        for batch in chain([first], rest):
            yield from process_batch(batch, options)
        return
    # An input shorter than a batch is shared out among the workers.
    size = batch_size if len(first) == batch_size else -(-len(first) // jobs)
    batches = chain((first[i : i + size] for i in range(0, len(first), size)), rest)
    with _Pool(jobs, options) as pool:
        pending: deque[tuple[list[RawItem], Future, ProcessPoolExecutor]] = deque()
        for batch in batches:
            pending.append((batch, *pool.submit(batch)))
            if len(pending) >= jobs * _WINDOW:
                yield from pool.results(*pending.popleft())
        while pending:
            yield from pool.results(*pending.popleft())


class _Pool:
    """A process pool that replaces itself when a worker dies."""

    def __init__(self, jobs: int, options: Options):
        self.jobs = jobs
        self.options = options
        self.executor = self._start()

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, exc_type, *exc_info) -> None:
        if exc_type is not None:
            # Stopped by a signal, or the reader went away: the running batches are not waited for
            # (one item can take minutes); their records are redone by --resume.
            _terminate_workers(self.executor)
        self.executor.shutdown(wait=True, cancel_futures=True)

    def submit(self, batch: list[RawItem]) -> tuple[Future, ProcessPoolExecutor]:
        return self.executor.submit(process_batch, batch, self.options), self.executor

    def results(self, batch: list[RawItem], future: Future, executor: ProcessPoolExecutor) -> list[Outcome]:
        try:
            return future.result()
        except BrokenProcessPool:
            self._replace(executor)
            # Which item killed the worker is unknown: run the batch again one item at a time.
            return [self._alone(item) for item in batch]

    def _alone(self, item: RawItem) -> Outcome:
        future, executor = self.submit([item])
        try:
            return future.result()[0]
        except BrokenProcessPool:
            self._replace(executor)
            message = f"{item.where}: the worker process died on this item (out of memory, or a crash)"
            return Outcome.of(error_record(item_id(item), WORKER_DIED, message), failed=True)

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        if broken is self.executor:  # the futures of an older, already replaced pool need nothing
            # Waiting lets the broken pool's threads end, so the new one can fork (see _context).
            broken.shutdown(wait=True, cancel_futures=True)
            self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = _context()
        forked = context.get_start_method() == "fork"
        if forked:
            # Forked workers share what the parent loaded; else each loads the model the first time a
            # text does not read as English (one BBC article in a thousand is enough).
            load_detector()
            gc.freeze()  # the model too (see _frozen_heap)
        return ProcessPoolExecutor(
            self.jobs, mp_context=context, initializer=_init_worker, initargs=(forked,)
        )


@contextlib.contextmanager
def _frozen_heap() -> Iterator[None]:
    """Leave what is alive at the start of the run (the library, its tables and models: some 55,000
    containers) out of the garbage collector's passes, in this process and in the workers forked from it.

    A full pass visits every object the process tracks, and writes to the pages a worker shares with
    the command (copy-on-write): with them frozen, the collector of the two workers of a BBC run went
    from 166 to 105 million instructions. ``gc.freeze()`` before the fork is what Python's
    documentation advises for it. The objects are given back to the collector when the run ends,
    unless the program had frozen some itself (then it decides when to unfreeze)."""
    ours = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if ours:
            gc.unfreeze()


def _terminate_workers(executor: ProcessPoolExecutor) -> None:
    terminate = getattr(executor, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    processes = list((getattr(executor, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(_TERMINATE_WAIT)
    # A worker ended while it wrote a result leaves half a message in the result pipe, and the pool's
    # thread would wait for the rest for ever (a stopped run then never returned: seen in CI). With the
    # workers gone, closing the command's own copy of the pipe's writing end ends that read (end of
    # file): the thread takes the pool for broken and the shutdown goes on.
    if all(not process.is_alive() for process in processes):
        writer = getattr(getattr(executor, "_result_queue", None), "_writer", None)
        if writer is not None:
            writer.close()


_TERMINATE_WAIT = 5.0  # seconds a terminated worker is given to end


def _context():
    # fork: a worker starts with the library already imported and its lazy caches warm (importing
    # scikit-learn alone takes seconds). Forking a process that runs other threads can deadlock,
    # so then the forkserver, preloaded with the library once, is used instead.
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["summarizer.cli.records"])
    return context


def _init_worker(forked: bool) -> None:
    # Ctrl-C reaches every process of the terminal's group; only the parent decides what it means
    # (stop, close the output, end the workers), so the workers ignore it. A forked worker inherits
    # the parent's SIGTERM handler (signals.py), but SIGTERM is how the parent ends it: the default.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    if not forked:  # a forked worker has the parent's one BLAS thread already (see _one_blas_thread)
        _one_blas_thread()


def _die_with_parent() -> None:
    """Have the kernel kill this worker when its parent dies (``kill -9`` of the run included).

    Linux's ``prctl(PR_SET_PDEATHSIG)``, through ctypes: without it a killed run left its workers
    summarizing for nobody until their queue ran dry. A worker started by the forkserver dies with the
    forkserver, which itself ends when the run does.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0 and os.getppid() == 1:
        os._exit(1)  # the parent died before the call above: nothing will send the signal now


def _one_blas_thread() -> None:
    """The processes are the parallelism, and an article's matrices are small: a BLAS thread pool
    would only fight over the cores (on a busy 2-core machine it made the similarity product of a
    BBC article 14 times slower).

    Set in the command before it forks, and not again in a forked worker, which inherits it: OpenBLAS
    shuts its threads down at a fork, and the call in a worker started one again in each of the two
    OpenBLAS libraries (NumPy's and SciPy's), which spin before they sleep (0.01 to 0.1 s of CPU
    each, beside the worker's first batch; 10 to 15 ms of the worker's own CPU for the call). A
    worker that inherits the limit of one starts no thread at all."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)

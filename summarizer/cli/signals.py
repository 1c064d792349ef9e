"""A clean stop on Ctrl-C or SIGTERM: the first signal stops the run at once, between two records.

The handler raises :class:`Stopped` in the main thread wherever it is: waiting for a worker, reading
an input that never comes, summarizing in-process. Only the writing of one record is shielded
(:meth:`Stop.writing`): a signal that lands there takes effect as soon as the record is whole, so
the output always ends on a whole record and ``--resume`` finishes the run. The run then ends its
workers without waiting for them (a worker may be stuck on one item for minutes). The handler then
steps aside, and a second signal acts as it would without it (``KeyboardInterrupt``, or the end of
the process for SIGTERM).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

__all__ = ["Stop", "Stopped", "stop_on_signals"]


class Stopped(BaseException):
    """A signal asked the run to stop. A ``BaseException``: no ``except Exception`` may swallow it."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class Stop:
    #: The signal that asked the run to stop, or ``None``.
    signum: int | None = None
    _writing: bool = False

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Shield the writing of one record: a signal meanwhile stops the run right after it."""
        self._writing = True
        try:
            yield
        finally:
            self._writing = False
        if self.signum is not None:
            raise Stopped(self.signum)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[Stop]:
    stop = Stop()
    if threading.current_thread() is not threading.main_thread():  # only the main thread gets signals
        yield stop
        return

    def note(signum, frame):
        stop.signum = signum
        signal.signal(signum, previous[signum])
        if not stop._writing:
            raise Stopped(signum)

    previous = {signum: signal.signal(signum, note) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)

"""A clean stop on Ctrl-C or SIGTERM: the first signal asks the run to stop after the records in hand.

The loop that writes records checks :attr:`Stop.signum` after each one, so the output ends on a whole
record; the handler then steps aside, and a second signal acts at once (``KeyboardInterrupt``).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

__all__ = ["Stop", "stop_on_signals"]


class Stop:
    #: The signal that asked the run to stop, or ``None``.
    signum: int | None = None


@contextlib.contextmanager
def stop_on_signals() -> Iterator[Stop]:
    stop = Stop()
    if threading.current_thread() is not threading.main_thread():  # only the main thread gets signals
        yield stop
        return

    def note(signum, frame):
        stop.signum = signum
        signal.signal(signum, previous[signum])

    previous = {signum: signal.signal(signum, note) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)

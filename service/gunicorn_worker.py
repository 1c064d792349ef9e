"""gunicorn's sync worker, which on SIGTERM also serves the connections already waiting for it; and
the bound on the memory a large request leaves in a worker (:func:`release_memory`).

gunicorn's own sync worker stops after its current request: connections that were accepted by the
kernel and queued on the listening socket are reset when the last worker closes it (4 of 4 in the
issue's test), although their clients did nothing wrong and a deploy or a scale-down sends exactly
that SIGTERM. This worker, told to stop, keeps accepting until the queue is empty, then exits. The
master still bounds the whole stop with ``graceful_timeout`` (20 s), so a queue that never empties
cannot hold it for good. ``gunicorn.conf.py`` makes it the default worker class.
"""

from __future__ import annotations

import ctypes
import errno
import os
import sys

from gunicorn.workers.sync import StopWaiting, SyncWorker

__all__ = ["DrainingSyncWorker", "LARGE_BODY", "release_memory"]

#: A request body this large (bytes; an ordinary article is 2 to 10 kB) is a large request.
LARGE_BODY = 256 * 1024


class DrainingSyncWorker(SyncWorker):
    draining = False

    def handle_exit(self, sig, frame):
        # Not ``alive = False`` yet: the loop below stops once nobody is waiting. The signal also
        # wakes a worker waiting in select (gunicorn's wakeup fd).
        self.draining = True

    def run_for_one(self, timeout):
        # SyncWorker.run_for_one, with one change: a draining worker returns when accept() finds no
        # connection waiting, instead of at the next turn of the loop.
        listener = self.sockets[0]
        while self.alive:
            self.notify()
            try:
                self.accept(listener)
                continue
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                    raise
            if self.draining or not self.is_parent_alive():
                return
            try:
                self.wait(timeout)
            except StopWaiting:
                return


def release_memory(worker, environ: dict, limit_mb: float) -> None:
    """gunicorn's ``post_request``: after a large request, bound what the worker keeps.

    A large request (the limits allow 2 MB and 100,000 words) grows the worker's heap, and CPython and
    glibc keep most of it after the request: a worker went from 60 MB to 137 MB resident after ten of
    them, and stayed there (``benchmarks/worker_memory.py``). So after a request whose body is over
    :data:`LARGE_BODY`, glibc hands its free heap back (``malloc_trim``), and if the worker is still
    above ``limit_mb`` it retires after this request: the master forks a fresh one from the preloaded
    app within about 50 ms, and queued connections wait for it. Ordinary requests never pay for the
    check, so the bounded per-word caches warm as designed.
    """
    if not limit_mb or int(environ.get("CONTENT_LENGTH") or 0) < LARGE_BODY:
        return
    _malloc_trim()
    resident = _resident_mb()
    if resident is not None and resident > limit_mb:
        worker.log.info(
            "Worker %s keeps %.0f MB after a large request (SUMMARIZER_WORKER_MAX_RSS_MB=%s): replacing it",
            worker.pid, resident, limit_mb,
        )  # fmt: skip
        worker.alive = False


def _malloc_trim() -> None:
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).malloc_trim(0)
        except (OSError, AttributeError):  # not glibc
            pass


def _resident_mb() -> float | None:
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except OSError:  # not Linux
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20

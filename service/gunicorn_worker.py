"""gunicorn's sync worker, which on SIGTERM also serves the connections already waiting for it.

gunicorn's own sync worker stops after its current request: connections that were accepted by the
kernel and queued on the listening socket are reset when the last worker closes it (4 of 4 in the
issue's test), although their clients did nothing wrong and a deploy or a scale-down sends exactly
that SIGTERM. This worker, told to stop, keeps accepting until the queue is empty, then exits. The
master still bounds the whole stop with ``graceful_timeout`` (20 s), so a queue that never empties
cannot hold it for good. ``gunicorn.conf.py`` makes it the default worker class.
"""

from __future__ import annotations

import errno

from gunicorn.workers.sync import StopWaiting, SyncWorker

__all__ = ["DrainingSyncWorker"]


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

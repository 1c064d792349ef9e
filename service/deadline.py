"""A time limit on each request, below gunicorn's worker timeout: past it, a JSON 503 and the worker lives on.

Without it, a request that runs too long (sumy's KL method on a large merged set takes minutes) holds
its worker until gunicorn's master kills the worker (``timeout``, 30 s), and the client gets
gunicorn's own HTML 500. With it, the request ends after ``REQUEST_TIMEOUT`` seconds in a
``503 timeout`` JSON error, and the same worker serves the next request.

The limit is a SIGALRM timer, armed before each request and disarmed after it, so it applies where
requests run on the main thread: gunicorn's sync workers, the default. Threaded servers (``gthread``,
``flask run``) rely on gunicorn's timeout alone. The alarm interrupts Python code between bytecodes (a
long NumPy call or regular expression finishes its step first), and a body read from a client that
has stopped sending.
"""

from __future__ import annotations

import signal
import threading

from flask import Flask

from .errors import RequestTimeoutError

__all__ = ["limit_request_time"]


def limit_request_time(app: Flask) -> None:
    """Arm a ``REQUEST_TIMEOUT``-second timer around each request of ``app`` (0 turns it off)."""
    seconds = app.config["REQUEST_TIMEOUT"]
    if not seconds or not hasattr(signal, "setitimer"):
        return

    def expire(signum, frame):
        raise RequestTimeoutError(
            f"the request took more than {seconds:g} s (SUMMARIZER_REQUEST_TIMEOUT) and was stopped; "
            "send less text, or use a faster method (the default is)"
        )

    @app.before_request
    def arm():
        if threading.current_thread() is threading.main_thread():
            if signal.getsignal(signal.SIGALRM) is not expire:  # once, unless another app took it since
                signal.signal(signal.SIGALRM, expire)
            signal.setitimer(signal.ITIMER_REAL, seconds)

    @app.teardown_request
    def disarm(exc):
        if threading.current_thread() is threading.main_thread():
            signal.setitimer(signal.ITIMER_REAL, 0)

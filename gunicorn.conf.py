"""Gunicorn settings of the summarizer service (``Procfile``: ``gunicorn --config gunicorn.conf.py ...``).

Every setting can be changed from the environment with the service's prefix, ``SUMMARIZER_<NAME>``;
``PORT`` is the platform's usual variable. The defaults and the reasons for them are in docs/service.md.
"""

import gc
import json
import os


def _env(name: str, default):
    """``SUMMARIZER_<name>`` read as the app reads its settings (Flask's ``from_prefixed_env``): JSON
    when it parses (``4``, ``false``), else the string itself."""
    value = os.environ.get(f"SUMMARIZER_{name}")
    if value is None:
        return default
    try:
        return json.loads(value)
    except ValueError:
        return value


# One BLAS thread per worker: the workers already use every core, and more threads would only make
# them compete (and each OpenBLAS thread holds its own buffers). Set before numpy is imported.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

bind = f"{_env('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"

# Summarizing is CPU-bound pure computation (~6 ms of one core for a BBC article), so sync workers,
# one request each, as many as cores: more workers than cores only queue behind the same CPUs, and
# threads lengthen the tail (measured in docs/service.md). gunicorn's sync worker, except that on
# SIGTERM it serves the connections already queued before it exits (service/gunicorn_worker.py).
worker_class = _env("WORKER_CLASS", "service.gunicorn_worker.DrainingSyncWorker")
workers = _env("WORKERS", os.cpu_count() or 1)
threads = _env("THREADS", 1)

# Import the app and the library (1-2 s, ~60 MB) once in the master; workers share those pages.
preload_app = _env("PRELOAD", True)


def when_ready(server):
    """Warm the library once in the master, before the workers fork.

    With the app preloaded, one ``/readyz`` here fills the library's lazy caches (stop words, stemmer,
    the registry of rankers and what it imports), so the workers share them and no worker's first
    request pays for them.
    """
    if server.cfg.preload_app:
        status = server.app.wsgi().test_client().get("/readyz").status_code
        server.log.info("Warmed the summarizer in the master: /readyz answered %s", status)
        # What the master holds now (modules, the model, the word lists) lives as long as the
        # workers: frozen, the garbage collector's full passes in a worker no longer walk it (a
        # pause of tens of ms in the tail of the latencies) nor write to its pages (shared with
        # the master until written).
        gc.collect()
        gc.freeze()


# A request is bounded by SUMMARIZER_MAX_WORDS (100,000 words, ~1 s of CPU); a worker silent for 30 s is stuck.
timeout = _env("TIMEOUT", 30)
graceful_timeout = _env("GRACEFUL_TIMEOUT", 20)

# Recycle a worker now and then, so that memory a library might leak does not stay for good (what a
# rare huge request leaves is bounded at once, below; ordinary requests leave none: 51,012 requests
# on the same workers kept their memory flat, docs/operations.md). Seldom: a recycle takes a worker
# out for about 0.1 s (its exit, the master's fork) and its replacement starts with cold per-word
# tables, so every recycle puts a few dozen requests in the latency tail; at 5,000 requests it came
# every 20 s of full load (docs/service.md, "Load").
max_requests = _env("MAX_REQUESTS", 100_000)
max_requests_jitter = _env("MAX_REQUESTS_JITTER", 10_000)

# And at once after a large request that leaves the worker above this many MB resident (0: never);
# an ordinary worker holds 60 to 70 MB (service/gunicorn_worker.py, docs/operations.md).
worker_max_rss_mb = _env("WORKER_MAX_RSS_MB", 100)


def post_request(worker, req, environ, resp):
    from service.gunicorn_worker import release_memory

    release_memory(worker, environ, worker_max_rss_mb)

# Gunicorn 27's control socket (for ``gunicornc``) is off: nothing here uses it, and instances on one
# host would share its default path.
control_socket_disable = not _env("CONTROL_SOCKET", False)

# The sync worker has no keep-alive; behind a proxy that buffers slow clients, this is the usual layout.
backlog = _env("BACKLOG", 2048)
accesslog = _env("ACCESS_LOG", "-") or None
# gunicorn's logger, with the access log's default line built from the nine values it shows rather
# than from every header and environ variable (service/access_log.py).
logger_class = "service.access_log.AccessLogger"
errorlog = "-"
loglevel = _env("LOG_LEVEL", "info")

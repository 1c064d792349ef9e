"""Soak test of the HTTP service: a bounded flood of real articles, zero errors, flat worker memory.

Usage::

    python benchmarks/soak.py ../shared/data/bbc_articles_dev.jsonl [--requests 50000] [--first 5000]
        [--connections 16] [--no-recycle] [--max-seconds 1800]

Starts the Procfile's gunicorn on a free loopback port (``gunicorn.conf.py``'s defaults: one sync worker
per core, recycled every ``SUMMARIZER_MAX_REQUESTS`` requests, 100,000 ± 10,000 by default: the default
``--requests`` reaches no recycle, so pass more, or set ``SUMMARIZER_MAX_REQUESTS`` lower, to soak through
one), then runs wrk with ``benchmarks/soak.lua``, which POSTs
single articles of the corpus to ``/v1/summarize``: first
``--first`` requests, then the worker memory is read, then the rest up to ``--requests``, and the
memory is read again. wrk stops on a duration, not a count, so the load is a series of wrk runs, each
sized from the rate of the one before: the counts are reached or passed by a few hundred. ``--no-recycle`` sets ``SUMMARIZER_MAX_REQUESTS=0``, so the same workers serve
every request and a leak cannot hide behind a restart.

Reports requests, requests/s, latency, errors (non-2xx answers and socket errors, as wrk counts them),
and per worker the resident memory (RSS) and the memory it alone holds (USS), after the first part and
at the end, with the growth between the two. Pass: at least 50,000 requests, no error, growth of the
workers' mean RSS under 10%. Every wrk run is bounded by its count and by ``--max-seconds``.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import psutil
from harness import Server, corpus_bodies, wrk

LUA = Path(__file__).with_name("soak.lua")
TARGET = {"requests": 50_000, "growth": 0.10}
CHUNK_S = 120


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    bodies = corpus_bodies(args.corpus)
    env = {"SUMMARIZER_MAX_REQUESTS": "0"} if args.no_recycle else {}
    with tempfile.TemporaryDirectory() as tmp, Server(env) as server:
        bodies_file = Path(tmp) / "bodies.jsonl"
        bodies_file.write_text("\n".join(bodies) + "\n", encoding="utf-8")
        _warm(server, bodies)
        sampler = _Sampler(server)
        sampler.start()
        deadline = time.monotonic() + args.max_seconds
        parts = []
        for target in (args.first, args.requests):
            parts.append(
                _load_until(server, bodies_file, target - sum(_count(p) for p in parts), args, deadline)
            )
            sampler.snapshot()
        sampler.stop()
        recycled = server.log().count("Autorestarting worker")
        workers_at_end = len(server.workers())
    print(f"$ {parts[0][0]['command']}  # repeated, each run sized from the rate so far\n")
    print(parts[-1][-1]["output"])
    print(_report(args, parts, sampler, recycled, workers_at_end))
    return 0


def _load_until(server: Server, bodies_file: Path, count: int, args, deadline: float) -> list[dict]:
    """wrk runs until ``count`` more answers: wrk stops on a duration, not a count, so each run is sized
    from the rate of the one before (the first is short, to measure it), at most ``CHUNK_S`` seconds."""
    runs: list[dict] = []
    while _count(runs) < count and (left_s := deadline - time.monotonic()) > 1:
        rate = runs[-1]["requests"] / runs[-1]["seconds"] if runs else None
        seconds = 10 if not rate else min(CHUNK_S, math.ceil((count - _count(runs)) / rate) + 1)
        runs.append(
            wrk(server.url, LUA, [str(bodies_file)], connections=args.connections, threads=args.threads,
                duration=int(min(seconds, left_s)))
        )  # fmt: skip
    return runs


def _count(runs: list[dict]) -> int:
    return sum(run["requests"] for run in runs)


def _parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSONL of single articles {title, text}")
    parser.add_argument("--requests", type=int, default=50_000, help="requests in all (default 50,000)")
    parser.add_argument("--first", type=int, default=5_000, help="requests before the first memory reading")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--no-recycle", action="store_true", help="SUMMARIZER_MAX_REQUESTS=0: never recycle workers"
    )
    parser.add_argument(
        "--max-seconds", type=int, default=1800, help="bound on the whole load (default 1800)"
    )
    args = parser.parse_args(argv)
    if not 0 < args.first < args.requests:
        parser.error("--first must be above 0 and below --requests")
    return args


def _warm(server: Server, bodies: list[str]) -> None:
    """A few requests per worker, so first-call costs are not counted as growth."""
    for body in bodies[: 8 * len(server.workers())]:
        request = urllib.request.Request(
            server.url + "/v1/summarize", data=body.encode(), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()


class _Sampler(threading.Thread):
    """Worker memory: a snapshot per part of the run (RSS and USS per worker), and the peak RSS of any
    worker, sampled every second in between; pids seen (a recycled worker has a new pid)."""

    def __init__(self, server: Server):
        super().__init__(daemon=True)
        self.server = server
        self.snapshots: list[dict[int, tuple[float, float]]] = []
        self.peak_rss_mb = 0.0
        self.pids: set[int] = set()
        self._done = threading.Event()

    def run(self):
        while not self._done.wait(1.0):
            for worker in self.server.workers():
                try:
                    self.peak_rss_mb = max(self.peak_rss_mb, worker.memory_info().rss / 2**20)
                    self.pids.add(worker.pid)
                except psutil.Error:
                    continue  # a worker that just exited

    def snapshot(self) -> None:
        memory = {}
        for worker in self.server.workers():
            try:
                info = worker.memory_full_info()
            except psutil.Error:
                continue
            memory[worker.pid] = (info.rss / 2**20, info.uss / 2**20)
        self.snapshots.append(memory)

    def stop(self):
        self._done.set()
        self.join(timeout=5)


def _report(args, parts: list[list[dict]], sampler: _Sampler, recycled: int, workers_at_end: int) -> str:
    runs = [run for part in parts for run in part]
    responses = _count(runs)
    errors = sum(run["non_2xx"] + sum(run["socket_errors"].values()) for run in runs)
    first, last = sampler.snapshots
    growth = (mean(last, 0) - mean(first, 0)) / mean(first, 0)
    lines = [
        f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}, {os.cpu_count()} cores, commit {_commit()}",
        (
            f"recycling: {_recycling(args.no_recycle)}; "
            f"workers recycled {recycled} times; {len(sampler.pids)} worker pids seen, {workers_at_end} at the end"
        ),
        "",
        "| wrk run | part | requests | seconds | requests/s | p50 ms | p99 ms | non-2xx | socket errors |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    number = 0
    for name, part in zip((f"first ~{args.first}", "rest"), parts):
        for run in part:
            number += 1
            lines.append(
                f"| {number} | {name} | {run['requests']} | {run['seconds']:.0f} | {run['rps']:.1f} | "
                f"{run['p50_ms']:.1f} | {run['p99_ms']:.1f} | {run['non_2xx']} | {sum(run['socket_errors'].values())} |"
            )
    total_s = sum(run["seconds"] for run in runs)
    lines.append(
        f"| all | | {responses} | {total_s:.0f} | {responses / total_s:.1f} | | | "
        f"{sum(r['non_2xx'] for r in runs)} | {sum(sum(r['socket_errors'].values()) for r in runs)} |"
    )
    lines += [
        "",
        f"| worker memory | after {_count(parts[0])} requests | after {responses} |",
        "|---|---|---|",
    ]
    for label, index in (("mean RSS MB", 0), ("mean USS MB", 1)):
        lines.append(f"| {label} | {mean(first, index):.1f} | {mean(last, index):.1f} |")
    lines.append(f"| workers (pid: RSS MB) | {_workers(first)} | {_workers(last)} |")
    lines += [
        "",
        f"peak RSS of any worker: {sampler.peak_rss_mb:.1f} MB; growth of the mean RSS: {growth:+.1%}",
        f"target (>= {TARGET['requests']} requests, no errors, growth < {TARGET['growth']:.0%}): "
        + (
            "met"
            if responses >= TARGET["requests"] and errors == 0 and growth < TARGET["growth"]
            else "NOT met"
        )
        + f" ({responses} requests, {errors} errors)",
    ]
    return "\n".join(lines)


def mean(memory: dict, index: int) -> float:
    """The mean over the workers of one reading (0: RSS, 1: USS), in MB."""
    return sum(m[index] for m in memory.values()) / max(1, len(memory))


def _workers(memory: dict) -> str:
    return ", ".join(f"{pid}: {rss:.1f}" for pid, (rss, _) in sorted(memory.items()))


def _recycling(off: bool) -> str:
    """How the workers recycle, as gunicorn.conf.py reads it from the environment."""
    if off:
        return "off (SUMMARIZER_MAX_REQUESTS=0)"
    every = os.environ.get("SUMMARIZER_MAX_REQUESTS", "gunicorn.conf.py's default")
    return f"on (every {every} requests, SUMMARIZER_MAX_REQUESTS_JITTER more or less)"


def _commit() -> str:
    run = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=Path(__file__).parents[1],
        capture_output=True,
        text=True,
        check=False,
    )
    return run.stdout.strip()


if __name__ == "__main__":
    sys.exit(main())

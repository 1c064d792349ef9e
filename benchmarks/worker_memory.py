"""Worker memory after large requests: what a gunicorn worker keeps once the largest requests the
limits allow have passed through it.

Usage::

    python benchmarks/worker_memory.py ../shared/data/bbc_articles_dev.jsonl [--set NAME=VALUE ...]

One sync worker (so that every request goes through the same process) serves 50 ordinary articles,
then each of the large inputs of ``tests/hostile.py`` below twice, then 50 ordinary articles again.
After each step the worker's resident memory (RSS) and its own memory (USS: the pages it does not
share with the master) are printed, with the worker's pid: a new pid means the worker was replaced.
``--set`` passes settings (``SUMMARIZER_WORKER_MAX_RSS_MB=0`` turns the cap off, for comparison).
Bounded: about 70 requests, a minute or two.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parents[1])]

from harness import Server, corpus_bodies, post

from tests import hostile

LARGE = (
    "200 articles of 500 words",
    "100,000 one-word sentences",
    "one sentence of 100,000 words",
    "one 2 MB word",
    "a 1.5 MB title",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSONL of single articles {title, text}")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a setting")
    args = parser.parse_args(argv)
    env = {"SUMMARIZER_WORKERS": "1", **dict(item.split("=", 1) for item in args.set)}
    ordinary = [body.encode() for body in corpus_bodies(args.corpus, 50)]
    cases = {case.name: case for case in hostile.CASES}
    print(f"settings: {env}; load average {os.getloadavg()[0]:.1f}\n")
    print("| after | status | worker pid | RSS MB | USS MB |")
    print("|---|---|---|---|---|")
    with Server(env) as server:
        server.wait_workers(1)
        _row(server, "start", "")
        statuses = [post(server.url, "/v1/summarize", body)[0] for body in ordinary]
        _row(server, "50 ordinary articles", _counts(statuses))
        for name in LARGE:
            body = hostile.http_body(cases[name].request())
            statuses = [post(server.url, "/v1/summarize", body, timeout=60)[0] for _ in range(2)]
            _row(server, f"{name} ({len(body) / 1e6:.1f} MB) x2", _counts(statuses))
        statuses = [post(server.url, "/v1/summarize", body)[0] for body in ordinary]
        _row(server, "50 ordinary articles", _counts(statuses))
    return 0


def _row(server: Server, after: str, statuses: str) -> None:
    import time

    time.sleep(0.3)  # a worker replaced after the last request needs a moment to start
    worker = server.wait_workers(1)[0]
    memory = worker.memory_full_info()
    rss, uss = memory.rss / 2**20, memory.uss / 2**20
    print(f"| {after} | {statuses} | {worker.pid} | {rss:.1f} | {uss:.1f} |", flush=True)


def _counts(statuses: list[int]) -> str:
    return ", ".join(f"{statuses.count(s)} x {s}" for s in sorted(set(statuses)))


if __name__ == "__main__":
    sys.exit(main())

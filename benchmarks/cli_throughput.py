"""Articles per second of the batch CLI, by ``--jobs``.

    .venv/bin/python benchmarks/cli_throughput.py ../shared/data/bbc_articles_dev.jsonl --jobs 1 2

Runs :func:`summarizer.cli.main` in this process (the library is imported once, before the clock
starts; the import time is printed apart) and writes the records to a temporary JSONL file, so the
figure covers reading, the worker processes, summarizing and writing. ``--profile`` runs cProfile over
a ``--jobs 1`` run and prints where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a JSONL file of articles")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="runs per --jobs value; the best is kept")
    parser.add_argument("--profile", action="store_true", help="cProfile a --jobs 1 run instead")
    args = parser.parse_args()

    started = time.perf_counter()
    try:
        from summarizer.cli import main as cli_main
    except ImportError:  # run from a checkout without installing the package
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from summarizer.cli import main as cli_main

    print(f"import summarizer.cli: {time.perf_counter() - started:.2f} s")
    with open(args.corpus, "rb") as f:
        items = sum(1 for line in f if line.strip())
    with tempfile.TemporaryDirectory() as tmp:
        output = os.path.join(tmp, "out.jsonl")
        argv = [args.corpus, "-o", output, "--no-progress"]
        if args.profile:
            profile = cProfile.Profile()
            profile.runcall(cli_main, [*argv, "--jobs", "1"])
            pstats.Stats(profile).sort_stats("tottime").print_stats(25)
            return
        for jobs in args.jobs:
            wall, cpu, parent = min(
                _timed(cli_main, [*argv, "--jobs", str(jobs)]) for _ in range(args.repeat)
            )
            print(
                f"--jobs {jobs}: {items} articles in {wall:.2f} s = {items / wall:,.0f} articles/s "
                f"(CPU: {cpu:.2f} s in all processes, {parent:.2f} s of it in the parent; "
                f"{items / cpu:,.0f} articles per CPU-second)"
            )
    print(f"load average over the last minute: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


def _timed(cli_main, argv: list[str]) -> tuple[float, float, float]:
    """Wall-clock seconds; CPU seconds of this process and its finished workers; of this process alone."""
    own_before, children_before = _cpu_seconds(resource.RUSAGE_SELF), _cpu_seconds(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    status = cli_main(argv)
    elapsed = time.perf_counter() - started
    if status not in (0, 1):
        raise SystemExit(f"the CLI exited with {status}")
    own = _cpu_seconds(resource.RUSAGE_SELF) - own_before
    return elapsed, own + _cpu_seconds(resource.RUSAGE_CHILDREN) - children_before, own


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()

"""Articles per second of the batch CLI, by ``--jobs``, each run a fresh ``python -m summarizer``.

    .venv/bin/python benchmarks/cli_throughput.py ../shared/data/bbc_articles_dev.jsonl [--jobs 1 2] [--repeat 2]
        [--against REV] [--callgrind]

Each run starts the command as a new process (as a user does), reads its JSONL records from a pipe
and notes when each arrives. It prints:

- start-up: from the start of the process to its first record (the interpreter, the imports, the
  options' probe, which loads the lazy tables, and the first batch);
- beyond start-up: the records after the first arrival, divided by the time from the first record to
  the last (the steady rate of the workers, their caches warming on the input's own words);
- the whole run's wall time and its CPU time in all processes (the command and its workers), split
  into the command's own and its workers' (read from ``/proc`` when the command has exited and before
  it is reaped), and that CPU time per article.

The best of ``--repeat`` runs is printed for each ``--jobs``, then every run's rate and CPU.
``--profile`` runs cProfile over a ``--jobs 1`` run in this process instead and prints where the time
goes. ``--callgrind`` counts the instructions of each ``--jobs`` run instead, every process, with
valgrind (``--dump-before=os_fork``: the command's count is cut at each fork, so a worker's count is
its own): before the fork (start-up), the command after it, each worker, and all of it after the fork
per article. Counts do not move with the machine's load, as the rates do; a run takes a few minutes.

``--against REV`` measures a git worktree of that revision too (its compiled speedups built there,
as ``benchmarks/instructions.py`` does), its runs alternating with the working tree's, so that both
see the same load: on a shared machine the rates move by 10-20% from one minute to the next.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Run:
    records: int
    startup: float  # seconds to the first record
    steady: float  # records per second after the first one arrived
    wall: float
    cpu: float  # the command and its workers
    command_cpu: float  # the command's own (its threads included), start-up included
    workers_cpu: float  # the worker processes the command waited for


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+", help="JSONL files of articles (given to the command in order)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="runs per --jobs value; the fastest is kept")
    parser.add_argument("--profile", action="store_true", help="cProfile a --jobs 1 run in this process instead")
    parser.add_argument("--callgrind", action="store_true", help="count instructions with valgrind instead")
    parser.add_argument("--against", metavar="REV", help="also measure this git revision, runs alternating")
    args = parser.parse_args()
    if args.profile:
        return _profile(args.corpus)
    corpus = [str(Path(path).resolve()) for path in args.corpus]
    with contextlib.ExitStack() as stack:
        trees = {"": ROOT}
        if args.against:
            from instructions import revision_tree

            trees[f"{args.against}: "] = stack.enter_context(revision_tree(args.against))
        if args.callgrind:
            for jobs in args.jobs:
                for name, tree in trees.items():
                    print(name, end="")
                    _callgrind(corpus, jobs, tree)
            return None
        for jobs in args.jobs:
            runs: dict[str, list[Run]] = {name: [] for name in trees}
            for _ in range(args.repeat):
                for name, tree in trees.items():
                    runs[name].append(_run(corpus, jobs, tree))
            for name, done in runs.items():
                run = max(done, key=lambda r: r.steady)
                print(
                    f"{name}--jobs {jobs}: {run.records} articles; start-up {run.startup:.2f} s; beyond start-up "
                    f"{run.steady:,.0f} articles/s; whole run {run.wall:.2f} s = {run.records / run.wall:,.0f} "
                    f"articles/s (CPU {run.cpu:.2f} s in all processes = {1000 * run.cpu / run.records:.2f} "
                    f"ms an article: the command {run.command_cpu:.2f} s, its workers {run.workers_cpu:.2f} s)"
                )
                if len(done) > 1:
                    print(
                        "  every run, beyond start-up: " + ", ".join(f"{r.steady:,.0f}" for r in done)
                        + " articles/s; CPU: " + ", ".join(f"{1000 * r.cpu / r.records:.2f}" for r in done)
                        + " ms an article"
                    )
    print(f"load average over the last minute: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


def _env(tree: Path, **extra: str) -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(tree), os.environ.get("PYTHONPATH")]))
    return {**os.environ, **extra, "PYTHONPATH": path}


def _run(corpus: list[str], jobs: int, tree: Path) -> Run:
    command = _command(corpus, jobs)
    env = _env(tree)
    cpu_before = _cpu_seconds(resource.RUSAGE_CHILDREN)
    arrivals = []
    started = time.perf_counter()
    pipes = {"stdout": subprocess.PIPE, "stdin": subprocess.DEVNULL}
    with subprocess.Popen(command, **pipes, env=env, cwd=tree) as child:
        for _ in child.stdout:
            arrivals.append(time.perf_counter())
        own, workers = _cpu_at_exit(child.pid)
        status = child.wait()
    wall = time.perf_counter() - started
    if status not in (0, 1) or len(arrivals) < 2:
        raise SystemExit(f"{' '.join(command)} exited with {status} after {len(arrivals)} records")
    # Records leave the command in bursts (a pipe is block-buffered): the first burst ends start-up.
    first = arrivals[0]
    after = sum(1 for t in arrivals if t > first)
    return Run(
        records=len(arrivals),
        startup=first - started,
        steady=after / (arrivals[-1] - first),
        wall=wall,
        cpu=_cpu_seconds(resource.RUSAGE_CHILDREN) - cpu_before,
        command_cpu=own,
        workers_cpu=workers,
    )


def _cpu_at_exit(pid: int) -> tuple[float, float]:
    """The CPU seconds of process ``pid`` and of the children it waited for, once it has exited.

    ``WNOWAIT`` leaves the exited process unreaped, so its ``/proc/PID/stat`` still holds its final
    counts: fields 14-15 its own user and system time, 16-17 those of the children it reaped (the
    workers)."""
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        fields = f.read().rpartition(")")[2].split()
    ticks = [int(n) / os.sysconf("SC_CLK_TCK") for n in fields[11:15]]
    return ticks[0] + ticks[1], ticks[2] + ticks[3]


def _command(corpus: list[str], jobs: int) -> list[str]:
    return [sys.executable, "-m", "summarizer", *corpus, "-f", "jsonl", "--jobs", str(jobs), "--no-progress"]


def _callgrind(corpus: list[str], jobs: int, tree: Path) -> None:
    env = _env(tree, PYTHONHASHSEED="0")
    with tempfile.TemporaryDirectory() as tmp:
        valgrind = ["valgrind", "--tool=callgrind", "--trace-children=yes", "--dump-before=os_fork",
                    f"--callgrind-out-file={tmp}/cg.%p"]  # fmt: skip
        done = subprocess.run(valgrind + _command(corpus, jobs), env=env, cwd=tree, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, check=False)  # fmt: skip
        records = done.stdout.count(b"\n")
        counts: dict[str, dict[int, int]] = {}  # pid -> dump number (0: the end) -> instructions
        for path in Path(tmp).glob("cg.*"):
            pid, _, part = path.name.removeprefix("cg.").partition(".")
            counts.setdefault(pid, {})[int(part or 0)] = _instructions(path)
    forked = [pid for pid, parts in counts.items() if len(parts) > 1]
    if not forked:  # --jobs 1: one process, nothing to cut the start-up from
        whole = sum(sum(parts.values()) for parts in counts.values())
        print(f"--jobs {jobs}: {records} records; {whole / 1e6:,.0f} million instructions, start-up included")
        return
    command = forked[0]
    before = sum(n for part, n in counts[command].items() if part)
    after = counts[command][0]
    workers = sorted(parts[0] for pid, parts in counts.items() if pid != command)
    total = after + sum(workers)
    print(
        f"--jobs {jobs}: {records} records; million instructions: before the fork {before / 1e6:,.0f}; "
        f"after it the command {after / 1e6:,.0f}, workers {', '.join(f'{n / 1e6:,.0f}' for n in workers)}; "
        f"after the fork {total / 1e6 / max(records, 1):.2f} an article"
    )


def _instructions(path: Path) -> int:
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    return 0


def _profile(corpus: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    from summarizer.cli import main as cli_main

    with tempfile.TemporaryDirectory() as tmp:
        argv = [*corpus, "-o", os.path.join(tmp, "out.jsonl"), "--no-progress", "--jobs", "1"]
        profile = cProfile.Profile()
        profile.runcall(cli_main, argv)
    pstats.Stats(profile).sort_stats("tottime").print_stats(25)


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()

"""Time the hostile-input catalogue (tests/hostile.py) at every door: library, CLI, HTTP under gunicorn.

Usage::

    python benchmarks/hostile.py [--methods] [--only TEXT] [--limit 60]

Prints one row per input and door: the seconds it took (wall clock), the CPU seconds it cost (the
part that does not depend on what else runs on the machine), the outcome, and whether the outcome is
the one the catalogue expects. The issue's bound, 2 s for any input under the service's size limits,
is judged on the CPU column, which is also what the rows flagged ``> 2 s`` use.

* library: ``summarize(source, **options)`` in a forked child of this process (the library imported
  and warmed before the fork), CPU time of the child;
* cli: ``summarizer.cli.main([item.jsonl, -o, out.jsonl, --jobs, 1])`` in a forked child: reading,
  JSON, the library, the record; CPU time of the child;
* http: ``POST /v1/summarize`` to the Procfile's gunicorn on loopback with one sync worker and its
  default timeout (30 s), CPU time of that worker. A request the worker timeout kills is reported as
  "no answer (worker killed at the timeout)".

A child that runs past ``--limit`` seconds is stopped and reported as such. ``--methods`` adds every
ranking method on the largest merged set under the limits (200 articles of 500 words): the sumy
methods run into the limit there, which is why it is not part of the default run.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]

from harness import Server, post

import summarizer
from summarizer.cli import main as cli_main
from summarizer.html import extract_article
from tests import hostile  # (the catalogue)

BOUND_S = 2.0


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    cases = list(hostile.CASES) + (list(hostile.method_cases()) if args.methods else [])
    cases = [c for c in cases if args.only.lower() in c.name.lower()]
    files = [f for f in hostile.FILES if args.only.lower() in f.name.lower()]
    _warm()
    print(f"commit {_commit()}, load average {_load()}, {os.cpu_count()} cores\n")
    print("| input | size | door | seconds | CPU s | outcome | expected |")
    print("|---|---|---|---|---|---|---|")
    slow = []
    # The memory bound (SUMMARIZER_WORKER_MAX_RSS_MB) is off: it would replace the worker after a large
    # input, before its CPU time is read.
    env = {"SUMMARIZER_WORKERS": "1", "SUMMARIZER_WORKER_MAX_RSS_MB": "0"}
    with Server(env=env) as server, tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            request = case.request()
            body = hostile.http_body(request)
            doors = ["library", "cli", "http"]
            if args.methods and case.name.startswith("200 articles of 500 words, "):
                doors.remove("cli")  # the same library call as the library door, a minute more per method
            for door in doors:
                if door == "library":
                    result = _in_child(_library, (request,), args.limit)
                elif door == "cli":
                    result = _in_child(_cli, (hostile.jsonl_line(request, "case"), ".jsonl", tmp), args.limit)
                else:
                    result = _http(server, body, "application/json")
                row = _row(case.name, len(body), door, result, case.outcome(door), door in case.bugs)
                slow += row if not case.outcome("http").startswith("413") else []
        for case in files:
            data = case.data()
            suffix, media = (".html", "text/html") if case.html else (".txt", "text/plain")
            measured = {
                "cli": _in_child(_cli, (data, suffix, tmp), args.limit),
                "http": _http(server, data, media),
            }
            for door, result in measured.items():
                slow += _row(case.name, len(data), door, result, getattr(case, door), door in case.bugs)
    print(f"\nload average at the end {_load()}")
    print(
        f"under the service's limits and over {BOUND_S:g} s of CPU: " + ("; ".join(slow) if slow else "none")
    )
    return 0


def _parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--methods", action="store_true", help="add every method on the largest merged set")
    parser.add_argument("--only", default="", help="only the inputs whose name contains this text")
    parser.add_argument(
        "--limit", type=float, default=60, help="seconds before a door is stopped (default 60)"
    )
    return parser.parse_args(argv)


def _row(name: str, size: int, door: str, result: dict, expected: str, known_bug: bool) -> list[str]:
    outcome = result["outcome"]
    if outcome == expected:
        verdict = "yes"
    else:
        verdict = "no (known bug)" if known_bug else "**NO**"
    cpu = result.get("cpu")
    flag = " > 2 s" if cpu is not None and cpu > BOUND_S else ""
    cpu_text = "-" if cpu is None else f"{cpu:.2f}{flag}"
    print(
        f"| {name} | {_size(size)} | {door} | {result['wall']:.2f} | {cpu_text} | {outcome} | {verdict} |",
        flush=True,
    )
    return [f"{name} ({door}, {cpu:.1f} s)"] if flag else []


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.1f} kB" if n >= 1000 else f"{n} B"


# --- the doors ------------------------------------------------------------------------------------------


def _library(request) -> str:
    source, options = hostile.library_call(request)
    try:
        brief = summarizer.summarize(source, **options)
    except summarizer.SummarizerError as error:
        return error.code
    except Exception as error:  # noqa: BLE001 -- an unnamed exception is what this script reports
        return f"{type(error).__name__} (not a named error)"
    return "brief" if brief.sentences else "an empty brief"


def _cli(data: bytes, suffix: str, tmp: str) -> str:
    folder = tempfile.mkdtemp(dir=tmp)
    source, out = os.path.join(folder, "input" + suffix), os.path.join(folder, "out.jsonl")
    with open(source, "wb") as f:
        f.write(data + (b"\n" if suffix == ".jsonl" else b""))
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            cli_main([source, "-o", out, "--jobs", "1"])
    except BaseException as error:  # noqa: BLE001 -- a crashed run is what this script reports
        return f"run crashed: {type(error).__name__}"
    with open(out, encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    if len(records) != 1:
        return f"{len(records)} records"
    record = records[0]
    return record["error"]["code"] if "error" in record else "brief" if record["brief"] else "an empty brief"


def _http(server: Server, body: bytes, media: str) -> dict:
    worker = server.wait_workers(1)[0]
    cpu_before = sum(worker.cpu_times()[:2])
    started = time.perf_counter()
    try:
        status, answer = post(server.url, "/v1/summarize", body, media, timeout=120)
        outcome = "200" if status == 200 else f"{status} {(answer or {}).get('error', {}).get('code')}"
    except OSError:
        outcome = "no answer (worker killed at the timeout)"
    wall = time.perf_counter() - started
    try:
        cpu = sum(worker.cpu_times()[:2]) - cpu_before
    except psutil.NoSuchProcess:  # the worker was killed at the timeout and replaced
        cpu = None
    return {"outcome": outcome, "wall": wall, "cpu": cpu}


def _in_child(function, args: tuple, limit: float) -> dict:
    """``function(*args)`` in a forked child: its outcome, wall seconds and CPU seconds; stopped past
    ``limit`` seconds."""
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_child, args=(send, function, args))
    started = time.perf_counter()
    child.start()
    send.close()
    ready = receive.poll(limit)
    wall = time.perf_counter() - started
    if ready:
        try:
            result = receive.recv()
        except EOFError:
            result = {"outcome": "the process died", "cpu": None}
    else:
        child.kill()
        result = {"outcome": f"stopped at the {limit:g} s limit", "cpu": None}
    child.join(10)
    return {**result, "wall": wall}


def _child(send, function, args) -> None:
    cpu = time.process_time()
    outcome = function(*args)
    send.send({"outcome": outcome, "cpu": time.process_time() - cpu})


def _warm() -> None:
    """Import and fill the library's lazy caches once, before the children fork (as gunicorn does)."""
    for method in summarizer.list_methods():
        summarizer.summarize(hostile.SHORT, method=method)
    with contextlib.redirect_stderr(io.StringIO()):
        extract_article("<html><body><article><p>" + hostile.SHORT + "</p></article></body></html>")


def _commit() -> str:
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "summarizer", "service"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return head.stdout.strip() + (
        " with uncommitted changes in summarizer/ or service/" if dirty.stdout.strip() else ""
    )


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    sys.exit(main())

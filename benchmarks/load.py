"""Load test of the HTTP service: real gunicorn on loopback, real load generator (wrk).

Usage::

    python benchmarks/load.py ../shared/data/bbc_articles_dev.jsonl [--duration 20] [--connections 16]
        [--threads 2] [--workers N] [--articles 300] [--json results.json]

Starts the ``Procfile``'s gunicorn command on a free 127.0.0.1 port (with ``gunicorn.conf.py``'s
defaults unless ``--workers`` is given), warms every worker, then runs ``wrk --latency`` with
``benchmarks/load.lua``, which POSTs ``{"title", "text"}`` bodies of single articles from the corpus to
``/v1/summarize``. Reports requests per second, p50/p99 latency, non-2xx responses and socket errors
(wrk's own counts), the largest resident memory of any worker sampled during the run (RSS, and PSS,
which splits the pages the workers share with the master), and the workers' CPU: their share of the
machine (well under 100% means other processes competed with the server, so the numbers are low) and
CPU milliseconds per request (which does not depend on that competition: cores * 1000 / it is the
most requests per second this machine can serve). The server is always stopped; the run is bounded
by ``--duration`` and a timeout.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
LUA = Path(__file__).with_name("load.lua")
TARGET = {"rps": 400, "p99_ms": 50, "worker_mb": 150}


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    wrk = shutil.which("wrk") or sys.exit("wrk is missing: apt-get install wrk")
    bodies = _bodies(args.corpus, args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        bodies_file = Path(tmp) / "bodies.jsonl"
        bodies_file.write_text("\n".join(bodies) + "\n", encoding="utf-8")
        port = _free_port()
        server = _start_gunicorn(port, args.workers)
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_healthy(base, server, deadline=time.monotonic() + 60)
            _warm(base, bodies, server)
            sampler = _WorkerSampler(server.pid)
            sampler.start()
            command = [
                wrk, f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s", "--latency",
                "--timeout", "5s", "-s", str(LUA), base, "--", str(bodies_file),
            ]  # fmt: skip
            run = subprocess.run(
                command, capture_output=True, text=True, timeout=args.duration + 60, check=True
            )
            sampler.stop()
            workers = len(psutil.Process(server.pid).children())
        finally:
            _stop(server)
    wrk_result = _parse_wrk(run.stdout)
    result = {
        **wrk_result,
        "worker_rss_mb": round(sampler.rss_mb, 1),
        "worker_pss_mb": round(sampler.pss_mb, 1),
        "workers": workers,
        "server_cpu_share": round(sampler.cpu_share, 2),
        "cpu_ms_per_request": round(sampler.cpu_seconds * 1000 / max(1, wrk_result["requests"]), 2),
        "connections": args.connections,
        "duration_s": args.duration,
        "articles": len(bodies),
        "mean_words": round(sum(len(json.loads(b)["text"].split()) for b in bodies) / len(bodies)),
    }
    print("$ " + shlex.join(command))
    print(run.stdout)
    print(_report(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


def _parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSONL of single articles {title, text}")
    parser.add_argument("--duration", type=int, default=20, help="seconds of load (default 20)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: gunicorn.conf.py's)")
    parser.add_argument("--articles", type=int, default=300, help="distinct articles sent (default 300)")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args(argv)
    if not 1 <= args.duration <= 300:
        parser.error("--duration must be 1 to 300 seconds")
    return args


def _bodies(corpus: Path, limit: int) -> list[str]:
    bodies = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            if isinstance(item.get("text"), str) and item["text"].strip():  # single articles only
                bodies.append(json.dumps({"title": item.get("title"), "text": item["text"]}))
            if len(bodies) == limit:
                break
    if not bodies:
        sys.exit(f"no single articles with text in {corpus}")
    return bodies


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_gunicorn(port: int, workers: int | None) -> subprocess.Popen:
    """The Procfile's web command, with the venv's gunicorn, bound to loopback."""
    command = shlex.split(re.search(r"^web:\s*(.+)$", (ROOT / "Procfile").read_text(), re.MULTILINE).group(1))
    command[0] = str(Path(sys.executable).with_name(command[0]))
    env = {**os.environ, "PORT": str(port), "SUMMARIZER_HOST": "127.0.0.1"}
    if workers:
        env["SUMMARIZER_WORKERS"] = str(workers)
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _wait_healthy(base: str, server: subprocess.Popen, deadline: float) -> None:
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    sys.exit("gunicorn did not answer /healthz within 60 s")


def _warm(base: str, bodies: list[str], server: subprocess.Popen) -> None:
    """Enough requests that every worker has summarized a few articles (first calls fill caches)."""
    workers = max(1, len(psutil.Process(server.pid).children()))
    for body in bodies[: 8 * workers]:
        request = urllib.request.Request(
            base + "/v1/summarize", data=body.encode(), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()


class _WorkerSampler(threading.Thread):
    """The workers during the run, sampled twice a second: the largest RSS and PSS of any worker, their
    CPU time, and their share of the machine's CPU (well under 100%: other work competed with them)."""

    def __init__(self, master_pid: int):
        super().__init__(daemon=True)
        self.master = psutil.Process(master_pid)
        self.rss_mb = self.pss_mb = 0.0
        self.cpu_share = self.cpu_seconds = 0.0
        self._done = threading.Event()

    def run(self):
        # CPU seconds per worker pid, last seen: a worker recycled by max_requests keeps its last count.
        started, before = time.monotonic(), self._sample({})
        seen = dict(before)
        while not self._done.wait(0.5):
            self._sample(seen)
        self._sample(seen)
        self.cpu_seconds = sum(seen.values()) - sum(before.values())
        self.cpu_share = self.cpu_seconds / ((time.monotonic() - started) * (os.cpu_count() or 1))

    def _sample(self, seen: dict) -> dict:
        for worker in self.master.children():
            try:
                with worker.oneshot():
                    memory, times = worker.memory_full_info(), worker.cpu_times()
            except psutil.Error:
                continue  # a worker that just exited
            self.rss_mb = max(self.rss_mb, memory.rss / 2**20)
            self.pss_mb = max(self.pss_mb, memory.pss / 2**20)
            seen[worker.pid] = times.user + times.system
        return seen

    def stop(self):
        self._done.set()
        self.join(timeout=5)


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


_UNITS_MS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4}


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * _UNITS_MS[unit]


def _parse_wrk(output: str) -> dict:
    def find(pattern, default=None):
        match = re.search(pattern, output, re.MULTILINE)
        return match.groups() if match else default

    errors = find(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", ("0",) * 4)
    return {
        "requests": int(find(r"(\d+) requests in")[0]),
        "rps": float(find(r"Requests/sec:\s+([\d.]+)")[0]),
        "p50_ms": _ms(find(r"^\s+50%\s+(\S+)")[0]),
        "p99_ms": _ms(find(r"^\s+99%\s+(\S+)")[0]),
        "non_2xx": int(find(r"Non-2xx or 3xx responses: (\d+)", ("0",))[0]),
        "socket_errors": dict(zip(("connect", "read", "write", "timeout"), map(int, errors))),
    }


def _report(r: dict) -> str:
    met = (
        r["rps"] >= TARGET["rps"]
        and r["p99_ms"] < TARGET["p99_ms"]
        and r["non_2xx"] == 0
        and not any(r["socket_errors"].values())
        and r["worker_rss_mb"] < TARGET["worker_mb"]
    )
    columns = {
        "workers": r["workers"],
        "connections": r["connections"],
        "articles (mean words)": f"{r['articles']} ({r['mean_words']})",
        "requests/s": f"{r['rps']:.1f}",
        "p50 ms": f"{r['p50_ms']:.1f}",
        "p99 ms": f"{r['p99_ms']:.1f}",
        "non-2xx": r["non_2xx"],
        "socket errors": sum(r["socket_errors"].values()),
        "worker RSS MB (PSS)": f"{r['worker_rss_mb']:.0f} ({r['worker_pss_mb']:.0f})",
        "server CPU share": f"{r['server_cpu_share']:.0%}",
        "worker CPU ms/request": r["cpu_ms_per_request"],
    }
    target = (
        f"target (>= {TARGET['rps']} rps, p99 < {TARGET['p99_ms']} ms, no errors, "
        f"worker < {TARGET['worker_mb']} MB): {'met' if met else 'NOT met'}"
    )
    return "\n".join(
        [
            "| " + " | ".join(columns) + " |",
            "|" + "---|" * len(columns),
            "| " + " | ".join(map(str, columns.values())) + " |",
            "",
            target,
        ]
    )


if __name__ == "__main__":
    sys.exit(main())

"""Faults under load: a killed worker, a request past the time limit, slow clients. The service must hold.

Usage::

    python benchmarks/faults.py ../shared/data/bbc_articles_dev.jsonl [--only kill,timeout,slow]

Each scenario starts the Procfile's gunicorn on a free loopback port, with the settings it names, and
keeps a *prober* running: a client that POSTs one ordinary article to ``/v1/summarize`` every 0.1 s and
records each answer and its latency. What the prober sees is what any other client of the service sees
while the fault happens.

* ``kill``: wrk (16 connections, ``benchmarks/soak.lua``) loads the service; every 5 s one worker is
  killed with SIGKILL, three times. Reported: the requests that failed (wrk's socket errors and non-2xx
  answers: only the one a sync worker had in flight may fail), how long the master took to start a
  replacement, and how long the prober went without an answer. With one worker, the kill takes the
  whole capacity, so the gap is the time to recover.
* ``timeout``: one request that takes minutes (sumy's KL method on 200 articles of 500 words, a
  known cost of that method) beside the prober, with gunicorn's ``timeout`` at 6 s, without and with
  the service's own request time limit (``SUMMARIZER_REQUEST_TIMEOUT``, 3 s here; 30 s and 10 s in
  production).
* ``slow``: clients that never finish: headers sent one byte every 0.2 s, a body that never comes,
  connections that send nothing; fewer, as many and more than the workers (or threads), with sync
  workers (the default) and with gthread workers, gunicorn's timeout at 6 s and the service's request
  time limit at 3 s (the production ratio: 30 s and 10 s).

* ``proxy``: the same attack as the issue that asked for the proxy (16 clients sending their headers
  one byte every 0.2 s, for up to 40 s), at the production settings (gunicorn timeout 30 s, request
  time limit 10 s), against gunicorn alone and behind nginx as shipped (``deploy/behind-nginx.sh``).

Every load, client and wait is bounded in count and time.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parents[1])]

from harness import Server, corpus_bodies, post, wrk

from tests import hostile  # (the catalogue: the slow request is one of its inputs)

LUA = Path(__file__).with_name("soak.lua")


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    article = corpus_bodies(args.corpus, 1)[0].encode()
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}, {os.cpu_count()} cores\n")
    if "kill" in args.only:
        bodies = corpus_bodies(args.corpus)
        for workers in (2, 1):
            _kill_scenario(workers, bodies, article)
    if "timeout" in args.only:
        for request_timeout in ("0", "3"):
            _timeout_scenario(request_timeout, article)
    if "slow" in args.only:
        _slow_scenario(article)
    if "proxy" in args.only:
        _proxy_scenario(article)
    return 0


def _parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSONL of single articles {title, text}")
    parser.add_argument("--only", default="kill,timeout,slow,proxy", help="scenarios, comma-separated")
    args = parser.parse_args(argv)
    args.only = set(args.only.split(","))
    return args


# --- the prober -----------------------------------------------------------------------------------------


@dataclass
class _Answer:
    sent: float
    latency: float
    outcome: str


@dataclass
class Prober:
    """POSTs one article every ``interval`` seconds until stopped; keeps every answer."""

    url: str
    body: bytes
    interval: float = 0.1
    answers: list[_Answer] = field(default_factory=list)

    def __post_init__(self):
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Prober:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._done.set()
        self._thread.join(timeout=60)

    def _run(self):
        while not self._done.is_set():
            sent = time.monotonic()
            try:
                status, _ = post(self.url, "/v1/summarize", self.body, timeout=30)
                outcome = str(status)
            except OSError as error:
                outcome = type(error).__name__
            self.answers.append(_Answer(sent, time.monotonic() - sent, outcome))
            self._done.wait(self.interval)

    def failures(self, since: float = 0.0) -> int:
        return sum(a.outcome != "200" for a in self.answers if a.sent >= since)

    def longest_wait(self, since: float = 0.0) -> float:
        """The longest time, from ``since`` on, between asking and getting a 200: the longest the service
        was out of reach for a client that retries at once."""
        longest, waiting_since = 0.0, None
        for a in (a for a in self.answers if a.sent >= since):
            waiting_since = a.sent if waiting_since is None else waiting_since
            if a.outcome == "200":
                longest = max(longest, a.sent + a.latency - waiting_since)
                waiting_since = None
        return longest

    def summary(self, since: float = 0.0) -> str:
        seen = [a for a in self.answers if a.sent >= since]
        ok = [a.latency for a in seen if a.outcome == "200"]
        return (
            f"{len(seen)} probes, {len(seen) - len(ok)} failed, "
            f"median {sorted(ok)[len(ok) // 2] * 1000:.0f} ms, max {max(ok, default=0) * 1000:.0f} ms, "
            f"longest wait for a 200 {self.longest_wait(since):.2f} s"
        )


# --- kill -----------------------------------------------------------------------------------------------


def _kill_scenario(workers: int, bodies: list[str], article: bytes) -> None:
    print(f"## SIGKILL a worker under load: {workers} sync worker(s), wrk -c16, three kills 5 s apart\n")
    with tempfile.TemporaryDirectory() as tmp, Server({"SUMMARIZER_WORKERS": str(workers)}) as server:
        bodies_file = Path(tmp) / "bodies.jsonl"
        bodies_file.write_text("\n".join(bodies) + "\n", encoding="utf-8")
        result: dict = {}
        load = threading.Thread(
            target=lambda: result.update(
                wrk(server.url, LUA, [str(bodies_file)], connections=16, threads=2, duration=22)
            )
        )
        rows = []
        with Prober(server.url, article) as prober:
            load.start()
            time.sleep(4)
            for _ in range(3):
                rows.append(_kill_one(server, prober))
                time.sleep(5)
            load.join(timeout=120)
    print("| kill | worker pid | replacement started after | prober: longest wait for a 200 after the kill |")
    print("|---|---|---|---|")
    for i, (pid, replaced, wait) in enumerate(rows, 1):
        print(f"| {i} | {pid} | {replaced:.2f} s | {wait:.2f} s |")
    errors = result["non_2xx"] + sum(result["socket_errors"].values())
    print(
        f"\nwrk: {result['requests']} requests in {result['seconds']:.0f} s, {result['non_2xx']} non-2xx, "
        f"socket errors {result['socket_errors']}: {errors} failed for 3 kills"
    )
    print(f"prober: {prober.summary()}\n")


def _kill_one(server: Server, prober: Prober) -> tuple[int, float, float]:
    victim = server.workers()[0]
    before = {w.pid for w in server.workers()}
    killed_at = time.monotonic()
    os.kill(victim.pid, signal.SIGKILL)
    replaced = float("nan")
    while time.monotonic() - killed_at < 30:
        if {w.pid for w in server.workers()} - before:
            replaced = time.monotonic() - killed_at
            break
        time.sleep(0.01)
    time.sleep(2)  # let the prober see the aftermath
    return victim.pid, replaced, prober.longest_wait(since=killed_at - 0.5)


# --- timeout --------------------------------------------------------------------------------------------


def _timeout_scenario(request_timeout: str, article: bytes) -> None:
    limit = f"SUMMARIZER_REQUEST_TIMEOUT={request_timeout}" + (" (off)" if request_timeout == "0" else "")
    print(f"## A request past the time limit: 2 sync workers, gunicorn timeout 6 s, {limit}\n")
    slow = next(c for c in hostile.method_cases() if c.name.endswith("sumy-kl"))
    body = hostile.http_body(slow.request())
    env = {
        "SUMMARIZER_WORKERS": "2",
        "SUMMARIZER_TIMEOUT": "6",
        "SUMMARIZER_REQUEST_TIMEOUT": request_timeout,
    }
    with Server(env) as server, Prober(server.url, article) as prober:
        time.sleep(1)
        before = {w.pid for w in server.workers()}
        started = time.monotonic()
        try:
            status, answer = post(server.url, "/v1/summarize", body, timeout=60)
            error = (answer or {}).get("error")
            outcome = f"{status} {error['code']}: {error['message']}" if error else f"{status}, not JSON"
        except OSError as error:
            outcome = f"no answer ({type(error).__name__})"
        took = time.monotonic() - started
        time.sleep(3)
        after = {w.pid for w in server.workers()}
        log = server.log()
    print(f"slow request ({slow.name}, {len(body) / 1e6:.1f} MB): {outcome}, after {took:.1f} s")
    print(
        f"workers replaced: {len(before - after)}; master log: {log.count('WORKER TIMEOUT')} WORKER TIMEOUT line(s)"
    )
    print(f"prober meanwhile: {prober.summary()}\n")


# --- slow clients ---------------------------------------------------------------------------------------


def _slow_scenario(article: bytes) -> None:
    layouts = [
        ("2 sync workers", {"SUMMARIZER_WORKERS": "2"}),
        ("2 gthread workers of 4 threads", {"SUMMARIZER_WORKERS": "2", "SUMMARIZER_WORKER_CLASS": "gthread", "SUMMARIZER_THREADS": "4"}),
    ]  # fmt: skip
    cases = [
        (1, "headers one byte every 0.2 s", _trickle_headers),
        (1, "headers, then a body that never comes", _stall_body),
        (2, "headers one byte every 0.2 s", _trickle_headers),
        (2, "headers, then a body that never comes", _stall_body),
        (8, "headers one byte every 0.2 s", _trickle_headers),
        (8, "connect and send nothing", _silent),
    ]
    for layout, env in layouts:
        print(
            f"## Slow clients: {layout}, gunicorn timeout 6 s, request time limit 3 s, each case a {_WINDOW_S} s window\n"
        )
        print(
            "| clients | what they do | prober (an ordinary client meanwhile) | slow clients: ended by the server after |"
        )
        print("|---|---|---|---|")
        for count, what, behaviour in cases:
            settings = {**env, "SUMMARIZER_TIMEOUT": "6", "SUMMARIZER_REQUEST_TIMEOUT": "3"}
            with Server(settings) as server, Prober(server.url, article) as prober:
                time.sleep(0.5)
                since = time.monotonic()
                ended: list[float] = []
                clients = [
                    threading.Thread(target=behaviour, args=(server.port, ended), daemon=True)
                    for _ in range(count)
                ]
                for client in clients:
                    client.start()
                time.sleep(max(0.0, since + _WINDOW_S - time.monotonic()))
                for client in clients:
                    client.join(timeout=_CLIENT_S)
            lasted = ", ".join(f"{s:.1f} s" for s in sorted(ended)) or "none (still open when they gave up)"
            print(f"| {count} | {what} | {prober.summary(since)} | {lasted} |", flush=True)
        print()


def _proxy_scenario(article: bytes) -> None:
    print(
        f"## Slow clients with and without the proxy: 2 sync workers, production timeouts (30 s, 10 s), "
        f"16 clients sending headers one byte every 0.2 s for up to {_PROXY_CLIENT_S} s\n"
    )
    print("| layout | prober (an ordinary client meanwhile) | slow clients: ended by the server after |")
    print("|---|---|---|")
    for layout, proxy in (("gunicorn alone", False), ("behind nginx (deploy/behind-nginx.sh)", True)):
        with Server({"SUMMARIZER_WORKERS": "2"}, proxy=proxy) as server, Prober(server.url, article) as prober:
            server.wait_workers(2)
            time.sleep(0.5)
            since = time.monotonic()
            ended: list[float] = []
            args = (server.port, ended, _PROXY_CLIENT_S)
            clients = [threading.Thread(target=_trickle_headers, args=args, daemon=True) for _ in range(16)]
            for client in clients:
                client.start()
            for client in clients:
                client.join(timeout=_PROXY_CLIENT_S + 5)
            time.sleep(2)
        lasted = f"{len(ended)} of 16, after {min(ended):.1f} to {max(ended):.1f} s" if ended else "none"
        print(f"| {layout} | {prober.summary(since)} | {lasted} |", flush=True)
    print()


_PROXY_CLIENT_S = 40
_HEAD = b"POST /v1/summarize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
_CLIENT_S = 12  # a slow client gives up after this
_WINDOW_S = 15  # each case is watched this long: the slow clients' time and the recovery after


def _trickle_headers(port: int, ended: list[float], seconds: float = _CLIENT_S) -> None:
    _slow_client(port, ended, [_HEAD[i : i + 1] for i in range(len(_HEAD))], pause=0.2, seconds=seconds)


def _stall_body(port: int, ended: list[float]) -> None:
    _slow_client(port, ended, [_HEAD, b'{"text": "'], pause=_CLIENT_S)


def _silent(port: int, ended: list[float]) -> None:
    _slow_client(port, ended, [], pause=_CLIENT_S)


def _slow_client(
    port: int, ended: list[float], chunks: list[bytes], pause: float, seconds: float = _CLIENT_S
) -> None:
    """Send ``chunks`` with ``pause`` seconds between them, for at most ``seconds``; note when the
    server ended the connection (it answered or closed), if it did."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=seconds) as sock:
        sock.settimeout(0.05)
        for chunk in [*chunks, None]:
            if chunk is not None:
                try:
                    sock.sendall(chunk)
                except OSError:
                    ended.append(time.monotonic() - started)
                    return
            wait_until = time.monotonic() + (pause if chunk is not None else seconds)
            while time.monotonic() < min(wait_until, started + seconds):
                try:
                    if sock.recv(4096) == b"":
                        ended.append(time.monotonic() - started)
                        return
                except TimeoutError:
                    continue
                except OSError:
                    ended.append(time.monotonic() - started)
                    return
            if time.monotonic() >= started + seconds:
                return


if __name__ == "__main__":
    sys.exit(main())

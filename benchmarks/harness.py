"""gunicorn and wrk for the reliability scripts (hostile, soak, faults).

``with Server(env={...}) as server:`` starts the ``web:`` command of the ``Procfile`` with the venv's
gunicorn, waits for ``/healthz``, and stops it (SIGTERM, then SIGKILL after 30 s) however the block
ends. Settings come from the environment, as in production (``SUMMARIZER_WORKERS``, ``SUMMARIZER_TIMEOUT``,
...). gunicorn's log goes to a file, so a script can quote what the master did (worker timeouts,
replacements). :func:`wrk` runs the load generator with a Lua script and reads its figures.
"""

from __future__ import annotations

import http.client
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
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]

__all__ = ["Server", "corpus_bodies", "free_port", "post", "wrk"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A running gunicorn: ``url``, ``port``, the master's ``pid``, its ``workers()`` and its ``log()``.

    ``proxy=True`` runs it as in production instead, behind nginx (``deploy/behind-nginx.sh``): ``url``
    and ``port`` are then nginx's, and ``direct_url`` is gunicorn's own.
    """

    def __init__(self, env: dict[str, str] | None = None, proxy: bool = False):
        self.env = env or {}
        self.proxy = proxy
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.app_port = free_port() if proxy else self.port
        self.direct_url = f"http://127.0.0.1:{self.app_port}"
        self._logdir = tempfile.TemporaryDirectory(prefix="gunicorn-")
        self.log_path = Path(self._logdir.name) / "gunicorn.log"
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Server:
        env = {
            **os.environ,
            "PORT": str(self.port),
            "SUMMARIZER_HOST": "127.0.0.1",
            "SUMMARIZER_ACCESS_LOG": '""',  # the load would fill the log; errors and the master's lines stay
            **self.env,
        }
        if self.proxy:
            command = ["bash", str(ROOT / "deploy" / "behind-nginx.sh")]
            env["SUMMARIZER_APP_PORT"] = str(self.app_port)
            env["SUMMARIZER_PROXY_HOST"] = "127.0.0.1"
            # The venv's gunicorn first on the PATH the script searches.
            env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        else:
            line = re.search(r"^web:\s*(.+)$", (ROOT / "Procfile").read_text(encoding="utf-8"), re.MULTILINE)
            command = shlex.split(line.group(1))
            command[0] = str(Path(sys.executable).with_name(command[0]))  # the venv's gunicorn
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        try:
            self._wait_healthy(deadline=time.monotonic() + 60)
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    @property
    def pid(self) -> int:
        """gunicorn's master (behind the proxy: the script's gunicorn child)."""
        if not self.proxy:
            return self.process.pid
        for child in psutil.Process(self.process.pid).children():
            if "gunicorn" in " ".join(child.cmdline()):
                return child.pid
        raise RuntimeError("behind-nginx.sh has no gunicorn child")

    def workers(self) -> list[psutil.Process]:
        """The live worker processes, oldest first."""
        try:
            children = psutil.Process(self.pid).children()
        except (psutil.NoSuchProcess, RuntimeError):
            return []
        return sorted((w for w in children if w.is_running()), key=lambda w: w.create_time())

    def wait_workers(self, count: int, timeout: float = 30) -> list[psutil.Process]:
        deadline = time.monotonic() + timeout
        while len(workers := self.workers()) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return workers

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)  # its session: gunicorn, nginx, their workers
                self.process.wait(timeout=10)
        self._logdir.cleanup()

    def _wait_healthy(self, deadline: float) -> None:
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}:\n{self.log()[-2000:]}")
            try:
                if post(self.url, "/healthz", None, timeout=2)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("gunicorn did not answer /healthz within 60 s")


def post(
    url: str,
    path: str,
    body: bytes | None,
    content_type: str = "application/json",
    timeout: float = 60,
    chunked: bool = False,
):
    """``(status, JSON body or None)`` of one request (GET without a body); ``chunked`` sends the body
    in 64 kB chunks (``Transfer-Encoding: chunked``, no ``Content-Length``).

    The body is sent from a thread while the answer is read, as curl does: a server may answer before
    it has read the whole body (a 413 for a body over the limit) and close, and a client that only
    reads after sending would see a broken pipe instead of the answer. Raises OSError when the
    connection fails or closes without an answer.
    """
    host, port = url.removeprefix("http://").split(":")
    method = "POST" if body is not None else "GET"
    head = f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n"
    if body is not None and chunked:
        head += f"Content-Type: {content_type}\r\nTransfer-Encoding: chunked\r\n"
        pieces = (body[i : i + 65536] for i in range(0, len(body), 65536))
        body = b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces) + b"0\r\n\r\n"
    elif body is not None:
        head += f"Content-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sender = threading.Thread(
            target=_send, args=(sock, head.encode() + b"\r\n" + (body or b"")), daemon=True
        )
        sender.start()
        response = http.client.HTTPResponse(sock)
        try:
            response.begin()
            data = response.read()
        except http.client.HTTPException as error:  # e.g. closed before a status line: no answer
            raise ConnectionError(f"{type(error).__name__}: {error}") from None
        finally:
            sender.join(timeout)
    try:
        return response.status, json.loads(data)
    except ValueError:
        return response.status, None


def _send(sock: socket.socket, data: bytes) -> None:
    try:
        sock.sendall(data)
    except OSError:
        pass  # the server answered and closed before reading everything: the answer says why


def corpus_bodies(corpus: Path, limit: int = 300) -> list[str]:
    """``{"title", "text"}`` JSON bodies of the first ``limit`` single articles of a JSONL corpus."""
    bodies = []
    with open(corpus, encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            if isinstance(item.get("text"), str) and item["text"].strip():
                bodies.append(json.dumps({"title": item.get("title"), "text": item["text"]}))
            if len(bodies) == limit:
                break
    if not bodies:
        raise SystemExit(f"no single articles with text in {corpus}")
    return bodies


def wrk(
    url: str, script: Path, script_args: list[str], *, connections: int, threads: int, duration: int
) -> dict:
    """Run wrk (``apt-get install wrk``) with a Lua script, bounded by ``duration`` seconds, and return its
    figures: requests, seconds, requests/s, p50/p99 latency (ms), non-2xx responses and socket errors
    (wrk's counts), and the answers by status class that ``soak.lua`` prints."""
    binary = shutil.which("wrk") or sys.exit("wrk is missing: apt-get install wrk")
    command = [
        binary, f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "10s",
        "-s", str(script), url, "--", *script_args,
    ]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60, check=True)
    return {"command": shlex.join(command), "output": run.stdout, **_parse_wrk(run.stdout)}


_UNITS_MS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4, "h": 3.6e6}


def _seconds(number: str, unit: str) -> float:
    """wrk's run time, which it writes as ``20.02s``, ``1.50m`` or ``1.00h``."""
    return float(number) * _UNITS_MS[unit] / 1000


def _parse_wrk(output: str) -> dict:
    def find(pattern, default=None):
        match = re.search(pattern, output, re.MULTILINE)
        return match.groups() if match else default

    def ms(value: str) -> float:
        number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
        return float(number) * _UNITS_MS[unit]

    errors = find(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", ("0",) * 4)
    lua = find(r"^soak: responses (\d+) 2xx (\d+) 4xx (\d+) 5xx (\d+)", ("0",) * 4)
    return {
        "requests": int(find(r"(\d+) requests in")[0]),
        "seconds": _seconds(*find(r"requests in ([\d.]+)(ms|s|m|h)")),
        "rps": float(find(r"Requests/sec:\s+([\d.]+)")[0]),
        "p50_ms": ms(find(r"^\s+50%\s+(\S+)", ("0us",))[0]),
        "p99_ms": ms(find(r"^\s+99%\s+(\S+)", ("0us",))[0]),
        "non_2xx": int(find(r"Non-2xx or 3xx responses: (\d+)", ("0",))[0]),
        "socket_errors": dict(zip(("connect", "read", "write", "timeout"), map(int, errors))),
        "responses": int(lua[0]),
        "status": dict(zip(("2xx", "4xx", "5xx"), map(int, lua[1:]))),
    }

"""The real server: the Procfile's command, run by gunicorn on a free loopback port, over HTTP."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[1]
SEED = min((ROOT / "seeds").glob("*.txt"))


def procfile_command() -> list[str]:
    line = re.search(r"^web:\s*(.+)$", (ROOT / "Procfile").read_text(encoding="utf-8"), re.MULTILINE)
    return shlex.split(line.group(1))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def call(url: str, body: bytes | None = None, content_type: str = "application/json"):
    """``(status, headers, JSON body)``, for error statuses too."""
    headers = {"Content-Type": content_type} if body is not None else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=body, headers=headers), timeout=20) as r:
            return r.status, r.headers, json.loads(r.read())
    except urllib.error.HTTPError as error:
        return error.code, error.headers, json.loads(error.read())


@pytest.fixture(scope="module")
def server():
    port = free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "SUMMARIZER_HOST": "127.0.0.1",
        "SUMMARIZER_WORKERS": "2",
        "SUMMARIZER_MAX_ARTICLES": "3",  # the environment reaches the app through create_app
        # The venv's gunicorn, as the Procfile names it, whichever way pytest was started.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    process = subprocess.Popen(
        procfile_command(), cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"gunicorn exited with {process.returncode}: {process.stderr.read()[-2000:]}")
            try:
                if call(base + "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("gunicorn did not answer /healthz within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def test_procfile_runs_gunicorn_with_its_config():
    command = procfile_command()
    assert command[0] == "gunicorn" and "gunicorn.conf.py" in command and command[-1] == "service.wsgi:app"


def test_gunicorn_serves_the_api(server):
    text = SEED.read_text(encoding="utf-8")
    assert call(server + "/healthz")[2] == {"status": "ok"}
    assert call(server + "/readyz")[2] == {"status": "ready"}

    status, headers, result = call(
        server + "/v1/summarize", json.dumps({"text": text, "sentences": 2}).encode()
    )
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert len(result["brief"]) == 2 and result["stats"]["elapsed_ms"] > 0
    for sentence in result["brief"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]

    status, _, result = call(server + "/v1/summarize?sentences=1", text.encode(), "text/plain; charset=utf-8")
    assert status == 200 and len(result["brief"]) == 1

    status, _, result = call(
        server + "/v1/batch", json.dumps({"items": [{"id": "x", "text": text}]}).encode()
    )
    assert status == 200 and result["results"][0]["id"] == "x"


def test_gunicorn_answers_errors_as_json(server):
    status, headers, body = call(server + "/nowhere")
    assert status == 404 and headers["Content-Type"] == "application/json"
    assert body["error"]["code"] == "not_found" and body["error"]["field"] is None
    status, _, body = call(server + "/v1/summarize", b'{"text": ')
    assert status == 400 and body["error"]["code"] == "invalid_json"
    status, _, body = call(server + "/v1/summarize", json.dumps({"text": ""}).encode())
    assert status == 422 and body["error"]["code"] == "empty_input"
    status, _, body = call(
        server + "/v1/summarize", json.dumps({"articles": [{"text": "A b."}] * 4}).encode()
    )
    assert status == 413 and body["error"]["code"] == "too_many_articles"
    status, _, body = call(server + "/v1/summarize", b"text", "application/x-www-form-urlencoded")
    assert status == 415

"""The service holds under faults: a request past the time limit, a body over the limit, a killed worker,
a client that never sends its request.

The first test uses the Flask test client; the others run the Procfile's gunicorn on loopback (marker
``server``). Only outcomes are asserted: the figures (how long, how many failed) are what
``benchmarks/faults.py`` measures.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

import summarizer
from service import create_app

# The scripts' gunicorn harness, by path: an installed package already owns the name "benchmarks".
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from harness import Server, post

ARTICLE = b'{"text": "The council met on Monday. It voted to build a bridge. The mayor left early."}'


def test_a_request_past_the_time_limit_is_a_json_503_and_the_worker_goes_on(monkeypatch):
    # The library's first call fills its lazy caches (word lists, stemmer, rankers), which in a cold
    # interpreter (this file run alone) takes longer than the limit: fill them first, as the service's
    # master does before its workers fork.
    assert create_app({"TESTING": True}).test_client().get("/readyz").status_code == 200
    client = create_app({"TESTING": True, "REQUEST_TIMEOUT": 0.2}).test_client()
    monkeypatch.setattr(summarizer, "summarize", lambda *args, **kwargs: time.sleep(60))
    response = client.post("/v1/summarize", data=ARTICLE, content_type="application/json")
    assert response.status_code == 503 and response.get_json()["error"]["code"] == "timeout"
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # disarmed: no alarm left for later

    monkeypatch.undo()
    response = client.post("/v1/summarize", data=ARTICLE, content_type="application/json")
    assert response.status_code == 200 and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@pytest.fixture(scope="module")
def server():
    with Server({"SUMMARIZER_WORKERS": "2"}) as running:
        running.wait_workers(2)
        yield running


@pytest.mark.server
def test_a_body_over_the_limit_is_a_json_413_even_when_the_client_sends_it_all(server):
    body = b'{"text": "' + b"word " * 1_000_000 + b'"}'  # 5 MB, sent whole while the answer is read
    status, answer = post(server.url, "/v1/summarize", body)
    assert status == 413 and answer["error"]["code"] == "body_too_large"


@pytest.mark.server
def test_a_chunked_body_over_the_limit_is_a_413_not_a_brief_of_its_first_2_mib(server):
    # Few words, so that only the body limit can refuse it: cut at 2 MiB it used to be summarized.
    body = b"The council met on Monday. It voted to build a bridge. " + b"x" * 3_000_000
    status, answer = post(server.url, "/v1/summarize", body, "text/plain", chunked=True)
    assert status == 413 and answer["error"]["code"] == "body_too_large"
    status, _ = post(server.url, "/v1/summarize", body[:100_000], "text/plain", chunked=True)
    assert status == 200  # under the limit, chunked is read whole


@pytest.mark.server
def test_a_killed_worker_is_replaced_and_the_service_answers(server):
    # The tests before this one send large bodies, after which a worker may retire on its own
    # (worker_max_rss_mb): the count can dip to one for a moment, so wait for two, then for two that
    # are not the ones we started from.
    # (The other worker may retire and be replaced meanwhile: wait for the killed one to be gone, not for
    # any new pid, which that replacement alone would give while the killed one is still listed.)
    before = {w.pid for w in server.wait_workers(2)}
    killed = min(before)
    os.kill(killed, signal.SIGKILL)
    deadline = time.monotonic() + 30  # a hang guard, not a timing
    while time.monotonic() < deadline:
        pids = {w.pid for w in server.workers()}
        if len(pids) == 2 and killed not in pids:
            break
        time.sleep(0.05)
    assert len(pids) == 2 and killed not in pids
    assert all(post(server.url, "/v1/summarize", ARTICLE)[0] == 200 for _ in range(6))


@pytest.mark.server
def test_a_client_that_sends_nothing_holds_one_worker_and_the_other_answers(server):
    with socket.create_connection(("127.0.0.1", server.port)):
        time.sleep(0.5)  # accepted by one worker, which now waits for its request
        assert post(server.url, "/v1/summarize", ARTICLE, timeout=20)[0] == 200


# --- behind the proxy (deploy/behind-nginx.sh) ----------------------------------------------------------


def _trickle_headers(port: int, seconds: float) -> None:
    """A slow client: a request's headers, one byte every 0.2 s, for ``seconds``."""
    head = b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    head += b"X-Pad: y\r\n" * 40
    ends = time.monotonic() + seconds
    with socket.create_connection(("127.0.0.1", port), timeout=seconds) as sock:
        for byte in head:
            if time.monotonic() > ends:
                return
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                return
            time.sleep(0.2)


@pytest.mark.server
@pytest.mark.skipif(not shutil.which("nginx") and not os.path.exists("/usr/sbin/nginx"), reason="needs nginx")
def test_behind_the_shipped_proxy_slow_clients_do_not_stall_the_service():
    with Server({"SUMMARIZER_WORKERS": "2"}, proxy=True) as proxied:
        proxied.wait_workers(2)
        clients = [
            threading.Thread(target=_trickle_headers, args=(proxied.port, 4), daemon=True) for _ in range(16)
        ]
        for client in clients:
            client.start()
        time.sleep(0.5)
        latencies = []
        while any(client.is_alive() for client in clients) and len(latencies) < 40:
            started = time.monotonic()
            assert post(proxied.url, "/v1/summarize", ARTICLE, timeout=30)[0] == 200
            latencies.append(time.monotonic() - started)
            time.sleep(0.1)
        # Straight to gunicorn the same 16 clients hold both sync workers until its timeout (30 s).
        assert len(latencies) >= 10 and max(latencies) < 2.0, latencies
        status, answer = post(proxied.url, "/v1/summarize", b"x" * 3_000_000, "text/plain", chunked=True)
        assert status == 413 and answer["error"]["code"] == "body_too_large"  # nginx's refusal, as JSON
        for client in clients:
            client.join(timeout=10)


@pytest.mark.server
def test_sigterm_serves_the_connections_already_queued_before_the_workers_exit():
    with Server({"SUMMARIZER_WORKERS": "1"}) as one:
        one.wait_workers(1)
        # The only worker is kept busy reading a body that is still coming.
        busy = socket.create_connection(("127.0.0.1", one.port), timeout=30)
        busy.sendall(
            b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(ARTICLE) + ARTICLE[:10]
        )
        time.sleep(0.5)
        answers: list = []
        queued = [
            threading.Thread(target=lambda: answers.append(_status(one.url)), daemon=True) for _ in range(4)
        ]
        for client in queued:
            client.start()
        time.sleep(0.5)  # the four wait in the listen queue
        os.kill(one.pid, signal.SIGTERM)
        time.sleep(0.5)
        busy.sendall(ARTICLE[10:])  # the worker finishes its request, then sees the queue
        assert busy.recv(12).startswith(b"HTTP/1.1 200")
        busy.close()
        for client in queued:
            client.join(timeout=30)
        assert answers == [200] * 4  # gunicorn's sync worker reset all four


def _status(url: str):
    try:
        return post(url, "/v1/summarize", ARTICLE, timeout=30)[0]
    except OSError as error:
        return type(error).__name__


@pytest.mark.server
def test_a_worker_left_large_by_a_large_request_is_replaced_and_an_ordinary_one_is_not():
    # A limit of 1 MB: every worker is above it, so only the size of the request decides.
    with Server({"SUMMARIZER_WORKERS": "1", "SUMMARIZER_WORKER_MAX_RSS_MB": "1"}) as one:
        [first] = one.wait_workers(1)
        assert all(post(one.url, "/v1/summarize", ARTICLE)[0] == 200 for _ in range(5))
        assert [w.pid for w in one.workers()] == [first.pid]  # ordinary requests: the same worker
        large = b'{"text": "' + b"The council met on Monday. " * 12_000 + b'"}'  # 324 kB
        assert post(one.url, "/v1/summarize", large)[0] == 200
        deadline = time.monotonic() + 30  # a hang guard, not a timing
        while [w.pid for w in one.workers()] in ([first.pid], []) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [w.pid for w in one.workers()] not in ([first.pid], [])
        assert "after a large request" in one.log() and post(one.url, "/v1/summarize", ARTICLE)[0] == 200

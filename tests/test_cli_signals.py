"""The real ``python -m summarizer`` in a subprocess: Ctrl-C leaves valid JSONL, --resume finishes it; a
signal stops a run at once, and a run killed outright takes its workers with it."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
ITEMS = 3000  # a few thousand: the signal lands mid-run


def test_ctrl_c_leaves_a_valid_partial_output_and_resume_finishes_it(tmp_path):
    source = tmp_path / "notes.jsonl"
    source.write_text(
        "".join(
            json.dumps({"id": f"n{i}", "text": f"Note {i} says the river rose {i} cm today."}) + "\n"
            for i in range(ITEMS)
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "summarizer", str(source), "-o", str(out), "--jobs", "2"]

    run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while (
        not (out.exists() and out.stat().st_size > 0) and time.monotonic() < deadline and run.poll() is None
    ):
        time.sleep(0.05)
    run.send_signal(signal.SIGINT)
    stdout, stderr = run.communicate(timeout=60)

    assert run.returncode == 128 + signal.SIGINT, stderr
    assert stdout == "" and "--resume" in stderr
    partial = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]  # every line parses
    assert 0 < len(partial) < ITEMS
    assert [r["id"] for r in partial] == [f"n{i}" for i in range(len(partial))]

    finish = subprocess.run([*command, "--resume"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert finish.returncode == 0, finish.stderr
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"n{i}" for i in range(ITEMS)]  # every id exactly once, in input order


def _handles_sigterm(pid: int) -> bool:
    """Whether ``pid`` has a handler for SIGTERM yet (the run installs it once it starts reading)."""
    status = Path(f"/proc/{pid}/status").read_text()
    caught = int(next(line for line in status.splitlines() if line.startswith("SigCgt:")).split()[1], 16)
    return bool(caught & (1 << (signal.SIGTERM - 1)))


def test_the_first_sigterm_stops_a_run_that_waits_for_its_input(tmp_path):
    out = tmp_path / "out.jsonl"
    run = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "-", "-o", str(out)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        run.stdin.write(json.dumps({"id": "first", "text": "The river rose 4 cm today."}) + "\n")
        run.stdin.flush()  # and then nothing more, and no end of input: the run waits on its input
        deadline = time.monotonic() + 60
        while not _handles_sigterm(run.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        run.send_signal(signal.SIGTERM)
        run.wait(timeout=10)  # it used to wait for the input for good
    finally:
        run.kill()
        _, stderr = run.communicate()
    assert run.returncode == 128 + signal.SIGTERM and "--resume" in stderr
    assert out.read_text(encoding="utf-8") == ""  # the item read waits for a batch: --resume does it


def test_workers_die_with_a_run_killed_by_sigkill(tmp_path):
    source = tmp_path / "notes.jsonl"
    source.write_text(
        "".join(json.dumps({"text": f"Note {i}: the river rose {i} cm."}) + "\n" for i in range(ITEMS)),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "summarizer", str(source), "-o", str(out), "--jobs", "2"]
    run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (out.exists() and out.stat().st_size) and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = psutil.Process(run.pid).children(recursive=True)
        assert workers
        run.kill()  # the run alone, not its process group: nothing but the kernel can tell the workers
        run.wait(timeout=10)
        _, alive = psutil.wait_procs(workers, timeout=10)
    finally:
        run.kill()
    for worker in alive:
        worker.kill()
    assert alive == []  # they used to go on for 30 s and more


def test_a_signal_does_not_wait_for_workers_busy_with_slow_items(tmp_path):
    from tests import hostile

    # Slow items, as some are: sumy's KL method on the largest merged set takes seconds each, and a
    # worker takes them 8 at a time. A stop that waited for the batches in hand would wait 20 s or more.
    largest = next(case for case in hostile.CASES if case.name == "200 articles of 500 words").request()
    slow = json.dumps({**largest, "options": {"method": "sumy-kl"}})
    source = tmp_path / "slow.jsonl"
    source.write_text((slow + "\n") * 16, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "summarizer", str(source), "-o", str(out), "--jobs", "2"]
    run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while len(psutil.Process(run.pid).children()) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = psutil.Process(run.pid).children()
        time.sleep(1)  # both workers are in the middle of their first slow item
        run.send_signal(signal.SIGTERM)
        started = time.monotonic()
        run.wait(timeout=60)
        took = time.monotonic() - started
    finally:
        run.kill()
        _, stderr = run.communicate()
    assert run.returncode == 128 + signal.SIGTERM and "--resume" in stderr
    assert took < 5, took  # at once, not after the batches in hand
    _, alive = psutil.wait_procs(workers, timeout=5)
    assert alive == []  # and the workers were ended with the run
    assert out.read_text(encoding="utf-8") == ""


_HALF_A_RESULT = """
import os, struct, sys, threading, time
from concurrent.futures import ProcessPoolExecutor
import multiprocessing
from summarizer.cli.pool import _terminate_workers

def half_a_result(fd):
    # what a worker ended while it wrote a result leaves in the pipe: a length, and not all its bytes
    os.write(fd, struct.pack("!i", 1 << 20) + b"partial")
    time.sleep(60)

executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
executor.submit(half_a_result, executor._result_queue._writer.fileno())
time.sleep(1.0)
_terminate_workers(executor)
done = threading.Thread(target=executor.shutdown, kwargs={"wait": True, "cancel_futures": True}, daemon=True)
done.start()
done.join(20)
sys.exit(1 if done.is_alive() else 0)
"""


def test_a_worker_ended_halfway_through_a_result_does_not_hang_the_stop():
    # Seen in CI: a run stopped by Ctrl-C never returned. A worker ended while it sent a result had left
    # half a message in the result pipe, and the pool's thread waited for the rest for ever. Run apart,
    # in a process of its own, so that a hang fails the test instead of holding the suite.
    done = subprocess.run(
        [sys.executable, "-c", _HALF_A_RESULT], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr

"""The real ``python -m summarizer`` in a subprocess: Ctrl-C leaves valid JSONL, --resume finishes it; a
signal stops a run at once, and a run killed outright takes its workers with it."""

from __future__ import annotations

import json
import os
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


def test_a_signal_does_not_wait_for_workers_busy_with_slow_items(tmp_path, monkeypatch):
    import threading

    import pytest

    import summarizer
    from summarizer.cli import RunConfig, run
    from summarizer.cli import records as per_item

    if threading.active_count() > 1:
        pytest.skip("the workers are started by the forkserver here and do not see the monkeypatch")

    def slow(source, **kwargs):
        if "slow" in source["text"]:
            time.sleep(60)  # an item that takes minutes, as some do
        return summarizer.summarize(source, **kwargs)

    monkeypatch.setattr(per_item, "summarize", slow)
    source = tmp_path / "in.jsonl"
    texts = [f"Note {i} is {'slow' if i >= 24 else 'quick'}. The river rose." for i in range(60)]
    source.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for t, i in zip(texts, range(60))))
    out = tmp_path / "out.jsonl"
    # SIGTERM from outside, 3 s in: by then the workers are stuck on the slow items.
    previous = signal.signal(signal.SIGALRM, lambda *_: os.kill(os.getpid(), signal.SIGTERM))
    signal.setitimer(signal.ITIMER_REAL, 3)
    started = time.monotonic()
    try:
        summary = run(RunConfig(paths=(str(source),), output=str(out), jobs=2))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert summary.stopped_by == signal.SIGTERM and time.monotonic() - started < 20  # not 60 s and more
    written = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert written == list(range(len(written))) and len(written) <= 24  # whole records, in order
    assert psutil.Process().children() == []  # the workers were ended, not left behind

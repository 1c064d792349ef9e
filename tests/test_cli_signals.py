"""The real ``python -m summarizer`` in a subprocess: Ctrl-C leaves valid JSONL, --resume finishes it."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

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

"""SIGKILL mid-batch: the CLI leaves a valid partial output, and ``--resume`` completes it exactly once.

Ctrl-C and SIGTERM are caught and end on a whole record (tests/test_cli_signals.py). SIGKILL cannot be
caught: the kernel ends the command and its workers wherever they are. What must still hold is what
docs/cli.md promises: the output holds the records of a prefix of the input, in order (the last line
may be torn), and ``--resume`` drops a torn line and appends the rest, so every id ends up in the
output exactly once. Here the run is killed twice, the second time while it resumes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ITEMS = 3000


def _write_items(path: Path) -> list[str]:
    ids = [f"n{i}" for i in range(ITEMS)]
    path.write_text(
        "".join(
            json.dumps({"id": item, "text": f"Gauge {i} on the river read {i % 97} cm at dawn. "
                        f"The crew logged it at station {i % 13}. Nothing else changed."}) + "\n"
            for i, item in enumerate(ids)
        ),
        encoding="utf-8",
    )  # fmt: skip
    return ids


def _whole_records(out: Path) -> list[str]:
    """The ids of the output's whole lines; a torn last line (no newline yet) is allowed and skipped."""
    lines = out.read_bytes().split(b"\n")
    return [json.loads(line)["id"] for line in lines[:-1]]  # every whole line parses as a record


def _kill_after_growth(command: list[str], out: Path, past: int) -> None:
    """Start ``command`` and SIGKILL it, with its worker processes, once ``out`` is past ``past`` bytes."""
    run = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 60
    try:
        while run.poll() is None and time.monotonic() < deadline:
            if out.exists() and out.stat().st_size > past:
                break
            time.sleep(0.02)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)  # the session the command leads: it and its workers
        run.wait(timeout=30)
    assert run.returncode == -signal.SIGKILL, "the run ended before it could be killed"


def test_sigkill_mid_batch_then_resume_gives_every_id_exactly_once(tmp_path):
    source, out = tmp_path / "notes.jsonl", tmp_path / "out.jsonl"
    ids = _write_items(source)
    command = [sys.executable, "-m", "summarizer", str(source), "-o", str(out), "--jobs", "2"]

    _kill_after_growth(command, out, past=0)
    first = _whole_records(out)
    assert 0 < len(first) < ITEMS and first == ids[: len(first)]

    _kill_after_growth([*command, "--resume"], out, past=out.stat().st_size + 2000)
    second = _whole_records(out)
    assert len(first) < len(second) < ITEMS and second == ids[: len(second)]

    finish = subprocess.run(
        [*command, "--resume"], cwd=ROOT, capture_output=True, text=True, timeout=180, check=False
    )
    assert finish.returncode == 0, finish.stderr
    assert f"resumed: {len(second)} records were already in" in finish.stderr
    assert _whole_records(out) == ids  # every id exactly once, in input order
    assert out.read_bytes().endswith(b"\n")

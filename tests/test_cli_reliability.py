"""The batch CLI against inputs and events that must never stop a run for good (issue 17).

Each test names what used to go wrong: an item that ended the whole run (and ended every ``--resume``
on the same item), an input that hung the run, a folder skipped in silence, a disk that filled up.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.test_cli import ROOT, article, cli, records

SURROGATE_LINE = '{"id": "a", "text": "The council met \\ud800 on Monday. The mayor left early."}\n'


# --- lone surrogates ----------------------------------------------------------------------------


def test_a_lone_surrogate_is_replaced_and_the_run_and_its_resume_finish(capsys, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        SURROGATE_LINE
        + json.dumps({"id": "b", "text": article(1)})
        + "\n"
        + '{"id": "c\\udc00", "text": "x", "options": {"method": "\\udfff"}}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    code, _, err = cli(capsys, source, "-o", out, "--jobs", "1")
    got = records(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in got] == ["a", "b", "c\ufffd"]
    assert "met \ufffd on Monday." in got[0]["brief"][0]["text"]  # one code point for one: offsets hold
    assert "error" not in got[1] and got[2]["error"]["code"] == "unknown_method"
    assert code == 1 and "1 of 3 items failed" in err

    out.write_text("")  # a run that was stopped before its first record
    code, _, err = cli(capsys, source, "-o", out, "--jobs", "1", "--resume")
    assert code == 1 and [r["id"] for r in records(out.read_text(encoding="utf-8"))] == ["a", "b", "c\ufffd"]
    code, _, err = cli(capsys, source, "-o", out, "--jobs", "1", "--resume")  # ids match the inputs'
    assert code == 1 and "3 records were already" in err


def test_a_file_name_that_is_not_utf8_gets_a_record(capsys, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w", encoding="utf-8") as f:
        f.write(article(2))
    code, out, _ = cli(capsys, folder, "--format", "jsonl")
    [record] = records(out)
    assert code == 0 and record["id"].endswith("caf\ufffd.txt") and record["brief"]


# --- files that are not files, folders that cannot be listed -------------------------------------


def test_a_fifo_among_the_inputs_is_an_error_record_not_a_hang(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    os.mkfifo(folder / "b.txt")  # nobody will ever write to it
    os.mkfifo(folder / "c.jsonl")
    (folder / "d.txt").write_text(article(2), encoding="utf-8")
    for jobs in ("1", "2"):
        run = subprocess.run(
            [sys.executable, "-m", "summarizer", str(folder), "-f", "jsonl", "--jobs", jobs],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        got = records(run.stdout)
        assert [Path(r["id"]).name for r in got] == ["a.txt", "b.txt", "c.jsonl", "d.txt"]
        codes = [r.get("error", {}).get("code") for r in got]
        assert codes == [None, "unreadable_input", "unreadable_input", None]
        assert "FIFO" in got[1]["error"]["message"] and "standard input (-)" in got[2]["error"]["message"]
        assert run.returncode == 1 and "2 of 4 items failed" in run.stderr


def test_a_subfolder_that_cannot_be_listed_gets_an_error_record(capsys, tmp_path, monkeypatch):
    # The tests run as root, whom permission bits do not stop: the refusal is simulated where the
    # walk (and the error record, which asks again for the reason) lists folders, os.scandir.
    for name in ("a", "b_locked", "c"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "1.txt").write_text(article(len(name)), encoding="utf-8")
    locked = str(tmp_path / "b_locked")
    scandir = os.scandir

    def refuse(path="."):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    code, out, err = cli(capsys, tmp_path, "-f", "jsonl", "--jobs", "1")
    got = records(out)
    assert [r["id"] for r in got] == [str(tmp_path / "a" / "1.txt"), locked, str(tmp_path / "c" / "1.txt")]
    assert got[1]["error"] == {
        "code": "unreadable_input",
        "message": f"{locked}: cannot list the folder: Permission denied; its files were not read",
    }
    assert code == 1 and "1 of 3 items failed" in err


# --- outputs that cannot be written --------------------------------------------------------------


def test_a_full_disk_is_a_clean_error_with_its_own_exit_status(capsys):
    # /dev/full answers every write with ENOSPC, as a full disk does.
    for argv in (["-o", "/dev/full"], ["-o", "/dev/full", "-f", "json"]):
        code, _, err = cli(capsys, ROOT / "seeds", *argv, "--jobs", "1")
        assert code == 3 and "cannot write /dev/full: No space left on device" in err
        assert "Traceback" not in err and "--resume" in err


def test_the_dask_engine_with_an_output_it_cannot_write_is_a_usage_error(capsys, tmp_path, monkeypatch):
    (tmp_path / "file").write_text("")
    code, _, err = cli(capsys, ROOT / "seeds", "--engine", "dask", "-o", tmp_path / "file" / "parts")
    assert code == 2 and "cannot write the output folder" in err and "Not a directory" in err

    def read_only(*args, **kwargs):  # a read-only file system, which root's permissions do not bypass
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(os, "makedirs", read_only)
    code, _, err = cli(capsys, ROOT / "seeds", "--engine", "dask", "-o", tmp_path / "parts")
    assert code == 2 and "Read-only file system" in err and "Traceback" not in err

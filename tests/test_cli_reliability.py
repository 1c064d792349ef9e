"""The batch CLI against inputs and events that must never stop a run for good (issue 17).

Each test names what used to go wrong: an item that ended the whole run (and ended every ``--resume``
on the same item), an input that hung the run, a folder skipped in silence, a disk that filled up.
"""

from __future__ import annotations

import json
import os

import pytest

from tests.test_cli import article, cli, records, write_jsonl

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

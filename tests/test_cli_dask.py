"""``--engine dask`` on a LocalCluster: the same records as a local run, partitioned, resumable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.cli import main

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]


def article(i: int) -> str:
    return (
        f"Report {i} on the harbour\n\n"
        f"The harbour in town {i} reopened after {i + 2} days of repairs. "
        f"Fishing boats returned on Monday with {i * 3 + 5} crates of cod. "
        f"The mayor thanked {i + 20} workers who rebuilt the pier."
    )


@pytest.fixture(scope="module")
def scheduler():
    # Threads in this process: no worker processes to start, so the test stays quick.
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def inputs(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    lines = [json.dumps({"text": article(i)}) for i in range(12)]
    lines[4] = "not json"
    lines.insert(7, "")  # a blank line still counts in the line numbers
    (data / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (data / "b.txt").write_text(article(40), encoding="utf-8")
    (data / "c.txt").write_text(article(41), encoding="utf-8")
    (data / "d.jsonl").write_text("", encoding="utf-8")
    (data / "e.jsonl").write_text(
        json.dumps({"id": "last", "articles": [{"text": article(50)}]}), encoding="utf-8"
    )
    return data


def parts_text(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("part-*.jsonl")))


def test_dask_engine_writes_the_records_of_a_local_run(tmp_path, inputs, scheduler, monkeypatch):
    monkeypatch.chdir(tmp_path)  # relative paths, as a user gives them: ids are paths as given
    assert main(["data", "-o", "local.jsonl", "--jobs", "1"]) == 1  # one line is not JSON
    code = main(
        ["data", "-o", "parts", "--engine", "dask", "--scheduler", scheduler, "--partition-size", "1kB"]
    )
    assert code == 1
    local = (tmp_path / "local.jsonl").read_text(encoding="utf-8")
    assert len(list((tmp_path / "parts").glob("part-*.jsonl"))) > 3  # a.jsonl is cut into several
    assert parts_text(tmp_path / "parts") == local
    assert "data/a.jsonl:5" in local and "data/a.jsonl:13" in local  # line numbers across partitions


def test_dask_resume_runs_only_the_missing_partitions(tmp_path, inputs, scheduler, monkeypatch):
    monkeypatch.chdir(tmp_path)
    argv = ["data", "-o", "parts", "--engine", "dask", "--scheduler", scheduler, "--partition-size", "1kB"]
    main(argv)
    complete = parts_text(tmp_path / "parts")
    parts = sorted((tmp_path / "parts").glob("part-*.jsonl"))
    parts[1].unlink()
    parts[-1].unlink()
    untouched = parts[0].stat().st_mtime_ns
    assert main([*argv, "--resume"]) == 1
    assert parts_text(tmp_path / "parts") == complete
    assert parts[0].stat().st_mtime_ns == untouched
    assert main([*argv[:-1], "2kB", "--resume"]) == 2  # another partitioning: refused


def test_dask_engine_starts_a_local_cluster_without_a_scheduler(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "one.txt").write_text(article(1), encoding="utf-8")
    assert main(["one.txt", "-o", "parts", "--engine", "dask", "--jobs", "1"]) == 0
    [record] = [json.loads(line) for line in parts_text(tmp_path / "parts").splitlines()]
    assert record["id"] == "one.txt" and record["brief"]


def test_dask_engine_usage_errors(tmp_path, capsys):
    assert main([str(ROOT / "seeds"), "--engine", "dask"]) == 2  # needs -o
    assert main([str(ROOT / "seeds"), "--engine", "dask", "-o", str(tmp_path), "-f", "text"]) == 2
    assert main([str(ROOT / "seeds"), "--engine", "dask", "-o", str(tmp_path), "--merge"]) == 2
    assert "error" in capsys.readouterr().err


def test_dask_engine_replaces_a_lone_surrogate_and_goes_on(tmp_path, scheduler, monkeypatch):
    monkeypatch.chdir(tmp_path)
    line = '{"id": "a", "text": "The council met \\ud800 on Monday. The mayor left early."}\n'
    (tmp_path / "in.jsonl").write_text(line + json.dumps({"id": "b", "text": article(1)}) + "\n")
    assert main(["in.jsonl", "-o", "parts", "--engine", "dask", "--scheduler", scheduler]) == 0
    got = [json.loads(line) for line in parts_text(tmp_path / "parts").splitlines()]
    assert [r["id"] for r in got] == ["a", "b"] and "met \ufffd on" in got[0]["brief"][0]["text"]


def test_dask_engine_gives_a_fifo_an_error_record(tmp_path, scheduler, monkeypatch):
    import os

    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article(1), encoding="utf-8")
    os.mkfifo(tmp_path / "in" / "b.jsonl")  # nobody writes to it: reading it would wait for good
    assert main(["in", "-o", "parts", "--engine", "dask", "--scheduler", scheduler]) == 1
    got = [json.loads(line) for line in parts_text(tmp_path / "parts").splitlines()]
    assert [r["id"] for r in got] == ["in/a.txt", "in/b.jsonl"]
    assert got[1]["error"]["code"] == "unreadable_input" and "FIFO" in got[1]["error"]["message"]

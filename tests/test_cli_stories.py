"""``python -m summarizer FEED.jsonl --cluster``: one record per story, with its merged brief (issue 16)."""

from __future__ import annotations

import io
import json

import pytest

from summarizer import summarize
from summarizer.cli import RunConfig, main, run
from summarizer.stories import story_id

distributed = pytest.importorskip("distributed")


@pytest.fixture
def feed_file(tmp_path, feed):
    lines = [json.dumps(a) for a in feed]
    lines.insert(3, json.dumps({"id": "set", "articles": [{"text": "A merged set is not a feed item."}]}))
    lines.insert(5, "not json")
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_one_record_per_story_with_its_merged_brief(capsys, feed_file, feed):
    assert main([str(feed_file), "--cluster", "--jobs", "1", "--sentences", "2"]) == 1  # two bad items
    out = records(capsys.readouterr().out)
    stories = [r for r in out if "error" not in r]
    assert [r["members"] for r in stories] == [
        ["flood-1", "flood-2", "flood-3"],
        ["rates-1", "rates-2"],
        ["chess-1"],
    ]
    assert [r["size"] for r in stories] == [3, 2, 1]
    assert stories[0]["id"] == story_id("flood-1")
    flood = summarize([feed[0], feed[2], feed[5]], sentences=2).to_dict()
    del flood["cohesion"]  # a story's record gives the story's own cohesion
    assert {k: stories[0][k] for k in flood} == flood  # the story's brief is the merged set's
    alone = summarize(feed[3], sentences=2).to_dict()
    del alone["cohesion"]
    assert {k: stories[2][k] for k in alone} == alone  # a story of one is briefed as its article
    # the error records stand at the place of their items, between the stories
    assert [r["id"] for r in out] == [
        story_id("flood-1"),
        story_id("rates-1"),
        "set",
        story_id("chess-1"),
        f"{feed_file}:6",
    ]
    assert out[2]["error"]["code"] == "invalid_input" and "--cluster" in out[2]["error"]["message"]


def test_worker_processes_write_the_same_records(feed_file):
    outputs = []
    for jobs, batch in ((1, 8), (2, 1)):  # a batch of one story: the pool starts even for three stories
        out = io.StringIO()
        summary = run(
            RunConfig(paths=(str(feed_file),), cluster=True, jobs=jobs, batch_size=batch, format="jsonl"),
            stdout=out,
            stderr=io.StringIO(),
        )
        assert (summary.records, summary.failed) == (5, 2)
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]


def test_dask_engine_writes_the_stories_into_the_folder(tmp_path, feed_file, capsys):
    assert main([str(feed_file), "--cluster", "--jobs", "1", "-o", str(tmp_path / "local.jsonl")]) == 1
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as c:
        code = main(
            [
                str(feed_file),
                "--cluster",
                "--engine",
                "dask",
                "--scheduler",
                c.scheduler_address,
                "-o",
                str(tmp_path / "parts"),
            ]
        )
    assert code == 1
    local = (tmp_path / "local.jsonl").read_text(encoding="utf-8")
    assert (tmp_path / "parts" / "part-00000.jsonl").read_text(encoding="utf-8") == local


def test_text_format_names_each_story(capsys, feed_file):
    main([str(feed_file), "--cluster", "-f", "text", "--keyphrases", "0"])
    out = capsys.readouterr().out
    assert f"== {story_id('flood-1')} (3 articles) ==" in out


@pytest.mark.parametrize("extra", [["--merge"], ["--resume", "-o", "out.jsonl"]])
def test_cluster_usage_errors(capsys, feed_file, extra, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main([str(feed_file), "--cluster", *extra]) == 2
    assert "--cluster" in capsys.readouterr().err

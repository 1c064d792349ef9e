"""The batch CLI in-process: every input kind, every format, every error, resume, jobs.

``main([...])`` runs in this process; standard output and error are captured, and standard input
is replaced when a test reads ``-``. The subprocess test (a real Ctrl-C) is in test_cli_signals.py and
the dask engine in test_cli_dask.py.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

import summarizer
from summarizer.cli import main
from summarizer.cli.args import build_parser

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
RECORD_KEYS = {"id", "headline", "brief", "keyphrases", "method", "titles", "language", "metadata", "cohesion", "warning"}

TOWNS = ["Leeds", "Derby", "Bath", "York", "Hull", "Ely", "Wells", "Ripon"]


def article(i: int) -> str:
    """A small news article, different for every ``i``: a title line and two paragraphs."""
    town, other = TOWNS[i % len(TOWNS)], TOWNS[(i + 3) % len(TOWNS)]
    return (
        f"Flood warning number {i} issued for {town}\n\n"
        f"Heavy rain caused the river in {town} to rise by {i + 2} metres overnight. "
        f"Officials in {town} opened {i % 5 + 2} shelters for families near the water. "
        f"Trains between {town} and {other} were cancelled on Tuesday.\n\n"
        f"Forecasters expect {i + 10} millimetres of rain on Wednesday. "
        f"The council of {town} asked drivers to avoid the bridge until the water falls."
    )


def write_jsonl(path: Path, items: list) -> Path:
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return path


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def stdin(monkeypatch):
    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))

    return feed


# --- inputs ------------------------------------------------------------------------------------


def test_text_file_gives_one_record_shaped_like_brief_to_dict(capsys, tmp_path):
    path = tmp_path / "flood.txt"
    path.write_text(article(1), encoding="utf-8")
    code, out, err = cli(capsys, path, "--jobs", "1")
    assert code == 0 and err == ""
    [record] = records(out)
    expected = summarizer.summarize(article(1)).to_dict()
    assert record == {"id": str(path), **json.loads(json.dumps(expected))}
    assert set(record) == RECORD_KEYS
    assert record["titles"] == ["Flood warning number 1 issued for Derby"]  # detected as in the library


def test_markdown_file_is_read_as_text(capsys, tmp_path):
    (tmp_path / "a.md").write_text(article(2), encoding="utf-8")
    code, out, _ = cli(capsys, tmp_path / "a.md")
    assert code == 0 and records(out)[0]["brief"]


def test_html_page_is_reduced_to_its_main_text(capsys, tmp_path):
    paragraphs = "".join(f"<p>{p}</p>" for p in article(3).split("\n\n")[1:])
    page = (
        "<html><head><title>Flood warning for York</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>Weather menu link</a></li></ul></nav>"
        f"<article><h1>Flood warning for York</h1>{paragraphs}</article>"
        "<footer>Copyright footer text, all rights reserved</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    code, out, _ = cli(capsys, tmp_path / "page.html")
    [record] = records(out)
    assert code == 0
    texts = " ".join(s["text"] for s in record["brief"])
    assert "York" in texts and "menu" not in texts and "Copyright" not in texts
    assert record["titles"] == ["Flood warning for York"]


def test_folder_is_walked_in_sorted_order_with_known_suffixes_only(capsys, tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(article(4), encoding="utf-8")
    (tmp_path / "a.txt").write_text(article(5), encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(article(6), encoding="utf-8")
    code, out, _ = cli(capsys, tmp_path, "-f", "jsonl")
    assert code == 0
    assert [r["id"] for r in records(out)] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt")]


def test_jsonl_articles_and_merged_sets_with_ids_and_line_numbers(capsys, tmp_path):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "first", "title": "Floods", "text": article(7), "summary": "ignored reference"},
            {"text": article(8)},
            {
                "id": "set",
                "articles": [{"id": "x", "title": None, "text": article(9)}, {"text": article(10)}],
            },
        ],
    )
    code, out, _ = cli(capsys, path)
    first, second, merged = records(out)
    assert code == 0
    assert first["id"] == "first" and first["titles"] == ["Floods"]
    assert second["id"] == f"{path}:2"
    assert merged["id"] == "set" and len(merged["titles"]) == 2
    assert {s["article"] for s in merged["brief"]} <= {0, 1}
    assert len(merged["brief"]) == summarizer.DEFAULTS.default_set_sentences


def test_item_options_override_the_command_line(capsys, tmp_path):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "cli", "text": article(11)},
            {"id": "own", "text": article(12), "options": {"sentences": 1, "headline": False}},
            {"id": "typo", "text": article(13), "options": {"sentense": 1}},
        ],
    )
    code, out, _ = cli(capsys, path, "--sentences", "2")
    default, own, typo = records(out)
    assert len(default["brief"]) == 2 and default["headline"]
    assert len(own["brief"]) == 1 and own["headline"] is None
    assert typo["error"]["code"] == "invalid_option" and "sentense" in typo["error"]["message"]
    assert code == 1


def test_stdin_text_and_stdin_jsonl(capsys, stdin):
    stdin(article(14).encode())
    code, out, _ = cli(capsys, "-")
    assert code == 0 and records(out)[0]["id"] == "<stdin>"
    stdin(
        b"\n"
        + json.dumps({"text": article(15)}).encode()
        + b"\n"
        + json.dumps({"id": 7, "text": article(16)}).encode()
    )
    code, out, _ = cli(capsys)  # no path and a piped standard input: read it
    assert [r["id"] for r in records(out)] == ["<stdin>:2", 7]


def test_merge_summarizes_all_articles_as_one_set(capsys, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": article(17)}, {"articles": [{"text": article(18)}]}])
    (tmp_path / "c.txt").write_text(article(19), encoding="utf-8")
    code, out, _ = cli(capsys, path, tmp_path / "c.txt", "--merge")
    [record] = records(out)
    assert code == 0 and record["id"] == "merged" and len(record["titles"]) == 3


# --- outputs -----------------------------------------------------------------------------------


def test_text_format_is_readable_and_merges_only_when_asked(capsys):
    code, out, _ = cli(capsys, *SEEDS, "-f", "text")
    assert code == 0
    headers = re.findall(r"^== (.*) ==$", out, flags=re.M)
    assert headers == [*map(str, SEEDS)]  # unrelated articles are never merged unasked
    _, merged, _ = cli(capsys, *SEEDS, "-f", "text", "--merge")
    assert re.findall(r"^== (.*) ==$", merged, flags=re.M) == [f"merged ({len(SEEDS)} articles)"]
    first = out.split("\n\n== ")[0]
    brief = summarizer.summarize(SEEDS[0].read_text(encoding="utf-8"))
    assert brief.headline in first
    assert first.count("\n  * ") == len(brief.sentences)
    assert "keyphrases: " + brief.keyphrases[0] in first


def test_jsonl_and_markdown_have_one_item_per_article(capsys):
    _, out, _ = cli(capsys, *SEEDS, "-f", "jsonl")
    assert [r["id"] for r in records(out)] == [str(p) for p in SEEDS]
    _, out, _ = cli(capsys, *SEEDS, "-f", "markdown", "--keyphrases", "2")
    assert out.count("\n## ") + out.startswith("## ") == len(SEEDS)
    assert "\n- " in out and "*Keyphrases:* " in out


def test_json_format_is_one_array_of_the_jsonl_records(capsys):
    _, jsonl, _ = cli(capsys, *SEEDS, "-f", "jsonl")
    _, array, _ = cli(capsys, *SEEDS, "-f", "json")
    assert json.loads(array) == records(jsonl)


def test_output_file_takes_its_format_from_its_suffix(capsys, tmp_path):
    code, out, _ = cli(capsys, SEEDS[0], "-o", tmp_path / "out.md")
    assert code == 0 and out == ""
    assert (tmp_path / "out.md").read_text(encoding="utf-8").startswith(f"## {SEEDS[0]}")
    cli(capsys, SEEDS[0], "-o", tmp_path / "out.jsonl")
    assert records((tmp_path / "out.jsonl").read_text(encoding="utf-8"))[0]["id"] == str(SEEDS[0])


def test_progress_bar_goes_to_stderr_only(capsys, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": article(i)} for i in range(3)])
    code, out, err = cli(capsys, path, "--progress")
    assert code == 0 and len(records(out)) == 3
    assert "3 items" in err


# --- summary options ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "check"),
    [
        (["--sentences", "1"], lambda r: len(r["brief"]) == 1),
        # words=N takes whole sentences until the brief has N words: all but the last have fewer.
        (["--words", "25"], lambda r: sum(len(s["text"].split()) for s in r["brief"][:-1]) < 25),
        (["--ratio", "0.4"], lambda r: len(r["brief"]) == 2),
        (
            ["--order", "rank"],
            lambda r: (
                [s["score"] for s in r["brief"]] == sorted((s["score"] for s in r["brief"]), reverse=True)
            ),
        ),
        (["--no-headline"], lambda r: r["headline"] is None),
        (["--headline-characters", "40"], lambda r: 0 < len(r["headline"]) <= 40),
        (["--keyphrases", "0"], lambda r: r["keyphrases"] == []),
        (["--method", "textrank"], lambda r: r["method"] == "textrank"),
    ],
)
def test_summary_options_reach_the_library(capsys, tmp_path, argv, check):
    (tmp_path / "a.txt").write_text(article(20), encoding="utf-8")
    code, out, _ = cli(capsys, tmp_path / "a.txt", *argv)
    assert code == 0 and check(records(out)[0])


def test_list_methods(capsys):
    code, out, _ = cli(capsys, "--list-methods")
    lines = out.splitlines()
    assert code == 0 and [line.split()[0] for line in lines] == list(summarizer.list_methods())
    assert all(len(line.split()) > 3 for line in lines), "each method has a one-line description"


@pytest.mark.parametrize(
    "argv",
    [
        ["--sentences", "2", "--words", "10"],  # one budget only
        ["--sentences", "0"],  # out of range: the library's BudgetError
        ["--language", "klingon"],  # only the pipeline knows: checked once, before any input
        ["--method", "nope"],
        ["--resume"],  # needs -o
        ["--resume", "-o", "x.md"],  # needs JSONL
        ["--scheduler", "tcp://127.0.0.1:1"],  # needs --engine dask
        ["--jobs", "0"],
        ["--headline-characters", "9"],  # below the library's least
    ],
)
def test_usage_errors_exit_2_with_a_message(capsys, argv):
    code, out, err = cli(capsys, SEEDS[0], *argv)
    assert code == 2 and out == "" and "error" in err


def test_missing_path_is_a_usage_error(capsys, tmp_path):
    code, out, err = cli(capsys, SEEDS[0], tmp_path / "nope.txt")
    assert code == 2 and out == "" and "nope.txt" in err


def test_every_option_is_documented():
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    options = [s for action in build_parser()._actions for s in action.option_strings if s.startswith("--")]
    missing = [o for o in options if o not in docs]
    assert not missing, f"document these options in docs/cli.md: {missing}"


# --- bad input becomes error records ------------------------------------------------------------


def test_bad_inputs_become_error_records_and_the_run_goes_on(capsys, tmp_path):
    (tmp_path / "1_latin1.txt").write_bytes(
        ("Café owners in Málaga welcomed tourists. " * 3).encode("cp1252")
    )
    (tmp_path / "2_binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "3_empty.txt").write_bytes(b"")
    (tmp_path / "4_empty.jsonl").write_bytes(b"\n")
    (tmp_path / "5_lines.jsonl").write_bytes(
        b'{"id": "ok", "text": "The mayor opened the bridge on Monday."}\n'
        b"not json\n"
        b'{"id": "no-text", "title": "Only a title"}\n'
        b'{"text": "caf\xe9 in latin-1 on a JSONL line"}\n'
        b"[1, 2]\n"
    )
    code, out, err = cli(capsys, tmp_path)
    got = {r["id"]: r.get("error", {}).get("code") for r in records(out)}
    lines = str(tmp_path / "5_lines.jsonl")
    assert got == {
        str(tmp_path / "1_latin1.txt"): None,  # decoded with its likely encoding
        str(tmp_path / "2_binary.txt"): "undecodable_input",
        str(tmp_path / "3_empty.txt"): "empty_input",
        str(tmp_path / "4_empty.jsonl"): "empty_input",
        "ok": None,
        f"{lines}:2": "invalid_json",
        "no-text": "invalid_input",
        f"{lines}:4": "invalid_json",
        f"{lines}:5": "invalid_input",
    }
    messages = {r["id"]: r["error"]["message"] for r in records(out) if "error" in r}
    assert messages["no-text"].startswith(f"{lines} line 3: ")
    assert "2_binary.txt" in messages[str(tmp_path / "2_binary.txt")]
    assert "Málaga" in records(out)[0]["brief"][0]["text"]
    assert code == 1 and "7 of 9 items failed" in err


def test_a_bug_in_one_item_is_reported_and_does_not_stop_the_run(capsys, tmp_path, monkeypatch):
    from summarizer.cli import records as per_item

    def buggy(source, **kwargs):
        if "number 1 " in source["text"]:
            raise ZeroDivisionError("a bug")
        return summarizer.summarize(source, **kwargs)

    def buggy_many(sources, **kwargs):  # a bug inside the batch call: each item runs alone again
        return [buggy(source, **kwargs) for source in sources]

    monkeypatch.setattr(per_item, "summarize", buggy)
    monkeypatch.setattr(per_item, "summarize_many", buggy_many)
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": article(i)} for i in range(3)])
    code, out, err = cli(capsys, path, "--jobs", "1")
    got = records(out)
    assert [r.get("error", {}).get("code") for r in got] == [None, "internal_error", None]
    assert "ZeroDivisionError: a bug" in got[1]["error"]["message"]
    assert "Traceback" in err and "1 internal error" in err and code == 1


# --- jobs and resume -----------------------------------------------------------------------------


def test_jobs_2_gives_the_same_records_in_the_same_order(capsys, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": f"a{i}", "text": article(i)} for i in range(40)])
    _, one, _ = cli(capsys, path, "--jobs", "1")
    code, two, _ = cli(capsys, path, "--jobs", "2")
    assert code == 0 and two == one and len(records(two)) == 40


def test_forked_workers_share_the_language_model_the_command_loaded(tmp_path):
    # In a fresh interpreter (no other threads), as a user runs it: the workers are forked, and the
    # command loads the model before the fork, so the workers never load their own.
    import subprocess

    path = write_jsonl(tmp_path / "in.jsonl", [{"text": article(i)} for i in range(8)])
    script = (
        "import sys\n"
        "from summarizer.cli import main\n"
        "from summarizer.language import _identifier\n"
        "code = main([sys.argv[1], '--jobs', '2', '-o', sys.argv[2]])\n"
        "print(code, _identifier.cache_info().currsize)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(path), str(tmp_path / "out.jsonl")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["0", "1"]  # English texts: only the command's load before the fork
    assert len(records((tmp_path / "out.jsonl").read_text(encoding="utf-8"))) == 8


def test_forked_workers_start_no_blas_thread():
    # The command limits BLAS to one thread before it forks, and a forked worker keeps that limit: a
    # limit set again in the worker started an OpenBLAS thread there, which spun beside its first batch.
    import subprocess

    if not Path("/proc/self/task").is_dir():
        pytest.skip("threads are counted in /proc")
    script = (
        "import json, os\n"
        "import numpy as np\n"
        "import summarizer\n"
        "from summarizer.cli import pool\n"
        "from summarizer.cli.items import RawItem\n"
        "from summarizer.cli.records import Outcome, process_batch\n"
        "def threads(raws, options):\n"
        "    done = process_batch(raws, options)\n"
        "    np.ones((300, 300)) @ np.ones((300, 300))  # large enough for BLAS to use its threads\n"
        "    return [Outcome(json.dumps(len(os.listdir('/proc/self/task'))) + '\\n') for _ in done]\n"
        "pool.process_batch = threads\n"
        "text = json.dumps({'text': 'Rain fell on the town overnight. The river rose.'}).encode()\n"
        "items = [RawItem('jsonl', 'in.jsonl', i, text) for i in range(16)]\n"
        "print(*sorted({o.line.strip() for o in pool.outcomes(items, summarizer.DEFAULTS, 2, 8)}))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["1"]  # each worker: its main thread only


def test_a_worker_that_dies_costs_one_error_record(capsys, tmp_path, monkeypatch):
    import os
    import threading

    if threading.active_count() > 1:
        pytest.skip("the workers are started by the forkserver here and do not see the monkeypatch")
    from summarizer.cli import records as per_item

    def crash(source, **kwargs):
        if "number 13 " in source["text"]:
            os._exit(9)  # what the kernel's out-of-memory killer looks like from here
        return summarizer.summarize(source, **kwargs)

    def crash_many(sources, **kwargs):
        return [crash(source, **kwargs) for source in sources]

    monkeypatch.setattr(per_item, "summarize", crash)
    monkeypatch.setattr(per_item, "summarize_many", crash_many)
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": article(i)} for i in range(30)])
    code, out, _ = cli(capsys, path, "--jobs", "2")
    got = records(out)
    assert [r["id"] for r in got] == list(range(30))
    assert [r["id"] for r in got if "error" in r] == [13] and got[13]["error"]["code"] == "worker_died"
    assert code == 1


def test_resume_finishes_a_torn_output_without_duplicates(capsys, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": f"a{i}", "text": article(i)} for i in range(12)])
    full = tmp_path / "full.jsonl"
    cli(capsys, path, "-o", full)
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    partial = tmp_path / "partial.jsonl"
    partial.write_text("".join(lines[:5]) + lines[5][:30], encoding="utf-8")  # killed mid-line
    code, _, err = cli(capsys, path, "-o", partial, "--resume")
    assert code == 0 and "5 records were already" in err
    assert partial.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    code, _, _ = cli(capsys, path, "-o", partial, "--resume")  # nothing left to do
    assert code == 0 and partial.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_resume_refuses_an_output_written_for_other_inputs(capsys, tmp_path):
    other = write_jsonl(tmp_path / "other.jsonl", [{"id": "zz", "text": article(1)}])
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(2)}])
    cli(capsys, other, "-o", tmp_path / "out.jsonl")
    code, _, err = cli(capsys, path, "-o", tmp_path / "out.jsonl", "--resume")
    assert code == 2 and "'zz'" in err and "'a'" in err


def test_the_pool_reads_its_input_as_a_stream():
    """Memory stays flat: the workers never hold more than a few batches of a long input."""
    from summarizer.cli.items import RawItem
    from summarizer.cli.pool import _WINDOW, outcomes

    pulled = 0

    def endless():
        nonlocal pulled
        while True:
            pulled += 1
            yield RawItem(
                "jsonl",
                "endless.jsonl",
                pulled,
                json.dumps({"text": f"Note {pulled} on the river."}).encode(),
            )

    jobs, batch = 2, 4
    results = outcomes(endless(), summarizer.DEFAULTS, jobs, batch)
    for _ in range(40):
        next(results)
    results.close()
    assert pulled <= 40 + (jobs * _WINDOW + 1) * batch


def test_items_and_outcomes_cross_to_the_workers_whole():
    """Items go to the workers, and records come back as their JSONL lines, pickled as tuples."""
    import pickle

    from summarizer.cli.items import RawItem
    from summarizer.cli.records import Outcome

    item = RawItem("merged", "merged", members=(RawItem("jsonl", "a.jsonl", 3, b'{"text": "x"}'),), root="/srv")
    assert pickle.loads(pickle.dumps(item)) == item
    outcome = Outcome.of({"id": 7, "error": {"code": "c", "message": "caf\u00e9 1.5"}}, failed=True, trace="T")
    assert outcome.line == '{"id": 7, "error": {"code": "c", "message": "caf\u00e9 1.5"}}\n'
    back = pickle.loads(pickle.dumps(outcome))
    assert back == outcome and back.failed and back.trace == "T"
    assert back.record == {"id": 7, "error": {"code": "c", "message": "caf\u00e9 1.5"}}


def test_a_run_gives_the_objects_it_froze_back_to_the_collector():
    """The heap is frozen out of the collector's passes for the run only (pool._frozen_heap)."""
    import gc

    from summarizer.cli.items import RawItem
    from summarizer.cli.pool import outcomes

    assert gc.get_freeze_count() == 0
    items = [RawItem("jsonl", "in.jsonl", 1, json.dumps({"text": article(1)}).encode())]
    results = outcomes(items, summarizer.DEFAULTS, 1, 4)
    assert json.loads(next(results).line)["id"] == "in.jsonl:1"
    assert gc.get_freeze_count() > 0
    results.close()
    assert gc.get_freeze_count() == 0


def test_a_run_never_reads_its_own_output(capsys, tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    code, _, _ = cli(capsys, tmp_path, "-o", tmp_path / "out.jsonl")  # the output is inside the folder
    assert code == 0
    code, _, _ = cli(capsys, tmp_path, "-o", tmp_path / "out.jsonl")  # and is not read the second time
    assert code == 0 and [r["id"] for r in records((tmp_path / "out.jsonl").read_text())] == ["a"]
    code, _, err = cli(capsys, tmp_path / "in.jsonl", "-o", tmp_path / "in.jsonl")
    assert code == 2 and "also the output" in err


# --- URLs, pages that are not articles, language, avoid ------------------------------------------

FRENCH = (
    "Le conseil municipal a voté lundi la construction d'un nouveau pont sur la rivière. "
    "Les travaux commenceront au printemps et dureront deux ans selon la mairie. "
    "Les habitants du quartier craignent des embouteillages pendant toute la durée du chantier."
)


def test_a_url_is_fetched_and_its_metadata_kept(capsys, site):
    code, out, _ = cli(capsys, site.url("/article"))
    [record] = records(out)
    assert code == 0 and record["id"] == site.url("/article")
    assert record["metadata"] == [
        {"author": "Jane Smith", "date": "2025-04-23", "site_name": "York Press", "url": site.url("/article")}
    ]
    assert record["titles"] == ["Flood warning for York"] and record["language"] == "english"
    assert not any(s["text"] in ("World", "More from York") for s in record["brief"])


def test_a_plain_text_url_is_read_as_text(capsys, site):
    code, out, _ = cli(capsys, site.url("/text"))
    assert code == 0 and records(out)[0]["brief"][0]["text"].startswith("Heavy rain")


def test_a_url_that_fails_is_a_fetch_failed_record_with_its_status(capsys, site):
    code, out, err = cli(capsys, site.url("/gone"), site.url("/article"))
    failed, ok = records(out)
    assert code == 1 and "1 of 2 items failed" in err
    assert failed["error"]["code"] == "fetch_failed" and failed["error"]["status"] == 404
    assert "error" not in ok


@pytest.mark.parametrize("path", ["/paywall", "/home"])
def test_a_paywall_or_a_page_of_links_is_no_main_text(capsys, site, path):
    code, out, _ = cli(capsys, site.url(path))
    [record] = records(out)
    assert code == 1 and record["error"]["code"] == "no_main_text"


def test_a_whitespace_only_file_says_it_has_no_text(capsys, tmp_path):
    (tmp_path / "blank.txt").write_text("  \n\n \t\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, out, _ = cli(capsys, tmp_path / "blank.txt", tmp_path / "empty.txt")
    blank, empty = records(out)
    assert code == 1 and "no text, only whitespace" in blank["error"]["message"]
    assert "is empty" in empty["error"]["message"]


def test_an_empty_list_of_articles_names_the_articles_field(capsys, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "none", "articles": []}])
    code, out, _ = cli(capsys, path)
    [record] = records(out)
    assert code == 1 and record["error"]["code"] == "empty_input" and "articles" in record["error"]["message"]


def test_the_language_is_detected_and_stated(capsys, tmp_path):
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(article(3), encoding="utf-8")
    _, out, _ = cli(capsys, tmp_path / "en.txt", tmp_path / "fr.txt")
    assert [r["language"] for r in records(out)] == ["english", "french"]
    assert not {"Le", "Les", "Cette"} & set(records(out)[1]["keyphrases"])  # French stop words now
    _, out, _ = cli(capsys, tmp_path / "fr.txt", "--language", "english")
    assert records(out)[0]["language"] == "english"  # a given language is used as given


def test_an_unsupported_language_names_the_supported_ones(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(article(3), encoding="utf-8")
    code, _, err = cli(capsys, tmp_path / "a.txt", "--language", "klingon")
    assert code == 2 and "klingon" in err and "english" in err and "french" in err


def test_avoid_leaves_questions_and_quotations_out(capsys, tmp_path):
    text = (
        'Flood warning for York\n\n"We have never seen the river this high," the mayor said on Tuesday. '
        "Will the bridge hold until the water falls? The river Ouse rose two metres overnight in York. "
        "The council opened three shelters for families who live near the water."
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    _, out, _ = cli(capsys, tmp_path / "a.txt", "--sentences", "2", "--avoid", "questions,quotations")
    chosen = [s["text"] for s in records(out)[0]["brief"]]
    assert chosen == [
        "The river Ouse rose two metres overnight in York.",
        "The council opened three shelters for families who live near the water.",
    ]
    code, _, err = cli(capsys, tmp_path / "a.txt", "--avoid", "adverbs")
    assert code == 2 and "quotations, questions, exclamations" in err


@pytest.mark.parametrize("ratio", ["40%", "0.4"])
def test_ratio_as_a_percentage_or_a_fraction(capsys, tmp_path, ratio):
    (tmp_path / "a.txt").write_text(article(20), encoding="utf-8")
    _, out, _ = cli(capsys, tmp_path / "a.txt", "--ratio", ratio)
    assert len(records(out)[0]["brief"]) == 2  # ceil(0.4 * 5 sentences)


def test_a_jsonl_item_takes_the_public_options_and_no_others(capsys, tmp_path):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "ok", "text": article(4), "options": {"redundancy": 0.3, "damping": 0.5, "avoid": ["questions"]}},
            {"id": "tuned", "text": article(4), "options": {"tolerance": 0.1}},
        ],
    )
    code, out, _ = cli(capsys, path)
    ok, tuned = records(out)
    assert "error" not in ok
    assert tuned["error"]["code"] == "invalid_option" and "tolerance" in tuned["error"]["message"]


def test_text_and_markdown_show_who_wrote_a_fetched_page(capsys, site):
    _, text, _ = cli(capsys, site.url("/article"), "-f", "text")
    assert "\nJane Smith · York Press · 2025-04-23\n" in text
    _, markdown, _ = cli(capsys, site.url("/article"), "-f", "markdown")
    assert "*Jane Smith · York Press · 2025-04-23*" in markdown

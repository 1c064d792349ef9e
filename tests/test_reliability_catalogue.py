"""The hostile-input catalogue (tests/hostile.py) through every door: the library, the CLI, the HTTP API.

Each input must end in a brief or in the clear error the catalogue names: a named exception from the
library, an error record from the CLI, a 4xx JSON error from the service; never another exception, a
crashed run or a 500. Only the outcome is asserted here; the time each input takes, per door, is what
``benchmarks/hostile.py`` measures. A case that fails today because of a known bug is an
``xfail(strict=True)``: the test turns into an unexpected pass, and fails, the day the bug is fixed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest
from hostile import CASES, FILES, FileCase, http_body, jsonl_line, library_call

import summarizer
from service import create_app
from summarizer.cli import main

ROOT = Path(__file__).resolve().parents[1]
SUITE = [case for case in CASES if not case.timing_only]
SCRIPT_WORDS = ("alert", "cookies", "Injected", "color")  # in the page's scripts and styles only


def cases(door: str) -> list:
    return [pytest.param(case, id=case.name, marks=_known_bug(case.bugs.get(door))) for case in SUITE]


def files(door: str) -> list:
    return [pytest.param(case, id=case.name, marks=_known_bug(case.bugs.get(door))) for case in FILES]


def _known_bug(reason: str | None) -> list:
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def check_brief(result: dict, texts: list[str]) -> None:
    """A brief that is not empty, whose offsets point at its sentences, and that never repeats itself."""
    assert result["brief"], "a non-empty input gets a non-empty brief"
    for sentence in result["brief"]:
        assert texts[sentence["article"]][sentence["start"] : sentence["end"]] == sentence["text"]
    chosen = [s["text"] for s in result["brief"]]
    assert len(set(chosen)) == len(chosen)


def texts_of(source) -> list[str]:
    if isinstance(source, str):
        return [source]
    if isinstance(source, Mapping):
        return [source["text"]]
    return [a if isinstance(a, str) else a["text"] for a in source]


# --- the library ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", cases("library"))
def test_library_answers_a_brief_or_a_named_error(case):
    source, options = library_call(case.request())
    if case.expect == "brief":
        brief = summarizer.summarize(source, **options)
        check_brief(brief.to_dict(), texts_of(source))
    else:
        with pytest.raises(summarizer.SummarizerError) as raised:
            summarizer.summarize(source, **options)
        assert raised.value.code == case.expect


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in FILES])
def test_library_takes_text_not_bytes(case):
    with pytest.raises(summarizer.InputTypeError):
        summarizer.summarize(case.data())


# --- the CLI --------------------------------------------------------------------------------------------


def run_cli(capsys, tmp_path: Path, path: Path) -> tuple[int, list[dict], str]:
    out = tmp_path / "out.jsonl"
    status = main([str(path), "-o", str(out), "--jobs", "1"])
    err = capsys.readouterr().err
    return status, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()], err


def check_record(record: dict, outcome: str, texts: list[str] | None) -> None:
    if outcome == "brief":
        assert "error" not in record, record["error"]
        if texts is not None:
            check_brief(record, texts)
        else:
            assert record["brief"]
    else:
        assert "brief" not in record
        assert record["error"]["code"] == outcome, record["error"]["message"]


@pytest.mark.parametrize("case", cases("cli"))
def test_cli_writes_a_record_or_an_error_record(case, capsys, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl_line(case.request(), "case") + b"\n")
    status, records, err = run_cli(capsys, tmp_path, source)
    assert len(records) == 1 and "Traceback" not in err
    request = case.request()
    texts = None
    if isinstance(request, dict) and isinstance(request.get("text", request.get("html")), str):
        texts = [request.get("text", request.get("html"))]
    check_record(records[0], case.outcome("cli"), texts)
    assert status == (0 if case.outcome("cli") == "brief" else 1)


@pytest.mark.parametrize("case", files("cli"))
def test_cli_reads_any_file_into_a_record_or_an_error_record(case: FileCase, capsys, tmp_path):
    source = tmp_path / ("page.html" if case.html else "article.txt")
    source.write_bytes(case.data())
    _, records, err = run_cli(capsys, tmp_path, source)
    assert len(records) == 1 and "Traceback" not in err
    check_record(records[0], case.cli, None)
    if case.cli == "brief" and case.html:
        assert not any(w in json.dumps(records[0]) for w in SCRIPT_WORDS), "script text reached the brief"


def test_the_real_cli_runs_the_whole_catalogue_in_one_go(tmp_path):
    """``python -m summarizer`` with two worker processes over every small case and every file: one
    record per input, in order, each the expected outcome, no traceback, exit status 1 (some failed)."""
    chosen = [c for c in SUITE if "cli" not in c.bugs and len(jsonl_line(c.request(), "x")) < 10_000]
    source = tmp_path / "catalogue.jsonl"
    source.write_bytes(b"".join(jsonl_line(c.request(), f"case-{i}") + b"\n" for i, c in enumerate(chosen)))
    folder = tmp_path / "files"
    folder.mkdir()
    for i, case in enumerate(FILES):  # the folder is read in sorted order: the index first
        (folder / f"{i:02d}.{'html' if case.html else 'txt'}").write_bytes(case.data())
    out = tmp_path / "out.jsonl"
    run = subprocess.run(
        [sys.executable, "-m", "summarizer", str(source), str(folder), "-o", str(out), "--jobs", "2"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    outcomes = [c.outcome("cli") for c in chosen] + [c.cli for c in FILES]
    assert len(records) == len(outcomes)
    for record, outcome in zip(records, outcomes):
        check_record(record, outcome, None)


# --- the HTTP API ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client():
    return create_app({"TESTING": True}).test_client()


def check_response(response, outcome: str) -> dict:
    """The status and, for an error, a JSON error body with the expected code."""
    status, _, code = outcome.partition(" ")
    body = response.get_json()
    assert response.status_code == int(status), body
    assert response.mimetype == "application/json"
    if code:
        assert set(body["error"]) == {"code", "message", "field"} and body["error"]["code"] == code
    return body


@pytest.mark.parametrize("case", cases("http"))
def test_http_answers_200_or_a_json_4xx(case, client):
    request = case.request()
    response = client.post("/v1/summarize", data=http_body(request), content_type="application/json")
    body = check_response(response, case.outcome("http"))
    if response.status_code == 200:
        texts = body.get("extracted") or texts_of(library_call(request)[0])
        check_brief(body, texts)
        if "html" in request:
            assert not any(w in json.dumps(body["brief"]) for w in SCRIPT_WORDS), (
                "script text reached the brief"
            )


@pytest.mark.parametrize("case", files("http"))
def test_http_reads_any_text_body_into_200_or_a_json_4xx(case: FileCase, client):
    media = "text/html" if case.html else "text/plain"
    response = client.post("/v1/summarize", data=case.data(), content_type=media)
    body = check_response(response, case.http)
    if response.status_code == 200 and case.html:
        assert not any(w in json.dumps(body["brief"]) for w in SCRIPT_WORDS), "script text reached the brief"


# A batch is parsed into Python before its items are validated, so a number past the float range is a
# wrong type there (``invalid_request``), where /v1/summarize reads it as infinity (``invalid_budget``).
_BATCH_CODES = {"ratio 10^400": "invalid_request", "redundancy 10^400": "invalid_request"}


def test_http_batch_answers_each_item_on_its_own(client):
    """The small cases as the items of one batch: each gets its result or its own error, in order.
    An item that the request validator refuses is an ``invalid_request`` error inside the 200."""
    chosen = [
        c for c in SUITE
        if not c.outcome("http").startswith(("413", "400 invalid_json")) and len(http_body(c.request())) < 10_000
    ]  # fmt: skip
    items = [
        {"id": i, **request} if isinstance(request := c.request(), dict) else request
        for i, c in enumerate(chosen)
    ]
    body = "[" + ", ".join(http_body(item).decode() for item in items) + "]"
    response = client.post("/v1/batch", data=f'{{"items": {body}}}', content_type="application/json")
    results = check_response(response, "200")["results"]
    assert len(results) == len(chosen)
    for result, case in zip(results, chosen):
        status, _, code = case.outcome("http").partition(" ")
        if status == "200":
            assert "error" not in result, result
        else:
            assert result["error"]["code"] == _BATCH_CODES.get(case.name, code), (case.name, result["error"])


@pytest.mark.parametrize(
    "body, outcome",
    [
        (b'{"items": null}', "400 invalid_request"),
        (
            b'{"items": [' + b'{"id": 1, "text": "A b."}, ' * 100 + b'{"id": 2, "text": "A b."}]}',
            "413 too_many_items",
        ),
        (b'{"items": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "400 invalid_json"),
        (b'{"items": [], "extra": 1}', "400 invalid_request"),
        (b"[]", "400 invalid_request"),
    ],
    ids=["items null", "101 items", "deep nesting", "unknown field", "not an object"],
)
def test_http_batch_envelope_errors(client, body, outcome):
    check_response(client.post("/v1/batch", data=body, content_type="application/json"), outcome)

"""The samples in README.md and docs/cli.md are what their commands print.

A fenced block that starts with ``$ python -m summarizer ...`` and goes on with output lines is run
in-process from the repository root, at the width a piped run uses (88 columns), and compared line by
line. When the library's output changes, paste what the failure shows.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from summarizer.cli import main

ROOT = Path(__file__).resolve().parents[1]
_BLOCK = re.compile(r"```(?:text|console)\n(\$ python -m summarizer [^\n]*)\n(.*?)```", re.S)


def samples() -> list[tuple[str, str, str]]:
    found = []
    for doc in ("README.md", "docs/cli.md"):
        for command, output in _BLOCK.findall((ROOT / doc).read_text(encoding="utf-8")):
            if output.strip() and not re.search(r"^\s*\$ ", output, re.M):  # one command and its output
                found.append((doc, command, output))
    return found


def test_the_readme_and_the_cli_docs_have_samples():
    assert {doc for doc, _, _ in samples()} == {"README.md", "docs/cli.md"}


@pytest.mark.parametrize("doc, command, output", samples(), ids=lambda v: v if v.endswith(".md") else None)
def test_a_sample_is_what_its_command_prints(doc, command, output, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "88")
    argv = shlex.split(command)[4:]  # after "$ python -m summarizer"
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert printed == output, f"{doc}: the sample of `{command[2:]}` is out of date; it prints:\n{printed}"


def test_the_readme_setup_runs_the_command_of_its_sample():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [(_, command, _)] = [s for s in samples() if s[0] == "README.md"]
    assert ".venv/bin/" + command[2:] in readme  # the first set-up line ends with the sample's command


def test_the_readme_service_line_is_the_procfile_command_on_loopback():
    """tests/test_service_gunicorn.py runs exactly this (the Procfile's command with SUMMARIZER_HOST=127.0.0.1)."""
    procfile = re.search(r"^web:\s*(.+)$", (ROOT / "Procfile").read_text(encoding="utf-8"), re.M).group(1)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"    SUMMARIZER_HOST=127.0.0.1 .venv/bin/{procfile}\n" in readme

"""`pip install .` gives the library, the `summarize` command and a service that serves its page.

The wheel is built from a copy of the tracked files (no build isolation: setuptools comes pinned with
requirements-dev.txt), checked for its metadata and package data, then installed without
dependencies into a fresh venv that borrows this environment's packages for them; the commands run
from a folder outside the repository, so nothing is imported from the working tree.
"""

from __future__ import annotations

import email
import os
import re
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

RUNTIME = ["numpy", "scipy", "scikit-learn", "sumy", "PyStemmer", "py3langid", "trafilatura", "Flask", "pydantic", "gunicorn"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("build")
    source = tmp / "src"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(tmp / "dist"), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    [built] = (tmp / "dist").glob("*.whl")
    return built


def _metadata(wheel: Path):
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
        entry = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        return names, email.message_from_bytes(archive.read(meta)), archive.read(entry).decode()


def test_the_wheel_declares_its_dependencies_extras_command_and_data(wheel):
    names, meta, entry_points = _metadata(wheel)
    requires = meta.get_all("Requires-Dist")
    plain = {re.split(r"[<>=;\[ ]", r)[0].lower() for r in requires if "extra ==" not in r}
    assert {name.lower() for name in RUNTIME} <= plain
    assert not {"rouge-score", "matplotlib", "dask"} & plain  # only with their extras
    assert set(meta.get_all("Provides-Extra")) >= {"evaluation", "dask"}
    assert "summarize = summarizer.cli:main" in entry_points
    assert {"service/static/page.js", "service/static/page.css", "service/templates/index.html"} <= set(names)
    assert "summarizer/cli/__init__.py" in names and "evaluation/__main__.py" in names
    assert {"summarizer/rank/default/weights.json", "summarizer/headlines/choice.json"} <= set(names)


def test_requirements_pin_the_runtime_and_keep_evaluation_apart():
    runtime = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    pinned = {line.split("==")[0].split("[")[0].lower() for line in runtime.splitlines() if "==" in line}
    assert {name.lower() for name in RUNTIME} <= pinned
    assert not {"rouge-score", "matplotlib"} & pinned
    evaluation = (ROOT / "requirements-evaluation.txt").read_text(encoding="utf-8")
    assert "rouge-score==" in evaluation and "-r requirements.txt" in evaluation


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_installed_it_summarizes_and_serves_its_page_and_openapi(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    bin_dir = venv / "bin"
    site = next((venv / "lib").glob("python*/site-packages"))
    # The dependencies: this environment's packages (never the working tree: pytest's path is not used).
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    away = tmp_path / "elsewhere"
    away.mkdir()
    (away / "a.txt").write_text(
        "The council voted on Monday to build a new bridge across the river. Work starts next year. "
        "The bridge will cost ten million pounds, officials said.",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [str(bin_dir / "summarize"), "--format", "text", "a.txt"],
        cwd=away, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("== a.txt ==") and "  * " in done.stdout
    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "import summarizer; print(summarizer.__file__)"],
        cwd=away, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert str(site) in where.stdout  # the installed copy, not the repository's

    port = _free_port()
    server = subprocess.Popen(
        [str(bin_dir / "python"), "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1", "service.wsgi:app"],
        cwd=away, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        pages = {}
        for path in ("/", "/openapi.json", "/static/page.js"):
            pages[path] = _get(f"http://127.0.0.1:{port}{path}")
        assert "News summarizer" in pages["/"] and '"openapi": "3.1.0"' in pages["/openapi.json"].replace('":"', '": "')
        assert "addEventListener" in pages["/static/page.js"]
    finally:
        server.terminate()
        server.wait(timeout=30)


def _get(url: str, wait: float = 30.0) -> str:
    deadline = time.monotonic() + wait
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)

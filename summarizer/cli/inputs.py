"""Readers: paths on the command line to a stream of :class:`RawItem`, in input order.

An ``http://`` or ``https://`` argument is a web page, fetched by the worker (:mod:`summarizer.fetch`).
Files are read by suffix (``.txt``/``.md`` text, ``.html``/``.htm`` HTML, ``.jsonl`` one item a line);
a file named explicitly with another suffix is read as text. Folders are walked in sorted order and
yield only files with those suffixes, skipping hidden names. ``-`` is standard input: JSONL when its
first line is a JSON object, HTML when it starts with ``<``, else one text article.

JSONL is streamed line by line, so a multi-GB file never sits in memory; only ``--merge`` (one
summary of everything) has to hold all its items.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from .errors import UsageError
from .items import STDIN_NAME, RawItem

__all__ = ["SUFFIXES", "check_paths", "is_url", "list_files", "read_items", "merge_items"]

SUFFIXES = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


def check_paths(paths: list[str], output: str | None = None) -> None:
    """Fail before any work when a path is missing, is the output, or is a folder with nothing to read."""
    for path in paths:
        if path == "-" or is_url(path):
            continue
        if not os.path.exists(path):
            raise UsageError(f"no such file or folder: {path}")
        if output is not None and _inside(path, output):
            raise UsageError(f"{path} is also the output (-o {output}); write the output somewhere else")
        if os.path.isdir(path) and next(_walk(path), None) is None:
            raise UsageError(f"no {', '.join(SUFFIXES)} files in the folder {path}")


def list_files(paths: list[str], output: str | None = None) -> Iterator[str]:
    """The files ``paths`` name, folders walked in sorted order (``-`` stays as it is).

    A walk skips the output (a file, or the dask engine's folder): a run must not read what it writes.
    """
    for path in paths:
        if path != "-" and not is_url(path) and os.path.isdir(path):
            yield from (p for p in _walk(path) if output is None or not _inside(p, output))
        else:
            yield path


def read_items(
    paths: list[str], stdin: BinaryIO | None = None, output: str | None = None
) -> Iterator[RawItem]:
    """Every input item of ``paths``, lazily and in order."""
    for path in list_files(paths, output):
        if path == "-":
            yield from _read_stdin(stdin)
        elif is_url(path):
            yield RawItem("url", path)  # fetched by the worker, like a file is read there
        elif kind_of(path) != "jsonl":
            yield RawItem(kind_of(path), path)
        else:
            try:
                f = open(path, "rb")
            except OSError:  # its error record says why (items.load_item)
                yield RawItem("unreadable", path)
                continue
            with f:
                yield from _jsonl_items(f, path)


def is_url(path: str) -> bool:
    """An http or https URL, which is fetched rather than opened."""
    return path[:8].lower().startswith(("http://", "https://"))


def kind_of(path: str) -> str:
    return SUFFIXES.get(Path(path).suffix.lower(), "text")


def merge_items(items: Iterable[RawItem]) -> RawItem:
    """One merged set of every article in ``items`` (``--merge``)."""
    return RawItem("merged", "merged", members=tuple(items))


def _inside(path: str, output: str) -> bool:
    path, output = os.path.realpath(path), os.path.realpath(output)
    return path == output or path.startswith(output + os.sep)


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield os.path.join(root, name)


def _jsonl_items(f: BinaryIO, name: str, first: bytes = b"", start: int = 1) -> Iterator[RawItem]:
    empty = True
    lines = chain([first], f) if first else f
    for number, line in enumerate(lines, start):
        line = line.strip()
        if line:
            empty = False
            yield RawItem("jsonl", name, number, line)
    if empty:
        yield RawItem("empty", name)


def _read_stdin(stdin: BinaryIO | None) -> Iterator[RawItem]:
    stdin = stdin if stdin is not None else sys.stdin.buffer
    blank, first = b"", stdin.readline()
    while first and not first.strip():  # leading blank lines do not decide the kind
        blank, first = blank + first, stdin.readline()
    if _is_json_object(first):
        yield from _jsonl_items(stdin, STDIN_NAME, first, blank.count(b"\n") + 1)
        return
    data = blank + first + stdin.read()  # offsets in the brief count from the first byte read
    kind = "html" if data.lstrip().startswith(b"<") else "text"
    yield RawItem(kind, STDIN_NAME, data=data)


def _is_json_object(line: bytes) -> bool:
    if not line.lstrip().startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False

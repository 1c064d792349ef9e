"""Writers: records to standard output or a file, one record at a time, in four formats.

``jsonl`` is the record format: one compact JSON object a line, written whole and flushed, so an
interrupted run leaves a valid prefix of the output (which ``--resume`` continues). ``json`` is the
same records as one array; ``text`` and ``markdown`` are for reading.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import textwrap
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from .errors import OutputError

__all__ = [
    "FORMATS", "default_format", "RecordWriter", "progress_bar", "render_text", "render_markdown", "write_outcomes",
    "jsonl_line",
]

FORMATS = ("text", "json", "jsonl", "markdown")
#: ``-o`` suffixes that choose a format when ``--format`` is not given.
SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".md": "markdown", ".txt": "text"}
_MAX_WIDTH = 88


def default_format(output: str | None, stdout: TextIO) -> str:
    """``text`` on a terminal, else ``jsonl``; with ``-o``, the format its suffix names (else ``jsonl``)."""
    if output is not None:
        return SUFFIX_FORMATS.get(Path(output).suffix.lower(), "jsonl")
    return "text" if stdout.isatty() else "jsonl"


class RecordWriter:
    """Writes records to ``stream`` in ``fmt``; use as a context manager so the end is always written."""

    def __init__(self, stream: TextIO, fmt: str, width: int | None = None):
        self.stream = stream
        self.fmt = fmt
        self.width = width or min(shutil.get_terminal_size((_MAX_WIDTH, 24)).columns, _MAX_WIDTH)
        self.count = 0

    def __enter__(self) -> RecordWriter:
        if self.fmt == "json":
            self.stream.write("[")
        return self

    def write(self, line: str) -> None:
        """Write one record, given as its JSONL line (:func:`jsonl_line`): as it is in ``jsonl``."""
        # One write call per record, then a flush: the file never ends inside a record for long,
        # and a reader (or --resume) sees every finished record.
        with _output_errors(self.stream):
            self.stream.write(_RENDERERS[self.fmt](line, self.count, self.width))
            self.stream.flush()
        self.count += 1

    def __exit__(self, exc_type, *exc_info) -> None:
        if exc_type is OutputError:  # nothing more can be written
            return
        with _output_errors(self.stream):
            if self.fmt == "json":
                self.stream.write("\n]\n" if self.count else "]\n")
            self.stream.flush()


@contextlib.contextmanager
def _output_errors(stream: TextIO) -> Iterator[None]:
    """An ``OSError`` of the output (ENOSPC, EIO, ...) as an :class:`OutputError` that names it.

    A broken pipe is not one: a reader that went away (``| head``) is an ordinary end (cli.main).
    """
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        name = getattr(stream, "name", None)
        where = name if isinstance(name, str) else "the output"
        raise OutputError(f"cannot write {where}: {exc.strerror or exc}") from None


def write_outcomes(results: Iterable, writer: RecordWriter, summary, bar, stop) -> None:
    """Write each outcome's record (:class:`.records.Outcome`) and count it in ``summary`` (a
    :class:`.config.RunSummary`) until the results end. A signal raises :class:`.signals.Stopped`
    (for the caller to catch), never in the middle of writing a record (``stop.writing()``)."""
    for outcome in results:
        with stop.writing():
            writer.write(outcome.line)
            summary.add(outcome.failed, outcome.trace)
        bar.update()


@contextlib.contextmanager
def progress_bar(show: bool, stderr: TextIO, total: int | None = None) -> Iterator:
    """A tqdm bar of items on ``stderr`` (a bar that does nothing when ``show`` is false)."""
    from tqdm import tqdm

    class Bar(tqdm):
        # No monitor thread: the bar is updated on every record anyway, and a process with no
        # other thread can fork its workers safely (see pool.py).
        monitor_interval = 0

    with Bar(file=stderr, disable=not show, total=total, unit=" items", dynamic_ncols=True) as bar:
        yield bar


def render_text(record: dict, width: int = _MAX_WIDTH) -> str:
    """A record for reading on a terminal: the id, the headline, the brief as bullets, the keyphrases."""
    lines = [f"== {_label(record)} =="]
    if "error" in record:
        lines += _wrap(f"error ({record['error']['code']}): {record['error']['message']}", width, "  ", "  ")
        return "\n".join(lines) + "\n"
    if record["headline"]:
        lines += _wrap(record["headline"], width, "", "")
    lines += [_wrap(byline, width, "", "")[0] for byline in _bylines(record)]
    if record.get("warning"):
        lines += _wrap(f"warning: {record['warning']}", width, "", "  ")
    lines.append("")
    for sentence in record["brief"]:
        lines += _wrap(sentence["text"], width, "  * ", "    ")
    if record["keyphrases"]:
        lines += ["", *_wrap_phrases(record["keyphrases"], width, "  keyphrases: ", "    ")]
    return "\n".join(lines) + "\n"


def render_markdown(record: dict) -> str:
    """A record as a Markdown section: ``## id``, the headline in bold, bullets, keyphrases."""
    lines = [f"## {_label(record)}", ""]
    if "error" in record:
        return "\n".join(
            [*lines, f"> **error** `{record['error']['code']}`: {record['error']['message']}", ""]
        )
    if record["headline"]:
        lines += [f"**{record['headline']}**", ""]
    lines += [f"*{byline}*\n" for byline in _bylines(record)]
    if record.get("warning"):
        lines += [f"> **warning**: {record['warning']}", ""]
    lines += [f"- {sentence['text']}" for sentence in record["brief"]]
    if record["keyphrases"]:
        lines += ["", "*Keyphrases:* " + ", ".join(record["keyphrases"])]
    return "\n".join(lines) + "\n"


def _bylines(record: dict) -> list[str]:
    """A line per article whose page said who wrote it, where and when: "Jane Smith · York Press · 2025-04-23"."""
    return [
        " · ".join(meta[k] for k in ("author", "site_name", "date") if meta.get(k))
        for meta in record.get("metadata") or []
        if meta and any(meta.get(k) for k in ("author", "site_name", "date"))
    ]


def _label(record: dict) -> str:
    titles = record.get("titles") or []
    return f"{record['id']} ({len(titles)} articles)" if len(titles) > 1 else str(record["id"])


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest) or [first.rstrip()]


def _wrap_phrases(phrases: list[str], width: int, first: str, rest: str) -> list[str]:
    # Like textwrap, but a line breaks only between phrases, never inside one.
    lines, line = [], first
    for index, phrase in enumerate(phrases):
        piece = phrase + ("," if index < len(phrases) - 1 else "")
        if line not in (first, rest) and len(line) + 1 + len(piece) > width:
            lines.append(line)
            line = rest
        line += piece if line in (first, rest) else " " + piece
    return [*lines, line]


#: What ``json.dumps(record, ensure_ascii=False)`` builds for each call (some 15,000 instructions), made once.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def jsonl_line(record: dict) -> str:
    """A record as one line of JSONL, as every engine writes it: ``json.dumps(record, ensure_ascii=False)``."""
    return _ENCODER.encode(record) + "\n"


def _jsonl(line: str, count: int, width: int) -> str:
    return line


def _json(line: str, count: int, width: int) -> str:
    body = textwrap.indent(json.dumps(json.loads(line), ensure_ascii=False, indent=2), "  ")
    return ("\n" if count == 0 else ",\n") + body


def _text(line: str, count: int, width: int) -> str:
    return ("\n" if count else "") + render_text(json.loads(line), width)


def _markdown(line: str, count: int, width: int) -> str:
    return ("\n" if count else "") + render_markdown(json.loads(line))


_RENDERERS: dict[str, Callable[[str, int, int], str]] = {
    "jsonl": _jsonl,
    "json": _json,
    "text": _text,
    "markdown": _markdown,
}

"""A run: inputs -> the per-item function -> a writer, with a progress bar, resume and a clean stop.

:func:`run` is the CLI without argument parsing: ``main`` builds a :class:`RunConfig` and calls it,
and a program can do the same. It raises :class:`UsageError` for a configuration it cannot run and
returns a :class:`RunSummary` otherwise; every input item yields exactly one record.

Stopping: the first Ctrl-C (or SIGTERM) stops the run at once (after the record being written, if
one is), ends the workers, closes the output and returns with ``stopped_by`` set (see signals.py).
The JSONL output holds only whole records, and ``--resume`` finishes the run.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import BinaryIO, TextIO

from .config import RunConfig, RunSummary
from .errors import OutputError, UsageError
from .inputs import check_paths, is_url, merge_items, read_items
from .outputs import RecordWriter, default_format, progress_bar, write_outcomes
from .pool import outcomes
from .resume import drop_torn_line, skip_written, written_records
from .signals import Stopped, stop_on_signals

__all__ = ["run", "check_config"]


def run(
    config: RunConfig,
    *,
    stdin: BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> RunSummary:
    """Summarize every item of ``config.paths``; records go to ``config.output`` or ``stdout``."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    check_config(config)
    check_paths(list(config.paths), config.output)
    if config.cluster:
        from .stories import run_stories

        return run_stories(config, stdin, stdout, stderr, _show_progress(config, stdout, stderr))
    if config.engine == "dask":
        from .dask_engine import run_dask  # dask is imported only by the runs that use it

        return run_dask(config, show_progress=_show_progress(config, stdout, stderr), stderr=stderr)
    return _run_local(config, stdin, stdout, stderr)


def check_config(config: RunConfig) -> None:
    """Raise :class:`UsageError` for combinations of options that cannot work together."""
    fmt = config.format
    if config.jobs is not None and config.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    if config.scheduler and config.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if config.resume and not config.output:
        raise UsageError("--resume needs -o FILE: the output of the run to finish")
    if config.engine == "dask":
        if not config.output:
            raise UsageError("--engine dask writes partitioned JSONL: give -o FOLDER")
        if fmt not in (None, "jsonl"):
            raise UsageError("--engine dask writes JSONL only; drop --format or use --format jsonl")
        if config.merge:
            raise UsageError("--merge makes one item of everything: run it without --engine dask")
        if "-" in config.paths or any(is_url(path) for path in config.paths):
            raise UsageError("--engine dask reads files that every worker can open, not standard input or URLs")
    elif config.resume and (fmt or default_format(config.output, sys.stdout)) != "jsonl":
        raise UsageError("--resume continues a JSONL output; use -o FILE.jsonl or --format jsonl")


def _run_local(config: RunConfig, stdin: BinaryIO | None, stdout: TextIO, stderr: TextIO) -> RunSummary:
    fmt = config.format or default_format(config.output, stdout)
    summary = RunSummary()
    items = read_items(list(config.paths), stdin, config.output)
    if config.merge:
        items = iter([merge_items(items)])
    resuming = config.resume and os.path.exists(config.output)
    if resuming:
        drop_torn_line(config.output)
        items = skip_written(items, _kept_ids(written_records(config.output), summary), config.output)
    try:
        with (
            stop_on_signals() as stop,
            _open_output(config.output, "a" if resuming else "w", stdout) as stream,
            RecordWriter(stream, fmt) as writer,
            progress_bar(_show_progress(config, stdout, stderr), stderr) as bar,
            contextlib.closing(outcomes(items, config.options, config.workers, config.batch_size)) as results,
        ):
            write_outcomes(results, writer, summary, bar, stop)
    except Stopped as stopped:
        summary.stopped_by = stopped.signum
    return summary


def _kept_ids(written: Iterator[tuple[str | int, bool]], summary: RunSummary) -> Iterator[str | int]:
    for item_id, failed in written:
        summary.kept += 1
        summary.kept_failed += failed
        yield item_id


def _show_progress(config: RunConfig, stdout: TextIO, stderr: TextIO) -> bool:
    if config.progress is not None:
        return config.progress
    # On by default only when standard error is a terminal that the results do not also go to.
    return _isatty(stderr) and (config.output is not None or not _isatty(stdout))


def _isatty(stream) -> bool:
    return bool(getattr(stream, "isatty", None) and stream.isatty())


@contextlib.contextmanager
def _open_output(output: str | None, mode: str, stdout: TextIO) -> Iterator[TextIO]:
    if output is None:
        yield stdout
        return
    try:
        f = open(output, mode, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror}") from None
    try:
        yield f
    finally:
        try:
            f.close()  # flushes what is left, which can fail as a write does
        except OSError as exc:
            if sys.exc_info()[0] is None:  # else the error in flight already says why
                raise OutputError(f"cannot write {output}: {exc.strerror}") from None

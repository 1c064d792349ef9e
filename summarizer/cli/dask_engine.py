"""``--engine dask``: the same per-item function on a dask.distributed cluster, partitioned JSONL in and out.

The inputs are cut into partitions on the client without reading them: byte ranges of about
``--partition-size`` of each JSONL file (each range is widened to whole lines on the worker, with
fsspec's ``read_block``, the way dask's own ``read_text`` does it), and runs of text or HTML files.
Two passes over the cluster:

1. each worker counts the lines of its JSONL ranges, so that every item knows its line number and
   gets the same id (``<file>:<line>``) as in a local run;
2. each worker summarizes its partition in batches with :func:`process_batch` (the local engine's
   function: :func:`summarizer.summarize_many` over ``batch_size`` items at a time) and writes
   ``part-NNNNN.jsonl`` into the ``-o`` folder, atomically (a temporary name, then a rename).

``cat FOLDER/part-*.jsonl`` is then exactly the JSONL of a local run. ``--resume`` keeps the parts
that are finished. Input paths and the output folder must be the same paths on every worker (a
shared file system); ``_partitions.json`` in the folder records the plan a resume must match.
"""

from __future__ import annotations

import glob
import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from itertools import islice
from typing import TextIO

from ..options import Options
from .config import RunConfig, RunSummary
from .errors import OutputError, UsageError
from .inputs import file_item, kind_of, list_files
from .items import RawItem
from .outputs import progress_bar
from .records import process_batch
from .resume import written_records
from .signals import Stopped, stop_on_signals

__all__ = ["Partition", "plan_partitions", "count_items", "run_partition", "run_dask"]

MANIFEST = "_partitions.json"


@dataclass(frozen=True)
class Partition:
    """Part ``number`` of the output: a byte range of one JSONL file, or a run of text/HTML files."""

    number: int
    root: str
    jsonl: str | None = None
    offset: int = 0
    length: int = 0
    files: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"part-{self.number:05d}.jsonl"


def plan_partitions(paths: list[str], partition_bytes: int, root: str, output: str) -> list[Partition]:
    """The partitions of ``paths`` in input order; names stay as given, ``root`` resolves them."""
    parts: list[Partition] = []
    files: list[str] = []
    size = 0

    def flush_files() -> None:
        nonlocal files, size
        if files:
            parts.append(Partition(len(parts), root, files=tuple(files)))
            files, size = [], 0

    for path in list_files(paths, output):
        if kind_of(path) == "jsonl" and os.path.isfile(os.path.join(root, path)):
            flush_files()
            total = os.path.getsize(os.path.join(root, path))
            for offset in range(0, max(total, 1), partition_bytes):  # an empty file still gets a part
                parts.append(Partition(len(parts), root, jsonl=path, offset=offset, length=partition_bytes))
        else:
            files.append(path)
            size += os.path.getsize(os.path.join(root, path))
            if size >= partition_bytes:
                flush_files()
    flush_files()
    return parts


def count_items(part: Partition) -> tuple[int, int]:
    """Lines and non-blank lines (items) in a JSONL partition; ``(0, n files)`` for text files."""
    if part.jsonl is None:
        return 0, len(part.files)
    lines = _lines(_read_block(part))
    return len(lines), sum(1 for line in lines if line.strip())


def run_partition(
    part: Partition, first_line: int, empty_file: bool, options: Options, out_dir: str, batch_size: int = 64
) -> RunSummary:
    """Summarize one partition into ``out_dir/part-NNNNN.jsonl``, ``batch_size`` items at a time;
    returns its counts."""
    summary = RunSummary()
    temporary = os.path.join(out_dir, f".{part.name}.tmp")
    items = _raw_items(part, first_line, empty_file)
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as f:
            while batch := list(islice(items, batch_size)):
                for outcome in process_batch(batch, options):
                    f.write(outcome.line)
                    summary.add(outcome.failed, outcome.trace)
        os.replace(temporary, os.path.join(out_dir, part.name))
    except OSError as exc:  # a full disk, say: this part is not written, the finished ones stay
        raise OutputError(f"cannot write {temporary}: {exc.strerror or exc}") from None
    return summary


def run_dask(config: RunConfig, *, show_progress: bool, stderr: TextIO) -> RunSummary:
    from dask.utils import parse_bytes

    try:
        partition_bytes = parse_bytes(config.partition_size)
    except (ValueError, TypeError):
        raise UsageError(
            f"--partition-size must be a size such as 16MiB, not {config.partition_size!r}"
        ) from None
    out_dir = os.path.abspath(config.output)
    parts = plan_partitions(list(config.paths), partition_bytes, os.getcwd(), out_dir)
    try:
        todo = _prepare_output(out_dir, parts, config.resume)
    except OSError as exc:  # read-only, not a folder, ...: before any work, a usage error
        raise UsageError(f"cannot write the output folder {config.output}: {exc.strerror or exc}") from None
    summary, running = RunSummary(), {p.number for p in todo}
    for part in parts:
        if part.number not in running:  # finished by an earlier run: counted for the exit status
            for _, failed in written_records(os.path.join(out_dir, part.name)):
                summary.kept += 1
                summary.kept_failed += failed
    futures: list = []
    with stop_on_signals() as stop, _client(config.scheduler, config.workers) as client:
        try:
            counts = client.gather(client.map(count_items, parts, pure=False))
            starts, empty = _line_starts(parts, counts)
            futures = [
                client.submit(
                    run_partition,
                    p,
                    starts[p.number],
                    empty[p.number],
                    config.options,
                    out_dir,
                    config.batch_size,
                    pure=False,
                )
                for p in todo
            ]
            from distributed import as_completed

            total = sum(counts[p.number][1] + empty[p.number] for p in todo)
            with progress_bar(show_progress, stderr, total=total) as bar:
                for future in as_completed(futures):  # a signal stops the wait at once
                    done = future.result()  # finished: its part file is written whole
                    with stop.writing():
                        summary.absorb(done)
                    bar.update(done.records)
        except Stopped as stopped:  # the finished parts stay; --resume runs the others
            summary.stopped_by = stopped.signum
            client.cancel(futures)
    return summary


def _raw_items(part: Partition, first_line: int, empty_file: bool) -> Iterator[RawItem]:
    if part.jsonl is None:
        for path in part.files:
            yield file_item(path, part.root)
        return
    if empty_file:
        yield RawItem("empty", part.jsonl)
    for number, line in enumerate(_lines(_read_block(part)), first_line):
        line = line.strip()
        if line:
            yield RawItem("jsonl", part.jsonl, number, line)


def _read_block(part: Partition) -> bytes:
    from fsspec.utils import read_block

    with open(os.path.join(part.root, part.jsonl), "rb") as f:
        return read_block(f, part.offset, part.length, delimiter=b"\n")


def _lines(block: bytes) -> list[bytes]:
    # The same lines as iterating over the file: split on b"\n" only, no empty line after the last one.
    lines = block.split(b"\n")
    return lines[:-1] if lines and lines[-1] == b"" else lines


def _line_starts(parts: list[Partition], counts: list[tuple[int, int]]) -> tuple[dict, dict]:
    """Each partition's first line number, and whether it is the one that reports an empty JSONL file."""
    groups: list[list[tuple[Partition, int, int]]] = []  # the partitions of one file, or one run of files
    for part, (lines, items) in zip(parts, counts, strict=True):
        if part.jsonl is None or part.offset == 0:
            groups.append([])
        groups[-1].append((part, lines, items))
    starts, empty = {}, {}
    for group in groups:
        empty_file = group[0][0].jsonl is not None and sum(items for _, _, items in group) == 0
        line = 0
        for index, (part, lines, _) in enumerate(group):
            starts[part.number], line = line + 1, line + lines
            empty[part.number] = empty_file and index == 0
    return starts, empty


def _prepare_output(out_dir: str, parts: list[Partition], resume: bool) -> list[Partition]:
    """The partitions still to run; a fresh run clears the old parts, a resume checks the plan."""
    os.makedirs(out_dir, exist_ok=True)
    manifest = os.path.join(out_dir, MANIFEST)
    plan = [{k: v for k, v in asdict(p).items() if k != "root"} for p in parts]
    if resume and os.path.exists(manifest):
        with open(manifest, encoding="utf-8") as f:
            if json.load(f) != json.loads(json.dumps(plan)):
                raise UsageError(
                    f"{out_dir} was written for other inputs or another --partition-size; "
                    "resume with the same ones, or drop --resume to start over"
                )
        return [p for p in parts if not os.path.exists(os.path.join(out_dir, p.name))]
    for old in glob.glob(os.path.join(out_dir, "part-*.jsonl")) + glob.glob(
        os.path.join(out_dir, ".part-*.tmp")
    ):
        os.remove(old)
    with open(manifest, "w", encoding="utf-8") as f:
        json.dump(plan, f, indent=1)
    return parts


@contextmanager
def _client(scheduler: str | None, workers: int):
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise UsageError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    # A cluster on this machine, to try the engine: one single-threaded process per worker. Its
    # scheduler's HTTP server takes any free port (not 8787, which a real cluster may hold).
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, dashboard_address=":0", silence_logs=logging.ERROR
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client

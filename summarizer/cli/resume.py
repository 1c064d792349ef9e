"""``--resume``: continue an interrupted JSONL run where its output file ends.

Records are written in input order, one per item, so the output of an interrupted run is always the
records of a prefix of the inputs. Resuming reads the ids in the output as a stream and checks them
against the ids of the first items, which are then skipped; memory stays flat however long the
output is, and an input that changed since the first run is caught rather than mixed in.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator

from .errors import UsageError
from .items import RawItem, item_id

__all__ = ["drop_torn_line", "written_records", "skip_written"]


def drop_torn_line(path: str) -> None:
    """Cut a last line that was not finished (a run killed mid-write) so the file ends on a record."""
    with open(path, "rb+") as f:
        size = f.seek(0, os.SEEK_END)
        if size == 0:
            return
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return
        end = size
        while end > 0:  # look backwards, a block at a time, for the last newline
            start = max(0, end - 65536)
            f.seek(start)
            cut = f.read(end - start).rfind(b"\n")
            if cut >= 0:
                f.truncate(start + cut + 1)
                return
            end = start
        f.truncate(0)


def written_records(path: str) -> Iterator[tuple[str | int, bool]]:
    """``(id, failed)`` for every record in the JSONL file ``path``, in order."""
    with open(path, "rb") as f:
        for number, line in enumerate(f, 1):
            try:
                record = json.loads(line)
                yield record["id"], "error" in record
            except (ValueError, KeyError, TypeError):
                raise UsageError(
                    f"{path} line {number} is not a record of this tool; resume needs the JSONL output of an "
                    "earlier run (or drop --resume to start over)"
                ) from None


def skip_written(items: Iterable[RawItem], ids: Iterable[str | int], path: str) -> Iterator[RawItem]:
    """``items`` without the prefix whose records ``ids`` already holds."""
    items = iter(items)
    for number, written in enumerate(ids, 1):
        item = next(items, None)
        if item is None:
            raise UsageError(
                f"{path} has more records than the inputs have items; was it written for other inputs?"
            )
        if item_id(item) != written:
            raise UsageError(
                f"{path} record {number} is {written!r} but input item {number} is {item_id(item)!r}; "
                "resume with the same inputs as the first run, or drop --resume to start over"
            )
    yield from items

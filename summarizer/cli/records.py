"""The per-item function: one :class:`RawItem` in, exactly one output record out.

It is the same function in every engine (in-process, the local process pool, dask), which is what
makes their outputs identical. A record is ``{"id", **Brief.to_dict()}`` or, for an item that fails,
``{"id", "error": {"code", "message"}}`` (with the HTTP ``status`` of a URL that answered with an error).

Which failures become records. A :class:`summarizer.SummarizerError` (the library's named errors and
the CLI's input errors) is the item's fault: its record carries the error's ``code`` and message. Any
other exception is a bug in the summarizer, and it is still caught here, on purpose: a bug that
one item triggers would otherwise end a million-item run, and since ``--resume`` restarts at that
same item the run could never finish. It is not swallowed either: its record has the code
``internal_error``, its traceback travels back in :attr:`Outcome.trace` and the run prints it on
standard error and counts it in the final message. ``KeyboardInterrupt`` and ``SystemExit`` are not
exceptions of that kind and stop the run as usual.
"""

from __future__ import annotations

import json
import traceback
from dataclasses import dataclass

from ..errors import SummarizerError
from ..options import Options, check_public, make_options
from ..batch import summarize_many
from ..pipeline import summarize
from .items import Item, RawItem, item_id, load_item
from .outputs import jsonl_line

__all__ = ["Outcome", "process_item", "process_batch", "error_record", "INTERNAL_ERROR"]

INTERNAL_ERROR = "internal_error"


@dataclass(frozen=True, slots=True)
class Outcome:
    """A record as its JSONL line, whether it is an error record, and the traceback of an internal error.

    The record is encoded once, where it is made (in a worker process, beside the summarizer), and
    a JSONL run writes the line as it is: a string crosses the process boundary at a fraction of the
    cost of pickling the record's dicts, and the command does no JSON encoding of its own.
    """

    line: str
    failed: bool = False
    trace: str | None = None

    @classmethod
    def of(cls, record: dict, failed: bool = False, trace: str | None = None) -> Outcome:
        return cls(jsonl_line(record), failed, trace)

    @property
    def record(self) -> dict:
        """The record, decoded again (the formats for reading; the stories' records)."""
        return json.loads(self.line)

    def __reduce__(self):
        # A dataclass with slots pickles through fields() in Python, at some 10,000 instructions an
        # object; a tuple of its fields does not.
        return Outcome, (self.line, self.failed, self.trace)


def process_item(raw: RawItem, options: Options) -> Outcome:
    """Summarize one item with ``options`` (the command line), overridden by the item's own options."""
    try:
        item, item_options = _load(raw, options)
    except SummarizerError as exc:
        return _failure(raw, exc)
    except Exception as exc:  # noqa: BLE001 -- a bug must not end the run; see the module docstring
        return _internal_error(raw, exc)
    return _summarized(raw, item, item_options)


def _summarized(raw: RawItem, item: Item, options: Options) -> Outcome:
    try:
        brief = summarize(item.source, options=options)
    except SummarizerError as exc:
        return _failure(raw, exc)
    except Exception as exc:  # noqa: BLE001 -- as above
        return _internal_error(raw, exc)
    return Outcome.of({"id": item.id, **brief.to_dict()})


def process_batch(raws: list[RawItem], options: Options) -> list[Outcome]:
    """:func:`process_item` over a batch (one inter-process round trip for several items), the items
    that share their options summarized together by :func:`summarizer.summarize_many`, which gives
    each the brief :func:`summarizer.summarize` would.

    An item that fails gets its own error record, as alone; an internal error inside the batch call
    runs that group again item by item, so that only the item at fault gets the error record."""
    outcomes: list = [None] * len(raws)
    groups: dict[Options, list[tuple[int, Item]]] = {}
    for k, raw in enumerate(raws):
        try:
            item, item_options = _load(raw, options)
        except SummarizerError as exc:
            outcomes[k] = _failure(raw, exc)
            continue
        except Exception as exc:  # noqa: BLE001 -- as in process_item
            outcomes[k] = _internal_error(raw, exc)
            continue
        groups.setdefault(item_options, []).append((k, item))
    for item_options, members in groups.items():
        try:
            sources = [item.source for _, item in members]
            briefs = list(summarize_many(sources, options=item_options, errors="return"))
        except Exception:  # noqa: BLE001 -- a bug: each item alone, so that only its own record says so
            for k, item in members:
                outcomes[k] = _summarized(raws[k], item, item_options)
            continue
        for (k, item), brief in zip(members, briefs, strict=True):
            if isinstance(brief, SummarizerError):
                outcomes[k] = _failure(raws[k], brief)
            else:
                outcomes[k] = Outcome.of({"id": item.id, **brief.to_dict()})
    return outcomes


def _load(raw: RawItem, options: Options) -> tuple[Item, Options]:
    item = load_item(raw)
    check_public(item.options)  # an item accepts the options every door does, no more
    return item, make_options(options, **item.options) if item.options else options


def _failure(raw: RawItem, exc: SummarizerError) -> Outcome:
    record = error_record(item_id(raw), exc.code, f"{raw.where}: {exc}")
    if getattr(exc, "status", None) is not None:  # a URL whose server answered with an error
        record["error"]["status"] = exc.status
    return Outcome.of(record, failed=True)


def _internal_error(raw: RawItem, exc: Exception) -> Outcome:
    message = f"{raw.where}: {type(exc).__name__}: {exc} (a bug in summarizer; the traceback is on stderr)"
    record = error_record(item_id(raw), INTERNAL_ERROR, message)
    return Outcome.of(record, failed=True, trace=traceback.format_exc())


def error_record(item_id: str | int, code: str, message: str) -> dict:
    return {"id": item_id, "error": {"code": code, "message": message}}

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

import traceback
from dataclasses import dataclass

from ..errors import SummarizerError
from ..options import Options, check_public, make_options
from ..pipeline import summarize
from .items import RawItem, item_id, load_item

__all__ = ["Outcome", "process_item", "process_batch", "error_record", "INTERNAL_ERROR"]

INTERNAL_ERROR = "internal_error"


@dataclass(frozen=True, slots=True)
class Outcome:
    """A record, whether it is an error record, and the traceback of an internal error."""

    record: dict
    failed: bool = False
    trace: str | None = None


def process_item(raw: RawItem, options: Options) -> Outcome:
    """Summarize one item with ``options`` (the command line), overridden by the item's own options."""
    try:
        item = load_item(raw)
        check_public(item.options)  # an item accepts the options every door does, no more
        item_options = make_options(options, **item.options) if item.options else options
        brief = summarize(item.source, options=item_options)
    except SummarizerError as exc:
        record = error_record(item_id(raw), exc.code, f"{raw.where}: {exc}")
        if getattr(exc, "status", None) is not None:  # a URL whose server answered with an error
            record["error"]["status"] = exc.status
        return Outcome(record, failed=True)
    except Exception as exc:  # noqa: BLE001 -- a bug must not end the run; see the module docstring
        message = (
            f"{raw.where}: {type(exc).__name__}: {exc} (a bug in summarizer; the traceback is on stderr)"
        )
        return Outcome(
            error_record(item_id(raw), INTERNAL_ERROR, message), failed=True, trace=traceback.format_exc()
        )
    return Outcome({"id": item.id, **brief.to_dict()})


def process_batch(raws: list[RawItem], options: Options) -> list[Outcome]:
    """:func:`process_item` over a batch: one inter-process round trip for several items."""
    return [process_item(raw, options) for raw in raws]


def error_record(item_id: str | int, code: str, message: str) -> dict:
    return {"id": item_id, "error": {"code": code, "message": message}}

"""The CLI's named errors.

Three kinds, handled at different places:

* :class:`UsageError` is about the command line itself (a missing path, ``--resume`` without ``-o``,
  an output that does not match the inputs). :func:`summarizer.cli.main` prints it and exits with 2
  before or instead of processing anything.
* :class:`OutputError`: the output cannot be written any more (a full disk, a folder removed under
  the run). The run stops; :func:`summarizer.cli.main` says so and exits with 3. The records written
  until then are whole (a torn last line is dropped by ``--resume``), so the run can be finished.
* The input errors below are about one item. Like the library's own errors they are
  :class:`summarizer.SummarizerError` subclasses with a ``code``, so an item that raises one becomes an
  error record ``{"id", "error": {"code", "message"}}`` and the run goes on.
"""

from __future__ import annotations

from ..errors import SummarizerError

__all__ = ["UsageError", "OutputError", "UndecodableInputError", "UnreadableInputError", "InvalidJSONError"]


class UsageError(Exception):
    """The command line cannot be run as given; the message says what to change."""


class OutputError(Exception):
    """The output could not be written (the disk is full, ...); the message names the file and why."""


class UndecodableInputError(SummarizerError):
    """A file is not UTF-8 and no likely encoding decodes it (a binary file, usually)."""

    code = "undecodable_input"
    field = "text"


class UnreadableInputError(SummarizerError):
    """A file could not be read (permissions, or it went away after it was listed)."""

    code = "unreadable_input"
    field = "text"


class InvalidJSONError(SummarizerError):
    """A JSONL line is not valid JSON (or not UTF-8, which JSON requires)."""

    code = "invalid_json"
    field = "text"

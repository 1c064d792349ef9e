"""The named errors of the evaluation; the CLI turns them into a message and exit status 2."""

__all__ = [
    "CorpusError",
    "EvaluationError",
    "SystemFailedError",
    "UnknownProtocolError",
    "UnknownSystemError",
]


class EvaluationError(ValueError):
    """Base class: the evaluation cannot run as asked. The message says what to do."""


class CorpusError(EvaluationError):
    """The corpus file is missing or a line is not one of the shapes in ``shared/data/README.md``."""


class UnknownProtocolError(EvaluationError):
    """The protocol name is not one of :data:`evaluation.PROTOCOLS`."""


class UnknownSystemError(EvaluationError):
    """The system name is not one of :func:`evaluation.list_systems`."""


class SystemFailedError(EvaluationError):
    """A system raised on an item; the message names both, the cause is chained."""

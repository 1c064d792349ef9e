"""The named errors of the library.

Every error a caller can cause is a :class:`SummarizerError`; the CLI and the service map the subclasses
to error records and HTTP statuses through :attr:`SummarizerError.code`, so none of them needs to know
the messages.
"""

__all__ = [
    "SummarizerError",
    "EmptyInputError",
    "InputTypeError",
    "UnknownMethodError",
    "BudgetError",
    "OptionError",
    "UnsupportedLanguageError",
    "NoMainTextError",
    "FetchError",
]


class SummarizerError(ValueError):
    """Base class: the input or the options cannot be used. The message says what to do."""

    code = "summarizer_error"
    #: The option or input field at fault, when there is one (``"text"``, ``"sentences"``, ...).
    field: str | None = None

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        if field is not None:
            self.field = field


class EmptyInputError(SummarizerError):
    """The input holds no sentence with a word in it."""

    code = "empty_input"
    field = "text"


class InputTypeError(SummarizerError, TypeError):
    """The source is not a string, an :class:`Article` or a list of them."""

    code = "invalid_input"
    field = "text"


class UnknownMethodError(SummarizerError):
    """The method name is not one of :func:`summarizer.list_methods`."""

    code = "unknown_method"
    field = "method"


class BudgetError(SummarizerError):
    """The length budget is out of range, or more than one budget was given."""

    code = "invalid_budget"


class OptionError(SummarizerError):
    """Any other option out of range (order, thresholds, headline length, keyphrase count)."""

    code = "invalid_option"


class UnsupportedLanguageError(SummarizerError):
    """No stop words or stemmer for the language."""

    code = "unsupported_language"
    field = "language"


class NoMainTextError(EmptyInputError):
    """An HTML page without main text to summarize."""

    code = "no_main_text"
    field = "html"


class FetchError(SummarizerError):
    """A URL could not be read: refused, unreachable, too slow, too large, or an HTTP error status."""

    code = "fetch_failed"
    field = "url"
    #: The HTTP status the server answered with, when it answered.
    status: int | None = None

    def __init__(self, message: str, *, field: str | None = None, status: int | None = None):
        super().__init__(message, field=field)
        self.status = status

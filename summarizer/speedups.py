"""Which implementation of the per-token front end runs: the compiled one, or pure Python.

``summarizer._speedups`` is a C extension (sources in ``csrc/``) that ``pip install`` builds where a
C compiler and Python's headers are present (``setup.py``; optional, as PyYAML's and msgpack's
speedups are). It holds twins of the innermost per-token loops: :func:`summarizer.language.words`,
the stem and stop-word lookups of :class:`summarizer.language.Lexicon` (a word new to the process is
worked out in C too, from its table's ``recipe``: its term, its stems, its keyphrase tokens), the
vocabulary and word codes
of the vectors (and of a whole batch of articles in one call, with their titles' columns,
:func:`summarizer.vectorize.code_chunk`), sentence segmentation (with an article's sentences and their
words in one call, as its ``Sentence`` objects, :func:`summarizer.segment.sentence_objects`), the text signals read off each sentence's characters
(quote, linker, unpunctuated), the keyphrases (candidates to chosen phrases). Each gives exactly
what its Python twin gives (``tests/test_speedups.py``); the modules that own those loops take the
compiled one through :func:`twin` and keep their Python one beside it. Where the extension was not
built, or with ``SUMMARIZER_PURE_PYTHON=1`` in the environment, everything runs in pure Python.

    python -c "import summarizer.speedups as s; print(s.describe())"
"""

from __future__ import annotations

import os

__all__ = ["ENV_PURE", "compiled", "twin", "describe"]

#: Set to anything but "" or "0" to run the pure-Python path even where the extension is built.
ENV_PURE = "SUMMARIZER_PURE_PYTHON"


def _load():
    if os.environ.get(ENV_PURE, "") not in ("", "0"):
        return None
    try:
        from . import _speedups
    except ImportError:  # not built here: no compiler at install time, or a source checkout
        return None
    return _speedups


#: The compiled module, or None where the pure-Python path runs.
compiled = _load()


def twin(name: str, python):
    """The compiled function ``name`` where the extension runs, else ``python``, its pure twin."""
    return python if compiled is None else getattr(compiled, name)


def describe() -> str:
    """Which path runs, and why, in one line."""
    if compiled is not None:
        return f"compiled ({compiled.__file__})"
    if os.environ.get(ENV_PURE, "") not in ("", "0"):
        return f"pure Python ({ENV_PURE} is set)"
    return "pure Python (summarizer._speedups is not built)"

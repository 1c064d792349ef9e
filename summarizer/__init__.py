"""Extractive news summarization: briefs, headlines and keyphrases from one article or a merged set.

>>> from summarizer import summarize
>>> brief = summarize(text, sentences=3)          # doctest: +SKIP
>>> brief.headline, [s.text for s in brief.sentences]  # doctest: +SKIP
"""

from .batch import summarize_many
from .brief import Brief, BriefSentence
from .document import Article
from .errors import (
    BudgetError,
    EmptyInputError,
    InputTypeError,
    NoMainTextError,
    OptionError,
    SummarizerError,
    UnknownMethodError,
    UnsupportedLanguageError,
)
from .options import DEFAULTS, Options
from .pipeline import headline, summarize
from .rank import describe_methods, list_methods
from .stories import Story, cluster

__all__ = [
    "summarize",
    "summarize_many",
    "headline",
    "list_methods",
    "cluster",
    "Story",
    "describe_methods",
    "Article",
    "Brief",
    "BriefSentence",
    "Options",
    "DEFAULTS",
    "SummarizerError",
    "EmptyInputError",
    "InputTypeError",
    "UnknownMethodError",
    "BudgetError",
    "OptionError",
    "UnsupportedLanguageError",
    "NoMainTextError",
]

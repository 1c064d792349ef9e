"""How the project knows, and shows, that its briefs are good: ROUGE against held-out leads, titles
and human summaries, every system and baseline side by side, with bootstrap intervals and tests.

>>> from evaluation import load_corpus, build_items, run_protocol, mean_scores
>>> items = build_items(load_corpus("bbc_articles_dev.jsonl", limit=400), "lead")  # doctest: +SKIP
>>> mean_scores(run_protocol("lead", items, ["default", "body-lead"]))              # doctest: +SKIP
{'default': {'rouge1': ..., 'rouge2': ..., 'rougeL': ...}, 'body-lead': {...}}

A system is any callable ``(source, budget) -> list[str] | str``; pass a mapping of names to callables
to measure a variant of the library without touching it.
"""

from .comparison import Row, Table, compare
from .corpus import SEEDS, Entry, Record, load_corpus
from .errors import CorpusError, EvaluationError, SystemFailedError, UnknownProtocolError, UnknownSystemError
from .lead import LeadSplit, count_words, split_lead
from .protocols import PROTOCOLS, Item, build_items
from .run import ProtocolResult, mean_scores, run_protocol
from .settings import METRICS, SETTINGS, Settings
from .suite import Evaluation, evaluate
from .systems import MethodSystem, default_systems, fill_budget, list_systems

__all__ = [
    "METRICS",
    "PROTOCOLS",
    "SEEDS",
    "SETTINGS",
    "CorpusError",
    "Entry",
    "Evaluation",
    "EvaluationError",
    "Item",
    "LeadSplit",
    "MethodSystem",
    "ProtocolResult",
    "Record",
    "Row",
    "Settings",
    "SystemFailedError",
    "Table",
    "UnknownProtocolError",
    "UnknownSystemError",
    "build_items",
    "compare",
    "count_words",
    "default_systems",
    "evaluate",
    "fill_budget",
    "list_systems",
    "load_corpus",
    "mean_scores",
    "run_protocol",
    "split_lead",
]

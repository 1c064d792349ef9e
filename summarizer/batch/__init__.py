"""Many articles at once: :func:`summarize_many`, the batch-first path.

A brief of many single articles costs mostly the same Python per word as one at a time (parse,
segment, words, stems, headline, keyphrases: those steps run per article, with the functions
:func:`summarizer.summarize` uses), but the ranking runs once for all of them: the TF-IDF vectors,
similarity graphs, PageRank, signals and model of every article in a chunk are a few NumPy passes over
flat arrays (:mod:`.flat`, :mod:`.ranking`) instead of some 800 NumPy calls per article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import islice

import numpy as np

from ..brief import Brief
from ..budget import resolve_budget
from ..document import Article
from ..errors import InputTypeError, OptionError, SummarizerError
from ..options import Options, make_options
from ..pipeline import Source, _as_articles, _read_articles, make_brief
from ..rank import Method, get_method
from ..vectorize import Features
from .flat import Flat

__all__ = ["summarize_many"]

#: Sources read and ranked together: enough that NumPy's cost per call is shared out thinly, few
#: enough that a long stream is held in memory a chunk at a time.
CHUNK = 256
_ERRORS = ("raise", "return")


def summarize_many(
    sources: Iterable[Source], *, options: Options | None = None, errors: str = "raise", **overrides
) -> Iterator[Brief | SummarizerError]:
    """The brief of each source, in input order: each equal to ``summarize(source, ...)``'s.

    ``sources`` is any iterable (read a chunk of :data:`CHUNK` at a time); options are those of
    :func:`summarizer.summarize`, the same for every source, and a bad option raises here, before any
    work. A source that :func:`summarizer.summarize` would refuse (an empty text, a wrong type) raises
    its :class:`SummarizerError` when the iteration reaches it (``errors="raise"``, as a loop over
    ``summarize`` would) or is yielded in its place (``errors="return"``), so that one bad item does
    not stop the others.

    The batch path takes one article (a string, an :class:`Article`, a mapping, or a list of one) with
    a method that has a batch ranker (``default``), when the article has at most
    ``graph_neighbours + 1`` sentences and its PageRank is solved exactly (see
    :func:`summarizer.batch.ranking.accepts`); the selection, headline and keyphrases are those of
    ``summarize`` (:func:`summarizer.pipeline.make_brief`), fed the batch's cosines. Every other source
    (a merged set, another method, a longer article) is summarized as :func:`summarizer.summarize` does
    it, in its place in the output; so is the ranking of an article in which a signal is constant but
    for rounding (two sentences' equal cosines with their centroid, say: z-scores of rounding errors,
    which only the same code reproduces).
    """
    opts = make_options(options, **overrides)
    method = get_method(opts.method)
    if errors not in _ERRORS:
        raise OptionError(f"errors must be 'raise' or 'return', not {errors!r}", field="errors")
    if isinstance(sources, (str, bytes, Article, Mapping)):
        raise InputTypeError("summarize_many takes an iterable of sources; give one source to summarize()")
    return _briefs(iter(sources), opts, method, errors == "return")


def _briefs(sources: Iterator, options: Options, method: Method, keep_errors: bool) -> Iterator:
    while chunk := list(islice(sources, CHUNK)):
        for result in _chunk(chunk, options, method):
            if isinstance(result, SummarizerError) and not keep_errors:
                raise result
            yield result


def _chunk(sources: list, options: Options, method: Method) -> list[Brief | SummarizerError]:
    results: list = [None] * len(sources)
    batched: list[tuple[int, list, Features]] = []
    for k, source in enumerate(sources):
        try:
            articles = _as_articles(source)
            features = Features(_read_articles(articles), options)
            if method.batch is not None and len(articles) == 1 and method.batch.accepts(
                len(features.document.sentences), options
            ):
                batched.append((k, articles, features))
                continue
            budget = resolve_budget(features.options, features.document)
            results[k] = make_brief(articles, features, budget, method.rank(features, budget), method)
        except SummarizerError as exc:
            results[k] = exc
    if batched:
        for k, result in zip([k for k, _, _ in batched], _rank_together(batched, method)):
            results[k] = result
    return results


def _rank_together(batched: list[tuple[int, list, Features]], method: Method) -> list:
    flat = Flat([features for _, _, features in batched])
    budgets = [resolve_budget(f.options, f.document) for f in flat.features]
    scores, fragile = method.batch.rank(flat, budgets)
    for a in fragile:  # ranked again alone, where rounding decides the batch's z-scores
        scores[flat.starts[a] : flat.starts[a + 1]] = method.rank(flat.features[a], budgets[a])
    cosines = flat.block_views(flat.blocks(flat.cosines.data, flat.cosines.row, flat.cosines.col))
    starts = flat.starts.tolist()  # Python ints: cheaper slices than NumPy's
    results = []
    for a, ((_, articles, features), budget) in enumerate(zip(batched, budgets)):
        begin, end = starts[a], starts[a + 1]
        shared = _Shared(features, cosines[a])
        try:
            results.append(make_brief(articles, shared, budget, scores[begin:end], method))
        except SummarizerError as exc:
            results.append(exc)
    return results


class _Shared(Features):
    """One article's :class:`Features` whose sentence cosines come from the batch's product (what the
    selection asks of them); anything else is computed as for an article alone."""

    def __init__(self, features: Features, cosines: np.ndarray):
        self.document = features.document
        self.options = features.options
        self._cosines = cosines

    def similarities_to(self, index: int) -> np.ndarray:
        return self._cosines[index]

"""The pipeline: parse -> segment -> vectorize -> rank -> select -> headline and keyphrases."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from .avoid import avoided
from .brief import Brief, BriefSentence
from .budget import Budget, resolve_budget
from .cohesion import set_cohesion
from .cohesion import warning as cohesion_warning
from .document import Article, Document, Sentence
from .errors import EmptyInputError, InputTypeError
from .headlines import make_headline
from .keyphrases import extract_keyphrases
from .options import Options, make_options
from .order import in_order
from .parse import parse_article
from .rank import get_method
from .segment import sentence_objects
from .select import Pick
from .vectorize import Features

__all__ = ["summarize", "headline", "read_document", "make_brief", "Source"]

Source = str | Article | Mapping | Sequence


def summarize(source: Source, *, options: Options | None = None, **overrides) -> Brief:
    """A brief of one article or a merged set.

    ``source`` is a string, an :class:`Article` (or a mapping with ``text`` and optional ``title``),
    or a list of them (a merged set about one event). Options are keywords (``sentences=``,
    ``words=``, ``characters=``, ``ratio=``, ``method=``, ``order=``, ``headline=``, ``keyphrases=``, ``language=``, and
    the tunables of :class:`Options`) or an ``options`` object they override.
    """
    opts = make_options(options, **overrides)
    method = get_method(opts.method)
    articles = _as_articles(source)
    features = Features(_read_articles(articles), opts)
    budget = resolve_budget(features.options, features.document)  # the language resolved
    return make_brief(articles, features, budget, method.rank(features, budget), method)


def make_brief(
    articles: list[Article], features: Features, budget: Budget, scores: np.ndarray, method
) -> Brief:
    """The brief of ``features.document`` from its sentences' ``scores``: selection, headline,
    keyphrases (the steps after the ranking, shared by :func:`summarize` and the batch path)."""
    opts, document = features.options, features.document
    picks = method.select(scores, features, budget, allowed=_allowed(features))
    picks = in_order(picks, document, opts.order, [a.date for a in articles])
    cohesion = set_cohesion(features)
    picked = tuple(_brief_sentence(document.sentences[p.index], float(scores[p.index]), p) for p in picks)
    return Brief(
        headline=make_headline(features, lambda: scores) if opts.headline else None,
        sentences=picked,
        keyphrases=tuple(extract_keyphrases(features, opts.keyphrases)) if opts.keyphrases else (),
        method=opts.method,
        titles=document.titles,
        sentences_in=len(document.sentences),
        words_in=sum([len(s.words) for s in document.sentences]),  # n_words without a property call each
        language=opts.language,
        metadata=tuple(a.metadata for a in articles),
        cohesion=cohesion,
        warning=cohesion_warning(cohesion),
    )


def _allowed(features: Features) -> np.ndarray | None:
    """Which sentences may be chosen: not the kinds ``avoid`` names, while others remain (None: all)."""
    avoid, sentences = features.options.avoid, features.document.sentences
    if not avoid:
        return None
    allowed = np.array([not avoided(s.text, avoid) for s in sentences])
    return allowed if allowed.any() and not allowed.all() else None


def headline(source: Source, *, options: Options | None = None, **overrides) -> str:
    """The headline alone: one line made from the text, of at most ``headline_words`` words when they are
    given (by default about 14, a word or two more where that ends it on a complete phrase, a few more
    where only they reach its point).

    The ranking ``method`` chooses among the articles' leads of a merged set; one article's headline
    comes from its lead whatever the method, and nothing is ranked for it."""
    opts = make_options(options, **overrides)
    method = get_method(opts.method)
    features = Features(read_document(source), opts)
    return make_headline(features, lambda: method.rank(features, resolve_budget(opts, features.document)))


def read_document(source: Source) -> Document:
    """Parse and segment ``source`` into a :class:`Document`; raises the named input errors."""
    return _read_articles(_as_articles(source))


def _read_articles(given: list[Article]) -> Document:
    articles = [parse_article(a.text, a.title) for a in given]
    sentences = [
        s for index, article in enumerate(articles) for s in sentence_objects(article.text, article.paragraphs, index)
    ]
    if not sentences:
        raise EmptyInputError("the input has no sentence with a word in it; give the text of an article")
    return Document(articles=tuple(articles), sentences=tuple(sentences))


def _as_articles(source: Source) -> list[Article]:
    if isinstance(source, (str, Article, Mapping)):
        return [_as_article(source, None)]
    if isinstance(source, Sequence) and not isinstance(source, (bytes, bytearray)):
        if not source:
            raise EmptyInputError("the list of articles is empty; give at least one article", field="articles")
        return [_as_article(item, i) for i, item in enumerate(source)]
    raise InputTypeError(
        f"source must be a string, an Article or a list of them, not {type(source).__name__}"
    )


def _as_article(item, index: int | None) -> Article:
    where = "" if index is None else f" (article {index})"
    if isinstance(item, str):
        return Article(item)
    if isinstance(item, Mapping):
        if "text" not in item:
            raise InputTypeError(f"an article needs a 'text' field{where}")
        item = Article(text=item["text"], title=item.get("title"))
    if not isinstance(item, Article):
        raise InputTypeError(f"an article must be a string or an Article, not {type(item).__name__}{where}")
    if not isinstance(item.text, str):
        raise InputTypeError(f"the text must be a string, not {type(item.text).__name__}{where}")
    if item.title is not None and not isinstance(item.title, str):
        raise InputTypeError(f"the title must be a string or null, not {type(item.title).__name__}{where}", field="title")
    return item


def _brief_sentence(s: Sentence, score: float, pick: Pick) -> BriefSentence:
    if not pick.truncated:
        return BriefSentence(s.text, score, s.article, s.paragraph, s.start, s.end)
    kept = s.text[: pick.kept]
    return BriefSentence(kept + pick.mark, score, s.article, s.paragraph, s.start, s.start + pick.kept, truncated=True)

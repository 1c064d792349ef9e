"""Stories from a feed: articles grouped by the event they report, without knowing how many events.

The steps, each linear in the articles but for the neighbour search:

1. vectors: TF-IDF of each article's terms and names, title and lead counted more (:mod:`.features`);
2. neighbours: each article keeps its ``NEIGHBOURS`` most similar articles by cosine
   (:func:`summarizer.vectorize.similarity_graph`: an exact, blocked sparse product whose memory is
   linear in the articles and whose time is quadratic with a small constant: about 40% of the
   clustering's CPU at 10,000 articles, see ``benchmarks/stories.py``); copies of one article (cosine
   at least ``DUPLICATE``: a wire story run by several outlets) are first folded into one node, so
   that they do not fill each other's neighbour lists;
3. profile similarity: two articles are alike when their neighbourhoods are (the cosine of their rows
   of the neighbour graph, self included): a second-order similarity in the spirit of shared nearest
   neighbours (Jarvis & Patrick 1973). It rewards articles that the same other articles resemble,
   which tells events apart better than their direct cosine: on the development stream average
   linkage reaches ARI 0.92 with it and 0.85 with the direct cosine (evaluation/RESULTS.md);
4. average linkage over the profile graph, stopped at ``THRESHOLD`` (:mod:`.linkage`).

``THRESHOLD`` and ``NEIGHBOURS`` were fit by ``python -m evaluation.stories --fit``: by corpus, fit on
two of the three development corpora and checked on the third (DUC 2003, TAC, MultiLing 2011), then
on all three for the constants here; RESULTS.md has the figures.

Story ids are stable: a story is named after its earliest article's id, so a story that grows as the
feed grows keeps its id, and one that absorbs another keeps the id of the older one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from ..cohesion import mean_pair_cosine, unit_rows
from ..document import Article
from ..errors import EmptyInputError, InputTypeError, OptionError
from ..language import check_language, detect_language, lexicon
from ..pipeline import read_document
from ..vectorize import similarity_graph
from .features import article_terms, story_vectors
from .linkage import average_linkage

__all__ = [
    "Story",
    "cluster",
    "story_id",
    "article_vectors",
    "profile_graph",
    "THRESHOLD",
    "NEIGHBOURS",
    "DUPLICATE",
]

#: Average profile similarity at which two groups of articles are one story.
THRESHOLD = 0.175
#: Nearest neighbours per article in the profile graph.
NEIGHBOURS = 7
#: Direct cosine at or above which two articles are copies of one text, folded into one node. Chosen,
#: not fit: a copy that keeps most of the sentences of its original scores above it, and on a feed of
#: such copies (``benchmarks/stories.py``) the stories keep their ARI.
DUPLICATE = 0.8


@dataclass(frozen=True)
class Story:
    """Articles about one event: their positions in the input and their ids, and how alike they are."""

    #: Stable: ``"story-"`` and a digest of the id of the story's first article.
    id: str
    #: Positions in the input, ascending.
    articles: tuple[int, ...]
    #: The input ids of those articles (a mapping's ``id``, else the position), in input order.
    members: tuple[str | int, ...]
    #: The mean cosine similarity of the TF-IDF vectors of its pairs of articles (1.0 for one article).
    cohesion: float

    @property
    def size(self) -> int:
        return len(self.articles)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "members": list(self.members),
            "size": self.size,
            "cohesion": round(self.cohesion, 6),
        }


def cluster(
    articles: Sequence,
    *,
    threshold: float = THRESHOLD,
    neighbours: int = NEIGHBOURS,
    language: str | None = None,
) -> tuple[Story, ...]:
    """Group ``articles`` into stories, in the order of their first article.

    ``articles`` are strings, :class:`summarizer.Article` objects or mappings with ``text`` (and
    optional ``title`` and ``id``). An article without a word, or unlike every other, is a story of
    one. ``threshold`` in (0, 1]: higher makes more, tighter stories.
    """
    if isinstance(articles, (str, bytes, Mapping)) or not isinstance(articles, Sequence):
        raise InputTypeError("cluster takes a list of articles (strings, Articles or mappings with 'text')")
    if not articles:
        raise EmptyInputError("the list of articles is empty; give at least one article")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        raise OptionError(f"threshold must be a number in (0, 1], not {threshold!r}", field="threshold")
    if isinstance(neighbours, bool) or not isinstance(neighbours, int) or neighbours < 1:
        raise OptionError(
            f"neighbours must be a whole number of at least 1, not {neighbours!r}", field="neighbours"
        )
    if language is not None:
        check_language(language)
    ids, vectors = article_vectors(articles, language)
    similarity, weights, node = profile_graph(vectors, neighbours)
    labels = average_linkage(similarity, weights, threshold)[node]
    order = np.argsort(labels, kind="stable")  # positions grouped by story, ascending within each
    groups = np.split(order, np.flatnonzero(np.diff(labels[order])) + 1)
    return tuple(_story(positions, ids, vectors) for positions in groups)


def article_vectors(articles: Sequence, language: str | None = None) -> tuple[list[str | int], object]:
    """The ids of ``articles`` and their TF-IDF vectors (:mod:`.features`), one row per article;
    ``language`` ``None`` detects each article's own (its stems then match only its language's)."""
    ids = [_article_id(a, i) for i, a in enumerate(articles)]
    return ids, story_vectors([_terms(a, i, language) for i, a in enumerate(articles)])


def profile_graph(vectors, neighbours: int = NEIGHBOURS) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """``(similarity, weights, node)``: the profile similarity between nodes (copies folded into one),
    how many articles each node stands for, and each article's node."""
    n = vectors.shape[0]
    vectors = sparse.csr_matrix(vectors)
    direct = similarity_graph(vectors, neighbours) if n > 1 else sparse.csr_matrix((n, n))
    n_nodes, node = connected_components(direct >= DUPLICATE, directed=False)
    if n_nodes < n:  # fold copies: a node's vector is the mean direction of its articles
        fold = sparse.csr_matrix((np.ones(n), (node, np.arange(n))), shape=(n_nodes, n))
        direct = similarity_graph(unit_rows(fold @ vectors), neighbours)
    weights = np.bincount(node, minlength=n_nodes).astype(np.float64)
    profile = unit_rows(sparse.csr_matrix(direct) + sparse.identity(n_nodes, format="csr"))
    return (profile @ profile.T).tocsr(), weights, node


def _story(positions: np.ndarray, ids: list, vectors) -> Story:
    cohesion = mean_pair_cosine(vectors[positions])
    members = tuple(ids[i] for i in positions)
    return Story(
        id=story_id(members[0]), articles=tuple(int(i) for i in positions), members=members, cohesion=cohesion
    )


def story_id(first_member: str | int) -> str:
    """The id of a story whose first article has the id ``first_member``."""
    key = f"{type(first_member).__name__}:{first_member}".encode()
    return "story-" + hashlib.sha1(key).hexdigest()[:12]


def _article_id(article, position: int) -> str | int:
    if isinstance(article, Mapping) and "id" in article:
        value = article["id"]
        if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
            raise InputTypeError(
                f"an article's 'id' must be a string or a whole number (article {position})", field="id"
            )
        return value
    return position


def _terms(article, position: int, language: str | None) -> list[str]:
    if isinstance(article, Mapping):
        article = {k: article[k] for k in ("text", "title") if k in article}
    elif not isinstance(article, (str, Article)):
        raise InputTypeError(
            f"an article must be a string, an Article or a mapping, not {type(article).__name__} (article {position})"
        )
    try:
        document = read_document(article)
    except EmptyInputError:
        return []  # no word: a story of one
    except InputTypeError as exc:
        raise type(exc)(f"{exc} (article {position})", field=exc.field) from None
    if language is None:
        language = detect_language(a.text for a in document.articles)
    return article_terms(document, lexicon(language), language)

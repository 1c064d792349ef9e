"""The request and response models of ``POST /v1/cluster``.

The options of a story's brief are the fields of :class:`service.models.SummarizeRequest` other than
its source, copied from it here (``create_model``), so that the two endpoints cannot disagree on a name,
a default or a bound.
"""

from __future__ import annotations

from pydantic import Field, create_model

from .models import SOURCE_FIELDS, ArticleIn, ErrorResponse, SummarizeRequest, SummarizeResponse, _Model

__all__ = ["ClusterArticle", "ClusterRequest", "ClusterResponse", "StoryResult", "StoryError", "ClusterStats"]


class ClusterArticle(ArticleIn):
    """One article of the feed: ``text`` or ``html``, an optional title, and an id echoed in ``members``."""

    id: str | int | None = Field(None, description="Echoed in `members`; default: the article's position.")


ClusterRequest = create_model(
    "ClusterRequest",
    __base__=_Model,
    __doc__="``POST /v1/cluster``: the articles of a feed, and the options of each story's brief.",
    articles=(
        list[ClusterArticle],
        Field(description="The feed, in order; the count is limited (MAX_BATCH_ITEMS)."),
    ),
    **{
        name: (info.annotation, info)
        for name, info in SummarizeRequest.model_fields.items()
        if name not in SOURCE_FIELDS
    },
)
ClusterRequest.options = SummarizeRequest.options


class _StoryFields(_Model):
    id: str = Field(description="Stable: named after the id of the story's first article.")
    members: list[str | int] = Field(description="The ids of its articles, in input order.")
    size: int
    cohesion: float = Field(description="Mean TF-IDF cosine of its pairs of articles (1 for one article).")


class StoryResult(SummarizeResponse, _StoryFields):
    """A story and its merged brief (``titles`` and ``brief[].article`` index its members)."""


class StoryError(ErrorResponse, _StoryFields):
    """A story whose brief could not be made (an article without a sentence, say)."""


class ClusterStats(_Model):
    articles: int
    stories: int
    elapsed_ms: float = Field(description="Time spent reading, clustering and briefing, in milliseconds.")


class ClusterResponse(_Model):
    stories: list[StoryResult | StoryError] = Field(description="In the order of each story's first article.")
    stats: ClusterStats

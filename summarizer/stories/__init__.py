"""Stories from a feed: :func:`cluster` groups articles by event; each :class:`Story` is a merged set."""

from .clustering import (
    DUPLICATE,
    NEIGHBOURS,
    THRESHOLD,
    Story,
    article_vectors,
    cluster,
    profile_graph,
    story_id,
)

__all__ = [
    "cluster",
    "Story",
    "story_id",
    "article_vectors",
    "profile_graph",
    "THRESHOLD",
    "NEIGHBOURS",
    "DUPLICATE",
]

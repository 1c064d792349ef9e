"""The result model: what :func:`summarizer.summarize` returns, and its JSON shape.

The CLI and the service serialize these objects with :meth:`Brief.to_dict`; they never rebuild them,
so the field names are the same in Python, in the CLI's JSONL and in the HTTP API.
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import set_attribute

__all__ = ["Brief", "BriefSentence"]


@dataclass(frozen=True, init=False)
class BriefSentence:
    """A chosen sentence: ``source[article].text[start:end] == text``.

    A sentence cut to fit a ``words`` or ``characters`` cap is ``truncated``: its ``text`` is the kept
    part followed by an ellipsis, and ``start:end`` still spans the kept part in the source.
    """

    text: str
    score: float
    article: int
    paragraph: int
    start: int
    end: int
    truncated: bool = False

    def __init__(
        self, text: str, score: float, article: int, paragraph: int, start: int, end: int, truncated: bool = False
    ):
        set_attribute(self, "__dict__", {
            "text": text, "score": score, "article": article, "paragraph": paragraph, "start": start,
            "end": end, "truncated": truncated,
        })  # fmt: skip

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "score": round(self.score, 6),
            "article": self.article,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "truncated": self.truncated,
        }


@dataclass(frozen=True, init=False)
class Brief:
    """A brief: the chosen sentences, a headline, keyphrases, and what was read to make them."""

    headline: str | None
    sentences: tuple[BriefSentence, ...]
    keyphrases: tuple[str, ...]
    method: str
    #: One entry per input article: the title given by the caller or detected in the text, else None.
    titles: tuple[str | None, ...]
    sentences_in: int
    words_in: int
    #: The language the text was read in: the one given, or the one detected.
    language: str = "english"
    #: Per article: what its page said of it (:data:`summarizer.document.METADATA`), or ``None``.
    metadata: tuple[dict[str, str] | None, ...] = ()
    #: A merged set's cohesion (:mod:`summarizer.cohesion`): the mean cosine of its articles' pairs,
    #: 0 to 1; ``None`` for one article.
    cohesion: float | None = None
    #: Set when the set's articles share too little to be one event (cohesion below
    #: :data:`summarizer.cohesion.THRESHOLD`): what the reader should know of the brief, else ``None``.
    warning: str | None = None

    def __init__(
        self,
        headline: str | None,
        sentences: tuple[BriefSentence, ...],
        keyphrases: tuple[str, ...],
        method: str,
        titles: tuple[str | None, ...],
        sentences_in: int,
        words_in: int,
        language: str = "english",
        metadata: tuple[dict[str, str] | None, ...] = (),
        cohesion: float | None = None,
        warning: str | None = None,
    ):
        set_attribute(self, "__dict__", {
            "headline": headline, "sentences": sentences, "keyphrases": keyphrases, "method": method,
            "titles": titles, "sentences_in": sentences_in, "words_in": words_in, "language": language,
            "metadata": metadata, "cohesion": cohesion, "warning": warning,
        })  # fmt: skip

    @property
    def articles(self) -> int:
        return len(self.titles)

    def to_dict(self) -> dict:
        """The JSON shape shared by the CLI and the HTTP API (``brief`` holds the sentences)."""
        return {
            "headline": self.headline,
            "brief": [s.to_dict() for s in self.sentences],
            "keyphrases": list(self.keyphrases),
            "method": self.method,
            "titles": list(self.titles),
            "language": self.language,
            "metadata": list(self.metadata) or [None] * len(self.titles),
            "cohesion": None if self.cohesion is None else round(self.cohesion, 4),
            "warning": self.warning,
        }

    def stats(self) -> dict:
        return {"articles": self.articles, "sentences_in": self.sentences_in, "words_in": self.words_in}

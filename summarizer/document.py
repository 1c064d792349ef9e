"""The input model: articles as the caller gives them, and the parsed document the pipeline works on."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

__all__ = ["METADATA", "Article", "ParsedArticle", "Sentence", "Document"]


#: Sets a frozen instance's fields as its whole instance dict in one call (never set again), rather than
#: the object.__setattr__ call per field of a frozen dataclass's own __init__: Sentence, ParsedArticle,
#: brief.Brief, brief.BriefSentence and select.Pick use it (a batch makes many of each per article).
set_attribute = object.__setattr__

#: The facts about an article besides its text and title that a page's metadata may give.
METADATA = ("author", "date", "site_name", "url")


@dataclass(frozen=True)
class Article:
    """One article as given: its text and, when known, its title and what its page said of it."""

    text: str
    title: str | None = None
    author: str | None = None
    #: As the page gives it, normally ISO 8601 (``2025-04-23``).
    date: str | None = None
    site_name: str | None = None
    url: str | None = None

    @property
    def metadata(self) -> dict[str, str] | None:
        """The :data:`METADATA` fields that are known, or ``None`` when none is."""
        known = {name: getattr(self, name) for name in METADATA if getattr(self, name)}
        return known or None


@dataclass(frozen=True, init=False)
class ParsedArticle:
    """An article split into body paragraphs, with its title (given or detected) set apart.

    ``paragraphs`` are ``(start, end)`` spans into ``text``; ``skipped`` are the spans of lines kept out
    of the brief (title, repeated title, teaser, dek, cross-heads).
    """

    text: str
    title: str | None
    title_detected: bool
    paragraphs: tuple[tuple[int, int], ...]
    skipped: tuple[tuple[int, int], ...] = ()

    def __init__(
        self,
        text: str,
        title: str | None,
        title_detected: bool,
        paragraphs: tuple[tuple[int, int], ...],
        skipped: tuple[tuple[int, int], ...] = (),
    ):
        # The fields as the instance dict in one call, as Sentence does (one ParsedArticle an article).
        set_attribute(self, "__dict__", {
            "text": text, "title": title, "title_detected": title_detected, "paragraphs": paragraphs,
            "skipped": skipped,
        })  # fmt: skip


@dataclass(frozen=True, init=False)
class Sentence:
    """One body sentence and where it came from: ``text == articles[article].text[start:end]``."""

    text: str
    article: int
    paragraph: int
    start: int
    end: int
    #: Position of the sentence in its article's body (0 for the first body sentence).
    position: int
    #: Its words as written (:func:`summarizer.language.words`), found once and shared by every step.
    words: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def __init__(
        self, text: str, article: int, paragraph: int, start: int, end: int, position: int, words: tuple[str, ...] = ()
    ):
        # The fields as the instance dict, set once (frozen: never set again), rather than the seven
        # object.__setattr__ calls of a frozen dataclass's own __init__: a document makes one Sentence
        # per sentence, and those calls were a fifth of reading an article's instructions.
        set_attribute(self, "__dict__", {
            "text": text, "article": article, "paragraph": paragraph, "start": start, "end": end,
            "position": position, "words": words,
        })  # fmt: skip

    @property
    def n_words(self) -> int:
        """Number of words, the unit of word budgets."""
        return len(self.words)


@dataclass(frozen=True)
class Document:
    """The parsed articles of one request and all their body sentences, in source order."""

    articles: tuple[ParsedArticle, ...]
    sentences: tuple[Sentence, ...]

    @cached_property
    def titles(self) -> tuple[str | None, ...]:
        return tuple(a.title for a in self.articles)

    @cached_property
    def table(self) -> np.ndarray:
        """One row per sentence: its article, its position there and its number of words (int64)."""
        # One flat list of whole numbers: NumPy reads it faster than a list of rows (half the time).
        flat = [value for s in self.sentences for value in (s.article, s.position, len(s.words))]
        return np.array(flat, dtype=np.int64).reshape(len(self.sentences), 3)

    @property
    def size(self) -> int:
        """How many articles have a sentence: an empty article does not make a single one a set."""
        return len({s.article for s in self.sentences})

"""The vector of an article for story clustering: TF-IDF of its terms, title and lead counted more,
and the names it mentions.

An event is told by who, where and what: the content-word stems of :func:`summarizer.language.terms`
carry the what, and runs of capitalized words (a cheap stand-in for named entities: "Augusto Pinochet",
"Swissair Flight") are added as terms of their own, so that a shared name weighs more than its words
alone. The title and the first sentences are counted again (``TITLE_WEIGHT``, ``LEAD_WEIGHT``): news
puts the event there. Every weight was fit with ``python -m evaluation.stories --fit`` (see
evaluation/RESULTS.md, "Stories").

The weights are TF-IDF with scikit-learn's sublinear, smooth formula (:func:`summarizer.vectorize.tfidf_matrix`),
the IDF over the articles being clustered. A term found in one article only is dropped before
weighing: it can never make two articles alike, it only lowers every cosine of its article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..document import Document
from ..language import Lexicon, stop_words, words
from ..vectorize import tfidf_matrix

__all__ = ["TITLE_WEIGHT", "LEAD_WEIGHT", "LEAD_SENTENCES", "article_terms", "story_vectors"]

#: Extra times the title's terms count (so 1 + TITLE_WEIGHT times in all).
TITLE_WEIGHT = 2
#: Extra times the terms of the first ``LEAD_SENTENCES`` body sentences count.
LEAD_WEIGHT = 1
LEAD_SENTENCES = 2
_NAME = "name:"  # the prefix that keeps a name apart from the stems of the same words
# A capitalized word (Latin capitals), and the capitalized words that follow it on the same line.
_CAPITALIZED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*)*")
_OPENERS = " \t\"'“‘(["


def article_terms(document: Document, lexicon: Lexicon, language: str) -> list[str]:
    """The terms of one parsed article (a :class:`Document` of one article), weights included."""
    title = document.titles[0]
    found: list[str] = []
    if title:
        found += lexicon.terms(words(title)) * (1 + TITLE_WEIGHT)
        found += _names([title], stop_words(language))
    for index, sentence in enumerate(document.sentences):
        found += lexicon.terms(sentence.words) * (1 + (LEAD_WEIGHT if index < LEAD_SENTENCES else 0))
    found += _names([s.text for s in document.sentences], stop_words(language))
    return found


def story_vectors(term_lists: list[list[str]]):
    """Articles x terms, L2-normalized rows (all zero for an article that shares no term)."""
    df = Counter(t for terms in term_lists for t in set(terms))
    shared = [[t for t in terms if df[t] > 1] for terms in term_lists]
    return tfidf_matrix(shared)[0]


def _names(texts: Iterable[str], stop: frozenset[str]) -> list[str]:
    """Runs of capitalized words, lowercased, stop words trimmed from their ends; a run of one word
    at the start of a sentence is not a name (a capital there is grammar)."""
    names = []
    for text in texts:
        for match in _CAPITALIZED.finditer(text):
            parts = match.group().split()
            start = 0
            while start < len(parts) and parts[start].lower() in stop:
                start += 1
            end = len(parts)
            while end > start and parts[end - 1].lower() in stop:
                end -= 1
            if end == start or (
                end - start == 1 and start == 0 and not text[: match.start()].strip(_OPENERS)
            ):
                continue
            names.append(_NAME + " ".join(parts[start:end]).rstrip(".").lower())
    return names

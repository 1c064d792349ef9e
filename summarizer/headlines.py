"""Headline: one short line made from the text itself.

Take the most headline-worthy sentence (the best-ranked sentence among the first sentences of each
article: leads are written to be read first; in a merged set, the one closest to what all articles
share), then compress it the way sub-editors do:

* drop a dateline (``LONDON (AP) _``), parentheticals and relative clauses (``, who ...,``);
* drop an attribution (``, officials said``, ``, according to ...``) and a leading subordinate or
  prepositional clause (``After two days of talks, ...``);
* write headlinese: drop the articles (``the``, ``a``), possessive determiners (``its``, ``their``)
  and the perfect auxiliary (``has hit`` -> ``hit``);
* cut within ``headline_words`` words at a phrase boundary (before a function word or at a clause
  break, so "after Federal Reserve" is not cut to "after Federal"), never inside a word, and never end
  on a preposition, an article, a conjunction or another function word.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np

from .language import stop_words, words
from .vectorize import Features

__all__ = ["make_headline", "compress"]

_LEAD_SENTENCES = 3  # candidates: the first sentences of each article
# Only the first words of a sentence can make its headline; longer input would only make the
# patterns below slower (a 5 MB "sentence" without punctuation took seconds).
_SOURCE_WORDS = 80

_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*)*(?:,\s*\w+\.?\s*\d{1,2})?\s*)?"
    r"(?:\((?:AP|AFP|Reuters|UPI|Xinhua|[A-Z]{2,6})\)\s*)?(?:_|--|—|–)\s+|^\s*[A-Z][A-Z .,'-]{2,}\s*(?:\([^)]*\))?\s*[-_—–:]+\s+"
)
_PAREN = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|where)\b[^,;:]*(?:,|(?=[.;:]|$))")
# An attribution is a clause of its own at the end: after a comma ("..., officials said.") or
# "according to ...". Without the comma the verb belongs to the main clause and stays.
_ATTRIBUTION = re.compile(
    r"(?:[,;]?\s+according to\b[^,;]*|[,;]\s*[^,;]{0,60}?\b(?:said|says|say|told|reported|announced|added|"
    r"stated|confirmed|claimed|warned)\b[^,;]{0,40})\s*[.!?\"'”’]*\s*$"
)
_REPORTED = re.compile(r"^[^,;\"“]{0,60}?\b(?:said|says|announced|reported|confirmed)\b(?:\s+\w+){0,3}?\s+that\s+")
_LEADING_CLAUSE = re.compile(
    r"^(?:after|although|amid|as|because|before|despite|following|if|in|on|once|since|though|when|while|"
    r"with|without|during|meanwhile|however|but|and|yet|so|also)\b[^,]{0,80},\s+",
    re.IGNORECASE,
)
_ARTICLES = re.compile(r"\b(?:the|a|an|its|their)\s+", re.IGNORECASE)
# "has hit" -> "hit", only before a past participle: "had record profits" keeps its verb.
_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:been\s+)?(?=(?:\w{2,}(?:ed|en|wn)|hit|put|cut|set|won|lost|made|told|found|left|led|"
    r"paid|sold|done|gone|come|become|begun|run|shut|struck|held|kept|brought|bought|fought|caught|sent|"
    r"spent|built|met|quit|bid|hurt|said)\b)",
    re.IGNORECASE,
)
_QUOTES = str.maketrans("", "", "\"“”‘’`")


def make_headline(features: Features, scores: np.ndarray) -> str:
    """The headline of the document ranked by ``scores`` (non-empty for a non-empty document)."""
    sentences = features.document.sentences
    candidates = [i for i, s in enumerate(sentences) if s.position < _LEAD_SENTENCES]
    if features.document.size > 1:
        # What the set has in common: closeness to the centroid of all sentences, not one angle.
        centroid = np.asarray(features.tfidf.mean(axis=0)).ravel()
        shared = features.tfidf[candidates] @ centroid
        lead_bonus = np.array([1.0 / (1 + sentences[i].position) for i in candidates])
        best = candidates[int(np.argmax(shared * lead_bonus))]
    else:
        best = min(candidates, key=lambda i: (sentences[i].position, -scores[i]))
    return compress(sentences[best].text, features.options.headline_words, features.options.language)


def compress(sentence: str, max_words: int = 12, language: str = "english") -> str:
    """A headline of at most ``max_words`` words from ``sentence`` (never empty for a sentence with a word)."""
    tokens = sentence.split()
    text = " ".join(tokens[:_SOURCE_WORDS])
    steps = [_strip_dateline, _strip_parentheticals, _strip_relative, _strip_attribution,
             _strip_reported, _strip_leading_clause, _strip_articles, _strip_perfect]
    if len(tokens) > _SOURCE_WORDS:
        steps.remove(_strip_attribution)  # the end of a truncated sentence is not its attribution
    for step in steps:
        shorter = step(text)
        if shorter != text and words(shorter):  # a step that would leave nothing is skipped
            text = shorter
    text = text.translate(_QUOTES).strip(" ,;:-—–.")
    return _fit(text, max_words, language) or " ".join(words(sentence)[:max_words])


def _strip_dateline(text: str) -> str:
    return _DATELINE.sub("", text, count=1)


def _strip_parentheticals(text: str) -> str:
    return _PAREN.sub("", text)


def _strip_relative(text: str) -> str:
    return _RELATIVE.sub("", text)


def _strip_attribution(text: str) -> str:
    return _ATTRIBUTION.sub("", text)


def _strip_reported(text: str) -> str:
    return _REPORTED.sub("", text, count=1)


def _strip_leading_clause(text: str) -> str:
    return _LEADING_CLAUSE.sub("", text, count=1)


def _strip_articles(text: str) -> str:
    return _ARTICLES.sub("", text)


def _strip_perfect(text: str) -> str:
    return _PERFECT.sub("", text)


@cache
def _dangling(language: str) -> frozenset[str]:
    """Words a headline must not end on: articles, prepositions, conjunctions, auxiliaries, pronouns.

    English has its own list: a stop-word list also holds adverbs and particles that may end a line
    ("shot down"). Other languages fall back to their stop words.
    """
    if language != "english":
        return stop_words(language)
    return frozenset(
        "a an the and or but nor so yet for of to in on at by with from into onto upon about above across "
        "after against along amid among around as before behind below beneath beside between beyond "
        "despite during except inside like near over past since than through throughout till toward "
        "towards under until unlike via within without is are was were be been being has have had do does "
        "did will would shall should can could may might must that which who whom whose whether if while "
        "because although though when where my your his her its our their this these those i we you he "
        "she it they me us him them very more most such not no".split()
    )


def _fit(text: str, max_words: int, language: str) -> str:
    """Cut to at most ``max_words`` words, preferring a clause boundary, trimming trailing function words."""
    tokens = text.split()
    stop = _dangling(language)
    if len(tokens) > max_words:
        # Cut at the last clause break in reach, else before the last function word in reach.
        reach = range(max_words // 2, max_words + 1)
        clauses = [i for i in reach if tokens[i - 1][-1] in ",;:"]
        phrases = [i for i in reach if tokens[i].lower() in stop]
        tokens = tokens[: (clauses or phrases or [max_words])[-1]]
    while tokens and (tokens[-1].strip(",;:.-—–").lower() in stop or not words(tokens[-1])):
        tokens.pop()
    line = " ".join(tokens).rstrip(",;:-—–")
    return line[:1].upper() + line[1:] if line else line

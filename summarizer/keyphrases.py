"""Keyphrases: the noun-phrase-like n-grams that carry the document.

Candidates are runs of up to ``_MAX_WORDS`` content words between stop words and punctuation (RAKE,
Rose et al. 2010). A word weighs what its term weighs in the document's TF-IDF space summed over the
sentences it appears in, boosted for appearing early; a phrase weighs the sum of its words times the
square root of how often it occurs. Phrases contained in a better one are dropped. A phrase keeps its
capitals when it is always written with them (a proper name), else it is lowercased.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from .language import stemmer, stop_words
from .vectorize import Features

__all__ = ["extract_keyphrases"]

_MAX_WORDS = 3
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


def extract_keyphrases(features: Features, count: int) -> list[str]:
    language = features.options.language
    stop = stop_words(language)
    stem = stemmer(language)
    occurrences: dict[tuple[str, ...], list[str]] = defaultdict(list)
    word_weight: Counter = Counter()
    for sentence in features.document.sentences:
        early = 1.0 + 1.0 / (1.0 + sentence.position)
        for phrase in _candidates(sentence.text, stop):
            key = tuple(stem(w.lower()) for w in phrase)
            occurrences[key].append(" ".join(phrase))
            for k in key:
                word_weight[k] += early

    def score(key: tuple[str, ...]) -> float:
        return sum(math.log1p(word_weight[k]) for k in key) * math.sqrt(len(occurrences[key]))

    ranked = sorted(occurrences, key=lambda k: (-score(k), k))
    chosen: list[tuple[str, ...]] = []
    for key in ranked:
        if len(chosen) >= count:
            break
        if any(_contains(c, key) or _contains(key, c) for c in chosen):
            continue
        chosen.append(key)
    return [_surface(occurrences[k]) for k in chosen]


def _candidates(text: str, stop: frozenset[str]):
    run: list[str] = []
    for token in _TOKEN.findall(text):
        if token[0].isalnum() and token.lower() not in stop and not token.isdigit() and len(token) > 1:
            run.append(token)
            continue
        yield from _ngrams(run)
        run = []
    yield from _ngrams(run)


def _ngrams(run: list[str]):
    if 0 < len(run) <= _MAX_WORDS:
        yield run
    elif len(run) > _MAX_WORDS:
        for i in range(len(run) - _MAX_WORDS + 1):
            yield run[i : i + _MAX_WORDS]


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return n <= len(longer) and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _surface(forms: list[str]) -> str:
    """The most common written form; lowercased unless every occurrence has capitals (a name)."""
    form = Counter(forms).most_common(1)[0][0]
    if all(any(c.isupper() for c in f) for f in forms) and any(c.isupper() for c in form):
        return form
    return form.lower()

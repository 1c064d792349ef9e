"""Keyphrases: the noun-phrase-like n-grams that carry the document.

Candidates are runs of up to ``_MAX_WORDS`` content words between stop words and punctuation (RAKE,
Rose et al. 2010). Without a part-of-speech tagger (NLTK's needs downloaded data), lowercase words in
``-ed`` and a few reporting verbs also end a run, which keeps "expressed grave concerns" from being
taken for a noun phrase; a longer run keeps only its capitalized stretches (names). A word weighs how often its stem occurs, each occurrence counting more in the first sentences of an
article; a phrase weighs the mean of its words times the
number of times it occurs, with a bonus for each word past the first (a specific phrase says more). Phrases contained in a better one are dropped. A phrase keeps its
capitals when it is always written with them (a proper name), else it is lowercased.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .language import stemmer, stop_words
from .vectorize import Features

__all__ = ["extract_keyphrases"]

_MAX_WORDS = 3
_VERBS = frozenset({"said", "says", "say", "told", "tells", "added", "according", "including"})
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday tomorrow week year month".split()
)
_POSSESSIVE = re.compile(r"['’]s$")
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
        mean_weight = sum(word_weight[k] for k in key) / len(key)
        return len(occurrences[key]) * mean_weight * (1.0 + 0.5 * (len(key) - 1))

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
        token = _POSSESSIVE.sub("", token)
        if _is_content(token, stop):
            run.append(token)
            continue
        yield from _phrases(run)
        run = []
    yield from _phrases(run)


def _is_content(token: str, stop: frozenset[str]) -> bool:
    lower = token.lower()
    if not token[0].isalnum() or lower in stop or token.isdigit() or len(token) < 2:
        return False
    if lower in _CALENDAR:
        return False
    return not (token.islower() and (lower.endswith("ed") or lower in _VERBS))


def _phrases(run: list[str]):
    if len(run) <= _MAX_WORDS:
        if run:
            yield run
        return
    name: list[str] = []
    for token in run + [""]:
        if token[:1].isupper():
            name.append(token)
            continue
        if name:
            yield name[-_MAX_WORDS:]  # "Ukrainian President Volodymyr Zelensky" -> its last words
        name = []


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return n <= len(longer) and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _surface(forms: list[str]) -> str:
    """The most common written form; lowercased unless every occurrence has capitals (a name)."""
    form = Counter(forms).most_common(1)[0][0]
    if all(any(c.isupper() for c in f) for f in forms) and any(c.isupper() for c in form):
        return form
    return form.lower()

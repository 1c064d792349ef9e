"""Keyphrases: the noun-phrase-like n-grams that carry the document.

Candidates are runs of up to ``_MAX_WORDS`` content words between stop words and punctuation (RAKE,
Rose et al. 2010). Without a part-of-speech tagger (NLTK's needs downloaded data), lowercase words in
``-ed``, a few reporting verbs and calendar words also end a run, which keeps "expressed grave
concerns" and "Kyiv early Wednesday" from being taken for noun phrases; a longer run keeps only its
capitalized stretches (names), at most their last ``_MAX_WORDS`` words.

A word weighs how often its stem occurs, an occurrence counting more in the first sentences of an
article; a phrase weighs the mean of its words times the number of times it occurs, with a bonus for
each word past the first (a specific phrase says more). Phrases contained in a better one are dropped.
A phrase keeps its capitals when it is always written with them (a proper name), else it is lowercased.
Past ``_MAX_SENTENCES`` sentences, only the first sentences of each article are read.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from functools import cache
from itertools import chain, groupby

from .language import WordTable, stem_table, stemmer, stop_words
from .speedups import twin
from .vectorize import Features

__all__ = ["extract_keyphrases"]

_MAX_WORDS = 3
_VERBS = frozenset({"said", "says", "say", "told", "tells", "added", "according", "including"})
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday tomorrow week year month".split()
)
_POSSESSIVES = ("'s", "’s")  # a token's ending dropped from its written form
_TOKEN = r"\w+(?:[-'’]\w+)*"
# A token, or a stretch of punctuation (described as None: punctuation always ends a phrase).
_PIECE = re.compile(rf"{_TOKEN}|[^\w\s]+")
_MAX_SENTENCES = 600
_CACHED_CHUNK_CHARS = 64


def extract_keyphrases(features: Features, count: int) -> list[str]:
    """The ``count`` best keyphrases of the document, best first."""
    return _keyphrases(_sample(features.document.sentences), _chunk_table(features.options.language), count)


def _keyphrases_python(sentences, chunks: WordTable, count: int) -> list[str]:
    """The ``count`` best phrases of ``sentences`` read through the chunk table, best first."""
    occurrences, word_weight = _occurrences_python(sentences, chunks)
    scores = _scores_python(occurrences, word_weight)
    chosen: list[tuple[str, ...]] = []
    inside: set[tuple[str, ...]] = set()  # every stretch of a chosen phrase
    # Best score first, ties by key, taken from a heap as far as needed (the keys are distinct, so this
    # is the order of a full sort by (-score, key); most articles need a few dozen of hundreds).
    ranked = [(-score, key) for key, score in scores.items()]
    heapq.heapify(ranked)
    while ranked and len(chosen) < count:
        key = heapq.heappop(ranked)[1]
        stretches = _stretches(key)
        if key in inside or any(c in stretches for c in chosen):
            continue  # it contains, or is part of, a better phrase
        chosen.append(key)
        inside.update(stretches)
    return [_surface(occurrences[k]) for k in chosen]


# Where built, the same phrases from a compiled twin that counts by stem ids and writes out only the
# phrases returned (summarizer.speedups, csrc/keyphrases.c).
_keyphrases = twin("keyphrases", _keyphrases_python)


def _occurrences_python(sentences, chunks: WordTable):
    """The written forms of each candidate phrase (by its stems), and the weight of each stem."""
    occurrences: dict[tuple[str, ...], list[str]] = {}
    word_weight: dict[str, float] = defaultdict(float)
    for sentence in sentences:
        early = 1.0 + 1.0 / (1.0 + sentence.position)
        pieces = chain.from_iterable(map(chunks.__getitem__, sentence.text.split()))
        for content, group in groupby(pieces, bool):
            if not content:
                continue
            run = list(group)
            for phrase in (run,) if len(run) <= _MAX_WORDS else _phrases(run):
                if len(phrase) == 1:
                    form, stem = phrase[0]
                    key = (stem,)
                    word_weight[stem] += early
                else:
                    form = " ".join([word for word, _ in phrase])
                    key = tuple([stem for _, stem in phrase])
                    for stem in key:
                        word_weight[stem] += early
                forms = occurrences.get(key)
                if forms is None:
                    occurrences[key] = [form]
                else:
                    forms.append(form)
    return occurrences, word_weight


def _scores_python(occurrences: dict[tuple[str, ...], list[str]], word_weight) -> dict[tuple[str, ...], float]:
    """Each candidate's score: its occurrences times the mean weight of its stems, times a bonus for
    each word past the first."""
    return {
        key: len(forms) * (sum(map(word_weight.__getitem__, key)) / len(key)) * (1.0 + 0.5 * (len(key) - 1))
        for key, forms in occurrences.items()
    }


def _sample(sentences):
    """All sentences, or in a large merged set the first ones of each article (where news states what
    it is about), so the cost stays bounded."""
    if len(sentences) <= _MAX_SENTENCES:
        return sentences
    return sorted(sentences, key=lambda s: (s.position, s.article))[:_MAX_SENTENCES]


@cache
def _chunk_table(language: str) -> WordTable:
    """The process's chunk table of ``language`` (:func:`_new_chunk_table`)."""
    return _new_chunk_table(language)


def _new_chunk_table(language: str) -> WordTable:
    """A whitespace-free chunk of text -> its tokens and punctuation, in order: ``(word, stem)`` for a
    content word, None for a token or punctuation that ends a run. (Neither spans whitespace, and news
    repeats its chunks: a lookup per chunk instead of a regex pass over every sentence.) Tokens have
    a table of their own, so a chunk's description shares their tuples."""
    stop = stop_words(language)
    stem = stemmer(language)

    def describe(token: str) -> tuple[str, str] | None:
        word = token[:-2] if token[-2:] in _POSSESSIVES else token
        lower = word.lower()
        content = (
            word[:1].isalnum()
            and len(word) > 1
            and not word.isdigit()
            and lower not in stop
            and lower not in _CALENDAR
            and not (word.islower() and (lower.endswith("ed") or lower in _VERBS))
        )
        return (word, stem(lower)) if content else None

    tokens = WordTable(describe)

    def pieces(chunk: str) -> tuple[tuple[str, str] | None, ...]:
        if chunk.isalnum():  # all of it \w: _PIECE's one match, without the regex call
            return (tokens[chunk],)
        return tuple(map(tokens.__getitem__, _PIECE.findall(chunk)))

    chunks = _ChunkTable(pieces)
    # The compiled twin fills both tables with ``pieces``' and ``describe``'s steps, a new chunk then
    # costing no Python call: what they read (csrc/keyphrases_fill.c).
    chunks.recipe = ("chunks", tokens, stop, _CALENDAR, _VERBS, stem_table(language))
    return chunks


class _ChunkTable(WordTable):
    """A :class:`WordTable` of chunks that keeps only short ones: a chunk of thousands of tokens
    without a space (a URL list, a hostile input) is described afresh each time, not kept."""

    def __missing__(self, chunk: str):
        if len(chunk) > _CACHED_CHUNK_CHARS:
            return self.make(chunk)
        return super().__missing__(chunk)


def _phrases(run: list[tuple[str, str]]):
    """A run longer than ``_MAX_WORDS`` words keeps only its capitalized stretches (names), each cut
    to its last words ("Ukrainian President Volodymyr Zelensky" -> "President Volodymyr Zelensky")."""
    name: list[tuple[str, str]] = []
    for pair in run + [("", "")]:
        if pair[0][:1].isupper():
            name.append(pair)
            continue
        if name:
            yield name[-_MAX_WORDS:]
        name = []


def _stretches(key: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Every contiguous part of ``key``, itself included."""
    return {key[i:j] for i in range(len(key)) for j in range(i + 1, len(key) + 1)}


def _surface(forms: list[str]) -> str:
    """The most common written form; lowercased unless every occurrence has capitals (a name)."""
    form = forms[0] if forms.count(forms[0]) == len(forms) else Counter(forms).most_common(1)[0][0]
    if all(any(map(str.isupper, f)) for f in forms) and any(map(str.isupper, form)):
        return form
    return form.lower()

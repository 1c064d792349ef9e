"""Headline: one short line made from the text itself.

**Choose.** The candidates are the first sentences of each article (leads are written to be read
first). Each is worth its ranking score (scaled to [0, 1], so the method matters) plus a bonus for
coming first; in a merged set, times its closeness to the centroid of all sentences (what the reports
share). A sentence whose subject is a pronoun ("It plans to ...") is passed over: the reader would
not know who "it" is. So is a quotation.

**Compress.** English gets headlinese (:mod:`summarizer.headlinese`: no dateline, asides,
attribution, articles or perfect auxiliaries; verbs stay finite). Every language then gets the cut:
within ``headline_words`` words at a phrase boundary (a clause break, else before a preposition or
another function word), never inside a word, never right after a verb that wants its object, and
never ending on a function word or an adjective.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from .headlinese import PRONOUNS, is_modifier, is_verb, strip_wire, write_headlinese
from .language import stop_words, words
from .vectorize import Features

__all__ = ["make_headline", "compress"]

_LEAD_SENTENCES = 3  # candidates: the first sentences of each article
#: Added to a candidate's ranking score (in [0, 1]) by its position: the lead wins unless the
#: ranking clearly prefers a later sentence. Chosen on BBC development articles 401-1058.
_POSITION_BONUS = (1.0, 0.3, 0.0)
_MIN_WORDS = 4  # a shorter sentence ("Not any more.") says too little to be a headline
_OPENING_QUOTE = "\"“‘'"
# Openings that hide the subject: a pronoun, or "There is ..." ("There is a prospect that ...").
_VAGUE_OPENINGS = PRONOUNS | {"there", "this", "these", "that", "those"}


def make_headline(features: Features, scores: np.ndarray) -> str:
    """The headline of the document ranked by ``scores`` (non-empty for a non-empty document)."""
    sentences = features.document.sentences
    options = features.options
    candidates = [i for i, s in enumerate(sentences) if s.position < _LEAD_SENTENCES]
    value = _scaled(scores[candidates]) + np.array([_POSITION_BONUS[sentences[i].position] for i in candidates])
    if features.document.size > 1:
        centroid = np.asarray(features.tfidf.mean(axis=0)).ravel()
        value = value * (features.tfidf[candidates] @ centroid)
    english = options.language == "english"
    usable = [_usable(sentences[i].text, english) for i in candidates]
    order = sorted(range(len(candidates)), key=lambda k: (not usable[k], -value[k], k))
    best = sentences[candidates[order[0]]]
    return compress(best.text, options.headline_words, options.language)


def _scaled(values: np.ndarray) -> np.ndarray:
    spread = float(np.ptp(values)) if values.size else 0.0
    return (values - values.min()) / spread if spread > 0 else np.zeros(values.shape)


def _usable(text: str, english: bool) -> bool:
    """Whether a sentence can make a headline: enough words, not a quotation, not about "it" or "he"."""
    found = words(strip_wire(text))
    if len(found) < _MIN_WORDS or text.lstrip()[:1] in _OPENING_QUOTE:
        return False
    return not (english and found[0].lower() in _VAGUE_OPENINGS)


def compress(sentence: str, max_words: int = 12, language: str = "english") -> str:
    """A headline of at most ``max_words`` words from ``sentence`` (never empty for a sentence with a word)."""
    text = write_headlinese(sentence) if language == "english" else strip_wire(sentence)
    return _fit(text, max_words, language) or " ".join(words(sentence)[:max_words])


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
        "she it they me us him them very more most such not no also just only".split()
    )


# Where a clause ends: a cut before these keeps the main clause whole.
_CLAUSE_WORDS = frozenset(
    "who whom whose which that where when while because although though as after before since until "
    "unless if but and amid despite following".split()
)


# Auxiliaries and modals: a cut before them would part a subject from its verb.
_VERB_WORDS = frozenset(
    "is are was were be been being has have had do does did will would shall should can could may might "
    "must".split()
)


def _fit(text: str, max_words: int, language: str) -> str:
    """Cut to at most ``max_words`` words at a phrase boundary; trim what a line cannot end on."""
    tokens = text.split()
    stop = _dangling(language)
    english = language == "english"
    if len(tokens) > max_words:
        reach = range(max(1, max_words // 2), max_words + 1)

        def ends_well(i: int) -> bool:  # a verb before the cut would lose its object
            return not (english and is_verb(tokens[i - 1].strip(",;:")))

        clauses = [i for i in reach if (tokens[i - 1][-1] in ",;:" or tokens[i].lower() in _CLAUSE_WORDS)
                   and ends_well(i)]
        phrases = [i for i in reach if tokens[i].lower() in stop and tokens[i].lower() not in _VERB_WORDS
                   and ends_well(i)]
        tokens = tokens[: (clauses or phrases or [max_words])[-1]]
    while tokens and _dangles(tokens, stop, english):
        tokens.pop()
    line = " ".join(tokens).rstrip(",;:-—–")
    return line[:1].upper() + line[1:] if line else line


def _dangles(tokens: list[str], stop: frozenset[str], english: bool) -> bool:
    """Whether the line cannot end on its last token: a function word, or an adjective cut from its
    noun ("Dollar hits highest"; after a verb, as in "is suitable", the adjective is the predicate)."""
    bare = tokens[-1].strip(",;:.-—–")
    if not words(bare) or bare.lower() in stop:
        return True
    before = tokens[-2].lower() if len(tokens) > 1 else ""
    return english and is_modifier(bare) and not (before in _VERB_WORDS or is_verb(before))

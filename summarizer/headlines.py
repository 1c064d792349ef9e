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

import re
from collections.abc import Callable
from functools import cache

import numpy as np

from .headlinese import (
    PRONOUNS, is_adverb, is_modifier, is_verb, may_be_verb, participle_of, strip_wire, write_headlinese,
)
from .language import stop_words, words
from .vectorize import Features

__all__ = ["make_headline", "compress"]

_MIN_WORDS = 3  # a shorter line ("He snorted") says too little to be a headline
_COMPLEMENT_WORDS = frozenset({"of", "to", "than"})
_RELATIVES = frozenset({"who", "which", "that", "whose", "whom", "where"})
_MAX_TRIES = 8  # sentences compressed at most, looking for a headline that names its subject
_OPENING_QUOTE = "\"“‘'"
# Openings that hide the subject (a pronoun, "There is a prospect that ...") or the main clause ("But
# when McIlroy pulled his shot", "If there is one thing").
_VAGUE_OPENINGS = PRONOUNS | frozenset(
    "this these that those but and or so yet when if while because although though as no yes".split()
)


def make_headline(features: Features, rank: Callable[[], np.ndarray]) -> str:
    """The headline of the document (non-empty for a non-empty document); ``rank()`` gives the
    ranking scores of its sentences, asked for only when they choose (in a merged set)."""
    sentences = features.document.sentences
    options = features.options
    leads = [i for i, s in enumerate(sentences) if s.position == 0]
    if features.document.size > 1:
        # What the reports share: each article's lead by its closeness to the centroid of all
        # sentences, weighed by the ranking.
        centroid = np.asarray(features.tfidf.mean(axis=0)).ravel()
        value = (features.tfidf[leads] @ centroid) * (1.0 + _scaled(rank())[leads])
        leads = [leads[k] for k in np.argsort(-value, kind="stable")]
    # Passed over: a lead that opens with a quotation or whose headline would open with a pronoun
    # ("But on Skid Row, he was known as Africa"); then the next sentences in turn, a few at most.
    later = [i for i, s in enumerate(sentences) if s.position > 0]
    fallback = None
    for i in [*leads, *later][:_MAX_TRIES]:
        text = sentences[i].text
        if strip_wire(text)[:1] in _OPENING_QUOTE + "(":
            continue  # a quotation, or an aside in brackets
        line = compress(text, options.headline_words, options.language)
        if _names_its_subject(line, options.language == "english"):
            return line
        fallback = fallback or line
    return fallback or compress(sentences[leads[0]].text, options.headline_words, options.language)


def _scaled(values: np.ndarray) -> np.ndarray:
    spread = float(np.ptp(values)) if values.size else 0.0
    return (values - values.min()) / spread if spread > 0 else np.zeros(values.shape)


def _names_its_subject(line: str, english: bool) -> bool:
    """Whether a headline says who it is about: enough words, not opening with "it", "he" or "there"."""
    found = words(line)
    if len(found) < _MIN_WORDS:
        return False
    opening = re.split(r"['’]", found[0])[0]  # "That's", "There's"
    acronym = len(opening) > 1 and opening.isupper()  # "US" is no "us"
    if not english:
        return True
    # A line without a verb states nothing ("March 11, 2015"; "Parmalat, the dairy company which ...":
    # a verb of a relative clause does not count).
    main = found[: next((k for k, w in enumerate(found) if w.lower() in _RELATIVES), len(found))]
    if not any(may_be_verb(w) for w in main[1:]):
        return False
    # A past verb and then a function word lost its subject ("Led to Tony Blair being read the riot
    # act"); before a noun a participle is an adjective ("Animated movie Robots opens").
    verb_first = participle_of(opening) is not None and found[1].lower() in _dangling("english")
    return not ((opening.lower() in _VAGUE_OPENINGS and not acronym) or verb_first)


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
        "she it they me us him them very more most such not no also just only all due according prior "
        "ahead".split()
    )


# Where a clause ends: a cut before these keeps the main clause whole.
_CLAUSE_WORDS = frozenset(
    "who whom whose which that where when while because although though as after before since until "
    "unless if but amid despite following".split()
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

        def ends_well(i: int) -> bool:
            # A verb before the cut would lose its object, and so would a gerund after a
            # preposition ("charge of removing"); "up to" is one word.
            before = tokens[i - 1].strip(",;:")
            gerund = before.endswith("ing") and i > 1 and tokens[i - 2].lower() in stop
            # "pledges to introduce": a verb that may take the infinitive keeps it.
            takes_to = tokens[i].lower() == "to" and may_be_verb(before)
            return not (english and (is_verb(before) or gerund or takes_to or before.lower() == "up"))

        clauses = [i for i in reach if (tokens[i - 1][-1] in ",;:" or tokens[i].lower() in _CLAUSE_WORDS)
                   and ends_well(i)]
        phrases = [i for i in reach if tokens[i].lower() in stop and tokens[i].lower() not in _VERB_WORDS
                   and ends_well(i)]
        # "of" and "to" open the complement of the word before them ("review into reasons of",
        # "pulls out of Yemen due to"): a cut there is the last resort among the boundaries.
        strong = [i for i in phrases if tokens[i].lower() not in _COMPLEMENT_WORDS]
        cut = (clauses or strong or phrases or [None])[-1]
        # No boundary in reach: cut at the budget, and an adjective left at the end lost its noun.
        tokens, inside_phrase = tokens[: cut or max_words], cut is None
    else:
        inside_phrase = False
    while tokens and _dangles(tokens, stop, english, inside_phrase):
        tokens.pop()
    line = " ".join(tokens).rstrip(",;:-—–")
    return line[:1].upper() + line[1:] if line else line


def _dangles(tokens: list[str], stop: frozenset[str], english: bool, cut_from_noun: bool) -> bool:
    """Whether a line cannot end on its last token: a function word, an adverb between an auxiliary
    and its verb ("have reportedly"), or an adjective cut from its noun ("Dollar hits highest"; cut at
    a boundary, as in "may not be suitable", it is a predicate)."""
    bare = tokens[-1].strip(",;:.-—–")
    if len(bare) > 1 and bare.isupper():
        return False  # an acronym is a name: "US", "IT"
    if not words(bare) or bare.lower() in stop:
        return True
    if not english:
        return False
    after_auxiliary = len(tokens) > 1 and tokens[-2].lower() in _VERB_WORDS
    return (after_auxiliary and is_adverb(bare)) or (cut_from_noun and is_modifier(bare))

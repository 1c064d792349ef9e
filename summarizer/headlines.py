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
    PRONOUNS, is_adverb, is_capital, is_noun, is_tensed, is_modifier, is_verb, may_be_verb, participle_of, strip_wire, write_headlinese,
)
from .language import stop_words, words
from .trim import shorten_names
from .vectorize import Features

__all__ = ["make_headline", "compress"]

_MIN_CLAUSE = 4  # a trailing clause goes only after this many words of the main one
_NEWS_TRIES = 3  # sentences that must carry news by their form before any named line will do
_VERB_WITHIN = 12  # words from the start within which a news line has its finite verb
# Openings of a scene or a feature, not of a news clause (after headlinese has dropped an opening
# clause closed by a comma, these open one without a comma, or no clause at all).
_SCENE_OPENINGS = frozenset(
    "anyone anybody everyone everybody someone somebody nobody things imagine however indeed perhaps maybe "
    "well just what why how among amid through throughout during despite".split()
)
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
    # Among the first few, a line must also carry news by its form (English): a lead that sets a
    # scene ("Among majestic Roman ruins ...", "Things could have been worse") gives way to the next
    # sentence that has a finite verb and opens with its subject.
    later = [i for i, s in enumerate(sentences) if s.position > 0]
    english = options.language == "english"
    fallback = named = None
    for k, i in enumerate([*leads, *later][:_MAX_TRIES]):
        if named and k >= _NEWS_TRIES:
            return named
        text = sentences[i].text
        if strip_wire(text)[:1] in _OPENING_QUOTE + "(":
            continue  # a quotation, or an aside in brackets
        line = compress(text, options.headline_words, options.language, _article_text(features, i))
        if _names_its_subject(line, english):
            if not english or k >= _NEWS_TRIES or _carries_news(line):
                return line
            named = named or line
        fallback = fallback or line
    return named or fallback or compress(sentences[leads[0]].text, options.headline_words, options.language)


def _article_text(features: Features, i: int) -> str:
    return features.document.articles[features.document.sentences[i].article].text


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
    if not any(w.islower() and may_be_verb(w) for w in main[1:]):
        return False
    # A past verb and then a function word lost its subject ("Led to Tony Blair being read the riot
    # act"); before a noun a participle is an adjective ("Animated movie Robots opens").
    verb_first = participle_of(opening) is not None and found[1].lower() in _dangling("english")
    return not ((opening.lower() in _VAGUE_OPENINGS and not acronym) or verb_first)


def _carries_news(line: str) -> bool:
    """Whether a line reads as news by its form: it opens with its subject, not with a preposition
    or an adverb that sets a scene ("Among", "Just", "Anyone"), and a finite verb follows soon."""
    found = line.split()
    first = found[0].lower()
    if first in _SCENE_OPENINGS:
        return False  # "Anyone following ...", "Among majestic Roman ruins ..."
    # A verb of the main clause: not the only one, in a relative clause ("helicopter that went down").
    relative = next((k for k, w in enumerate(found) if w.lower() in _RELATIVES), len(found))
    verbs = [k for k in range(1, min(len(found), _VERB_WITHIN)) if _tensed_at(found, k)]
    return any(k < relative for k in verbs) or len(verbs) > 1


def _tensed_at(found: list[str], k: int) -> bool:
    """Whether ``found[k]`` is a verb with a tense ("wins", "won", "will", a headline's "knighted"), a
    headline's future ("to perform") or a plural's present ("Police arrest"); not "population live"
    nor "weeks leading"."""
    word, before = found[k].strip(",;:"), found[k - 1]
    if not word.islower():
        return False
    if is_tensed(word) or (before == "to" and may_be_verb(word)):
        return True
    plural = before[-1:] == "s" and before[-2:] not in ("'s", "’s") or is_capital(before[:1])
    return plural and may_be_verb(word) and not word.endswith("ing")


def compress(sentence: str, max_words: int = 12, language: str = "english", context: str = "") -> str:
    """A headline of at most ``max_words`` words from ``sentence`` (never empty for a sentence with a
    word); ``context``, the article's text, tells which names it shortens to a surname."""
    if language == "english":
        text = write_headlinese(sentence)
        text = shorten_names(text, context) if context else text
    else:
        text = strip_wire(sentence)
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
        "she it they very more most such not no also just only all due according prior "
        "ahead".split()
    )


# Where a clause ends: a cut before these keeps the main clause whole.
_CLAUSE_WORDS = frozenset(
    "who whom whose which that where when while because although though as after before since until "
    "unless if but amid despite following".split()
)


# Where a trailing clause opens, once the main clause has its verb and object ("as" only before a
# subject: "as he opened", not "quit as coach"; "that" opens a complement, which is the news).
_TRAIL_WORDS = frozenset(
    "who whom whose which where when while because although though after before since until unless amid "
    "despite following whereas".split()
)
_SUBJECT_WORDS = frozenset("he she it they we i you the a an".split())
# A linking verb says little of its own: the news is in what follows ("Inquiry is under way after ...").
_COPULAS = frozenset("is are was were".split())


# Prepositions after which a participle has what it needs ("scores wounded | in attack").
_PREPOSITIONS = frozenset("in at on by from with for during after before amid over under near".split())
_DASHES = frozenset({"--", "—", "–"})
_NAME_PARTICLES = frozenset("van der den de da di du von le la bin al".split())
# Particles of a phrasal verb ("setting out", "beefing up").
_PARTICLES = frozenset("out up down off away back".split())


# Auxiliaries and modals: a cut before them would part a subject from its verb.
_VERB_WORDS = frozenset(
    "is are was were be been being has have had do does did will would shall should can could may might "
    "must".split()
)


def _fit(text: str, max_words: int, language: str) -> str:
    """Cut to at most ``max_words`` words at a phrase boundary; trim what a line cannot end on.

    English first loses a trailing clause once the main clause has its verb and object ("Brown visits
    slum as he opened ..." -> "Brown visits slum"): a sub-editor's line says the news and stops.
    """
    tokens = text.split()
    stop = _dangling(language)
    english = language == "english"

    def ends_well(i: int) -> bool:
        # A verb before the cut would lose its object, and so would a gerund after a
        # preposition ("charge of removing"); "up to" is one word.
        before = tokens[i - 1].strip(",;:")
        gerund = before.endswith("ing") and i > 1 and tokens[i - 2].lower() in stop
        # "pledges to introduce": a verb that may take the infinitive keeps it.
        takes_to = tokens[i].lower() == "to" and may_be_verb(before)
        # A participle before a preposition has what it needs ("scores wounded | in attack").
        verb = is_verb(before) and not (
            tokens[i].lower() in _PREPOSITIONS and participle_of(before)
            and (i < 2 or tokens[i - 2].lower() not in _VERB_WORDS)  # "is being called | into"
            # "by" names the agent of a headline's passive ("ban ... condemned | by groups"), but a
            # participle after the main verb wants it ("will be harder ... measures devised | by").
            and (tokens[i].lower() != "by" or not _has_verb(tokens[1 : i - 1]))
        )
        return not (english and (verb or gerund or takes_to or before.lower() == "up"))

    def reduced_relative(i: int) -> bool:
        """An -ing form after a noun opens a clause of its own ("group combining Saudi ...", "rally
        calling for ..."), unless a noun follows it in a compound ("pub opening times")."""
        word, before = tokens[i], tokens[i - 1]
        if not (word.islower() and word.endswith("ing") and may_be_verb(word) and before.isalpha()):
            return False
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if i > 1 and tokens[i - 2].lower() in _VERB_WORDS | {"to"}:
            return False  # "to stop treating", "could go hunting": the -ing form is the object
        noun_before = is_capital(before[:1]) or is_noun(before)
        return noun_before and (after.lower() in stop or is_capital(after[:1]) or after in _PARTICLES)

    def clause_at(i: int) -> bool:
        opens = (tokens[i - 1][-1] in ",;:" or tokens[i].lower() in _CLAUSE_WORDS or tokens[i] in _DASHES
                 or (english and reduced_relative(i)))
        return opens and ends_well(i)

    def phrase_at(i: int) -> bool:
        return tokens[i].lower() in stop and tokens[i].lower() not in _VERB_WORDS and ends_well(i)

    def trails_at(i: int) -> bool:
        """Whether a trailing clause or aside may go from ``i`` on: "..., saying", "who ...",
        "after ...", "as he ..."; not a complement ("suggestions that ...") nor a name in apposition
        (", Halo 2"), and not where the main clause would end on a function word or a verb."""
        word, before = tokens[i].lower(), tokens[i - 1]
        participle = participle_of(before.strip(",;:")) is not None  # "resurrected | after being bought"
        if before.lower().strip(",;:") in stop or not (ends_well(i) or participle):
            return False
        if any(t == "and" and is_tensed(u) for t, u in zip(tokens[i:], tokens[i + 1 :])):
            return False  # "... problems facing Britain and has failed": the predicate goes on
        if before[-1] == ",":
            return not all(is_capital(t[:1]) for t in tokens[i:])
        if word == "as":
            return i + 1 < len(tokens) and tokens[i + 1].lower() in _SUBJECT_WORDS
        return word in _TRAIL_WORDS or word in _DASHES or reduced_relative(i)

    if english:
        verb = next((k for k, t in enumerate(tokens[1:], 1) if t.islower() and is_verb(t.strip(",;:"))), None)
        if verb is not None and tokens[verb].lower() not in _COPULAS:
            tail = next((i for i in range(max(verb + 2, _MIN_CLAUSE), min(len(tokens) - 1, max_words) + 1)
                         if trails_at(i)), None)
            tokens = tokens[:tail] if tail else tokens
    inside_phrase = False
    if len(tokens) > max_words:
        reach = range(max(1, max_words // 2), max_words + 1)
        clauses = [i for i in reach if clause_at(i)]
        phrases = [i for i in reach if phrase_at(i)]
        # "of" and "to" open the complement of the word before them ("review into reasons of",
        # "pulls out of Yemen due to"): a cut there is the last resort among the boundaries.
        strong = [i for i in phrases if tokens[i].lower() not in _COMPLEMENT_WORDS]
        cut = (clauses or strong or phrases or [None])[-1]
        if cut is None:
            # No boundary in reach: cut at the budget, but not inside a name ("against former King
            # Juan | Carlos": before "former"); an adjective left at the end lost its noun.
            cut = max_words
            if is_capital(tokens[cut][:1]) and _in_name(tokens[cut - 1]):
                while cut > 1 and _in_name(tokens[cut - 1]):
                    cut -= 1  # back to the name's first word, and before its modifiers ("former")
                while cut > 1 and tokens[cut - 1].islower() and tokens[cut - 1] not in stop:
                    cut -= 1
            cut, inside_phrase = (cut if cut > 1 else max_words), True
        tokens = tokens[:cut]
    while tokens and _dangles(tokens, stop, english, inside_phrase):
        tokens.pop()
    line = " ".join(tokens).rstrip(",;:-—–")
    return line[:1].upper() + line[1:] if line else line


def _reduced_participle(tokens: list[str], stop: frozenset[str]) -> bool:
    """Whether the line ends on a participle after a noun, where a verb with a tense came before:
    "measures devised", not the headline's own passive ("ban ... condemned", "will not be punished")."""
    last, before = tokens[-1], tokens[-2] if len(tokens) > 1 else ""
    if not (is_verb(last) and participle_of(last)) or before.lower() in stop or not before.isalpha():
        return False
    return _has_verb(tokens[1:-1])


def _has_verb(tokens: list[str]) -> bool:
    """Whether a verb with a tense stands among ``tokens`` ("dismisses", "will"; not "exports")."""
    return any(t.islower() and is_verb(t) and is_tensed(t) for t in tokens)


def _in_name(token: str) -> bool:
    """A word of a name: capitalised, or a particle inside one ("Giedo van der Garde")."""
    return is_capital(token[:1]) or token in _NAME_PARTICLES


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
    # Cut inside a phrase, a participle lost its agent or complement ("measures devised | by").
    stranded = cut_from_noun and (is_modifier(bare) or _reduced_participle(tokens, stop))
    return (after_auxiliary and is_adverb(bare)) or stranded

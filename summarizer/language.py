"""Words, stop words and stems for one language, loaded once and cached.

Stop words come from sumy's bundled lists and stems from the Snowball stemmers of PyStemmer (C, and
an import 100 times quicker than NLTK's); neither needs data downloaded at run time. The language is
a parameter everywhere so that other languages can come.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from functools import cache, lru_cache
from itertools import islice

import numpy as np

from .errors import UnsupportedLanguageError
from .speedups import twin

__all__ = [
    "WORD", "words", "terms", "stems", "lexicon", "Lexicon", "WordTable", "CACHE_WORDS", "stop_words",
    "stemmer", "stem_table", "supported_languages", "check_language", "detect_language", "load_detector",
]

# A word: letters or digits, with inner apostrophes, hyphens and decimal points kept ("don't", "2.5").
_WORD = WORD = re.compile(r"\w+(?:[-'’.,]\w+)*")
_ALNUM = re.compile(r"[^\W_]+")
# Each per-word cache (stems, the lexicon's tables, the keyphrase tokens) holds at most this many words
# and starts again when full: a year of BBC news has about 25,000 distinct words, and a long-running
# service fed words it never saw before stays within ~40 MB for all the caches together.
CACHE_WORDS = 50_000


def words(text: str) -> list[str]:
    """The surface words of ``text``, in order (used for word counts and n-grams)."""
    return _WORD.findall(text)


# The per-token loops below have compiled twins (summarizer.speedups): the same lists, built in C.
_words_python, words = words, twin("words", words)


def terms(text: str, language: str = "english") -> list[str]:
    """Lowercased stems of the content words of ``text``: the features of the TF-IDF vectors."""
    return lexicon(language).terms(words(text))


def stems(text: str, language: str = "english") -> list[str]:
    """Lowercased stems of every alphanumeric run of ``text`` ("U.S." is "u" and "s"), stop words
    included: words as a reader, and ROUGE, count them."""
    return lexicon(language).stems(words(text))


class WordTable(dict):
    """``key -> make(key)``, computed on first lookup; cleared past ``limit`` entries so that a
    long-running service stays flat."""

    #: What the compiled front end needs to make a missing value itself, the same as ``make`` would
    #: (the lexicon's and the keyphrases' tables set it; ``csrc/tables.c``), or None: ``make`` is called.
    recipe = None

    def __init__(self, make, limit: int = CACHE_WORDS):
        super().__init__()
        self.make = make
        self.limit = limit

    def __missing__(self, key):
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.make(key)
        return value


class Lexicon:
    """What the features need of each distinct word as written (see :func:`words`), worked out once
    per process: a document then costs a dictionary lookup per word."""

    def __init__(self, language: str):
        stop = stop_words(language)
        stem = stemmer(language)

        def both(word: str) -> tuple[str, tuple[str, ...]]:
            # The TF-IDF term (the stem, or "" for a stop word or a number) and the stems of its
            # alphanumeric runs ("U.S" -> u, s): a new word is looked up in both tables, so a miss in
            # one fills the other too (when it has room), which then costs it no call of its own.
            lower = word.lower()
            if lower.isalnum():
                runs = (stem(lower),)
                return ("" if lower in stop or lower.isdigit() else runs[0]), runs
            runs = tuple(map(stem, _ALNUM.findall(lower)))
            return ("" if lower in stop else stem(lower)), runs  # not alphanumeric: not digits either

        def term(word: str) -> str:
            term_, runs = both(word)
            if len(self._pieces) < self._pieces.limit:
                self._pieces.setdefault(word, runs)
            return term_

        def pieces(word: str) -> tuple[str, ...]:
            term_, runs = both(word)
            if len(self._term) < self._term.limit:
                self._term.setdefault(word, term_)
            return runs

        self._term = WordTable(term)
        self._pieces = WordTable(pieces)
        # The compiled front end fills either table with ``both``'s steps, a new word then costing no
        # Python call: what they read (csrc/tables.c).
        self._term.recipe = ("terms", self._pieces, stop, stem_table(language))
        self._pieces.recipe = ("stems", self._term, stop, stem_table(language))
        #: The per-word tables of :meth:`terms` and :meth:`stems`, by that name (read by the batch's
        #: :func:`summarizer.vectorize.code_chunk`, which codes many articles' words in one pass).
        self.tables = {"terms": self._term, "stems": self._pieces}

    def terms(self, words_: Iterable[str]) -> list[str]:
        """:func:`terms` of a text, given its :func:`words`."""
        return _terms(self._term, words_)

    def stems(self, words_: Iterable[str]) -> list[str]:
        """:func:`stems` of a text, given its :func:`words`."""
        return _pieces(self._pieces, words_)


def _terms_python(table: WordTable, words_: Iterable[str]) -> list[str]:
    """The non-empty ``table[w]`` of the words, in order."""
    return [t for t in map(table.__getitem__, words_) if t]


def _pieces_python(table: WordTable, words_: Iterable[str]) -> list[str]:
    """The ``table[w]`` tuples of the words, concatenated."""
    return [p for w in words_ for p in table[w]]


_terms, _pieces = twin("terms", _terms_python), twin("pieces", _pieces_python)


@cache
def lexicon(language: str) -> Lexicon:
    return Lexicon(language)


@cache
def supported_languages() -> frozenset[str]:
    import Stemmer

    return frozenset(Stemmer.algorithms()) - {"porter", "dutch_porter"}


@cache
def stop_words(language: str) -> frozenset[str]:
    """sumy's list for ``language``, read from its package data without importing sumy (slow)."""
    check_language(language)
    path = resources.files("sumy") / "data" / "stopwords" / f"{language}.txt"
    try:
        return frozenset(w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines() if w.strip())
    except FileNotFoundError:
        return frozenset()  # a stemmer but no list (for example Danish): rank without stop words


@cache
def stemmer(language: str):
    """A cached stem function: stemming dominates vectorizing, and news repeats its words.

    PyStemmer's own cache is off (a size of 0): behind this one it only cost a new word a lookup, a
    store and now and then a sweep of its 10,000 entries (about 5,500 of a new word's 9,200
    instructions; the stems are the same)."""
    return lru_cache(maxsize=CACHE_WORDS)(_snowball(language).stemWord)


@cache
def stem_table(language: str) -> WordTable:
    """A lowercase word -> its stem, by the same Snowball stemmer as :func:`stemmer`: the cache the
    compiled front end reads (a dict lookup from C, where a call of the lru_cache builds a tuple of
    arguments and hashes them) when it fills the tables below itself."""
    return WordTable(_snowball(language).stemWord)


@cache
def _snowball(language: str):
    check_language(language)
    import Stemmer

    return Stemmer.Stemmer(language, 0)


def check_language(language: str) -> None:
    """Raise :class:`UnsupportedLanguageError` unless there is a stemmer for ``language``."""
    if language not in supported_languages():
        raise UnsupportedLanguageError(
            f"no stemmer for language {language!r}; use one of: {', '.join(sorted(supported_languages()))}"
        )


#: ISO 639-1 codes of py3langid's model -> the Snowball stemmer of that language.
_ISO_LANGUAGES = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech", "da": "danish",
    "nl": "dutch", "en": "english", "eo": "esperanto", "et": "estonian", "fi": "finnish", "fr": "french",
    "de": "german", "el": "greek", "hi": "hindi", "hu": "hungarian", "id": "indonesian", "ga": "irish",
    "it": "italian", "lt": "lithuanian", "ne": "nepali", "no": "norwegian", "nb": "norwegian",
    "nn": "norwegian", "fa": "persian", "pl": "polish", "pt": "portuguese", "ro": "romanian",
    "ru": "russian", "sr": "serbian", "es": "spanish", "sv": "swedish", "ta": "tamil", "tr": "turkish",
}  # fmt: skip
#: Characters read to detect the language: the opening of a news text says it (all 300 BBC
#: development articles are English at 1.0 confidence from 200 characters), and the cost stays small.
DETECT_CHARACTERS = 500
#: The language a text is read in when detection cannot name a supported one: too few letters to
#: tell, a guess below :data:`_MIN_CONFIDENCE`, or a language without a stemmer here (Chinese, say).
#: English's stop words and stemmer leave the words of such a text as they are.
FALLBACK_LANGUAGE = "english"
_MIN_LETTERS = 40
_MIN_CONFIDENCE = 0.5
#: English prose is about 40% stop words (the least of 300 BBC articles: 31% in its first 500
#: characters); French, German, Dutch, Spanish, Italian, Swedish and Danish news sentences score 3-18%
#: and Portuguese 21% against the English list. Above this share a text is English without asking
#: py3langid, whose byte-by-byte scoring costs about 0.4 ms, a sixth of a whole article's time.
_ENGLISH_STOP_SHARE = 0.3


def detect_language(texts: str | Iterable[str]) -> str:
    """The language of ``texts`` (one text, or the articles of a set), as a stemmer name.

    py3langid's naive Bayes over byte n-grams (Lui & Baldwin 2012, langid.py), its model shipped in
    the package: nothing is downloaded. Where it cannot name a supported language with confidence the
    answer is :data:`FALLBACK_LANGUAGE`, and the brief says so (its ``language``).
    """
    texts = [texts] if isinstance(texts, str) else texts
    sample = "\n".join(text[:DETECT_CHARACTERS] for text in texts)[:DETECT_CHARACTERS]
    if _reads_as_english(sample):  # most texts: English whether or not they have enough letters to ask
        return FALLBACK_LANGUAGE
    if next(islice(filter(str.isalpha, sample), _MIN_LETTERS - 1, None), None) is None:  # too few letters
        return FALLBACK_LANGUAGE
    code, confidence = _classify(sample.encode("utf-8", "replace"))
    language = _ISO_LANGUAGES.get(code)
    if language is None or confidence < _MIN_CONFIDENCE or language not in supported_languages():
        return FALLBACK_LANGUAGE
    return language


def _reads_as_english(sample: str) -> bool:
    found = words(sample)
    english = _english_stop_table()
    return bool(found) and sum(map(english.__getitem__, found)) >= _ENGLISH_STOP_SHARE * len(found)


@cache
def _english_stop_table() -> WordTable:
    """Whether a word as written is an English stop word once lowercased, kept per word: a lookup
    instead of a new lowercased string and its hash for each word of each text's opening."""
    english = stop_words(FALLBACK_LANGUAGE)
    return WordTable(lambda word: word.lower() in english)


def _classify(sample: bytes) -> tuple[str, float]:
    """py3langid's ``classify``, with the naive Bayes product taken over the features the sample has.

    py3langid multiplies the whole feature vector (about 7,500 entries, mostly zero) by its
    features x languages matrix: a few MB read per call, which evicts the summarizer's own data from
    the CPU caches and cost a whole article's time again in the pipeline. The rows of the features
    present give the same sums.
    """
    identifier = _identifier()
    counts = identifier.instance2fv(sample)
    present = np.flatnonzero(counts)
    scores = counts[present] @ identifier.nb_ptc[present] + identifier.nb_pc
    probs = identifier.norm_probs(scores)
    best = int(np.argmax(probs))
    return identifier.nb_classes[best], float(probs[best])


def load_detector() -> None:
    """Load py3langid's model now rather than at the first text that needs it (about 260 million
    instructions: an lzma stream and a pickle). The batch CLI calls it before it forks its workers, which
    then share one copy instead of each loading its own."""
    _identifier()


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)

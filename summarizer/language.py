"""Words, stop words and stems for one language, loaded once and cached.

Stop words come from sumy's bundled lists and stems from the Snowball stemmers of PyStemmer (C, and
an import 100 times quicker than NLTK's); neither needs data downloaded at run time. The language is
a parameter everywhere so that other languages can come.
"""

from __future__ import annotations

import re
from importlib import resources
from functools import cache, lru_cache

from .errors import UnsupportedLanguageError

__all__ = ["words", "terms", "stems", "stop_words", "stemmer", "supported_languages", "check_language"]

# A word: letters or digits, with inner apostrophes, hyphens and decimal points kept ("don't", "2.5").
_WORD = re.compile(r"\w+(?:[-'’.,]\w+)*")
_ALNUM = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The surface words of ``text``, in order (used for word counts and n-grams)."""
    return _WORD.findall(text)


def terms(text: str, language: str = "english") -> list[str]:
    """Lowercased stems of the content words of ``text``: the features of the TF-IDF vectors."""
    stop = stop_words(language)
    stem = stemmer(language)
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in stop and not w.isdigit()]


def stems(text: str, language: str = "english") -> list[str]:
    """Lowercased stems of every alphanumeric run of ``text`` ("U.S." is "u" and "s"), stop words
    included: words as a reader, and ROUGE, count them."""
    stem = stemmer(language)
    return [stem(w) for w in _ALNUM.findall(text.lower())]


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
    """A cached stem function: stemming dominates vectorizing, and news repeats its words."""
    check_language(language)
    import Stemmer

    return lru_cache(maxsize=200_000)(Stemmer.Stemmer(language).stemWord)


def check_language(language: str) -> None:
    """Raise :class:`UnsupportedLanguageError` unless there is a stemmer for ``language``."""
    if language not in supported_languages():
        raise UnsupportedLanguageError(
            f"no stemmer for language {language!r}; use one of: {', '.join(sorted(supported_languages()))}"
        )

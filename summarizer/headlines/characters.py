"""A headline within a character budget (``headline_characters``): a CMS field, a search result's 60 or
70 characters, a social card.

The default line stays where it fits the characters, and an English line over them is first the default
rules' own line at a smaller word aim (:func:`summarizer.headlines._make_line`); what is left to this
module, the last resort (another language, or no aim's line fits), is the cut's own line
(:func:`.cut.fit`) at the largest word aim whose line fits the characters, so
it keeps the cut's rules: it ends at a phrase boundary, a long subject gives up its post-modifier for
its verb (:func:`.subject.shorten_subject`), what a line can spare and a time or a descriptor go before
its point would (:mod:`.compress`), and it ends on no function word. The cut fills its room
(``fill=True``): it ends at the last phrase boundary in reach of any kind ("in disputed territory | of
East Timor" as well as "| in disputed territory"), and a trailing clause stays when the characters hold
it ("Ocalan detained in Rome after stepping off plane from Moscow"). The aim starts at the most words
the characters could hold and comes down a word at a time: the first line that fits is the longest the
rules give. When no aim gives one, the line is its first whole words that fit; a first word longer than
the budget alone is cut, with an ellipsis, as a brief's character cap cuts a sentence
(:data:`summarizer.budget.ELLIPSIS`).

Characters are Python's (code points), what a CMS field or a search result counts; a caller with a
limit in bytes (DUC 2003's 75) cuts to its bytes after.
"""

from __future__ import annotations

from ..budget import ELLIPSIS
from .cut import fit
from .subject import shorten_subject

__all__ = ["fit_characters", "most_words", "whole_words"]


def fit_characters(text: str, max_words: int, language: str, characters: int, overrun: int = 0) -> tuple[str, str]:
    """The text as shaped for its line (its subject perhaps shortened) and the longest line of at most
    ``max_words`` words (``overrun`` more to close a phrase) and ``characters`` characters."""
    english = language == "english"
    for aim in range(min(max_words, most_words(text.split(), characters)), 0, -1):
        shaped = shorten_subject(text, aim) if english else text
        line = fit(shaped, aim, language, overrun, fill=True)
        if line and len(line) <= characters:
            return shaped, line
    return text, whole_words(text, characters, max_words)


def whole_words(text: str, characters: int, max_words: int | None = None) -> str:
    """The first whole words of ``text`` within ``characters`` and ``max_words`` (without a closing comma
    or dash); the first word cut with an ellipsis when it alone is longer."""
    tokens = text.split()
    kept, size = [], -1
    for token in tokens[:max_words]:
        size += len(token) + 1
        if size > characters:
            break
        kept.append(token)
    line = " ".join(kept).rstrip(",;:-—– ")
    if line or not tokens:
        return line
    first = next((t for t in tokens if any(c.isalnum() for c in t)), tokens[0])  # not a lone dash
    return first[: characters - len(ELLIPSIS)] + ELLIPSIS


def most_words(tokens: list[str], characters: int) -> int:
    """The most words any line of ``tokens`` (some of them, in order) could hold in ``characters``:
    as many of the shortest as fit with a space between each."""
    size = -1
    for n, length in enumerate(sorted(map(len, tokens)), 1):
        size += length + 1
        if size > characters:
            return n - 1
    return len(tokens)

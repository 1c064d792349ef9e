"""An organisation's name cut to the acronym the article gives it: "World Trade Organisation to hold
talks" -> "WTO to hold talks".

A sub-editor writes the short form a report has taught its reader: the article must define it (the
name, then the acronym in brackets: "the International Monetary Fund (IMF)"), the acronym's letters
must be the initials of the name's capitalised words, and the article must use it alone at least
``_USED_ALONE`` times more, so a form met once ("Muslim Association of Britain (MAB)") is not
forced on the reader. Only whole names are replaced (not "National Trust" in "National Trust for
Scotland"), and only by a word of the article (not before a possessive: "CIRC's" is not one).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

__all__ = ["shorten_acronyms"]

# An acronym in brackets: "(WTO)". The name before it is read from the words before the bracket.
_BRACKETED = re.compile(r"\(([A-Z][A-Z0-9&]{1,7})\)")
_ACRONYM = re.compile(r"(?<![\w&])[A-Z][A-Z0-9&]{1,7}(?![\w&])")
_LINKS = frozenset("of for and the on".split())
_NAME_WORDS = 8  # words before the bracket read for the name, at most
_USED_ALONE = 2  # uses of the acronym alone, beside its definition, that make it the article's own


def shorten_acronyms(line: str, text: str) -> str:
    """``line`` with each name that the article ``text`` defines an acronym for, and uses that acronym
    for, replaced by the acronym."""
    for name, acronym in _definitions(text):
        if name in line:
            # Not before a possessive ("CIRC's" is no word of the article), nor inside a longer name
            # ("National Trust | for Scotland", "General Motors | Corp").
            whole = rf"(?<![\w&-]){re.escape(name)}(?![\w'’&-])(?!\s+(?:(?:of|for|and|&)\s+)?[A-Z])"
            line = re.sub(whole, acronym, line)
    return line


@lru_cache(maxsize=4)
def _definitions(text: str) -> tuple[tuple[str, str], ...]:
    """The article's names and their acronyms, as it defines and uses them (read once an article: each
    of its sentences tried as a headline asks again)."""
    defined = {}
    for match in _BRACKETED.finditer(text) if "(" in text else ():
        acronym = match.group(1)
        if acronym not in defined:
            before = text[max(0, match.start() - 120) : match.start()].split()[-_NAME_WORDS:]
            defined[acronym] = _name_of(before, acronym)
    if not any(defined.values()):
        return ()
    # Each acronym's uses, all counted in one pass (the definition's own is one of them).
    uses = Counter(_ACRONYM.findall(text))
    return tuple((name, acronym) for acronym, name in defined.items() if name and uses[acronym] > _USED_ALONE)


def _name_of(tokens: list[str], acronym: str) -> str | None:
    """The words at the end of ``tokens`` whose capitalised initials spell ``acronym`` ("the World Trade
    Organisation" -> "World Trade Organisation"), without a leading link word, each capitalised or a
    link; None when none do."""
    letters = acronym.replace("&", "")
    for start in range(len(tokens)):
        tail = tokens[start:]
        if tail[0] in _LINKS or not all(t[:1].isupper() or t in _LINKS or t == "&" for t in tail):
            continue
        initials = "".join(t[0] for t in tail if t not in _LINKS and t != "&")
        if initials.upper() == letters.upper():
            return " ".join(tail)
    return None

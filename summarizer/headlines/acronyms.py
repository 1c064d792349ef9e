"""An organisation's name cut to the acronym the article gives it: "World Trade Organisation to hold
talks" -> "WTO to hold talks".

A sub-editor writes the short form a report has taught its reader: the article must define it (the
name, then the acronym in brackets: "the International Monetary Fund (IMF)"), the acronym's letters
must be the initials of the name's capitalised words, and the article must use it alone at least
``_USED_ALONE`` times more, so a form met once ("Muslim Association of Britain (MAB)") is not
forced on the reader. Only whole names are replaced, and only by a word of the article (not before a
possessive: "CIRC's" is not one).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["shorten_acronyms"]

# An acronym in brackets: "(WTO)". The name before it is read from the words before the bracket.
_BRACKETED = re.compile(r"\(([A-Z][A-Z0-9&]{1,7})\)")
_LINKS = frozenset("of for and the on".split())
_NAME_WORDS = 8  # words before the bracket read for the name, at most
_USED_ALONE = 2  # uses of the acronym alone, beside its definition, that make it the article's own


def shorten_acronyms(line: str, text: str) -> str:
    """``line`` with each name that the article ``text`` defines an acronym for, and uses that acronym
    for, replaced by the acronym."""
    for name, acronym in _definitions(text):
        if name in line:
            # not before a possessive: "CIRC's" is no word of the article
            line = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w'’-])", acronym, line)
    return line


@lru_cache(maxsize=4)
def _definitions(text: str) -> tuple[tuple[str, str], ...]:
    """The article's names and their acronyms, as it defines and uses them (read once an article: each
    of its sentences tried as a headline asks again)."""
    found = []
    for match in _BRACKETED.finditer(text) if "(" in text else ():
        acronym = match.group(1)
        name = _name_of(text[max(0, match.start() - 120) : match.start()].split()[-_NAME_WORDS:], acronym)
        # (the definition's own use is one of those counted)
        if name and len(re.findall(rf"\b{re.escape(acronym)}\b", text)) > _USED_ALONE:
            found.append((name, acronym))
    return tuple(found)


def _name_of(tokens: list[str], acronym: str) -> str | None:
    """The words at the end of ``tokens`` whose capitalised initials spell ``acronym`` ("the World Trade
    Organisation" -> "World Trade Organisation"), without a leading link word, each capitalised or a
    link; None when none do."""
    letters = acronym.replace("&", "")
    for start in range(len(tokens)):
        tail = tokens[start:]
        if tail[0] in _LINKS or not all(t[:1].isupper() or t in _LINKS for t in tail):
            continue
        initials = "".join(t[0] for t in tail if t not in _LINKS)
        if initials.upper() == letters.upper():
            return " ".join(tail)
    return None

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

__all__ = ["shorten_acronyms"]

# A name of capitalised words (with "of", "for", "and", "the" between), then its acronym in brackets.
_DEFINED = re.compile(
    r"((?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|the|on)\s+)*){1,7}[A-Z][\w&'’-]*)\s+\(([A-Z][A-Z0-9&]{1,7})\)"
)
_LINKS = frozenset("of for and the on".split())
_USED_ALONE = 2  # uses of the acronym alone, beside its definition, that make it the article's own


def shorten_acronyms(line: str, text: str) -> str:
    """``line`` with each name that the article ``text`` defines an acronym for, and uses that acronym
    for, replaced by the acronym."""
    if "(" not in text:
        return line
    for found in _DEFINED.finditer(text):
        name = _name_of(found.group(1), found.group(2))
        if name is None or name not in line:
            continue
        acronym = found.group(2)
        if len(re.findall(rf"\b{re.escape(acronym)}\b", text)) <= _USED_ALONE:  # the definition's is one
            continue
        # not before a possessive: "CIRC's" is no word of the article
        line = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w'’-])", acronym, line)
    return line


def _name_of(words: str, acronym: str) -> str | None:
    """The words at the end of ``words`` whose capitalised initials spell ``acronym`` ("the World Trade
    Organisation" -> "World Trade Organisation"), without a leading link word; None when none do."""
    tokens = words.split()
    letters = acronym.replace("&", "")
    for start in range(len(tokens)):
        tail = tokens[start:]
        if tail[0] in _LINKS or not tail[0][:1].isupper():
            continue
        initials = "".join(t[0] for t in tail if t not in _LINKS)
        if initials.upper() == letters.upper():
            return " ".join(tail)
    return None

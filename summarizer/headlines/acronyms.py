"""An organisation's name cut to the acronym the article gives it: "World Trade Organisation to hold
talks" -> "WTO to hold talks".

A sub-editor writes the short form a report has taught its reader: the article must define it (the
name, then the acronym in brackets: "the International Monetary Fund (IMF)"), the acronym's letters
must be the initials of the name's capitalised words, and the article must use it alone at least
``_USED_ALONE`` times more, so a form met once ("Muslim Association of Britain (MAB)") is not
forced on the reader. A name it never defines is cut too when the article uses the acronym its initials
spell alone, as a word of its own, ``_TAUGHT`` times ("the African National Congress ... the ANC", "the
Federal Aviation Administration ... the FAA"): not a run that holds an acronym already ("EU and US",
"DC Comics"), nor the end of a longer name ("Department of | Veterans Affairs"). Only whole names are
replaced (not "National Trust" in "National Trust for Scotland", nor "Veterans Affairs" after "Department
of"), and only by a word of the article (not before a possessive: "CIRC's" is not one).
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
_TAUGHT = 3  # uses alone that teach an acronym the article never defines
# A run of capitalised words, with the link words a name holds ("Truth and Reconciliation Commission"; not
# a possessive's "'s").
# (It opens on a word's start: without the lookbehind, one long capitalised word is tried from each of its
# letters, a time that grows with the square of its length.)
_NAME_RUN = re.compile(r"(?<![\w-])[A-Z][\w-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*[A-Z][\w-]*)+")


def shorten_acronyms(line: str, text: str) -> str:
    """``line`` with each name that the article ``text`` defines an acronym for, and uses that acronym
    for, replaced by the acronym; and each the article teaches by use alone (:func:`_taught`)."""
    defined = _definitions(text)
    for name, acronym in (*defined, *_taught(line, text, {acronym for _, acronym in defined})):
        if name in line:
            # Not before a possessive ("CIRC's" is no word of the article), nor inside a longer name
            # ("National Trust | for Scotland", "General Motors | Corp", "Department of | Veterans Affairs").
            whole = rf"(?<![\w&-]){re.escape(name)}(?![\w'’&-])(?!\s+(?:(?:of|for|and|&)\s+)?[A-Z])"
            line = re.sub(whole, lambda m, a=acronym: m[0] if _ends_a_name(line, m.start()) else a, line)
    return line


def _ends_a_name(line: str, at: int) -> bool:
    """Whether the name at ``at`` ends a longer one: a link word and a capitalised word before it
    ("Department of | Veterans Affairs")."""
    before = line[:at].split()[-2:]
    return len(before) == 2 and before[1] in ("of", "for", "&") and before[0][:1].isupper()


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


def _taught(line: str, text: str, defined: set[str]) -> list[tuple[str, str]]:
    """The line's names that the article never defines, but whose initials spell an acronym it uses
    alone, as a word of its own, ``_TAUGHT`` times ("the African National Congress ... the ANC ... the
    ANC ..."): the reader has been taught it as well. Each name is a whole run of the line's capitalised
    words (not "Veterans Affairs" of "Department of Veterans Affairs") with no acronym in it ("EU and
    US", "DC Comics"), nor one the article ``defined`` for another name ("World Trade Organisations").
    (The line's few runs are read, and the text searched for their initials only.)"""
    found = []
    for run in _NAME_RUN.findall(line):
        if run.startswith(("The ", "A ")):
            run = run.split(maxsplit=1)[1]  # a sentence's first word, not the name's
        tokens = run.split()
        if len(tokens) < 2 or any(t.isupper() for t in tokens):
            continue
        acronym = "".join(t[0] for t in tokens if t not in _LINKS)  # ("&" stands for itself: "M&S")
        if not 2 <= len(acronym) <= 8 or acronym in defined or text.count(acronym) < _TAUGHT:
            continue  # (the quick test: str counts the letters anywhere, the pattern only the words)
        alone = re.findall(rf"(?<![\w&:/-]){re.escape(acronym)}(?![\w&:/-])", text)
        if len(alone) >= _TAUGHT:
            found.append((run, acronym))
    return found


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

"""Kinds of sentence a caller may keep out of a brief: quotations, questions, exclamations.

SMMRY and similar tools offer these: a brief of reported speech or of rhetorical questions reads
badly out of context. A sentence is of a kind by its surface alone, which is what a reader sees.
"""

from __future__ import annotations

import re

__all__ = ["AVOIDABLE", "avoided"]

AVOIDABLE = ("quotations", "questions", "exclamations")

# Double quotation marks of English, French, German and typographic use; a single quote is left out,
# since it is usually an apostrophe ("don't", "Zelensky's").
_QUOTE = re.compile(r"[\"“”„«»]|``|''")
# The sentence's last mark, through closing quotes and brackets: 'Why?"' is a question.
_END = re.compile(r"([?!])[\"“”»'’)\]]*\s*$")

_KINDS = {
    "quotations": lambda text: _QUOTE.search(text) is not None,
    "questions": lambda text: (m := _END.search(text)) is not None and m.group(1) == "?",
    "exclamations": lambda text: (m := _END.search(text)) is not None and m.group(1) == "!",
}


def avoided(text: str, kinds: tuple[str, ...]) -> bool:
    """Whether the sentence ``text`` is of one of ``kinds`` (names from :data:`AVOIDABLE`)."""
    return any(_KINDS[kind](text) for kind in kinds)

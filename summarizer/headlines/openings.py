"""What opens an English sentence before its subject, for headlinese to drop.

A sub-editor's line starts at the subject. Before it a lead may open on a subordinate, prepositional or
participle clause closed by a comma: "After two days of talks,", "Eight years after his regime
ended,", "Closed for a decade,", "Due to reopen March 26,"; not "As many as 13 leaders", a subject. A
preposition's phrase may run longer ("In a recent move that indicated he has no intention of backing
away from his company's aggressive business tactics, Microsoft Corp.'s chairman ...") when what
follows its comma opens as a subject does (a capital or an article).
"""

from __future__ import annotations

import re

from .wordforms import participle_of

__all__ = ["strip_opening"]

_LEADING_CLAUSE = re.compile(
    r"^(?!as (?:many|much|few|little|long|far|well) as\b)"  # "As many as 13 leaders" is a subject
    r"(?:after|although|amid|as|at|because|before|by|despite|following|for|from|if|in|on|once|since|"
    r"though|to|under|when|while|with|without|during|meanwhile|however|but|and|yet|so|also|speaking|"
    r"according|nearly|almost|more than|over|across|ahead of|earlier|later|last|this|every|"
    r"[a-z]+ing|[a-z]+ly|"
    r"(?:[\w'-]+\s+){1,3}(?:after|before|later|ago))\b[^,]{0,80},"
    r"(?:\s+(?:1[89]|20)\d\d,)?"  # a date's year after its day ("On October 24, 1944,")
    r"[\"”’']?\s+",
    re.IGNORECASE,
)
# A longer opening phrase of a preposition that sets a scene, closed by a comma before the subject ("In a
# recent move that indicated he has no intention of backing away from ..., Microsoft's chairman ...").
_LONG_OPENING = re.compile(
    r"^(?i:in|before|after|during|despite|amid|following|since|under|without)\s[^,;\"“]{80,160},"
    r"\s+(?=(?:the|a|an)\s|[A-Z])"
)
_PARTICIPLE_CLAUSE = re.compile(
    r"^([A-Z][a-z]+)\s+(?:about|as|at|by|for|from|in|into|on|to|under|with|within)\b[^,;]{0,80},[\"”’']?\s+"
)


def strip_opening(text: str) -> str:
    """``text`` without the clause or phrase that opens it before its subject."""
    if "," not in text:
        return text  # each pattern below ends its opening at a comma
    # The patterns are anchored: a match at the start is all that a sub(count=1) would replace.
    match = _LEADING_CLAUSE.match(text)
    if match:
        return text[match.end():]
    if len(text) > 80:
        match = _LONG_OPENING.match(text)
        if match:
            return text[match.end():]
    # "Closed for over a decade, a trail ...", "Educated at Eton, he ...", "Due to reopen in March, ...":
    # a participle or "due" and its preposition open a clause about the subject that follows.
    match = _PARTICIPLE_CLAUSE.match(text)
    if match and (match.group(1).lower() == "due" or participle_of(match.group(1))):
        return text[match.end():]
    return text

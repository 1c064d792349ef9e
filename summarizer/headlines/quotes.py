"""A few quoted words put back in quotation marks: whose word it is, in a headline's way.

Headlinese drops quotation marks before the cut (:mod:`.headlinese`: a quotation's marks would stand
in the way of every word test), and with them the sign that a word is someone's and not the paper's:
'Deaths in custody have reached "shocking" levels, a committee of MPs has warned' gave "Deaths in
custody reach shocking levels", the committee's verdict told as fact. A sub-editor keeps such a word
in single quotes ("Deaths in custody reach 'shocking' levels"), as a title or a nickname ("'Captain
America' actor Chris Evans", "Dwayne 'The Rock' Johnson"). :func:`requote` puts them back on the
finished line: a stretch of at most :data:`QUOTED_WORDS` words that the sentence quotes, found whole
and once in the line. A longer quotation is someone's sentence, not a word of theirs, and stays without
its marks.
"""

from __future__ import annotations

import re

__all__ = ["requote", "QUOTED_WORDS"]

#: The most words of a quoted stretch that is someone's word or a title, not a quotation of their own.
QUOTED_WORDS = 4
# A quoted stretch: an opening mark at a word's start, a few words with no mark nor a sentence's stop in
# them (a comma or a full stop may close it inside the marks: '"shocking,"'), its closing mark. A comma
# inside is the quotation's own ('"vote now, pay later"').
_QUOTED = re.compile(
    r"(?:^|(?<=[ (]))([\"“‘'])([^\"“”‘’'.!?;:()]{1,60}?)[,.]?([\"”’'])(?!\w)")
_PAIRS = {'"': '"', "“": "”", "‘": "’", "'": "'"}
# What an opening mark shows (an apostrophe opens a quotation only after a space or a bracket).
_OPENINGS = ('"', "“", "‘", " '", "('")
_PUNCTUATION = ",;:.!?"
_APOSTROPHES = ("'", "’")
# A single mark at a word's edge (not inside one: "don't", "Britain's").
_EDGE_MARK = re.compile(r"(?<!\w)['‘’]|['‘’](?!\w)")


def requote(line: str, sentence: str) -> str:
    """``line`` with each stretch of at most :data:`QUOTED_WORDS` words that ``sentence`` quotes in
    single quotation marks, where the line holds its words whole, in order and once (and the sentence
    says them only in the marks); the line itself when it holds none or is no more than the quoted
    words."""
    if not (any(map(sentence.__contains__, _OPENINGS)) or sentence.startswith("'")):
        return line  # no opening mark (most sentences)
    tokens = line.split(" ")
    bare = [t.strip(_PUNCTUATION).lower() for t in tokens]
    for match in _QUOTED.finditer(sentence):
        opening, quoted, closing = match.groups()
        said = quoted.split()
        found = [w.rstrip(",").lower() for w in said]  # (its own comma, which headlinese drops)
        if _PAIRS[opening] != closing or not found or len(found) > QUOTED_WORDS or len(found) >= len(tokens):
            continue
        if closing in _APOSTROPHES and not _single_quoted(sentence, match):
            continue
        if len(re.findall(rf"(?<!\w){re.escape(quoted.strip())}(?!\w)", sentence, re.IGNORECASE)) > 1:
            continue  # (the words said once in marks and once without: the line may hold the second)
        at = [k for k in range(len(bare) - len(found) + 1) if bare[k : k + len(found)] == found]
        if len(at) != 1 or any(_quoted(tokens[k]) for k in range(at[0], at[0] + len(found))):
            continue
        first, last = at[0], at[0] + len(found) - 1
        for k, word in enumerate(said[:-1], first):
            if word.endswith(",") and not tokens[k].endswith(","):
                tokens[k] += ","  # the quotation's comma back: 'vote now, pay later'
        tokens[first] = "'" + tokens[first]
        core = tokens[last].rstrip(_PUNCTUATION)
        tokens[last] = core + "'" + tokens[last][len(core):]
    return " ".join(tokens)


def _single_quoted(sentence: str, match: re.Match) -> bool:
    """Whether the single marks of ``match`` are a quotation's, not apostrophes: not a decade's ("the
    '90s boy bands' tour"), nor among an odd count of marks at a word's edge, where one elides a letter
    or closes a plural's possessive ("'Singin' in the Rain'", "'Ol' Blue Eyes'", "the 'players' union'")."""
    if match.group(2)[:1].isdigit():
        return False
    return sum(1 for _ in _EDGE_MARK.finditer(sentence)) % 2 == 0


def _quoted(token: str) -> bool:
    """Whether the token already carries a quotation mark (of a stretch put back before)."""
    return token.startswith("'") or token.rstrip(_PUNCTUATION).endswith("'")

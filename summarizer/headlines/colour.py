"""A long line without the adjectives that only colour it (English).

A line over the readers' length (:data:`READER_WORDS` words or :data:`READER_CHARACTERS` characters) gives
up an adjective that praises, sizes or dates what its noun names but leaves what happened the same:
"arrest of | prominent | democracy campaigner", "find wreck of | long-lost | battleship", "locked in | tiny |
cage", "77th | annual | Academy Awards". A sub-editor asked for the room drops these first (eight sub-edited
long lines in ten lost an adjective or a first name, none a word of the news: evaluation/RESULTS.md). Only
before the noun it colours: not after "is", "so", "most" ("was once so famous", "most famous"), nor before
"for", "as" or "to" ("renowned for"), nor inside a quotation, nor the line's first word.
"""

from __future__ import annotations

__all__ = ["drop_colour", "READER_WORDS", "READER_CHARACTERS"]

# The length the last readers of evaluation/results/headline_readthrough.md kept lines within (12 words
# and 75 characters); a line past either has words to spare.
READER_WORDS = 12
READER_CHARACTERS = 75
# Adjectives that praise, size or date a noun without changing what the line reports (not "shock",
# "surprise", "historic", "controversial", "huge", "key", "top": the news as often as not; nor a participle,
# which may be the line's verb: "Jol acclaimed players", "celebrated").
_COLOURS = frozenset(
    "prominent outspoken influential renowned famous legendary iconic long-awaited "
    "long-lost much-anticipated highly-anticipated annual bitter tiny high-profile flagship flourishing "
    "well-known remote fresh ambitious".split())
# Words before an adjective that make it the line's predicate or its degree ("is famous", "most famous").
# (nor after "a" or "an", which a quotation keeps: "such an | iconic | piece" would read "such an piece")
_PREDICATES = frozenset("is are was were be been being so too very most more less as how a an".split())
# Words after it that open its complement ("famous for", "remote from", "fresh to").
_COMPLEMENTS = frozenset("for as to from in of with and or but".split())
_QUOTES = "\"'‘’“”"


def drop_colour(line: str) -> str:
    """``line`` without its colouring adjectives (:data:`_COLOURS`) where it is over the readers' length;
    else ``line``."""
    tokens = line.split()
    if len(tokens) <= READER_WORDS and len(line) <= READER_CHARACTERS:
        return line
    if _COLOURS.isdisjoint(tokens):  # (most lines have none: one set test)
        return line
    quoted = False
    kept = []
    for k, token in enumerate(tokens):
        opens = token[:1] in _QUOTES
        if opens:
            quoted = True
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        if token in _COLOURS and k and not quoted and _colours_next(tokens[k - 1], following):
            continue
        kept.append(token)
        if token[-1:] in _QUOTES and (len(token) > 1 or not opens):
            quoted = False
    return " ".join(kept)


def _colours_next(before: str, following: str) -> bool:
    """Whether the adjective between ``before`` and ``following`` stands before the noun it colours."""
    if before.lower() in _PREDICATES or before[-1:] in ",;:" or not following:
        return False
    return following.lower() not in _COMPLEMENTS and following[-1:].isalnum()

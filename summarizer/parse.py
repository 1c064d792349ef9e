"""Parsing: one raw article text into its title and body paragraphs.

Single newlines and blank lines both end a paragraph (any line break ``str.splitlines`` knows). Lines that are not body text are set apart and
kept out of the brief:

* a *title*: among the first lines, a short line (at most ``_TITLE_MAX_WORDS`` words) that does not
  end with closing punctuation, or a line equal to the title the caller gave;
* a *repeated title*: a later line equal to the title (web pages often print it twice);
* a *teaser*: lines before a title that is repeated (the page's summary line above the headline);
* a *dek* (sub-headline): the line right after the title when only a single newline separates them
  and it is one sentence of at most ``_DEK_MAX_WORDS`` words; a blank line after the title means the
  next line is the lead, as in most plain-text news;
* *cross-heads*: short unpunctuated lines inside the body;
* *captions*: longer unpunctuated lines in an article whose other lines end as sentences do (a
  picture's caption, "Alexandra Carter, 25, was born with nystagmus"), and *page furniture*: lines a
  web page prints around the story ("Scroll down for video", "CLICK HERE for...", "Follow @...",
  "Sorry we are not currently accepting comments", bylines and "PUBLISHED: ..." lines).

A wire dateline and source tag that open the text ("LONDON (CNN) -- ", "(CNN)") are not part of the
first sentence: the first paragraph starts after them.

When these rules would leave no body at all (a text without any punctuation), every line is body, so
that a non-empty text never yields an empty brief.
"""

from __future__ import annotations

import re

from .document import ParsedArticle
from .segment import LINE_BREAKS

__all__ = ["parse_article"]

_CLOSING = re.compile(r"[.!?:;…][\"'”’)\]»]*$|[\"”’»]$")
#: How many last characters of a text :func:`ends_closed` reads (its patterns are anchored at the end).
CLOSING_TAIL = 12
_TITLE_MAX_WORDS = 20
_DEK_MAX_WORDS = 40
_HEAD_LINES = 4  # how far from the top a title is looked for
#: An article with at least this many lines that end as sentences do has its other lines read as
#: captions and labels, not body (text without punctuation anywhere keeps every line).
_PUNCTUATED_LINES = 2
_FURNITURE = re.compile(
    r"^(?:(?:VIDEOS?\b\W*)?Scroll down\b|CLICK HERE\b|Click here to\b|Follow @|Follow us\b|Like us on\b|"
    r"Share this\b|Sorry we are not currently accepting comments|(?:PUBLISHED|UPDATED|Last updated)\b\s*:?|"
    r"By \. |READ MORE\b|Read more:|Join the conversation\b)",
    re.IGNORECASE,
)
#: The characters a line that ``_FURNITURE`` matches can open with (its alternatives' first letters,
#: either case, and the long s that ignoring case equates with s): other lines skip the pattern.
_FURNITURE_OPENERS = frozenset("BCFJLPRSUVbcfjlprsuv\u017f")
# "(CNN)", "London (CNN) -- ", "Sanaa, Yemen (CNN)": a dateline of at most four capitalized words and
# the agency in brackets, then an optional dash.
_SOURCE_TAG = re.compile(
    r"^(?:[A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){0,3} )?\((?:CNN|AP|AFP|Reuters|UPI)\)\s*(?:--|—|–|-)?\s*"
)


def parse_article(text: str, title: str | None = None) -> ParsedArticle:
    """Split ``text`` into body paragraphs and title lines; ``title`` is the caller's, if any."""
    lines, line_text = _lines(text)
    given = _words(title) if title and title.strip() else None

    closed = [closes(line) for line in line_text]  # each line's end, read once for every rule below
    head = _find_title(line_text, closed, given)
    skipped: set[int] = set()
    detected = None
    if head is not None:
        detected = line_text[head]
        key = _words(detected)
        repeats = [i for i in range(head, min(len(lines), head + _HEAD_LINES + 1)) if _same_words(line_text[i], key)]
        skipped.update(repeats)
        if len(repeats) > 1:
            skipped.update(range(head))  # a teaser above a repeated title
        dek = repeats[-1] + 1
        if dek < len(lines) - 1 and _is_dek(text, lines[repeats[-1]], lines[dek], line_text[dek]):
            skipped.add(dek)
    skipped.update(i for i, line in enumerate(line_text) if i not in skipped and _is_heading(line, closed[i]))
    skipped.update(i for i, line in enumerate(line_text) if _is_furniture(line))
    if sum(1 for i, c in enumerate(closed) if c and i not in skipped) >= _PUNCTUATED_LINES:
        skipped.update(i for i, c in enumerate(closed) if not c)  # captions

    body = [span for i, span in enumerate(lines) if i not in skipped]
    if not body:  # nothing but title-like lines: read them all as body rather than return nothing
        body, skipped, detected = lines, set(), None
    if body:
        body[0] = _after_source_tag(text, body[0])
    if title and title.strip():
        out_title, was_detected = title.strip(), False
    else:
        out_title, was_detected = detected, detected is not None
    return ParsedArticle(
        text=text,
        title=out_title,
        title_detected=was_detected,
        paragraphs=tuple(body),
        skipped=tuple(lines[i] for i in sorted(skipped)),
    )


def _find_title(lines: list[str], closed: list[bool], given: list[str] | None) -> int | None:
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if (given is not None and _same_words(line, given)) or (
            _is_heading(line, closed[i]) and not _is_furniture(line)
        ):
            return i
    return None


def _is_furniture(line: str) -> bool:
    """Whether ``_FURNITURE`` matches ``line`` (asked only of a line that opens as one of it can)."""
    return line[:1] in _FURNITURE_OPENERS and _FURNITURE.match(line) is not None


def _is_heading(line: str, closed: bool) -> bool:
    """A short line without closing punctuation (``closed``: :func:`closes` of it): a title or a
    cross-head, not a sentence."""
    # The end first (a sentence's line is no heading, and most lines are sentences); then at most one
    # split past the limit: a paragraph of 100 words is not cut into 100 strings to say so.
    return not closed and len(line.split(None, _TITLE_MAX_WORDS)) <= _TITLE_MAX_WORDS


def closes(line: str) -> bool:
    """Whether ``line`` ends as a sentence does (closing punctuation, then quotes or brackets). Only its
    last :data:`CLOSING_TAIL` characters are searched: the pattern is anchored at the end."""
    return ends_closed(line, ".!?:;…", _CLOSING)


#: The closing elements after a terminal, and the closing quotes that end a sentence alone (csrc's
#: is_closer and text_flags.c's is_end_quote have the same characters).
CLOSERS, END_QUOTES = "\"'”’)]»", "\"”’»"


def ends_closed(text: str, terminals: str, pattern: re.Pattern, last: int = CLOSING_TAIL) -> bool:
    """Whether ``pattern``, which must be ``[terminals]`` then :data:`CLOSERS` at the end, or one of
    :data:`END_QUOTES` at the end, finds a match in the last ``last`` characters of ``text``
    (:data:`CLOSING_TAIL` unless given): read off the characters (a strip and two lookups, a tenth of
    the pattern's search), the pattern itself only where ``$`` could match before a final newline."""
    tail = text[-last:] if last > 0 else ""
    if tail.endswith("\n"):
        return pattern.search(tail) is not None
    body = tail.rstrip(CLOSERS)
    return (body != "" and body[-1] in terminals) or (tail != "" and tail[-1] in END_QUOTES)



def _is_dek(text: str, title: tuple[int, int], span: tuple[int, int], line: str) -> bool:
    single_newline = sum(text.count(c, title[1], span[0]) for c in LINE_BREAKS) == 1 or (
        text[title[1] : span[0]].strip(" \t") == "\r\n"
    )
    one_sentence = not re.search(r"[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z]", line)
    return single_newline and one_sentence and len(line.split()) <= _DEK_MAX_WORDS


def _after_source_tag(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without a leading dateline and source tag, unless nothing would be left."""
    start, end = span
    tag = _SOURCE_TAG.match(text, start, end)
    if tag and tag.end() < end:
        return tag.end(), end
    return span


def _words(line: str) -> list[str]:
    """The words of ``line``, case-folded: two lines are the same title when these are equal."""
    return line.casefold().split()


def _same_words(line: str, words: list[str]) -> bool:
    """Whether ``_words(line) == words``, splitting no more of ``line`` than ``words`` has words and
    case-folding those only (a paragraph of 100 words is neither folded nor cut into 100 strings to
    say that it is no title). The same answer: ``str.casefold`` folds each character alone, keeps
    whitespace and makes none (the tests check every character), so it splits where the line does."""
    parts = line.split(None, len(words))
    return len(parts) == len(words) and [part.casefold() for part in parts] == words


def _lines(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The spans and texts of the lines of ``text`` that are not blank, stripped of whitespace (every
    character of :data:`LINE_BREAKS`, which ``str.splitlines`` splits at, is whitespace too)."""
    spans, texts, offset = [], [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = offset + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
            texts.append(stripped)
        offset += len(line)
    return spans, texts

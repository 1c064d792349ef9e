"""The main text of a web page, with trafilatura (a maintained extractor), for the CLI and the service.

Navigation, footers, reader comments and tables are dropped by trafilatura. What it keeps is checked
here for being an article at all: a paywall or sign-in notice, or a page of links and section labels
(a home page), has no main text and is a :class:`NoMainTextError`, never a brief of "Home". Paragraphs
are joined by a blank line, the library's plain-text convention, so a heading above the first
paragraph is read as a title and never as a dek glued to the lead.
"""

from __future__ import annotations

import re

from .document import Article
from .errors import InputTypeError, NoMainTextError

__all__ = ["extract_article"]

#: Notices that stand where a paywalled or sign-in article would be. A paragraph that matches is
#: dropped; when nothing of the article is left, the page is a paywall.
_PAYWALL = re.compile(
    r"reached (your|the) (limit|maximum) of free|free articles? (left|remaining|this month)"
    r"|subscribe (now |today )?to (continue|keep) reading|(to )?continue reading,? (please )?(subscribe|sign in|log in)"
    r"|already (a subscriber|have an account)|this (article|story|content) is (only )?(for|available to) subscribers"
    r"|create a free account to (continue|read)|sign in to (continue|read)|log in to (continue|read)",
    re.IGNORECASE,
)
#: A paragraph reads as prose when it has this many words and ends like a sentence; a page with no
#: such paragraph is links and labels (navigation, a section front), not an article.
_PROSE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’»)\]]\s*$")
#: A line of at most this many words without a sentence's end, at the top or bottom of the text, is
#: a section label or a navigation link ("World", "Home", "More from Politics"), unless it is the title.
_LABEL_WORDS = 3
#: Short lines that are page furniture wherever they stand, inside the text too.
_FURNITURE = re.compile(
    r"(advertisement|advert|sponsored( content)?|read more|related( (articles|stories|content))?"
    r"|share( this( article| story)?)?|skip to (main )?content|(most )?popular|sign up|subscribe)\W*",
    re.IGNORECASE,
)


def extract_article(html: str | bytes, url: str | None = None) -> Article:
    """The page's main text, its title and what its metadata says (author, date, site name, URL).

    ``html`` may be bytes: the page's own charset declaration is read. ``url`` is where the page came
    from, when it was fetched. Raises :class:`NoMainTextError` when the page has no article text:
    nothing at all, a paywall or sign-in notice, or only links and labels.
    """
    # Imported here: trafilatura and lxml cost ~20 MB and a second to import, for callers that
    # never see HTML.
    import trafilatura

    if not isinstance(html, (str, bytes)):
        raise InputTypeError(f"html must be a string or bytes, not {type(html).__name__}", field="html")
    extracted = None if not html.strip() else trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, with_metadata=True
    )
    meta = {name: _field(extracted, name) for name in ("title", "author", "date", "sitename", "url")}
    paragraphs = [line.strip() for line in (_field(extracted, "text") or "").splitlines() if line.strip()]
    walled = [p for p in paragraphs if _PAYWALL.search(p)]
    paragraphs = [p for p in paragraphs if not _PAYWALL.search(p) and not _FURNITURE.fullmatch(p)]
    paragraphs = _without_labels(paragraphs, meta["title"])
    if not any(_is_prose(p) for p in paragraphs):
        if walled:
            raise NoMainTextError(
                f"the page shows a paywall or sign-in notice instead of the article ({walled[0][:80]!r}); "
                "give the article's text instead (text/plain, or the 'text' field)"
            )
        raise NoMainTextError(
            "no main text found in the HTML page (only links, labels or nothing); give the article's "
            "text instead (text/plain, or the 'text' field)"
        )
    return Article(
        "\n\n".join(paragraphs),
        title=meta["title"],
        author=meta["author"],
        date=meta["date"],
        site_name=meta["sitename"],
        url=meta["url"] or url,
    )


def _field(extracted, name: str) -> str | None:
    value = getattr(extracted, name, None)
    return value.strip() or None if isinstance(value, str) else None


def _is_prose(paragraph: str) -> bool:
    return len(paragraph.split()) >= _PROSE_WORDS and _SENTENCE_END.search(paragraph) is not None


def _is_label(line: str, title: str | None) -> bool:
    return len(line.split()) <= _LABEL_WORDS and not _SENTENCE_END.search(line) and line != title


def _without_labels(paragraphs: list[str], title: str | None) -> list[str]:
    """``paragraphs`` without the runs of section labels and links at their top and bottom."""
    start, end = 0, len(paragraphs)
    while start < end and _is_label(paragraphs[start], title):
        start += 1
    while end > start and _is_label(paragraphs[end - 1], title):
        end -= 1
    return paragraphs[start:end]

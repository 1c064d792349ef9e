"""The main text of a web page, with trafilatura (a maintained extractor), for the CLI and the service.

Navigation, footers, reader comments and tables are dropped. Paragraphs are joined by a blank line,
the library's plain-text convention, so a heading above the first paragraph is read as a title and
never as a dek glued to the lead.
"""

from __future__ import annotations

from .document import Article
from .errors import InputTypeError, NoMainTextError

__all__ = ["extract_article"]


def extract_article(html: str | bytes) -> Article:
    """The page's main text and its title (from the page's metadata, when it has one).

    ``html`` may be bytes: the page's own charset declaration is read. Raises :class:`NoMainTextError`
    when nothing is left (an empty page, a login wall, a list of links).
    """
    # Imported here: trafilatura and lxml cost ~20 MB and a second to import, for callers that
    # never see HTML.
    import trafilatura

    if not isinstance(html, (str, bytes)):
        raise InputTypeError(f"html must be a string or bytes, not {type(html).__name__}", field="html")
    extracted = None if not html.strip() else trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    text = getattr(extracted, "text", None) or ""
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if not paragraphs:
        raise NoMainTextError(
            "no main text found in the HTML page; give the article's text instead (text/plain, or the 'text' field)"
        )
    return Article("\n\n".join(paragraphs), title=getattr(extracted, "title", None) or None)

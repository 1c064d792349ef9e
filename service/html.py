"""Main-text extraction from an HTML page, with trafilatura (the same extractor as the batch CLI).

Kept to one function so that it can move to a module shared with the CLI without changing callers.
"""

from __future__ import annotations

from summarizer import SummarizerError

__all__ = ["NoMainTextError", "extract_main_text"]


class NoMainTextError(SummarizerError):
    """The HTML page has no main text to summarize (an empty page, a login wall, a list of links)."""

    code = "no_main_text"
    field = "html"


def extract_main_text(html: str) -> str:
    """The main text of ``html``, one paragraph per block, paragraphs separated by a blank line.

    Boilerplate (navigation, footers, reader comments, tables) is dropped. The blank lines follow the
    library's plain-text convention, so a title line is never read as a dek glued to the lead.
    Raises :class:`NoMainTextError` when nothing is left.
    """
    # Imported here: trafilatura and lxml add ~20 MB to a worker that is never sent HTML.
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False) if html.strip() else None
    paragraphs = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not paragraphs:
        raise NoMainTextError(
            "no main text found in the HTML page; send the article's text as text/plain or in the 'text' field"
        )
    return "\n\n".join(paragraphs)

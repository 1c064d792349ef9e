"""The order a brief's sentences are read in (the ``order`` option).

* ``event`` (the default): the order of the event. In a set whose articles all give a date, the
  earlier report first (then each report's sentences in its order); otherwise by each sentence's
  position in its article, so that the leads come first and what the reports add later follows, the
  article order breaking ties. For one article it is the article's order.
* ``source``: article order, then position.
* ``rank``: the order the selection valued them, best first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from .document import Document
from .select import Pick

__all__ = ["in_order", "parse_date"]


def in_order(
    picks: Sequence[Pick], document: Document, order: str, dates: Sequence[str | None] = ()
) -> list[Pick]:
    """``picks`` in the reading ``order`` (``event``, ``source`` or ``rank``); ``dates`` are the
    articles' dates as given (ISO 8601), one per article, or empty."""
    if order == "rank":
        return list(picks)
    sentences = document.sentences
    if order == "source":
        return sorted(picks, key=lambda p: p.index)
    when = [parse_date(d) for d in dates]
    articles = {sentences[p.index].article for p in picks}
    if len(when) == len(document.articles) and all(when[a] is not None for a in articles):
        return sorted(picks, key=lambda p: (when[sentences[p.index].article], p.index))
    return sorted(picks, key=lambda p: (sentences[p.index].position, p.index))


def parse_date(text: str | None) -> datetime | None:
    """An ISO 8601 date or time as an aware datetime (UTC when it names no zone), or None."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)

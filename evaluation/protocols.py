"""Protocols: what a system reads, what it is scored against, and with how many words.

The references of the lead protocols are the articles' own leads and titles, so each protocol keeps its
reference out of the input; otherwise a lead baseline wins by copying it (``in-place`` shows that).

==============  =========================  ==========================  =====================================
protocol        input                      reference(s)                budget
==============  =========================  ==========================  =====================================
lead            title + body minus lead    the lead                    the lead's word count
merged          every article minus lead   every article's lead        ``set_words``
headline        body without the title     the title                   a headline (``headline_words``)
headline-human  body without the title     human very short summaries  a headline (``headline_words``)
human           the whole article or set   human summaries             ``human_sentences`` / ``set_words``
news            the whole article, lead    the journalists' highlights ``news_sentences``
                in place
news-flat       the same, flattened into   the journalists' highlights ``news_sentences``
                one paragraph
in-place        the whole article          the lead                    the lead's word count
==============  =========================  ==========================  =====================================

Scores against several references are averaged, as each reference is an equally valid answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from summarizer import Article, EmptyInputError

from .corpus import Entry, Record
from .errors import UnknownProtocolError
from .lead import LeadSplit, count_words, split_lead
from .settings import SETTINGS, Settings

__all__ = ["PROTOCOLS", "Item", "build_items"]


@dataclass(frozen=True)
class Item:
    """One thing to summarize and what to score it against."""

    id: str
    #: What the systems read: an :class:`Article` or a tuple of them (a merged set).
    source: Article | tuple[Article, ...]
    references: tuple[str, ...]
    #: Keyword arguments of :func:`summarizer.summarize` (``{"words": 37}``, ``{"sentences": 5}``) or,
    #: for a headline, ``{"headline_words": None, "headline_characters": None}`` (the library's default
    #: length; a number of words is a hard cap; characters are given with ``--headline-characters``).
    budget: Mapping[str, int] = field(default_factory=dict)

    @property
    def is_headline(self) -> bool:
        return "headline_words" in self.budget


def build_items(records: Sequence[Record], protocol: str, settings: Settings = SETTINGS) -> list[Item]:
    """The items of ``protocol`` over ``records`` (an empty list when the protocol does not apply)."""
    try:
        builder = PROTOCOLS[protocol]
    except KeyError:
        raise UnknownProtocolError(
            f"unknown protocol {protocol!r}; choose from: {', '.join(PROTOCOLS)}"
        ) from None
    return [item for record in records for item in builder(record, settings)]


def _entry_id(record: Record, entry: Entry) -> str:
    return (
        f"{record.id}/{entry.id}" if record.is_set and not entry.id.startswith(f"{record.id}/") else entry.id
    )


def _splits(record: Record, settings: Settings) -> Iterator[tuple[Entry, LeadSplit]]:
    for entry in record.entries:
        try:
            yield entry, split_lead(entry.article, settings.lead_min_words)
        except EmptyInputError:
            continue  # an article without a sentence has no lead and nothing to summarize


def _lead(record: Record, settings: Settings) -> Iterator[Item]:
    for entry, split in _splits(record, settings):
        source = split.without_lead()
        if source is not None:
            yield Item(_entry_id(record, entry), source, (split.lead,), {"words": count_words(split.lead)})


def _in_place(record: Record, settings: Settings) -> Iterator[Item]:
    for entry, split in _splits(record, settings):
        if split.without_lead() is not None:  # the same items as ``lead``, so the tables compare
            yield Item(
                _entry_id(record, entry), entry.article, (split.lead,), {"words": count_words(split.lead)}
            )


def _merged(record: Record, settings: Settings) -> Iterator[Item]:
    if not record.is_set:
        return
    splits = [split for _, split in _splits(record, settings)]
    sources = tuple(s for s in (split.without_lead() for split in splits) if s is not None)
    if len(splits) > 1 and sources:
        yield Item(record.id, sources, tuple(s.lead for s in splits), {"words": settings.set_words})


def _headline(record: Record, settings: Settings) -> Iterator[Item]:
    for entry, split in _splits(record, settings):
        if split.title:
            yield Item(
                _entry_id(record, entry), Article(split.body), (split.title,), _headline_budget(settings)
            )


def _headline_human(record: Record, settings: Settings) -> Iterator[Item]:
    for entry, split in _splits(record, settings):
        if entry.headlines:
            yield Item(
                _entry_id(record, entry), Article(split.body), entry.headlines, _headline_budget(settings)
            )


def _human(record: Record, settings: Settings) -> Iterator[Item]:
    if not record.summaries:
        return
    if record.is_set:
        yield Item(
            record.id,
            tuple(e.article for e in record.entries),
            record.summaries,
            {"words": settings.set_words},
        )
    else:
        budget = {"sentences": settings.human_sentences}
        yield Item(record.id, record.entries[0].article, record.summaries, budget)


def _news(record: Record, settings: Settings) -> Iterator[Item]:
    """The article as a user gives it, lead in place, against its highlights (CNN/DailyMail)."""
    if record.summaries and not record.is_set:
        yield Item(record.id, record.entries[0].article, record.summaries, {"sentences": settings.news_sentences})


def _news_flat(record: Record, settings: Settings) -> Iterator[Item]:
    """``news`` with the article run into one paragraph, as in copies of the corpus that lost the
    paragraph breaks (and left the captions glued between sentences)."""
    for item in _news(record, settings):
        article = item.source
        yield Item(item.id, Article(" ".join(article.text.split()), article.title), item.references, item.budget)


def _headline_budget(settings: Settings) -> dict[str, int]:
    """A headline's budget: its words, and the characters the systems that make their own line are told
    (``headline_characters``, None unless the run gives them); the baselines cut to words, and every line
    is still cut to ``headline_bytes`` after (a character may take more than one byte)."""
    return {"headline_words": settings.headline_words, "headline_characters": settings.headline_characters}


#: Every protocol by name, in the order the tables are printed.
PROTOCOLS: dict[str, Callable[[Record, Settings], Iterator[Item]]] = {
    "lead": _lead,
    "merged": _merged,
    "headline": _headline,
    "headline-human": _headline_human,
    "human": _human,
    "news": _news,
    "news-flat": _news_flat,
    "in-place": _in_place,
}

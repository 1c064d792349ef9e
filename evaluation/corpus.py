"""Corpora: JSONL files in the project's input shapes, or a folder of plain-text articles (the seeds).

A line is a single article ``{"id", "title", "text"}`` or a merged set ``{"id", "articles": [...]}``
(see ``shared/data/README.md``). The references travel with the record: ``summary`` or ``summaries``
(human summaries of the whole) and, per article, ``headlines`` (human very short summaries, DUC 2003).
Nothing is copied: a corpus is read from the path it is given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from summarizer import Article

from .errors import CorpusError

__all__ = ["SEEDS", "Entry", "Record", "load_corpus"]

#: The project's own seeds: two reports of one event, read as one merged set.
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# TAC's conversion left the tail of a long headline, a byline and the dateline as the first line of
# some texts ("river DATELINE:", "by Gersende Rambourg DATELINE: WASHINGTON, March 2"). It is neither
# body nor lead, and the library reads it as body, so the lead protocol would take it as the reference.
_DATELINE_LINE = re.compile(r"\A[^\n]*\bDATELINE:[^\n]*(?:\n\s*|\Z)")


@dataclass(frozen=True)
class Entry:
    """One article of a record and its own references."""

    id: str
    article: Article
    #: Human very short summaries of this article (DUC 2003 ``headlines``), else empty.
    headlines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Record:
    """One line of a corpus: a single article, or a merged set of articles about one event."""

    id: str
    entries: tuple[Entry, ...]
    is_set: bool
    #: Human summaries of the whole record (BBC ``summary``, merged sets' ``summaries``), else empty.
    summaries: tuple[str, ...] = ()
    #: Where the record comes from when the corpus says (CNN/DailyMail's ``source``: "cnn", "dailymail").
    source: str | None = None


def load_corpus(
    path: str | Path | None = None, *, limit: int | None = None, skip: int = 0, source: str | None = None
) -> list[Record]:
    """Records of ``path`` (JSONL, or a folder of ``.txt`` files; None: the seeds): those of ``source``
    when given, the first ``skip`` of them left out, then at most ``limit``."""
    path = Path(path) if path is not None else SEEDS
    if limit is not None and limit < 1:
        raise CorpusError(f"limit must be at least 1, not {limit}")
    if skip < 0:
        raise CorpusError(f"skip must be at least 0, not {skip}")
    if path.is_dir():
        records = iter(_text_folder(path))
    elif path.is_file():
        with path.open(encoding="utf-8") as lines:
            records = iter(list(_jsonl(lines, path.name)))
    else:
        raise CorpusError(f"no corpus at {path}: give a JSONL file or a folder of .txt files")
    if source is not None:
        records = (r for r in records if r.source == source)
    end = None if limit is None else skip + limit
    return list(islice(records, skip, end))


def _text_folder(folder: Path) -> list[Record]:
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise CorpusError(f"{folder} holds no .txt file")
    entries = tuple(Entry(f.stem, Article(f.read_text(encoding="utf-8"))) for f in files)
    if len(entries) == 1:
        return [Record(entries[0].id, entries, is_set=False)]
    return [Record(folder.name, entries, is_set=True)]


def _jsonl(lines, name: str) -> Iterator[Record]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}, line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as error:
            raise CorpusError(f"{where}: not JSON ({error.msg}); a corpus has one object a line") from None
        if not isinstance(obj, dict):
            raise CorpusError(f"{where}: expected an object with 'text' or 'articles'")
        record_id = str(obj.get("id", number))
        if "articles" in obj:
            if not isinstance(obj["articles"], list) or not obj["articles"]:
                raise CorpusError(f"{where}: 'articles' must be a non-empty list")
            entries = tuple(
                _entry(a, f"{record_id}/{i}", f"{where}, article {i}") for i, a in enumerate(obj["articles"])
            )
            yield Record(record_id, entries, is_set=True, summaries=_strings(obj.get("summaries"), where))
        else:
            summary = obj.get("summary")
            summaries = (summary,) if isinstance(summary, str) and summary.strip() else ()
            source = obj.get("source") if isinstance(obj.get("source"), str) else None
            yield Record(
                record_id, (_entry(obj, record_id, where),), is_set=False, summaries=summaries, source=source
            )


def _entry(obj, default_id: str, where: str) -> Entry:
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise CorpusError(f"{where}: an article needs a 'text' string")
    title = obj.get("title")
    # Some files spell a missing title as the string "None" (a Python None written with str()).
    if not isinstance(title, str) or not title.strip() or title.strip() == "None":
        title = None
    text = _DATELINE_LINE.sub("", obj["text"], count=1)
    return Entry(str(obj.get("id", default_id)), Article(text, title), _strings(obj.get("headlines"), where))


def _strings(value, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CorpusError(f"{where}: references must be a list of strings")
    return tuple(v for v in value if v.strip())

"""Input items: what a reader hands to a worker (:class:`RawItem`), what a worker makes of it (:class:`Item`).

Readers stay cheap and run in the parent process: they list files and cut JSONL into lines, nothing
more. Everything that costs CPU (decoding, HTML extraction, JSON parsing) happens in
:func:`load_item`, which runs in the worker next to the summarizer, so it is parallel too.

Ids: a text or HTML file's id is its path as given; a JSONL item's id is its ``"id"`` field, else
``<file>:<line>``; the merged set's id is ``"merged"``. :func:`item_id` computes the same id as
:func:`load_item` without decoding anything, for ``--resume`` and for error records.

Lone surrogates. JSON can spell a code point that is not a character (``"\\ud800"``: half of a UTF-16
pair), and a file name that is not UTF-8 reaches Python with such code points in it. No UTF-8 output
can hold them, so one of them in an id, a text or an option would end the run when its record is
written, and ``--resume`` would stop on the same item every time. They are replaced with U+FFFD (the
replacement character, one code point for one, so offsets into the text still hold) where the CLI
reads them: every string of a JSONL item, and file names.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from dataclasses import dataclass, field
from typing import BinaryIO

from ..document import Article
from ..errors import EmptyInputError, InputTypeError, OptionError, SummarizerError
from ..html import extract_article
from .errors import InvalidJSONError, UndecodableInputError, UnreadableInputError

__all__ = [
    "MERGED_ID",
    "STDIN_NAME",
    "Item",
    "RawItem",
    "decode_text",
    "item_id",
    "load_item",
    "open_regular",
    "without_surrogates",
]

STDIN_NAME = "<stdin>"
MERGED_ID = "merged"

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: A JSON escape of a surrogate (``\\udXXX``): only a line that has one can decode to a lone surrogate.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


@dataclass(frozen=True, slots=True)
class RawItem:
    """One input item before decoding.

    ``kind`` is ``"text"`` or ``"html"`` (a whole file, read from ``name`` unless ``data`` holds it),
    ``"url"`` (a web page, fetched from ``name``),
    ``"jsonl"`` (line ``line`` of ``name``, its bytes in ``data``), ``"empty"``, ``"unreadable"`` or
    ``"unlistable"`` (a JSONL file without items, a JSONL file that cannot be opened, a folder that
    cannot be listed: one error record each) or ``"merged"`` (``members`` summarized as one merged set).
    """

    kind: str
    name: str
    line: int = 0
    data: bytes | None = None
    members: tuple[RawItem, ...] = ()
    #: The folder a relative ``name`` is read from, when it is not the current one (a dask worker).
    root: str = ""

    def __reduce__(self):
        # Items travel to the workers pickled: a dataclass with slots pickles through fields() in
        # Python, at some 10,000 instructions an item each way; a tuple of its fields does not.
        return RawItem, (self.kind, self.name, self.line, self.data, self.members, self.root)

    @property
    def where(self) -> str:
        """Where the item comes from, as error messages name it."""
        if self.kind == "jsonl":
            return f"{without_surrogates(self.name)} line {self.line}"
        if self.kind == "merged":
            return f"merged set of {len(self.members)} items"
        return without_surrogates(self.name)


@dataclass(frozen=True, slots=True)
class Item:
    """A decoded item: an id, a source for :func:`summarizer.summarize`, and its own option overrides."""

    id: str | int
    source: str | Article | list[Article]
    options: dict = field(default_factory=dict)


def item_id(raw: RawItem) -> str | int:
    """The id :func:`load_item` gives ``raw`` (or its error record), without decoding the item."""
    if raw.kind == "merged":
        return MERGED_ID
    if raw.kind != "jsonl":
        return without_surrogates(raw.name)
    try:
        obj = _parse_json(raw.data)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, too deep: named after the line
        obj = None
    return _jsonl_id(obj, raw)


def load_item(raw: RawItem) -> Item:
    """Decode ``raw`` into an :class:`Item`; raises a :class:`summarizer.SummarizerError` subclass."""
    if raw.kind == "jsonl":
        return _load_jsonl(raw)
    if raw.kind == "empty":
        raise EmptyInputError("the file has no items; a JSONL file needs one JSON object a line")
    if raw.kind == "merged":
        return Item(MERGED_ID, _merged_articles(raw.members))
    if raw.kind == "url":
        return Item(item_id(raw), _fetched_article(raw.name))
    if raw.kind == "unreadable":  # a JSONL file that could not be opened: read it again for the reason
        _read_file(os.path.join(raw.root, raw.name))
        raise UnreadableInputError("cannot read the file")
    if raw.kind == "unlistable":
        raise UnreadableInputError(_folder_problem(os.path.join(raw.root, raw.name)))
    data = raw.data if raw.data is not None else _read_file(os.path.join(raw.root, raw.name))
    if not data:
        raise EmptyInputError("the file is empty; give the text of an article")
    if not data.strip():
        raise EmptyInputError("the file has no text, only whitespace; give the text of an article")
    if raw.kind == "html":
        return Item(item_id(raw), extract_article(data))
    return Item(item_id(raw), decode_text(data))


def decode_text(data: bytes) -> str:
    """``data`` as text: UTF-8 (with or without a byte-order mark), else the likely encoding.

    The guess comes from charset-normalizer (the detector trafilatura and requests use); it declines
    binary data, which then becomes an :class:`UndecodableInputError` rather than mojibake.
    """
    try:
        return data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # only files that are not UTF-8 pay for the import

    guess = charset_normalizer.from_bytes(data).best()
    if guess is None:
        raise UndecodableInputError(
            "the file is not UTF-8 text and no likely encoding decodes it; save it as UTF-8"
        )
    return str(guess)


def _fetched_article(url: str) -> Article:
    from ..fetch import fetch  # only runs that read URLs import urllib3

    page = fetch(url)
    if page.media_type == "text/plain":
        return Article(decode_text(page.body), url=page.url)
    return extract_article(page.body, url=page.url)


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (see the module docstring)."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def _parse_json(data: bytes):
    obj = json.loads(data)
    return _clean_strings(obj) if _SURROGATE_ESCAPE.search(data) else obj


def _clean_strings(obj):
    """``obj`` (parsed JSON) with :func:`without_surrogates` applied to every key and string."""
    if isinstance(obj, str):
        return without_surrogates(obj)
    if isinstance(obj, list):
        return [_clean_strings(value) for value in obj]
    if isinstance(obj, dict):
        return {without_surrogates(key): _clean_strings(value) for key, value in obj.items()}
    return obj


def open_regular(path: str) -> BinaryIO:
    """``path`` opened for reading if it is a regular file; raises :class:`UnreadableInputError`.

    A FIFO, a socket or a device is not a file to summarize: opening a FIFO waits for a writer
    forever, and a device can be read forever. So the file is opened without blocking and checked
    on the open descriptor (no other file can slip in between a check and the open).
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:  # gone since it was listed, or not readable: this item's problem, not a bug
        raise UnreadableInputError(f"cannot read the file: {exc.strerror}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise UnreadableInputError(
                f"not a regular file but {_FILE_TYPES.get(stat.S_IFMT(mode), 'a special file')}; "
                "to read a stream, give it on standard input (-)"
            )
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


_FILE_TYPES = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFDIR: "a folder",
}


def _read_file(path: str) -> bytes:
    with open_regular(path) as f:
        try:
            return f.read()
        except OSError as exc:
            raise UnreadableInputError(f"cannot read the file: {exc.strerror}") from None


def _folder_problem(path: str) -> str:
    """Why the folder ``path`` cannot be listed (asked again, as for a file that cannot be read)."""
    try:
        with os.scandir(path):
            return "the folder could not be listed when the run walked it"
    except OSError as exc:
        return f"cannot list the folder: {exc.strerror}; its files were not read"


def _load_jsonl(raw: RawItem) -> Item:
    try:
        obj = _parse_json(raw.data)
    except UnicodeDecodeError as exc:
        raise InvalidJSONError(
            f"the line is not UTF-8 ({exc.reason} at byte {exc.start}); JSONL must be UTF-8"
        ) from None
    except ValueError as exc:
        raise InvalidJSONError(f"the line is not JSON: {exc}") from None
    except RecursionError:  # valid JSON nested deeper than Python's parser goes: this item's problem
        raise InvalidJSONError("the line is nested too deeply to read; flatten the item") from None
    if not isinstance(obj, dict):
        raise InputTypeError(f"an item must be a JSON object, not {type(obj).__name__}")
    if "id" in obj and not _is_id(obj["id"]):
        raise InputTypeError("'id' must be a string or a whole number", field="id")
    options = obj.get("options") or {}
    if not isinstance(options, dict):
        raise OptionError("'options' must be an object such as {\"sentences\": 3}", field="options")
    return Item(_jsonl_id(obj, raw), _jsonl_source(obj), options)


def _jsonl_source(obj: dict) -> dict | list:
    if "articles" in obj and "text" in obj:
        raise InputTypeError("give 'text' (one article) or 'articles' (a merged set), not both")
    if "articles" in obj:
        articles = obj["articles"]
        if not isinstance(articles, list):
            raise InputTypeError('\'articles\' must be a list of {"title", "text"} objects', field="articles")
        return [_article_fields(a) for a in articles]
    if "text" not in obj:
        raise InputTypeError('the item has no \'text\'; give {"id", "title", "text"} or {"id", "articles"}')
    return _article_fields(obj)


def _article_fields(obj):
    # Only the fields the library reads: references such as "summary" must not reach it.
    if isinstance(obj, dict) and "text" in obj:
        return {"text": obj["text"], "title": obj.get("title")}
    return obj  # the library names what is wrong with it


def _merged_articles(members: tuple[RawItem, ...]) -> list:
    articles = []
    for member in members:
        try:
            source = load_item(member).source
        except SummarizerError as exc:  # the same error, naming the member at fault
            raise type(exc)(f"{member.where}: {exc}", field=exc.field) from None
        articles.extend(source if isinstance(source, list) else [source])
    if not articles:
        raise EmptyInputError("the merged set has no articles")
    return articles


def _jsonl_id(obj, raw: RawItem) -> str | int:
    if isinstance(obj, dict) and _is_id(obj.get("id")):
        return obj["id"]
    return f"{raw.name}:{raw.line}"


def _is_id(value) -> bool:
    return isinstance(value, str) and value != "" or isinstance(value, int) and not isinstance(value, bool)

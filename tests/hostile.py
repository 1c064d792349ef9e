"""A catalogue of hostile and odd inputs, and what each door must answer to them (issue 6).

Every case is one request, sent through the three doors:

* the library: ``summarize(source, **options)``, the source being the request's text (or its articles,
  or its HTML as text: the library reads text only);
* the CLI: one JSONL item ``{"id", "text"|"articles", "title", "options": {...}}``;
* the HTTP API: the request as the JSON body of ``POST /v1/summarize``.

An outcome is ``"brief"`` or the error code each door must give: the library raises the named error with
that ``code``, the CLI writes an error record with it, the service answers with it in a JSON error.
HTTP outcomes carry the status: ``"200"``, ``"422 empty_input"``, ``"413 body_too_large"``. The expected
outcomes are written by hand from README.md, docs/cli.md and docs/service.md, never copied from a run.

Cases whose input is bytes rather than JSON (a file in a bad encoding) are :data:`FILES`: the CLI reads
them as files, the service as ``text/plain`` bodies, and the library takes ``str`` only.

Used by ``tests/test_reliability_catalogue.py`` (outcomes) and ``benchmarks/hostile.py`` (times).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

__all__ = [
    "CASES",
    "FILES",
    "SOURCE_FIELDS",
    "Case",
    "FileCase",
    "Raw",
    "http_body",
    "jsonl_line",
    "library_call",
]

#: The request fields that carry the text; every other field is an option of the library.
SOURCE_FIELDS = ("text", "html", "articles", "title")

SHORT = "The council met on Monday. It voted to build a bridge over the river. The mayor left early."


@dataclass(frozen=True)
class Raw:
    """A JSON value written as ``text`` (``1e400``, ``NaN``, 100,000 nested brackets); ``value`` is what
    it means in Python, for the library door."""

    text: str
    value: Any


@dataclass(frozen=True)
class Case:
    name: str
    #: Builds the request (a JSON object, or any JSON value for malformed bodies); some are megabytes.
    request: Callable[[], Any]
    #: Library and CLI outcome.
    expect: str
    #: The CLI outcome, when it differs from ``expect`` (the CLI reads JSONL with its own rules).
    cli: str | None = None
    #: The HTTP outcome, when it is not the one ``expect`` implies (``"200"``, or ``"422 <code>"``).
    http: str | None = None
    #: Doors where the case fails today, and how: the tests mark them ``xfail(strict=True)``.
    bugs: Mapping[str, str] = field(default_factory=dict)
    #: Only for ``benchmarks/hostile.py``: too slow for the test suite, and its outcome is already
    #: covered there by a smaller case of the same kind.
    timing_only: bool = False

    def outcome(self, door: str) -> str:
        if door == "library":
            return self.expect
        if door == "cli":
            return self.cli or self.expect
        return self.http or ("200" if self.expect == "brief" else f"422 {self.expect}")


@dataclass(frozen=True)
class FileCase:
    name: str
    data: Callable[[], bytes]
    #: The CLI outcome for a ``.txt`` file with these bytes (or ``.html`` when ``html``).
    cli: str
    #: The HTTP outcome for a ``text/plain`` body (``text/html`` when ``html``) with these bytes.
    http: str
    html: bool = False
    bugs: Mapping[str, str] = field(default_factory=dict)


# --- texts, generated deterministically -------------------------------------------------------------

_SYLLABLES = "ba be bi bo bu ca co da de di do fa fe fi ga go ha he ka ke ko la le li lo ma me mi mo na ne ni no pa pe po ra re ri ro sa se si so ta te ti to va ve vi vo za ze".split()


@cache
def _vocabulary() -> tuple[str, ...]:
    rng = random.Random(6)
    return tuple(sorted({"".join(rng.choices(_SYLLABLES, k=rng.randint(1, 4))) for _ in range(6000)}))


def words(count: int, seed: int = 0) -> list[str]:
    """``count`` made-up words from a fixed vocabulary (the same for the same seed)."""
    return random.Random(seed).choices(_vocabulary(), k=count)


def sentences(count: int, length: int, seed: int = 0) -> str:
    """``count`` sentences of ``length`` made-up words each, in one paragraph."""
    pool = iter(words(count * length, seed))
    return " ".join(" ".join(next(pool) for _ in range(length)).capitalize() + "." for _ in range(count))


def _article(i: int) -> dict:
    return {"text": sentences(3, 12, seed=i)}


@cache
def _no_punctuation(size: int) -> str:
    text, n = "", 0
    while len(text) < size:
        text += " ".join(words(100_000, seed=n)) + " "
        n += 1
    return text[:size].rstrip()


@cache
def _deep(depth: int) -> Raw:
    nested: list = []
    for _ in range(depth - 1):  # built without recursion: deeper than Python's recursion limit
        nested = [nested]
    return Raw("[" * depth + "]" * depth, nested)


@cache
def _largest_set() -> dict:
    """A merged set at the service's limits: 200 articles of 25 sentences of 20 words (100,000 words)."""
    return {"articles": [{"text": sentences(25, 20, seed=100 + i)} for i in range(200)]}


def _text(builder: Callable[[], str], **extra) -> Callable[[], dict]:
    return cache(lambda: {"text": builder(), **extra})


def _articles(count: int, builder: Callable[[int], dict] = _article) -> Callable[[], dict]:
    return cache(lambda: {"articles": [builder(i) for i in range(count)]})


_SCRIPT_PAGE = (
    "<html><head><title>Bridge vote</title><script>var x = 'Steal the cookies. Now.'; alert(1);</script>"
    "<style>p { color: red }</style></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>Council votes for a new bridge</h1>"
    + "".join(f"<p>{sentences(3, 14, seed=70 + i)}</p>" for i in range(6))
    + "<script>document.write('Injected sentence here.')</script></article>"
    "<footer>Copyright 2025. All rights reserved.</footer></body></html>"
)

# fmt: off
CASES: tuple[Case, ...] = (
    # Empty, blank and control characters: nothing to summarize.
    Case("empty text", _text(lambda: ""), "empty_input"),
    Case("whitespace only", _text(lambda: " \t\n\r\n\u00a0\u2003\u3000\u2028 \f\v"), "empty_input"),
    Case("NUL bytes only", _text(lambda: "\x00" * 1000), "empty_input"),
    Case("control characters only", _text(lambda: "".join(map(chr, [*range(32), *range(127, 160)])) * 20), "empty_input"),
    Case("NUL and controls inside sentences", _text(lambda: SHORT.replace(". ", ".\x00\x07 ").replace("river", "ri\x1bver")), "brief"),
    Case("punctuation only", _text(lambda: "... !!! ??? --- ;;; ,,, ((( ))) *** ### @@@ " * 100), "empty_input"),
    Case("quotes only", _text(lambda: '"' * 500 + "'" * 500 + "“”‘’«»„‚‹›" * 100), "empty_input"),
    Case("an empty list of articles", lambda: {"articles": []}, "empty_input", http="400 invalid_request"),
    # Giants. The service's limits: 2 MB body, 100,000 words, 200 articles.
    Case("5 MB without punctuation", _text(lambda: _no_punctuation(5_000_000)), "brief", http="413 body_too_large"),
    Case("one sentence of 100,000 words", _text(lambda: " ".join(words(100_000, seed=1)) + "."), "brief"),
    Case("50,000 one-word sentences", _text(lambda: sentences(50_000, 1, seed=2)), "brief"),
    Case("1,000 identical sentences", _text(lambda: "The council approved the budget on Monday. " * 1000), "brief"),
    Case("500 articles in a set", _articles(500), "brief", http="413 too_many_articles"),
    Case("100,001 words", _text(lambda: sentences(10_001, 10, seed=3) + " " + "end."), "brief", http="413 too_many_words", timing_only=True),
    # The largest inputs under the limits, of the shapes that cost most per word.
    Case("100,000 words without punctuation", _text(lambda: " ".join(words(100_000, seed=4))), "brief", timing_only=True),
    Case("100,000 one-word sentences", _text(lambda: sentences(100_000, 1, seed=5)), "brief", timing_only=True),
    Case("100,000 one-word paragraphs", _text(lambda: "\n\n".join(words(100_000, seed=6))), "brief", timing_only=True),
    Case("200 articles of 500 words", lambda: _largest_set(), "brief", timing_only=True),
    # Budgets as large as the limits allow: selection must stay near-linear (issue 17).
    Case("words=100,000 on 30,000 words", _text(lambda: sentences(3_000, 10, seed=11), words=100_000), "brief", timing_only=True),
    Case("ratio=1.0 on 16,000 five-word sentences", _text(lambda: sentences(16_000, 5, seed=12), ratio=1.0), "brief", timing_only=True),
    Case("characters=1,000,000 on 90,000 words", _text(lambda: sentences(9_000, 10, seed=13), characters=1_000_000), "brief", timing_only=True),
    Case("one 2 MB word", _text(lambda: "a" * 2_000_000), "brief", timing_only=True),
    Case("a 1.5 MB title", lambda: {"title": " ".join(words(250_000, seed=7)), "text": SHORT}, "brief", timing_only=True),
    # Odd but legitimate text.
    Case("only numbers", _text(lambda: " ".join(str(random.Random(8).randint(0, 10**9) * (i + 1)) for i in range(3000))), "brief"),
    Case("numbered sentences", _text(lambda: " ".join(f"{i}. {i * 7}." for i in range(2000))), "brief"),
    Case("only URLs", _text(lambda: " ".join(f"https://example.com/news/{i}?id={i}&ref=x#p{i}" for i in range(2000))), "brief"),
    Case("HTML with scripts, as text", _text(lambda: _SCRIPT_PAGE), "brief"),
    Case("HTML with scripts, as a page", lambda: {"html": _SCRIPT_PAGE}, "brief"),
    Case("HTML that is only a script", lambda: {"html": "<script>alert('x. y. z.')</script>"}, "brief", http="422 no_main_text"),
    Case("emoji", _text( lambda: ( "🎉🔥 " * 300 + "The 🐍 ate the 🐭 at noon. Everyone 😂 cheered 👍🏽. A family 👨‍👩‍👧 of 🇫🇷 fans waved. 💥" ) ), "brief"),
    Case("Arabic (right to left)", _text( lambda: ( "قال المجلس إنه وافق على الميزانية يوم الاثنين. وقال المنتقدون إن الخطة تخفض تمويل المكتبات. " * 10 ), language="arabic", ), "brief"),
    Case("Hebrew with bidi marks", _text( lambda: "\u200fהמועצה אישרה את התקציב ביום שני. \u202bהמבקרים אמרו שהתוכנית מקצצת.\u202c " * 10 ), "brief"),
    Case("Chinese without spaces", _text(lambda: "市议会周一批准了预算。批评者说该计划削减了图书馆的经费。投票结果是七比二。" * 20), "brief"),
    Case("Japanese", _text(lambda: "市議会は月曜日に予算を承認した。批判者は図書館が削減されると述べた。" * 20), "brief"),
    Case("Russian with language=russian", _text( lambda: ( "Совет утвердил бюджет в понедельник. Критики заявили, что план сокращает библиотеки. " * 10 ), language="russian", ), "brief"),
    Case("German with language=german", _text( lambda: ( "Der Stadtrat hat am Montag den Haushalt beschlossen. Kritiker sagen, der Plan kürzt die Büchereien. " * 10 ), language="german", ), "brief"),
    Case("Greek, English stop words", _text( lambda: ( "Το συμβούλιο ενέκρινε τον προϋπολογισμό τη Δευτέρα. Οι επικριτές είπαν ότι το σχέδιο περικόπτει τις βιβλιοθήκες. " * 10 ) ), "brief"),
    Case("zero-width and bidi overrides", _text( lambda: ( "\u202eThe council\u202c met\u200b on\u2060 Monday.\ufeff It\u200d voted. \u2066The\u2069 mayor left." ) ), "brief"),
    Case("combining marks (zalgo)", _text( lambda: ("Th\u0336\u0301e\u0489 cou\u0338ncil\u0300\u0301\u0302 met" + "\u0301" * 50 + ". ") * 50 ), "brief"),
    Case("one 100,000-character word", _text(lambda: "x" * 100_000 + "."), "brief"),
    # A long capitalized word where a headline's attribution pattern looks for a speaker's name (a
    # pattern that could split the word backtracked for a minute on 2,000 characters).
    Case("a 2,000-character name after 'according to'", _text(lambda: (
        "Prices in the city rose sharply, according to " + "A" * 2000 + " figures, as officials met. "
        "Officials met again on the next day to discuss the plan.")), "brief"),
    # JSON of the wrong shape or type. The service's validator says 400; the library and the CLI
    # name the field through the library's own errors.
    Case("body is null", lambda: None, "invalid_input", http="400 invalid_request"),
    Case("body is a list", lambda: [SHORT], "brief", cli="invalid_input", http="400 invalid_request"),
    Case("body is a string", lambda: SHORT, "brief", cli="invalid_input", http="400 invalid_request"),
    Case("body is a number", lambda: 42, "invalid_input", http="400 invalid_request"),
    Case("body is not JSON", lambda: Raw("{'text': 'single quotes'", None), "invalid_input", cli="invalid_json", http="400 invalid_json"),
    Case("text is null", lambda: {"text": None}, "invalid_input", http="400 invalid_request"),
    Case("text is a number", lambda: {"text": 12}, "invalid_input", http="400 invalid_request"),
    Case("text is a list", lambda: {"text": [SHORT]}, "invalid_input", http="400 invalid_request"),
    Case("text is an object", lambda: {"text": {"text": SHORT}}, "invalid_input", http="400 invalid_request"),
    Case("title is a number", lambda: {"text": SHORT, "title": 5}, "invalid_input", http="400 invalid_request"),
    Case("title is null", lambda: {"text": SHORT, "title": None}, "brief"),
    Case("no text at all", lambda: {"title": "Bridge vote"}, "invalid_input", http="400 invalid_request"),
    Case("articles is null", lambda: {"articles": None}, "invalid_input", http="400 invalid_request"),
    Case("articles holds null", lambda: {"articles": [None]}, "invalid_input", http="400 invalid_request"),
    Case("articles holds numbers", lambda: {"articles": [1, 2]}, "invalid_input", http="400 invalid_request"),
    Case("articles is a string", lambda: {"articles": SHORT}, "brief", cli="invalid_input", http="400 invalid_request"),
    Case("text and articles both", lambda: {"text": SHORT, "articles": [{"text": SHORT}]}, "brief", cli="invalid_input", http="400 invalid_request"),
    Case("unknown field", lambda: {"text": SHORT, "colour": "red"}, "invalid_option", http="400 invalid_request"),
    Case("option named options", lambda: {"text": SHORT, "options": {"sentences": 2}}, "invalid_option", http="400 invalid_request"),
    Case("deep nesting, 100,000 levels", lambda: _deep(100_000), "invalid_input", cli="invalid_json", http="400 invalid_json"),
    Case("deep nesting in an unknown field", lambda: {"text": SHORT, "extra": _deep(100_000)}, "invalid_option", cli="invalid_json", http="400 invalid_json"),
    Case("deep nesting, 500 levels, in an unknown field", lambda: {"text": SHORT, "extra": _deep(500)}, "invalid_option", http="400 invalid_json"),
    # Budgets and options out of range.
    Case("sentences null", lambda: {"text": SHORT, "sentences": None}, "brief"),
    Case("sentences as a string", lambda: {"text": SHORT, "sentences": "3"}, "invalid_budget", http="400 invalid_request"),
    Case("sentences as a float", lambda: {"text": SHORT, "sentences": 2.0}, "invalid_budget", http="400 invalid_request"),
    Case("sentences true", lambda: {"text": SHORT, "sentences": True}, "invalid_budget", http="400 invalid_request"),
    Case("sentences zero", lambda: {"text": SHORT, "sentences": 0}, "invalid_budget"),
    Case("sentences negative", lambda: {"text": SHORT, "sentences": -3}, "invalid_budget"),
    Case("sentences 10^30", lambda: {"text": SHORT, "sentences": 10**30}, "invalid_budget"),
    Case("sentences of 5,000 digits", lambda: {"text": SHORT, "sentences": Raw("9" * 5000, 10**5000 - 1)}, "invalid_budget", cli="invalid_json", http="400 invalid_json"),
    Case("words zero", lambda: {"text": SHORT, "words": 0}, "invalid_budget"),
    Case("words negative", lambda: {"text": SHORT, "words": -1}, "invalid_budget"),
    Case("ratio above 1", lambda: {"text": SHORT, "ratio": 1.5}, "invalid_budget"),
    Case("ratio zero", lambda: {"text": SHORT, "ratio": 0}, "invalid_budget"),
    Case("ratio 1e400", lambda: {"text": SHORT, "ratio": Raw("1e400", float("inf"))}, "invalid_budget"),
    Case("ratio NaN", lambda: {"text": SHORT, "ratio": Raw("NaN", float("nan"))}, "invalid_budget"),
    Case("ratio 10^400", lambda: {"text": SHORT, "ratio": 10**400}, "invalid_budget"),
    Case("two budgets", lambda: {"text": SHORT, "sentences": 2, "words": 10}, "invalid_budget"),
    Case("unknown method", lambda: {"text": SHORT, "method": "gpt"}, "unknown_method"),
    Case("method null", lambda: {"text": SHORT, "method": None}, "brief", http="400 invalid_request"),
    Case("method as a number", lambda: {"text": SHORT, "method": 1}, "invalid_option", http="400 invalid_request"),
    Case("unknown order", lambda: {"text": SHORT, "order": "random"}, "invalid_option"),
    Case("headline as a string", lambda: {"text": SHORT, "headline": "yes"}, "invalid_option", http="400 invalid_request"),
    Case("keyphrases negative", lambda: {"text": SHORT, "keyphrases": -1}, "invalid_option"),
    Case("headline_words 10^30", lambda: {"text": SHORT, "headline_words": 10**30}, "invalid_option"),
    Case("headline_characters 10^30", lambda: {"text": SHORT, "headline_characters": 10**30}, "invalid_option"),
    Case("unsupported language", lambda: {"text": SHORT, "language": "klingon"}, "unsupported_language"),
    Case("redundancy 10^400", lambda: {"text": SHORT, "redundancy": 10**400}, "invalid_option"),
    # Tunables of summarizer.Options outside PUBLIC_OPTIONS: options of the library, of no door.
    Case("tolerance as a string", lambda: {"text": SHORT, "tolerance": "small"}, "invalid_option", http="400 invalid_request"),
    Case("default_sentences negative", lambda: {"text": SHORT, "default_sentences": -1}, "invalid_option", http="400 invalid_request"),
    Case("default_sentences as a string", lambda: {"text": SHORT, "default_sentences": "x"}, "invalid_option", http="400 invalid_request"),
)
# fmt: on


def method_cases() -> tuple[Case, ...]:
    """Every ranking method on the largest merged set under the service's limits, for
    ``benchmarks/hostile.py --methods`` (some of sumy's methods take seconds to minutes there)."""
    from summarizer import list_methods

    return tuple(
        Case(
            f"200 articles of 500 words, {m}",
            cache(lambda m=m: {**_largest_set(), "method": m}),
            "brief",
            bugs=_SLOW_METHODS.get(m, {}),
            timing_only=True,
        )
        for m in list_methods()
    )


_SLOW_METHODS = {
    "sumy-kl": {
        "library": "minutes: the 300-sentence cap (max_sumy_sentences) does not bound sumy's KL, whose cost "
        "grows with sentences x vocabulary",
        "http": "stopped by the service's request time limit: 503 timeout",
    }
}


_LATIN1 = "Le conseil a voté lundi. Les élèves ont reçu un café. Très bien, a dit le maire.".encode("latin-1")

# fmt: off
FILES: tuple[FileCase, ...] = (
    FileCase("empty file", lambda: b"", cli="empty_input", http="422 empty_input"),
    FileCase("NUL bytes file", lambda: b"\x00" * 4096, cli="empty_input", http="422 empty_input"),
    FileCase("UTF-8 with a byte-order mark", lambda: b"\xef\xbb\xbf" + SHORT.encode(), cli="brief", http="200"),
    FileCase("Latin-1 text", lambda: _LATIN1 * 5, cli="brief", http="400 invalid_encoding"),
    FileCase("UTF-16 with a byte-order mark", lambda: SHORT.encode("utf-16"), cli="brief", http="400 invalid_encoding"),
    FileCase("UTF-8 cut inside a character", lambda: ("Le conseil a voté. " * 20).encode()[:-2] + "é".encode()[:1], cli="brief", http="400 invalid_encoding"),
    FileCase("invalid UTF-8 bytes in text", lambda: SHORT.encode().replace(b"bridge", b"br\xff\xfe\xc0dge"), cli="brief", http="400 invalid_encoding"),
    FileCase("binary data", lambda: random.Random(9).randbytes(64 * 1024), cli="undecodable_input", http="400 invalid_encoding"),
    FileCase("PNG header and zeros", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 2000, cli="undecodable_input", http="400 invalid_encoding"),
    FileCase("HTML page with scripts", lambda: _SCRIPT_PAGE.encode(), cli="brief", http="200", html=True),
    FileCase("HTML in Latin-1 with its charset", lambda: ( b"<html><head><meta charset='iso-8859-1'></head><body><article><p>" + _LATIN1 * 5 + b"</p></article></body></html>" ), cli="brief", http="400 invalid_encoding", html=True),
    FileCase("HTML that is only a script", lambda: b"<html><script>alert('x. y. z.')</script></html>", cli="no_main_text", http="422 no_main_text", html=True),
    FileCase("HTML that is binary", lambda: b"<" + random.Random(10).randbytes(8192), cli="no_main_text", http="400 invalid_encoding", html=True),
)
# fmt: on


# --- serialization for each door ----------------------------------------------------------------------


def _json(value) -> str:
    """JSON text of ``value``, with :class:`Raw` values written as they are."""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_json(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _python(value):
    """``value`` with :class:`Raw` values replaced by what they mean."""
    if isinstance(value, Raw):
        return value.value
    if isinstance(value, dict):
        return {k: _python(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_python(v) for v in value]
    return value


def http_body(request) -> bytes:
    return _json(request).encode("utf-8")


def jsonl_line(request, item_id: str) -> bytes:
    """The CLI's JSONL item for ``request``: the source fields, and the options under ``"options"``.
    A request that is not an object is written as it is (its record is then named ``file:line``)."""
    if not isinstance(request, dict):
        return _json(request).encode("utf-8")
    item = {"id": item_id, **{k: v for k, v in request.items() if k in SOURCE_FIELDS}}
    options = {k: v for k, v in request.items() if k not in SOURCE_FIELDS}
    if "html" in item:  # a JSONL item has no html field: the CLI reads pages from .html files
        item["text"] = item.pop("html")
    if options:
        item["options"] = options
    return _json(item).encode("utf-8")


def library_call(request) -> tuple[Any, dict]:
    """``(source, options)`` for ``summarize(source, **options)``."""
    request = _python(request)
    if not isinstance(request, dict):
        return request, {}
    options = {k: v for k, v in request.items() if k not in SOURCE_FIELDS}
    if "articles" in request and "text" not in request:
        return request["articles"], options
    source = {k: request[k] for k in ("text", "title") if k in request}
    if "html" in request:
        source["text"] = request["html"]  # the library reads text; HTML is the CLI's and the service's
    return source, options

"""The signals of the ``default`` model, and the feature matrix the model weighs.

Raw signals, one value per sentence:

* ``forward`` / ``backward``: PacSum's directed degree (Zheng & Lapata 2019) on the TF-IDF cosine
  graph, inside each article: a sentence gains from resembling the sentences *after* it (it announces
  them, as a lead does) and is judged apart on resembling those *before* it (it repeats them); across
  the articles of a merged set every edge counts as forward, since agreement between reports is what
  makes a fact central;
* ``centrality``: TextRank's PageRank score on the same graph (Mihalcea & Tarau 2004);
* ``centroid``: cosine with the document's mean TF-IDF vector (Radev et al. 2004);
* ``title``: cosine with the article's title, when one is given or detected;
* ``coverage``: how much of the document, shrunk to the budget, the sentence says
  (:mod:`summarizer.coverage`);
* ``position`` (in its own article), ``paragraph_start``, ``length`` (words);
* ``quote``, ``linker`` and ``unpunctuated``: a quotation, a sentence that opens with "But"/"He"/"It",
  and a line without closing punctuation (a caption or a label glued into the text).

:func:`design` turns them into the model's features: the graph and text signals as z-scores inside
the document (so that one weight serves a 10-sentence article and a 500-sentence set), position as
indicators of the first sentences plus smooth terms, and the interactions that let a linear model
tell a real lead (first *and* central: it announces what follows) from a body's first sentence after
a removed lead (first, but not central). The shape of the input enters through interactions too:
``share`` (how much of the document the budget keeps: a 3-sentence brief of a long story is its lead,
a brief of 40% of the article is not) and ``titled`` (whether the article has a title, given or
detected).
"""

from __future__ import annotations

import functools
import math
import re

import numpy as np

from ...budget import Budget
from ...coverage import Coverage
from ...graph import pagerank
from ...parse import CLOSING_TAIL, ends_closed
from ...select import standardize
from ...speedups import compiled
from ...vectorize import Features, column_means, edges, row_dot

__all__ = ["FEATURES", "STANDARDIZED", "design", "assemble", "signals", "text_signals", "leans_on", "leaning"]

#: The columns of :func:`design`, in order; the model's weights are stored against these names.
FEATURES = (
    "forward", "backward", "centrality", "centroid", "title", "coverage", "length",
    "first", "second", "third", "fourth_or_fifth", "inverse_position", "relative_position",
    "paragraph_start", "quote", "linker", "log_words", "short", "unpunctuated",
    "first_x_forward", "first_x_centroid", "first_x_coverage", "first_x_title",
    "set_x_inverse_position", "set_x_first",
    "share_x_first", "share_x_inverse_position", "share_x_centrality", "titled_x_first", "titled_x_inverse_position",
)
STANDARDIZED = ("forward", "backward", "centrality", "centroid", "title", "coverage", "length")
#: A sentence shorter than this many words rarely carries a story (a label, "He declined.").
_SHORT_WORDS = 8
#: Up to this many sentences, one article's degrees and its position rows come from arrays made once
#: per size (masks of n x n cells, kept: beyond a few dozen sentences they cost more than they save).
_FEW = 64
# The rows of assemble's array: the positions of first, second and third; the z-scores a first
# sentence's interactions take (forward, centroid, coverage, title).
_FIRST_POSITIONS = np.array([[0], [1], [2]])
_FIRST_X = [0, 3, 5, 4]

#: The words that open a sentence which leans on the one before it (after an opening quote, if any).
_LINKER_WORDS = (
    "But", "And", "However", "Yet", "So", "Or", "Also", "Still", "Meanwhile", "Instead", "Then", "Nevertheless",
    "He", "She", "It", "They", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "We", "I", "You",
    "Him", "Them",
)
_LINKER_SET = frozenset(_LINKER_WORDS)
_LINKER_QUOTES = "\"'“‘"


@functools.lru_cache(maxsize=4)
def _linker_pattern(quotes: str, linkers: frozenset) -> re.Pattern:
    """A text that opens, after one of ``quotes`` or none, with a whole word of ``linkers``."""
    words = "|".join(map(re.escape, sorted(linkers))) or "(?!)"  # no linkers: nothing matches
    opening = f"[{re.escape(quotes)}]?" if quotes else ""
    return re.compile(rf"^{opening}(?:{words})\b")


_LINKER = _linker_pattern(_LINKER_QUOTES, _LINKER_SET)
#: A sentence's terminals (the compiled twin's is_terminal in csrc/segment.h).
_TERMINALS = ".!?…"
# A sentence's end (searched in its last 12 characters only: the pattern is anchored at the end).
_CLOSING = re.compile(r"[.!?…][\"'”’)\]»]*$|[\"”’»]$")
_OPENING_QUOTE = re.compile(r"^[\"'“‘`]")
# "As part of the talks, he is set to meet...": a pronoun subject after an opening phrase.
_PRONOUN_AFTER_PHRASE = re.compile(r"^[^,]{1,80}, (?:he|she|they|it|his|her|their)\b")
_SPEECH = (
    r"(?:said|says|say|told|tells|added|adds|asked|wrote|writes|explained|insisted|claimed|stated|"
    r"announced|declared|warned|argued)"
)
_ATTRIBUTION = re.compile(rf"\b(?:{_SPEECH}|according to)\b", re.IGNORECASE)
# "..., he said." or "said she": the speaker is named elsewhere.
_PRONOUN_SPEAKER = re.compile(rf"\b(?:he|she|they|we|I|it)\s+{_SPEECH}\b|\b{_SPEECH}\s+(?:he|she|they)\b")


def design(features: Features, budget: Budget) -> np.ndarray:
    """The model's features, sentences x :data:`FEATURES`."""
    raw = signals(features, budget)
    document = features.document
    table = document.table  # its columns by index: an unpacking of table.T costs more
    articles, positions, lengths = table[:, 0], table[:, 1], table[:, 2]
    z = standardize(np.array([raw[name] for name in STANDARDIZED]))
    share = min(1.0, budget.target_words / max(float(lengths.sum()), 1.0))
    titles = document.titles
    if len(titles) == 1:  # one article: its size and whether it has a title are numbers, not columns
        per_article, titled = len(document.sentences), 1.0 if titles[0] else 0.0
    else:
        titled = np.array([1.0 if t else 0.0 for t in titles])[articles]
        per_article = np.bincount(articles)[articles]
    return assemble(raw, z, positions, lengths, per_article, float(budget.is_set), share, titled)


def assemble(raw, z, positions, lengths, per_article, is_set, share, titled) -> np.ndarray:
    """The columns of :data:`FEATURES` from the raw signals and the z-scores of :data:`STANDARDIZED`
    (rows in that order); ``per_article`` (the size of each sentence's article), ``titled``,
    ``is_set`` and ``share`` are numbers for the document or arrays of one per sentence (the batch
    path). The matrix is C-ordered, as the model's product expects.

    The columns are written as the rows of one features x sentences array, several at a time where
    one operation makes them (the same operations on the same numbers: each value is the one a
    column of its own gets), then transposed once. One whole article (``per_article`` a number, not
    a set; its positions 0 to n - 1, which its last tells, since they rise) starts from
    :func:`_position_rows` of its size: the rows that depend on nothing else."""
    n = len(positions)
    whole = isinstance(per_article, int) and 0 < per_article == n <= _FEW and positions[-1] == n - 1
    if whole and is_set == 0.0 and (titled == 0.0 or titled == 1.0):
        m = _position_rows(per_article, titled).copy()
    else:
        m = np.empty((len(FEATURES), n))
        _fill_position_rows(m, positions, per_article, is_set, titled)
    m[:7] = z  # forward, backward, centrality, centroid, title, coverage, length
    m[13] = raw["paragraph_start"]
    m[14] = raw["quote"]
    m[15] = raw["linker"]
    m[16] = raw["length"]  # log_words: np.log1p(lengths), as the raw signal has it
    m[17] = lengths < _SHORT_WORDS
    m[18] = raw["unpunctuated"]
    np.multiply(m[7], m[_FIRST_X], out=m[19:23])  # first x forward, centroid, coverage, title
    np.multiply(share, m[[7, 11, 2]], out=m[25:28])  # share x first, inverse_position, centrality
    return np.ascontiguousarray(m.T)


def _fill_position_rows(m: np.ndarray, positions, per_article, is_set, titled) -> None:
    """The rows of ``m`` made from the positions, the article's size, ``is_set`` and ``titled`` alone."""
    m[7:10] = positions == _FIRST_POSITIONS  # first, second, third
    m[10] = (positions == 3) | (positions == 4)
    m[11] = 1.0 / (1.0 + positions)  # inverse_position
    m[12] = positions / np.maximum(per_article - 1, 1)
    np.multiply(is_set, m[[11, 7]], out=m[23:25])  # set x inverse_position, first
    np.multiply(titled, m[[7, 11]], out=m[28:30])  # titled x first, inverse_position


@functools.lru_cache(maxsize=128)
def _position_rows(n: int, titled: float) -> np.ndarray:
    """A features x sentences array whose position rows (:func:`_fill_position_rows`) are those of
    one article of ``n`` sentences (positions 0 to n - 1, not a set); the other rows are zeros, for
    :func:`assemble` to write. The same operations on the same numbers as for each article, done
    once per size (read-only: :func:`assemble` copies it)."""
    m = np.zeros((len(FEATURES), n))
    _fill_position_rows(m, np.arange(n, dtype=np.int64), n, 0.0, titled)
    m.flags.writeable = False
    return m


def signals(features: Features, budget: Budget) -> dict[str, np.ndarray]:
    """Every raw signal, one value per sentence (public so that the fit and the tests can read them)."""
    doc = features.document
    o = features.options
    n = len(doc.sentences)
    texts = [s.text for s in doc.sentences]
    table = doc.table
    articles, positions, lengths = table[:, 0], table[:, 1], table[:, 2]
    forward, backward = _directed_degrees(features.similarity, articles, positions)
    vectors = features.tfidf
    centroid = column_means(vectors)
    norm = math.sqrt(centroid.dot(centroid))  # np.linalg.norm's sum and root, without its checks
    title = np.zeros(n)
    if any(doc.titles):
        title_vectors = features.title_vectors()
        if isinstance(vectors, np.ndarray) and len(title_vectors) == 1:
            # One article: each row times its title's, in the same einsum loop as row_dot's
            # with the title's row repeated (the title's operand has a zero stride along the rows).
            title = np.einsum("ij,j->i", vectors, title_vectors[0])
        else:
            title = row_dot(vectors, title_vectors[articles])
    sentences = doc.sentences  # a sentence opens a paragraph when its paragraph or article is new
    starts = np.array([1.0] * min(n, 1) + [
        1.0 if s.paragraph != before.paragraph or s.article != before.article else 0.0
        for before, s in zip(sentences, sentences[1:])
    ])  # fmt: skip
    return {
        "forward": forward,
        "backward": backward,
        "centrality": pagerank(
            features.similarity, damping=o.damping, tolerance=o.tolerance, max_iterations=o.max_iterations
        ),
        "centroid": vectors @ (centroid / norm) if norm > 0 else np.zeros(n),
        "title": title,
        "coverage": Coverage(features, budget.target_words).signal(),
        "position": positions.astype(np.float64),
        "paragraph_start": starts,
        "length": np.log1p(lengths),
        **text_signals(texts),
    }


def text_signals(texts: list[str]) -> dict[str, np.ndarray]:
    """The signals read off each sentence's text alone: ``quote``, ``linker``, ``unpunctuated``."""
    quote, linker, unpunctuated = _text_flags(texts, CLOSING_TAIL, _closes, _LINKER_QUOTES, _LINKER_SET)
    return {"quote": quote, "linker": linker, "unpunctuated": unpunctuated}


def _text_flags_python(texts: list[str], tail: int, closes, quotes: str, linkers: frozenset) -> tuple:
    """The ``quote``, ``linker`` and ``unpunctuated`` signals of the texts, from the same arguments as
    the compiled twin and read as it reads them: ``closes(text)`` decides a text that ends in a
    newline, the last ``tail`` characters of any other are read for :data:`_TERMINALS` then
    :data:`~summarizer.parse.CLOSERS` or one of :data:`~summarizer.parse.END_QUOTES` at its end; the
    linker signal is one of ``linkers`` opening the text after one of ``quotes`` or none."""
    n = len(texts)
    linker = _linker_pattern(quotes, linkers)
    closed = (closes(t) if t.endswith("\n") else ends_closed(t, _TERMINALS, _CLOSING, tail) for t in texts)
    return (
        np.fromiter(map(_is_quote, texts), dtype=np.float64, count=n),
        np.fromiter(map(bool, map(linker.match, texts)), dtype=np.float64, count=n),
        1.0 - np.fromiter(closed, dtype=np.float64, count=n),
    )


def _text_flags_compiled(texts: list[str], tail: int, closes, quotes: str, linkers: frozenset) -> tuple:
    flags = compiled.text_flags(texts, tail, closes, quotes, linkers)
    return tuple(np.frombuffer(values, dtype=np.float64) for values in flags)


_text_flags = _text_flags_python if compiled is None else _text_flags_compiled


def leans_on(features: Features) -> np.ndarray:
    """For each sentence, the index of the sentence it needs before it, or -1 (see :func:`leaning`)."""
    leans = leaning(features)
    return np.array([leans(i) for i in range(len(features.document.sentences))], dtype=np.int64)


def leaning(features: Features):
    """``leans(i)``: the index of the sentence that sentence ``i`` needs before it, or -1; for the
    selection, which asks it of the few sentences it reaches.

    A sentence leans on its article's previous sentence when it opens with a pronoun or a connective
    ("He", "This", "But", "However"), has a pronoun subject after an opening phrase ("As part of the
    talks, he..."), or is a quotation that names no speaker (none, or "he said"):
    read alone, it leaves the reader asking who or what. An article's first sentence has nothing to lean on.
    """
    sentences = features.document.sentences

    def leans(i: int) -> int:
        return i - 1 if sentences[i].position > 0 and _leans(sentences[i].text) else -1

    return leans


def _leans(text: str) -> bool:
    if _OPENING_QUOTE.match(text):  # a quotation stands alone when it names its speaker
        return not _ATTRIBUTION.search(text) or bool(_PRONOUN_SPEAKER.search(text))
    return bool(_LINKER.match(text) or _PRONOUN_AFTER_PHRASE.match(text))




def _closes(text: str) -> bool:
    """Whether ``_CLOSING`` finds a sentence's end in the last 12 characters of ``text``."""
    return ends_closed(text, _TERMINALS, _CLOSING)


def _is_quote(text: str) -> bool:
    """Whether the sentence quotes someone (straight, curly or TeX-style quotation marks); ``in`` scans
    the text far faster than a pattern with these alternatives would."""
    return '"' in text or "“" in text or "”" in text or "''" in text or "``" in text


def _directed_degrees(sim, articles: np.ndarray, positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n = sim.shape[0]
    if isinstance(sim, np.ndarray) and 0 < n <= _FEW and articles[-1] == articles[0]:
        # One article of a few dozen sentences, dense (larger, its n x n masks cost more than the
        # edges' sums: 13.5 against 5.2 ms at 1,000 sentences): an edge is backward when its end
        # comes earlier (positions rise with the rows). Each sum runs along the row from the left,
        # as np.bincount adds the edges up in row-major order; the zeros it adds for the other
        # side's edges (and the non-edges) change nothing, since every weight is a non-negative cosine.
        sums = np.cumsum(np.where(_sides(n), sim, 0.0), axis=-1)
        return sums[0, :, -1], sums[1, :, -1]
    rows, cols, data = edges(sim)
    backward = positions[cols] < positions[rows]
    if n and articles[-1] != articles[0]:  # a merged set: an edge between two articles is forward
        backward &= articles[rows] == articles[cols]
    forward_sum = np.bincount(rows, weights=np.where(backward, 0.0, data), minlength=n)
    backward_sum = np.bincount(rows, weights=np.where(backward, data, 0.0), minlength=n)
    return forward_sum, backward_sum


@functools.lru_cache(maxsize=32)
def _sides(n: int) -> np.ndarray:
    """``2 x n x n`` masks: the cells right of the diagonal (forward), then left of it (backward)."""
    backward = np.tri(n, k=-1, dtype=bool)
    sides = np.stack([backward.T, backward])
    sides.flags.writeable = False
    return sides

"""Many single articles as one set of flat arrays: sentences, TF-IDF, stem counts and graphs.

Articles are laid end to end: sentence ``i`` of the batch belongs to article ``article[i]``, and the
sentences of article ``a`` are rows ``starts[a]:starts[a + 1]``. Every column of a matrix (a term, a
stem) belongs to one article too, since each article gets its own vocabulary, so the TF-IDF matrix of
the batch is the per-article matrices of :class:`summarizer.vectorize.Features` side by side on the
diagonal, and one sparse product gives every article's similarity graph at once (block diagonal).
A quantity that :mod:`summarizer.vectorize` computes over one article (a document frequency, a
column sum, a norm) is here a sum over a segment (``np.bincount`` by article or by column), never a
corpus-wide one: each article's numbers are those it gets alone.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np
from scipy import sparse

from ..language import lexicon, words
from ..vectorize import Features, code_chunk, weigh

__all__ = ["Flat"]


class Flat:
    """The flat arrays of the articles of ``features`` (each a one-article :class:`Features`)."""

    def __init__(self, features: list[Features]):
        self.features = features
        documents = [f.document for f in features]
        # Lists of Python ints from comprehensions, then one array each (cheaper per number than
        # np.fromiter over a map of attrgetter).
        sizes = np.array([len(d.sentences) for d in documents], dtype=np.int64)
        self.sizes = sizes
        self.starts = np.zeros(len(documents) + 1, dtype=np.int64)
        np.cumsum(sizes, out=self.starts[1:])
        self.article = np.repeat(np.arange(len(documents)), sizes)
        sentences = [s for d in documents for s in d.sentences]
        n = len(sentences)
        # One article per document: a sentence's position is its index in the document.
        self.positions = np.arange(n, dtype=np.int64) - self.starts[self.article]
        self.lengths = np.array([len(s.words) for s in sentences], dtype=np.int64)
        self.paragraphs = np.array([s.paragraph for s in sentences], dtype=np.int64)
        table = np.column_stack([np.zeros(n, dtype=np.int64), self.positions, self.lengths])
        for document, begin, end in zip(documents, self.starts[:-1], self.starts[1:]):
            # The table each document would build for itself (:attr:`Document.table`): shared, not rebuilt.
            document.__dict__["table"] = table[begin:end]

    @property
    def n(self) -> int:
        return len(self.article)

    @cached_property
    def tfidf(self) -> sparse.csr_matrix:
        """Sentences x (article, term) TF-IDF, each article's rows weighed as :class:`Features` does."""
        matrix = self._counts("terms")[0]
        return weigh(matrix, self.idf)

    @cached_property
    def idf(self) -> np.ndarray:
        """Each column's smooth IDF, with the sentences of its own article as the documents."""
        matrix = self._counts("terms")[0]
        df = np.bincount(matrix.indices, minlength=matrix.shape[1])
        documents = self.sizes[self.column_article("terms")]
        return np.log((1.0 + documents) / (1.0 + df)) + 1.0

    @cached_property
    def stems(self) -> sparse.csr_matrix:
        """Sentences x (article, stem) counts of every word, stop words included (the coverage's)."""
        return self._counts("stems")[0]

    def column_article(self, kind: str) -> np.ndarray:
        """The article of each column of the ``terms`` or ``stems`` matrix."""
        return np.repeat(np.arange(len(self.features)), [len(v) for v in self._counts(kind)[1]])

    def title_counts(self, kind: str) -> np.ndarray:
        """Per column of the ``terms`` or ``stems`` matrix, how often the column's article's title (given
        or detected) has it; a title word its article's sentences lack is dropped, as
        :meth:`Features.vectorize` and :class:`summarizer.coverage.Coverage` drop it."""
        matrix, _, columns = self._counts(kind)
        return np.bincount(columns, minlength=matrix.shape[1]).astype(np.float64)

    @cached_property
    def cosines(self) -> sparse.coo_matrix:
        """Cosine of every pair of sentences of one article (the diagonal included), from one product."""
        vectors = self.tfidf
        return (vectors @ vectors.T).tocoo()

    def blocks(self, values: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The entries ``(rows, cols, values)`` of a block-diagonal matrix as one flat buffer holding each
        article's dense ``n x n`` block in turn (see :meth:`block_views`)."""
        offsets = self.block_offsets
        a = self.article[rows]
        local_r, local_c = rows - self.starts[a], cols - self.starts[a]
        buffer = np.zeros(int(offsets[-1]))
        buffer[offsets[a] + local_r * self.sizes[a] + local_c] = values
        return buffer

    @cached_property
    def block_offsets(self) -> np.ndarray:
        offsets = np.zeros(len(self.sizes) + 1, dtype=np.int64)
        np.cumsum(self.sizes * self.sizes, out=offsets[1:])
        return offsets

    def block_views(self, buffer: np.ndarray) -> list[np.ndarray]:
        """Every article's dense ``n x n`` block of a :meth:`blocks` buffer, in order, as views (sliced
        with Python ints, not NumPy's)."""
        offsets = self.block_offsets.tolist()
        return [buffer[begin : begin + n * n].reshape(n, n) for begin, n in zip(offsets, self.sizes.tolist())]

    def _counts(self, kind: str) -> tuple[sparse.csr_matrix, list[list[str]], np.ndarray]:
        cached = self.__dict__.get("_" + kind)
        if cached is None:
            cached = self.__dict__["_" + kind] = _count_matrix(self.features, kind)
        return cached


def _count_matrix(
    features: list[Features], kind: str
) -> tuple[sparse.csr_matrix, list[list[str]], np.ndarray]:
    """Sentences x (article, token) counts of the ``terms`` or ``stems`` of each sentence, each
    article's vocabulary (its tokens in first-seen order: a token's column among the article's own
    is its place there), and the batch column of each title token found in its article's vocabulary."""
    titles = [f.document.titles[0] for f in features]
    vocabularies, columns, lengths, title_columns = code_chunk(
        [lexicon(f.options.language) for f in features],
        [[s.words for s in f.document.sentences] for f in features],
        kind,
        [words(title) if title else None for title in titles],
    )
    rows = np.repeat(np.arange(lengths.size), lengths)
    shape = (lengths.size, sum(map(len, vocabularies)))
    matrix = sparse.csr_matrix((np.ones(columns.size), (rows, columns)), shape=shape)
    matrix.sum_duplicates()
    return matrix, vocabularies, title_columns

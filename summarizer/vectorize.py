"""Vectors: TF-IDF sentence vectors and the sentence-similarity graph built from them.

Each sentence is a "document" for the IDF, as in TextRank and LexRank: a term that appears in every
sentence of the input says nothing about which sentence matters. The weights are exactly those of
scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` (smooth IDF, ``1 + log tf``, L2-normalized rows;
``tests/test_vectorize.py`` checks the two agree), computed here because the vectorizer's per-call
input validation costs 4-6 ms, more than our whole pipeline spends on a news article.

An ordinary article has a few dozen sentences and a few hundred terms: its matrices are dense NumPy
arrays, where every operation costs microseconds. Past ``_DENSE_CELLS`` cells (large merged sets) they
are SciPy sparse matrices, so memory stays linear. Both support the operations the ranking steps use
(``@``, row indexing, ``mean``), and :func:`row_dot` and :func:`edges` cover the rest.
"""

from __future__ import annotations

import functools
from functools import cached_property
from itertools import chain

import numpy as np
from scipy import sparse

from .document import Document
from .language import Lexicon, _pieces_python, _terms_python, detect_language, lexicon, terms, words
from .options import Options
from .speedups import compiled

__all__ = [
    "Features", "tfidf_matrix", "count_matrix", "code_chunk", "weigh", "similarity_graph", "column_means",
    "axis_sums", "row_dot", "edges",
]

#: Dense up to this many cells. An article (some 30 sentences x 500 terms; 1 of 2,478 BBC and
#: CNN/DailyMail articles has more than 100,000) stays dense; a merged set of 10 articles (250 x 3,000)
#: goes sparse, where the dense product and graph cost more than sparse ones (a 50-article set: half
#: the time of the old limit, 2,000,000). ``benchmarks/dense_limit.py``: the 216 sets of DUC 2003, TAC,
#: MultiLing and BBC sets of 10 to 100 articles get the same briefs at 2,000,000, 500,000 and 200,000;
#: at 100,000 one DUC brief changes (issue 15).
_DENSE_CELLS = 500_000
# Rows of a sparse similarity product are computed this many at a time, which bounds the dense block
# in memory (block x sentences floats) however large the input is.
_BLOCK = 512


class Features:
    """The vectors of one document, computed on first use and shared by the ranking steps."""

    def __init__(self, document: Document, options: Options):
        self.document = document
        #: ``options`` with the language resolved: the one given, else the one the text is in.
        self.options = options if options.language is not None else options.with_language(
            detect_language(a.text for a in document.articles)
        )

    @cached_property
    def terms(self) -> list[list[str]]:
        """The TF-IDF terms of each sentence (:func:`summarizer.language.terms`)."""
        lex = lexicon(self.options.language)
        return [lex.terms(s.words) for s in self.document.sentences]

    @cached_property
    def stem_matrix(self):
        """Sentences x stems counts of all words (stop words included), and the stem vocabulary;
        dense or sparse by the same rule as the TF-IDF matrix."""
        seen, ids, lengths, _ = self._stem_codes
        return _count_codes(ids, lengths, len(seen)), self._stem_vocabulary

    @property
    def stem_vocabulary(self) -> dict[str, int]:
        """The columns of :attr:`stem_matrix`, known without building the matrix."""
        return self.stem_matrix[1] if "stem_matrix" in self.__dict__ else self._stem_vocabulary

    @cached_property
    def _stem_vocabulary(self) -> dict[str, int]:
        seen = self._stem_codes[0]
        return dict(zip(seen, range(len(seen))))

    @cached_property
    def stem_cells(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """What the coverage reads of :attr:`stem_matrix`: its non-zero cells ``(rows, cols, counts)``
        in row-major order (:func:`edges`'), its column sums and its row sums (floats). Taken from the
        stems' codes without building the matrix, whose cells are mostly zeros; the counts and sums
        are whole numbers, the same however they are added up."""
        if "stem_matrix" in self.__dict__:  # given (a subset's, on the whole document's columns)
            matrix, _ = self.stem_matrix
            return (*edges(matrix), axis_sums(matrix, 0), axis_sums(matrix, 1))
        seen, ids, lengths, _ = self._stem_codes
        width = max(len(seen), 1)
        totals = np.bincount(ids, minlength=width).astype(np.float64)
        return (*_cells(ids, lengths, width), totals, lengths.astype(np.float64))

    @property
    def title_stem_counts(self) -> np.ndarray | None:
        """How often one article's title (given or detected) has each column of :attr:`stem_matrix`
        (floats; a title stem the sentences lack is dropped), found in the pass that codes the
        sentences' stems; None for a merged set or stems given from elsewhere (a subset's)."""
        if "stem_matrix" in self.__dict__ or len(self.document.titles) != 1:
            return None
        seen, _, _, titled = self._stem_codes
        return np.bincount(titled, minlength=max(len(seen), 1)).astype(np.float64)

    @cached_property
    def _stem_codes(self) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
        return self._codes("stems")

    def _codes(self, kind: str) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
        """The ``terms`` or ``stems`` of the sentences coded in one pass (:func:`code_chunk`, without
        a list of strings per sentence): the vocabulary in first-seen order, every token's code (its
        place there), each sentence's number of tokens, and the codes of one article's title tokens
        that the sentences have (none for a merged set, whose articles share the columns)."""
        words = [[s.words for s in self.document.sentences]]
        lexicons, titles = [lexicon(self.options.language)], [self._title_words]
        keys, ids, lengths, titled = code_chunk(lexicons, words, kind, titles)
        return keys[0], ids, lengths, titled

    @cached_property
    def _title_words(self) -> list[str] | None:
        """The words of one article's title (given or detected); None without one or for a merged set."""
        titles = self.document.titles
        return words(titles[0]) if len(titles) == 1 and titles[0] else None

    def subset(self, indices: np.ndarray) -> "Features":
        """The features of some of the sentences, sharing what was computed for all of them (vectors
        keep the whole document's IDF)."""
        document = Document(self.document.articles, tuple(self.document.sentences[i] for i in indices))
        part = Features(document, self.options)
        part.__dict__["terms"] = [self.terms[i] for i in indices]
        matrix, idf, _ = self._fitted
        part.__dict__["_fitted"] = (matrix[indices], idf, None)  # its titles by vectorize
        part.__dict__["_vocabulary"] = self._vocabulary
        stem_matrix, stem_vocabulary = self.stem_matrix
        part.__dict__["stem_matrix"] = (stem_matrix[indices], stem_vocabulary)
        return part

    @cached_property
    def _term_columns(self) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The terms coded in one pass (:meth:`_codes`), each code turned into its column of the
        sorted vocabulary: the terms in first-seen order, the codes in the order of their terms
        (column ``c`` is the term ``seen[order[c]]``), every token's column, each sentence's number
        of tokens, and the columns of one article's title tokens that the sentences have. The codes
        are sorted by their terms, not the terms themselves: the same order (the terms are
        distinct), without a dict of the vocabulary, which :attr:`_vocabulary` makes when asked."""
        seen, ids, lengths, titled = self._codes("terms")
        k = len(seen)
        order = np.fromiter(sorted(range(k), key=seen.__getitem__), dtype=np.int64, count=k)
        column = np.empty(k, dtype=np.int64)
        column[order] = np.arange(k)
        return seen, order, column[ids], lengths, column[titled]

    @cached_property
    def _vocabulary(self) -> dict[str, int]:
        """The columns of :attr:`tfidf`, ``{term: column}`` in sorted order (as :func:`tfidf_matrix`'s)."""
        seen, order = self._term_columns[:2]
        return dict(zip(map(seen.__getitem__, order.tolist()), range(len(seen))))

    @cached_property
    def _fitted(self) -> tuple:
        """``(matrix, idf, title)``: ``tfidf_matrix(self.terms)``'s matrix and IDF, from
        :attr:`_term_columns` (the vocabulary sorted, as there), and one dense article's title
        vector (:meth:`title_vectors`' row, weighed in the same pass) or None."""
        _, _, columns, lengths, titled = self._term_columns
        n, width = len(lengths), max(len(self._term_columns[0]), 1)
        if n * width > _DENSE_CELLS:
            return (*_tfidf_counts(_count_codes(columns, lengths, width)), None)
        # Dense: the counts by one bincount over the cells' places (the title as a row after the
        # sentences, out of the IDF), each count's 1 + log(count) read off a table made by the same
        # np.log (every layout of np.log gives the same double for a count; ``take``, not an index,
        # which parses its argument and walks the cells more slowly), times the IDF.
        titled_row = len(self.document.titles) == 1
        rows = n + titled_row
        keys = np.repeat(np.arange(0, n * width, width), lengths) + columns
        if titled_row:
            keys = np.concatenate((keys, titled + n * width))
        counts = np.bincount(keys, minlength=rows * width).reshape(rows, width)
        df = np.add.reduce(counts[:n] > 0 if titled_row else counts > 0, axis=0)
        idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
        matrix = _tf_weights(len(keys)).take(counts) if len(keys) < _TF_TABLE else _tf(counts)
        matrix *= idf
        _normalized(matrix)
        return (matrix[:n], idf, matrix[n]) if titled_row else (matrix, idf, None)

    @property
    def tfidf(self):
        """Sentences x terms, rows L2-normalized (all-zero for a sentence without content words)."""
        return self._fitted[0]

    def vectorize(self, texts: list[str]):
        """Other texts (a title) in the same space as the sentences: their unknown terms are dropped."""
        vocabulary, idf = self._vocabulary, self._fitted[1]
        language = self.options.language
        known = [[t for t in terms(text, language) if t in vocabulary] for text in texts]
        return weigh(count_matrix(known, vocabulary, dense=isinstance(self.tfidf, np.ndarray)), idf)

    def title_vectors(self):
        """:meth:`vectorize` of the document's titles (given or detected, ``""`` for none), one row per
        article; one dense article's title weighed with the sentences (:attr:`_fitted`), from the
        columns its terms were coded to with theirs (the same counts, so the same weights), without
        coding its words again."""
        title = self._fitted[2]
        if title is None:
            return self.vectorize([t or "" for t in self.document.titles])
        return title[None, :]

    @cached_property
    def similarity(self):
        return similarity_graph(self.tfidf, self.options.graph_neighbours)

    def similarities_to(self, index: int) -> np.ndarray:
        """Cosine of every sentence with sentence ``index``, as a 1-D array."""
        vectors = self.tfidf
        if isinstance(vectors, np.ndarray):
            return vectors @ vectors[index]
        return (vectors @ vectors[index].T).toarray().ravel()


def tfidf_matrix(documents: list[list[str]]):
    """``(matrix, vocabulary, idf)`` for term lists, with scikit-learn's sublinear, smooth TF-IDF."""
    ordered = sorted(set(chain.from_iterable(documents)))  # set and zip: no bytecode per term
    vocabulary = dict(zip(ordered, range(len(ordered))))
    matrix, idf = _tfidf_counts(count_matrix(documents, vocabulary))
    return matrix, vocabulary, idf


def _tfidf_counts(counts) -> tuple:
    """:func:`tfidf_matrix`'s matrix and IDF from the documents x vocabulary counts."""
    indices = counts.indices if sparse.issparse(counts) else np.nonzero(counts)[1]
    df = np.bincount(indices, minlength=counts.shape[1])
    idf = np.log((1.0 + counts.shape[0]) / (1.0 + df)) + 1.0
    return weigh(counts, idf), idf


def count_matrix(documents: list[list[str]], vocabulary: dict[str, int], *, dense: bool | None = None):
    """Documents x vocabulary counts of the tokens (all in ``vocabulary``): dense up to
    ``_DENSE_CELLS`` cells, else sparse (CSR), unless ``dense`` says which."""
    lengths = np.fromiter(map(len, documents), dtype=np.int64, count=len(documents))
    return _count_codes(_codes(documents, vocabulary), lengths, len(vocabulary), dense=dense)


def _count_codes(ids: np.ndarray, lengths: np.ndarray, size: int, *, dense: bool | None = None):
    """:func:`count_matrix` from every token's code in a vocabulary of ``size`` and each document's
    number of tokens."""
    n, width = len(lengths), max(size, 1)
    rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
    if dense if dense is not None else n * width <= _DENSE_CELLS:
        return np.bincount(rows * width + ids, minlength=n * width).reshape(n, width).astype(np.float64)
    matrix = sparse.csr_matrix((np.ones(ids.size), (rows, ids)), shape=(n, width))
    matrix.sum_duplicates()
    return matrix


def _first_seen(documents: list[list[str]]) -> dict[str, int]:
    """``{token: index}`` with the indices in the order the tokens first occur."""
    vocabulary = dict.fromkeys(chain.from_iterable(documents))
    return dict(zip(vocabulary, range(len(vocabulary))))


def _codes_python(documents: list[list[str]], vocabulary: dict[str, int]) -> np.ndarray:
    """The vocabulary index of every token, document after document (int64)."""
    return np.array([vocabulary[t] for doc in documents for t in doc], dtype=np.int64)


def _codes_compiled(documents: list[list[str]], vocabulary: dict[str, int]) -> np.ndarray:
    return np.frombuffer(compiled.codes(documents, vocabulary), dtype=np.int64)  # a writable bytearray


# The compiled twin where built (summarizer.speedups): the same codes.
_codes = _codes_python if compiled is None else _codes_compiled


def code_chunk(
    lexicons: list[Lexicon],
    articles: list[list[tuple[str, ...]]],
    kind: str,
    titles: list[tuple[str, ...] | None],
) -> tuple[list[list[str]], np.ndarray, np.ndarray, np.ndarray]:
    """The ``terms`` or ``stems`` (:meth:`Lexicon.terms`, :meth:`Lexicon.stems`) of many articles,
    each given as its sentences' words and read by its own lexicon, coded in one pass: ``(keys,
    columns, lengths, titled)``, each article's vocabulary as its tokens in first-seen order (a token's
    column among the article's own is its place there; no dict is built), the column of every token
    with the articles' columns side by side (article ``a``'s first column is the sum of the earlier
    vocabularies' sizes), each sentence's number of tokens, and the columns of each article's title
    tokens (``titles``: its words, or None) that its vocabulary has, in order: a title token the
    sentences lack is dropped (int64 arrays). No list of strings is built per sentence. The batch's
    vectors (:mod:`summarizer.batch.flat`) and :class:`Features` use it."""
    tables = [lex.tables[kind] for lex in lexicons]
    return _chunk_codes(tables, articles, kind == "stems", titles)


def _chunk_codes_python(tables: list, articles: list, concatenate: bool, titles: list):
    look = _pieces_python if concatenate else _terms_python
    vocabularies, columns, lengths, titled, offset = [], [], [], [], 0
    for table, sentences, title in zip(tables, articles, titles, strict=True):
        tokens = [look(table, found) for found in sentences]
        vocabulary = _first_seen(tokens)
        columns.append(_codes_python(tokens, vocabulary) + offset)
        lengths.extend(map(len, tokens))
        if title is not None:
            titled.extend(offset + vocabulary[t] for t in look(table, title) if t in vocabulary)
        vocabularies.append(list(vocabulary))
        offset += len(vocabulary)
    joined = np.concatenate(columns) if columns else np.zeros(0, dtype=np.int64)
    return vocabularies, joined, np.array(lengths, dtype=np.int64), np.array(titled, dtype=np.int64)


def _chunk_codes_compiled(tables: list, articles: list, concatenate: bool, titles: list):
    vocabularies, columns, lengths, titled = compiled.chunk_codes(tables, articles, concatenate, titles)
    as_codes = lambda data: np.frombuffer(data, dtype=np.int64)  # noqa: E731 - writable bytearrays
    return vocabularies, as_codes(columns), as_codes(lengths), as_codes(titled)


_chunk_codes = _chunk_codes_python if compiled is None else _chunk_codes_compiled


#: Up to this many tokens, a dense matrix's TF weights are read off :func:`_tf_weights` (a cell's
#: count is at most the tokens); more (a hostile sentence of one word repeated), worked out per cell.
_TF_TABLE = 1 << 16


def _tf_weights(tokens: int) -> np.ndarray:
    """The TF weight of a cell by its count (``0`` for none, else ``1 + log(count)``), for counts up to
    ``tokens``: a table made once per power of two (:func:`_tf_table`)."""
    return _tf_table(tokens.bit_length())


@functools.lru_cache(maxsize=None)
def _tf_table(bits: int) -> np.ndarray:
    """``0`` then ``1 + log(c)`` for ``c = 1 .. 2**bits - 1`` (read-only). ``np.log`` gives the same
    double for a count whatever the array's layout (contiguous, strided or masked: checked for every
    count below :data:`_TF_TABLE` by the tests), so these are :func:`weigh`'s weights."""
    table = np.zeros(1 << bits)
    table[1:] = np.log(np.arange(1, 1 << bits, dtype=np.float64)) + 1.0
    table.flags.writeable = False
    return table


def _tf(counts: np.ndarray) -> np.ndarray:
    """:func:`weigh`'s ``1 + log(count)`` of each cell of dense ``counts`` (0 for none), per cell."""
    present = counts > 0
    weights = np.log(counts, out=np.zeros(counts.shape), where=present)
    weights += present
    return weights


def weigh(counts, idf: np.ndarray):
    """``1 + log(count)`` times the IDF, rows L2-normalized; dense or sparse like ``counts``."""
    if sparse.issparse(counts):
        matrix = counts.copy()
        matrix.data = (1.0 + np.log(matrix.data)) * idf[matrix.indices]
        rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
        norms = np.sqrt(np.bincount(rows, weights=matrix.data * matrix.data, minlength=matrix.shape[0]))
        matrix.data /= norms[rows]  # a row with a cell has a positive norm
        return matrix
    matrix = _tf(counts)
    matrix *= idf
    return _normalized(matrix)


def _normalized(matrix: np.ndarray) -> np.ndarray:
    """A dense ``matrix`` with its rows divided by their L2 norms (in place; zero rows stay zero)."""
    norms = np.sqrt(np.einsum("ij,ij->i", matrix, matrix))
    matrix /= np.where(norms > 0, norms, 1.0)[:, None]
    return matrix


def _cells(ids: np.ndarray, lengths: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The non-zero cells of the documents x ``width`` counts of the codes ``ids`` (``lengths`` per
    document), ``(rows, cols, counts)`` in row-major order as :func:`edges` gives them, counts as floats."""
    keys = np.repeat(np.arange(0, len(lengths) * width, width), lengths) + ids  # a cell's place, row-major
    keys.sort()
    # np.unique's cells and counts by its own steps, fewer calls: a cell starts where the sorted
    # places change, and its count is the distance to the next start.
    starts = np.empty(len(keys) + 1, dtype=bool)
    starts[0] = starts[-1] = True
    np.not_equal(keys[1:], keys[:-1], out=starts[1:-1])
    (at,) = starts.nonzero()
    rows, cols = np.divmod(keys[at[:-1]], width)
    return rows, cols, np.subtract(at[1:], at[:-1], dtype=np.float64)


def similarity_graph(vectors, neighbours: int):
    """Cosine similarity between rows, without self-loops, keeping each row's top ``neighbours``.

    The full graph has n^2 edges; keeping the strongest ``neighbours`` per sentence (then taking the
    union, so the graph stays symmetric) makes time and memory linear in n for large merged sets, and
    changes nothing for inputs of at most ``neighbours + 1`` sentences. The result has the type of
    ``vectors``: dense for dense vectors, sparse for sparse ones.
    """
    n = vectors.shape[0]
    if isinstance(vectors, np.ndarray):
        graph = vectors @ vectors.T
        graph.flat[:: n + 1] = 0.0  # the diagonal: np.fill_diagonal's own step, without its checks
        if n - 1 > neighbours:
            weakest = np.argpartition(-graph, neighbours, axis=1)[:, neighbours:]
            pruned = graph.copy()
            np.put_along_axis(pruned, weakest, 0.0, axis=1)
            graph = np.maximum(pruned, pruned.T)
        return graph
    rows, cols, vals = [], [], []
    transposed = vectors.T.tocsc()
    for begin in range(0, n, _BLOCK):
        block = (vectors[begin : begin + _BLOCK] @ transposed).toarray()
        idx = np.arange(block.shape[0])
        block[idx, begin + idx] = 0.0
        if n - 1 > neighbours:
            keep = np.argpartition(-block, neighbours, axis=1)[:, :neighbours]
        else:
            keep = np.broadcast_to(np.arange(n), block.shape)
        kept = np.take_along_axis(block, keep, axis=1)
        mask = kept > 0
        rows.append(np.repeat(begin + idx, mask.sum(axis=1)))
        cols.append(keep[mask])
        vals.append(kept[mask])
    graph = sparse.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n))
    return graph.maximum(graph.T).tocsr()


def column_means(matrix) -> np.ndarray:
    """The mean of each column as a 1-D array (dense or sparse alike); for a dense matrix the sum
    and division of ``matrix.mean(axis=0)``, without its wrapper's checks."""
    if isinstance(matrix, np.ndarray):
        return np.add.reduce(matrix, axis=0) / matrix.shape[0]
    return np.asarray(matrix.mean(axis=0)).ravel()


def axis_sums(matrix, axis: int) -> np.ndarray:
    """``matrix.sum(axis=axis)`` as a 1-D array (dense or sparse alike; a dense matrix's by the same
    reduction, without the method's wrapper)."""
    if isinstance(matrix, np.ndarray):
        return np.add.reduce(matrix, axis=axis)
    return np.asarray(matrix.sum(axis=axis)).ravel()


def row_dot(a, b) -> np.ndarray:
    """Dot product of each row of ``a`` with the same row of ``b`` (dense or sparse alike)."""
    if isinstance(a, np.ndarray):
        return np.einsum("ij,ij->i", a, b)
    return np.asarray(a.multiply(b).sum(axis=1)).ravel()


def edges(graph) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(rows, cols, weights)`` of the non-zero edges of a dense or sparse graph."""
    if isinstance(graph, np.ndarray):
        rows, cols = np.nonzero(graph)
        return rows, cols, graph[rows, cols]
    coo = graph.tocoo()
    return coo.row, coo.col, coo.data

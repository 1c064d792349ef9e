import numpy as np
import pytest
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.vectorize import Features, similarity_graph, tfidf_matrix

DOCS = [["rebel", "seiz", "port", "port"], ["fuel", "price", "rose"], ["rebel", "fuel"], []]


def test_tfidf_equals_scikit_learns_vectorizer():
    matrix, vocabulary, _ = tfidf_matrix(DOCS)
    reference = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True).fit(DOCS)
    assert vocabulary == reference.vocabulary_
    assert np.allclose(matrix, reference.transform(DOCS).toarray())


def test_sparse_and_dense_paths_agree(monkeypatch):
    dense = tfidf_matrix(DOCS)[0]
    monkeypatch.setattr("summarizer.vectorize._DENSE_CELLS", 0)
    sparse_matrix = tfidf_matrix(DOCS)[0]
    assert sparse.issparse(sparse_matrix) and np.allclose(sparse_matrix.toarray(), dense)
    for k in (1, 2, 10):
        assert np.allclose(similarity_graph(sparse_matrix, k).toarray(), similarity_graph(dense, k))


def test_graph_keeps_top_neighbours_and_stays_symmetric_without_self_loops():
    vectors = np.array([[1, 0], [0.8, 0.6], [0.6, 0.8], [0, 1]], dtype=float)
    full = similarity_graph(vectors, neighbours=10)
    assert np.allclose(full, full.T) and np.allclose(np.diag(full), 0)
    assert np.isclose(full[0, 1], 0.8) and np.isclose(full[0, 2], 0.6) and full[0, 3] == 0
    pruned = similarity_graph(vectors, neighbours=1)
    # Row 0 keeps only its best (1); row 3 keeps 2; the union is symmetric.
    assert np.allclose(pruned, pruned.T)
    assert pruned[0, 2] == 0 and np.isclose(pruned[0, 1], 0.8) and np.isclose(pruned[3, 2], 0.8)


def test_sparse_graph_is_the_same_across_row_blocks():
    rng = np.random.default_rng(0)
    dense = rng.random((1200, 30)) * (rng.random((1200, 30)) > 0.8)
    dense /= np.where(np.linalg.norm(dense, axis=1, keepdims=True) == 0, 1, np.linalg.norm(dense, axis=1, keepdims=True))
    expected = dense @ dense.T
    np.fill_diagonal(expected, 0)
    assert np.allclose(similarity_graph(sparse.csr_matrix(dense), neighbours=5000).toarray(), expected)


def test_sentences_of_stop_words_only_give_zero_vectors():
    features = Features(read_document("It was. It is."), make_options())
    assert features.tfidf.shape[0] == 2 and not np.any(features.tfidf)
    assert not np.any(features.similarity)


@pytest.mark.parametrize("cells", [0, 10**9])
def test_titles_are_vectorized_in_the_sentence_space(monkeypatch, cells):
    monkeypatch.setattr("summarizer.vectorize._DENSE_CELLS", cells)
    features = Features(read_document("Rebels seized the port. Fuel prices rose."), make_options())
    title = features.vectorize(["Rebels seize port", "Unrelated words"])
    title = title if isinstance(title, np.ndarray) else title.toarray()
    first = features.tfidf[0] if isinstance(features.tfidf, np.ndarray) else features.tfidf[0].toarray().ravel()
    assert np.isclose(title[0] @ first, 1.0) and not np.any(title[1])


def _seed_texts():
    from pathlib import Path

    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in seeds[:20]] + [
        "The and of it. It was.",  # no term at all: one zero column
        "Cats eat fish. Dogs eat fish and meat, and cats eat meat.",
        "Rebels seized the port.",  # one sentence
        " ".join(f"Sentence {i} names ship{i % 7} and port{i % 5}." for i in range(70)),  # past 64 sentences
        "Fish fish fish fish. Fish!",  # one term, counted many times in a cell
    ]


@pytest.mark.parametrize("pure", [False, True])
def test_an_articles_vectors_from_cells_are_the_counts_matrices_to_the_bit(pure, monkeypatch):
    # Features builds one article's TF-IDF and coverage cells from the coded terms and stems; they
    # must be exactly what tfidf_matrix and the dense stem counts give (the same operations per cell).
    from summarizer import vectorize
    from summarizer.language import lexicon

    if pure:
        monkeypatch.setattr(vectorize, "_chunk_codes", vectorize._chunk_codes_python)
    lex = lexicon("english")
    for text in _seed_texts():
        features = Features(read_document(text), make_options(language="english"))
        matrix, idf, _ = features._fitted
        expected, expected_vocabulary, expected_idf = tfidf_matrix(features.terms)
        assert features._vocabulary == expected_vocabulary
        assert list(features._vocabulary) == list(expected_vocabulary)  # the sorted order too
        assert np.array_equal(matrix, expected) and np.array_equal(idf, expected_idf)
        rows, cols, counts, totals, lengths = features.stem_cells
        stems = [lex.stems(s.words) for s in features.document.sentences]
        counts_matrix = vectorize.count_matrix(stems, features.stem_vocabulary)
        r, c = np.nonzero(counts_matrix)
        assert np.array_equal(rows, r) and np.array_equal(cols, c)
        assert np.array_equal(counts, counts_matrix[r, c])
        assert np.array_equal(totals, counts_matrix.sum(axis=0)) and np.array_equal(lengths, counts_matrix.sum(axis=1))


@pytest.mark.parametrize("pure", [False, True])
def test_one_articles_title_from_the_coding_pass_is_vectorize_and_the_stem_counts_to_the_bit(pure, monkeypatch):
    # A titled article's title vector and title stem counts come from the pass that codes its
    # sentences; they must be what vectorize and count_matrix of the title's words give.
    from summarizer import vectorize
    from summarizer.language import stems

    if pure:
        monkeypatch.setattr(vectorize, "_chunk_codes", vectorize._chunk_codes_python)
    titles = ["Cats and dogs eat fish", "Nothing the text says", "", None, "Fish FISH fish!"]
    for text in _seed_texts():
        for title in titles:
            document = read_document({"text": text, "title": title})
            features = Features(document, make_options(language="english"))
            given = document.titles[0] or ""
            assert np.array_equal(features.title_vectors(), features.vectorize([given]))
            vocabulary = features.stem_vocabulary
            known = [[s for s in stems(given, "english") if s in vocabulary]]
            assert np.array_equal(features.title_stem_counts, vectorize.count_matrix(known, vocabulary)[0])


def test_a_subsets_and_a_sets_titles_go_through_vectorize():
    document = read_document([{"text": "Cats eat fish. Dogs eat meat.", "title": "Cats"}, "Fish swim. Cats sleep."])
    features = Features(document, make_options(language="english"))
    assert features.title_stem_counts is None
    assert np.array_equal(features.title_vectors(), features.vectorize(["Cats", ""]))
    single = Features(read_document({"text": "Cats eat fish. Dogs eat meat. Fish swim.", "title": "Cats"}),
                      make_options(language="english"))  # fmt: skip
    part = single.subset(np.array([0, 2]))
    assert part.title_stem_counts is None
    assert np.array_equal(part.title_vectors(), single.vectorize(["Cats"]))


def test_the_tf_table_is_np_logs_weight_of_every_count_in_every_layout():
    # A dense matrix's 1 + log(count) is read off a table; it must be the double np.log gives the same
    # count where weigh computes it (a contiguous or masked array, any offset or stride).
    from summarizer.vectorize import _TF_TABLE, _tf, _tf_weights

    table = _tf_weights(_TF_TABLE - 1)
    counts = np.arange(_TF_TABLE)
    assert len(table) == _TF_TABLE and table[0] == 0.0
    assert np.array_equal(table, _tf(counts))  # contiguous
    spread = np.zeros(3 * _TF_TABLE, dtype=np.int64)
    spread[::3] = counts  # masked: each count alone between zeros
    assert np.array_equal(_tf(spread)[::3], table)
    for offset in range(1, 9):
        assert np.array_equal(np.log(counts[offset::7].astype(np.float64)) + 1.0, table[offset::7])
    assert np.array_equal([np.log(np.array([float(c)]))[0] + 1.0 for c in range(1, 300)], table[1:300])
    for tokens in (0, 1, 2, 3, 255, 256, 1000):
        assert len(_tf_weights(tokens)) > tokens and np.array_equal(_tf_weights(tokens), table[: len(_tf_weights(tokens))])


@pytest.mark.parametrize("table", [True, False])
def test_one_articles_matrix_with_its_title_row_is_the_matrix_and_vectorize_to_the_bit(table, monkeypatch):
    # One dense article's title is weighed as a row after its sentences' (out of their IDF): the
    # sentences' rows, the IDF and the title's row must be tfidf_matrix's and vectorize's, with the
    # weights from the table or (past it, a hostile input) per cell.
    if not table:
        monkeypatch.setattr("summarizer.vectorize._TF_TABLE", 0)
    for text in _seed_texts():
        for title in ("Cats and dogs eat fish", "Nothing the text says", "", None, "Fish FISH fish port1!"):
            features = Features(read_document({"text": text, "title": title}), make_options(language="english"))
            matrix, idf, title_row = features._fitted
            expected, _, expected_idf = tfidf_matrix(features.terms)
            assert np.array_equal(matrix, expected) and np.array_equal(idf, expected_idf)
            assert matrix.flags.c_contiguous and title_row is not None
            assert np.array_equal(features.title_vectors(), features.vectorize([features.document.titles[0] or ""]))


def test_a_sparse_articles_title_goes_through_vectorize(monkeypatch):
    monkeypatch.setattr("summarizer.vectorize._DENSE_CELLS", 0)
    features = Features(read_document({"text": "Cats eat fish. Dogs eat meat.", "title": "Cats"}), make_options())
    assert sparse.issparse(features.tfidf) and features._fitted[2] is None
    assert np.array_equal(features.title_vectors().toarray(), features.vectorize(["Cats"]).toarray())


def test_cells_are_np_uniques_cells_and_counts():
    # _cells finds the non-zero cells by np.unique's steps written out: the same cells, in row-major order.
    from summarizer.vectorize import _cells

    rng = np.random.default_rng(3)
    cases = [([], [0], 1), ([], [0, 0], 4), ([0], [1], 1), ([2, 2, 0, 2], [4], 3), ([1, 0], [0, 2, 0], 2)]
    for n in (1, 2, 25, 70):
        width = int(rng.integers(1, 40))
        lengths = rng.integers(0, 12, n)
        cases.append((rng.integers(0, width, lengths.sum()), lengths, width))
    for ids, lengths, width in cases:
        ids, lengths = np.asarray(ids, dtype=np.int64), np.asarray(lengths, dtype=np.int64)
        places, counts = np.unique(np.repeat(np.arange(len(lengths)), lengths) * width + ids, return_counts=True)
        rows, cols, found = _cells(ids, lengths, width)
        assert np.array_equal(rows, places // width) and np.array_equal(cols, places % width)
        assert found.dtype == np.float64 and np.array_equal(found, counts)

import numpy as np
from scipy import sparse

from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.vectorize import Features, similarity_graph


def test_graph_keeps_top_neighbours_and_stays_symmetric_without_self_loops():
    vectors = sparse.csr_matrix(np.array([[1, 0], [0.8, 0.6], [0.6, 0.8], [0, 1]], dtype=float))
    full = similarity_graph(vectors, neighbours=10).toarray()
    assert np.allclose(full, full.T) and np.allclose(np.diag(full), 0)
    assert np.isclose(full[0, 1], 0.8) and np.isclose(full[0, 2], 0.6) and full[0, 3] == 0
    pruned = similarity_graph(vectors, neighbours=1).toarray()
    # Row 0 keeps only its best (1); row 3 keeps 2; the union is symmetric.
    assert np.allclose(pruned, pruned.T)
    assert pruned[0, 2] == 0 and np.isclose(pruned[0, 1], 0.8) and np.isclose(pruned[3, 2], 0.8)


def test_graph_is_the_same_across_row_blocks():
    rng = np.random.default_rng(0)
    vectors = sparse.csr_matrix(rng.random((1200, 30)) * (rng.random((1200, 30)) > 0.8))
    norms = np.sqrt(np.asarray(vectors.multiply(vectors).sum(axis=1))).ravel()
    vectors = sparse.diags(1 / np.where(norms == 0, 1, norms)) @ vectors
    dense = (vectors @ vectors.T).toarray()
    np.fill_diagonal(dense, 0)
    assert np.allclose(similarity_graph(vectors.tocsr(), neighbours=5000).toarray(), dense)


def test_sentences_of_stop_words_only_give_zero_vectors():
    features = Features(read_document("It was. It is."), make_options())
    assert features.tfidf.shape[0] == 2 and features.tfidf.nnz == 0
    assert features.similarity.nnz == 0

import numpy as np
from scipy import sparse

from summarizer.graph import pagerank

ARGS = dict(damping=0.85, tolerance=1e-12, max_iterations=1000)


def test_star_graph_matches_the_hand_computed_stationary_vector():
    # Centre c linked to a and b. p_a = 0.05 + 0.425 p_c and p_c = 0.05 + 1.7 p_a give
    # p_a = p_b = 0.07125 / 0.2775 and p_c = 0.05 + 1.7 p_a.
    w = sparse.csr_matrix(np.array([[0, 0, 1], [0, 0, 1], [1, 1, 0]], dtype=float))
    p_a = 0.07125 / 0.2775
    assert np.allclose(pagerank(w, **ARGS), [p_a, p_a, 0.05 + 1.7 * p_a])


def test_graph_without_edges_is_uniform_and_the_iteration_cap_holds():
    assert np.allclose(pagerank(sparse.csr_matrix((4, 4)), **ARGS), 0.25)
    w = sparse.csr_matrix(np.array([[0, 1], [0, 0]], dtype=float))
    once = pagerank(w, damping=0.85, tolerance=0.0, max_iterations=1)
    # One step from uniform: node 1 gets 0.075 + 0.85 * (0.5 + 0.5 * 0.5); node 0 gets 0.075 + 0.85 * 0.25.
    assert np.allclose(once, [0.075 + 0.85 * 0.25, 0.075 + 0.85 * 0.75])


def test_personalization_pulls_mass_towards_its_nodes():
    w = sparse.csr_matrix(np.ones((3, 3)) - np.eye(3))
    p = pagerank(w, **ARGS, personalization=np.array([1.0, 0, 0]))
    assert p[0] > p[1] == p[2] and np.isclose(p.sum(), 1)


def test_a_small_dense_graph_is_solved_exactly_and_agrees_with_the_power_iteration():
    rng = np.random.default_rng(7)
    w = rng.random((30, 30)) * (rng.random((30, 30)) < 0.3)
    w = w + w.T
    np.fill_diagonal(w, 0.0)
    w[4, :] = w[:, 4] = 0.0  # a node without edges: its mass goes back to the jump vector
    for personalization in (None, rng.random(30)):
        exact = pagerank(w, **ARGS, personalization=personalization)
        iterated = pagerank(sparse.csr_matrix(w), **ARGS, personalization=personalization)
        assert np.allclose(exact, iterated, rtol=0, atol=1e-10) and np.isclose(exact.sum(), 1)


def test_a_damping_next_to_1_iterates_instead_of_solving_a_near_singular_system():
    w = np.array([[0.0, 0.7], [0.7, 0.0]])
    p = pagerank(w, damping=0.9999999999999999, tolerance=1e-6, max_iterations=100)
    assert np.allclose(p, 0.5) and np.isclose(p.sum(), 1)


def test_one_graphs_exact_pagerank_is_the_stacks_and_np_linalg_solves_to_the_bit():
    # One graph's system is built with the signs flipped inside the products and solved by the gufunc
    # np.linalg.solve calls; a stack of one goes the general way: the same doubles.
    from summarizer.graph import exact_pagerank

    rng = np.random.default_rng(11)
    graphs = [np.zeros((1, 1)), np.zeros((3, 3)), np.array([[0.0, 0.3], [0.3, 0.0]])]
    for n in (2, 5, 25, 64, 70, 200):
        w = rng.random((n, n)) * (rng.random((n, n)) < 0.4)
        w = np.maximum(w, w.T)
        np.fill_diagonal(w, 0.0)
        graphs.append(w)
        lonely = w.copy()
        lonely[1, :] = lonely[:, 1] = 0.0  # a node without edges
        graphs.append(lonely)
    for w in graphs:
        n = len(w)
        for jump in (None, rng.random(n) / n):
            for damping in (0.85, 0.5):
                alone = exact_pagerank(w, damping, jump)
                assert np.array_equal(alone, exact_pagerank(w[None], damping, jump)[0])

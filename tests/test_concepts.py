import numpy as np

from summarizer.concepts import concepts_of, distinct
from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.vectorize import Features

# Stems, sentence by sentence (sumy's English list makes "six", "were" and "the" stop words):
#   0 (article 0): rebel fire six missil       -> rebel fire, fire six, six missil
#   1 (article 0): fan cheer                   -> fan cheer
#   2 (article 1): six missil were intercept   -> six missil, missil were, were intercept
#   3 (article 2): the storm hit the coast     -> the storm, storm hit, hit the, the coast
SET = [
    "Rebels fired six missiles. Fans cheered.",
    "Six missiles were intercepted.",
    "The storm hit the coast.",
]


def _concepts(**kwargs):
    return concepts_of(Features(read_document(SET), make_options(language="english")), **kwargs)


def _columns(concepts, row):
    return set(concepts.matrix[row].indices.tolist())


def test_a_concept_stated_by_two_articles_is_the_only_one_kept():
    concepts = _concepts(min_articles=2)
    assert concepts.matrix.shape == (4, 1)
    assert concepts.weights.tolist() == [2.0]  # "six missiles", in articles 0 and 1
    assert [_columns(concepts, row) for row in range(4)] == [{0}, set(), {0}, set()]


def test_every_bigram_counts_once_per_article_and_stop_word_pairs_none():
    concepts = _concepts(min_articles=1)
    # 3 + 1 + 2 new + 4 bigrams: "six missil" is shared; no bigram here is two stop words
    assert concepts.size == 10
    assert sorted(concepts.weights.tolist()) == [1.0] * 9 + [2.0]
    assert concepts.sentence_weights.tolist() == [4.0, 1.0, 4.0, 4.0]


def test_a_set_that_shares_no_concept_keeps_them_all():
    concepts = concepts_of(
        Features(read_document(["Fans cheered loudly.", "The storm hit."]), make_options(language="english")),
        min_articles=2,
    )
    # fan cheer, cheer loud, the storm, storm hit
    assert sorted(concepts.weights.tolist()) == [1.0, 1.0, 1.0, 1.0]


def test_two_stop_words_make_no_concept():
    features = Features(read_document(["It was on the road."]), make_options(language="english"))
    concepts = concepts_of(features, 1)
    # it was on the road: only "the road" has a word that is not a stop word
    assert concepts.size == 1


def test_covered_marks_the_concepts_of_the_rows():
    concepts = _concepts(min_articles=1)
    covered = concepts.covered([0, 2])
    assert covered.sum() == 5 and np.array_equal(covered, concepts.covered([2, 0]))


def test_distinct_is_the_sorted_set_of_values():
    assert distinct(np.array([3, 1, 3, 2, 1], dtype=np.int64)).tolist() == [1, 2, 3]
    assert distinct(np.array([7], dtype=np.int64)).tolist() == [7]
    assert distinct(np.zeros(0, dtype=np.int64)).size == 0


def test_distinct_matches_numpy_unique_on_many_large_codes():
    codes = np.random.default_rng(5).integers(0, 40_000, 5_000) * 40_000 + np.arange(5_000) % 7
    assert np.array_equal(distinct(codes), np.unique(codes))

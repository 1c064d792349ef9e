import numpy as np

from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.select import select_sentences, sentence_budget
from summarizer.vectorize import Features

TEXT = (
    "Rebels seized the northern port on Monday. "
    "Rebels seized the northern port on Monday, witnesses said. "
    "Fuel prices rose across the region. "
    "The government promised an inquiry."
)


def _features(**options):
    return Features(read_document(TEXT), make_options(**options))


def test_sentence_and_ratio_budgets():
    assert sentence_budget("sentences", 3, 10) == 3
    assert sentence_budget("ratio", 0.25, 10) == 3  # ceil(2.5)
    assert sentence_budget("ratio", 0.2, 10) == 2
    assert sentence_budget("ratio", 0.01, 10) == 1  # never none
    assert sentence_budget("words", 50, 10) is None


def test_the_near_duplicate_is_skipped_and_order_is_by_score():
    features = _features(sentences=3, redundancy=0.5)
    scores = np.array([4.0, 3.0, 2.0, 1.0])
    assert select_sentences(scores, features, features.options) == [0, 2, 3]


def test_a_loose_threshold_keeps_the_near_duplicate():
    features = _features(sentences=2, redundancy=0.99, mmr_lambda=1.0)
    assert select_sentences(np.array([4.0, 3.0, 2.0, 1.0]), features, features.options) == [0, 1]


def test_word_budget_takes_whole_sentences_until_reached():
    features = _features(words=10, redundancy=0.99, mmr_lambda=1.0)
    # 7 words, then 6 more: 13 >= 10 stops; 7 alone was below the budget.
    assert select_sentences(np.array([4.0, 1.0, 3.0, 2.0]), features, features.options) == [0, 2]


def test_equal_scores_go_to_the_earlier_sentence():
    features = _features(sentences=1)
    assert select_sentences(np.zeros(4), features, features.options) == [0]

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


def _features(text=TEXT, **options):
    return Features(read_document(text), make_options(**options))


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


OPENING = (
    "The council approved the school budget on Monday. "
    "Officials from several departments, who had argued about parking fees for most of the year and "
    "had met in long sessions through the summer, finally agreed to a list of changes to the rules "
    "for the car parks of the town hall. "
    "The school budget grows by ten percent. "
    "The council said the budget pays for new school buildings. "
    "Parents welcomed the school budget."
)


def test_one_article_under_a_word_budget_opens_with_the_sentence_that_makes_the_best_brief():
    features = _features(OPENING, words=12)
    # The long second sentence is ranked first but would spend the budget three times over on words
    # the article barely repeats; the short first sentence fills it with the article's own words.
    scores = np.array([3.0, 3.2, 1.0, 0.8, 0.5])
    chosen = select_sentences(scores, features, features.options, coverage=True)
    assert chosen[0] == 0 and 1 not in chosen


def test_the_opening_step_leaves_sentence_budgets_and_plain_mmr_alone():
    scores = np.array([3.0, 3.2, 1.0, 0.8, 0.5])
    by_sentences = _features(OPENING, sentences=1)
    assert select_sentences(scores, by_sentences, by_sentences.options, coverage=True) == [1]
    by_words = _features(OPENING, words=12)
    assert select_sentences(scores, by_words, by_words.options, coverage=False)[0] == 1


def test_a_merged_set_under_a_word_budget_keeps_the_best_ranked_first():
    features = Features(read_document([OPENING, "Parents welcomed the vote."]), make_options(words=12))
    scores = np.array([3.0, 3.2, 1.0, 0.8, 0.5, 0.1])
    assert select_sentences(scores, features, features.options, coverage=True)[0] == 1

from collections import Counter

import pytest

from summarizer.coverage import Coverage
from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.vectorize import Features


def _coverage(text, target, title=None):
    source = {"text": text, "title": title}
    return Coverage(Features(read_document(source), make_options()), target)


def test_expected_brief_is_the_document_scaled_to_the_target():
    # Stems: cat eat fish | cat sleep -> cat 2, eat 1, fish 1, sleep 1 in 5 words.
    cov = _coverage("Cats eat fish. Cats sleep.", target=10)
    assert cov.expected() == {"cat": 4.0, "eat": 2.0, "fish": 2.0, "sleep": 2.0}


def test_f1_counts_each_word_up_to_its_expected_count():
    cov = _coverage("Cats eat fish. Cats sleep.", target=5)
    expected = cov.expected()
    # overlap 2 of 2 words (precision 1) and of 5 expected (recall 0.4): F1 = 0.8 / 1.4
    assert cov.f1(Counter({"cat": 1, "sleep": 1}), expected) == pytest.approx(0.8 / 1.4)
    assert cov.f1(Counter({"dog": 3}), expected) == 0.0


def test_signal_leaves_the_sentence_out_of_the_document():
    signal = _coverage("Cats eat fish. Cats sleep.", target=5).signal()
    # Sentence 2 against the rest (cat 1 of 3 words, scaled to 5): overlap 1 of 2 words, recall 1/5.
    assert signal[1] == pytest.approx(2 * 0.5 * 0.2 / 0.7)
    # Sentence 1: cat 1 of 2 remaining words -> 2.5 expected; eat and fish 0: overlap 1 of 3 words.
    assert signal[0] == pytest.approx(2 * (1 / 3) * 0.2 / (1 / 3 + 0.2))


def test_title_words_are_expected_in_the_brief():
    with_title = _coverage("Cats eat fish. Cats sleep.", target=5, title="Fish").expected()
    assert with_title["fish"] == pytest.approx(2.0)

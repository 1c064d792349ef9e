import numpy as np
import pytest

from summarizer.coverage import Coverage
from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.vectorize import Features

TEXT = "Cats eat fish. Cats sleep."  # stems: cat eat fish | cat sleep -> cat 2, eat 1, fish 1, sleep 1


def _coverage(target, title=None):
    return Coverage(Features(read_document({"text": TEXT, "title": title}), make_options()), target)


def _vector(cov, **counts):
    vocabulary = cov.features.stem_matrix[1]
    vector = np.zeros(len(vocabulary))
    for stem, count in counts.items():
        vector[vocabulary[stem]] = count
    return vector


def test_expected_brief_is_the_document_scaled_to_the_target():
    cov = _coverage(target=10)
    assert np.allclose(cov.expected(), _vector(cov, cat=4, eat=2, fish=2, sleep=2))


def test_f1_counts_each_word_up_to_its_expected_count():
    cov = _coverage(target=5)
    expected = cov.expected()
    # overlap 2 of 2 words (precision 1) and of 5 expected (recall 0.4): F1 = 0.8 / 1.4
    assert cov.f1(_vector(cov, cat=1, sleep=1), expected) == pytest.approx(0.8 / 1.4)
    assert cov.f1(_vector(cov, cat=9), expected) == pytest.approx(2 * (2 / 9) * 0.4 / (2 / 9 + 0.4))


def test_signal_leaves_the_sentence_out_of_the_document():
    signal = _coverage(target=5).signal()
    # Sentence 2 against the rest (cat 1 of 3 words, scaled to 5): overlap 1 of 2 words, recall 1/5.
    assert signal[1] == pytest.approx(2 * 0.5 * 0.2 / 0.7)
    # Sentence 1: cat 1 of 2 remaining words -> 2.5 expected; eat and fish 0: overlap 1 of 3 words.
    assert signal[0] == pytest.approx(2 * (1 / 3) * 0.2 / (1 / 3 + 0.2))


def test_title_words_are_expected_in_the_brief():
    cov = _coverage(target=5, title="Fish")
    assert cov.expected()[cov.features.stem_matrix[1]["fish"]] == pytest.approx(2.0)
    # With the title, sentence 1's fish is expected once: overlap 2 of 3 words.
    assert cov.signal()[0] == pytest.approx(2 * (2 / 3) * 0.4 / (2 / 3 + 0.4))


def test_sparse_and_dense_count_matrices_give_the_same_coverage(monkeypatch):
    dense = _coverage(target=5, title="Fish").signal()
    monkeypatch.setattr("summarizer.vectorize._DENSE_CELLS", 0)
    assert np.allclose(_coverage(target=5, title="Fish").signal(), dense)


def test_coverage_f1_by_hand_and_zero_where_nothing_overlaps_without_a_warning():
    import warnings

    import numpy as np

    from summarizer.coverage import coverage_f1

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        # overlap 2 of a 4-word sentence against a 8-word target: P 0.5, R 0.25, F1 1/3; nothing: 0.
        f1 = coverage_f1(np.array([2.0, 0.0, 0.0]), np.array([4.0, 5.0, 0.0]), 8.0)
    assert f1.tolist() == [2 * 0.5 * 0.25 / 0.75, 0.0, 0.0]
    assert float(coverage_f1(2.0, 4.0, 8.0)) == 2 * 0.5 * 0.25 / 0.75


def test_the_f1_in_python_floats_is_numpys_to_the_bit():
    from summarizer.coverage import _coverage_f1_floats, coverage_f1

    rng = np.random.default_rng(7)
    for _ in range(200):
        n = int(rng.integers(1, 40))
        lengths = rng.integers(0, 30, n).astype(np.float64)
        overlap = np.minimum(lengths, rng.random(n) * 20) * (rng.random(n) > 0.2)
        target = float(rng.random() * 200 + 1)
        assert np.array_equal(_coverage_f1_floats(overlap.tolist(), lengths.tolist(), target),
                              coverage_f1(overlap, lengths, target))  # fmt: skip


def test_one_articles_signal_reads_its_title_counts_as_the_title_matrix_does(monkeypatch):
    # One article's title counts come from the pass that coded its stems (zeros without a title);
    # the signal must be the one the title's own count matrix gives, to the bit.
    texts = [TEXT, "Cats eat fish.", "It was. It is.", " ".join(f"Cat{i % 6} ate fish{i % 4} today." for i in range(70))]
    titles = ["Cats eat fish", "Nothing said here", "", None]
    made = {}
    for text in texts:
        for title in titles:
            made[text, title] = Coverage(Features(read_document({"text": text, "title": title}), make_options()), 7).signal()
    monkeypatch.setattr(Features, "title_stem_counts", property(lambda self: None))
    for (text, title), signal in made.items():
        cov = Coverage(Features(read_document({"text": text, "title": title}), make_options()), 7)
        assert np.array_equal(signal, cov.signal())

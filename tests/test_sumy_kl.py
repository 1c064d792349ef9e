"""Our incremental sumy-kl must give exactly the ratings of sumy's own KLSummarizer."""

import pytest
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.summarizers.kl import KLSummarizer

from summarizer.language import stemmer, stop_words
from summarizer.rank.sumy_methods import SumyTokenizer, _incremental_kl
from summarizer.pipeline import read_document



def _model(texts):
    tokenizer = SumyTokenizer("english")
    doc = read_document(list(texts))
    paragraphs = [Paragraph([Sentence(s.text, tokenizer) for s in doc.sentences if s.article == a])
                  for a in range(len(texts))]
    return ObjectDocumentModel(tuple(paragraphs))


def _ratings(summarizer_class, model):
    summarizer = summarizer_class(stemmer("english"))
    summarizer.stop_words = stop_words("english")
    ratings = summarizer._compute_ratings(model.sentences)
    return [ratings[s] for s in model.sentences]


def test_ratings_on_the_seeds_equal_sumys(seed_texts):
    _check(seed_texts)


@pytest.mark.parametrize(
    "texts",
    [
        ["The Cat sat. The cat sat. A dog barked at the cat! The the the. Dogs and cats. Cat."],
        ["Rebels seized the port. Fuel prices rose as the port closed. The port reopened.", "Fuel."],
    ],
)
def test_ratings_equal_sumys(texts):
    _check(texts)


def _check(texts):
    model = _model(texts)
    expected = _ratings(KLSummarizer, model)
    assert _ratings(_incremental_kl(KLSummarizer), model) == expected
    assert len(set(expected)) > 1  # a real ordering, not all ties


def test_a_sentence_without_content_words_is_rated_like_sumy_rates_it():
    model = _model(["It was. The port closed after the rebels came."])
    assert _ratings(_incremental_kl(KLSummarizer), model) == _ratings(KLSummarizer, model)

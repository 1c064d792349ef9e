"""The learned choice of a headline's sentence (:mod:`summarizer.headlines.choice`): its features on
texts written here, the order its weights give, the form rules still filtering, the shipped file."""

import json

import numpy as np
import pytest

from summarizer import headline
from summarizer.headlines import choice as choice_module
from summarizer.headlines.choice import FEATURES, Choice, choice_from_json, choose, design, load_choice
from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.vectorize import Features

TEXT = (
    "Officials met in the capital on Monday to talk about the budget.\n\n"
    "The dam broke on Tuesday and 12 towns were flooded.\n\n"
    "Rain is expected later this week across the region."
)


def _features(text: str) -> Features:
    return Features(read_document(text), make_options())


def _weights(**named: float) -> np.ndarray:
    weights = np.zeros(len(FEATURES))
    for name, value in named.items():
        weights[FEATURES.index(name)] = value
    return weights


def test_the_features_of_each_sentence_as_worked_out_by_hand():
    matrix = design(_features(TEXT), [0, 1, 2])
    column = {name: matrix[:, k] for k, name in enumerate(FEATURES)}
    assert column["second"].tolist() == [0, 1, 0] and column["third"].tolist() == [0, 0, 1]
    assert column["later"].tolist() == [0, 0, 0]
    # 12, 10 and 9 words; only the third has fewer than 10
    assert column["words"] == pytest.approx([12 / 30, 10 / 30, 9 / 30])
    assert column["short"].tolist() == [0, 0, 1]
    assert column["digits"].tolist() == [0, 1, 0]  # "12 towns"
    # capitals after the first word: "Monday" of 12 words, "Tuesday" of 10, none of 9
    assert column["names"] == pytest.approx([1 / 12, 1 / 10, 0])
    assert column["quote"].tolist() == [0, 0, 0]


def test_the_features_of_a_sparse_tfidf_matrix_are_those_of_the_dense_one():
    import scipy.sparse

    dense = _features(TEXT)
    sparse = _features(TEXT)
    sparse.__dict__["tfidf"] = scipy.sparse.csr_matrix(dense.tfidf)  # as a very long text has it
    assert design(sparse, [0, 1, 2]) == pytest.approx(design(dense, [0, 1, 2]))


def test_a_sentence_that_is_the_whole_text_is_its_centroid_and_holds_every_topic_term():
    matrix = design(_features("Storm floods valley towns.\n\nStorm floods valley towns."), [0, 1])
    assert matrix[:, FEATURES.index("centroid")] == pytest.approx([1.0, 1.0])
    assert matrix[:, FEATURES.index("topic")] == pytest.approx([1.0, 1.0])  # 4 terms, fewer than 8


def test_the_first_sentences_go_in_the_order_of_their_scores():
    features = _features(TEXT)
    # scores 0, 1, 0: the sentence with a number first, the others keep their places
    assert choose(features, [0, 1, 2], Choice(_weights(digits=1.0), 3, {})) == [1, 0, 2]
    # scores 0, -2 + 1 = -1, 0
    assert choose(features, [0, 1, 2], Choice(_weights(second=-2.0, digits=1.0), 3, {})) == [0, 2, 1]
    # only the first two are chosen among: scores 0 and -1, the third stays last
    assert choose(features, [0, 1, 2], Choice(_weights(second=-1.0, third=5.0), 2, {})) == [0, 1, 2]
    # one sentence chosen among: the lead's order, whatever the weights
    assert choose(features, [0, 1, 2], Choice(_weights(digits=9.0), 1, {})) == [0, 1, 2]


def test_the_headline_follows_the_weights_and_the_form_rules_still_filter(monkeypatch):
    monkeypatch.setattr(choice_module, "load_choice", lambda: Choice(_weights(digits=1.0), 3, {}))
    assert headline(TEXT).startswith("Dam broke on Tuesday")
    # the sentence with a number is a question: passed over, the lead is next in the order
    question = TEXT.replace("The dam broke on Tuesday and 12 towns were flooded.", "Will it hold 12 days?")
    assert headline(question).startswith("Officials meet")
    monkeypatch.setattr(choice_module, "load_choice", lambda: Choice(_weights(), 3, {}))
    assert headline(TEXT).startswith("Officials meet")  # all scores equal: the lead's order


def test_the_shipped_weights_load_and_wrong_ones_are_refused():
    shipped = load_choice()
    assert shipped.weights.shape == (len(FEATURES),) and shipped.first >= 1
    assert choice_from_json(json.loads(json.dumps(shipped.to_json()))).first == shipped.first
    with pytest.raises(ValueError, match="other features"):
        choice_from_json({**shipped.to_json(), "features": ["position"]})
    with pytest.raises(ValueError, match="wrong shape"):
        choice_from_json({**shipped.to_json(), "weights": [1.0]})

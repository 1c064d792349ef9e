import math

import numpy as np
import pytest

from summarizer import UnknownMethodError, list_methods, summarize
from summarizer.budget import resolve_budget
from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.rank import get_method
from summarizer.rank.default import FEATURES, design, leans_on, signals
from summarizer.rank.default.model import Model, load_model, model_from_json
from summarizer.rank.default.signals import text_signals
from summarizer.vectorize import Features

# Three sentences: the first and the third share one term ("flood"), the second shares none.
THREE = "Floods hit towns. Markets rallied strongly.\n\nFloods closed roads."


def _features(text=THREE, **options):
    opts = make_options(**options)
    features = Features(read_document(text), opts)
    return features, resolve_budget(opts, features.document)


def test_directed_degrees_by_hand():
    # Smooth IDF over 3 sentences: "flood" in 2 -> 1 + ln(4/3); the other terms in 1 -> 1 + ln 2.
    # Each sentence has three terms of tf 1, so cos(1, 3) = idf_f^2 / (idf_f^2 + 2 idf_1^2).
    idf_f, idf_1 = 1 + math.log(4 / 3), 1 + math.log(2)
    cosine = idf_f**2 / (idf_f**2 + 2 * idf_1**2)  # 0.2243
    raw = signals(*_features())
    assert raw["forward"] == pytest.approx([cosine, 0.0, 0.0])  # sentence 1 announces sentence 3
    assert raw["backward"] == pytest.approx([0.0, 0.0, cosine])  # sentence 3 repeats sentence 1


def test_position_and_text_signals_by_hand():
    features, budget = _features()
    x = dict(zip(FEATURES, design(features, budget).T, strict=True))
    assert x["first"].tolist() == [1, 0, 0] and x["second"].tolist() == [0, 1, 0] and x["third"].tolist() == [0, 0, 1]
    assert x["inverse_position"] == pytest.approx([1, 1 / 2, 1 / 3])
    assert x["relative_position"] == pytest.approx([0, 0.5, 1])
    assert x["paragraph_start"].tolist() == [1, 0, 1]
    assert x["log_words"] == pytest.approx([math.log(4)] * 3)  # three words each
    assert x["short"].tolist() == [1, 1, 1]
    assert x["unpunctuated"].tolist() == [0, 0, 0]
    # forward as a z-score: values (c, 0, 0) have mean c/3 and deviation c*sqrt(2)/3.
    assert x["forward"] == pytest.approx([math.sqrt(2), -1 / math.sqrt(2), -1 / math.sqrt(2)])
    assert x["first_x_forward"] == pytest.approx([math.sqrt(2), 0, 0])
    assert x["set_x_first"].tolist() == [0, 0, 0]  # one article


def test_the_model_score_is_the_weighted_sum_of_the_features():
    features, budget = _features()
    matrix = design(features, budget)
    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("first")] = 2.0
    weights[FEATURES.index("backward")] = 1.0
    scores = Model({"lead": weights, "central": -weights}, 5.0, {}).score(matrix, "lead")
    # 2 * first + z(backward): backward (0, 0, c) has z-scores (-1/sqrt 2, -1/sqrt 2, sqrt 2).
    assert scores == pytest.approx([2 - 1 / math.sqrt(2), -1 / math.sqrt(2), math.sqrt(2)])


def test_the_gate_sends_sets_and_long_briefs_to_the_central_expert():
    model = Model({}, 5.0, {})
    _, five = _features(sentences=5)  # target: 5 sentences of the mean length
    _, four = _features(sentences=4)
    assert model.expert(five, 3.0) == "central" and model.expert(four, 3.0) == "lead"
    _, capped = _features(words=20)  # 20 words of 4-word sentences: a brief of 5 sentences
    assert model.expert(capped, 4.0) == "central" and model.expert(capped, 5.0) == "lead"
    _, pair = _features([THREE, "Rivers rose."], words=2)
    assert pair.is_set and model.expert(pair, 3.0) == "central"


def test_the_shipped_weights_name_every_feature_and_say_how_they_were_fit():
    model = load_model()
    for weights in model.weights.values():
        assert weights.shape == (len(FEATURES),) and np.isfinite(weights).all()
    assert model.sentences >= 1
    assert "evaluation.fit" in model.provenance["fit"] and model.provenance["data"]
    with pytest.raises(ValueError, match="re-fit"):
        model_from_json({"version": 2, "features": ["forward"], "experts": {}, "gate": {"sentences": 5}})


def test_pronoun_connective_and_unattributed_quote_lean_on_the_sentence_before():
    text = (
        "The mayor opened the bridge. He praised the builders. "
        "\u201cIt is a great day.\u201d \u201cWe waited years,\u201d a resident said. "
        "However, tolls will rise. Tolls will rise in May. As part of the deal, he will cut tolls. "
        "In May, the council will cut tolls."
    )
    features, _ = _features(text)
    assert leans_on(features).tolist() == [-1, 0, 1, -1, 3, -1, 5, -1]


LEAD_ARTICLE = (
    "British Airways has blamed high fuel prices for a 40% drop in profits.\n\n"
    "Reporting its results for the three months to 31 December, the airline made a pre-tax profit of "
    "75m pounds, against 125m a year earlier.\n\n"
    "To help offset the increased price of aviation fuel, BA last year introduced a fuel surcharge.\n\n"
    "Looking ahead to its full year results, BA warned that fuel prices would stay high.\n\n"
    "Its chief executive said the airline had cut costs across the business."
)


def test_default_opens_with_the_news_of_an_article_with_its_lead():
    brief = summarize(LEAD_ARTICLE, sentences=1, headline=False, keyphrases=0)
    assert brief.sentences[0].text.startswith("British Airways has blamed high fuel prices")


def test_methods_are_registered_objects_with_a_family_and_a_description():
    assert list_methods()[0] == "default"
    assert get_method("default").family == "ours" and get_method("sumy-lsa").family == "sumy"
    assert all(get_method(name).description for name in list_methods())
    with pytest.raises(UnknownMethodError, match="choose one of"):
        get_method("nope")


def test_text_signals_by_hand():
    texts = [
        "He left early.",
        "Prices rose “sharply” on Monday.",
        "The ``quoted'' word of old newswire",
        "It's a caption. without any stop at its end",
        'The minister said "yes."',
        "",
    ]
    found = text_signals(texts)
    assert found["quote"].tolist() == [0, 1, 1, 0, 1, 0]
    assert found["linker"].tolist() == [1, 0, 0, 1, 0, 0]
    assert found["unpunctuated"].tolist() == [0, 0, 1, 1, 0, 1]
    assert text_signals([])["quote"].shape == (0,)


def _seed_features():
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))[:15]:
        yield _features(path.read_text(encoding="utf-8"))


def test_one_articles_directed_degrees_are_the_sums_along_each_side_of_the_row():
    # Each degree is the sum of the row's cosines right (forward) or left (backward) of the
    # diagonal, added from the left, as np.bincount adds the edges up.
    from summarizer.rank.default.signals import _directed_degrees

    for features, _ in _seed_features():
        sim = features.similarity
        articles, positions, _ = features.document.table.T
        forward, backward = _directed_degrees(sim, articles, positions)
        for i, row in enumerate(sim.tolist()):
            ahead = behind = 0.0
            for j, value in enumerate(row):
                if j > i:
                    ahead += value
                elif j < i:
                    behind += value
            assert forward[i] == ahead and backward[i] == behind


def test_one_articles_position_rows_made_once_per_size_are_the_rows_made_per_article():
    from summarizer.rank.default.signals import STANDARDIZED, assemble, signals

    for features, budget in _seed_features():
        raw = signals(features, budget)
        z = np.array([raw[name] for name in STANDARDIZED])
        _, positions, lengths = features.document.table.T
        n = len(positions)
        for titled in (0.0, 1.0):
            once = assemble(raw, z, positions, lengths, n, 0.0, 0.3, titled)
            each = assemble(raw, z, positions, lengths, np.full(n, n), 0.0, 0.3, titled)
            assert np.array_equal(once, each)


def test_a_long_articles_degrees_are_the_same_sums_by_its_edges():
    # Past a few dozen sentences the degrees come from the graph's edges, not the masks made per size.
    from summarizer.rank.default.signals import _FEW, _directed_degrees

    n = _FEW + 36
    sim = np.random.default_rng(5).random((n, n))
    np.fill_diagonal(sim, 0.0)
    forward, backward = _directed_degrees(sim, np.zeros(n, dtype=int), np.arange(n))
    for i, row in enumerate(sim.tolist()):
        assert forward[i] == sum(row[i + 1:]) and backward[i] == sum(row[:i])


def test_no_sentences_assemble_to_no_rows():
    from summarizer.rank.default.signals import FEATURES, STANDARDIZED, assemble

    empty = np.zeros(0)
    raw = {name: empty for name in ("paragraph_start", "quote", "linker", "length", "unpunctuated")}
    z = np.zeros((len(STANDARDIZED), 0))
    assert assemble(raw, z, empty, empty, 0, 0.0, 0.3, 0.0).shape == (0, len(FEATURES))


def test_one_articles_title_signal_is_row_dot_with_the_title_repeated_to_the_bit():
    # One dense article's title signal is einsum("ij,j->i"): the same loop as row_dot's over the title's
    # row repeated once per sentence, so the same doubles.
    from summarizer.vectorize import row_dot

    texts = [THREE, "Rebels seized the port.", "It was. It is.",
             " ".join(f"Ship{i % 9} reached port{i % 4} on day {i}." for i in range(70))]  # fmt: skip
    for text in texts:
        for title in ("Floods hit towns", "Ship3 port2 day", "Nothing in the text", None):
            features, budget = _features({"text": text, "title": title})
            title_vectors = features.title_vectors()
            articles = features.document.table[:, 0]
            titled = any(features.document.titles)
            expected = row_dot(features.tfidf, title_vectors[articles]) if titled else np.zeros(len(articles))
            assert np.array_equal(signals(features, budget)["title"], expected)
    rng = np.random.default_rng(7)
    for n, width in [(1, 1), (3, 7), (25, 300), (70, 1001), (2, 9000)]:
        vectors = rng.random((n, width)) * (rng.random((n, width)) > 0.8)
        row = rng.random(width) * (rng.random(width) > 0.5)
        assert np.array_equal(np.einsum("ij,j->i", vectors, row), row_dot(vectors, np.tile(row, (n, 1))))

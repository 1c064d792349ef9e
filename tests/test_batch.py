"""``summarize_many``: every brief equal to ``summarize()``'s, in input order, errors per item (issue 15)."""

from __future__ import annotations

from itertools import count, islice

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import summarizer.batch as batch
from summarizer import (
    Article,
    Brief,
    BudgetError,
    EmptyInputError,
    InputTypeError,
    OptionError,
    UnknownMethodError,
    summarize,
    summarize_many,
)
from summarizer.batch.flat import Flat
from summarizer.graph import exact_pagerank, pagerank
from summarizer.options import DEFAULTS
from summarizer.pipeline import read_document
from summarizer.vectorize import Features


def assert_same(got: Brief, expected: Brief) -> None:
    """Equal in every field; scores to float tolerance (the batch sums in another order)."""
    assert [s.score for s in got.sentences] == pytest.approx([s.score for s in expected.sentences], rel=1e-9)
    for a, b in zip(got.sentences, expected.sentences, strict=True):
        assert (a.text, a.article, a.paragraph, a.start, a.end, a.truncated) == (
            b.text, b.article, b.paragraph, b.start, b.end, b.truncated
        )  # fmt: skip
    for name in ("headline", "keyphrases", "method", "titles", "sentences_in", "words_in", "language"):
        assert getattr(got, name) == getattr(expected, name), name
    assert got.metadata == expected.metadata


def assert_like_summarize(sources, **options) -> None:
    got = list(summarize_many(sources, **options))
    assert len(got) == len(sources)
    for brief, source in zip(got, sources):
        assert_same(brief, summarize(source, **options))


STORY = (
    "The city council voted on Tuesday to build a new bridge across the river Lune. "
    "The bridge will cost ten million pounds and take two years to finish. "
    "Mayor Ann Cole said the vote was a victory for the people of the north bank. "
    "But opponents said the money should go to schools. "
    '"We will keep fighting," said Tom Reid, who leads the campaign against it. '
    "Work is due to start next spring.\n\n"
    "The river has had no new crossing since 1968. Traffic on the old bridge has doubled since then."
)
FIRE = (
    "A fire destroyed a warehouse in the port of Dunmore early on Sunday. "
    "Nobody was hurt, the fire service said. "
    "Forty firefighters fought the blaze for six hours. "
    "The cause of the fire is not yet known. "
    "The warehouse stored paper and cardboard for a local printer."
)
WRITTEN = [
    STORY,
    Article(FIRE, title="Fire destroys Dunmore warehouse"),
    {"text": STORY, "title": "Council backs bridge"},
    "One sentence only, about the weather in Leeds.",
    "The chess champion Lena Park retired on Sunday. Park won the world title four times.",
    "The market fell. The market fell. The market fell. Traders sold shares.",  # duplicates
    "Same words here. Same words here. Same words here.",  # nothing but duplicates
    "?!",  # no word: refused
    [Article(STORY, title="Bridge"), Article(FIRE)],  # a merged set: the path of summarize()
    [FIRE],  # a list of one article
    Article(FIRE, author="Ann Lee", url="https://example.org/fire"),  # metadata
    "Le conseil municipal a voté mardi la construction d'un nouveau pont sur la rivière. Le pont coûtera "
    "dix millions d'euros et sera achevé dans deux ans. Le maire a salué une victoire pour les habitants. "
    "Les opposants estiment que l'argent devrait aller aux écoles.",  # French, among English articles
    " ".join(f"Sentence number {i} talks about topic {i % 7} and place {i % 5}." for i in range(80)),  # long
]


def test_seeds_give_the_briefs_of_summarize(seed_texts):
    assert_like_summarize(seed_texts)
    assert_like_summarize([Article(t, title="Missile attack on Kyiv") for t in seed_texts], words=40)


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"sentences": 1},
        {"sentences": 4, "order": "rank"},
        {"words": 25},
        {"characters": 60},
        {"characters": 1},
        {"ratio": 0.5},
        {"headline": False, "keyphrases": 0},
        {"avoid": ["quotations"]},
        {"method": "textrank"},
        {"language": "english"},
    ],
)
def test_written_articles_give_the_briefs_of_summarize(options):
    sources = [s for s in WRITTEN if s != "?!"]
    assert_like_summarize(sources, **options)


def test_the_batch_path_takes_single_articles_of_a_method_with_a_batch_ranker(monkeypatch):
    ranked_alone = []
    original = batch.Method.rank

    def spy(self, features, budget):
        ranked_alone.append(len(features.document.sentences))
        return original(self, features, budget)

    monkeypatch.setattr(batch.Method, "rank", spy)
    list(summarize_many([STORY, FIRE, [STORY, FIRE], " ".join(["A new sentence here."] * 60)]))
    # The merged set (8 + 5 sentences) and the 60-sentence article are ranked alone; the others together.
    assert ranked_alone == [8 + 5, 60]


def test_briefs_come_in_input_order_across_chunks(monkeypatch):
    monkeypatch.setattr(batch, "CHUNK", 3)
    texts = [f"Report {i}: the mayor of town {i} opened a library. It has {i} thousand books." for i in range(8)]
    got = list(summarize_many(texts))
    assert [b.sentences[0].text.split(":")[0] for b in got] == [f"Report {i}" for i in range(8)]


def test_sources_are_read_lazily_a_chunk_at_a_time(monkeypatch):
    monkeypatch.setattr(batch, "CHUNK", 4)
    endless = (f"Story {i} says the river rose by {i} metres. Homes were flooded." for i in count())
    first = list(islice(summarize_many(endless), 6))
    assert [b.sentences_in for b in first] == [2] * 6


def test_a_bad_item_is_returned_in_its_place_and_the_others_go_on():
    got = list(summarize_many([FIRE, "", 42, "?!", STORY], errors="return"))
    assert [type(r) for r in got] == [Brief, EmptyInputError, InputTypeError, EmptyInputError, Brief]
    assert_same(got[4], summarize(STORY))


def test_by_default_a_bad_item_raises_where_the_iteration_reaches_it():
    briefs = summarize_many([FIRE, "", STORY])
    assert_same(next(briefs), summarize(FIRE))
    with pytest.raises(EmptyInputError):
        next(briefs)


def test_bad_options_raise_at_the_call_before_any_work():
    with pytest.raises(BudgetError):
        summarize_many([FIRE], sentences=0)
    with pytest.raises(UnknownMethodError):
        summarize_many([FIRE], method="nope")
    with pytest.raises(OptionError):
        summarize_many([FIRE], errors="ignore")
    with pytest.raises(InputTypeError):
        summarize_many(FIRE)  # one source, not an iterable of them (its characters)


def test_an_empty_input_gives_no_briefs():
    assert list(summarize_many([])) == []


# --- the flat arrays -----------------------------------------------------------------------------


def test_the_batch_tfidf_is_each_articles_own_matrix_side_by_side():
    texts = (STORY, FIRE, "Dogs bark. Cats purr.")
    flat = Flat([Features(read_document(text), DEFAULTS) for text in texts])
    for a, alone in enumerate(Features(read_document(text), DEFAULTS) for text in texts):
        matrix, vocabulary = alone.tfidf, alone._vocabulary
        rows = flat.tfidf[flat.starts[a] : flat.starts[a + 1]].toarray()
        own = np.flatnonzero(flat.column_article("terms") == a)  # the article's columns, its terms first-seen
        column_of = dict(zip(alone._codes("terms")[0], own.tolist(), strict=True))
        columns = [column_of[term] for term in vocabulary]
        np.testing.assert_allclose(rows[:, columns], matrix, rtol=1e-12)
        others = np.delete(rows, columns, axis=1)
        assert not others.any()  # nothing of another article's vocabulary


def test_pagerank_of_a_stack_is_each_graphs_own():
    # Two nodes joined by one edge: the walk is symmetric, so each holds half.
    pair = np.array([[0.0, 0.3], [0.3, 0.0]])
    np.testing.assert_allclose(exact_pagerank(pair, 0.85), [0.5, 0.5])
    # A node without edges keeps only what the jumps give it, spread back evenly: alone, 1/3 each.
    lonely = np.zeros((3, 3))
    np.testing.assert_allclose(exact_pagerank(lonely, 0.85), [1 / 3] * 3)
    rng = np.random.default_rng(0)
    stack = rng.random((4, 5, 5))
    stack[1, 2] = 0.0  # a node without out-edges
    got = exact_pagerank(stack, 0.85)
    for graph, scores in zip(stack, got):
        np.testing.assert_allclose(scores, pagerank(graph, damping=0.85, tolerance=1e-6, max_iterations=100))


# --- generated text ------------------------------------------------------------------------------

_WORDS = (
    "the council river bridge vote mayor fire police said Tuesday city school money new old people "
    "He But It market shares fell rose London Paris minister plan report week two 2024 U.S. don't"
).split()
_sentence = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
_article = st.lists(_sentence, min_size=1, max_size=12).map(" ".join)
_source = st.one_of(
    _article,
    st.builds(Article, _article, title=st.one_of(st.none(), _sentence)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sources=st.lists(_source, min_size=1, max_size=6),
    budget=st.sampled_from([{}, {"sentences": 2}, {"words": 12}, {"characters": 80}, {"ratio": 0.4}]),
)
def test_generated_articles_give_the_briefs_of_summarize(sources, budget):
    assert_like_summarize(sources, **budget)

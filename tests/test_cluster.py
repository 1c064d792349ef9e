"""summarizer.cluster: stories from a feed (issue 16), on texts written here."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from summarizer import Article, EmptyInputError, InputTypeError, OptionError, Story, cluster
from summarizer.stories import article_vectors, story_id
from summarizer.stories.features import _names
from summarizer.stories.linkage import average_linkage, cut, merges

EVENTS = [["flood-1", "flood-2", "flood-3"], ["rates-1", "rates-2"], ["chess-1"]]


def groups(stories) -> list[list]:
    return [list(story.members) for story in stories]


def test_the_feed_splits_into_its_events(feed):
    stories = cluster(feed)
    assert groups(stories) == EVENTS
    assert [s.size for s in stories] == [3, 2, 1]
    assert [s.articles for s in stories] == [(0, 2, 5), (1, 4), (3,)]
    assert all(isinstance(s, Story) for s in stories)


def test_every_article_is_in_exactly_one_story_in_input_order(feed):
    stories = cluster(feed[::-1])
    positions = [p for s in stories for p in s.articles]
    assert sorted(positions) == list(range(len(feed)))
    assert all(list(s.articles) == sorted(s.articles) for s in stories)
    assert [s.articles[0] for s in stories] == sorted(s.articles[0] for s in stories)


def test_strings_and_articles_are_named_by_their_position(feed):
    stories = cluster([Article(a["text"], a["title"]) for a in feed])
    assert groups(stories) == [[0, 2, 5], [1, 4], [3]]
    assert groups(cluster([a["text"] for a in feed]))[0] == [0, 2, 5]


def test_one_article_is_a_story_of_one():
    (story,) = cluster(["A lone report about a quiet day in the harbour."])
    assert story.members == (0,) and story.size == 1 and story.cohesion == 1.0


def test_an_article_without_words_is_a_story_of_its_own(feed):
    stories = cluster([*feed, {"id": "blank", "text": "  ...  "}])
    assert ["blank"] in groups(stories)
    assert groups(stories)[:3] == EVENTS


def test_story_ids_are_stable_as_the_feed_grows(feed):
    before = {tuple(s.members): s.id for s in cluster(feed)}
    later = {**feed[0], "id": "flood-4", "title": "Riverton counts the cost of the flood"}
    after = cluster([*feed, later])
    flood = next(s for s in after if "flood-1" in s.members)
    assert flood.members == ("flood-1", "flood-2", "flood-3", "flood-4")
    assert flood.id == before[("flood-1", "flood-2", "flood-3")] == story_id("flood-1")
    assert story_id("1") != story_id(1)  # a string id and a number are different articles


def test_cohesion_is_the_mean_cosine_of_the_pairs(feed):
    _, vectors = article_vectors(feed)
    dense = np.asarray(vectors.todense()) if hasattr(vectors, "todense") else vectors
    pairs = [dense[0] @ dense[2], dense[0] @ dense[5], dense[2] @ dense[5]]
    assert cluster(feed)[0].cohesion == pytest.approx(sum(pairs) / 3)
    assert cluster(feed)[0].to_dict() == {
        "id": story_id("flood-1"),
        "members": ["flood-1", "flood-2", "flood-3"],
        "size": 3,
        "cohesion": round(sum(pairs) / 3, 6),
    }


def test_copies_do_not_crowd_out_the_rest_of_their_story(feed):
    # Twelve copies of one report would fill its seven neighbour slots; folded into one node, they
    # still join the other reports of the flood.
    copies = [{**feed[0], "id": f"copy-{i}"} for i in range(12)]
    stories = cluster([*copies, *feed])
    flood = next(s for s in stories if "flood-2" in s.members)
    assert set(flood.members) == {f"copy-{i}" for i in range(12)} | {"flood-1", "flood-2", "flood-3"}
    assert all(0.0 <= s.cohesion <= 1.0 for s in cluster(copies))  # identical texts: 1, never above


def test_a_higher_threshold_never_merges_more(feed):
    counts = [len(cluster(feed, threshold=t)) for t in (0.05, 0.2, 0.5, 0.9, 1.0)]
    assert counts == sorted(counts)
    assert counts[-1] <= len(feed)


@pytest.mark.parametrize(
    "articles, error",
    [
        ([], EmptyInputError),
        ("one text", InputTypeError),
        ([["a", "b"]], InputTypeError),
        ([{"title": "no text"}], InputTypeError),
        ([{"id": True, "text": "x"}], InputTypeError),
    ],
)
def test_bad_input_raises_a_named_error(articles, error):
    with pytest.raises(error):
        cluster(articles)


@pytest.mark.parametrize(
    "options", [{"threshold": 0}, {"threshold": 1.5}, {"neighbours": 0}, {"neighbours": 2.0}]
)
def test_options_out_of_range_raise_an_option_error(feed, options):
    with pytest.raises(OptionError):
        cluster(feed, **options)


def test_names_are_runs_of_capitals_not_sentence_openers():
    found = _names(
        ["Rescue teams met Mayor Jane Holt in Riverton.", "The U.S. Senate voted."], frozenset({"the"})
    )
    assert found == ["name:mayor jane holt", "name:riverton", "name:u.s. senate"]


@pytest.mark.parametrize("seed", range(4))
def test_average_linkage_is_scipys_on_a_dense_matrix(seed):
    rng = np.random.default_rng(seed)
    points = rng.random((40, 4))
    points /= np.linalg.norm(points, axis=1)[:, None]
    similarity = points @ points.T
    similarity[similarity < 0.9] = 0.0  # sparse, as the profile graph is: a missing pair counts as 0
    tree = linkage(squareform(1.0 - similarity, checks=False), "average")
    for threshold in (0.3, 0.6, 0.9, 0.97):
        ours = average_linkage(similarity, np.ones(40), threshold)
        theirs = fcluster(tree, 1.0 - threshold + 1e-12, "distance")
        # the same partition: equal labels exactly where scipy's are equal
        assert (ours[:, None] == ours[None, :]).tolist() == (theirs[:, None] == theirs[None, :]).tolist()


def test_weights_count_as_that_many_identical_items():
    # Item 0 stands for two articles: against item 1 (0.5) and item 2 (0.4) -> merge 0 and 1 at 0.5,
    # then {0,1} vs 2: (2 * 0.4 + 1 * 0.1) / (3 * 1) = 0.3.
    similarity = np.array([[0, 0.5, 0.4], [0.5, 0, 0.1], [0.4, 0.1, 0]])
    merged = merges(similarity, np.array([2.0, 1.0, 1.0]), 0.0)
    assert [round(m[2], 9) for m in merged] == [0.5, 0.3]
    assert cut(3, merged, 0.31).tolist() == [0, 0, 1]
    assert cut(3, merged, 0.3).tolist() == [0, 0, 0]

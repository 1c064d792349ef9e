"""evaluation/stories.py: the feed built from merged sets, and B-cubed F1 computed by hand."""

from __future__ import annotations

import json

import pytest

from evaluation.stories import b_cubed_f1, load_feed, score


def test_b_cubed_f1_by_hand():
    # Truth {a,b,c} {d}; predicted {a,b} {c,d}. Precision per item: a 1, b 1, c 1/2, d 1/2 -> 3/4.
    # Recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3. F1 = 2 * 3/4 * 2/3 / (3/4 + 2/3) = 12/17.
    assert b_cubed_f1([1, 1, 2, 2], ["x", "x", "x", "y"]) == pytest.approx(12 / 17)
    assert b_cubed_f1([5, 5, 7], ["p", "p", "q"]) == 1.0
    assert score([0, 0, 1], ["a", "a", "b"])["ari"] == 1.0


def test_the_feed_reads_each_article_once_and_joins_sets_that_share_one(tmp_path, feed):
    sets = [
        {"id": "s1", "articles": [feed[0], feed[2]]},
        {"id": "s2", "articles": [feed[2], feed[5]]},  # shares flood-2 with s1: the same event
        {"id": "s3", "articles": [feed[1], feed[4]]},
    ]
    path = tmp_path / "sets.jsonl"
    path.write_text("\n".join(json.dumps(s) for s in sets), encoding="utf-8")
    stream = load_feed([str(path)], seed=3)
    assert sorted(a["id"] for a in stream.articles) == ["flood-1", "flood-2", "flood-3", "rates-1", "rates-2"]
    truth = {a["id"]: t for a, t in zip(stream.articles, stream.truth)}
    assert truth["flood-1"] == truth["flood-2"] == truth["flood-3"] != truth["rates-1"] == truth["rates-2"]
    assert set(stream.corpus) == {"sets"}
    assert [a["id"] for a in load_feed([str(path)], seed=3).articles] == [a["id"] for a in stream.articles]

"""The bounds of a headline's choice of sentence, on a corpus written here."""

import json

import pytest

from evaluation.corpus import load_corpus
from evaluation.headline_oracle import choices, main
from evaluation.protocols import build_items

TEXT = (
    "Officials met on Monday in the capital to talk about the budget.\n\n"
    "The dam broke and the flood reached the valley towns.\n\n"
    "Rain is expected later this week across the region."
)


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "sets.jsonl"
    record = {"id": "s1", "articles": [{"id": "a1", "text": TEXT, "headlines": ["Dam breaks, flood hits valley"]}]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_the_best_sentence_is_found_and_the_first_scored_as_it_stands(corpus):
    (item,) = build_items(load_corpus(corpus), "headline-human")
    row = choices(item, 75, "recall", 3)
    # the reference's tokens: dam, break(s), flood, hit(s), valley; the second sentence has dam, flood, valley
    assert row["first sentence"] == pytest.approx(0.0)
    assert row["best of the first 3"] == row["best sentence"] == pytest.approx(60.0)
    assert row["the ranking's choice of the first 3"] in (pytest.approx(0.0), pytest.approx(60.0))


def test_the_command_prints_a_table_and_refuses_an_empty_corpus(corpus, tmp_path, capsys):
    assert main(["--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "1 items, ROUGE-1 recall, 75 bytes" in out and "| best sentence | 60.00 |" in out
    empty = tmp_path / "none.jsonl"
    empty.write_text(json.dumps({"id": "x", "text": "A line with no headlines at all here."}) + "\n", encoding="utf-8")
    assert main(["--corpus", str(empty)]) == 2

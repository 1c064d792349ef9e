"""``python -m evaluation.fit_headline`` on a tiny corpus written here."""

import json

import numpy as np
import pytest

from evaluation.corpus import load_corpus
from evaluation.fit_headline import build_examples, choose_line, main
from evaluation.protocols import build_items
from summarizer.headlines.choice import FEATURES, choice_from_json

# The lead says nothing of what the headlines say; the second sentence is the news.
TEXT = (
    "Officials met in the capital on {day} to talk about the budget.\n\n"
    "The dam broke and the flood reached the valley towns.\n\n"
    "Rain is expected later this week across the region."
)
HEADLINE = "Dam breaks, flood hits valley"
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "duc.jsonl"
    records = [
        {"id": f"s{k}", "articles": [{"id": "a", "text": TEXT.format(day=day), "headlines": [HEADLINE]}]}
        for k, day in enumerate(DAYS)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_each_candidate_line_is_scored_against_the_references(corpus):
    items = build_items(load_corpus(corpus, limit=1), "headline-human")
    (example,) = build_examples("duc2003", items, 75, "recall")
    # The lines: "Officials met in capital ... budget" (none of the 5 reference tokens dam, break,
    # flood, hit, valley), "Dam broke and flood reached valley towns" (dam, flood, valley: 3 of 5),
    # "Rain expected later across region" (none).
    assert example.scores == pytest.approx([0.0, 60.0, 0.0])
    assert example.news.tolist() == [True, True, True] and example.free
    second = np.zeros(len(FEATURES))
    second[FEATURES.index("second")] = 1.0
    assert choose_line(example, np.zeros(len(FEATURES)), 2) == pytest.approx(0.0)  # the lead's order
    assert choose_line(example, second, 2) == pytest.approx(60.0)
    assert choose_line(example, second, 1) == pytest.approx(0.0)  # nothing chosen among


def test_the_fit_writes_the_design_that_beats_the_lead(corpus, tmp_path, capsys):
    out = tmp_path / "choice.json"
    assert main(["--duc", str(corpus), "--first", "2", "--folds", "2", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "| the lead's order | 0.00 | 0.00 |" in printed
    choice = choice_from_json(json.loads(out.read_text(encoding="utf-8")))
    assert choice.first == 2 and choice.provenance["cross-validated"] == pytest.approx(60.0)
    assert choice.weights[FEATURES.index("second")] > 0


def test_the_fit_refuses_no_corpus_and_a_choice_of_one(corpus):
    with pytest.raises(SystemExit):
        main([])
    with pytest.raises(SystemExit):
        main(["--duc", str(corpus), "--first", "1"])

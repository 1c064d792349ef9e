"""avoid=: quotations, questions and exclamations left out of a brief while other sentences remain."""

from __future__ import annotations

import pytest

import summarizer
from summarizer import OptionError
from summarizer.avoid import avoided

TEXT = (
    '"We have never seen the river this high," the mayor said on Tuesday. '
    "Will the bridge hold until the water falls? "
    "What a night it was! "
    "The river Ouse rose two metres overnight in York. "
    "The council opened three shelters for families who live near the water."
)


@pytest.mark.parametrize(
    "text, kinds",
    [
        ('"We will rebuild," she said.', {"quotations"}),
        ("« Nous reconstruirons », a-t-elle dit.", {"quotations"}),
        ("Will it hold?", {"questions"}),
        ('He asked: "Will it hold?"', {"questions", "quotations"}),
        ("What a night!", {"exclamations"}),
        ("The council's plan didn't pass.", set()),  # apostrophes are not quotation marks
    ],
)
def test_kinds_of_sentence(text, kinds):
    for kind in ("quotations", "questions", "exclamations"):
        assert avoided(text, (kind,)) == (kind in kinds), kind


def test_avoided_sentences_are_left_out():
    brief = summarizer.summarize(TEXT, sentences=2, avoid=["quotations", "questions", "exclamations"])
    assert [s.text for s in brief.sentences] == [
        "The river Ouse rose two metres overnight in York.",
        "The council opened three shelters for families who live near the water.",
    ]
    assert all(TEXT[s.start : s.end] == s.text for s in brief.sentences)  # offsets into the whole text


def test_a_brief_is_never_empty_when_every_sentence_is_of_an_avoided_kind():
    brief = summarizer.summarize("Will it hold? Can they stop it? Who knows?", avoid=["questions"])
    assert brief.sentences


@pytest.mark.parametrize("value", [["adverbs"], "adverbs", 3, [3]])
def test_an_unknown_kind_is_a_named_error(value):
    with pytest.raises(OptionError, match="quotations, questions, exclamations") as caught:
        summarizer.summarize(TEXT, avoid=value)
    assert caught.value.field == "avoid"

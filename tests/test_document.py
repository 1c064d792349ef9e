"""The input model's objects behave as frozen dataclasses (summarizer.document)."""

import dataclasses

import pytest

from summarizer.document import Sentence


def test_a_sentence_is_a_frozen_dataclass_whose_words_do_not_count_in_equality():
    sentence = Sentence("He left.", 0, 1, 5, 13, 2, ("He", "left"))
    assert (sentence.text, sentence.article, sentence.paragraph, sentence.start, sentence.end) == ("He left.", 0, 1, 5, 13)
    assert sentence.position == 2 and sentence.words == ("He", "left") and sentence.n_words == 2
    same = Sentence(text="He left.", article=0, paragraph=1, start=5, end=13, position=2)
    assert same.words == () and same == sentence and hash(same) == hash(sentence)
    assert sentence != dataclasses.replace(sentence, position=3)
    assert dataclasses.replace(sentence, position=3).words == ("He", "left")
    with pytest.raises(dataclasses.FrozenInstanceError):
        sentence.text = "She left."
    assert repr(sentence) == "Sentence(text='He left.', article=0, paragraph=1, start=5, end=13, position=2)"

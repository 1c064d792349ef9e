"""The input model's objects behave as frozen dataclasses (summarizer.document, and the brief's and
the selection's objects, which set their fields the same way)."""

import dataclasses
import inspect

import pytest

from summarizer.brief import Brief, BriefSentence
from summarizer.document import ParsedArticle, Sentence
from summarizer.select import Pick


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


@pytest.mark.parametrize("cls", [Sentence, ParsedArticle, Brief, BriefSentence, Pick])
def test_a_hand_written_init_takes_the_dataclass_fields(cls):
    # These frozen dataclasses set their fields as one dict in their own __init__ (fewer calls per
    # object): it takes the fields in order, with their defaults, and sets each as given.
    fields = dataclasses.fields(cls)
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.name for f in fields]
    assert [p.default for p in parameters] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    values = {f.name: f"value {k}" for k, f in enumerate(fields)}
    made = cls(**values)
    assert list(vars(made).items()) == list(values.items())
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "changed"

import dataclasses
import math

import pytest

from summarizer import DEFAULTS, BudgetError, OptionError, Options
from summarizer.options import make_options


def test_defaults_are_one_frozen_object():
    assert DEFAULTS.method == "default" and DEFAULTS.order == "event"
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULTS.method = "textrank"


def test_default_budget_is_three_sentences_for_an_article_and_five_for_a_set():
    assert DEFAULTS.budget_for(1) == ("sentences", 3)
    assert DEFAULTS.budget_for(2) == ("sentences", 5)
    assert make_options(words=40).budget_for(2) == ("words", 40)


@pytest.mark.parametrize(
    "kwargs",
    [dict(sentences=0), dict(sentences=-1), dict(sentences=2.5), dict(sentences=True), dict(words=0),
     dict(ratio=0), dict(ratio=1.5), dict(ratio=float("nan")), dict(sentences=2, words=10)],
)
def test_bad_budgets_raise_budget_error(kwargs):
    with pytest.raises(BudgetError):
        Options(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [dict(order="random"), dict(keyphrases=-1), dict(redundancy=0), dict(redundancy=1.5), dict(damping=1),
     dict(headline_words=1), dict(max_iterations=0), dict(headline="yes")],
)
def test_bad_options_raise_option_error_naming_the_field(kwargs):
    with pytest.raises(OptionError) as caught:
        Options(**kwargs)
    assert caught.value.field == next(iter(kwargs))


def test_make_options_rejects_unknown_names_and_replaces_the_budget():
    with pytest.raises(OptionError, match="sentenses"):
        make_options(sentenses=3)
    assert make_options(make_options(sentences=4), words=50).sentences is None
    assert make_options(sentences=None) is DEFAULTS


def test_an_unsupported_language_is_refused_when_the_options_are_made():
    from summarizer import UnsupportedLanguageError

    with pytest.raises(UnsupportedLanguageError, match="english"):
        make_options(language="klingon")
    assert make_options(language="german").language == "german"


def test_limits_cannot_be_overridden_per_request():
    with pytest.raises(OptionError, match="limit"):
        make_options(max_sentences=10**9, sentences=10**8)
    assert Options(max_sentences=5000, sentences=4000).sentences == 4000  # a program may build its own


def test_with_language_is_made_once_per_options_and_language_and_not_copied():
    import copy
    import pickle

    options = make_options(sentences=2)
    english = options.with_language("english")
    assert english.language == "english" and english.sentences == 2
    assert options.with_language("english") is english
    assert options.with_language("french").language == "french"
    assert options.language is None  # the options themselves are unchanged
    for twin in (pickle.loads(pickle.dumps(options)), copy.deepcopy(options)):
        assert twin == options and hash(twin) == hash(options)
        assert "_languages" not in twin.__dict__


def test_make_options_serves_the_same_overrides_from_one_object():
    first = make_options(sentences=2, avoid=["questions"])
    assert make_options(avoid=["questions"], sentences=2) is first
    assert first.avoid == ("questions",) and first.sentences == 2
    assert make_options(sentences=3) is not first and make_options(sentences=3).sentences == 3
    # Equal values of another type are other overrides: True is not a count, 1.0 not a whole number.
    assert make_options(keyphrases=1).keyphrases == 1
    with pytest.raises(OptionError):
        make_options(keyphrases=True)
    assert make_options(sentences=2).sentences == 2
    with pytest.raises(BudgetError):
        make_options(sentences=2.0)
    assert math.copysign(1, make_options(mmr_lambda=0.0).mmr_lambda) == 1
    assert math.copysign(1, make_options(mmr_lambda=-0.0).mmr_lambda) == -1
    # Over an options object, a new one each time, as before.
    base = make_options(method="lexrank")
    assert make_options(base, sentences=2) == make_options(base, sentences=2)
    assert make_options(base, sentences=2).method == "lexrank"


def test_the_default_headline_aims_at_a_length_and_a_given_one_is_a_hard_limit():
    assert DEFAULTS.headline_words is None
    assert DEFAULTS.line_budget() == (DEFAULTS.default_headline_words, DEFAULTS.headline_overrun, None)
    # ... which a cap of characters keeps where it fits them (80 hold 40 words of one letter at most)
    assert DEFAULTS.default_headline_characters == 80
    assert DEFAULTS.headline_budget() == (40, 0, 80)
    assert Options(default_headline_characters=None).headline_budget() == DEFAULTS.line_budget()
    assert make_options(headline_words=12).headline_budget() == (12, 0, None)
    with pytest.raises(OptionError) as caught:
        Options(headline_overrun=-1)
    assert caught.value.field == "headline_overrun"


def test_a_headline_in_characters_aims_at_the_words_they_hold_and_keeps_a_word_limit():
    assert DEFAULTS.headline_characters is None
    # 60 characters hold 30 words of one letter at most (a word and its space take two).
    assert make_options(headline_characters=60).headline_budget() == (30, 0, 60)
    assert make_options(headline_characters=1000).headline_budget() == (DEFAULTS.max_headline_words, 0, 1000)
    assert make_options(headline_characters=60, headline_words=8).headline_budget() == (8, 0, 60)


@pytest.mark.parametrize("name", ["headline_characters", "default_headline_characters"])
@pytest.mark.parametrize("value", [9, 1001, 0, -5, 60.0, "60", True])
def test_headline_characters_out_of_range_or_not_a_whole_number_is_a_named_error(name, value):
    with pytest.raises(OptionError, match=f"{name} must be a whole number from 10 to 1000") as caught:
        make_options(**{name: value})
    assert caught.value.field == name


def test_the_headline_characters_bounds_are_limits_of_the_library():
    with pytest.raises(OptionError, match="limit of the library") as caught:
        make_options(max_headline_characters=5000)
    assert caught.value.field == "max_headline_characters"
    assert Options(max_headline_characters=2000, headline_characters=1500).headline_characters == 1500

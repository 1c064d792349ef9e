"""Generated input for the library (hypothesis): whatever the text and the options, a brief keeps its promises.

For any text, or merged set of texts, and any valid options: the result is a :class:`summarizer.Brief`
or a named :class:`summarizer.SummarizerError` (nothing else escapes); every offset points at its
sentence; the budget holds; the brief never repeats a sentence and is in the order asked for; the
headline and the keyphrases stay within their counts; and the same call gives the same brief.
"""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import summarizer
from summarizer import DEFAULTS, list_methods
from summarizer.budget import ELLIPSIS
from summarizer.headlines.cut import POINT_REACH
from summarizer.avoid import AVOIDABLE
from summarizer.options import PUBLIC_OPTIONS
from summarizer.language import words

_NEWS_WORDS = [
    "The", "council", "voted", "on", "Monday", "to", "build", "a", "bridge", "Mr.", "U.S.", "Dr", "No.",
    "said", "police", "e.g.", "3.5", "1,200", "$4m", "(AP)", "--", "said:", "\"We", "will\"", "'quote'",
    "Kyiv", "Zelensky's", "Straße", "café", "naïve", "東京", "市议会", "قال", "המועצה", "Совет", "🎉", "👨‍👩‍👧",
    "https://example.com/a?b=c", "user@example.com", "#tag", "@name", "A.", "B.C.", "etc.", "i.e.",
]  # fmt: skip
_SEPARATORS = [" ", " ", " ", ". ", "? ", "! ", "... ", "\n", "\n\n", ", ", "; ", ": ", " - ", "\t", "\u00a0"]

#: Any Unicode, control characters and lone surrogates included (a Python str may hold them).
_ANY_CHARACTER = st.characters(codec=None, exclude_categories=()) | st.characters(
    min_codepoint=0xD800, max_codepoint=0xDFFF
)

texts = st.one_of(
    st.text(_ANY_CHARACTER, max_size=600),
    st.lists(st.sampled_from(_NEWS_WORDS) | st.sampled_from(_SEPARATORS) | st.text(_ANY_CHARACTER, max_size=3), max_size=300).map("".join),
)  # fmt: skip
sources = (
    texts | st.lists(texts, min_size=1, max_size=4) | st.builds(summarizer.Article, texts, st.none() | texts)
)


@st.composite
def options(draw) -> dict:
    chosen = {}
    budget = draw(st.sampled_from(["none", "sentences", "words", "characters", "ratio"]))
    if budget == "sentences":
        chosen["sentences"] = draw(st.integers(1, 12))
    elif budget == "words":
        chosen["words"] = draw(st.integers(1, 300))
    elif budget == "characters":
        chosen["characters"] = draw(st.integers(1, 1500))
    elif budget == "ratio":
        chosen["ratio"] = draw(st.floats(0, 1, exclude_min=True))
    chosen["method"] = draw(st.sampled_from(list_methods()))
    chosen["order"] = draw(st.sampled_from(["source", "rank"]))
    chosen["keyphrases"] = draw(st.integers(0, 10))
    chosen["headline_words"] = draw(st.integers(DEFAULTS.min_headline_words, 20))
    chosen["avoid"] = draw(st.lists(st.sampled_from(AVOIDABLE), max_size=3))
    return chosen


def _texts(source) -> list[str]:
    if isinstance(source, str):
        return [source]
    if isinstance(source, summarizer.Article):
        return [source.text]
    return list(source)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=sources, chosen=options())
def test_any_text_gets_a_brief_that_keeps_its_promises_or_a_named_error(source, chosen):
    try:
        brief = summarizer.summarize(source, **chosen)
    except summarizer.SummarizerError as error:  # anything else fails the test
        assert error.code == "empty_input"  # the options are valid: only the text can be at fault
        return
    texts = _texts(source)
    picked = brief.sentences
    assert picked, "a brief is never empty"
    for s in picked:
        kept = s.text.removesuffix(ELLIPSIS) if s.truncated else s.text
        assert texts[s.article][s.start : s.end] == kept and kept
        assert math.isfinite(s.score)
    assert sum(s.truncated for s in picked) <= 1 and (not picked[0].truncated or len(picked) == 1)
    assert len({(s.article, s.start) for s in picked}) == len(picked)
    if chosen["order"] == "source":
        assert [(s.article, s.start) for s in picked] == sorted((s.article, s.start) for s in picked)

    n_in = brief.sentences_in
    assert len(picked) <= n_in
    if "sentences" in chosen:
        assert len(picked) <= chosen["sentences"]
    elif "ratio" in chosen:
        assert len(picked) <= max(1, math.ceil(chosen["ratio"] * n_in))
    elif "words" in chosen:  # a cap: never more words
        assert sum(len(words(s.text)) for s in picked) <= chosen["words"]
    elif "characters" in chosen:  # a cap: never more characters, one space between sentences
        assert len(" ".join(s.text for s in picked)) <= chosen["characters"]
    else:
        assert len(picked) <= (
            DEFAULTS.default_sentences if len(texts) == 1 else DEFAULTS.default_set_sentences
        )

    assert brief.headline and len(brief.headline.split()) <= chosen["headline_words"]
    assert len(brief.keyphrases) <= chosen["keyphrases"] and all(k.strip() for k in brief.keyphrases)
    assert brief.titles and len(brief.titles) == len(texts)

    assert summarizer.summarize(source, **chosen) == brief  # deterministic


@settings(max_examples=100, deadline=None)
@given(source=sources, method=st.sampled_from(list_methods()))
def test_any_text_gets_a_headline_or_a_named_error(source, method):
    try:
        line = summarizer.headline(source, method=method)
    except summarizer.EmptyInputError:
        return
    aim, overrun, _ = DEFAULTS.headline_budget()
    assert line and len(line.split()) <= aim + overrun + POINT_REACH  # the aim, its overrun, a point's reach
    assert summarizer.headline(source, method=method) == line


_NUMBERS = (
    st.integers() | st.integers(min_value=10**300, max_value=10**400) | st.floats()
)  # past float range too
_ANY_VALUE = st.recursive(
    st.none() | st.booleans() | _NUMBERS | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
_OPTION_NAMES = [name for name, _ in PUBLIC_OPTIONS]  # the options of every door


@settings(max_examples=300, deadline=None)
@given(source=_ANY_VALUE | sources, name=st.sampled_from(_OPTION_NAMES), value=_ANY_VALUE)
def test_any_value_of_any_documented_option_is_a_brief_or_a_named_error(source, name, value):
    """The documented options (those of the CLI and the API) with values of any type: no exception
    other than the named ones, whatever reaches the library."""
    try:
        summarizer.summarize(source, **{name: value})
    except summarizer.SummarizerError:
        pass

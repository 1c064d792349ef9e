"""A headline within a character budget (``headline_characters``, :mod:`summarizer.headlines.characters`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import summarizer
from evaluation.headline_faults import faults
from summarizer.budget import ELLIPSIS
from summarizer.headlines import compress
from summarizer.headlines.characters import whole_words

ARTICLE = (
    "The European Union's foreign ministers agreed on Monday to impose new sanctions on Russia over its "
    "annexation of Crimea, officials in Brussels said.\n\n"
    "The move follows weeks of talks between the member states. Russia called the sanctions unjust."
)
LEAD = "Assailants killed three soldiers and a civilian in the disputed territory of East Timor on Sunday."


def test_the_option_unset_leaves_the_headline_as_it_was():
    assert summarizer.headline(ARTICLE, headline_characters=None) == summarizer.headline(ARTICLE)


@pytest.mark.parametrize("characters", [10, 20, 30, 45, 60, 75, 100, 200])
def test_the_line_never_runs_past_the_characters_and_ends_on_a_whole_word(characters):
    line = summarizer.headline(ARTICLE, headline_characters=characters)
    assert line and len(line) <= characters
    # Every word of the line is a whole word of the article, or the headline's present of one of its verbs
    # ("agreed" -> "agree"): no word was cut short (the check of :mod:`evaluation.headline_faults`).
    assert "foreign" not in faults(line, ARTICLE)


def test_the_line_ends_at_a_phrase_boundary_within_the_characters():
    # The whole line when it fits (81 characters; its trailing time goes as headlinese drops it).
    whole = "Assailants kill three soldiers and civilian in disputed territory of East Timor"
    assert compress(LEAD, 40, characters=90) == whole
    # 60: the phrase that closes before "in", not the whole words that fit ("... civilian in disputed").
    assert compress(LEAD, 30, characters=60) == "Assailants kill three soldiers and civilian"


def test_a_word_limit_given_with_the_characters_stays_a_hard_limit():
    line = summarizer.headline(ARTICLE, headline_characters=200, headline_words=5)
    assert len(line.split()) <= 5


def test_more_characters_never_give_a_shorter_line_of_the_same_sentence():
    lengths = [len(compress(LEAD, 50, characters=c)) for c in range(20, 120, 5)]
    assert lengths == sorted(lengths)


def test_whole_words_keep_only_words_that_fit_and_cut_a_lone_long_word_with_an_ellipsis():
    assert whole_words("Supercalifragilistic expialidocious words", 25) == "Supercalifragilistic"
    assert whole_words("One two, three", 8) == "One two"  # not "One two,"
    assert whole_words("Internationalisation", 10) == "Internati" + ELLIPSIS
    assert len(whole_words("Internationalisation", 10)) == 10


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=10, max_value=120))
def test_any_budget_holds_on_a_merged_set(characters):
    line = summarizer.headline([ARTICLE, LEAD], headline_characters=characters)
    assert 0 < len(line) <= characters


def test_summarize_and_the_batch_give_the_same_headline():
    brief = summarizer.summarize(ARTICLE, headline_characters=50)
    assert len(brief.headline) <= 50
    assert brief.headline == summarizer.headline(ARTICLE, headline_characters=50)
    many = list(summarizer.summarize_many([ARTICLE, LEAD + " " + ARTICLE], headline_characters=50))
    assert [b.headline for b in many] == [
        summarizer.summarize(ARTICLE, headline_characters=50).headline,
        summarizer.summarize(LEAD + " " + ARTICLE, headline_characters=50).headline,
    ]


@settings(max_examples=60, deadline=None)
@given(words=st.integers(3, 8), characters=st.integers(10, 300), lead=st.sampled_from([
    "This is because of possible malfunctions with the braking systems.",
    "Of the 20 manufacturing sectors surveyed by ISM, 17 reported growth.",
    LEAD,
    ARTICLE,
]))
def test_a_word_limit_holds_beside_the_characters_whatever_line_the_cut_gives(words, characters, lead):
    # Where no aim's line fits (the cut gives none), the whole words that fit still keep the word limit.
    line = summarizer.headline(lead, headline_words=words, headline_characters=characters)
    assert line and len(line.split()) <= words and len(line) <= characters


def test_whole_words_leave_no_lone_dash_nor_space_at_the_end():
    assert whole_words("This is — because", 10) == "This is"
    assert whole_words("This is because", 40, 2) == "This is"
    assert whole_words("— Supercalifragilistic", 10) == "Supercali" + ELLIPSIS
    lead = "This is — because of possible malfunctions with the braking systems."
    line = summarizer.headline(lead, headline_characters=12)
    assert line == line.strip() and len(line) <= 12


@pytest.mark.parametrize("text", [
    "The guitarist with US rock band Korn has quit the music business, saying he made the decision after "
    "finding God. Brian Welch, 34, told fans on the band's website that he had been born again.",
    "The number of Europeans with broadband has exploded over the past 12 months, with the web eating into "
    "TV viewing habits, research suggests. Almost 54 million people are now hooked up, a study found.",
])
def test_the_default_line_stays_where_it_fits_the_characters(text):
    # Not filled to them with a trailing phrase cut short (", saying he made decision", ", with web eating").
    line = summarizer.headline(text, headline_characters=80)
    assert line == summarizer.headline(text)
    assert len(line) <= 80 and "," not in line


@pytest.mark.parametrize("text, expected", [
    ("Wednesday's terrorist attack hit Tunisia where it hurt by targeting its flourishing tourism industry, "
     "officials said. Visitors cancelled their holidays in large numbers.",
     "Wednesday's terrorist attack hits Tunisia"),  # not "... hit Tunisia where it hurt"
    ("The bodies of all 33 workers killed in a coal mine explosion in eastern Ukraine have been recovered, "
     "officials said on Friday. The blast happened deep underground on Wednesday.",
     "Bodies of all 33 workers recovered"),  # not "... killed in coal mine explosion", without its verb
])
def test_a_line_over_the_characters_is_the_rules_own_line_at_a_smaller_aim(text, expected):
    assert len(summarizer.headline(text, headline_characters=1000)) > 80
    assert summarizer.headline(text, headline_characters=80) == expected
    assert summarizer.headline(text) == expected  # (the default's 80 characters)


@pytest.mark.parametrize("text", [
    "Iran nuclear negotiations in Lausanne, Switzerland, reportedly made substantive progress on Monday, "
    "officials said. The talks go on.",  # not "Iran nuclear negotiations in Lausanne, Switzerland": no verb
    # (not "Three doctors who publicly acknowledge performing abortions")
    "Three doctors who publicly acknowledge performing abortions in the Buffalo area remained in seclusion "
    "on Saturday. Police guarded their homes.",
])
def test_the_default_cap_gives_way_where_the_line_made_to_fit_would_lose_its_news(text):
    line = summarizer.headline(text)
    assert len(line) > summarizer.DEFAULTS.default_headline_characters
    assert line == summarizer.headline(text, headline_characters=1000)


@pytest.mark.parametrize("text, expected", [
    ("British energy firm Burren Energy has been awarded two potentially lucrative oil exploration contracts "
     "in Egypt. Its shares rose.",
     "British energy firm Burren Energy awarded two potentially lucrative oil exploration contracts in "
     "Egypt"),
    # (not "... activists paint wildly")
    ("Surveillance footage, police and homeless community activists paint wildly different pictures of the "
     "man shot dead by police on Sunday. The video went viral.",
     "Surveillance footage, police and homeless community activists paint wildly different pictures of man "
     "shot dead"),
])
def test_a_line_made_to_fit_the_default_cap_ends_a_phrase_or_gives_way(text, expected):
    assert summarizer.headline(text) == expected

"""An organisation's name cut to the acronym its article defines and uses, where the line needs room."""

from summarizer.headlines import compress
from summarizer.headlines.acronyms import shorten_acronyms

ARTICLE = ("The World Trade Organisation (WTO) will hold talks. The WTO said so on Monday. "
           "Critics of the WTO disagree.")


def test_a_defined_and_used_acronym_replaces_its_name():
    line = "World Trade Organisation to hold membership talks with Iraq"
    assert shorten_acronyms(line, ARTICLE) == "WTO to hold membership talks with Iraq"
    # inside the line too, and only the whole name
    assert shorten_acronyms("Russia's bid to join World Trade Organisation", ARTICLE) == "Russia's bid to join WTO"
    assert shorten_acronyms("World Trade Organisations meet", ARTICLE) == "World Trade Organisations meet"


def test_an_acronym_the_article_does_not_use_or_that_spells_other_initials_is_not_taken():
    once = "The Muslim Association of Britain (MAB) held the event. It was busy."
    assert shorten_acronyms("Event held by Muslim Association of Britain", once) == (
        "Event held by Muslim Association of Britain")
    wrong = "The Financial Services Authority (FT) spoke. FT said. FT again. FT once more."
    assert shorten_acronyms("Financial Services Authority warns", wrong) == "Financial Services Authority warns"
    assert shorten_acronyms("Financial Services Authority warns", "No brackets here.") == (
        "Financial Services Authority warns")


def test_the_acronym_is_taken_only_where_the_line_needs_room():
    text = f"The World Trade Organisation (WTO) will hold talks with Iraq. {ARTICLE}"
    assert compress("The World Trade Organisation will hold talks with Iraq.", 12, "english", text) == (
        "World Trade Organisation to hold talks with Iraq")
    long = ("The World Trade Organisation will hold membership talks with both Iraq and Afghanistan "
            "in Geneva next spring, officials said.")
    assert compress(long, 12, "english", text).startswith("WTO to hold membership talks with both Iraq")


def test_a_name_before_its_possessive_stays():
    # "WTO's" is no word of the article: every word of a headline is one
    assert shorten_acronyms("World Trade Organisation's report", ARTICLE) == "World Trade Organisation's report"
